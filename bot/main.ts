// `npm run bot`: the bot's HTTP endpoint with its reminder scheduler.
// Production (the default) refuses to start without CLIENT_ID, TENANT_ID and CLIENT_SECRET (or a managed
// identity). BOT_MODE=development runs locally against the demo tenant without token checks.
import { describeError } from '../src/text/index.ts';
import { toAmsterdamDate } from '../src/workgroups/index.ts';
import { assertProductionAuth, localConnectorToken, readBotAuthFromEnv } from './config.ts';
import { createGraphWorkgroupService } from './graph-service.ts';
import { createBot } from './index.ts';
import { createLogger } from './logger.ts';
import { systemClock } from './ports.ts';
import { openStore, productionGraph, startDemoGraph } from './runtime.ts';
import { createGraphInstaller, createGraphReminderSource, createScheduler } from './scheduler/index.ts';

async function main(): Promise<void> {
  const env = process.env;
  const log = createLogger();
  const auth = readBotAuthFromEnv(env);
  // Before anything else: no credentials, no start.
  assertProductionAuth(auth);
  if (auth.mode === 'development') {
    auth.clientId ??= 'local-bot';
    auth.token ??= () => localConnectorToken(auth.clientId ?? 'local-bot');
  }
  const store = await openStore(env);
  const graph = productionGraph(env, store) ?? (auth.mode === 'development' ? await startDemoGraph(toAmsterdamDate(systemClock.now()), store) : undefined);
  if (!graph) throw new Error('Microsoft Graph is not configured');
  const links = { teamsAppId: env.TEAMS_APP_ID ?? 'teams-app', personalTabEntityId: 'mijn-acties' };
  const bot = createBot(
    {
      store,
      workgroups: createGraphWorkgroupService(graph.client, { werkgroepIds: graph.werkgroepIds, ...(graph.mtGroupId ? { mtGroupId: graph.mtGroupId } : {}) }),
      clock: systemClock,
      links,
      log,
    },
    { auth, ready: async () => (await store.schemaVersion()) > 0 },
  );
  const scheduler = createScheduler({
    store,
    sender: bot.sender,
    source: createGraphReminderSource(graph.client, { werkgroepIds: graph.werkgroepIds, ...(graph.mtGroupId ? { mtGroupId: graph.mtGroupId } : {}) }),
    links,
    log,
    clock: systemClock,
    ...(graph.teamsAppCatalogId ? { installer: createGraphInstaller(graph.client, { teamsAppCatalogId: graph.teamsAppCatalogId }) } : {}),
  });
  const host = env.BOT_HOST ?? (auth.mode === 'development' ? '127.0.0.1' : '0.0.0.0');
  const { url } = await bot.listen(Number(env.PORT ?? 3978), host);
  scheduler.start(env.REMIND_CRON ?? '*/5 * * * *');
  log.info({ url, mode: auth.mode, store: store.kind, demo: graph.demo }, 'bot listening');

  const shutdown = async () => {
    log.info('shutting down');
    await scheduler.stop();
    await bot.close();
    await graph.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(describeError(error));
  process.exit(1);
});
