// A second, independent Teams client: Microsoft's own Microsoft 365 Agents Playground (npm
// @microsoft/m365agentsplayground), driven in headless Chromium. It renders cards with Microsoft's Adaptive
// Cards renderer and sends Teams-shaped activities and invokes of its own making — not our test fixtures.
//
// How it is run here, from its package (cli.js, dist/index.js):
// - `cli.js start --app-endpoint <bot>/api/messages -c msteams --dt -p <port>`; `--dt` turns telemetry off
//   (its events are then only written to devTools/m365agentsplayground.log in the working directory).
// - TEAMSAPPTESTER_BROWSER=none: it does not open a browser itself.
// - `.m365agentsplayground.yml` in its working directory sets tenant, bot, current user, users (at least 5,
//   its schema says), personal chat, group chat and team with channels. We write one from the demo tenant.
// - It sends no Bot Framework token unless given a client id and secret (which need Entra), so the bot runs
//   in development mode, as under `npm start`.
// - Localhost only: the Node process gets HTTP(S)_PROXY pointing at a closed local port with NO_PROXY for
//   loopback, so any outbound call it tried would fail here; in Chromium every request that is not for
//   localhost is aborted and recorded. Its web UI asks for Segoe UI fonts and a "flair" script on
//   res-1.cdn.office.net; without them it renders with fallback fonts and works.
// - What it cannot show: its chat list always reads "Send a card" for an Adaptive Card (its client ignores the
//   activity's `summary`), so the summary is checked against the stub connector in channel-and-wording.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, DEMO_TENANT_ID, demoTenantSeed } from '../../dev/demo-tenant/index.ts';
import { buildEmulator, type Emulator } from '../../dev/graph-emulator/index.ts';
import { createBot, createGraphWorkgroupService, createLogger, createScheduler, localConnectorToken, type Bot, type Scheduler } from '../../bot/index.ts';
import { createGraphReminderSource } from '../../bot/scheduler/index.ts';
import { createDevTokenProvider, createGraphClient, createTrustingDispatcher, getAction, type GraphClient } from '../../src/graph/index.ts';
import { openSqliteStore, type BotStore } from '../../src/store/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { amsterdamTime, type ActionReminder } from '../../src/workgroups/index.ts';
import { launchBrowser } from '../support/browser.ts';

const ARTIFACTS = 'tests/artifacts';
const TODAY = '2026-11-26';
const seed = demoTenantSeed({ today: TODAY });
const werkgroepIds = [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen];
const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

let emulator: Emulator;
let graph: GraphClient;
let store: BotStore;
let bot: Bot;
let scheduler: Scheduler;
let playground: ChildProcess | undefined;
let playgroundUrl: string;
let playgroundLog = '';
let browser: Browser;
let page: Page;
let reminder: ActionReminder;
const external: string[] = [];
const answeredFromOutside: string[] = [];
const now = amsterdamTime(TODAY, '08:00');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}\n${playgroundLog.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The Playground's config: the demo tenant, the trekker of a due action as the signed-in user, their werkgroep as the team. */
function playgroundConfig(userId: string, werkgroepId: string): string {
  const person = (u: (typeof seed.users)[number], id: string) => {
    const [given, ...rest] = u.displayName.split(' ');
    return [
      `  id: ${JSON.stringify(id)}`,
      `  name: ${JSON.stringify(u.displayName)}`,
      `  userPrincipleName: ${JSON.stringify(u.userPrincipalName)}`,
      `  aadObjectId: ${JSON.stringify(u.id)}`,
      `  givenName: ${JSON.stringify(given ?? u.displayName)}`,
      `  surname: ${JSON.stringify(rest.join(' ') || given || u.displayName)}`,
      `  email: ${JSON.stringify(u.mail ?? u.userPrincipalName)}`,
    ];
  };
  const me = seed.users.find((u) => u.id === userId)!;
  const others = seed.users.filter((u) => u.id !== userId).slice(0, 5);
  const group = seed.groups.find((g) => g.id === werkgroepId)!;
  return [
    'version: "0.1.1"',
    `tenantId: ${DEMO_TENANT_ID}`,
    'bot:',
    '  id: participatie-bot',
    '  name: Participatie',
    'currentUser:',
    ...person(me, `29:${me.id}`),
    'users:',
    ...others.flatMap((u) => person(u, `29:${u.id}`).map((l, i) => (i === 0 ? `  -${l.slice(1)}` : `  ${l}`))),
    'personalChat:',
    `  id: a:personal-${me.id}`,
    'groupChat:',
    '  id: 19:groepschat@thread.v2',
    '  name: Groepschat',
    'team:',
    `  id: 19:team-${group.id}@thread.tacv2`,
    `  name: ${JSON.stringify(group.displayName)}`,
    `  aadGroupId: ${group.id}`,
    '  channels:',
    `    - id: 19:kanaal-${group.id}@thread.tacv2`,
    '      name: Werkgroep',
    '',
  ].join('\n');
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  emulator = buildEmulator({ seed, now: () => new Date(now) });
  const { url: graphUrl } = await emulator.listen(0, '127.0.0.1');
  graph = createGraphClient({
    tokenProvider: createDevTokenProvider(() => emulator.issueDevToken()),
    baseUrl: `${graphUrl.replace(/\/$/, '')}/`,
    dispatcher: await createTrustingDispatcher(emulator.ca),
    retry: { maxRetries: 2, delaySeconds: 0 },
  });
  const dir = mkdtempSync(join(tmpdir(), 'playground-'));
  store = openSqliteStore({ file: join(dir, 'bot.db') });
  const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const clock = { now: () => now };
  const links = { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' };
  const ids = async () => werkgroepIds;
  // The real bot, as `npm start` runs it: development mode (the Playground sends no token), real handlers.
  bot = createBot(
    { store, workgroups: createGraphWorkgroupService(graph, { werkgroepIds: ids, mtGroupId: DEMO_GROUP_IDS.mt }), clock, links, log },
    { auth: { mode: 'development', clientId: 'participatie-bot', token: () => localConnectorToken('participatie-bot') } },
  );
  const { url: botUrl } = await bot.listen(0);
  scheduler = createScheduler({
    store,
    sender: bot.sender,
    source: createGraphReminderSource(graph, { werkgroepIds: ids, mtGroupId: DEMO_GROUP_IDS.mt }),
    links,
    log,
    clock,
  });
  const due = (await scheduler.plan(now)).map((p) => p.reminder).find((r): r is ActionReminder => r.kind !== 'vergadering' && r.kind !== 'weekoverzicht');
  expect(due, 'the demo tenant has an action due at the test time').toBeDefined();
  reminder = due!;

  writeFileSync(join(dir, '.m365agentsplayground.yml'), playgroundConfig(reminder.recipient.userId, reminder.werkgroep.id));
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const port = await freePort();
  playground = spawn(process.execPath, [cli, 'start', '--app-endpoint', `${botUrl}/api/messages`, '-c', 'msteams', '--dt', '-p', String(port)], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      TEAMSAPPTESTER_BROWSER: 'none',
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      NO_PROXY: 'localhost,127.0.0.1,::1',
      no_proxy: 'localhost,127.0.0.1,::1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  playground.stdout?.on('data', (d: Buffer) => (playgroundLog += d.toString()));
  playground.stderr?.on('data', (d: Buffer) => (playgroundLog += d.toString()));
  playgroundUrl = `http://localhost:${port}`;
  await waitFor('the Playground to listen', async () => ((await fetch(`${playgroundUrl}/`)).ok ? true : undefined));

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL.has(new URL(url).hostname)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('response', (r) => {
    if (!LOCAL.has(new URL(r.url()).hostname)) answeredFromOutside.push(r.url());
  });
  await page.goto(`${playgroundUrl}/`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (playground && playground.exitCode === null) {
    const exited = new Promise((r) => playground!.once('exit', r));
    playground.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  await bot?.close();
  await emulator?.close();
  await store?.close();
});

describe('the bot in the Microsoft 365 Agents Playground', { timeout: 90_000 }, () => {
  it('installs in the personal chat: the bot stores the conversation at the Playground and welcomes the user', async () => {
    const ref = await waitFor('the personal install', () => store.findPersonalConversation(reminder.recipient.userId));
    expect(ref).toMatchObject({ scope: 'personal', tenantId: DEMO_TENANT_ID, serviceUrl: expect.stringMatching(/^http:\/\/localhost:\d+\/_connector$/) });
    await page.getByText(botText.welcome.personal).first().waitFor({ timeout: 20_000 });
  });

  it('@Participatie help in a channel gets the help card', async () => {
    await page.getByText('Werkgroep', { exact: true }).first().click();
    // Opening the channel installs the bot in the team: its welcome comes first, and the team is stored.
    await page.getByText(botText.welcome.team).first().waitFor({ timeout: 20_000 });
    expect(await store.findWerkgroepConversation(reminder.werkgroep.id)).toMatchObject({ scope: 'team' });
    const editor = page.locator('[data-lexical-editor="true"]').first();
    await editor.click();
    await editor.pressSequentially('@Part');
    // The Playground's own mention picker puts <at>Participatie</at> and its mention entity in the activity.
    const suggestion = page.getByRole('menuitem', { name: 'Participatie' });
    await suggestion.waitFor({ timeout: 10_000 });
    await suggestion.click();
    await editor.pressSequentially(' help');
    await page.screenshot({ path: `${ARTIFACTS}/playground-channel-typed.png` });
    await page.getByRole('button', { name: 'Post' }).click();
    await page.getByText(botText.help.title).first().waitFor({ timeout: 20_000 });
    expect(await page.getByText(botText.unknownCommand).count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/playground-channel-help.png` });
  });

  it('a reminder card arrives in the personal chat, and Klaar on it completes the Planner task', async () => {
    const report = await scheduler.runCycle(now);
    expect(report.sent).toBeGreaterThan(0);
    const entry = await store.getEntry(reminder.key);
    expect(entry?.state).toBe('sent');
    await page.getByText('Personal Chat', { exact: true }).first().click();
    const title = reminder.actie.titel.slice(0, 30);
    const card = page.locator('.ac-adaptiveCard', { hasText: title }).last();
    await card.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${ARTIFACTS}/playground-reminder.png` });
    expect((await getAction(graph, { werkgroepId: reminder.werkgroep.id, taskId: reminder.actie.id })).status).toBe('open');
    await card.getByRole('button', { name: botText.actie.done, exact: true }).click();
    await page.getByText(botText.result.doneTitle).first().waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${ARTIFACTS}/playground-reminder-done.png` });
    expect((await getAction(graph, { werkgroepId: reminder.werkgroep.id, taskId: reminder.actie.id })).status).toBe('klaar');
  });

  it('talked to nothing but localhost', () => {
    expect(answeredFromOutside).toEqual([]);
    // What its UI asked for outside (fonts and an animation script on Microsoft's CDN), all blocked.
    for (const url of external) expect(new URL(url).hostname).toMatch(/(^|\.)cdn\.office\.net$/);
  });
});
