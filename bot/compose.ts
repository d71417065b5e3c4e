// The bot as it runs against a tenant: the Teams endpoint, the reminder scheduler with the proactive installer
// and the lookup of existing installations, and readiness that follows the scheduler's last Graph cycle.
// bot/server.ts (Azure, `npm run serve`) and `npm start -- --tenant` both build it here, so they cannot drift.
import type { BotStore } from '../src/store/index.ts';
import type { TabLinks } from './cards/index.ts';
import type { BotAuth } from './config.ts';
import { createGraphWorkgroupService } from './graph-service.ts';
import { createBot, type Bot } from './index.ts';
import type { Logger } from './logger.ts';
import type { Clock } from './ports.ts';
import { createReadiness, readinessChecks, type GraphAccess } from './runtime.ts';
import {
  createGraphInstaller,
  createGraphReminderSource,
  createGraphTrajectService,
  createPersonalConversationFinder,
  createScheduler,
  type Scheduler,
} from './scheduler/index.ts';

/** Teams' global Bot Connector endpoint, for a tenant whose regional one the bot has not seen yet. */
export const TEAMS_GLOBAL_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

export interface BotSystemOptions {
  auth: BotAuth;
  store: BotStore;
  graph: Pick<GraphAccess, 'client' | 'werkgroepIds' | 'mtGroupId' | 'teamsAppCatalogId' | 'participationSiteId'>;
  links: TabLinks;
  clock: Clock;
  log: Logger;
  /** The scheduler's log, when it should be told apart from the bot's; default `log`. */
  schedulerLog?: Logger;
}

export interface BotSystem {
  bot: Bot;
  scheduler: Scheduler;
  /** What /readyz judges: the store answers, and the last cycle reached Microsoft Graph (no Graph call per probe). */
  readiness(): Promise<{ store: boolean; graph: boolean }>;
}

export function composeBotSystem(options: BotSystemOptions): BotSystem {
  const { auth, store, graph, links, clock, log } = options;
  const groups = { werkgroepIds: graph.werkgroepIds, ...(graph.mtGroupId ? { mtGroupId: graph.mtGroupId } : {}) };
  // Until the scheduler's first cycle, Graph counts as reachable.
  const health = { store, graphHealth: () => scheduler.graphHealth() };
  const trajecten = graph.participationSiteId ? createGraphTrajectService(graph.client, graph.participationSiteId) : undefined;
  const bot = createBot(
    { store, workgroups: createGraphWorkgroupService(graph.client, groups), clock, links, log, ...(trajecten ? { trajecten } : {}) },
    { auth, ready: createReadiness(health) },
  );
  const schedulerLog = options.schedulerLog ?? log;
  const scheduler: Scheduler = createScheduler({
    store,
    sender: bot.sender,
    source: createGraphReminderSource(graph.client, groups),
    links,
    log: schedulerLog,
    clock,
    ...(trajecten ? { trajecten } : {}),
    ...(graph.teamsAppCatalogId ? { installer: createGraphInstaller(graph.client, { teamsAppCatalogId: graph.teamsAppCatalogId }) } : {}),
    // People who already have the app (install answered 409, or an app setup policy put it there).
    ...(auth.clientId && auth.tenantId
      ? {
          conversations: createPersonalConversationFinder({
            sender: bot.sender,
            appId: auth.clientId,
            tenantId: auth.tenantId,
            store,
            ...(auth.mode === 'production' ? { fallbackServiceUrl: TEAMS_GLOBAL_SERVICE_URL } : {}),
            ...(graph.teamsAppCatalogId ? { graph: { client: graph.client, teamsAppCatalogId: graph.teamsAppCatalogId } } : {}),
            clock,
            log: schedulerLog,
          }),
        }
      : {}),
  });
  return { bot, scheduler, readiness: readinessChecks(health) };
}
