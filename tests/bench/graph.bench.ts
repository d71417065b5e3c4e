// Reminder-cycle loader against a large tenant: Graph requests used vs the naive count, wall time and
// peak RSS. The emulator and the loader each run in their own child process, so the figures are the
// loader's own and not those of the emulator or of other benchmarks that ran before in this process.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createDevTokenProvider, createGraphClient, createTrustingDispatcher, loadReminderData } from '../../src/graph/index.ts';
import type { LoadOptions, LoaderCache } from '../../src/graph/index.ts';

const GROUPS = 1000;
const TASKS = 20_000;
/** seedLargeTenant spreads due dates and meetings around its default day. */
const SEED_TODAY = '2026-12-01';
const ROLE = 'GRAPH_BENCH_ROLE';
const HELLO = 'GRAPH_BENCH_HELLO';

interface Hello {
  url: string;
  ca: string;
  token: string;
  groupIds: string[];
  mtGroupId?: string;
}

interface CycleFigures {
  name: string;
  perGroup: string[];
  read: Record<string, number>;
  problems: Record<string, number>;
  http: number;
  inner: number;
  retries: number;
  nextPages: number;
  agendaGroups: number;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  baseRssMb: number;
}

const send = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const here = fileURLToPath(import.meta.url);

function spawnRole(role: 'emulator' | 'loader', env: Record<string, string> = {}) {
  return spawn(process.execPath, ['--import', 'tsx', here], { env: { ...process.env, ...env, [ROLE]: role }, stdio: ['pipe', 'pipe', 'inherit'] });
}

// ---------------------------------------------------------------------------------------------
// Emulator process: the seeded tenant; answers "count" on stdin with the requests it saw.

async function hostEmulator(): Promise<void> {
  const { buildEmulator } = await import('../../dev/graph-emulator/index.ts');
  const { seedLargeTenant } = await import('../../dev/demo-tenant/index.ts');
  const seed = seedLargeTenant({ groups: GROUPS, tasks: TASKS, today: SEED_TODAY });
  const emulator = buildEmulator({ seed });
  const { url } = await emulator.listen(0, '127.0.0.1');
  const mt = seed.groups.find((g) => g.displayName === 'MT');
  const groupIds = seed.groups.filter((g) => g !== mt).map((g) => g.id);
  send({ url, ca: emulator.ca, token: emulator.issueDevToken(), groupIds, ...(mt ? { mtGroupId: mt.id } : {}) } satisfies Hello);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'count') send({ http: emulator.httpRequestCount(), inner: emulator.log.filter((e) => e.batchedFrom).length });
  }
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
  const from = new Date(`${SEED_TODAY}T00:00:00Z`);
  const window = { from: from.toISOString(), to: new Date(from.getTime() + 14 * 86_400_000).toISOString() };
  const cache: LoaderCache = new Map();
  const mt = hello.mtGroupId ? { mtGroupId: hello.mtGroupId } : {};
  // What a loader without batching reads once per group (plus the agenda of groups that meet).
  const cycles: { name: string; options: LoadOptions; perGroup: string[] }[] = [
    {
      name: 'first cycle (plan, site and list ids unknown)',
      options: { cache, ...mt },
      perGroup: ['group', 'members', 'owners', 'plans', 'tasks', 'calendarView', 'site', 'lists', 'Resultaten', 'Verbeterpunten'],
    },
    { name: 'next cycles (ids cached)', options: { cache, ...mt }, perGroup: ['group', 'members', 'owners', 'tasks', 'calendarView', 'Resultaten', 'Verbeterpunten'] },
    { name: 'weekday cycle (ids cached, no digest lists)', options: { cache, includeDigestLists: false, ...mt }, perGroup: ['group', 'members', 'owners', 'tasks', 'calendarView'] },
  ];
  for (const cycle of cycles) {
    const { value: data, ...m } = await measure(() => loadReminderData(client, hello.groupIds, window, cycle.options));
    const problems: Record<string, number> = {};
    for (const p of data.problems) {
      const key = `${p.resource} ${p.code}`;
      problems[key] = (problems[key] ?? 0) + 1;
    }
    send({
      name: cycle.name,
      perGroup: cycle.perGroup,
      read: {
        werkgroepen: data.werkgroepen.length,
        members: data.members.length,
        actions: data.actions.length,
        meetings: data.meetings.length,
        agendapunten: data.agenda.length,
        results: data.results.length,
        verbeterpunten: data.verbeterpunten.length,
      },
      problems,
      http: data.stats.httpRequests,
      inner: data.stats.innerRequests,
      retries: data.stats.innerRetries,
      nextPages: data.stats.nextPages,
      agendaGroups: new Set(data.agenda.map((a) => a.werkgroepId)).size,
      ...m,
    } satisfies CycleFigures);
  }
  await (dispatcher as { close(): Promise<void> }).close();
}

if (process.env[ROLE] === 'emulator') await hostEmulator();
if (process.env[ROLE] === 'loader') await runLoader(JSON.parse(process.env[HELLO]!) as Hello);

// ---------------------------------------------------------------------------------------------
// Bench entry: starts both processes and prints the figures against the goals of issue 5.

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function run(): Promise<void> {
  const emulator = spawnRole('emulator');
  const emulatorLines = createInterface({ input: emulator.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => JSON.parse(((await emulatorLines.next()).value as string | undefined) ?? 'null') as unknown;
  const hello = (await nextLine()) as Hello;
  const goalBase = 1.1 * Math.ceil(hello.groupIds.length / 20);
  console.log(`tenant: ${fmt(hello.groupIds.length)} werkgroepen, ${fmt(TASKS)} tasks; window ${SEED_TODAY} + 14 days`);
  console.log('goal: Graph requests <= 1.1 x ceil(groups/20) + paging; wall <= 5 s; peak RSS <= 256 MB');

  let loaderHttp = 0;
  try {
    const loader = spawnRole('loader', { [HELLO]: JSON.stringify(hello) });
    for await (const line of createInterface({ input: loader.stdout })) {
      const c = JSON.parse(line) as CycleFigures;
      loaderHttp += c.http;
      const naive = hello.groupIds.length * c.perGroup.length + c.agendaGroups + c.nextPages;
      const goal = goalBase + c.nextPages;
      console.log(`\n${c.name}`);
      console.log(`  read: ${Object.entries(c.read).map(([k, n]) => `${fmt(n)} ${k}`).join(', ')}`);
      if (Object.keys(c.problems).length > 0) console.log(`  reported: ${Object.entries(c.problems).map(([k, n]) => `${fmt(n)}x ${k}`).join('; ')}`);
      console.log(
        `  Graph requests: ${fmt(c.http)} HTTP ($batch) carrying ${fmt(c.inner)} reads (${fmt(c.nextPages)} next pages, ${fmt(c.retries)} re-sent); ` +
          `naive one-per-group-per-resource: ${fmt(naive)} → ${fmt(naive / c.http, 1)}x fewer`,
      );
      console.log(
        `  vs goal ${fmt(goal, 1)}: ${fmt(c.http / goal, 2)}x the goal. Per resource read per group (${c.perGroup.length}): ` +
          `${fmt(c.http / c.perGroup.length, 1)} HTTP = ${fmt(c.http / c.perGroup.length / goalBase, 2)}x the goal`,
      );
      console.log(
        `  wall ${fmt(c.ms / 1000, 2)} s (${fmt(c.ms / 5000, 2)}x the goal; loader CPU ${fmt(c.cpuMs / 1000, 2)} s, the rest is waiting on the emulator); ` +
          `peak RSS ${fmt(c.peakRssMb)} MB (${fmt(c.peakRssMb / 256, 2)}x the goal; ${fmt(c.baseRssMb)} MB before the cycle)`,
      );
    }
    emulator.stdin.write('count\n');
    const seen = (await nextLine()) as { http: number; inner: number };
    console.log(`\nemulator saw ${fmt(seen.http)} HTTP requests carrying ${fmt(seen.inner)} batched reads (loader counted ${fmt(loaderHttp)} HTTP)`);
  } finally {
    const ended = new Promise((resolve) => emulator.once('exit', resolve));
    emulator.stdin.end();
    await ended;
  }
}
