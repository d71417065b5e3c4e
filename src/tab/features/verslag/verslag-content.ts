import type { Actie, Agendapunt, Besluit, Member, Vergadering } from '../../../workgroups/index.ts';
import { meetingText } from '../../../text/ui-meetings.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { amsterdamDay, formatMeetingNl, safeDateNl } from '../../shared/utils/dates.ts';

const T = meetingText.verslag;

export interface VerslagContentInput {
  werkgroepNaam: string;
  vergadering: Vergadering;
  /** The meeting before this one: actions finished after it count as finished now. */
  previous?: Vergadering;
  /** The meeting after this one, if planned. */
  next?: Vergadering;
  agenda: Agendapunt[];
  besluiten: Besluit[];
  actions: Actie[];
  members: Member[];
  /** The day of the meeting that approved these minutes; absent while they are a concept. */
  vastgesteldOp?: string | undefined;
}

/** What the "Verslag en besluitenlijst" says, as plain text lines; the .docx and the tests read the same. */
export interface VerslagContent {
  title: string;
  werkgroep: string;
  fileName: string;
  agenda: { titel: string; toelichting?: string }[];
  besluiten: string[];
  newActions: string[];
  doneActions: string[];
  next: string;
  status: string;
}

/**
 * The minutes of one meeting: its agenda in order, its besluiten, the actions it gave out, the actions
 * finished since the previous meeting (after it ended, up to the end of this one) and the next meeting.
 */
export function verslagContent(input: VerslagContentInput): VerslagContent {
  const { vergadering, previous, next } = input;
  const name = (id?: string) => (id ? (input.members.find((m) => m.id === id)?.displayName ?? tabText.unknownPerson) : tabText.noOne);
  const day = amsterdamDay(vergadering.start);
  const since = previous ? Date.parse(previous.end) : Number.NEGATIVE_INFINITY;
  const until = Date.parse(vergadering.end);
  const done = input.actions.filter((a) => {
    if (a.status !== 'klaar' || !a.completedAt) return false;
    const t = Date.parse(a.completedAt);
    return t > since && t <= until;
  });
  return {
    title: T.heading(formatMeetingNl(vergadering.start)),
    werkgroep: input.werkgroepNaam,
    fileName: T.fileName(day),
    agenda: [...input.agenda]
      .sort((a, b) => a.volgorde - b.volgorde)
      .map((a) => ({ titel: a.titel, ...(a.toelichting ? { toelichting: a.toelichting } : {}) })),
    besluiten: input.besluiten.filter((b) => b.vergaderingId === vergadering.id).map((b) => b.tekst),
    newActions: input.actions
      .filter((a) => a.vergaderingId === vergadering.id)
      .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))
      .map((a) => T.actionLine(a.titel, name(a.trekkerId), safeDateNl(a.dueDate))),
    doneActions: done.map((a) => T.doneLine(a.titel, name(a.trekkerId))),
    next: next ? formatMeetingNl(next.start) : T.noNextMeeting,
    status: input.vastgesteldOp ? T.approved(safeDateNl(input.vastgesteldOp)) : T.concept,
  };
}
