// Contract tests: the $batch helper and the reminder-cycle loader against the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceHealthOf } from '../../bot/scheduler/index.ts';
import { seedLargeTenant } from '../../dev/demo-tenant/index.ts';
import { DEFAULT_LOADER_TTL, batch, completeAction, loadReminderData, meetingListHorizon, syncMeetingList } from '../../src/graph/index.ts';
import type { LoadOptions, LoaderCache } from '../../src/graph/index.ts';
import { startHarness, testSeed } from './support.ts';
import type { Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(testSeed());
});
afterAll(async () => {
  await h?.close();
});

const batches = () => h.calls('POST', /^\/\$batch$/);

describe('batch', () => {
  it('sends 45 requests in 3 calls and answers in the order asked', async () => {
    const before = batches();
    const ids = ['u-anna', 'u-bert', 'u-cor'];
    const requests = Array.from({ length: 45 }, (_, i) => ({ id: `q${i}`, url: `/users/${ids[i % 3]}?$select=id` }));
    const results = await batch<{ id: string }>(h.client, requests);
    expect(batches() - before).toBe(3);
    expect(results.map((r) => (r.ok ? r.body.id : r.status))).toEqual(requests.map((_, i) => ids[i % 3]));
  });

  it('re-sends an inner 429 once after its Retry-After', async () => {
    const before = { batches: batches(), marc: h.calls('GET', /^\/users\/u-marc$/) };
    h.emulator.faults.add({ method: 'GET', path: /^\/users\/u-marc$/, status: 429, retryAfter: 0, times: 1 });
    const results = await batch(h.client, [
      { id: 'a', url: '/users/u-anna?$select=id' },
      { id: 'm', url: '/users/u-marc?$select=id' },
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(batches() - before.batches).toBe(2);
    expect(h.calls('GET', /^\/users\/u-marc$/) - before.marc).toBe(2);
  });

  it('gives up after the retry cap with GRAPH.THROTTLED', async () => {
    const fault = h.emulator.faults.add({ method: 'GET', path: /^\/users\/u-bert$/, status: 429, retryAfter: 0, times: Infinity });
    const [result] = await batch(h.client, [{ id: 'b', url: '/users/u-bert' }], { maxRetries: 1 });
    fault.remove();
    expect(result).toMatchObject({ ok: false, status: 429, error: { code: 'GRAPH.THROTTLED' } });
  });

  it('maps a 424 to the error of the request it depended on', async () => {
    const results = await batch(h.client, [
      { id: '1', url: '/users/u-weg' },
      { id: '2', url: '/users/u-anna', dependsOn: ['1'] },
    ]);
    expect(results[0]).toMatchObject({ ok: false, status: 404, error: { code: 'GRAPH.NOT_FOUND' } });
    expect(results[1]).toMatchObject({ ok: false, status: 424, error: { code: 'GRAPH.NOT_FOUND' } });
  });

  it('re-sends a throttled request together with the requests that depend on it', async () => {
    h.emulator.faults.add({ method: 'GET', path: /^\/users\/u-cor$/, status: 429, retryAfter: 0, times: 1 });
    const results = await batch(h.client, [
      { id: 'x', url: '/users/u-cor?$select=id' },
      { id: 'y', url: '/users/u-anna?$select=id', dependsOn: ['x'] },
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
  });

  it('lets the client retry a throttled $batch call as a whole', async () => {
    const before = batches();
    h.emulator.faults.add({ method: 'POST', path: '/$batch', status: 503, retryAfter: 0, times: 1 });
    const [result] = await batch(h.client, [{ id: 'a', url: '/users/u-anna?$select=id' }]);
    expect(result!.ok).toBe(true);
    expect(batches() - before).toBe(2);
  });
});

describe('loadReminderData', () => {
  const window = { from: '2026-11-30T00:00:00Z', to: '2026-12-31T00:00:00Z' };

  it('reads members, owners, tasks, meetings, agenda and lists for all groups through $batch only', async () => {
    const cache: LoaderCache = new Map();
    const before = h.emulator.log.length;
    const data = await loadReminderData(h.appClient, ['g-weert', 'g-leeg', 'g-weg'], window, { cache, mtGroupId: 'g-mt' });
    const outer = h.emulator.log.slice(before).filter((e) => !e.batchedFrom);
    expect(new Set(outer.map((e) => e.path))).toEqual(new Set(['/$batch']));
    expect(outer.length).toBe(data.stats.httpRequests);

    const weert = data.werkgroepen.find((w) => w.id === 'g-weert')!;
    expect(weert).toMatchObject({ naam: 'Interactief beleid', voorzitterId: 'u-anna', planId: 'p-weert', mtLidIds: ['u-marc'] });
    expect(weert.ledenIds.sort()).toEqual(['u-anna', 'u-bert', 'u-cor', 'u-marc']);
    expect(data.werkgroepen.find((w) => w.id === 'g-leeg')).toMatchObject({ voorzitterId: 'u-bert' });
    expect(data.members.find((m) => m.id === 'u-cor')).toEqual({ id: 'u-cor', displayName: 'Cor zonder mail' });
    expect(data.mtLidIds).toEqual(['u-marc']);

    // Open tasks and recently completed ones; the 2nd page of tasks was followed.
    expect(data.actions.filter((a) => a.status === 'open').length).toBe(71);
    expect(data.actions.find((a) => a.id === 't-klaar')).toBeDefined();
    expect(data.meetings.map((m) => m.start)).toEqual(['2026-12-01T13:00:00.000Z']);
    expect(data.agenda.map((a) => a.titel)).toEqual(['Opening']);
    expect(data.results.map((r) => r.nr)).toEqual([1]);

    expect(data.problems).toEqual(
      expect.arrayContaining([
        { werkgroepId: 'g-leeg', resource: 'plans', code: 'GRAPH.NO_PLAN' },
        expect.objectContaining({ werkgroepId: 'g-weert', resource: 'Resultaten', code: 'GRAPH.MALFORMED' }),
        expect.objectContaining({ werkgroepId: 'g-weg', code: 'GRAPH.NOT_FOUND' }),
      ]),
    );
    expect(cache.get('g-weert')).toMatchObject({ planId: 'p-weert', siteId: expect.any(String), lists: { Resultaten: 'l-res', Agendapunten: 'l-ag' } });

    // The next cycle skips the lookups of plan, site and lists.
    const warm = await loadReminderData(h.appClient, ['g-weert', 'g-leeg', 'g-weg'], window, { cache, mtGroupId: 'g-mt' });
    expect(warm.stats.innerRequests).toBeLessThan(data.stats.innerRequests);
    expect(warm.actions.length).toBe(data.actions.length);
  });

  it('rides out inner 429s and a 503 without losing data', async () => {
    h.emulator.faults.add({ method: 'GET', path: '/planner/plans/{id}/tasks', status: 429, retryAfter: 0, times: 1 });
    h.emulator.faults.add({ method: 'GET', path: '/groups', status: 503, retryAfter: 0, times: 1 });
    const data = await loadReminderData(h.appClient, ['g-weert'], window);
    expect(data.stats.innerRetries).toBe(2);
    expect(data.actions.filter((a) => a.status === 'open').length).toBe(71);
    expect(data.werkgroepen[0]!.ledenIds).toHaveLength(4);
    expect(data.problems.filter((p) => p.code !== 'GRAPH.MALFORMED')).toEqual([]);
  });

  it('reads the full member list when the expanded one may be cut off at 20', async () => {
    const before = h.calls('GET', /^\/groups\/g-groot\/members$/);
    const data = await loadReminderData(h.appClient, ['g-groot', 'g-weert'], window, { includeDigestLists: false });
    expect(data.werkgroepen.find((w) => w.id === 'g-groot')!.ledenIds).toHaveLength(25);
    expect(data.werkgroepen.find((w) => w.id === 'g-weert')!.ledenIds).toHaveLength(4);
    expect(h.calls('GET', /^\/groups\/g-groot\/members$/) - before).toBe(1);
    expect(h.calls('GET', /^\/groups\/g-weert\/members$/)).toBe(0);
    expect(data.results).toEqual([]);
  });

  it('looks a cached plan that is gone up again in the same cycle', async () => {
    const cache: LoaderCache = new Map([['g-weert', { planId: 'p-weg', siteId: 'x', lists: {} }]]);
    const before = h.calls('GET', /^\/groups\/g-weert\/planner\/plans$/);
    const data = await loadReminderData(h.appClient, ['g-weert'], window, { cache });
    expect(h.calls('GET', /^\/groups\/g-weert\/planner\/plans$/) - before).toBe(1);
    expect(cache.get('g-weert')!.planId).toBe('p-weert');
    expect(data.actions.filter((a) => a.status === 'open').length).toBe(71);
    expect(data.problems.filter((p) => p.resource === 'tasks')).toEqual([]);
  });

  it('reports a read that keeps failing and carries on with the rest', async () => {
    const fault = h.emulator.faults.add({ method: 'GET', path: /\/lists\/l-verg\/items$/, status: 403, times: Infinity });
    const data = await loadReminderData(h.appClient, ['g-weert'], window);
    fault.remove();
    expect(data.meetings).toEqual([]);
    expect(data.actions.length).toBeGreaterThan(0);
    expect(data.problems).toContainEqual({ werkgroepId: 'g-weert', resource: 'Vergaderingen', code: 'GRAPH.FORBIDDEN' });
  });
});

describe('loadReminderData with an app-only token (the bot)', () => {
  const window = { from: '2026-11-30T00:00:00Z', to: '2026-12-31T00:00:00Z' };
  // Application access to a group calendar is not supported (GRAPH-CONTRACT.md §2): the bot must not depend on it.
  const calendarCalls = (since: number) =>
    h.emulator.log.slice(since).filter((e) => /^\/groups\/[^/]+\/(calendar\/)?(calendarView|events)(\/|$)/.test(e.path) || /^\/groups\/[^/]+\/calendar\//.test(e.path));

  it('finds the next meeting in the Vergaderingen list and never asks a group calendar', async () => {
    const before = h.emulator.log.length;
    const data = await loadReminderData(h.appClient, ['g-weert', 'g-leeg'], window, { mtGroupId: 'g-mt' });
    expect(calendarCalls(before)).toEqual([]);
    expect(data.meetings).toEqual([
      {
        id: expect.stringMatching(/^AAMk/),
        werkgroepId: 'g-weert',
        seriesMasterId: 'ev-maand',
        subject: 'Werkgroep interactief beleid',
        start: '2026-12-01T13:00:00.000Z',
        end: '2026-12-01T14:30:00.000Z',
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/weert',
      },
    ]);
    expect(data.agenda.map((a) => a.titel)).toEqual(['Opening']);
    expect(data.stats.reads.Vergaderingen).toBe(1);
    // A werkgroep whose tab has not made the list yet: no meetings, and the cycle says why.
    expect(data.problems).toContainEqual({ werkgroepId: 'g-leeg', resource: 'Vergaderingen', code: 'GRAPH.NO_MEETING_LIST' });
    // That is about the data, not a failed read: the bot's health check still sees Graph answering for both.
    expect(sourceHealthOf(['g-weert', 'g-leeg'], data)).toMatchObject({ groupsFailed: 0, resourcesFailed: 0 });
  });

  it('skips a meeting the list marks as cancelled', async () => {
    const site = (await h.client.api('/groups/g-weert/sites/root').get()) as { id: string };
    const rows = (await h.client.api(`/sites/${site.id}/lists/l-verg/items`).expand('fields').get()) as { value: { id: string; fields: { Begin: string } }[] };
    const dec = rows.value.find((r) => r.fields.Begin.startsWith('2026-12-01'))!;
    await h.client.api(`/sites/${site.id}/lists/l-verg/items/${dec.id}/fields`).patch({ Geannuleerd: true });
    try {
      const data = await loadReminderData(h.appClient, ['g-weert'], window);
      expect(data.meetings).toEqual([]);
      expect(data.agenda).toEqual([]);
    } finally {
      await h.client.api(`/sites/${site.id}/lists/l-verg/items/${dec.id}/fields`).patch({ Geannuleerd: false });
    }
  });
});

describe('loadReminderData with a cache over time (now)', () => {
  // 60 werkgroepen: exactly three $batch calls of Planner task reads; two plans need next pages.
  const GROUPS = 60;
  const seed = seedLargeTenant({ groups: GROUPS, tasksPerGroup: 20, today: '2026-12-01' });
  const [big, bigger] = seed.plans!;
  const extra = (planId: string, n: number, tag: string) =>
    Array.from({ length: n }, (_, i) => ({ id: `T${tag}${String(i).padStart(26, '0')}`.slice(0, 28), planId, title: `Extra ${i}`, dueDateTime: '2026-12-10T11:00:00Z' }));
  seed.tasks!.push(...extra(big!.id, 130, 'a'), ...extra(bigger!.id, 250, 'b'));
  const ids = seed.groups.map((g) => g.id);
  const meetingLists = new RegExp(`/lists/(${seed.sites!.map((s) => s.lists!.find((l) => l.displayName === 'Vergaderingen')!.id).join('|')})/items$`);
  const T0 = Date.parse('2026-12-01T07:00:00Z');
  const at = (ms: number) => ({ from: new Date(ms).toISOString(), to: new Date(ms + 14 * 86_400_000).toISOString() });
  const MIN = 60_000;
  let big60: Harness;
  beforeAll(async () => {
    big60 = await startHarness(seed);
  });
  afterAll(async () => {
    await big60?.close();
  });
  // The loader is the bot's: app-only, over every werkgroep (a signed-in user would reach only their own groups).
  const cycle = (cache: LoaderCache, now: number, options: LoadOptions = {}) => loadReminderData(big60.appClient, ids, at(now), { cache, now, ...options });
  const outerBatches = () => big60.emulator.log.filter((e) => !e.batchedFrom && e.path === '/$batch').length;

  it('reads everything once, then only the Planner tasks: ceil(60/20) task batches plus paging', async () => {
    const cache: LoaderCache = new Map();
    const cold = await cycle(cache, T0);
    expect(cold.werkgroepen).toHaveLength(GROUPS);
    expect(cold.meetings).toHaveLength(GROUPS);

    big60.emulator.resetCounters();
    const steady = await cycle(cache, T0 + 20_000);
    const taskPages = steady.stats.pages.tasks ?? 0;
    expect(taskPages).toBe(1 + 2);
    // Only task reads went out: one per plan plus the next pages, nothing else.
    expect(big60.emulator.counters['GET /planner/plans/{id}/tasks']).toBe(GROUPS + taskPages);
    expect(steady.stats.innerRequests).toBe(GROUPS + taskPages);
    expect(big60.emulator.httpRequestCount()).toBe(steady.stats.httpRequests);
    expect(steady.stats.httpRequests).toBeGreaterThanOrEqual(Math.ceil(GROUPS / 20));
    expect(steady.stats.httpRequests).toBeLessThanOrEqual(Math.ceil(GROUPS / 20) + taskPages);
    expect(steady.stats.refreshed).toEqual({ directory: 0, calendar: 0, agenda: 0, digest: 0, mt: 0 });
    // ...and the cycle still has everything the reminders need.
    expect(steady.werkgroepen).toEqual(cold.werkgroepen);
    expect(steady.meetings).toEqual(cold.meetings);
    expect(steady.agenda).toEqual(cold.agenda);
    expect(steady.actions).toHaveLength(cold.actions.length);
  });

  it('spreads the slow data over the cycles: each 5-minute cycle re-reads 1/12 of the calendars, every one within the hour', async () => {
    const cache: LoaderCache = new Map();
    const hourly: LoadOptions = { ttl: { calendar: 60 * MIN } };
    await cycle(cache, T0, hourly);
    const refreshed: number[] = [];
    let batchesWithSlice = 0;
    for (let i = 1; i <= 12; i++) {
      const before = outerBatches();
      const data = await cycle(cache, T0 + i * 5 * MIN, hourly);
      refreshed.push(data.stats.refreshed.calendar);
      batchesWithSlice = Math.max(batchesWithSlice, outerBatches() - before - (data.stats.pages.tasks ?? 0));
      expect(data.meetings.length).toBeGreaterThan(0);
    }
    expect(refreshed).toEqual(Array(12).fill(GROUPS / 12));
    for (const id of ids) expect(cache.get(id)!.calendar!.readAt).toBeGreaterThan(T0);
    // A slice of 5 calendars and their agenda fits in one more batch.
    expect(batchesWithSlice).toBeLessThanOrEqual(Math.ceil(GROUPS / 20) + 1);
  });

  it('sees a task completed elsewhere in the very next cycle', async () => {
    const cache: LoaderCache = new Map();
    const cold = await cycle(cache, T0);
    const open = cold.actions.find((a) => a.status === 'open' && a.werkgroepId === ids[5])!;
    // Completed by the trekker, a member of that werkgroep.
    const trekker = Object.keys(big60.emulator.state.tasks.get(open.id)!.assignments)[0]!;
    await completeAction(big60.clientAs(trekker), { werkgroepId: open.werkgroepId }, { base: open });
    const next = await cycle(cache, T0 + MIN);
    expect(next.actions.find((a) => a.id === open.id)).toMatchObject({ status: 'klaar' });
  });

  it('sees a new meeting the tab put in the list once the meetings TTL has passed, not before', async () => {
    const cache: LoaderCache = new Map();
    await cycle(cache, T0);
    const groupId = ids[7]!;
    const expiresAt = cache.get(groupId)!.calendar!.expiresAt;
    expect(expiresAt - T0).toBeLessThanOrEqual(DEFAULT_LOADER_TTL.calendar);
    // The tab (delegated, signed in as the werkgroep's owner) adds a meeting to the calendar and mirrors it into the list.
    const tab = big60.clientAs(seed.groups.find((g) => g.id === groupId)!.ownerIds[0]!);
    await tab.api(`/groups/${groupId}/events`).post({
      subject: 'Extra overleg',
      start: { dateTime: '2026-12-03T09:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2026-12-03T10:00:00', timeZone: 'W. Europe Standard Time' },
    });
    const entry = cache.get(groupId)!;
    const synced = await syncMeetingList(tab, { siteId: entry.siteId!, listId: entry.lists!.Vergaderingen!, werkgroepId: groupId }, meetingListHorizon(T0));
    expect(synced).toEqual({ created: 1, updated: 0, removed: 0 });
    const before = await cycle(cache, expiresAt - 1);
    expect(before.meetings.filter((m) => m.werkgroepId === groupId).map((m) => m.subject)).not.toContain('Extra overleg');
    const after = await cycle(cache, expiresAt);
    expect(after.meetings.filter((m) => m.werkgroepId === groupId).map((m) => m.subject)).toContain('Extra overleg');
    expect(after.stats.refreshed.calendar).toBeLessThan(GROUPS / 10);
  });

  it('re-reads everything a group lacks when its entries are malformed, without failing the cycle', async () => {
    const cache: LoaderCache = new Map();
    const cold = await cycle(cache, T0);
    const [a, b, c] = ids;
    const garbage = {
      planId: 42,
      siteId: {},
      lists: 'x',
      directory: { value: null, readAt: 'gisteren', expiresAt: Infinity },
      calendar: { value: { from: 'x', to: 'y', meetings: 'geen' }, readAt: 0, expiresAt: T0 + 3_600_000 },
      agenda: 42,
      digest: { value: { results: [{ id: 1 }], verbeterpunten: [] }, readAt: T0, expiresAt: T0 + 3_600_000 },
    } as unknown as NonNullable<ReturnType<LoaderCache['get']>>;
    cache.set(a!, garbage);
    cache.set(b!, null as unknown as NonNullable<ReturnType<LoaderCache['get']>>);
    cache.set(c!, { ...cache.get(c!)!, directory: { value: { naam: 'Oud', ownerIds: [], members: [{ id: 7 }] }, readAt: T0, expiresAt: T0 + 10 * MIN } } as never);
    const data = await cycle(cache, T0 + MIN);
    for (const id of [a!, b!, c!]) {
      expect(data.werkgroepen.find((w) => w.id === id)).toEqual(cold.werkgroepen.find((w) => w.id === id));
      expect(data.meetings.filter((m) => m.werkgroepId === id)).toEqual(cold.meetings.filter((m) => m.werkgroepId === id));
      expect(data.actions.filter((x) => x.werkgroepId === id)).toHaveLength(cold.actions.filter((x) => x.werkgroepId === id).length);
    }
    expect(data.problems.filter((p) => p.code !== 'GRAPH.MALFORMED')).toEqual([]);
    expect(cache.get(a!)!.planId).toBe(cold.werkgroepen.find((w) => w.id === a)!.planId);
  });

  it('re-finds a cached list id that answers 404 within the same cycle', async () => {
    const cache: LoaderCache = new Map();
    const cold = await cycle(cache, T0);
    const groupId = ids[3]!;
    const entry = cache.get(groupId)!;
    const realLists = { ...entry.lists };
    // The lists were re-created (new ids); the cached agenda and digest lists are gone with them.
    cache.set(groupId, { ...entry, lists: { ...realLists, Agendapunten: 'l-weg', Resultaten: 'l-weg-2' }, agenda: undefined, digest: undefined });
    const gone = () => big60.emulator.log.filter((e) => e.status === 404 && /\/lists\/l-weg/.test(e.path)).length;
    const before = gone();
    const data = await cycle(cache, T0 + 10_000);
    expect(gone() - before).toBe(2);
    expect(cache.get(groupId)!.lists).toEqual(realLists);
    expect(data.agenda.filter((x) => x.werkgroepId === groupId)).toEqual(cold.agenda.filter((x) => x.werkgroepId === groupId));
    expect(data.problems.filter((p) => p.werkgroepId === groupId)).toEqual([]);
  });

  it('uses the expired copy when a refresh fails, says so, and reads again next cycle', async () => {
    const cache: LoaderCache = new Map();
    const cold = await cycle(cache, T0);
    const fault = big60.emulator.faults.add({ method: 'GET', path: meetingLists, status: 403, times: Infinity });
    const late = T0 + 2 * 3_600_000;
    const data = await cycle(cache, late, { ttl: { directory: 24 * 3_600_000, agenda: 24 * 3_600_000 } });
    fault.remove();
    expect(data.meetings.map((m) => m.id).sort()).toEqual(cold.meetings.map((m) => m.id).sort());
    expect(data.problems.filter((p) => p.resource === 'Vergaderingen')).toHaveLength(GROUPS);
    expect(data.problems.every((p) => p.resource !== 'Vergaderingen' || p.stale)).toBe(true);
    const next = await cycle(cache, late + MIN);
    expect(next.stats.refreshed.calendar).toBe(GROUPS);
    expect(next.problems).toEqual([]);
  });
});
