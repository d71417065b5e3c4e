// Contract tests: calling off meetings (/cancel), the series' end date and the agenda in an invitation,
// through src/graph against the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancellationsOf } from '../../dev/graph-emulator/routes-calendar.ts';
import { createMeetingSeries, listMeetings, setMeetingAgenda } from '../../src/graph/index.ts';
import { cancelMeeting, getSeriesEndDate } from '../../src/graph/calendar.ts';
import { startHarness, testSeed } from './support.ts';
import type { Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(testSeed());
});
afterAll(async () => {
  await h?.close();
});

const window = { from: '2026-12-01T00:00:00Z', to: '2027-06-01T00:00:00Z' };

describe('cancelMeeting', () => {
  it('calls off one occurrence with /cancel and its comment; the rest of the series stays', async () => {
    const before = await listMeetings(h.client, { groupId: 'g-weert' }, window);
    const target = before[1]!;
    const calls = h.calls('POST', /\/events\/[^/]+\/cancel$/);
    expect(await cancelMeeting(h.client, { groupId: 'g-weert', eventId: target.id }, 'Gaat niet door <b>echt</b>')).toBe('cancelled');
    expect(h.calls('POST', /\/events\/[^/]+\/cancel$/) - calls).toBe(1);
    const after = await listMeetings(h.client, { groupId: 'g-weert' }, window);
    expect(after.map((m) => m.id)).toEqual(before.filter((m) => m.id !== target.id).map((m) => m.id));
    expect(cancellationsOf(h.emulator.state).at(-1)).toMatchObject({ eventId: target.id, comment: 'Gaat niet door <b>echt</b>' });
  });

  it('is refused for an app-only token (group calendars are delegated only) and without Calendars.ReadWrite', async () => {
    const [m] = await listMeetings(h.client, { groupId: 'g-weert' }, window);
    await expect(cancelMeeting(h.appClient, { groupId: 'g-weert', eventId: m!.id }, '')).rejects.toMatchObject({ code: 'GRAPH.FORBIDDEN' });
    const res = await fetch(`${h.url.replace(/\/+$/, '')}/v1.0/groups/g-weert/events/${encodeURIComponent(m!.id)}/cancel`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${h.emulator.issueDevToken('u-anna', { scopes: ['Group.ReadWrite.All'] })}`, 'Content-Type': 'application/json' },
      body: '{}',
      // @ts-expect-error undici's dispatcher option
      dispatcher: h.dispatcher,
    });
    expect(res.status).toBe(403);
  });

  it('deletes the meeting when Exchange refuses the cancel as not the organizer (400)', async () => {
    const [m] = await listMeetings(h.client, { groupId: 'g-weert' }, window);
    const fault = h.emulator.faults.add({ method: 'POST', path: /\/cancel$/, status: 400, times: 1 });
    const deletes = h.calls('DELETE', /^\/groups\/g-weert\/events\//);
    expect(await cancelMeeting(h.client, { groupId: 'g-weert', eventId: m!.id }, '')).toBe('deleted');
    expect(fault.remaining).toBe(0);
    expect(h.calls('DELETE', /^\/groups\/g-weert\/events\//) - deletes).toBe(1);
    expect((await listMeetings(h.client, { groupId: 'g-weert' }, window)).some((x) => x.id === m!.id)).toBe(false);
  });
});

describe('a series with an end date, attendees and an agenda in one invitation', () => {
  it('stops at the end date, invites the chosen people and keeps the occurrence body escaped', async () => {
    const rule = { index: 'second' as const, weekday: 'wednesday' as const, time: '10:00', durationMinutes: 60, startDate: '2026-12-01', endDate: '2027-03-31' };
    const master = await createMeetingSeries(
      h.client,
      { groupId: 'g-weert' },
      { subject: 'Reeks met einde', rule, attendees: [{ displayName: 'Anna de Vries', mail: 'anna@weert.example' }, { displayName: 'Zonder mail' }] },
    );
    const stored = h.emulator.state.events.get(master.id)!;
    expect(stored.recurrence!.range).toMatchObject({ type: 'endDate', endDate: '2027-03-31' });
    expect(await getSeriesEndDate(h.client, { groupId: 'g-weert', seriesId: master.id })).toBe('2027-03-31');
    expect(await getSeriesEndDate(h.client, { groupId: 'g-weert', seriesId: 'ev-maand' })).toBeUndefined();
    expect(stored.attendees.map((a) => a.emailAddress.address)).toEqual(['anna@weert.example']);
    const meetings = (await listMeetings(h.client, { groupId: 'g-weert' }, window)).filter((m) => m.seriesMasterId === master.id);
    expect(meetings.map((m) => m.start.slice(0, 10))).toEqual(['2026-12-09', '2027-01-13', '2027-02-10', '2027-03-10']);

    await setMeetingAgenda(h.client, { groupId: 'g-weert', eventId: meetings[1]!.id }, { heading: 'Agenda', items: [{ titel: '<img src=x onerror=alert(1)>', toelichting: 'a & b\nregel 2' }] });
    const body = Object.values(stored.exceptions)[0]!.body!;
    expect(body.contentType).toBe('html');
    expect(body.content).toBe('<h2>Agenda</h2><ol><li>&lt;img src=x onerror=alert(1)&gt;<br>a &amp; b<br>regel 2</li></ol>');
    expect(stored.body.content).toBe('');
    // The other meetings of the series keep the series' body.
    const other = await h.client.api(`/groups/g-weert/events/${encodeURIComponent(meetings[2]!.id)}`).get();
    expect(other.body.content).toBe('');
  });
});
