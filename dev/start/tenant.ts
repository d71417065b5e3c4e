// `npm start -- --tenant`: the bot and the web app against a real Microsoft 365 tenant, with the settings
// from the environment or .env. Missing settings are named and nothing starts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readBotAuthFromEnv } from '../../bot/index.ts';
import { tabLinksFromSettings } from '../../bot/cards/index.ts';
import { composeBotSystem } from '../../bot/compose.ts';
import { openStore, productionGraph } from '../../bot/runtime.ts';
import { AppError, escapeHtml, messageFor } from '../../src/text/index.ts';
import { startText } from '../../src/text/ui-start.ts';
import type { StartOptions } from './args.ts';
import { createDemoClock } from './clock.ts';
import { REPO_ROOT, type RunningSystem, type StartIo, type UrlLine } from './system.ts';
import { readTenantEnvironment } from './tenant-settings.ts';
import { listenExplained, portPlan, PORT_LABELS } from './ports.ts';
import { createWebServer } from './web-server.ts';

const t = startText.launcher;

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
    // The same pieces as the bot in Azure (bot/server.ts): store, Graph, bot, scheduler with the installer and
    // the lookup of existing installations, and /readyz from the last cycle rather than a Graph call per probe.
    const store = await openStore(env);
    closers.push(() => store.close());
    const graph = productionGraph(env, store);
    if (!graph) throw new AppError('GRAPH.UNAUTHORIZED', { details: { reason: 'missing-credentials' } });
    closers.push(() => graph.close());
    const { bot, scheduler, readiness } = composeBotSystem({
      auth: { ...readBotAuthFromEnv(env), mode: 'production' },
      store,
      graph,
      links: tabLinksFromSettings(settings),
      clock,
      log: log.child({ component: 'bot' }),
      schedulerLog: log.child({ component: 'scheduler' }),
    });
    const host = env.BOT_HOST ?? '127.0.0.1';
    const { url: botUrl } = await listenExplained(botPort, PORT_LABELS.bot, () => bot.listen(botPort, host));
    closers.push(() => bot.close());
    scheduler.start(env.REMIND_CRON ?? '*/5 * * * *');
    closers.push(() => scheduler.stop());

    const tabConfig = JSON.stringify({
      clientId: settings.TAB_CLIENT_ID,
      tenantId: settings.TENANT_ID,
      mtGroupId: settings.MT_GROUP_ID,
      ...(settings.PARTICIPATION_SITE_ID ? { participationSiteId: settings.PARTICIPATION_SITE_ID } : {}),
    });
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
      ready: readiness,
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
