// The whole product on this machine in one process: the Graph emulator with the demo tenant, the bot with
// its scheduler on SQLite, the tab and the task pane behind one web server, and the stub Bot Connector
// with the chat view. Everything binds 127.0.0.1.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type * as BotModule from '../../bot/index.ts';
import type * as BotSchedulerModule from '../../bot/scheduler/index.ts';
import { werkgroepIdsWithInstalls } from '../../bot/runtime.ts';
import { buildBotConnector } from '../bot-connector/index.ts';
import { buildChatView, type ChatView } from '../chat/index.ts';
import { DEMO_GROUP_IDS, DEMO_PARTICIPATION_SITE_ID, DEMO_TENANT_ID, demoTenantSeed, seedDemoProfile } from '../demo-tenant/index.ts';
import { buildEmulator, generateTls, type Emulator, type TlsMaterial } from '../graph-emulator/index.ts';
import { createDevTokenProvider, createGraphClient, createTrustingDispatcher, type GraphClient } from '../../src/graph/index.ts';
import { openSqliteStore, type BotStore } from '../../src/store/index.ts';
import type * as TabProxyModule from '../tab/graph-proxy.ts';
import type * as TabDemoModule from '../tab/demo-target.ts';
import { escapeHtml } from '../../src/text/index.ts';
import { startText } from '../../src/text/ui-start.ts';
import { toAmsterdamDate } from '../../src/workgroups/index.ts';
import type { StartOptions } from './args.ts';
import { buildParts, shortPath, type BuildOutcome, type PartName } from './build.ts';
import { createDemoClock, type DemoClock } from './clock.ts';
import { assertPortsFree, listenExplained, portPlan, PORT_LABELS } from './ports.ts';
import { REPO_ROOT, type RunningSystem, type StartIo, type UrlLine } from './system.ts';
import { createWebServer, type Middleware } from './web-server.ts';

const HOST = '127.0.0.1';
const t = startText.launcher;
const LINKS = { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' };
/** How often the scheduler looks, in demo time; the bot's own cron uses the same interval. */
const TICK_DEMO_MS = 5 * 60_000;

interface DemoMeta {
  seedToday: string;
}

/** Everything in the data dir that --reset removes (the emulator's certificate is kept, so a trusted CA stays trusted). */
function dataFiles(dataDir: string): string[] {
  return ['tenant.json', 'bot.db', 'bot.db-wal', 'bot.db-shm', 'chat.json', 'demo.json'].map((f) => join(dataDir, f));
}

function loadTls(dataDir: string): Promise<TlsMaterial> | TlsMaterial {
  const keyPath = join(dataDir, 'graph-emulator-key.pem');
  const certPath = join(dataDir, 'graph-emulator-ca.pem');
  if (existsSync(keyPath) && existsSync(certPath)) return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  return generateTls().then((fresh) => {
    writeFileSync(keyPath, fresh.key, { mode: 0o600 });
    writeFileSync(certPath, fresh.cert);
    return fresh;
  });
}

async function graphReachable(graph: GraphClient): Promise<boolean> {
  try {
    await graph.api('/users').select('id').top(1).get();
    return true;
  } catch {
    return false;
  }
}

interface StartPageInput {
  links: { label: string; url: string; description: string }[];
  missing: string[];
  clock: DemoClock;
  ready: Record<string, boolean>;
  other: string;
}

function renderStartPage(input: StartPageInput): string {
  const s = startText.startPage;
  const items = input.links
    .map((u) => `<li><a href="${escapeHtml(u.url)}">${escapeHtml(u.label)}</a><br>${escapeHtml(u.description)}</li>`)
    .join('');
  const missing = input.missing.map((m) => `<li>${escapeHtml(m)}</li>`).join('');
  const checks = Object.entries(input.ready)
    .map(([k, ok]) => `<li>${escapeHtml(s.checks[k] ?? k)}: ${escapeHtml(ok ? s.ok : s.notOk)}</li>`)
    .join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(s.title)}</title>
<style>body{font-family:'Segoe UI',system-ui,sans-serif;margin:2rem auto;max-width:44rem;padding:0 1rem;color:#242424;line-height:1.4}a{color:#444791;font-weight:600}li{margin:.5rem 0}.subtle{color:#616161}</style></head>
<body><h1>${escapeHtml(s.title)}</h1><p>${escapeHtml(s.intro)}</p><ul>${items}</ul>${missing ? `<h2>${escapeHtml(s.missing)}</h2><ul>${missing}</ul>` : ''}
<h2>${escapeHtml(s.clock)}</h2><p>${escapeHtml(s.clockNow(formatClock(input.clock.now()), input.clock.speed))}</p>
<h2>${escapeHtml(s.status)}</h2><ul>${checks}</ul><p class="subtle">${escapeHtml(input.other)}</p><p class="subtle"><a href="/healthz">/healthz</a> · <a href="/readyz">/readyz</a></p></body></html>`;
}

/** Starts everything; on any failure whatever already runs is closed again before the error is thrown. */
export async function startDemo(options: StartOptions, io: StartIo): Promise<RunningSystem> {
  const { log, print } = io;
  const dataDir = resolve(options.dataDir);
  const closers: (() => Promise<void> | void)[] = [];
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse()) {
      try {
        await close();
      } catch (error) {
        log.warn({ err: { name: (error as Error)?.name } }, 'close failed');
      }
    }
  };

  try {
    const ports = portPlan(options.portBase);
    await assertPortsFree(ports, HOST);
    mkdirSync(dataDir, { recursive: true });
    if (options.reset) for (const f of dataFiles(dataDir)) rmSync(f, { force: true });

    const builds = await buildParts({ root: REPO_ROOT, logDir: join(dataDir, 'logs'), build: options.build, print });
    const available = (part: PartName): BuildOutcome | undefined => builds.find((b) => b.part === part && b.available);

    const clock = createDemoClock({ ...(options.clock ? { start: options.clock } : {}), speed: options.speed });
    const today = toAmsterdamDate(clock.now());
    const tenantFile = join(dataDir, 'tenant.json');
    const metaFile = join(dataDir, 'demo.json');
    const fresh = !existsSync(tenantFile);
    const meta: DemoMeta = fresh ? { seedToday: today } : readMeta(metaFile, today);
    if (fresh) writeFileSync(metaFile, JSON.stringify(meta));
    else if (meta.seedToday !== today) print(t.staleData(meta.seedToday, today));

    // Graph emulator with the demo tenant, on the demo clock so completed dates match what the bot sees.
    const seed = demoTenantSeed({ today: meta.seedToday });
    const emulator: Emulator = buildEmulator({
      seed,
      persistFile: tenantFile,
      tls: await loadTls(dataDir),
      now: () => new Date(clock.now()),
    });
    const emulatorUrl = (await listenExplained(ports.emulator, PORT_LABELS.emulator, () => emulator.listen(ports.emulator, HOST))).url.replace(/\/+$/, '');
    closers.push(() => emulator.close());
    // The administrator's municipality profile on the participation site (files are not in the tenant file).
    seedDemoProfile(emulator, new Date(clock.now()));
    print(t.emulatorReady(shortPath(tenantFile), fresh));

    const graph = createGraphClient({
      tokenProvider: createDevTokenProvider(() => emulator.issueDevToken()),
      baseUrl: `${emulatorUrl}/`,
      dispatcher: await createTrustingDispatcher(emulator.ca),
      retry: { maxRetries: 3, delaySeconds: 1 },
    });

    const store: BotStore = openSqliteStore({ file: join(dataDir, 'bot.db') });
    closers.push(() => store.close());
    const configured = [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen];
    const werkgroepIds = (): Promise<string[]> => werkgroepIdsWithInstalls(configured, store);
    const ready = async (): Promise<Record<string, boolean>> => ({
      store: await store.schemaVersion().then((v) => v > 0, () => false),
      graph: await graphReachable(graph),
    });

    const urls: UrlLine[] = [];
    const missing: string[] = [];
    const described: StartPageInput['links'] = [];
    let other = '';
    const reasonFor = (part: PartName): string => {
      const b = builds.find((x) => x.part === part);
      return b?.state === 'no-script' ? t.noSource : b?.state === 'failed' ? t.buildFailed(startText.parts[part], shortPath(join(dataDir, 'logs'))) : t.notBuilt;
    };
    // Parts other people build load on their own: one that cannot load is named, the rest still starts.
    const optional = async <T>(name: string, load: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await load();
      } catch (error) {
        log.error({ part: name, err: { name: (error as Error)?.name, message: (error as Error)?.message?.slice(0, 300) } }, 'part failed to load');
        return undefined;
      }
    };
    const botModules = await optional('bot', () => Promise.all([import('../../bot/index.ts'), import('../../bot/scheduler/index.ts')]));
    const tabModules = await optional('tab', () => Promise.all([import('../tab/graph-proxy.ts'), import('../tab/demo-target.ts')]));

    let tabUrl: string | undefined;
    let bot: { url: string; scheduler: BotSchedulerModule.Scheduler } | undefined;
    let chat: ChatView | undefined;
    let chatUrl: string | undefined;
    if (botModules) {
      const [botModule, schedulerModule] = botModules as [typeof BotModule, typeof BotSchedulerModule];
      // The stub Bot Connector and the chat view share one server: it is the bot's serviceUrl.
      // The bot's URL is known only once it listens; the chat view reads it per request.
      const botAddress = { url: undefined as string | undefined };
      const chatBuilt = available('chat');
      const werkgroepen = seed.groups
        .filter((g) => configured.includes(g.id))
        .map((g) => ({ id: g.id, naam: g.displayName, memberIds: g.memberIds, ownerIds: g.ownerIds }));
      chat = buildChatView({
        connector: buildBotConnector(),
        botUrl: () => botAddress.url,
        users: seed.users.map((u) => ({ id: u.id, displayName: u.displayName, ...(u.jobTitle ? { jobTitle: u.jobTitle } : {}) })),
        werkgroepen,
        tenantId: DEMO_TENANT_ID,
        ...(chatBuilt ? { staticDir: join(REPO_ROOT, 'dist/chat') } : {}),
        transcriptFile: join(dataDir, 'chat.json'),
        clock: () => ({ now: clock.now(), speed: clock.speed }),
        links: () => (tabUrl ? { tab: tabUrl } : {}),
        onError: (message, error) => log.warn({ err: { name: (error as Error)?.name, code: (error as { code?: string })?.code } }, message),
      });
      const chatView = chat;
      const chatAddress = (await listenExplained(ports.chat, PORT_LABELS.chat, () => chatView.listen(ports.chat, HOST))).url;
      closers.push(() => chatView.close());
      if (chatBuilt) chatUrl = `http://localhost:${new URL(chatAddress).port}/`;
      else missing.push(t.missingPart(startText.parts.chat, reasonFor('chat')));

      // The traject register on the demo's participation site: follow-ups go to the opsteller, the cards write back.
      const trajecten = schedulerModule.createGraphTrajectService(graph, DEMO_PARTICIPATION_SITE_ID);
      // The bot in development mode: no inbound token checks, an unsigned outbound token for the stub.
      const created = botModule.createBot(
        {
          store,
          workgroups: botModule.createGraphWorkgroupService(graph, { werkgroepIds, mtGroupId: DEMO_GROUP_IDS.mt }),
          trajecten,
          clock,
          links: LINKS,
          log: log.child({ component: 'bot' }),
        },
        {
          auth: { mode: 'development', clientId: 'local-bot', token: () => botModule.localConnectorToken('local-bot') },
          ready: async () => Object.values(await ready()).every(Boolean),
        },
      );
      const url = (await listenExplained(ports.bot, PORT_LABELS.bot, () => created.listen(ports.bot, HOST))).url;
      botAddress.url = url;
      closers.push(() => created.close());
      const scheduler = schedulerModule.createScheduler({
        store,
        sender: created.sender,
        source: schedulerModule.createGraphReminderSource(graph, { werkgroepIds, mtGroupId: DEMO_GROUP_IDS.mt }),
        trajecten,
        links: LINKS,
        log: log.child({ component: 'scheduler' }),
        clock,
      });
      bot = { url, scheduler };
    } else {
      missing.push(t.missingPart(startText.parts.bot, t.loadFailed), t.missingPart(startText.parts.chat, t.needsBot));
    }

    // The tab and the task pane: the emulator behind the same origin, a dev token for the demo user.
    let middleware: Middleware | undefined;
    if (tabModules) {
      const [proxy, demo] = tabModules as [typeof TabProxyModule, typeof TabDemoModule];
      middleware = proxy.createDemoGraphMiddleware(async () => ({
        emulatorUrl,
        ca: emulator.ca,
        issueToken: (userId?: string) => emulator.issueDevToken(userId),
        // Read per request: the tab takes the bot's demo clock, where it is now and how fast it runs.
        tabConfig: { ...demo.demoConfigFromSeed(seed), demoClock: { now: clock.now(), speed: clock.speed } },
      }));
    }
    const tabReady = available('tab') && middleware !== undefined;
    const mounts = [
      ...(tabReady ? [{ prefix: '/tab/', dir: join(REPO_ROOT, 'dist/tab-demo') }] : []),
      ...(available('addin') ? [{ prefix: '/addin/', dir: join(REPO_ROOT, 'dist/addin') }] : []),
    ];
    const web = createWebServer({
      mounts,
      ...(middleware ? { middleware } : {}),
      ready,
      startPage: async () => renderStartPage({ links: described, missing, clock, ready: await ready(), other }),
      onError: (message, error) => log.warn({ err: { name: (error as Error)?.name } }, message),
      log: log.child({ component: 'web' }),
    });
    const webPort = await listenExplained(ports.web, PORT_LABELS.web, () => listen(web, ports.web));
    closers.push(() => closeServer(web));
    const webUrl = `http://localhost:${webPort}`;

    urls.push({ label: t.listStart, url: `${webUrl}/` });
    const describeLink = (label: string, url: string, description: string) => {
      urls.push({ label, url });
      described.push({ label, url, description });
    };
    if (tabReady) {
      tabUrl = `${webUrl}/tab/tab.html`;
      describeLink(t.listTab, tabUrl, startText.startPage.describe.tab);
    } else missing.push(t.missingPart(startText.parts.tab, middleware ? reasonFor('tab') : t.loadFailed));
    if (available('addin')) describeLink(t.listAddin, `${webUrl}/addin/demo.html`, startText.startPage.describe.addin);
    else missing.push(t.missingPart(startText.parts.addin, reasonFor('addin')));
    if (chatUrl) describeLink(t.listChat, chatUrl, startText.startPage.describe.chat);

    // As Teams would on installation: every demo user and werkgroep gets the bot (once; the store remembers).
    if (chat) {
      const known = new Set((await store.listConversations()).map((c) => c.conversationId));
      if (chat.conversations.some((c) => !known.has(c.id))) {
        print(t.installing);
        await chat.ensureInstalled(known);
      }
    }

    let timer: NodeJS.Timeout | undefined;
    const scheduler = bot?.scheduler;
    const tick = async (): Promise<void> => {
      if (!scheduler) return;
      try {
        const report = await scheduler.runCycle(clock.now());
        log.info({ ...report }, 'demo tick');
      } catch (error) {
        log.error({ err: { name: (error as Error)?.name, code: (error as { code?: string })?.code } }, 'reminder cycle failed');
      }
    };
    await tick();
    if (scheduler) {
      const every = Math.min(Math.max(TICK_DEMO_MS / clock.speed, 2_000), TICK_DEMO_MS);
      timer = setInterval(() => void tick(), every);
      closers.push(async () => {
        if (timer) clearInterval(timer);
        timer = undefined;
        // Graceful: a running reminder cycle finishes before the servers it needs go away.
        await scheduler.stop();
      });
    }

    const botPort = bot ? new URL(bot.url).port : undefined;
    const emulatorPort = new URL(emulatorUrl).port;
    other = startText.startPage.other(botPort ? `localhost:${botPort}` : '-', `localhost:${emulatorPort}`);
    print('');
    print(t.ready);
    const width = Math.max(...urls.map((u) => u.label.length)) + 2;
    for (const u of urls) print(`  ${`${u.label}:`.padEnd(width)} ${u.url}`);
    for (const m of missing) print(`  ${m}`);
    if (botPort) print(`  ${t.listBot(`localhost:${botPort}`)}`);
    print(`  ${t.listEmulator(`localhost:${emulatorPort}`)}`);
    print(t.clock(formatClock(clock.now()), clock.speed));
    print(t.logs(shortPath(join(dataDir, 'logs', 'start.log'))));
    print(t.stopHint);
    log.info({ web: webPort, bot: Number(botPort ?? 0), emulator: Number(emulatorPort) }, 'demo started');

    return {
      urls,
      clock,
      tick,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

function readMeta(file: string, fallback: string): DemoMeta {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<DemoMeta>;
    if (typeof data.seedToday === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.seedToday)) return { seedToday: data.seedToday };
  } catch {
    // older data without metadata: assume it fits
  }
  return { seedToday: fallback };
}

/** 'maandag 30 november 2026 om 08:00' in Dutch, Amsterdam time. */
export function formatClock(instant: string): string {
  return new Date(instant).toLocaleString('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, () => {
      server.off('error', fail);
      const address = server.address();
      ok(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((ok) => {
    if (!server.listening) return ok();
    server.close(() => ok());
    server.closeAllConnections();
  });
}
