// The tab keeps the werkgroep's Vergaderingen list in step with the group calendar (delegated), and the
// bot (app-only) reminds from that list: against the emulator, through the tab's real data port.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, demoTenantSeed, demoUserId } from '../../dev/demo-tenant/index.ts';
import { listMeetingEntries, listMeetings, loadReminderData } from '../../src/graph/index.ts';
import type { ListIds } from '../../src/graph/index.ts';
import { createGraphTabData } from '../../src/tab/shared/data/graph-data.ts';
import type { TabData } from '../../src/tab/shared/data/tab-data.ts';
import { AppError } from '../../src/text/index.ts';
import type { MeetingListEntry } from '../../src/workgroups/index.ts';
import { startHarness, testSeed } from './support.ts';
import type { Harness } from './support.ts';

const G = 'g-leeg';
const NOW = Date.parse('2026-12-02T09:00:00Z');
const MIN = 60_000;
const firstTuesday = { index: 'first', weekday: 'tuesday', time: '14:00', durationMinutes: 90, startDate: '2026-12-01' } as const;

let h: Harness;
let clock = NOW;
let tab: TabData;
let ids: ListIds;

beforeAll(async () => {
  // Bert is the member (and owner) of the werkgroep without a series yet.
  h = await startHarness(testSeed(), 'u-bert');
  tab = createGraphTabData(h.client, { userId: 'u-bert', now: () => clock });
  await tab.prepareWerkgroep(G).catch(() => undefined);
  const site = (await h.client.api(`/groups/${G}/sites/root`).get()) as { id: string };
  const lists = (await h.client.api(`/sites/${site.id}/lists`).get()) as { value: { id: string; displayName: string }[] };
  ids = { siteId: site.id, listId: lists.value.find((l) => l.displayName === 'Vergaderingen')!.id, werkgroepId: G };
});
afterAll(async () => {
  await h?.close();
});

const rows = async (): Promise<MeetingListEntry[]> => (await listMeetingEntries(h.client, ids)).sort((a, b) => (a.vergadering.start < b.vergadering.start ? -1 : 1));
const calendar = () => listMeetings(h.client, { groupId: G }, { from: new Date(clock - 86_400_000).toISOString(), to: '2028-01-01T00:00:00Z' });
const listWrites = (since: number) =>
  h.emulator.log.slice(since).filter((e) => e.method !== 'GET' && e.path.startsWith(`/sites/`) && e.path.includes(`/lists/${ids.listId}/items`));
const listReads = (since: number) => h.emulator.log.slice(since).filter((e) => e.method === 'GET' && e.path.endsWith(`/lists/${ids.listId}/items`));
const comparable = (entries: MeetingListEntry[]) => entries.map((e) => ({ ...e.vergadering, cancelled: e.cancelled }));

describe('the tab keeps the Vergaderingen list in step', () => {
  it('creating the series writes its occurrences of the next 13 months, as the calendar has them', async () => {
    expect(await rows()).toEqual([]);
    await tab.createMeetingSeries(G, { subject: 'Overleg zonder plan', rule: firstTuesday });
    const list = await rows();
    expect(list).toHaveLength(13);
    expect(list[0]!.vergadering).toMatchObject({ start: '2026-12-01T13:00:00.000Z', end: '2026-12-01T14:30:00.000Z', subject: 'Overleg zonder plan' });
    expect(list.at(-1)!.vergadering.start).toBe('2027-12-07T13:00:00.000Z');
    expect(list.every((e) => e.vergadering.joinUrl?.startsWith('https://teams.microsoft.com/') && e.vergadering.seriesMasterId && !e.cancelled)).toBe(true);
    expect(comparable(list)).toEqual((await calendar()).map((v) => ({ ...v, cancelled: false })));
  });

  it('the bot, app-only, then finds the next meeting in the list without touching the calendar', async () => {
    const before = h.emulator.log.length;
    const data = await loadReminderData(h.appClient, [G], { from: '2026-12-01T00:00:00Z', to: '2026-12-15T00:00:00Z' });
    expect(data.meetings.map((m) => [m.subject, m.start])).toEqual([['Overleg zonder plan', '2026-12-01T13:00:00.000Z']]);
    expect(h.emulator.log.slice(before).filter((e) => /\/(calendarView|events|calendar)(\/|$)/.test(e.path))).toEqual([]);
  });

  it('changing day and time replaces the rows with the new occurrences', async () => {
    const master = (await calendar())[0]!.seriesMasterId!;
    await tab.updateMeetingSeries!(G, master, { subject: 'Overleg zonder plan', rule: { ...firstTuesday, index: 'second', weekday: 'wednesday', time: '10:00' } });
    const list = await rows();
    expect(list).toHaveLength(13);
    expect(list[0]!.vergadering.start).toBe('2026-12-09T09:00:00.000Z');
    expect(list.find((e) => e.vergadering.start.startsWith('2027-06'))!.vergadering.start).toBe('2027-06-09T08:00:00.000Z');
    expect(comparable(list)).toEqual((await calendar()).map((v) => ({ ...v, cancelled: false })));
  });

  it('moving one meeting updates its row only', async () => {
    const [, jan] = await calendar();
    const before = h.emulator.log.length;
    await tab.moveMeeting!(G, jan!, { start: '2027-01-14T13:00:00.000Z', end: '2027-01-14T14:30:00.000Z' });
    expect(listWrites(before).map((e) => e.method)).toEqual(['PATCH']);
    expect((await rows()).find((e) => e.vergadering.id === jan!.id)!.vergadering).toMatchObject({ start: '2027-01-14T13:00:00.000Z', end: '2027-01-14T14:30:00.000Z' });
  });

  it('cancelling one meeting marks its row; the bot leaves it out', async () => {
    const [dec] = await calendar();
    await tab.cancelMeeting!(G, dec!);
    expect((await calendar()).map((v) => v.id)).not.toContain(dec!.id);
    const row = (await rows()).find((e) => e.vergadering.id === dec!.id)!;
    expect(row.cancelled).toBe(true);
    const data = await loadReminderData(h.appClient, [G], { from: '2026-12-01T00:00:00Z', to: '2026-12-31T00:00:00Z' });
    expect(data.meetings).toEqual([]);
  });

  it('repairs the list when the calendar was changed elsewhere, at most every 15 minutes, and writes nothing when it is in step', async () => {
    // Someone moves a meeting in Outlook and adds an extra one: the list does not know.
    const [, feb] = await calendar();
    await h.client.api(`/groups/${G}/events/${feb!.id}`).patch({ subject: 'Overleg (verplaatst in Outlook)' });
    await h.client.api(`/groups/${G}/events`).post({
      subject: 'Extra overleg',
      start: { dateTime: '2027-03-01T09:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2027-03-01T10:00:00', timeZone: 'W. Europe Standard Time' },
    });
    clock += 20 * MIN;
    let before = h.emulator.log.length;
    await tab.listMeetings(G, { from: new Date(clock).toISOString(), to: '2027-04-01T00:00:00Z' });
    expect(listWrites(before).map((e) => e.method).sort()).toEqual(['PATCH', 'POST']);
    const active = (await rows()).filter((e) => !e.cancelled);
    expect(comparable(active)).toEqual((await calendar()).map((v) => ({ ...v, cancelled: false })));

    // Within 15 minutes: not even a read of the list.
    before = h.emulator.log.length;
    await tab.listMeetings(G, { from: '2025-11-01T00:00:00Z', to: '2028-02-01T00:00:00Z' });
    expect(listReads(before)).toEqual([]);

    // Later, in step: one read of the list, no write; a window that covers the horizon needs no second calendar read.
    clock += 16 * MIN;
    before = h.emulator.log.length;
    await tab.listMeetings(G, { from: '2025-11-01T00:00:00Z', to: '2028-02-01T00:00:00Z' });
    expect(listReads(before)).toHaveLength(1);
    expect(listWrites(before)).toEqual([]);
    expect(h.emulator.log.slice(before).filter((e) => e.path.endsWith('/calendarView'))).toHaveLength(1);
  });

  it('rides out a 429 and a row someone changed meanwhile (412)', async () => {
    const [, , mar] = await calendar();
    h.emulator.faults.add({ method: 'PATCH', path: /\/items\/[^/]+\/fields$/, status: 412, times: 1 });
    h.emulator.faults.add({ method: 'PATCH', path: /\/items\/[^/]+\/fields$/, status: 429, retryAfter: 0, times: 1 });
    await tab.moveMeeting!(G, mar!, { start: '2027-03-03T13:00:00.000Z', end: '2027-03-03T14:00:00.000Z' });
    expect((await rows()).find((e) => e.vergadering.id === mar!.id)!.vergadering.start).toBe('2027-03-03T13:00:00.000Z');
  });

  it('says so in Dutch when the calendar changed but the list could not follow', async () => {
    const fault = h.emulator.faults.add({ method: 'PATCH', path: /\/items\/[^/]+\/fields$/, status: 503, retryAfter: 0, times: Infinity });
    const [, , , apr] = await calendar();
    const error = await tab.moveMeeting!(G, apr!, { start: '2027-04-15T13:00:00.000Z', end: '2027-04-15T14:00:00.000Z' }).catch((e: unknown) => e);
    fault.remove();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('TAB.MEETING_LIST_NOT_UPDATED');
    // The calendar change stands; the next look at the meetings repairs the list.
    expect((await calendar()).find((v) => v.id === apr!.id)!.start).toBe('2027-04-15T13:00:00.000Z');
    await tab.listMeetings(G, { from: '2025-11-01T00:00:00Z', to: '2028-02-01T00:00:00Z' });
    expect((await rows()).find((e) => e.vergadering.id === apr!.id)!.vergadering.start).toBe('2027-04-15T13:00:00.000Z');
  });

  it('deleting the series removes its rows, keeping those marked cancelled', async () => {
    const master = (await calendar()).find((v) => v.seriesMasterId)!.seriesMasterId!;
    await tab.deleteMeetingSeries!(G, master);
    const left = await rows();
    expect(left.filter((e) => !e.cancelled).map((e) => e.vergadering.subject)).toEqual(['Extra overleg']);
    expect(left.filter((e) => e.cancelled)).toHaveLength(1);
  });
});

describe('the demo tenant', () => {
  const today = '2026-12-07';
  let demo: Harness;
  beforeAll(async () => {
    demo = await startHarness(demoTenantSeed({ today }), demoUserId('verhoeven'));
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('seeds the Vergaderingen lists in step with the series: showing the meetings writes nothing', async () => {
    // Each werkgroep through its own voorzitter: a user sees only the calendars of groups they are in.
    for (const [groupId, voorzitter] of [
      [DEMO_GROUP_IDS.weert, 'verhoeven'],
      [DEMO_GROUP_IDS.bergen, 'kramer'],
    ] as const) {
      const demoTab = createGraphTabData(demo.clientAs(demoUserId(voorzitter)), { userId: demoUserId(voorzitter), now: () => Date.parse(`${today}T08:00:00Z`) });
      const before = demo.emulator.log.length;
      const meetings = await demoTab.listMeetings(groupId, { from: '2026-01-01T00:00:00Z', to: '2028-06-01T00:00:00Z' });
      expect(meetings.length).toBeGreaterThan(13);
      const writes = demo.emulator.log.slice(before).filter((e) => e.method !== 'GET' && /\/lists\/[^/]+\/items/.test(e.path));
      expect(writes, groupId).toEqual([]);
    }
  });

  it('lets the bot see the next Weert meeting (first Tuesday, 14:00) from the list', async () => {
    const data = await loadReminderData(demo.appClient, [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen], { from: `${today}T07:00:00Z`, to: '2027-01-20T00:00:00Z' });
    const byStart = (x: string[], y: string[]) => (x[1]! < y[1]! ? -1 : 1);
    expect(data.meetings.map((m) => [m.werkgroepId, m.start]).sort(byStart)).toEqual([
      [DEMO_GROUP_IDS.bergen, '2026-12-10T09:00:00.000Z'],
      [DEMO_GROUP_IDS.weert, '2027-01-05T13:00:00.000Z'],
      [DEMO_GROUP_IDS.bergen, '2027-01-14T09:00:00.000Z'],
    ]);
    expect(data.problems.filter((p) => p.resource === 'Vergaderingen')).toEqual([]);
  });
});
