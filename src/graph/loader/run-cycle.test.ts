// The reminder loader's cycle over a fake queue of reads: no HTTP, answers from a table of URLs.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../text/index.ts';
import type { BatchResult } from '../batch.ts';
import type { LoaderCache } from '../loader-cache.ts';
import { runCycle } from '../loader.ts';
import type { ReminderChunk } from './types.ts';

type Answer = { body: unknown } | { status: number; code: string };

/** Answers each read from `route`; counts the reads and the groups with a read in flight. */
function fakeReads(route: (url: string) => Answer) {
  const queue: { url: string; onResult: (r: BatchResult) => void | Promise<void> }[] = [];
  const urls: string[] = [];
  return {
    urls,
    queued: () => queue.length,
    add(request: { url: string }, onResult: (r: BatchResult) => void | Promise<void>) {
      queue.push({ url: request.url, onResult });
    },
    async drain() {
      for (let next = queue.shift(); next; next = queue.shift()) {
        urls.push(next.url);
        const a = route(next.url);
        await next.onResult(
          'body' in a
            ? { id: 'r', status: 200, ok: true, body: a.body, headers: {} }
            : { id: 'r', status: a.status, ok: false, error: new AppError(a.code as 'GRAPH.NOT_FOUND'), headers: {} },
        );
      }
    },
  };
}

const page = (value: unknown[]) => ({ body: { value } });
const ids = ['g1', 'g2', 'g3', 'g4', 'g5'];
const window = { from: '2026-12-01T00:00:00Z', to: '2026-12-15T00:00:00Z' };

/** A tenant of five groups, each with one member who owns it, a plan with one open task and its lists. */
function tenant(url: string): Answer {
  const path = decodeURIComponent(url);
  if (path.startsWith('/groups?')) {
    const inFilter = [...path.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    return page(inFilter.map((id) => ({ id, displayName: `Werkgroep ${id}`, owners: [{ id: `u-${id}` }], members: [{ id: `u-${id}`, displayName: `Lid ${id}` }] })));
  }
  let m = /^\/groups\/([^/]+)\/planner\/plans/.exec(path);
  if (m) return page([{ id: `plan-${m[1]}` }]);
  m = /^\/planner\/plans\/plan-([^/]+)\/tasks/.exec(path);
  if (m && m[1] === 'weg') return { status: 404, code: 'GRAPH.NOT_FOUND' };
  if (m) return page([{ id: `t-${m[1]}`, title: 'Actie', dueDateTime: '2026-12-03T10:00:00Z', assignments: { [`u-${m[1]}`]: { orderHint: ' !' } } }]);
  m = /^\/groups\/([^/]+)\/sites\/root/.exec(path);
  if (m) return { body: { id: `site-${m[1]}` } };
  m = /^\/sites\/site-([^/]+)\/lists\?/.exec(path);
  if (m) return page(['Vergaderingen', 'Agendapunten', 'Resultaten', 'Verbeterpunten'].map((n) => ({ id: `${n}-${m![1]}`, displayName: n })));
  if (/\/lists\/[^/]+\/items/.test(path)) return page([]);
  return { status: 404, code: 'GRAPH.NOT_FOUND' };
}

describe('runCycle without HTTP', () => {
  it('hands the werkgroepen over in chunks, each with its own members and actions', async () => {
    const reads = fakeReads(tenant);
    const chunks: ReminderChunk[] = [];
    await runCycle(reads, ids, window, { chunkSize: 2 }, (chunk) => void chunks.push(chunk));
    expect(chunks.map((c) => c.werkgroepen.length)).toEqual([2, 2, 1]);
    for (const c of chunks) {
      expect(c.actions.map((a) => a.werkgroepId).sort()).toEqual(c.werkgroepen.map((w) => w.id).sort());
      expect(c.members.map((m) => m.id).sort()).toEqual(c.werkgroepen.map((w) => w.voorzitterId).sort());
    }
    expect(chunks.flatMap((c) => c.werkgroepen.map((w) => w.id)).sort()).toEqual(ids);
  });

  it('reads no more werkgroepen at once than allowed, and waits for the consumer', async () => {
    let started = 0;
    let maxOpen = 0;
    let handedOver = 0;
    const reads = fakeReads((url) => {
      if (url.includes('/planner/plans?')) started++;
      maxOpen = Math.max(maxOpen, started - handedOver);
      return tenant(url);
    });
    await runCycle(reads, ids, window, { chunkSize: 1, groupsInFlight: 2 }, async (chunk) => {
      await new Promise((r) => setTimeout(r, 1));
      handedOver += chunk.werkgroepen.length;
    });
    expect(started).toBe(5);
    expect(maxOpen).toBeLessThanOrEqual(2);
  });

  it('looks a plan that answers 404 up again once, and keeps ids in the cache', async () => {
    const cache: LoaderCache = new Map([['g1', { planId: 'plan-weg' }]]);
    const reads = fakeReads(tenant);
    const chunks: ReminderChunk[] = [];
    await runCycle(reads, ['g1'], window, { cache }, (chunk) => void chunks.push(chunk));
    expect(reads.urls.filter((u) => u.includes('/planner/'))).toEqual([
      '/planner/plans/plan-weg/tasks?$select=id,planId,bucketId,title,percentComplete,dueDateTime,completedDateTime,assignments',
      '/groups/g1/planner/plans?$select=id',
      '/planner/plans/plan-g1/tasks?$select=id,planId,bucketId,title,percentComplete,dueDateTime,completedDateTime,assignments',
    ]);
    expect(chunks[0]!.actions.map((a) => a.id)).toEqual(['t-g1']);
    expect(cache.get('g1')).toMatchObject({ planId: 'plan-g1', siteId: 'site-g1', lists: { Vergaderingen: 'Vergaderingen-g1' } });
  });

  it('with the time passed in, a second cycle reads only the tasks', async () => {
    const cache: LoaderCache = new Map();
    const now = Date.parse('2026-12-01T08:00:00Z');
    await runCycle(fakeReads(tenant), ids, window, { cache, now }, () => undefined);
    const reads = fakeReads(tenant);
    const chunks: ReminderChunk[] = [];
    await runCycle(reads, ids, window, { cache, now: now + 60_000 }, (chunk) => void chunks.push(chunk));
    expect(reads.urls.every((u) => u.startsWith('/planner/plans/'))).toBe(true);
    expect(reads.urls).toHaveLength(5);
    expect(chunks.flatMap((c) => c.werkgroepen)).toHaveLength(5);
  });

  it('hands over one chunk with the problems when no werkgroep could be read', async () => {
    const chunks: ReminderChunk[] = [];
    await runCycle(fakeReads(() => ({ status: 503, code: 'GRAPH.UNAVAILABLE' })), ['g1'], window, { mtGroupId: 'mt' }, (c) => void chunks.push(c));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.werkgroepen).toEqual([]);
    expect(chunks[0]!.problems.map((p) => p.resource)).toContain('mt');
  });

  it('reads the agenda of a werkgroep that meets in the window, and falls back on the cached meetings when the list fails', async () => {
    const meetingItem = { id: 'i1', fields: { EventId: 'ev1', Title: 'Overleg', Begin: '2026-12-03T13:00:00Z', Einde: '2026-12-03T14:00:00Z' } };
    const agendaItem = { id: 'a1', fields: { Title: 'Punt', VergaderingId: 'ev1', Volgorde: 1 } };
    let listFails = false;
    const route = (url: string): Answer => {
      if (url.includes('/lists/Vergaderingen-g1/items')) return listFails ? { status: 503, code: 'GRAPH.UNAVAILABLE' } : page([meetingItem]);
      if (url.includes('/lists/Agendapunten-g1/items')) return page([agendaItem]);
      return tenant(url);
    };
    const cache: LoaderCache = new Map();
    const now = Date.parse('2026-12-01T08:00:00Z');
    const first: ReminderChunk[] = [];
    await runCycle(fakeReads(route), ['g1'], window, { cache, now }, (c) => void first.push(c));
    expect(first[0]!.meetings.map((m) => m.id)).toEqual(['ev1']);
    expect(first[0]!.agenda.map((a) => a.titel)).toEqual(['Punt']);
    // Two hours on, the meetings copy has expired and the list does not answer: the old copy still serves.
    listFails = true;
    const later: ReminderChunk[] = [];
    await runCycle(fakeReads(route), ['g1'], { ...window, from: '2026-12-01T10:00:00Z' }, { cache, now: now + 2 * 3_600_000 }, (c) => void later.push(c));
    expect(later[0]!.meetings.map((m) => m.id)).toEqual(['ev1']);
    expect(later[0]!.problems).toContainEqual({ werkgroepId: 'g1', resource: 'Vergaderingen', code: 'GRAPH.UNAVAILABLE', stale: true });
  });
});
