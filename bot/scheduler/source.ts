import { loadReminderData, streamReminderData, type GraphClient, type LoaderCache, type LoadOptions, type LoadProblem, type ReminderChunk } from '../../src/graph/index.ts';
import type { ReminderSource, SourceData, SourceHealth } from './scheduler.ts';

/** Answers about the data, not failed reads: a team without a plan or Vergaderingen list, an item with a wrong field. */
const NOT_A_READ_FAILURE = new Set(['GRAPH.NO_PLAN', 'GRAPH.NO_MEETING_LIST', 'GRAPH.MALFORMED']);

/**
 * How the read went, from the loader's problems: which werkgroepen could not be read (fully) and how many
 * reads failed. A werkgroep the loader did not return at all (the group lookup failed) counts as failed.
 */
export function sourceHealthOf(requested: readonly string[], data: { werkgroepen: readonly { id: string }[]; problems: readonly LoadProblem[] }): SourceHealth {
  const failed = data.problems.filter((p: LoadProblem) => !NOT_A_READ_FAILURE.has(p.code));
  const returned = new Set(data.werkgroepen.map((w) => w.id));
  const groupsFailed = new Set([...requested.filter((id) => !returned.has(id)), ...failed.flatMap((p) => (p.werkgroepId ? [p.werkgroepId] : []))]);
  return {
    werkgroepen: requested.length,
    groupsFailed: [...groupsFailed].filter((id) => requested.includes(id)).length,
    resourcesFailed: failed.length,
    codes: [...new Set(failed.map((p) => p.code))].sort(),
  };
}

export interface GraphReminderSourceOptions {
  /** The werkgroepen to remind (group ids), e.g. from configuration or the teams the bot is in. */
  werkgroepIds: () => Promise<readonly string[]>;
  mtGroupId?: string;
  /** Days ahead to read meetings (must cover the policy's "meeting in N working days"). */
  lookaheadDays?: number;
  load?: Omit<LoadOptions, 'cache' | 'mtGroupId'>;
  onLoaded?: (info: { requests: number; problems: number }) => void;
}

/** Reads a cycle's data through the gateway's batched loader; group ids that never change are cached between cycles. */
export function createGraphReminderSource(client: GraphClient, options: GraphReminderSourceOptions): ReminderSource {
  const cache: LoaderCache = new Map();
  const window = (now: string) => ({
    from: new Date(Date.parse(now) - 86_400_000).toISOString(),
    to: new Date(Date.parse(now) + (options.lookaheadDays ?? 21) * 86_400_000).toISOString(),
  });
  const loadOptions = (now: string): LoadOptions => ({
    // With the time passed in, the loader keeps slow data (members, calendars, lists) for their TTL
    // and a cycle reads only the Planner tasks plus a small refresh slice.
    now,
    ...options.load,
    cache,
    ...(options.mtGroupId ? { mtGroupId: options.mtGroupId } : {}),
  });
  const sourceData = (d: ReminderChunk): SourceData => ({
    werkgroepen: d.werkgroepen,
    members: d.members,
    actions: d.actions,
    meetings: d.meetings,
    agenda: d.agenda,
    results: d.results,
    verbeterpunten: d.verbeterpunten,
    mtLidIds: d.mtLidIds,
  });
  return {
    async load(now): Promise<SourceData> {
      const ids = await options.werkgroepIds();
      const data = await loadReminderData(client, ids, window(now), loadOptions(now));
      options.onLoaded?.({ requests: data.stats.httpRequests, problems: data.problems.length });
      return { ...sourceData(data), health: sourceHealthOf(ids, data) };
    },
    async stream(now, onChunk): Promise<SourceHealth> {
      const ids = await options.werkgroepIds();
      const seen = { werkgroepen: [] as { id: string }[], problems: [] as LoadProblem[] };
      const stats = await streamReminderData(client, ids, window(now), loadOptions(now), async (chunk) => {
        seen.werkgroepen.push(...chunk.werkgroepen.map((w) => ({ id: w.id })));
        seen.problems.push(...chunk.problems);
        await onChunk(sourceData(chunk));
      });
      options.onLoaded?.({ requests: stats.httpRequests, problems: seen.problems.length });
      return sourceHealthOf(ids, seen);
    },
  };
}
