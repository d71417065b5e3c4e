// The bot's HTTP endpoint with its reminder scheduler, and the web app around it (bot/main.ts starts it).
// Production (the default) refuses to start without CLIENT_ID, TENANT_ID and CLIENT_SECRET (or a managed
// identity). BOT_MODE=development skips the token checks; without a tenant it needs the demo Graph that
// dev/start/bot.ts passes in.
import { fileURLToPath } from 'node:url';
import { describeError } from '../src/text/index.ts';
import { createWebAppRoute } from '../src/web/index.ts';
import { toAmsterdamDate } from '../src/workgroups/index.ts';
import { tabLinksFromSettings } from './cards/index.ts';
import { assertNoUnresolvedSecrets, assertProductionAuth, localConnectorToken, readBotAuthFromEnv } from './config.ts';
import { composeBotSystem } from './compose.ts';
import type { Bot } from './index.ts';
import { createLogger } from './logger.ts';
import { createOboRoute, readOboSettings } from './obo.ts';
import { systemClock } from './ports.ts';
import { openStore, productionGraph, type DemoGraphFactory } from './runtime.ts';

export interface BotServerOptions {
  /** Only used in development mode without tenant settings. */
  demoGraph?: DemoGraphFactory;
}

async function main(env: NodeJS.ProcessEnv, options: BotServerOptions): Promise<void> {
  const log = createLogger();
  const auth = readBotAuthFromEnv(env);
  // Before anything else: no credentials, no start; nor with a secret Key Vault could not hand over.
  if (auth.mode === 'production') assertNoUnresolvedSecrets(env);
  assertProductionAuth(auth);
  if (auth.mode === 'development') {
    auth.clientId ??= 'local-bot';
    auth.token ??= () => localConnectorToken(auth.clientId ?? 'local-bot');
  }
  const store = await openStore(env);
  const graph = productionGraph(env, store) ?? (auth.mode === 'development' && options.demoGraph ? await options.demoGraph(toAmsterdamDate(systemClock.now()), store) : undefined);
  if (!graph) throw new Error('Microsoft Graph is not configured');
  const links = tabLinksFromSettings(env);
  const { bot, scheduler } = composeBotSystem({ auth, store, graph, links, clock: systemClock, log });
  serveWebApp(bot, env);
  if (auth.mode === 'production') {
    // Teams clients without nested app authentication sign the tab in through this on-behalf-of exchange.
    const obo = readOboSettings(env);
    if (obo.ok) bot.addRoute(createOboRoute({ ...obo.settings, log }));
    else log.warn({ missing: obo.missing }, 'tab sign-in on-behalf-of is off');
  }
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

/**
 * In Azure one web app serves everything on one port: the bot's /api/messages, the tab under /tab/,
 * the Word task pane under /addin/ (from the build in dist/), and the privacy, terms and support pages.
 */
function serveWebApp(bot: Bot, env: NodeJS.ProcessEnv): void {
  bot.addRoute(
    createWebAppRoute({
      distDir: fileURLToPath(new URL('../dist/', import.meta.url)),
      tabConfig: {
        clientId: env.TAB_CLIENT_ID,
        tenantId: env.TENANT_ID,
        mtGroupId: env.MT_GROUP_ID,
        // The tab's Participatie page and the Word add-in find the traject register here.
        ...(env.PARTICIPATION_SITE_ID ? { participationSiteId: env.PARTICIPATION_SITE_ID } : {}),
      },
      ...(env.GEMEENTE_NAAM ? { gemeenteNaam: env.GEMEENTE_NAAM } : {}),
    }),
  );
}

/** Starts the bot and the web app; on a start failure it explains itself and exits 1. */
export function runBotServer(env: NodeJS.ProcessEnv, options: BotServerOptions = {}): void {
  main(env, options).catch((error: unknown) => {
    console.error(describeError(error));
    process.exit(1);
  });
}
