import { loadReminderData, type GraphClient, type LoaderCache, type LoadOptions, type LoadProblem, type ReminderData } from '../../src/graph/index.ts';
import type { ReminderSource, SourceData, SourceHealth } from './scheduler.ts';

/** Answers about the data, not failed reads: a team without a plan or Vergaderingen list, an item with a wrong field. */
const NOT_A_READ_FAILURE = new Set(['GRAPH.NO_PLAN', 'GRAPH.NO_MEETING_LIST', 'GRAPH.MALFORMED']);

/**
 * How the read went, from the loader's problems: which werkgroepen could not be read (fully) and how many
 * reads failed. A werkgroep the loader did not return at all (the group lookup failed) counts as failed.
 */
export function sourceHealthOf(requested: readonly string[], data: Pick<ReminderData, 'werkgroepen' | 'problems'>): SourceHealth {
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
  return {
    async load(now): Promise<SourceData> {
      const from = new Date(Date.parse(now) - 86_400_000).toISOString();
      const to = new Date(Date.parse(now) + (options.lookaheadDays ?? 21) * 86_400_000).toISOString();
      const ids = await options.werkgroepIds();
      const data = await loadReminderData(client, ids, { from, to }, {
        // With the time passed in, the loader keeps slow data (members, calendars, lists) for their TTL
        // and a cycle reads only the Planner tasks plus a small refresh slice.
        now,
        ...options.load,
        cache,
        ...(options.mtGroupId ? { mtGroupId: options.mtGroupId } : {}),
      });
      options.onLoaded?.({ requests: data.stats.httpRequests, problems: data.problems.length });
      return {
        werkgroepen: data.werkgroepen,
        members: data.members,
        actions: data.actions,
        meetings: data.meetings,
        agenda: data.agenda,
        results: data.results,
        verbeterpunten: data.verbeterpunten,
        mtLidIds: data.mtLidIds,
        health: sourceHealthOf(ids, data),
      };
    },
  };
}
