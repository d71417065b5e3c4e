import type { Member } from '../workgroups/index.ts';
import { BatchQueue } from './batch.ts';
import type { GraphClient } from './client.ts';
import { sanitizeIds } from './loader-cache.ts';
import { assemble, settleGroup } from './loader/assemble.ts';
import { createCycle, newGroupState, store } from './loader/cycle.ts';
import type { Reads } from './loader/cycle.ts';
import { IDS_PER_FILTER, readDirectoryChunk, readMtMembers, useCachedDirectory } from './loader/directory.ts';
import { listsGone, readDigest, readLists } from './loader/lists.ts';
import { readAgenda, readCalendar } from './loader/meetings.ts';
import { readPlanner } from './loader/planner.ts';
import type { GroupState, LoadOptions, LoaderStats, ReminderChunk, ReminderData, ReminderWindow } from './loader/types.ts';

export { DEFAULT_LOADER_TTL } from './loader-cache.ts';
export type { LoaderCache } from './loader-cache.ts';
export type { LoadOptions, LoadProblem, LoaderStats, ReminderChunk, ReminderData, ReminderWindow } from './loader/types.ts';

/**
 * Reads everything the reminder cycle needs for many werkgroepen in as few HTTP calls as possible:
 * every read goes through $batch (20 per call, different resources and groups mixed so batches stay
 * full), `$select` names only the fields we map, and next pages are batched too. Plan, site and list
 * ids are cached until a 404; with `now`, the slow data is cached with a TTL (see loader-cache.ts), so a
 * steady-state cycle reads the Planner tasks of every group plus a small, evenly spread slice of the rest.
 * Malformed items and failed reads are reported in `problems`; they never stop the cycle. When a refresh
 * fails, the expired cached copy is used (reported with `stale: true`).
 *
 * Streaming: at most `groupsInFlight` werkgroepen are being read at once, and `onChunk` gets the data of
 * `chunkSize` werkgroepen as soon as they are read (each chunk carries the MT-leden and the problems
 * found so far), so a cycle never holds the pages, tasks and reminders of the whole tenant at once.
 * The next chunk waits until `onChunk` has finished with the previous one.
 */
export async function streamReminderData(
  client: GraphClient,
  groupIds: readonly string[],
  window: ReminderWindow,
  options: LoadOptions,
  onChunk: (chunk: ReminderChunk) => void | Promise<void>,
): Promise<LoaderStats> {
  const queue = new BatchQueue(client, options);
  const stats = await runCycle(queue, groupIds, window, options, onChunk);
  return { ...stats, ...queue.stats };
}

/** The cycle over any queue of reads (the $batch queue, or a fake one in the tests). */
export async function runCycle(
  reads: Reads & { drain(): Promise<void> },
  groupIds: readonly string[],
  window: ReminderWindow,
  options: LoadOptions,
  onChunk: (chunk: ReminderChunk) => void | Promise<void>,
): Promise<LoaderStats> {
  const chunkSize = Math.max(1, options.chunkSize ?? 100);
  const inFlight = Math.max(1, options.groupsInFlight ?? 200);
  const order = [...new Set(groupIds)];
  let mtMembers: Member[] | undefined = options.mtGroupId ? undefined : [];
  const ready: GroupState[] = [];
  let next = 0;
  let active = 0;
  let emitted = 0;
  let emitting: Promise<void> = Promise.resolve();

  const c = createCycle(
    reads,
    order,
    window,
    options,
    {
      afterLists: (g) => {
        readCalendar(c, g);
        readDigest(c, g);
        readAgenda(c, g);
      },
      listsGone: (g, used) => listsGone(c, g, used),
      readAgenda: (g) => readAgenda(c, g),
    },
    (g) => finish(g),
  );
  const { cache } = c;
  const assembleOptions = { windowFrom: c.windowFrom, windowTo: c.windowTo, withAgenda: c.withAgenda, withDigest: c.withDigest };

  /** Hands out full chunks (all that is left with `last`) once the MT-leden are known, one at a time. */
  const emit = async (last: boolean) => {
    while (mtMembers && (ready.length >= chunkSize || (last && (ready.length > 0 || c.problems.length > 0 || emitted === 0)))) {
      const groups = ready.splice(0, chunkSize);
      const chunk = assemble(groups, mtMembers, assembleOptions, c.problems.splice(0));
      // What the chunk carries is the consumer's now; the cycle keeps only the cache entry.
      for (const g of groups) c.groups.delete(g.id);
      emitted++;
      emitting = emitting.then(() => onChunk(chunk));
      await emitting;
    }
  };

  /** A group with no read left in flight: settle it, start the next, and pass on a full chunk. */
  const finish = async (first: GroupState) => {
    const idle = [first];
    for (let g = idle.pop(); g; g = idle.pop()) {
      g.done = true;
      active--;
      settleGroup(g, c.withDigest, (value) => store(c, 'directory', g!, value), c.problems);
      const previous = cache.get(g.id);
      cache.set(g.id, previous?.mtMembers ? { ...g.ids, mtMembers: previous.mtMembers } : g.ids);
      ready.push(g);
      idle.push(...feed());
    }
    await emit(false);
  };

  /** Starts groups up to the bound; returns those that had nothing to read. */
  const feed = (): GroupState[] => {
    const idle: GroupState[] = [];
    while (active < inFlight && next < order.length) {
      const g = c.groups.get(order[next++]!)!;
      active++;
      g.started = true;
      readPlanner(c, g);
      readLists(c, g);
      if (g.pending === 0) idle.push(g);
    }
    return idle;
  };

  // Decide per group what the cache still answers.
  const directoryReads: GroupState[] = [];
  for (const id of order) {
    const g = newGroupState(id, sanitizeIds(cache.get(id)), c.withDigest);
    c.groups.set(id, g);
    if (useCachedDirectory(c, g)) directoryReads.push(g);
  }
  // Slow data first, so answers that lead to follow-ups (agenda, lists) come back while tasks still fill batches.
  for (let i = 0; i < directoryReads.length; i += IDS_PER_FILTER) readDirectoryChunk(c, directoryReads.slice(i, i + IDS_PER_FILTER));
  if (options.mtGroupId) {
    readMtMembers(c, options.mtGroupId, (members) => {
      mtMembers = members;
    });
  }
  // Meetings whose list ids are known go out now; the others once their lists are found.
  for (const g of c.groups.values()) readCalendar(c, g);
  for (const g of feed()) await finish(g);
  await reads.drain();
  await emit(true);
  await emitting;
  return c.stats;
}

/** The whole cycle's data at once; see `streamReminderData` to take it per chunk of werkgroepen. */
export async function loadReminderData(client: GraphClient, groupIds: readonly string[], window: ReminderWindow, options: LoadOptions = {}): Promise<ReminderData> {
  const data: ReminderChunk = { werkgroepen: [], members: [], actions: [], meetings: [], agenda: [], results: [], verbeterpunten: [], mtLidIds: [], problems: [] };
  const members = new Map<string, Member>();
  const stats = await streamReminderData(client, groupIds, window, options, (chunk) => {
    data.werkgroepen.push(...chunk.werkgroepen);
    for (const m of chunk.members) if (!members.has(m.id)) members.set(m.id, m);
    data.actions.push(...chunk.actions);
    data.meetings.push(...chunk.meetings);
    data.agenda.push(...chunk.agenda);
    data.results.push(...chunk.results);
    data.verbeterpunten.push(...chunk.verbeterpunten);
    data.problems.push(...chunk.problems);
    data.mtLidIds = chunk.mtLidIds;
  });
  // In the order asked, whichever group was read first.
  const place = new Map(groupIds.map((id, i) => [id, i]));
  const byPlace = (a: { werkgroepId: string }, b: { werkgroepId: string }) => (place.get(a.werkgroepId) ?? 0) - (place.get(b.werkgroepId) ?? 0);
  data.werkgroepen.sort((a, b) => (place.get(a.id) ?? 0) - (place.get(b.id) ?? 0));
  for (const list of [data.actions, data.meetings, data.agenda, data.results, data.verbeterpunten]) list.sort(byPlace);
  return { ...data, members: [...members.values()], stats };
}
