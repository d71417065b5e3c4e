// Group calendar: events, relativeMonthly series with Teams links, calendarView expansion with the
// `Prefer: outlook.timezone` header (GRAPH-CONTRACT §2).
import { createHash, randomBytes } from 'node:crypto';
import type { Ctx, Router } from './router.ts';
import type { RouteResult } from './http-util.ts';
import type { EventRec, GroupRec } from './store.ts';
import type { DateTimeTimeZone, PatternedRecurrence, SeedAttendee } from './types.ts';
import { GraphHttpError, applySelect, asRecord, badRequest, collection, created, eventEtag, guidFrom, newEventId, noContent, ok, paginate } from './http-util.ts';
import { formatInZone, instantOf, localParts, parseLocalDateTime, toIana, ianaOrThrow } from './time-zones.ts';
import { expandDates, validateRecurrence } from './recurrence.ts';
import { requireGroup } from './routes-directory.ts';

const OCC_PREFIX = 'AAMkOC';
/** The id Graph-style calendarView gives the occurrence of a series on a local date. */
export const occurrenceId = (masterId: string, date: string): string => OCC_PREFIX + Buffer.from(`${masterId}|${date}`).toString('base64url');
function parseOccurrenceId(id: string): { masterId: string; date: string } | undefined {
  if (!id.startsWith(OCC_PREFIX)) return undefined;
  const [masterId, date] = Buffer.from(id.slice(OCC_PREFIX.length), 'base64url').toString().split('|');
  return masterId && date ? { masterId, date } : undefined;
}

function joinUrlFor(ctx: Ctx, organizerId: string): string {
  const thread = `19:meeting_${randomBytes(36).toString('base64url').slice(0, 48)}@thread.v2`;
  const context = JSON.stringify({ Tid: ctx.store.tenant.id, Oid: organizerId });
  return `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=${encodeURIComponent(context)}`;
}

interface Occurrence {
  type: 'singleInstance' | 'seriesMaster' | 'occurrence' | 'exception';
  id: string;
  startUtc: number;
  endUtc: number;
  subject: string;
  date?: string;
}

function outputZone(ctx: Ctx): string {
  const z = ctx.prefer.timeZone;
  return z && toIana(z) ? z : 'UTC';
}

function eventJson(ctx: Ctx, e: EventRec, g: GroupRec, occ?: Occurrence): Record<string, unknown> {
  const zone = outputZone(ctx);
  const o: Occurrence = occ ?? { type: e.recurrence ? 'seriesMaster' : 'singleInstance', id: e.id, startUtc: e.startUtc, endUtc: e.endUtc, subject: e.subject };
  const isInstance = o.type === 'occurrence' || o.type === 'exception';
  const version = isInstance && o.date ? (e.exceptions[o.date]?.v ?? e.v) : e.v;
  // An occurrence whose body was changed keeps its own body; the others show the series' body.
  const body = (isInstance && o.date ? e.exceptions[o.date]?.body : undefined) ?? e.body;
  const text = body.content.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return {
    '@odata.etag': eventEtag(version, o.id),
    id: o.id,
    createdDateTime: e.createdDateTime,
    lastModifiedDateTime: e.lastModifiedDateTime,
    changeKey: eventEtag(version, o.id).slice(3, -1),
    categories: [],
    transactionId: null,
    originalStartTimeZone: e.timeZone,
    originalEndTimeZone: e.timeZone,
    iCalUId: e.iCalUId,
    uid: e.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: o.subject,
    bodyPreview: text.slice(0, 255),
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: true,
    seriesMasterId: isInstance ? e.id : null,
    showAs: 'busy',
    type: o.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(o.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: e.onlineMeetingProvider,
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    body,
    start: formatInZone(o.startUtc, zone),
    end: formatInZone(o.endUtc, zone),
    location: { displayName: e.location, locationType: 'default', uniqueIdType: e.location ? 'private' : 'unknown' },
    locations: e.location ? [{ displayName: e.location, locationType: 'default', uniqueIdType: 'private' }] : [],
    recurrence: isInstance ? null : e.recurrence,
    attendees: e.attendees.map((a) => ({ type: a.type ?? 'required', status: { response: 'none', time: '0001-01-01T00:00:00Z' }, emailAddress: a.emailAddress })),
    organizer: { emailAddress: { name: g.displayName, address: g.mail } },
    onlineMeeting: e.isOnlineMeeting && e.joinUrl ? { joinUrl: e.joinUrl, conferenceId: createHash('sha1').update(e.id).digest('hex').replace(/\D/g, '').slice(0, 9), tollNumber: null } : null,
  };
}

function seriesZone(e: EventRec): string {
  return toIana(e.recurrence?.range.recurrenceTimeZone ?? e.timeZone) ?? 'UTC';
}

/** All instances (occurrences and exceptions) of a series that overlap [from, to). */
function instancesOf(e: EventRec, from: number, to: number): Occurrence[] {
  if (!e.recurrence) return [];
  const iana = seriesZone(e);
  const wall = localParts(e.startUtc, iana);
  const duration = e.endUtc - e.startUtc;
  const untilDate = localParts(to, iana).date;
  // Dates well before the window cannot overlap it; skip the time-zone maths for them.
  const earliest = new Date(from - duration - 2 * 86_400_000).toISOString().slice(0, 10);
  const out: Occurrence[] = [];
  for (const date of expandDates(e.recurrence, untilDate)) {
    if ((date < earliest && !e.exceptions[date]) || e.cancelled.includes(date)) continue;
    const ex = e.exceptions[date];
    const startUtc = ex?.startUtc ?? instantOf(date, wall.h, wall.m, wall.s, iana);
    const endUtc = ex?.endUtc ?? startUtc + duration;
    if (startUtc < to && endUtc > from) out.push({ type: ex ? 'exception' : 'occurrence', id: occurrenceId(e.id, date), startUtc, endUtc, subject: ex?.subject ?? e.subject, date });
  }
  return out;
}

function parseWindow(ctx: Ctx): { from: number; to: number } {
  const s = ctx.query.get('startDateTime') ?? ctx.query.get('StartDateTime');
  const e = ctx.query.get('endDateTime') ?? ctx.query.get('EndDateTime');
  if (!s || !e) throw badRequest('This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.', 'ErrorInvalidParameter');
  // A value without an offset means UTC; the Prefer header does not change that.
  const parse = (v: string): number => {
    const ms = Date.parse(/[zZ]|[+-]\d{2}:\d{2}$/.test(v) ? v : `${v}Z`);
    if (Number.isNaN(ms)) throw badRequest(`The value '${v}' is not a valid date and time.`, 'ErrorInvalidParameter');
    return ms;
  };
  return { from: parse(s), to: parse(e) };
}

function withPreferenceApplied(ctx: Ctx): Record<string, string> {
  const z = ctx.prefer.timeZone;
  return z && toIana(z) ? { 'Preference-Applied': `outlook.timezone="${z}"` } : {};
}

function resolveEvent(ctx: Ctx): { e: EventRec; g: GroupRec; occ?: Occurrence } {
  const g = requireGroup(ctx, ctx.params[0]!);
  const id = ctx.params[1]!;
  const notFound = new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  const parsed = parseOccurrenceId(id);
  if (parsed) {
    const e = ctx.store.events.get(parsed.masterId);
    if (!e || e.groupId !== g.id || e.cancelled.includes(parsed.date)) throw notFound;
    const day = Date.UTC(Number(parsed.date.slice(0, 4)), Number(parsed.date.slice(5, 7)) - 1, Number(parsed.date.slice(8, 10)));
    const occ = instancesOf(e, day - 2 * 86_400_000, day + 3 * 86_400_000).find((o) => o.date === parsed.date);
    if (!occ) throw notFound;
    return { e, g, occ };
  }
  const e = ctx.store.events.get(id);
  if (!e || e.groupId !== g.id) throw notFound;
  return { e, g };
}

function readDateTime(v: unknown, key: string): { ms: number; zone: string } {
  const r = asRecord(v, key) as unknown as DateTimeTimeZone;
  if (typeof r.dateTime !== 'string') throw badRequest(`${key}.dateTime is required.`, 'ErrorInvalidRequest');
  const zone = typeof r.timeZone === 'string' && r.timeZone ? r.timeZone : 'UTC';
  ianaOrThrow(zone);
  return { ms: parseLocalDateTime({ dateTime: r.dateTime, timeZone: zone }), zone };
}

function readBody(v: unknown): EventRec['body'] {
  const b = asRecord(v, 'body');
  const contentType = String(b.contentType ?? 'text').toLowerCase();
  if (contentType !== 'text' && contentType !== 'html') throw badRequest(`Invalid body contentType '${contentType}'.`, 'ErrorInvalidRequest');
  return { contentType, content: typeof b.content === 'string' ? b.content : '' };
}

function readAttendees(v: unknown): SeedAttendee[] {
  if (!Array.isArray(v)) throw badRequest('attendees must be an array.', 'ErrorInvalidRequest');
  return v.map((a) => {
    const r = asRecord(a, 'attendee');
    const email = asRecord(r.emailAddress, 'attendee.emailAddress');
    return { type: (r.type as SeedAttendee['type']) ?? 'required', emailAddress: { name: email.name as string | undefined, address: email.address as string | undefined } };
  });
}

function createEvent(ctx: Ctx): ReturnType<typeof created> {
  const g = requireGroup(ctx, ctx.params[0]!);
  const body = asRecord(ctx.body);
  if (!body.start || !body.end) throw badRequest('An event needs start and end.', 'ErrorInvalidRequest');
  const start = readDateTime(body.start, 'start');
  const end = readDateTime(body.end, 'end');
  if (end.ms < start.ms) throw badRequest('The end of the event is before its start.', 'ErrorInvalidRequest');
  let recurrence: PatternedRecurrence | null = null;
  if (body.recurrence) {
    recurrence = structuredClone(body.recurrence) as PatternedRecurrence;
    validateRecurrence(recurrence);
    recurrence.range.recurrenceTimeZone = recurrence.range.recurrenceTimeZone ?? start.zone;
    recurrence.range.endDate = recurrence.range.endDate ?? '0001-01-01';
    recurrence.range.numberOfOccurrences = recurrence.range.numberOfOccurrences ?? 0;
    recurrence.pattern.firstDayOfWeek = recurrence.pattern.firstDayOfWeek ?? 'sunday';
  }
  const online = body.isOnlineMeeting === true;
  const provider = online ? String(body.onlineMeetingProvider ?? 'teamsForBusiness') : 'unknown';
  if (online && !['teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer'].includes(provider)) throw badRequest(`Unknown onlineMeetingProvider '${provider}'.`, 'ErrorInvalidRequest');
  const id = newEventId();
  const now = ctx.now.toISOString();
  const e: EventRec = {
    id,
    groupId: g.id,
    subject: typeof body.subject === 'string' ? body.subject : '',
    body: body.body ? readBody(body.body) : { contentType: 'html', content: '' },
    startUtc: start.ms,
    endUtc: end.ms,
    timeZone: start.zone,
    recurrence,
    isOnlineMeeting: online,
    onlineMeetingProvider: provider,
    joinUrl: online && provider === 'teamsForBusiness' ? joinUrlFor(ctx, ctx.caller.userId ?? g.id) : null,
    location: body.location ? String((body.location as { displayName?: unknown }).displayName ?? '') : '',
    attendees: body.attendees ? readAttendees(body.attendees) : [],
    createdDateTime: now,
    lastModifiedDateTime: now,
    iCalUId: `040000008200E00074C5B7101A82E008${guidFrom(`ical:${id}`).replace(/-/g, '').toUpperCase()}`,
    cancelled: [],
    exceptions: {},
    v: ctx.store.nextVersion(),
  };
  ctx.store.addEvent(e);
  const json = eventJson(ctx, e, g);
  return created(json, { ETag: String(json['@odata.etag']), Location: `${ctx.base}/groups/${g.id}/events/${id}`, ...withPreferenceApplied(ctx) });
}

function listEvents(ctx: Ctx): ReturnType<typeof ok> {
  const g = requireGroup(ctx, ctx.params[0]!);
  const rows = ctx.store.eventsOfGroup(g.id).sort((a, b) => a.startUtc - b.startUtc);
  const { page, nextLink } = paginate(rows, { base: ctx.base, path: ctx.path, query: ctx.query, defaultTop: 10, maxTop: 1000, style: 'skip' });
  const select = ctx.query.get('$select');
  return ok(collection(`${ctx.base}/$metadata#groups('${g.id}')/events`, page.map((e) => applySelect(eventJson(ctx, e, g), select)), nextLink), withPreferenceApplied(ctx));
}

function calendarView(ctx: Ctx): ReturnType<typeof ok> {
  const g = requireGroup(ctx, ctx.params[0]!);
  const { from, to } = parseWindow(ctx);
  const rows: { e: EventRec; occ?: Occurrence }[] = [];
  for (const e of ctx.store.eventsOfGroup(g.id)) {
    if (e.recurrence) for (const occ of instancesOf(e, from, to)) rows.push({ e, occ });
    else if (e.startUtc < to && e.endUtc > from) rows.push({ e });
  }
  rows.sort((a, b) => (a.occ?.startUtc ?? a.e.startUtc) - (b.occ?.startUtc ?? b.e.startUtc));
  const { page, nextLink } = paginate(rows, { base: ctx.base, path: ctx.path, query: ctx.query, defaultTop: 10, maxTop: 1000, style: 'skip' });
  const select = ctx.query.get('$select');
  return ok(
    collection(`${ctx.base}/$metadata#groups('${g.id}')/calendarView`, page.map((r) => applySelect(eventJson(ctx, r.e, g, r.occ), select)), nextLink),
    withPreferenceApplied(ctx),
  );
}

function patchEvent(ctx: Ctx): ReturnType<typeof ok> {
  const { e, g, occ } = resolveEvent(ctx);
  const body = asRecord(ctx.body);
  const now = ctx.now.toISOString();
  if (occ?.date) {
    // Changing one meeting of the series turns it into an exception.
    const ex = { ...(e.exceptions[occ.date] ?? {}), v: ctx.store.nextVersion() };
    if (typeof body.subject === 'string') ex.subject = body.subject;
    if (body.body) ex.body = readBody(body.body);
    if (body.start) ex.startUtc = readDateTime(body.start, 'start').ms;
    if (body.end) ex.endUtc = readDateTime(body.end, 'end').ms;
    e.exceptions[occ.date] = ex;
    e.lastModifiedDateTime = now;
    const updated = instancesOf(e, (ex.startUtc ?? occ.startUtc) - 86_400_000, (ex.endUtc ?? occ.endUtc) + 86_400_000).find((o) => o.date === occ.date);
    return ok(eventJson(ctx, e, g, updated ?? occ), withPreferenceApplied(ctx));
  }
  const draft = structuredClone(e);
  if (typeof body.subject === 'string') draft.subject = body.subject;
  if (body.body) draft.body = readBody(body.body);
  if (body.start) {
    const s = readDateTime(body.start, 'start');
    draft.startUtc = s.ms;
    draft.timeZone = s.zone;
  }
  if (body.end) draft.endUtc = readDateTime(body.end, 'end').ms;
  if (draft.endUtc < draft.startUtc) throw badRequest('The end of the event is before its start.', 'ErrorInvalidRequest');
  if (body.location) draft.location = String((body.location as { displayName?: unknown }).displayName ?? '');
  if (body.attendees) draft.attendees = readAttendees(body.attendees);
  if ('recurrence' in body) {
    if (body.recurrence === null) draft.recurrence = null;
    else {
      const rec = structuredClone(body.recurrence) as PatternedRecurrence;
      validateRecurrence(rec);
      rec.range.recurrenceTimeZone = rec.range.recurrenceTimeZone ?? draft.timeZone;
      draft.recurrence = rec;
    }
  }
  if (body.isOnlineMeeting === true && !draft.isOnlineMeeting) {
    draft.isOnlineMeeting = true;
    draft.onlineMeetingProvider = String(body.onlineMeetingProvider ?? 'teamsForBusiness');
    draft.joinUrl = joinUrlFor(ctx, ctx.caller.userId ?? g.id);
  }
  draft.lastModifiedDateTime = now;
  draft.v = ctx.store.nextVersion();
  Object.assign(e, draft);
  return ok(eventJson(ctx, e, g), withPreferenceApplied(ctx));
}

/** A cancellation Exchange sent to the attendees: what a test can check was "mailed". */
export interface SentCancellation {
  eventId: string;
  subject: string;
  comment: string;
  attendees: string[];
  /** The local date of the occurrence, or undefined for a whole series or single meeting. */
  date?: string;
}
const sentCancellations = new WeakMap<object, SentCancellation[]>();
/** The cancellation messages the emulator "sent" for a store, oldest first. */
export function cancellationsOf(store: object): SentCancellation[] {
  let list = sentCancellations.get(store);
  if (!list) sentCancellations.set(store, (list = []));
  return list;
}

/**
 * POST …/events/{id}/cancel (https://learn.microsoft.com/graph/api/event-cancel): the organizer cancels the meeting
 * and the attendees get a cancellation message with the optional `comment`; 202, no body. Given an occurrence id it
 * cancels that meeting only; given the series master, the whole series. In a group calendar the group is the
 * organizer and its members act for it, so members may cancel (an attendee elsewhere gets 400 in Graph).
 */
function cancelEvent(ctx: Ctx): RouteResult {
  const { e, g, occ } = resolveEvent(ctx);
  const body = ctx.body === undefined || ctx.body === null || ctx.body === '' ? {} : asRecord(ctx.body);
  const comment = typeof body.comment === 'string' ? body.comment : typeof body.Comment === 'string' ? body.Comment : '';
  const attendees = e.attendees.length > 0 ? e.attendees.map((a) => a.emailAddress.address ?? '').filter(Boolean) : [g.mail];
  cancellationsOf(ctx.store).push({ eventId: occ?.id ?? e.id, subject: occ?.subject ?? e.subject, comment, attendees, ...(occ?.date ? { date: occ.date } : {}) });
  if (occ?.date) {
    e.cancelled.push(occ.date);
    e.v = ctx.store.nextVersion();
  } else ctx.store.deleteEvent(e.id);
  return { status: 202 };
}

function deleteEvent(ctx: Ctx): ReturnType<typeof noContent> {
  const { e, occ } = resolveEvent(ctx);
  if (occ?.date) {
    e.cancelled.push(occ.date);
    e.v = ctx.store.nextVersion();
  } else ctx.store.deleteEvent(e.id);
  return noContent();
}

export function registerCalendarRoutes(r: Router): void {
  for (const prefix of ['/groups/{id}/events', '/groups/{id}/calendar/events']) {
    r.add('POST', prefix, createEvent);
    r.add('GET', prefix, listEvents);
    r.add('GET', `${prefix}/{id}`, (ctx) => {
      const { e, g, occ } = resolveEvent(ctx);
      const json = eventJson(ctx, e, g, occ);
      return ok(applySelect(json, ctx.query.get('$select')), withPreferenceApplied(ctx));
    });
    r.add('PATCH', `${prefix}/{id}`, patchEvent);
    r.add('DELETE', `${prefix}/{id}`, deleteEvent);
    r.add('POST', `${prefix}/{id}/cancel`, cancelEvent);
    r.add('GET', `${prefix}/{id}/instances`, (ctx) => {
      const { e, g } = resolveEvent(ctx);
      const { from, to } = parseWindow(ctx);
      const rows = instancesOf(e, from, to);
      const { page, nextLink } = paginate(rows, { base: ctx.base, path: ctx.path, query: ctx.query, defaultTop: 10, maxTop: 1000, style: 'skip' });
      return ok(collection(`${ctx.base}/$metadata#groups('${g.id}')/events('${e.id}')/instances`, page.map((o) => applySelect(eventJson(ctx, e, g, o), ctx.query.get('$select'))), nextLink), withPreferenceApplied(ctx));
    });
  }
  r.add('GET', '/groups/{id}/calendarView', calendarView);
  r.add('GET', '/groups/{id}/calendar/calendarView', calendarView);
}
