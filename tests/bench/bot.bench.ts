// Bot benchmarks, measured in this run:
// 1. Activities per second through the bot's real HTTP endpoint (production token check, a card action that
//    writes the store and returns a card) against a bare node:http echo server, same client, same payload.
// 2. One reminder cycle for 1,000 werkgroepen against the Graph emulator (in its own process): wall time,
//    Graph requests, Bot Connector calls.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { Client } from '@microsoft/teams.common';
import { Agent } from 'undici';

const ROLE = 'BOT_BENCH_ROLE';
const GROUPS = 1000;
const TASKS = 20_000;
const SEED_TODAY = '2026-12-01';
const here = fileURLToPath(import.meta.url);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Requests per wall-clock second, and per CPU second this process spent (client and server share it). */
async function load(url: string, body: string, headers: Record<string, string>, count: number, concurrency: number): Promise<{ rate: number; cpuRate: number }> {
  const dispatcher = new Agent({ connections: concurrency, pipelining: 1 });
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++;
        const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, dispatcher } as RequestInit);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`status ${res.status}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await dispatcher.close();
  return { rate: count / seconds, cpuRate: count / ((used.user + used.system) / 1e6) };
}

async function activitiesPerSecond(): Promise<void> {
  const { startOpenId, ISSUER } = await import('../bot/support/openid.ts');
  const { cardAction } = await import('../bot/support/activities.ts');
  const { createBot, createLogger, localConnectorToken } = await import('../../bot/index.ts');
  const { VERBS } = await import('../../bot/cards/index.ts');
  const { openSqliteStore } = await import('../../src/store/index.ts');
  const { AppError } = await import('../../src/text/index.ts');
  const openId = await startOpenId();
  const store = openSqliteStore({ file: join(mkdtempSync(join(tmpdir(), 'bot-bench-')), 'bot.db') });
  const refuse = () => Promise.reject(new AppError('GRAPH.UNAVAILABLE'));
  const bot = createBot(
    {
      store,
      workgroups: { loadAction: refuse, completeAction: refuse, handOverAction: refuse, listActionsOf: async () => [] },
      clock: { now: () => new Date().toISOString() },
      links: { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' },
      log: createLogger({ level: 'silent' }),
    },
    {
      auth: {
        mode: 'production',
        clientId: 'bench-bot',
        tenantId: 'tenant-1',
        token: () => localConnectorToken('bench-bot'),
        cloud: withOverrides(PUBLIC, { openIdMetadataUrl: openId.metadataUrl }),
      },
    },
  );
  const { url: botUrl } = await bot.listen(0);
  const echo = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: string };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, id: body.id }));
    });
  });
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
  const echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/api/messages`;
  const activity = cardAction({
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    userId: 'u1',
    verb: VERBS.saveSettings,
    data: { quiet: 'on', quietStart: '18:00', quietEnd: '08:00', kind_actie: 'true', kind_vergadering: 'true', kind_weekoverzicht: 'false' },
  });
  const token = await openId.sign({ iss: ISSUER, aud: 'bench-bot', serviceurl: activity.serviceUrl });
  const body = JSON.stringify(activity);
  const headers = { authorization: `Bearer ${token}` };
  const N = 1000;
  const C = 16;
  const ROUNDS = 7;
  await load(`${botUrl}/api/messages`, body, headers, 300, C);
  await load(echoUrl, body, headers, 300, C);
  // Short alternating rounds, ratio per pair: the machine's load drifts, a pair sees the same load. Which of
  // the two goes first alternates, so neither always inherits the other's garbage or a warmer CPU.
  const botRates: number[] = [];
  const echoRates: number[] = [];
  const ratios: number[] = [];
  // The same pair counted in CPU time: other processes on the machine slow the wall clock, not this.
  const cpuRatios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const echoFirst = round % 2 === 0;
    const first = await load(echoFirst ? echoUrl : `${botUrl}/api/messages`, body, headers, N, C);
    const second = await load(echoFirst ? `${botUrl}/api/messages` : echoUrl, body, headers, N, C);
    const [e, b] = echoFirst ? [first, second] : [second, first];
    echoRates.push(e.rate);
    botRates.push(b.rate);
    ratios.push(b.rate / e.rate);
    cpuRatios.push(b.cpuRate / e.cpuRate);
  }
  console.log(
    `activities/s (card action with token check, store write, card reply): bot ${median(botRates).toFixed(0)}/s, echo ${median(echoRates).toFixed(0)}/s (medians)`,
  );
  console.log(
    `ratio bot/echo: ${median(ratios).toFixed(2)} (goal >= 0.5) — median of ${ROUNDS} paired rounds, range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}, ${N} requests each, ${C} in flight`,
  );
  console.log(
    `  the same per CPU second of this process (not slowed by other processes): ${median(cpuRatios).toFixed(2)}, range ${Math.min(...cpuRatios).toFixed(2)}–${Math.max(...cpuRatios).toFixed(2)}`,
  );
  await bot.close();
  await new Promise((r) => echo.close(r));
  await openId.close();
  await store.close();
}

interface Hello {
  url: string;
  ca: string;
  token: string;
}

async function hostEmulator(): Promise<void> {
  const { buildEmulator } = await import('../../dev/graph-emulator/index.ts');
  const { seedLargeTenant } = await import('../../dev/demo-tenant/index.ts');
  const emulator = buildEmulator({ seed: seedLargeTenant({ groups: GROUPS, tasks: TASKS, today: SEED_TODAY }) });
  const { url } = await emulator.listen(0, '127.0.0.1');
  process.stdout.write(`${JSON.stringify({ url, ca: emulator.ca, token: emulator.issueDevToken() } satisfies Hello)}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'count') process.stdout.write(`${JSON.stringify({ count: emulator.httpRequestCount() })}\n`);
    if (line === 'exit') break;
  }
  await emulator.close();
  process.exit(0);
}

async function reminderCycle(): Promise<void> {
  const { seedLargeTenant } = await import('../../dev/demo-tenant/index.ts');
  const { buildBotConnector } = await import('../../dev/bot-connector/index.ts');
  const { createGraphClient, createDevTokenProvider, createTrustingDispatcher } = await import('../../src/graph/index.ts');
  const { openSqliteStore } = await import('../../src/store/index.ts');
  const { createLogger, createScheduler, localConnectorToken } = await import('../../bot/index.ts');
  const { createGraphReminderSource } = await import('../../bot/scheduler/index.ts');
  const { createProactiveSender } = await import('../../bot/proactive.ts');
  const { amsterdamTime } = await import('../../src/workgroups/index.ts');

  const child = spawn(process.execPath, ['--import', 'tsx', here], { env: { ...process.env, [ROLE]: 'emulator' }, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => JSON.parse(String((await lines.next()).value)) as Record<string, unknown>;
  const hello = (await nextLine()) as unknown as Hello;
  const count = async () => {
    child.stdin.write('count\n');
    return Number((await nextLine()).count);
  };
  try {
    const seed = seedLargeTenant({ groups: GROUPS, tasks: TASKS, today: SEED_TODAY });
    const mt = seed.groups.find((g) => g.displayName === 'MT');
    const groupIds = seed.groups.filter((g) => g !== mt).map((g) => g.id);
    const graph = createGraphClient({
      tokenProvider: createDevTokenProvider(hello.token),
      baseUrl: `${hello.url.replace(/\/$/, '')}/`,
      dispatcher: await createTrustingDispatcher(hello.ca),
    });
    const connector = buildBotConnector();
    const connectorUrl = (await connector.listen()).url;
    const store = openSqliteStore({ file: join(mkdtempSync(join(tmpdir(), 'bot-bench-')), 'bot.db') });
    const installedAt = new Date().toISOString();
    for (const u of seed.users) {
      await store.saveConversation({ conversationId: `a:${u.id}`, serviceUrl: connectorUrl, tenantId: 't', scope: 'personal', botId: 'b', userId: u.id, installedAt });
    }
    for (const id of groupIds) {
      await store.saveConversation({ conversationId: `19:${id}@thread.tacv2`, serviceUrl: connectorUrl, tenantId: 't', scope: 'team', botId: 'b', werkgroepId: id, installedAt });
    }
    const scheduler = createScheduler({
      store,
      sender: createProactiveSender(new Client({ token: () => localConnectorToken('bench-bot') })),
      source: createGraphReminderSource(graph, { werkgroepIds: async () => groupIds, ...(mt ? { mtGroupId: mt.id } : {}) }),
      links: { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' },
      log: createLogger({ level: 'silent' }),
      clock: { now: () => amsterdamTime(SEED_TODAY, '08:00') },
      concurrency: 16,
    });
    for (const [name, at] of [
      ['first cycle (cold cache, all reminders due)', amsterdamTime(SEED_TODAY, '08:00')],
      ['next cycle 5 minutes later (nothing new to send)', amsterdamTime(SEED_TODAY, '08:05')],
    ] as const) {
      const graphBefore = await count();
      const connectorBefore = connector.stats.requests;
      let peak = process.memoryUsage().rss;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const started = performance.now();
      const report = await scheduler.runCycle(at);
      const ms = performance.now() - started;
      clearInterval(timer);
      console.log(
        `reminder cycle, ${groupIds.length} werkgroepen, ${TASKS} tasks — ${name}: ${(ms / 1000).toFixed(2)} s wall, ` +
          `${(await count()) - graphBefore} Graph requests, ${connector.stats.requests - connectorBefore} Bot Connector calls, ` +
          `${report.due} due / ${report.sent} sent / ${report.skipped} skipped, peak RSS ${(peak / 1048576).toFixed(0)} MB`,
      );
    }
    await connector.close();
    await store.close();
  } finally {
    child.stdin.write('exit\n');
  }
}

export async function run(): Promise<void> {
  if (process.env.BOT_BENCH_ONLY !== 'cycle') await activitiesPerSecond();
  if (process.env.BOT_BENCH_ONLY !== 'activities') await reminderCycle();
}

if (process.env[ROLE] === 'emulator') await hostEmulator();
