import type { VerslagEntry } from '../../../graph/verslagen.ts';
import { AppError } from '../../../text/index.ts';
import type {
  Actie,
  Agendapunt,
  Besluit,
  Member,
  MonthlyRule,
  Resultaat,
  Verbeterpunt,
  Vergadering,
  Werkgroep,
} from '../../../workgroups/index.ts';

/** A werkgroep with the people the pages show by name. */
export interface WerkgroepView {
  werkgroep: Werkgroep;
  members: Member[];
  /** MT members (the MT group), for "Verantwoordelijk MT-lid". */
  mt: Member[];
}

/** A group calendar event: Microsoft 365 invites every member of the group, so there is no attendee list. */
export interface MeetingSeriesInput {
  subject: string;
  rule: MonthlyRule;
  /** Who gets the invitation; absent means every member (the group calendar invites them all). */
  attendees?: Member[];
}

/** The "Verslag en besluitenlijst" of one meeting: its document in the werkgroep's documents and whether it is approved. */
export type Verslag = VerslagEntry;

export interface NewVerslag {
  vergadering: Vergadering;
  titel: string;
  fileName: string;
  content: Blob;
  /** The meeting's earlier verslag, replaced by this version. */
  existing?: Verslag;
  /** Set when this version is the approved one: the day of the meeting that approved it. */
  vastgesteldOp?: string;
}

export interface NewAgendapunt {
  vergaderingId: string;
  titel: string;
  toelichting?: string;
  resultaatId?: string;
  volgorde: number;
}

export interface NewBesluit {
  vergaderingId: string;
  tekst: string;
  datum: string;
}

export interface NewActie {
  titel: string;
  trekkerId: string;
  dueDate: string;
  /** The meeting the action came from (id and its day). */
  vergadering?: { id: string; datum: string };
}

export interface ActieChange {
  dueDate?: string;
  trekkerId?: string;
  titel?: string;
}

export interface MyActie {
  actie: Actie;
  werkgroepNaam: string;
}

export interface PreparedWerkgroep {
  lists: string[];
  planId: string;
  /** True when the team had no Planner plan and the configuration page made one. */
  planCreated?: boolean;
}

/**
 * Everything the tab reads and writes. Pages see only this port; the Graph gateway implements it
 * in production and in the demo, so no component knows about Graph.
 * Writes that lose a race throw a ConflictError carrying the other version.
 */
export interface TabData {
  loadWerkgroep(groupId: string): Promise<WerkgroepView>;
  listMyWerkgroepen(): Promise<{ id: string; naam: string }[]>;
  /**
   * Meetings in [from, to), instants, from the group calendar. Also brings the werkgroep's Vergaderingen
   * list in step with the calendar now and then (the bot reads meetings only from that list).
   */
  listMeetings(groupId: string, range: { from: string; to: string }): Promise<Vergadering[]>;
  /**
   * Series changes write the calendar and then the Vergaderingen list. When only the list failed they
   * throw AppError 'TAB.MEETING_LIST_NOT_UPDATED': the calendar change stands, do not repeat it.
   */
  createMeetingSeries(groupId: string, input: MeetingSeriesInput): Promise<void>;
  /** A new day, time or recurrence for the series (its master id). */
  updateMeetingSeries?(groupId: string, seriesId: string, input: MeetingSeriesInput): Promise<void>;
  /** One meeting at another time (instants). */
  moveMeeting?(groupId: string, vergadering: Vergadering, change: { start: string; end: string }): Promise<void>;
  /** One meeting does not go ahead: gone from the calendar, marked cancelled in the list. */
  cancelMeeting?(groupId: string, vergadering: Vergadering): Promise<void>;
  /** The whole series goes. */
  deleteMeetingSeries?(groupId: string, seriesId: string): Promise<void>;
  /** The series' last possible day (YYYY-MM-DD), or undefined when it runs on. */
  getSeriesEndDate?(groupId: string, seriesId: string): Promise<string | undefined>;
  listAgendapunten(groupId: string, vergaderingId: string): Promise<Agendapunt[]>;
  addAgendapunt(groupId: string, input: NewAgendapunt): Promise<Agendapunt>;
  updateAgendapunt(groupId: string, item: Agendapunt): Promise<Agendapunt>;
  listBesluiten(groupId: string, vergaderingId?: string): Promise<Besluit[]>;
  addBesluit(groupId: string, input: NewBesluit): Promise<Besluit>;
  /** Meeting items: writes send the item's ETag; a stale one throws ConflictError with the stored version. */
  updateBesluit?(groupId: string, item: Besluit): Promise<Besluit>;
  deleteAgendapunt?(groupId: string, item: Agendapunt): Promise<void>;
  deleteBesluit?(groupId: string, item: Besluit): Promise<void>;
  /** Puts the meeting's agenda in its invitation (the occurrence's body), so attendees see it in Outlook and Teams. */
  setMeetingAgenda?(groupId: string, vergadering: Vergadering, agenda: Agendapunt[]): Promise<void>;
  listVerslagen?(groupId: string): Promise<Verslag[]>;
  /** Saves the document in the werkgroep's documents and records it for its meeting. */
  saveVerslag?(groupId: string, input: NewVerslag): Promise<Verslag>;
  /** Changes the record (for example: approved) with its ETag; a stale one throws ConflictError. */
  updateVerslag?(groupId: string, verslag: Verslag): Promise<Verslag>;
  /** The plan's actions; `withVergadering` also reads which meeting each came from (task details). */
  listActions(groupId: string, options?: { withVergadering?: boolean }): Promise<Actie[]>;
  createAction(groupId: string, input: NewActie): Promise<Actie>;
  updateAction(actie: Actie, change: ActieChange): Promise<Actie>;
  completeAction(actie: Actie): Promise<Actie>;
  /** An action by its task id; `groupId` when the deep link names the werkgroep. */
  getAction(actionId: string, groupId?: string): Promise<MyActie>;
  listMyActions(userId: string): Promise<MyActie[]>;
  listResultaten(groupId: string): Promise<Resultaat[]>;
  saveResultaat(groupId: string, item: Resultaat): Promise<Resultaat>;
  listVerbeterpunten(groupId: string): Promise<Verbeterpunt[]>;
  saveVerbeterpunt(groupId: string, item: Verbeterpunt): Promise<Verbeterpunt>;
  /** Config page: creates the lists and the plan when missing. */
  prepareWerkgroep(groupId: string): Promise<PreparedWerkgroep>;
}

/** A write lost a race: `theirs` is what is stored now, `mine` what the user tried to save. */
export class ConflictError<T> extends AppError {
  readonly theirs: T;
  readonly mine: T;
  constructor(mine: T, theirs: T, options: { cause?: unknown } = {}) {
    super('TAB.CONFLICT', options);
    this.name = 'ConflictError';
    this.mine = mine;
    this.theirs = theirs;
  }
}
