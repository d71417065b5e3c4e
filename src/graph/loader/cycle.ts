import type { BatchResult } from '../batch.ts';
import { toBatchUrl } from '../batch.ts';
import type { GraphErrorCode } from '../errors.ts';
import { DEFAULT_LOADER_TTL, cached, fresh } from '../loader-cache.ts';
import type { Cached, LoaderCache, LoaderTtl, SlowKind } from '../loader-cache.ts';
import type { SkippedItem } from '../paging.ts';
import { pageSchema } from '../wire.ts';
import type { GroupIds } from '../loader-cache.ts';
import type { GroupState, Handled, LoadOptions, LoadProblem, LoaderStats, ReminderWindow } from './types.ts';

/** Where the cycle's reads go: the $batch queue in production, a plain function in the tests. */
export interface Reads {
  add(request: { url: string; headers?: Record<string, string> }, onResult: (result: BatchResult) => void | Promise<void>): void;
}

/** What a group's reads need to know of the cycle and of each other (the modules call on through `links`). */
export interface Cycle {
  reads: Reads;
  cache: LoaderCache;
  /** Epoch ms of the cycle; undefined: slow data is not cached. */
  now?: number;
  ttl: LoaderTtl;
  window: ReminderWindow;
  windowFrom: number;
  windowTo: number;
  completedSince: number;
  withAgenda: boolean;
  withDigest: boolean;
  groups: Map<string, GroupState>;
  phases: Map<string, number>;
  problems: LoadProblem[];
  stats: LoaderStats;
  /** Called when a group has no read left in flight. */
  onIdle: (g: GroupState) => void | Promise<void>;
  links: Links;
}

/** Calls between the modules that would otherwise import each other. */
interface Links {
  /** The list ids are known: read what needs them. */
  afterLists(g: GroupState): void;
  /** A list or site answered 404: find the lists again once; 'handled' when that is under way. */
  listsGone(g: GroupState, used: GroupIds['lists']): 'handled' | undefined;
  readAgenda(g: GroupState): void;
}

function toEpochMs(now: string | number | Date): number {
  const ms = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(ms)) throw new RangeError(`loadReminderData: invalid now ${String(now)}`);
  return ms;
}

export function newGroupState(id: string, ids: GroupIds, withDigest: boolean): GroupState {
  return { id, ids, members: [], ownerIds: [], ownersOk: false, membersOk: false, readDirectory: true, readDigest: withDigest, actions: [], pending: 0, started: false, done: false };
}

function newStats(): LoaderStats {
  return {
    httpRequests: 0,
    innerRequests: 0,
    innerRetries: 0,
    nextPages: 0,
    reads: {},
    pages: {},
    fromCache: { directory: 0, calendar: 0, agenda: 0, digest: 0, mt: 0 },
    refreshed: { directory: 0, calendar: 0, agenda: 0, digest: 0, mt: 0 },
  };
}

export function createCycle(
  reads: Reads,
  groupIds: readonly string[],
  window: ReminderWindow,
  options: LoadOptions,
  links: Links,
  onIdle: Cycle['onIdle'],
): Cycle {
  const withDigest = options.includeDigestLists !== false;
  const cache: LoaderCache = options.cache ?? new Map<string, GroupIds>();
  const unique = [...new Set(groupIds)];
  const windowFrom = Date.parse(window.from);
  return {
    reads,
    cache,
    ...(options.now === undefined ? {} : { now: toEpochMs(options.now) }),
    ttl: { ...DEFAULT_LOADER_TTL, ...options.ttl },
    window,
    windowFrom,
    windowTo: Date.parse(window.to),
    completedSince: windowFrom - (options.completedDays ?? 14) * 86_400_000,
    withAgenda: options.includeAgenda !== false,
    withDigest,
    groups: new Map(),
    phases: new Map(unique.map((id, i) => [id, (i + 0.5) / unique.length])),
    problems: [],
    stats: newStats(),
    onIdle,
    links,
  };
}

/** A cached entry that is still valid now; never when slow caching is off. */
export function valid<T>(c: Cycle, entry: unknown, check: (v: unknown) => v is T): Cached<T> | undefined {
  return c.now === undefined ? undefined : fresh(entry, check, c.now);
}

/** The entry to keep for a group's slow data; undefined when slow caching is off. */
export function store<T>(c: Cycle, kind: SlowKind, g: GroupState, value: T): Cached<T> | undefined {
  return c.now === undefined ? undefined : cached(value, c.phases.get(g.id) ?? 0, c.now, c.ttl[kind]);
}

export function fail(c: Cycle, werkgroepId: string | undefined, resource: string, result: BatchResult & { ok: false }): void {
  c.problems.push({ ...(werkgroepId ? { werkgroepId } : {}), resource, code: result.error.code as GraphErrorCode });
}

export const skipper =
  (c: Cycle) =>
  (s: SkippedItem): void =>
    void c.problems.push({ ...s, code: 'GRAPH.MALFORMED' });

/** The groups a read belongs to: a group has its data once none of its reads is in flight. */
type Owners = GroupState | readonly GroupState[] | undefined;
const ownersOf = (o: Owners): readonly GroupState[] => (o === undefined ? [] : Array.isArray(o) ? o : [o as GroupState]);

async function release(c: Cycle, owners: Owners): Promise<void> {
  for (const g of ownersOf(owners)) {
    g.pending--;
    if (g.pending === 0 && g.started && !g.done) await c.onIdle(g);
  }
}

function hold(owners: Owners): void {
  for (const g of ownersOf(owners)) g.pending++;
}

/** One read with one answer. */
export function queueOne(c: Cycle, owners: Owners, resource: string, url: string, onResult: (result: BatchResult) => void): void {
  c.stats.reads[resource] = (c.stats.reads[resource] ?? 0) + 1;
  hold(owners);
  c.reads.add({ url }, async (result) => {
    onResult(result);
    await release(c, owners);
  });
}

/** Reads a collection page by page; `onPage` gets each page's values, `onDone` the outcome. */
export function readCollection(
  c: Cycle,
  owners: Owners,
  resource: string,
  url: string,
  onPage: (values: unknown[]) => void,
  onDone?: (ok: boolean, code?: string) => Handled,
  page = 0,
): void {
  const werkgroepId = Array.isArray(owners) ? undefined : (owners as GroupState | undefined)?.id;
  const counter = page === 0 ? c.stats.reads : c.stats.pages;
  counter[resource] = (counter[resource] ?? 0) + 1;
  hold(owners);
  c.reads.add({ url }, async (result) => {
    if (!result.ok) {
      // The caller decides about problems for answers it handles (404 → look up again).
      if (onDone?.(false, result.error.code) !== 'handled') fail(c, werkgroepId, resource, result);
    } else {
      const parsed = pageSchema.safeParse(result.body);
      if (!parsed.success) {
        c.problems.push({ ...(werkgroepId ? { werkgroepId } : {}), resource, code: 'GRAPH.MALFORMED' });
        onDone?.(false);
      } else {
        onPage(parsed.data.value);
        const next = parsed.data['@odata.nextLink'];
        if (next) {
          c.stats.nextPages++;
          readCollection(c, owners, resource, toBatchUrl(next), onPage, onDone, page + 1);
        } else onDone?.(true);
      }
    }
    await release(c, owners);
  });
}
