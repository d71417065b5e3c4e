import type { Vergadering } from './types.ts';

/*
 * The werkgroep's meetings as a SharePoint list ("Vergaderingen"). The bot reads meetings only from this
 * list, because app-only access to a group calendar is not supported (GRAPH-CONTRACT.md §2). Whoever
 * changes the series with a delegated token mirrors its occurrences here; these functions decide what
 * to write, so the writers stay thin and the rules can be tested without Graph.
 */

/** One row of the Vergaderingen list. */
export interface MeetingListEntry {
  /** The list item id. */
  itemId: string;
  etag?: string;
  vergadering: Vergadering;
  /** The meeting does not go ahead (cancelled from the tab); the bot skips it. */
  cancelled: boolean;
}

export interface MeetingListChange {
  entry: MeetingListEntry;
  vergadering: Vergadering;
  cancelled: boolean;
}

/** What the list needs so it says the same as the calendar; empty when it already does. */
export interface MeetingListPlan {
  create: Vergadering[];
  update: MeetingListChange[];
  remove: MeetingListEntry[];
}

export interface MeetingListPlanOptions {
  /** Occurrences the caller just cancelled: their rows stay, marked cancelled, so readers see it. */
  cancelledIds?: readonly string[];
}

const instant = (s: string): number => Date.parse(s);

/**
 * The list's Title for a meeting's subject. SharePoint requires a Title of at most 255 characters, so an
 * empty subject is written as "Vergadering" and a long one is cut; comparing through this keeps such
 * rows from being rewritten on every check.
 */
export function meetingListTitle(subject: string): string {
  return (subject.trim() === '' ? 'Vergadering' : subject).slice(0, 255);
}

function sameMeeting(a: Vergadering, b: Vergadering): boolean {
  return (
    meetingListTitle(a.subject) === meetingListTitle(b.subject) &&
    instant(a.start) === instant(b.start) &&
    instant(a.end) === instant(b.end) &&
    (a.joinUrl ?? '') === (b.joinUrl ?? '') &&
    (a.seriesMasterId ?? '') === (b.seriesMasterId ?? '')
  );
}

/**
 * Compares the calendar's meetings in the horizon with the list and says which rows to create, update
 * and remove. Rows are matched by event id; rows outside the horizon are history and never touched.
 * A row whose meeting is gone from the calendar is removed (a changed series gets new occurrences), unless
 * it is marked cancelled or its id is in `cancelledIds` (then it is marked cancelled). Duplicate rows for
 * one event (two writers at once) are cleaned up, keeping the oldest.
 * @example planMeetingListSync([meeting], [], { from: '2026-12-01T00:00:00Z', to: '2028-01-01T00:00:00Z' })
 * //=> { create: [meeting], update: [], remove: [] }
 */
export function planMeetingListSync(
  calendar: readonly Vergadering[],
  entries: readonly MeetingListEntry[],
  horizon: { from: string; to: string },
  options: MeetingListPlanOptions = {},
): MeetingListPlan {
  const from = instant(horizon.from);
  const to = instant(horizon.to);
  const inHorizon = (v: Vergadering) => instant(v.start) >= from && instant(v.start) < to;
  const cancelledIds = new Set(options.cancelledIds ?? []);
  const plan: MeetingListPlan = { create: [], update: [], remove: [] };

  const byEvent = new Map<string, MeetingListEntry>();
  const byItemAge = [...entries].sort((a, b) => Number(a.itemId) - Number(b.itemId) || a.itemId.localeCompare(b.itemId));
  for (const entry of byItemAge) {
    if (byEvent.has(entry.vergadering.id)) plan.remove.push(entry);
    else byEvent.set(entry.vergadering.id, entry);
  }

  const seen = new Set<string>();
  for (const v of [...calendar].sort((a, b) => instant(a.start) - instant(b.start))) {
    if (!inHorizon(v) || seen.has(v.id)) continue;
    seen.add(v.id);
    const cancelled = cancelledIds.has(v.id);
    const entry = byEvent.get(v.id);
    if (!entry) plan.create.push(v);
    else if (!sameMeeting(entry.vergadering, v) || entry.cancelled !== cancelled) plan.update.push({ entry, vergadering: v, cancelled });
  }

  for (const entry of byEvent.values()) {
    if (seen.has(entry.vergadering.id) || !inHorizon(entry.vergadering)) continue;
    if (cancelledIds.has(entry.vergadering.id)) {
      if (!entry.cancelled) plan.update.push({ entry, vergadering: entry.vergadering, cancelled: true });
    } else if (!entry.cancelled) plan.remove.push(entry);
  }
  return plan;
}

/** True when the plan writes nothing. */
export function isMeetingListInStep(plan: MeetingListPlan): boolean {
  return plan.create.length === 0 && plan.update.length === 0 && plan.remove.length === 0;
}

/** The meetings the bot may remind about: rows that are not cancelled. */
export function activeMeetings(entries: readonly MeetingListEntry[]): Vergadering[] {
  return entries.filter((e) => !e.cancelled).map((e) => e.vergadering);
}
