// Contract tests: the $batch helper and the reminder-cycle loader against the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batch, loadReminderData } from '../../src/graph/index.ts';
import type { LoaderCache } from '../../src/graph/index.ts';
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
    const data = await loadReminderData(h.client, ['g-weert', 'g-leeg', 'g-weg'], window, { cache, mtGroupId: 'g-mt' });
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
    const warm = await loadReminderData(h.client, ['g-weert', 'g-leeg', 'g-weg'], window, { cache, mtGroupId: 'g-mt' });
    expect(warm.stats.innerRequests).toBeLessThan(data.stats.innerRequests);
    expect(warm.actions.length).toBe(data.actions.length);
  });

  it('rides out inner 429s and a 503 without losing data', async () => {
    h.emulator.faults.add({ method: 'GET', path: '/planner/plans/{id}/tasks', status: 429, retryAfter: 0, times: 1 });
    h.emulator.faults.add({ method: 'GET', path: '/groups', status: 503, retryAfter: 0, times: 1 });
    const data = await loadReminderData(h.client, ['g-weert'], window);
    expect(data.stats.innerRetries).toBe(2);
    expect(data.actions.filter((a) => a.status === 'open').length).toBe(71);
    expect(data.werkgroepen[0]!.ledenIds).toHaveLength(4);
    expect(data.problems.filter((p) => p.code !== 'GRAPH.MALFORMED')).toEqual([]);
  });

  it('reads the full member list when the expanded one may be cut off at 20', async () => {
    const before = h.calls('GET', /^\/groups\/g-groot\/members$/);
    const data = await loadReminderData(h.client, ['g-groot', 'g-weert'], window, { includeDigestLists: false });
    expect(data.werkgroepen.find((w) => w.id === 'g-groot')!.ledenIds).toHaveLength(25);
    expect(data.werkgroepen.find((w) => w.id === 'g-weert')!.ledenIds).toHaveLength(4);
    expect(h.calls('GET', /^\/groups\/g-groot\/members$/) - before).toBe(1);
    expect(h.calls('GET', /^\/groups\/g-weert\/members$/)).toBe(0);
    expect(data.results).toEqual([]);
  });

  it('forgets a cached plan that is gone, so the next cycle looks it up again', async () => {
    const cache: LoaderCache = new Map([['g-weert', { planId: 'p-weg', siteId: 'x', lists: {} }]]);
    const data = await loadReminderData(h.client, ['g-weert'], window, { cache });
    expect(data.problems).toContainEqual({ werkgroepId: 'g-weert', resource: 'tasks', code: 'GRAPH.NOT_FOUND' });
    expect(cache.get('g-weert')!.planId).toBeUndefined();
    const again = await loadReminderData(h.client, ['g-weert'], window, { cache });
    expect(cache.get('g-weert')!.planId).toBe('p-weert');
    expect(again.actions.length).toBeGreaterThan(0);
  });

  it('reports a read that keeps failing and carries on with the rest', async () => {
    const fault = h.emulator.faults.add({ method: 'GET', path: '/groups/{id}/calendarView', status: 403, times: Infinity });
    const data = await loadReminderData(h.client, ['g-weert'], window);
    fault.remove();
    expect(data.meetings).toEqual([]);
    expect(data.actions.length).toBeGreaterThan(0);
    expect(data.problems).toContainEqual({ werkgroepId: 'g-weert', resource: 'calendarView', code: 'GRAPH.FORBIDDEN' });
  });
});
