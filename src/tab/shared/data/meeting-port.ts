import type { Vergadering } from '../../../workgroups/index.ts';

/** The "Verslag en besluitenlijst" of one meeting: its document in the werkgroep's documents and whether it is approved. */
export interface Verslag {
  id: string;
  etag?: string;
  titel: string;
  vergaderingId: string;
  /** The meeting's day, YYYY-MM-DD. */
  datum: string;
  documentUrl: string;
  vastgesteld: boolean;
  /** The day of the meeting that approved it. */
  vastgesteldOp?: string;
}

interface NewVerslag {
  vergadering: Vergadering;
  titel: string;
  fileName: string;
  content: Blob;
  /** The meeting's earlier verslag, replaced by this version. */
  existing?: Verslag;
  /** Set when this version is the approved one: the day of the meeting that approved it. */
  vastgesteldOp?: string;
}

// The meeting page's series end and minutes, as part of the TabData port (TypeScript merges this declaration
// into the interface in tab-data.ts). Optional, like the port's other meeting extras: a port without them
// simply shows less.
declare module './tab-data.ts' {
  interface TabData {
    /** The series' last possible day (YYYY-MM-DD), or undefined when it runs on. */
    getSeriesEndDate?(groupId: string, seriesId: string): Promise<string | undefined>;
    listVerslagen?(groupId: string): Promise<Verslag[]>;
    /** Saves the document in the werkgroep's documents and records it for its meeting. */
    saveVerslag?(groupId: string, input: NewVerslag): Promise<Verslag>;
    /** Changes the record (for example: approved) with its ETag; a stale one throws ConflictError. */
    updateVerslag?(groupId: string, verslag: Verslag): Promise<Verslag>;
  }
}
