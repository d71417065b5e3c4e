import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { AppError, messageFor } from '../text/index.ts';
import { toBatchUrl } from './batch.ts';
import { toInstant, toVergadering } from './calendar.ts';
import { parseRetryAfter, retryDelaySeconds } from './client.ts';
import { codeForStatus, toAppError } from './errors.ts';
import { toMember } from './groups.ts';
import { toMeetingListEntry, toResultaat, toVerbeterpunt } from './list-items.ts';
import { meetingListFields } from './lists.ts';
import { mapItems } from './paging.ts';
import type { SkippedItem } from './paging.ts';
import { encodeReferenceKey, meetingReferenceUrl, toActie, vergaderingIdFromReferences } from './planner.ts';
import { listItemSchema, plannerTaskSchema } from './wire.ts';

describe('errors', () => {
  it.each([
    [400, '', 'GRAPH.BAD_REQUEST'],
    [401, 'InvalidAuthenticationToken', 'GRAPH.UNAUTHORIZED'],
    [403, 'Authorization_RequestDenied', 'GRAPH.FORBIDDEN'],
    [404, 'Request_ResourceNotFound', 'GRAPH.NOT_FOUND'],
    [409, 'Conflict', 'GRAPH.CONFLICT'],
    [412, 'PreconditionFailed', 'GRAPH.PRECONDITION_FAILED'],
    [429, 'TooManyRequests', 'GRAPH.THROTTLED'],
    [503, 'ServiceUnavailable', 'GRAPH.UNAVAILABLE'],
    [504, '', 'GRAPH.UNAVAILABLE'],
  ])('status %i (%s) → %s', (status, code, expected) => {
    expect(codeForStatus(status, code)).toBe(expected);
  });

  it('tells an expired token apart from a missing one', () => {
    expect(codeForStatus(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.')).toBe('GRAPH.TOKEN_EXPIRED');
  });

  it('maps an SDK GraphError and keeps the request id, never the message', () => {
    const e = new GraphError(403, 'Denied for user jan@example.org');
    e.code = 'Authorization_RequestDenied';
    e.requestId = 'req-1';
    const app = toAppError(e, { resource: 'task' });
    expect(app).toBeInstanceOf(AppError);
    expect(app.code).toBe('GRAPH.FORBIDDEN');
    expect(app.details).toEqual({ status: 403, graphCode: 'Authorization_RequestDenied', requestId: 'req-1', resource: 'task' });
    expect(JSON.stringify(app.details)).not.toContain('jan@');
    expect(messageFor(app.code)).toMatch(/beheerder/);
  });

  it('maps a failed connection to GRAPH.NETWORK', () => {
    expect(toAppError(new TypeError('fetch failed')).code).toBe('GRAPH.NETWORK');
  });
});

describe('retry timing', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7')).toBe(7);
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter(new Date(10_000 + 5_000).toUTCString(), 10_000)).toBe(5);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('backs off exponentially without Retry-After and never waits past the cap', () => {
    const retry = { maxRetries: 5, delaySeconds: 1, maxDelaySeconds: 10 };
    expect(retryDelaySeconds(1, undefined, retry)).toBeGreaterThanOrEqual(1);
    expect(retryDelaySeconds(3, undefined, retry)).toBeGreaterThanOrEqual(4);
    expect(retryDelaySeconds(8, undefined, retry)).toBe(10);
    expect(retryDelaySeconds(1, 500, retry)).toBe(10);
    expect(retryDelaySeconds(1, 0, retry)).toBe(0);
  });
});

describe('batch urls', () => {
  it('turns absolute nextLinks into batch-relative urls', () => {
    expect(toBatchUrl('https://127.0.0.1:4443/v1.0/groups/g1/members?$skiptoken=abc')).toBe('/groups/g1/members?$skiptoken=abc');
    expect(toBatchUrl('groups/g1')).toBe('/groups/g1');
  });
});

describe('planner mapping', () => {
  const task = plannerTaskSchema.parse({
    id: 't1',
    title: 'Notulen rondsturen',
    percentComplete: 100,
    dueDateTime: '2026-03-28T23:00:00Z',
    completedDateTime: '2026-03-27T10:00:00.1234567Z',
    assignments: { u1: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
    '@odata.etag': 'W/"abc"',
  });

  it('maps a done task with the Amsterdam due day', () => {
    expect(toActie(task, 'g1')).toEqual({
      id: 't1',
      werkgroepId: 'g1',
      titel: 'Notulen rondsturen',
      status: 'klaar',
      trekkerId: 'u1',
      dueDate: '2026-03-29',
      completedAt: '2026-03-27T10:00:00.1234567Z',
      etag: 'W/"abc"',
    });
  });

  it('treats anything under 100% as open and skips null assignments', () => {
    const open = plannerTaskSchema.parse({ id: 't2', title: 'x', percentComplete: 50, assignments: { u9: null } });
    expect(toActie(open, 'g1')).toEqual({ id: 't2', werkgroepId: 'g1', titel: 'x', status: 'open' });
  });

  it('round-trips the meeting reference through Planner key encoding', () => {
    const key = encodeReferenceKey(meetingReferenceUrl('g1', 'AAMk.ev=1'));
    expect(key).not.toMatch(/[.:@#]/);
    expect(vergaderingIdFromReferences({ [key]: { alias: 'Vergadering 6 januari' } })).toBe('AAMk.ev=1');
    expect(vergaderingIdFromReferences({ 'https%3A//example%2Eorg/x': {} })).toBeUndefined();
  });

  it('skips and reports malformed tasks without failing the rest', () => {
    const skipped: SkippedItem[] = [];
    const actions = mapItems(
      [{ id: 'ok', title: 'Goed' }, { id: 'bad', title: 42 }, { title: 'zonder id' }, { id: 'due', title: 'x', dueDateTime: 'morgen' }],
      plannerTaskSchema,
      (t) => toActie(t, 'g1'),
      { resource: 'tasks', werkgroepId: 'g1', onSkip: (s) => skipped.push(s) },
    );
    expect(actions.map((a) => a.id)).toEqual(['ok']);
    expect(skipped).toEqual([
      { resource: 'tasks', werkgroepId: 'g1', itemId: 'bad', issue: 'title' },
      { resource: 'tasks', werkgroepId: 'g1', issue: 'id' },
      { resource: 'tasks', werkgroepId: 'g1', itemId: 'due', issue: 'dueDateTime' },
    ]);
  });
});

describe('calendar mapping', () => {
  it.each([
    [{ dateTime: '2026-01-06T18:00:00.0000000', timeZone: 'W. Europe Standard Time' }, '2026-01-06T17:00:00.000Z'],
    [{ dateTime: '2026-07-07T18:00:00.0000000', timeZone: 'W. Europe Standard Time' }, '2026-07-07T16:00:00.000Z'],
    [{ dateTime: '2026-03-29T01:30:00', timeZone: 'UTC' }, '2026-03-29T01:30:00.000Z'],
  ])('%j → %s', (value, instant) => {
    expect(toInstant(value)).toBe(instant);
  });

  it('rejects zones we did not ask for', () => {
    expect(() => toInstant({ dateTime: '2026-01-06T18:00:00', timeZone: 'Pacific Standard Time' })).toThrow();
  });

  it('maps an occurrence with its join url and drops cancelled ones', () => {
    const base = {
      id: 'e1',
      subject: 'Werkgroep',
      seriesMasterId: 'm1',
      start: { dateTime: '2026-02-03T14:00:00.0000000', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2026-02-03T15:30:00.0000000', timeZone: 'W. Europe Standard Time' },
      onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' },
    };
    expect(toVergadering(base, 'g1')).toEqual({
      id: 'e1',
      werkgroepId: 'g1',
      subject: 'Werkgroep',
      seriesMasterId: 'm1',
      start: '2026-02-03T13:00:00.000Z',
      end: '2026-02-03T14:30:00.000Z',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
    });
    expect(toVergadering({ ...base, isCancelled: true }, 'g1')).toBeUndefined();
  });
});

describe('list mapping', () => {
  it('maps a Weert result with lines and Amsterdam dates', () => {
    const item = listItemSchema.parse({
      id: '3',
      '@odata.etag': '"e,2"',
      fields: {
        Title: 'Handleiding interactief beleid',
        Nr: 1,
        Doel: 'Eenduidig werken',
        Doelgroep: 'Ambtenaren\nBestuur\n',
        WatIsErGebeurd: 'Concept klaar',
        Methode: 'Werksessies',
        DoorlooptijdStart: '2010-01-31T23:00:00Z',
        Capaciteit: '40 uur projectleider',
        Verankering: 'Kwaliteitshandvest',
        VerantwoordelijkMtLid: 'u-marc',
        Status: 'loopt',
      },
    });
    expect(toResultaat(item, 'g1')).toMatchObject({
      id: '3',
      nr: 1,
      doelgroep: ['Ambtenaren', 'Bestuur'],
      doorlooptijd: { start: '2010-02-01' },
      verantwoordelijkMtLidId: 'u-marc',
      status: 'loopt',
      etag: '"e,2"',
    });
  });

  it('refuses a result with an unknown status and a verbeterpunt with broken Acties JSON', () => {
    const bad = listItemSchema.parse({ id: '4', fields: { Title: 'x', Nr: 2, Status: 'misschien' } });
    expect(() => toResultaat(bad, 'g1')).toThrow();
    const broken = listItemSchema.parse({ id: '5', fields: { Title: 'x', Nr: 1, Acties: '[{"nr":1,' } });
    expect(() => toVerbeterpunt(broken, 'g1')).toThrow();
  });

  it('maps verbeterpunt actions from JSON', () => {
    const item = listItemSchema.parse({
      id: '6',
      fields: { Title: 'Wijkteams', Nr: 2, EvaluatieNr: 4, Probleem: 'a\nb', WatWillenWeBereiken: 'c', Acties: JSON.stringify([{ nr: 1, omschrijving: 'Plan', status: 'loopt' }]) },
    });
    expect(toVerbeterpunt(item, 'g2')).toMatchObject({ nr: 2, evaluatieNr: 4, probleem: ['a', 'b'], acties: [{ nr: 1, status: 'loopt' }] });
  });

  it("maps a Vergaderingen row both ways, with SharePoint's instants and yes/no", () => {
    const v = {
      id: 'AAMkOC-occ',
      werkgroepId: 'g1',
      seriesMasterId: 'AAMk-master',
      subject: 'Overleg',
      start: '2026-12-01T13:00:00.000Z',
      end: '2026-12-01T14:30:00.000Z',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
    };
    const fields = meetingListFields(v, true);
    expect(fields).toEqual({ Title: 'Overleg', Begin: v.start, Einde: v.end, Deelnamelink: v.joinUrl, Geannuleerd: true, EventId: v.id, SeriesMasterId: v.seriesMasterId });
    // SharePoint gives instants back without milliseconds.
    const item = listItemSchema.parse({ id: '7', '@odata.etag': '"r,3"', fields: { ...fields, Begin: '2026-12-01T13:00:00Z', Einde: '2026-12-01T14:30:00Z' } });
    expect(toMeetingListEntry(item, 'g1')).toEqual({ itemId: '7', etag: '"r,3"', vergadering: v, cancelled: true });
    const bare = listItemSchema.parse({ id: '8', fields: { Title: 'Los overleg', EventId: 'AAMk-single', Begin: '2026-12-02T08:00:00Z', Einde: '2026-12-02T09:00:00Z', Deelnamelink: '', SeriesMasterId: '' } });
    expect(toMeetingListEntry(bare, 'g1')).toEqual({
      itemId: '8',
      vergadering: { id: 'AAMk-single', werkgroepId: 'g1', subject: 'Los overleg', start: '2026-12-02T08:00:00.000Z', end: '2026-12-02T09:00:00.000Z' },
      cancelled: false,
    });
  });

  it('refuses a Vergaderingen row without event id or with a broken date', () => {
    expect(() => toMeetingListEntry(listItemSchema.parse({ id: '9', fields: { Title: 'x', Begin: '2026-12-02T08:00:00Z', Einde: '2026-12-02T09:00:00Z' } }), 'g1')).toThrow();
    expect(() => toMeetingListEntry(listItemSchema.parse({ id: '9', fields: { Title: 'x', EventId: 'e', Begin: 'morgen', Einde: '2026-12-02T09:00:00Z' } }), 'g1')).toThrow();
  });
});

describe('members', () => {
  it('leaves out mail for a user without a mailbox and skips non-users', () => {
    expect(toMember({ id: 'u1', displayName: 'Piet', mail: null })).toEqual({ id: 'u1', displayName: 'Piet' });
    expect(toMember({ id: 'd1', '@odata.type': '#microsoft.graph.device' })).toBeUndefined();
  });
});
