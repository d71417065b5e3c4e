// `npm start` end to end, as a child process on random ports with its own data dir: the printed URLs
// answer, a scheduler tick at Monday 08:00 puts cards in the chat view, "Klaar" clicked through the chat
// view completes the Planner task in the emulator, SIGTERM stops cleanly and the next start keeps the data.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../bot/cards/index.ts';
import { DEMO_GROUP_IDS, demoTenantSeed } from '../../dev/demo-tenant/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { startText } from '../../src/text/ui-start.ts';
import { launchBrowser } from '../support/browser.ts';
import { cardText, chatAxeViolations, chatEntries, ensureChatBuilt, findExecute, getJson, REPO, startLauncher, stopLauncher, type ChatEntryJson, type LauncherProcess } from './support.ts';

// A Monday: the MT members' weekoverzicht is due at 08:00, and the demo tenant has actions around it.
const CLOCK = '2026-11-30T08:00';
const seed = demoTenantSeed({ today: '2026-11-30' });
const mtMembers = seed.groups.find((g) => g.id === DEMO_GROUP_IDS.mt)!.memberIds;
const t = startText.launcher;

let data: string;
let run: LauncherProcess;
let webUrl: string;
let chatUrl: string;

const entries = () => chatEntries(chatUrl);

async function plannerTask(taskId: string, userId: string): Promise<{ percentComplete: number; completedDateTime?: string }> {
  const token = await (await fetch(`${webUrl}/dev/token?user=${encodeURIComponent(userId)}`)).text();
  return getJson(`${webUrl}/graph/v1.0/planner/tasks/${encodeURIComponent(taskId)}`, { headers: { authorization: `Bearer ${token}` } });
}

async function start(args: string[] = []): Promise<LauncherProcess> {
  const started = await startLauncher(data, ['--clock', CLOCK, ...args]);
  ({ webUrl, chatUrl } = started);
  return started.run;
}

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'start-e2e-'));
  // The chat page must exist; the tab and the task pane are used as they are in dist/ (--no-build).
  await ensureChatBuilt();
  run = await start();
}, 180_000);

afterAll(async () => {
  await stopLauncher(run, 'SIGKILL', data);
});

// Child processes and Chromium on a busy machine: generous per-test limits.
describe('npm start', { timeout: 90_000 }, () => {
  it('prints one Dutch list of URLs, and every printed URL answers 2xx', async () => {
    const out = run.stdout();
    expect(out).toContain(t.ready);
    const urls = run.urls();
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const u of urls) {
      const res = await fetch(u);
      expect(res.status, u).toBeGreaterThanOrEqual(200);
      expect(res.status, u).toBeLessThan(300);
    }
    // The bot endpoint and the emulator are named, but not as links (GET on them is no page).
    expect(out).toMatch(/localhost:\d+\/api\/messages/);
    expect(urls.some((u) => u.includes('/api/messages'))).toBe(false);
    const ready = await getJson<{ status: string; checks: Record<string, boolean> }>(`${webUrl}/readyz`);
    expect(ready).toEqual({ status: 'ready', checks: { store: true, graph: true } });
    expect((await fetch(`${webUrl}/healthz`)).status).toBe(200);
    // The tab gets the bot's demo clock with its config, so its "today" is the bot's today.
    const tabConfig = await getJson<{ demoClock?: { now: string; speed: number } }>(`${webUrl}/tab/tab-config.json`);
    expect(tabConfig.demoClock?.speed).toBe(1);
    expect(tabConfig.demoClock?.now.slice(0, 13)).toBe('2026-11-30T07');
  });

  it('the first scheduler tick at Monday 08:00 put the weekoverzicht for MT members into the chat view', async () => {
    const all = await entries();
    const digests = all.filter((e) => e.card && cardText(e.card).includes(botText.weekoverzicht.title));
    expect(digests.length).toBeGreaterThan(0);
    for (const d of digests) {
      expect(mtMembers.some((m) => d.conversationId === `a:personal-${m}`)).toBe(true);
    }
    expect(all.some((e) => e.card && findExecute(e.card, VERBS.done))).toBe(true);
  });

  it('Klaar through the chat view completes the Planner task in the emulator and refreshes the card', async () => {
    const entry = (await entries()).find((e) => e.conversationId.startsWith('a:personal-') && e.card && findExecute(e.card, VERBS.done))!;
    const exec = findExecute(entry.card, VERBS.done)!;
    const userId = entry.conversationId.slice('a:personal-'.length);
    const taskId = String(exec.data.actieId);
    expect((await plannerTask(taskId, userId)).percentComplete).toBeLessThan(100);
    const res = await getJson<{ entry: ChatEntryJson }>(`${chatUrl}/api/conversations/${encodeURIComponent(entry.conversationId)}/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId, entryId: entry.id, verb: exec.verb, data: exec.data }),
    });
    expect(res.entry.id).toBe(entry.id);
    expect(cardText(res.entry.card)).toContain(botText.result.doneTitle);
    expect(findExecute(res.entry.card, VERBS.done)).toBeUndefined();
    const task = await plannerTask(taskId, userId);
    expect(task.percentComplete).toBe(100);
    // Completed on the demo clock, not the real one.
    expect(task.completedDateTime?.slice(0, 10)).toBe('2026-11-30');
  });

  it('someone else cannot act in a personal chat that is not theirs', async () => {
    const entry = (await entries()).find((e) => e.conversationId.startsWith('a:personal-') && e.card && findExecute(e.card, VERBS.done))!;
    const other = seed.users.find((u) => !entry.conversationId.endsWith(u.id))!;
    const res = await fetch(`${chatUrl}/api/conversations/${encodeURIComponent(entry.conversationId)}/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: other.id, entryId: entry.id, verb: VERBS.done, data: findExecute(entry.card, VERBS.done)!.data }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe(startText.chat.errors.unknownUser);
  });

  it('"mijn acties" typed in the chat view gets the list of actions from the bot', async () => {
    // A member of a werkgroep: someone in none gets a different answer (tested with the bot).
    const weertMembers = seed.groups.find((g) => g.id === DEMO_GROUP_IDS.weert)!.memberIds;
    const user = seed.users.find((u) => weertMembers.includes(u.id))!;
    const conversationId = `a:personal-${user.id}`;
    const res = await fetch(`${chatUrl}/api/conversations/${encodeURIComponent(conversationId)}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: user.id, text: 'mijn acties' }),
    });
    expect(res.status).toBe(200);
    await expect.poll(async () => (await entries()).some((e) => e.conversationId === conversationId && e.card && cardText(e.card).includes(botText.mijnActies.title)), { timeout: 10_000 }).toBe(true);
    expect((await entries()).some((e) => e.conversationId === conversationId && e.from === 'user' && e.text === 'mijn acties')).toBe(true);
  });

  it('renders the cards in headless Chromium; clicking Klaar there refreshes the card', async () => {
    const entry = (await entries()).find((e) => e.conversationId.startsWith('a:personal-') && e.card && findExecute(e.card, VERBS.done))!;
    expect(entry).toBeDefined();
    mkdirSync(join(REPO, 'tests/artifacts'), { recursive: true });
    const browser = await launchBrowser();
    try {
      // bypassCSP only so the test can inject axe; the page itself runs under its own CSP.
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, bypassCSP: true });
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${chatUrl}/#${encodeURIComponent(entry.conversationId)}`);
      const card = page.locator(`[data-entry-id="${entry.id}"] .ac-adaptiveCard`);
      await card.waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(REPO, 'tests/artifacts/start-chat-view.png') });
      await card.getByRole('button', { name: botText.actie.done, exact: true }).click();
      await page.locator(`[data-entry-id="${entry.id}"]`).getByText(botText.result.doneTitle).waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(REPO, 'tests/artifacts/start-chat-view-done.png') });
      // The MT member's weekoverzicht, and the "Later" choices opened inline.
      const digest = (await entries()).find((e) => e.card && cardText(e.card).includes(botText.weekoverzicht.title))!;
      await page.goto(`${chatUrl}/#${encodeURIComponent(digest.conversationId)}`);
      await page.locator(`[data-entry-id="${digest.id}"] .ac-adaptiveCard`).waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(REPO, 'tests/artifacts/start-chat-digest.png'), fullPage: true });
      const other = (await entries()).find((e) => e.conversationId.startsWith('a:personal-') && e.card && findExecute(e.card, VERBS.done));
      if (other) {
        await page.goto(`${chatUrl}/#${encodeURIComponent(other.conversationId)}`);
        const otherCard = page.locator(`[data-entry-id="${other.id}"] .ac-adaptiveCard`);
        await otherCard.waitFor({ timeout: 15_000 });
        await otherCard.getByRole('button', { name: botText.actie.later, exact: true }).click();
        await page.screenshot({ path: join(REPO, 'tests/artifacts/start-chat-later.png') });
      }
      expect(await chatAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
    const after = (await entries()).find((e) => e.id === entry.id)!;
    expect(cardText(after.card)).toContain(botText.result.doneTitle);
  });

  it('the tab and the task pane demo load in the browser from the launcher\'s web server', async () => {
    const urls = run.urls();
    const tab = urls.find((u) => u.endsWith('/tab/tab.html'));
    const addin = urls.find((u) => u.endsWith('/addin/demo.html'));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${webUrl}/`);
      await page.screenshot({ path: join(REPO, 'tests/artifacts/start-page.png') });
      if (tab) {
        await page.goto(tab);
        // The demo werkgroep's name comes from the emulator through /graph on the same origin.
        await page.getByText('Interactief beleid').first().waitFor({ timeout: 30_000 });
        await expect.poll(() => page.getByText('Even laden').count(), { timeout: 30_000 }).toBe(0);
        await page.screenshot({ path: join(REPO, 'tests/artifacts/start-tab.png') });
      }
      if (addin) {
        await page.goto(addin);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: join(REPO, 'tests/artifacts/start-addin.png') });
      }
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('SIGTERM stops everything cleanly; the next start keeps the demo data and sends nothing twice', async () => {
    const before = await entries();
    const done = before.filter((e) => e.card && cardText(e.card).includes(botText.result.doneTitle));
    run.child.kill('SIGTERM');
    const exit = await run.exited;
    expect(exit.code).toBe(0);
    expect(run.stdout()).toContain(t.stopped);
    expect(existsSync(join(data, 'chat.json'))).toBe(true);
    expect(existsSync(join(data, 'tenant.json'))).toBe(true);

    run = await start();
    expect(run.stdout()).toContain(t.emulatorReady(join(data, 'tenant.json'), false));
    expect(run.stdout()).not.toContain(t.installing);
    const after = await entries();
    // Same demo time: the ledger knows every reminder was sent; the chat history came back.
    expect(after.length).toBe(before.length);
    expect(after.filter((e) => e.card && cardText(e.card).includes(botText.result.doneTitle)).length).toBe(done.length);
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  }, 180_000);

  it('--reset starts fresh, and a fast demo clock brings the 08:00 reminders within seconds', async () => {
    // 07:56 at 120× speed: 08:00 comes two seconds later. How many ticks ran before the first look
    // depends on the machine's load, so the test judges the demo-clock stamps, not the timing.
    run = await start(['--reset', '--clock', '2026-11-30T07:56', '--speed', '120']);
    expect(run.stdout()).toContain(t.emulatorReady(join(data, 'tenant.json'), true));
    expect(run.stdout()).toContain(t.installing);
    const first = await entries();
    expect(first.filter((e) => e.text && e.from === 'bot').length).toBeGreaterThanOrEqual(seed.users.length + 2);
    await expect
      .poll(async () => (await entries()).some((e) => e.card && cardText(e.card).includes(botText.weekoverzicht.title)), { timeout: 30_000, interval: 500 })
      .toBe(true);
    // 08:00 in Amsterdam is 07:00Z: no card went out before the sending hours began on the demo clock.
    const cards = (await entries()).filter((e) => e.card && e.from === 'bot');
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(Date.parse(c.at), c.at).toBeGreaterThanOrEqual(Date.parse('2026-11-30T07:00:00.000Z'));
    const { clock } = await getJson<{ clock: { now: string; speed: number } }>(`${chatUrl}/api/entries?since=0`);
    expect(clock.speed).toBe(120);
    expect(Date.parse(clock.now)).toBeGreaterThan(Date.parse('2026-11-30T07:00:00.000Z'));
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  }, 180_000);
});
