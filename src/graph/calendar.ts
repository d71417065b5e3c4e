import { AppError } from '../text/index.ts';
import { AMSTERDAM, GRAPH_TIME_ZONE, addDays, amsterdamTime, isoWeekday } from '../workgroups/index.ts';
import type { MonthlyRule, Vergadering } from '../workgroups/index.ts';
import type { GraphClient } from './client.ts';
import { graphCall } from './errors.ts';
import { mapItems, readAllPages } from './paging.ts';
import type { ReadOptions } from './paging.ts';
import { eventSchema } from './wire.ts';
import type { GraphEvent } from './wire.ts';

/** Ask Graph for Amsterdam wall-clock times; we turn them into UTC instants ourselves. */
export const AMSTERDAM_PREFER = `outlook.timezone="${GRAPH_TIME_ZONE}"`;
export const EVENT_SELECT = 'id,subject,type,seriesMasterId,isCancelled,start,end,onlineMeeting';

const enc = encodeURIComponent;

/**
 * A Graph dateTimeTimeZone as a UTC instant. Handles UTC and Amsterdam ("W. Europe Standard Time",
 * as the Prefer header asks), which is all we request; anything else is malformed for us.
 */
export function toInstant(value: { dateTime: string; timeZone?: string | null | undefined }): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.dateTime.replace(/Z$/, ''));
  if (!m) throw new Error('dateTime');
  const [, date, hhmm, ss] = m;
  const zone = value.timeZone ?? 'UTC';
  if (/^(UTC|Etc\/UTC|GMT)$/i.test(zone) || value.dateTime.endsWith('Z')) return new Date(`${date}T${hhmm}:${ss ?? '00'}Z`).toISOString();
  if (zone === GRAPH_TIME_ZONE || zone === AMSTERDAM) {
    const at = new Date(amsterdamTime(date!, hhmm!));
    at.setUTCSeconds(Number(ss ?? 0));
    return at.toISOString();
  }
  throw new Error(`timeZone ${zone}`);
}

/** Maps an event (occurrence, exception, single instance or series master) to a Vergadering. */
export function toVergadering(event: GraphEvent, werkgroepId: string): Vergadering | undefined {
  if (event.isCancelled) return undefined;
  const joinUrl = event.onlineMeeting?.joinUrl;
  return {
    id: event.id,
    werkgroepId,
    subject: event.subject ?? '',
    start: toInstant(event.start),
    end: toInstant(event.end),
    ...(event.seriesMasterId ? { seriesMasterId: event.seriesMasterId } : {}),
    ...(joinUrl ? { joinUrl } : {}),
  };
}

/** calendarView request parts, shared with the loader's batches. */
export function calendarViewUrl(groupId: string, window: { from: string; to: string }): string {
  const q = new URLSearchParams({ startDateTime: window.from, endDateTime: window.to, $select: EVENT_SELECT, $top: '100' });
  return `/groups/${enc(groupId)}/calendarView?${q.toString().replace(/%24/g, '$').replace(/%2C/g, ',')}`;
}

/** The werkgroep's meetings between two instants, each occurrence separately, with UTC start and end. */
export async function listMeetings(
  client: GraphClient,
  ids: { groupId: string },
  window: { from: string; to: string },
  options: ReadOptions = {},
): Promise<Vergadering[]> {
  const headers = { Prefer: AMSTERDAM_PREFER };
  const raw = await readAllPages(client, client.api(calendarViewUrl(ids.groupId, window)).headers(headers), 'calendarView', headers);
  return mapItems(raw, eventSchema, (e) => toVergadering(e, ids.groupId), { resource: 'calendarView', werkgroepId: ids.groupId, ...options });
}

const WEEKDAY_NUMBER: Record<MonthlyRule['weekday'], number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const INDEX_NUMBER: Record<MonthlyRule['index'], number> = { first: 0, second: 1, third: 2, fourth: 3, last: -1 };

/** The date of e.g. "the first Tuesday" in the month of `monthDate`. */
function nthWeekdayOfMonth(monthDate: string, rule: Pick<MonthlyRule, 'index' | 'weekday'>): string {
  const target = WEEKDAY_NUMBER[rule.weekday];
  const first = `${monthDate.slice(0, 8)}01`;
  const firstMatch = addDays(first, (target - isoWeekday(first) + 7) % 7);
  if (rule.index !== 'last') return addDays(firstMatch, 7 * INDEX_NUMBER[rule.index]);
  let last = firstMatch;
  while (addDays(last, 7).slice(0, 7) === first.slice(0, 7)) last = addDays(last, 7);
  return last;
}

/** The first day on or after the rule's start date that matches the rule. */
export function firstOccurrence(rule: MonthlyRule): string {
  let month = `${rule.startDate.slice(0, 8)}01`;
  for (let i = 0; i < 24; i++) {
    const candidate = nthWeekdayOfMonth(month, rule);
    if (candidate >= rule.startDate) return candidate;
    month = `${addDays(month, 31).slice(0, 8)}01`;
  }
  throw new AppError('GRAPH.BAD_REQUEST', { details: { reason: 'no-occurrence' } });
}

function wallClockPlus(date: string, time: string, minutes: number): string {
  const t = new Date(`${date}T${time}:00Z`);
  t.setUTCMinutes(t.getUTCMinutes() + minutes);
  return t.toISOString().slice(0, 19);
}

export interface NewMeetingSeries {
  subject: string;
  rule: MonthlyRule;
  /** Plain-text invitation body. */
  body?: string;
}

/** The series master's fields for a rule: first meeting, times in Amsterdam, relativeMonthly recurrence. */
function seriesEvent(input: NewMeetingSeries): Record<string, unknown> {
  const { rule } = input;
  const first = firstOccurrence(rule);
  return {
    subject: input.subject,
    ...(input.body ? { body: { contentType: 'text', content: input.body } } : {}),
    start: { dateTime: `${first}T${rule.time}:00`, timeZone: GRAPH_TIME_ZONE },
    end: { dateTime: wallClockPlus(first, rule.time, rule.durationMinutes), timeZone: GRAPH_TIME_ZONE },
    recurrence: {
      pattern: { type: 'relativeMonthly', interval: rule.interval ?? 1, daysOfWeek: [rule.weekday], index: rule.index, firstDayOfWeek: 'monday' },
      range: rule.endDate
        ? { type: 'endDate', startDate: first, endDate: rule.endDate, recurrenceTimeZone: GRAPH_TIME_ZONE }
        : { type: 'noEnd', startDate: first, recurrenceTimeZone: GRAPH_TIME_ZONE },
    },
  };
}

function toSeriesMaster(raw: unknown, groupId: string): Vergadering {
  const [vergadering] = mapItems([raw], eventSchema, (e) => toVergadering(e, groupId), { resource: 'event' });
  if (!vergadering) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'event' } });
  return vergadering;
}

/**
 * Creates the werkgroep's monthly meeting series (relativeMonthly, Amsterdam time) with a Teams meeting
 * in the group calendar. Returns the series master. Delegated only: see syncMeetingList for the list.
 */
export async function createMeetingSeries(client: GraphClient, ids: { groupId: string }, input: NewMeetingSeries): Promise<Vergadering> {
  const event = { ...seriesEvent(input), isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' };
  const created = await graphCall(
    () => client.api(`/groups/${enc(ids.groupId)}/calendar/events`).header('Prefer', AMSTERDAM_PREFER).post(event),
    { resource: 'event' },
  );
  return toSeriesMaster(created, ids.groupId);
}

/** Changes the series' subject, day, time or recurrence; Exchange recomputes its occurrences. */
export async function updateMeetingSeries(
  client: GraphClient,
  ids: { groupId: string; seriesId: string },
  input: NewMeetingSeries,
): Promise<Vergadering> {
  const updated = await graphCall(
    () => client.api(`/groups/${enc(ids.groupId)}/events/${enc(ids.seriesId)}`).header('Prefer', AMSTERDAM_PREFER).patch(seriesEvent(input)),
    { resource: 'event' },
  );
  return toSeriesMaster(updated, ids.groupId);
}

/** Moves one meeting (an occurrence becomes an exception of its series). Times are instants. */
export async function moveMeeting(
  client: GraphClient,
  ids: { groupId: string; eventId: string },
  change: { start: string; end: string },
): Promise<Vergadering> {
  const utc = (instant: string) => ({ dateTime: new Date(instant).toISOString().slice(0, 19), timeZone: 'UTC' });
  const updated = await graphCall(
    () =>
      client
        .api(`/groups/${enc(ids.groupId)}/events/${enc(ids.eventId)}`)
        .header('Prefer', AMSTERDAM_PREFER)
        .patch({ start: utc(change.start), end: utc(change.end) }),
    { resource: 'event' },
  );
  return toSeriesMaster(updated, ids.groupId);
}

/**
 * Deletes one meeting or, given the series master's id, the whole series. Graph documents DELETE on
 * group events (https://learn.microsoft.com/graph/api/group-delete-event); deleting an occurrence
 * cancels that meeting only.
 */
export async function deleteMeeting(client: GraphClient, ids: { groupId: string; eventId: string }): Promise<void> {
  await graphCall(() => client.api(`/groups/${enc(ids.groupId)}/events/${enc(ids.eventId)}`).delete(), { resource: 'event' });
}
