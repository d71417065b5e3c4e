import type { Actie, Agendapunt, Member, Resultaat, Verbeterpunt, Vergadering, Werkgroep } from '../../workgroups/index.ts';
import type { BatchOptions, BatchStats } from '../batch.ts';
import type { GraphErrorCode } from '../errors.ts';
import type { CalendarData, DigestData, GroupIds, LoaderCache, LoaderTtl, SlowKind } from '../loader-cache.ts';

export interface ReminderWindow {
  /** Instants; meetings are read between them. */
  from: string;
  to: string;
}

export interface LoadProblem {
  werkgroepId?: string;
  resource: string;
  itemId?: string;
  code: GraphErrorCode;
  /** For malformed items: which fields were wrong. */
  issue?: string;
  /** The read failed and the cycle used what the cache still held from an earlier cycle. */
  stale?: boolean;
}

export interface LoadOptions extends BatchOptions {
  /** Kept between cycles: ids always, and with `now` also the slow data (see `ttl`). */
  cache?: LoaderCache;
  /**
   * The cycle's time (instant or epoch ms). With it and a `cache`, directory data, meetings, agenda and
   * digest lists are read only when their cached copy has expired, each group at its own moment within
   * the TTL; Planner tasks are read every cycle. Without it every cycle reads everything except the ids.
   */
  now?: string | number | Date;
  /** Time-to-live per kind of slow data in ms (defaults: `DEFAULT_LOADER_TTL`); 0 reads it every cycle. */
  ttl?: Partial<LoaderTtl>;
  /** The MT group; its members are the MT-leden. */
  mtGroupId?: string;
  /** Read the agenda of werkgroepen that meet within the window (default true). */
  includeAgenda?: boolean;
  /**
   * Read the Resultaten and Verbeterpunten lists (default true). They feed only the weekly MT digest,
   * so a scheduler can skip them on the other days.
   */
  includeDigestLists?: boolean;
  /** Completed actions older than this many days before `window.from` are left out (default 14). */
  completedDays?: number;
  /** Werkgroepen handed to the consumer at once when streaming (default 100). */
  chunkSize?: number;
  /** Werkgroepen being read at once (default 200): bounds what a cycle holds, whatever the tenant's size. */
  groupsInFlight?: number;
}

export interface LoaderStats extends BatchStats {
  /** Next pages followed (all resources). */
  nextPages: number;
  /** Inner reads queued this cycle per resource, first pages only ('tasks', 'Vergaderingen', 'groups', ...). */
  reads: Record<string, number>;
  /** Next pages per resource. */
  pages: Record<string, number>;
  /** Groups whose slow data came from the cache this cycle, per kind (plus 'mt'). */
  fromCache: Record<SlowKind | 'mt', number>;
  /** Groups whose slow data was read this cycle, per kind (plus 'mt'). */
  refreshed: Record<SlowKind | 'mt', number>;
}

/** The werkgroep data of one cycle, or of one chunk of werkgroepen when streaming. */
export interface ReminderChunk {
  werkgroepen: Werkgroep[];
  /** Members of these werkgroepen, and the MT-leden. */
  members: Member[];
  actions: Actie[];
  meetings: Vergadering[];
  agenda: Agendapunt[];
  results: Resultaat[];
  verbeterpunten: Verbeterpunt[];
  mtLidIds: string[];
  /** What could not be read or was skipped; the cycle goes on with the rest. */
  problems: LoadProblem[];
}

export interface ReminderData extends ReminderChunk {
  stats: LoaderStats;
}

/** What the cycle knows of one group while it is being read. */
export interface GroupState {
  id: string;
  ids: GroupIds;
  /** Directory data as this cycle knows it (cache or read). */
  naam?: string;
  members: Member[];
  ownerIds: string[];
  ownersOk: boolean;
  membersOk: boolean;
  ownersRequested?: boolean;
  membersRequested?: boolean;
  /** Directory data is read this cycle (expired, missing or caching off). */
  readDirectory: boolean;
  /** Meetings in the range read (the window, extended by the TTL when cached); undefined until known. */
  calendar?: CalendarData;
  calendarRequested?: boolean;
  agenda?: Agendapunt[];
  agendaRequested?: boolean;
  readDigest: boolean;
  digest?: DigestData;
  digestParts?: { results?: Resultaat[]; verbeterpunten?: Verbeterpunt[] };
  /** Once per cycle: a plan or lists that answered 404 are looked up again right away. */
  planRetried?: boolean;
  listsRetried?: boolean;
  /** This cycle's actions of the group (open, or completed recently). */
  actions: Actie[];
  /** Reads queued for the group that have no final answer yet. */
  pending: number;
  /** Its own reads were queued (a directory answer may come in before). */
  started: boolean;
  done: boolean;
}

/** Returned by a read's `onDone` that reported or repaired a failure itself. */
export type Handled = 'handled' | undefined | void;
