import { AppError } from '../text/index.ts';
import { isMeetingListInStep, planMeetingListSync } from '../workgroups/index.ts';
import type { MeetingListPlan, Vergadering } from '../workgroups/index.ts';
import { batch } from './batch.ts';
import type { BatchOptions, BatchRequest } from './batch.ts';
import { listMeetings } from './calendar.ts';
import type { GraphClient } from './client.ts';
import { listMeetingEntries, meetingListFields } from './lists.ts';
import type { ListIds } from './lists.ts';

/*
 * Keeps the werkgroep's Vergaderingen list in step with its group calendar. Only callers with a
 * delegated token can read the calendar (GRAPH-CONTRACT.md §2): the tab, right after it changed the
 * series, and when it shows meetings. The bot reads the list.
 */

/** How far ahead the list holds the meetings: 13 months, so a yearly view always has its next meeting. */
export const MEETING_LIST_MONTHS = 13;

/** From a day before `now` (a meeting under way keeps its row current) to 13 months after it. */
export function meetingListHorizon(now: Date | string | number): { from: string; to: string } {
  const t = new Date(now);
  if (Number.isNaN(t.getTime())) throw new RangeError(`meetingListHorizon: invalid now ${String(now)}`);
  const from = new Date(t.getTime() - 86_400_000);
  const to = new Date(t.getTime());
  to.setUTCMonth(to.getUTCMonth() + MEETING_LIST_MONTHS);
  return { from: from.toISOString(), to: to.toISOString() };
}

export interface MeetingListSyncInput {
  /** The calendar's meetings covering at least the horizon, when the caller read them already. */
  calendar?: readonly Vergadering[];
  /** Occurrences the caller just cancelled: marked cancelled in the list instead of removed. */
  cancelledIds?: readonly string[];
}

export interface MeetingListSyncResult {
  created: number;
  updated: number;
  removed: number;
}

const enc = encodeURIComponent;
const JSON_HEADERS = { 'Content-Type': 'application/json' };

function writesFor(ids: ListIds, plan: MeetingListPlan): BatchRequest[] {
  const items = `/sites/${enc(ids.siteId)}/lists/${enc(ids.listId)}/items`;
  return [
    ...plan.create.map((v, i) => ({ id: `c${i}`, method: 'POST' as const, url: items, headers: JSON_HEADERS, body: { fields: meetingListFields(v, false) } })),
    ...plan.update.map((u, i) => ({
      id: `u${i}`,
      method: 'PATCH' as const,
      url: `${items}/${enc(u.entry.itemId)}/fields`,
      headers: { ...JSON_HEADERS, 'If-Match': u.entry.etag ?? '*' },
      body: meetingListFields(u.vergadering, u.cancelled),
    })),
    ...plan.remove.map((e, i) => ({ id: `d${i}`, method: 'DELETE' as const, url: `${items}/${enc(e.itemId)}`, headers: { 'If-Match': e.etag ?? '*' } })),
  ];
}

/**
 * Makes the list say what the calendar says within the horizon: one read of the list (plus one of the
 * calendar when `input.calendar` is not given), and writes only for rows that differ, in $batch calls.
 * A row someone else changed meanwhile (412) or removed (404) makes it read the list and try once more.
 * Throttling is retried by the batch helper; what still fails is thrown as the first AppError.
 */
export async function syncMeetingList(
  client: GraphClient,
  ids: ListIds,
  horizon: { from: string; to: string },
  input: MeetingListSyncInput = {},
  options: BatchOptions = {},
): Promise<MeetingListSyncResult> {
  const calendar = input.calendar ?? (await listMeetings(client, { groupId: ids.werkgroepId }, horizon));
  const result: MeetingListSyncResult = { created: 0, updated: 0, removed: 0 };
  for (let attempt = 0; ; attempt++) {
    const entries = await listMeetingEntries(client, ids);
    const plan = planMeetingListSync(calendar, entries, horizon, input.cancelledIds ? { cancelledIds: input.cancelledIds } : {});
    if (isMeetingListInStep(plan)) return result;
    const outcomes = await batch(client, writesFor(ids, plan), options);
    for (const o of outcomes) {
      if (!o.ok) continue;
      if (o.id.startsWith('c')) result.created++;
      else if (o.id.startsWith('u')) result.updated++;
      else result.removed++;
    }
    const failed = outcomes.filter((o) => !o.ok).map((o) => (o.ok ? undefined : o.error)) as AppError[];
    if (failed.length === 0) return result;
    const raced = failed.every((e) => e.code === 'GRAPH.PRECONDITION_FAILED' || e.code === 'GRAPH.NOT_FOUND');
    if (!raced || attempt >= 1) throw failed[0] ?? new AppError('GRAPH.UNAVAILABLE');
  }
}
