// `npm start -- --tenant`: the bot and the web app against a real Microsoft 365 tenant, with the settings
// from the environment or .env. Missing settings are named and nothing starts.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  createBot,
  createGraphWorkgroupService,
  createScheduler,
  readBotAuthFromEnv,
  type Bot,
} from '../../bot/index.ts';
import { tabLinksFromSettings } from '../../bot/cards/index.ts';
import { createGraphReminderSource } from '../../bot/scheduler/index.ts';
import type { TenantSettings } from '../../src/config/index.ts';
import { createAppTokenProvider, createGraphClient, type GraphClient } from '../../src/graph/index.ts';
import { openAzureTablesStore, openSqliteStore, type BotStore } from '../../src/store/index.ts';
import { AppError, escapeHtml, messageFor } from '../../src/text/index.ts';
import { startText } from '../../src/text/ui-start.ts';
import type { StartOptions } from './args.ts';
import { createDemoClock } from './clock.ts';
import { REPO_ROOT, type RunningSystem, type StartIo, type UrlLine } from './system.ts';
import { readTenantEnvironment } from './tenant-settings.ts';
import { listenExplained, portPlan, PORT_LABELS } from './ports.ts';
import { createWebServer } from './web-server.ts';

const t = startText.launcher;

async function openTenantStore(settings: TenantSettings, env: NodeJS.ProcessEnv): Promise<BotStore> {
  if (settings.STORE === 'azure-tables') {
    return openAzureTablesStore(
      env.AZURE_TABLES_CONNECTION_STRING ? { connectionString: env.AZURE_TABLES_CONNECTION_STRING } : { endpoint: settings.AZURE_TABLES_URL ?? '' },
    );
  }
  return openSqliteStore({ file: join(resolve(settings.DATA_DIR), 'bot.db') });
}

export async function startTenant(options: StartOptions, io: StartIo, env: NodeJS.ProcessEnv = process.env): Promise<RunningSystem> {
  const settings = readTenantEnvironment(env);
  const { log, print } = io;
  const closers: (() => Promise<void> | void)[] = [];
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse()) await Promise.resolve(close()).catch(() => undefined);
  };
  try {
    const ports = portPlan(options.portBase);
    const botPort = options.portBase === undefined ? settings.PORT : ports.bot;
    const clock = createDemoClock({ ...(options.clock ? { start: options.clock } : {}), speed: options.speed });
    const store = await openTenantStore(settings, env);
    closers.push(() => store.close());
    const graph: GraphClient = createGraphClient({
      tokenProvider: createAppTokenProvider({ tenantId: settings.TENANT_ID, clientId: settings.CLIENT_ID, ...(settings.CLIENT_SECRET ? { clientSecret: settings.CLIENT_SECRET } : {}) }),
    });
    // The werkgroepen are the teams the bot is installed in.
    const werkgroepIds = async () => [...new Set((await store.listConversations()).flatMap((c) => (c.scope === 'team' && c.werkgroepId ? [c.werkgroepId] : [])))];
    const links = tabLinksFromSettings(settings);
    const ready = async (): Promise<Record<string, boolean>> => ({
      store: await store.schemaVersion().then((v) => v > 0, () => false),
      graph: await graph
        .api('/users')
        .select('id')
        .top(1)
        .get()
        .then(() => true, () => false),
    });
    const bot: Bot = createBot(
      { store, workgroups: createGraphWorkgroupService(graph, { werkgroepIds, mtGroupId: settings.MT_GROUP_ID }), clock, links, log: log.child({ component: 'bot' }) },
      { auth: { ...readBotAuthFromEnv(env), mode: 'production' }, ready: async () => Object.values(await ready()).every(Boolean) },
    );
    const host = env.BOT_HOST ?? '127.0.0.1';
    const { url: botUrl } = await listenExplained(botPort, PORT_LABELS.bot, () => bot.listen(botPort, host));
    closers.push(() => bot.close());
    const scheduler = createScheduler({
      store,
      sender: bot.sender,
      source: createGraphReminderSource(graph, { werkgroepIds, mtGroupId: settings.MT_GROUP_ID }),
      links,
      log: log.child({ component: 'scheduler' }),
      clock,
    });
    scheduler.start(env.REMIND_CRON ?? '*/5 * * * *');
    closers.push(() => scheduler.stop());

    const tabConfig = JSON.stringify({ clientId: settings.TAB_CLIENT_ID, tenantId: settings.TENANT_ID, mtGroupId: settings.MT_GROUP_ID });
    const urls: UrlLine[] = [];
    const mounts = [
      ...(existsSync(join(REPO_ROOT, 'dist/tab/tab.html')) ? [{ prefix: '/tab/', dir: join(REPO_ROOT, 'dist/tab') }] : []),
      ...(existsSync(join(REPO_ROOT, 'dist/addin/taskpane.html')) ? [{ prefix: '/addin/', dir: join(REPO_ROOT, 'dist/addin') }] : []),
    ];
    const web = createWebServer({
      mounts,
      middleware: (req, res, next) => {
        if (!(req.url ?? '').split('?')[0]!.endsWith('/tab-config.json')) return next();
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(tabConfig);
      },
      ready,
      log: log.child({ component: 'web' }),
      gemeenteNaam: settings.GEMEENTE_NAAM,
      startPage: () =>
        `<!doctype html><html lang="nl"><meta charset="utf-8"><title>${escapeHtml(startText.startPage.title)}</title><ul>${urls.map((u) => `<li><a href="${escapeHtml(u.url)}">${escapeHtml(u.label)}</a></li>`).join('')}</ul></html>`,
    });
    await listenExplained(ports.web, PORT_LABELS.web, () => new Promise<void>((ok, fail) => web.once('error', fail).listen(ports.web, '127.0.0.1', ok)));
    closers.push(() => new Promise<void>((ok) => (web.close(() => ok()), web.closeAllConnections())));
    const address = web.address();
    const webUrl = `http://localhost:${typeof address === 'object' && address ? address.port : ports.web}`;
    urls.push({ label: t.listStart, url: `${webUrl}/` });
    if (mounts.some((m) => m.prefix === '/tab/')) urls.push({ label: t.listTab, url: `${webUrl}/tab/tab.html` });
    print(t.tenantStarted(botUrl.replace(/^https?:\/\//, '')));
    for (const u of urls) print(`  ${u.label}: ${u.url}`);
    print(t.stopHint);
    return { urls, clock, tick: async () => void (await scheduler.runCycle()), close: closeAll };
  } catch (error) {
    await closeAll();
    if (error instanceof AppError) throw new Error(messageFor(error.code, error.details), { cause: error });
    throw error;
  }
}
