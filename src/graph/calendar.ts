import { AppError, escapeHtml } from '../text/index.ts';
import { AMSTERDAM, GRAPH_TIME_ZONE, amsterdamTime, graphSeriesTimes, toGraphRecurrence } from '../workgroups/index.ts';
import type { MonthlyRule, Vergadering } from '../workgroups/index.ts';
import type { GraphClient } from './client.ts';
import { graphCall, hasCode } from './errors.ts';
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

export interface NewMeetingSeries {
  subject: string;
  rule: MonthlyRule;
  /** Plain-text invitation body. */
  body?: string;
  /**
   * Who is invited. Absent: nobody is named and the group calendar invites every member. Given: these
   * people only, as required attendees (https://learn.microsoft.com/graph/api/resources/attendee).
   */
  attendees?: readonly { displayName: string; mail?: string | undefined }[];
}

/**
 * The series master's fields for a rule: the core works out the first meeting, its Amsterdam times and
 * the relativeMonthly recurrence; this only adds the event's own fields.
 */
function seriesEvent(input: NewMeetingSeries): Record<string, unknown> {
  return {
    subject: input.subject,
    ...(input.body ? { body: { contentType: 'text', content: input.body } } : {}),
    ...graphSeriesTimes(input.rule),
    recurrence: toGraphRecurrence(input.rule),
    ...(input.attendees
      ? {
          attendees: input.attendees
            .filter((a) => a.mail)
            .map((a) => ({ type: 'required', emailAddress: { name: a.displayName, address: a.mail } })),
        }
      : {}),
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

export interface InvitationAgenda {
  heading: string;
  items: readonly { titel: string; toelichting?: string | undefined }[];
}

/** The agenda as the invitation's HTML body; every user text is escaped (it ends up in Outlook and Teams). */
export function agendaHtml(agenda: InvitationAgenda): string {
  const items = agenda.items
    .map((a) => `<li>${escapeHtml(a.titel)}${a.toelichting ? `<br>${escapeHtml(a.toelichting).replace(/\r?\n/g, '<br>')}` : ''}</li>`)
    .join('');
  return `<h2>${escapeHtml(agenda.heading)}</h2><ol>${items}</ol>`;
}

/**
 * Puts the agenda in one meeting's invitation (PATCH body on the occurrence, which makes it an exception of
 * the series: https://learn.microsoft.com/graph/api/group-update-event).
 */
export async function setMeetingAgenda(
  client: GraphClient,
  ids: { groupId: string; eventId: string },
  agenda: InvitationAgenda,
): Promise<void> {
  await graphCall(
    () =>
      client
        .api(`/groups/${enc(ids.groupId)}/events/${enc(ids.eventId)}`)
        .header('Prefer', AMSTERDAM_PREFER)
        .patch({ body: { contentType: 'html', content: agendaHtml(agenda) } }),
    { resource: 'event' },
  );
}

/**
 * Calls off one meeting (an occurrence id) or, given the series master's id, the whole series, with a
 * cancellation message to the attendees: POST /cancel (https://learn.microsoft.com/graph/api/event-cancel,
 * 202, delegated Calendars.ReadWrite). Only the organizer may cancel; where Exchange does not count the
 * signed-in member as the group event's organizer (400) the meeting is deleted instead, as before, so it
 * still leaves the calendar (https://learn.microsoft.com/graph/api/group-delete-event).
 */
export async function cancelMeeting(client: GraphClient, ids: { groupId: string; eventId: string }, comment: string): Promise<'cancelled' | 'deleted'> {
  try {
    await graphCall(() => client.api(`/groups/${enc(ids.groupId)}/events/${enc(ids.eventId)}/cancel`).post({ comment }), { resource: 'event' });
    return 'cancelled';
  } catch (error) {
    if (!hasCode(error, 'GRAPH.BAD_REQUEST')) throw error;
    await deleteMeeting(client, ids);
    return 'deleted';
  }
}

/** The last day a series may have a meeting (its recurrence range's endDate), or undefined when it runs on. */
export async function getSeriesEndDate(client: GraphClient, ids: { groupId: string; seriesId: string }): Promise<string | undefined> {
  const raw = (await graphCall(() => client.api(`/groups/${enc(ids.groupId)}/events/${enc(ids.seriesId)}`).select('id,recurrence').get(), {
    resource: 'event',
  })) as { recurrence?: { range?: { type?: unknown; endDate?: unknown } } | null } | undefined;
  const range = raw?.recurrence?.range;
  return range?.type === 'endDate' && typeof range.endDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(range.endDate) ? range.endDate : undefined;
}
