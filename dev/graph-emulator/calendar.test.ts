import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageIterator } from '@microsoft/microsoft-graph-client';
import type { PageCollection } from '@microsoft/microsoft-graph-client';
import type { TenantSeed } from './index.ts';
import { expectGraphError, startHarness } from './test-support.ts';
import type { Harness } from './test-support.ts';

const G = '60000000-0000-4000-8000-000000000001';
const U = '60000000-0000-4000-8000-0000000000aa';
const seed: TenantSeed = {
  users: [{ id: U, displayName: 'Anouk Verhoeven', mail: 'anouk.verhoeven@weert.nl', userPrincipalName: 'anouk.verhoeven@weert.nl' }],
  groups: [{ id: G, displayName: 'Interactief beleid', mailNickname: 'interactiefbeleid', memberIds: [U], ownerIds: [U], team: true }],
};
const AMSTERDAM = 'outlook.timezone="W. Europe Standard Time"';

interface Ev {
  id: string;
  type: string;
  seriesMasterId: string | null;
  subject: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  onlineMeeting: { joinUrl: string } | null;
  recurrence: unknown;
}

let h: Harness;
let series: Ev;
beforeAll(async () => {
  h = await startHarness({ seed }, U);
  series = (await h
    .client(h.emulator.issueDevToken(U))
    .api(`/groups/${G}/calendar/events`)
    .header('Prefer', AMSTERDAM)
    .post({
      subject: 'Werkgroep Interactief beleid',
      body: { contentType: 'html', content: '<p>Maandelijks overleg</p>' },
      start: { dateTime: '2026-01-06T14:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2026-01-06T15:30:00', timeZone: 'W. Europe Standard Time' },
      recurrence: {
        pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'first' },
        range: { type: 'noEnd', startDate: '2026-01-06', recurrenceTimeZone: 'W. Europe Standard Time' },
      },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    })) as Ev;
});
afterAll(async () => {
  await h.close();
});

const view = (from: string, to: string, prefer = true) => {
  const req = h.client().api(`/groups/${G}/calendarView`).query({ startDateTime: from, endDateTime: to }).select('id,type,seriesMasterId,subject,start,end');
  return (prefer ? req.header('Prefer', AMSTERDAM) : req).get() as Promise<PageCollection>;
};

describe('group calendar', () => {
  it('creates a relativeMonthly series master with a Teams join link', () => {
    expect(series.type).toBe('seriesMaster');
    expect(series.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(series.start).toEqual({ dateTime: '2026-01-06T14:00:00.0000000', timeZone: 'W. Europe Standard Time' });
  });

  it('expands occurrences across the spring DST change, keeping 14:00 local', async () => {
    const local = await view('2026-02-01T00:00:00Z', '2026-05-01T00:00:00Z');
    expect(local.value.map((e: Ev) => [e.type, e.start.dateTime, e.start.timeZone])).toEqual([
      ['occurrence', '2026-02-03T14:00:00.0000000', 'W. Europe Standard Time'],
      ['occurrence', '2026-03-03T14:00:00.0000000', 'W. Europe Standard Time'],
      ['occurrence', '2026-04-07T14:00:00.0000000', 'W. Europe Standard Time'],
    ]);
    expect(local.value.every((e: Ev) => e.seriesMasterId === series.id)).toBe(true);
    const utc = await view('2026-02-01T00:00:00Z', '2026-05-01T00:00:00Z', false);
    expect(utc.value.map((e: Ev) => `${e.start.dateTime} ${e.start.timeZone}`)).toEqual([
      '2026-02-03T13:00:00.0000000 UTC',
      '2026-03-03T13:00:00.0000000 UTC',
      '2026-04-07T12:00:00.0000000 UTC',
    ]);
    const autumn = await view('2026-10-01T00:00:00Z', '2026-12-01T00:00:00Z', false);
    expect(autumn.value.map((e: Ev) => e.end.dateTime)).toEqual(['2026-10-06T13:30:00.0000000', '2026-11-03T14:30:00.0000000']);
  });

  it('pages calendarView with $skip (10 per page) and needs both window parameters', async () => {
    const client = h.client();
    const first = await view('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(first.value).toHaveLength(10);
    expect(first['@odata.nextLink']).toMatch(/\$skip=10/);
    const all: Ev[] = [];
    await new PageIterator(client, first, (e) => {
      all.push(e as Ev);
      return true;
    }, { headers: { Prefer: AMSTERDAM } }).iterate();
    expect(all).toHaveLength(12);
    expect(all.at(-1)?.start.dateTime).toBe('2026-12-01T14:00:00.0000000');
    const err = await expectGraphError(client.api(`/groups/${G}/calendarView`).get());
    expect(err.statusCode).toBe(400);
  });

  it('moves one occurrence (an exception) and cancels another; the master reads back with GET', async () => {
    const client = h.client();
    const months = await view('2026-05-01T00:00:00Z', '2026-07-01T00:00:00Z');
    const [may, june] = months.value as Ev[];
    const moved = (await client
      .api(`/groups/${G}/events/${may!.id}`)
      .header('Prefer', AMSTERDAM)
      .patch({ start: { dateTime: '2026-05-05T15:00:00', timeZone: 'W. Europe Standard Time' }, end: { dateTime: '2026-05-05T16:30:00', timeZone: 'W. Europe Standard Time' } })) as Ev;
    expect(moved.type).toBe('exception');
    await client.api(`/groups/${G}/events/${june!.id}`).delete();
    const after = await view('2026-05-01T00:00:00Z', '2026-07-01T00:00:00Z');
    expect(after.value.map((e: Ev) => [e.type, e.start.dateTime])).toEqual([['exception', '2026-05-05T15:00:00.0000000']]);
    const master = (await client.api(`/groups/${G}/events/${series.id}`).get()) as Ev;
    expect(master.recurrence).toMatchObject({ pattern: { type: 'relativeMonthly', index: 'first' } });
    const renamed = (await client.api(`/groups/${G}/events/${series.id}`).patch({ subject: 'Werkgroep IB' })) as Ev;
    expect(renamed.subject).toBe('Werkgroep IB');
    expect((await expectGraphError(client.api(`/groups/${G}/events/AAMkbestaatniet`).get())).statusCode).toBe(404);
  });

  it('creates a single meeting and deletes it', async () => {
    const client = h.client();
    const single = (await client.api(`/groups/${G}/events`).post({ subject: 'Extra overleg', start: { dateTime: '2026-03-29T01:30:00', timeZone: 'UTC' }, end: { dateTime: '2026-03-29T02:30:00', timeZone: 'UTC' } })) as Ev;
    expect(single.type).toBe('singleInstance');
    expect(single.onlineMeeting).toBeNull();
    const local = await view('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z');
    expect(local.value.map((e: Ev) => e.start.dateTime)).toEqual(['2026-03-29T03:30:00.0000000']);
    await client.api(`/groups/${G}/events/${single.id}`).delete();
    expect((await view('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).value).toEqual([]);
  });
});
