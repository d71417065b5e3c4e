// Reminder-cycle loader against a large tenant: Graph requests used vs the naive count, wall time and
// peak RSS; then the first cycle that sends every due reminder, through the real scheduler, store and
// proactive sender. The emulator (with the Bot Connector stand-in), the loader and the sender each run in
// their own child process, so the figures are their own and not those of the emulator or of other
// benchmarks that ran before in this process.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LOADER_TTL, createDevTokenProvider, createGraphClient, createTrustingDispatcher, streamReminderData } from '../../src/graph/index.ts';
import type { LoadOptions, LoaderCache } from '../../src/graph/index.ts';

const GROUPS = 1000;
const TASKS = 20_000;
/** seedLargeTenant spreads due dates and meetings around its default day. */
const SEED_TODAY = '2026-12-01';
/** The first cycle; later ones follow every CYCLE_MINUTES (the bot's cron: every 5 minutes). */
const START = `${SEED_TODAY}T07:00:00Z`;
const CYCLE_MINUTES = 5;
/** Steady-state cycles after the cold one: one hour, the shortest TTL (meetings), so every kind's slice shows. */
const STEADY_CYCLES = Number(process.env.GRAPH_BENCH_CYCLES ?? 12);
const WINDOW_DAYS = 14;
/** GRAPH_BENCH_CALENDAR_TTL_MIN: try another meetings (Vergaderingen list) TTL than the default 75 minutes. GRAPH_BENCH_LOADER_FLAGS: node flags for
 * the loader process only, e.g. "--max-old-space-size=96" (by default none: V8 grows its heap lazily). */
const CALENDAR_TTL_MIN = Number(process.env.GRAPH_BENCH_CALENDAR_TTL_MIN ?? 0);
const ROLE = 'GRAPH_BENCH_ROLE';
const HELLO = 'GRAPH_BENCH_HELLO';

interface Hello {
  url: string;
  ca: string;
  token: string;
  groupIds: string[];
  userIds: string[];
  mtGroupId?: string;
  /** The Bot Connector stand-in the sender posts reminders to. */
  connectorUrl: string;
}

interface CycleFigures {
  name: string;
  steady: boolean;
  at: string;
  read: Record<string, number>;
  problems: Record<string, number>;
  http: number;
  inner: number;
  retries: number;
  nextPages: number;
  /** First-page reads and next pages per resource. */
  reads: Record<string, number>;
  pages: Record<string, number>;
  fromCache: Record<string, number>;
  refreshed: Record<string, number>;
  agendaGroups: number;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  baseRssMb: number;
}

const send = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const here = fileURLToPath(import.meta.url);

const LOADER_FLAGS = (process.env.GRAPH_BENCH_LOADER_FLAGS ?? '').split(' ').filter(Boolean);
/** The second loader run: the same cycles with V8's heap capped, to tell live memory from garbage not yet collected. */
const CAPPED_HEAP_FLAG = '--max-old-space-size=96';
const LOADER_GOAL_MB = 256;
const SENDING_GOAL_MB = 384;

function spawnRole(role: 'emulator' | 'loader' | 'sender', env: Record<string, string> = {}, flags: string[] = []) {
  return spawn(process.execPath, ['--expose-gc', ...flags, '--import', 'tsx', here], { env: { ...process.env, ...env, [ROLE]: role }, stdio: ['pipe', 'pipe', 'inherit'] });
}

type LoaderLine = CycleFigures | { retainedHeapMb: number; rssAfterGcMb: number };

interface SendingFigures {
  due: number;
  sent: number;
  unreachable: number;
  retried: number;
  ms: number;
  peakRssMb: number;
  baseRssMb: number;
}

// ---------------------------------------------------------------------------------------------
// Emulator process: the seeded tenant; answers "count" on stdin with the requests it saw.

async function hostEmulator(): Promise<void> {
  const { buildEmulator } = await import('../../dev/graph-emulator/index.ts');
  const { seedLargeTenant } = await import('../../dev/demo-tenant/index.ts');
  const { buildBotConnector } = await import('../../dev/bot-connector/index.ts');
  const seed = seedLargeTenant({ groups: GROUPS, tasks: TASKS, today: SEED_TODAY });
  const emulator = buildEmulator({ seed });
  const { url } = await emulator.listen(0, '127.0.0.1');
  const connector = buildBotConnector();
  const connectorUrl = (await connector.listen()).url;
  const mt = seed.groups.find((g) => g.displayName === 'MT');
  const groupIds = seed.groups.filter((g) => g !== mt).map((g) => g.id);
  const userIds = seed.users.map((u) => u.id);
  send({ url, ca: emulator.ca, token: emulator.issueDevToken(), groupIds, userIds, connectorUrl, ...(mt ? { mtGroupId: mt.id } : {}) } satisfies Hello);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'count') send({ http: emulator.httpRequestCount(), inner: emulator.log.filter((e) => e.batchedFrom).length, connector: connector.stats.accepted });
  }
  await connector.close();
  await emulator.close();
}

// ---------------------------------------------------------------------------------------------
// Loader process: three reminder cycles, figures as JSON lines.

async function measure<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number; peakRssMb: number; baseRssMb: number }> {
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const value = await work();
    const used = process.cpuUsage(cpu);
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, peakRssMb: peak / 2 ** 20, baseRssMb: base / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

async function runLoader(hello: Hello): Promise<void> {
  const dispatcher = await createTrustingDispatcher(hello.ca);
  const client = createGraphClient({ tokenProvider: createDevTokenProvider(hello.token), baseUrl: `${hello.url.replace(/\/$/, '')}/`, dispatcher });
  const cache: LoaderCache = new Map();
  const mt = hello.mtGroupId ? { mtGroupId: hello.mtGroupId } : {};
  const start = Date.parse(START);
  // The scheduler's cron: a cycle every CYCLE_MINUTES, simulated by passing `now`; the cold cycle first.
  for (let i = 0; i <= STEADY_CYCLES; i++) {
    const now = start + i * CYCLE_MINUTES * 60_000;
    const window = { from: new Date(now).toISOString(), to: new Date(now + WINDOW_DAYS * 86_400_000).toISOString() };
    const options: LoadOptions = { cache, now, ...mt, ...(CALENDAR_TTL_MIN ? { ttl: { calendar: CALENDAR_TTL_MIN * 60_000 } } : {}) };
    // The scheduler's way: werkgroepen come per chunk and are dropped once counted.
    const problems: Record<string, number> = {};
    const read = { werkgroepen: 0, members: 0, actions: 0, meetings: 0, agendapunten: 0, results: 0, verbeterpunten: 0 };
    const members = new Set<string>();
    const agendaGroups = new Set<string>();
    const { value: stats, ...m } = await measure(() =>
      streamReminderData(client, hello.groupIds, window, options, (chunk) => {
        read.werkgroepen += chunk.werkgroepen.length;
        for (const member of chunk.members) members.add(member.id);
        read.actions += chunk.actions.length;
        read.meetings += chunk.meetings.length;
        read.agendapunten += chunk.agenda.length;
        read.results += chunk.results.length;
        read.verbeterpunten += chunk.verbeterpunten.length;
        for (const a of chunk.agenda) agendaGroups.add(a.werkgroepId);
        for (const p of chunk.problems) {
          const key = `${p.resource} ${p.code}${p.stale ? ' (stale copy used)' : ''}`;
          problems[key] = (problems[key] ?? 0) + 1;
        }
      }),
    );
    read.members = members.size;
    const data = { stats };
    send({
      name: i === 0 ? 'cold cycle (empty cache: ids and all slow data read)' : `cycle ${i}`,
      steady: i > 0,
      at: new Date(now).toISOString(),
      read,
      problems,
      http: data.stats.httpRequests,
      inner: data.stats.innerRequests,
      retries: data.stats.innerRetries,
      nextPages: data.stats.nextPages,
      reads: data.stats.reads,
      pages: data.stats.pages,
      fromCache: data.stats.fromCache,
      refreshed: data.stats.refreshed,
      agendaGroups: agendaGroups.size,
      ...m,
    } satisfies CycleFigures);
  }
  // After all cycles were measured: what stays (the cache included) once garbage is collected.
  (globalThis as { gc?: () => void }).gc?.();
  send({ retainedHeapMb: process.memoryUsage().heapUsed / 2 ** 20, rssAfterGcMb: process.memoryUsage.rss() / 2 ** 20 });
  await (dispatcher as { close(): Promise<void> }).close();
}

// ---------------------------------------------------------------------------------------------
// Sender process: the bot's first cycle on a cold cache in the sending hours, every reminder due.

async function runSender(hello: Hello): Promise<void> {
  const { Client } = await import('@microsoft/teams.common');
  const { createScheduler, createGraphReminderSource } = await import('../../bot/scheduler/index.ts');
  const { createProactiveSender } = await import('../../bot/proactive.ts');
  const { createLogger } = await import('../../bot/logger.ts');
  const { localConnectorToken } = await import('../../bot/config.ts');
  const { openSqliteStore } = await import('../../src/store/index.ts');
  const { amsterdamTime } = await import('../../src/workgroups/index.ts');
  const dispatcher = await createTrustingDispatcher(hello.ca);
  const graph = createGraphClient({ tokenProvider: createDevTokenProvider(hello.token), baseUrl: `${hello.url.replace(/\/$/, '')}/`, dispatcher });
  const store = openSqliteStore({ file: join(mkdtempSync(join(tmpdir(), 'graph-bench-')), 'bot.db') });
  const installedAt = new Date().toISOString();
  for (const userId of hello.userIds) {
    await store.saveConversation({ conversationId: `a:${userId}`, serviceUrl: hello.connectorUrl, tenantId: 't', scope: 'personal', botId: 'b', userId, installedAt });
  }
  for (const id of hello.groupIds) {
    await store.saveConversation({ conversationId: `19:${id}@thread.tacv2`, serviceUrl: hello.connectorUrl, tenantId: 't', scope: 'team', botId: 'b', werkgroepId: id, installedAt });
  }
  const at = amsterdamTime(SEED_TODAY, '08:00');
  const scheduler = createScheduler({
    store,
    sender: createProactiveSender(new Client({ token: () => localConnectorToken('bench-bot') })),
    source: createGraphReminderSource(graph, { werkgroepIds: async () => hello.groupIds, ...(hello.mtGroupId ? { mtGroupId: hello.mtGroupId } : {}) }),
    links: { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' },
    log: createLogger({ level: 'silent' }),
    clock: { now: () => at },
    concurrency: 16,
  });
  const { value: report, ms, peakRssMb, baseRssMb } = await measure(() => scheduler.runCycle(at));
  send({ due: report.due, sent: report.sent, unreachable: report.unreachable, retried: report.retried, ms, peakRssMb, baseRssMb } satisfies SendingFigures);
  await store.close();
  await (dispatcher as { close(): Promise<void> }).close();
}

if (process.env[ROLE] === 'emulator') await hostEmulator();
if (process.env[ROLE] === 'loader') await runLoader(JSON.parse(process.env[HELLO]!) as Hello);
if (process.env[ROLE] === 'sender') await runSender(JSON.parse(process.env[HELLO]!) as Hello);

// ---------------------------------------------------------------------------------------------
// Bench entry: starts both processes and prints the figures against the goals of issue 5.

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const spread = (xs: number[], digits = 0) => `${fmt(Math.min(...xs), digits)} / ${fmt(median(xs), digits)} / ${fmt(Math.max(...xs), digits)}`;
const sum = (r: Record<string, number>, keys?: string[]) => Object.entries(r).reduce((n, [k, v]) => n + (keys && !keys.includes(k) ? 0 : v), 0);
// Meetings come from the Vergaderingen list: the bot never reads a group calendar (GRAPH-CONTRACT.md §2).
const SLOW_RESOURCES = ['groups', 'owners', 'members', 'mt', 'Vergaderingen', 'Agendapunten', 'Resultaten', 'Verbeterpunten'];
const ID_RESOURCES = ['plans', 'site', 'lists'];

export async function run(): Promise<void> {
  const emulator = spawnRole('emulator');
  const emulatorLines = createInterface({ input: emulator.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => JSON.parse(((await emulatorLines.next()).value as string | undefined) ?? 'null') as unknown;
  const hello = (await nextLine()) as Hello;
  const groups = hello.groupIds.length;
  const taskBatches = Math.ceil(groups / 20);
  console.log(`tenant: ${fmt(groups)} werkgroepen, ${fmt(TASKS)} tasks; a cycle every ${CYCLE_MINUTES} min from ${START}, window ${WINDOW_DAYS} days`);
  console.log(`goal: Graph requests <= 1.1 x ceil(groups/20) + paging = ${fmt(1.1 * taskBatches, 1)} + paging; wall <= 5 s; peak RSS <= 256 MB`);
  console.log(
    'cached between cycles (LoadOptions cache + now, default TTLs): plan/site/list ids until a 404; names, owners, members, MT members 6 h; ' +
      `meetings (Vergaderingen list) ${DEFAULT_LOADER_TTL.calendar / 60_000} min (kept 1 h past the window); agenda 6 h; Resultaten/Verbeterpunten 24 h. Read every cycle: the Planner tasks of every group. ` +
      'Each group refreshes each kind at its own moment within the TTL, so a cycle re-reads a slice.' +
      (CALENDAR_TTL_MIN ? ` THIS RUN: meetings TTL ${CALENDAR_TTL_MIN} min.` : '') +
      (process.env.GRAPH_BENCH_LOADER_FLAGS ? ` THIS RUN: loader process flags ${process.env.GRAPH_BENCH_LOADER_FLAGS}.` : ''),
  );

  const cycles: CycleFigures[] = [];
  let retained: { retainedHeapMb: number; rssAfterGcMb: number } | undefined;
  const cappedCycles: CycleFigures[] = [];
  let loaderHttp = 0;
  let sending: SendingFigures | undefined;
  let sendingConnector: number | undefined;
  try {
    const loader = spawnRole('loader', { [HELLO]: JSON.stringify(hello) }, LOADER_FLAGS);
    for await (const line of createInterface({ input: loader.stdout })) {
      const parsed = JSON.parse(line) as LoaderLine;
      if ('retainedHeapMb' in parsed) {
        retained = parsed;
        continue;
      }
      const c = parsed;
      cycles.push(c);
      loaderHttp += c.http;
      const taskPages = c.pages.tasks ?? 0;
      const slice = sum(c.reads, SLOW_RESOURCES) + sum(c.pages, SLOW_RESOURCES);
      const ids = sum(c.reads, ID_RESOURCES);
      const goal = 1.1 * taskBatches + c.nextPages;
      console.log(
        `${c.name} @ ${c.at.slice(11, 16)}Z: ${fmt(c.http)} HTTP (goal ${fmt(goal, 1)}${c.http <= goal ? ', met' : ', NOT met'}) carrying ${fmt(c.inner)} reads = ` +
          `${fmt(c.reads.tasks ?? 0)} tasks + ${fmt(taskPages)} task pages + ${fmt(slice)} slow-data reads (${Object.entries(c.refreshed).map(([k, n]) => `${k} ${fmt(n)}`).join(', ')} groups refreshed)` +
          `${ids ? ` + ${fmt(ids)} id look-ups` : ''}${c.retries ? ` (${fmt(c.retries)} re-sent)` : ''}; ` +
          `wall ${fmt(c.ms / 1000, 2)} s, peak RSS ${fmt(c.peakRssMb)} MB`,
      );
      if (Object.keys(c.problems).length > 0) console.log(`  reported: ${Object.entries(c.problems).map(([k, n]) => `${fmt(n)}x ${k}`).join('; ')}`);
    }
    emulator.stdin.write('count\n');
    const seen = (await nextLine()) as { http: number; inner: number };
    console.log(`emulator saw ${fmt(seen.http)} HTTP requests carrying ${fmt(seen.inner)} batched reads (loader counted ${fmt(loaderHttp)} HTTP)`);
    const sender = spawnRole('sender', { [HELLO]: JSON.stringify(hello) }, LOADER_FLAGS);
    for await (const line of createInterface({ input: sender.stdout })) sending = JSON.parse(line) as SendingFigures;
    emulator.stdin.write('count\n');
    sendingConnector = ((await nextLine()) as { connector: number }).connector;
    const capped = spawnRole('loader', { [HELLO]: JSON.stringify(hello) }, [CAPPED_HEAP_FLAG]);
    for await (const line of createInterface({ input: capped.stdout })) {
      const parsed = JSON.parse(line) as LoaderLine;
      if (!('retainedHeapMb' in parsed)) cappedCycles.push(parsed);
    }
  } finally {
    const ended = new Promise((resolve) => emulator.once('exit', resolve));
    emulator.stdin.end();
    await ended;
  }

  const [cold, ...steady] = cycles;
  if (!cold) return;
  const loaderPeak = Math.max(...cycles.map((c) => c.peakRssMb));
  console.log(`\npeak RSS of the loader (default flags): ${fmt(loaderPeak)} MB (goal ${LOADER_GOAL_MB} MB) over ${cycles.length} cycles → ${fmt(loaderPeak / LOADER_GOAL_MB, 2)}x the goal`);
  if (sending) {
    console.log(
      `peak RSS of the first sending cycle: ${fmt(sending.peakRssMb)} MB (goal ${SENDING_GOAL_MB} MB) → ${fmt(sending.peakRssMb / SENDING_GOAL_MB, 2)}x the goal; ` +
        `${fmt(sending.due)} due / ${fmt(sending.sent)} sent / ${fmt(sending.unreachable)} unreachable / ${fmt(sending.retried)} retried, ${fmt(sendingConnector ?? 0)} cards at the connector, ` +
        `wall ${fmt(sending.ms / 1000, 2)} s, ${fmt(sending.baseRssMb)} MB before the cycle (store filled); scheduler, store and sender in a process of their own, the connector stand-in in the emulator's`,
    );
  }
  const naive = (c: CycleFigures, perGroup: number) => groups * perGroup + c.agendaGroups + c.nextPages;
  console.log(`\ncold cycle: read ${Object.entries(cold.read).map(([k, n]) => `${fmt(n)} ${k}`).join(', ')}`);
  console.log(
    `  ${fmt(cold.http)} HTTP vs naive one-per-group-per-resource ${fmt(naive(cold, 10))} (group, members, owners, plans, tasks, Vergaderingen, site, lists, Resultaten, Verbeterpunten + agenda) → ${fmt(naive(cold, 10) / cold.http, 1)}x fewer; ` +
      `${fmt(cold.http / (1.1 * taskBatches + cold.nextPages), 2)}x the steady-state goal (the cold cycle reads everything once)`,
  );
  if (steady.length === 0) return;
  const https = steady.map((c) => c.http);
  const goals = steady.map((c) => 1.1 * taskBatches + c.nextPages);
  const met = steady.filter((c, i) => c.http <= goals[i]!).length;
  const slices = steady.map((c) => sum(c.reads, SLOW_RESOURCES) + sum(c.pages, SLOW_RESOURCES));
  const taskOnly = steady.map((c) => Math.ceil(((c.reads.tasks ?? 0) + (c.pages.tasks ?? 0)) / 20));
  const last = steady[steady.length - 1]!;
  console.log(`steady state: ${steady.length} cycles every ${CYCLE_MINUTES} min (${fmt((steady.length * CYCLE_MINUTES) / 60, 2)} h simulated); min / median / max`);
  console.log(`  read each cycle: ${Object.entries(last.read).map(([k, n]) => `${fmt(n)} ${k}`).join(', ')} (last cycle)`);
  console.log(
    `  Graph requests per cycle: ${spread(https)} HTTP vs goal ${spread(goals, 1)} (1.1 x ${taskBatches} + paging: ${spread(steady.map((c) => c.nextPages))} next pages) → ` +
      `${met} of ${steady.length} cycles within the goal; ${fmt(median(https) / median(goals), 2)}x the goal at the median`,
  );
  console.log(
    `  of which task reads alone fill ${spread(taskOnly)} batches (${fmt(groups)} plans + task pages); the slow-data slice adds ${spread(slices)} reads per cycle ` +
      `(headroom in the goal: ${fmt(Math.floor(1.1 * taskBatches) * 20 - groups)} reads) → ${spread(steady.map((c, i) => c.http - taskOnly[i]!))} HTTP above the task batches`,
  );
  const kinds = Object.keys(last.refreshed);
  console.log(
    `  slow data per cycle, groups refreshed / served from cache (median): ${kinds
      .map((k) => `${k} ${fmt(median(steady.map((c) => c.refreshed[k] ?? 0)))} / ${fmt(median(steady.map((c) => c.fromCache[k] ?? 0)))}`)
      .join(', ')}`,
  );
  console.log(
    `  naive one-per-group-per-resource (group, members, owners, tasks, Vergaderingen, Resultaten, Verbeterpunten + agenda): ${fmt(median(steady.map((c) => naive(c, 7))))} → ` +
      `${fmt(median(steady.map((c) => naive(c, 7) / c.http)), 1)}x fewer`,
  );
  const ms = steady.map((c) => c.ms / 1000);
  const rss = cycles.map((c) => c.peakRssMb);
  console.log(
    `  wall per cycle ${spread(ms, 2)} s (${fmt(Math.max(...ms) / 5, 2)}x the 5 s goal at worst; cold cycle ${fmt(cold.ms / 1000, 2)} s); ` +
      `loader CPU per cycle median ${fmt(median(steady.map((c) => c.cpuMs / 1000)), 2)} s, the rest is waiting on the emulator`,
  );
  console.log(
    `  peak RSS of the loader process over all ${cycles.length} cycles, cache included: ${fmt(Math.max(...rss))} MB (${fmt(Math.max(...rss) / 256, 2)}x the 256 MB goal; ${fmt(cold.baseRssMb)} MB before the first cycle, tsx and libraries)` +
      (retained ? `; after all cycles and a forced GC: ${fmt(retained.retainedHeapMb)} MB heap in use, RSS ${fmt(retained.rssAfterGcMb)} MB` : ''),
  );
  if (cappedCycles.length > 0) {
    const [, ...cappedSteady] = cappedCycles;
    console.log(
      `  same ${cappedCycles.length} cycles in a fresh loader process with ${CAPPED_HEAP_FLAG}: peak RSS ${fmt(Math.max(...cappedCycles.map((c) => c.peakRssMb)))} MB ` +
        `(${fmt(Math.max(...cappedCycles.map((c) => c.peakRssMb)) / 256, 2)}x the goal), steady HTTP per cycle ${spread(cappedSteady.map((c) => c.http))}, ` +
        `wall per cycle ${spread(cappedSteady.map((c) => c.ms / 1000), 2)} s, cold cycle ${fmt(cappedCycles[0]!.ms / 1000, 2)} s`,
    );
  }
}
