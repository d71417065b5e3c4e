// The tab as Teams opens it, in headless Chromium: a deep link from a real bot card lands on the right
// action; the production build never falls back to demo data (not on a slow start, not outside Teams),
// but says in Dutch what is wrong and offers a retry. Teams itself is played by a frameless fake host
// (support/teams-host.ts), the path teams-js takes on iOS and Android.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildActionReminderCard, buildMeetingCard, subEntityIdOf, tabLinksFromSettings } from '../../bot/cards/index.ts';
import { createDevTokenProvider, createGraphClient, createTrustingDispatcher, listMeetings } from '../../src/graph/index.ts';
import { tabErrors } from '../../src/text/errors-tab.ts';
import { tabText } from '../../src/text/ui-tab.ts';
import type { Actie, MeetingReminder } from '../../src/workgroups/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { IDS, tabTestSeed } from './support/seed.ts';
import { ensureTabBuilt, startTabStack } from './support/stack.ts';
import type { TabStack } from './support/stack.ts';
import { fakeTeamsHostScript } from './support/teams-host.ts';

const ARTIFACTS = 'tests/artifacts';
const LINKS = tabLinksFromSettings({ TEAMS_APP_ID: '11111111-2222-3333-4444-555555555555', TEAMS_APP_CATALOG_ID: 'c0ffee00-1234-5678-9abc-def012345678' });
const TITLE = 'Evaluatie leidraad voorbereiden met de klankbordgroep';

let demo: TabStack;
let production: TabStack;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const seed = tabTestSeed({ now: new Date(), withSeries: true });
  demo = await startTabStack(seed, IDS.pieter);
  // The production build, served with a short "Teams is slow" threshold so the test need not wait 20 s.
  production = await startTabStack(seed, IDS.pieter, { variant: 'production', tabConfig: { hostSlowMs: 1500 } });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await production?.close();
});

/**
 * A fresh page (own context, so init scripts do not carry over) that records which requests reach the
 * tab's server. Pages stay open until the browser closes: the single-process Chromium from npm may go
 * down with its last closed page.
 */
async function newPage(): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  return { page, requests };
}

/** The reminder card the bot sends Pieter, built by the bot's own card code from the task in Planner. */
function cardLinkFor(stack: TabStack): string {
  const task = [...stack.emulator.state.tasks.values()].find((t) => t.title === TITLE);
  expect(task).toBeDefined();
  const actie: Actie = { id: task!.id, werkgroepId: IDS.werkgroep, titel: TITLE, trekkerId: IDS.pieter, status: 'open' };
  const card = buildActionReminderCard(
    { kind: 'actie-vandaag', actie, werkgroep: { id: IDS.werkgroep, naam: 'Werkgroep Interactief beleid' }, workingDaysLeft: 0, daysOverdue: 0, handOverCandidates: [] },
    LINKS,
  );
  const urls = JSON.stringify(card).match(/https:\/\/teams\.microsoft\.com\/l\/entity\/[^"]+/g) ?? [];
  expect(urls).toHaveLength(1);
  return urls[0]!;
}

describe('the tab inside Teams', { timeout: 90_000 }, () => {
  it('a card link opens the personal tab at that action, although the contentUrl has its own hash', async () => {
    const link = cardLinkFor(demo);
    expect(link.startsWith('https://teams.microsoft.com/l/entity/c0ffee00-1234-5678-9abc-def012345678/mijn-acties?')).toBe(true);
    const subEntityId = subEntityIdOf(link);
    const { page } = await newPage();
    await page.addInitScript(fakeTeamsHostScript({ context: { entityId: 'mijn-acties', subEntityId, userObjectId: IDS.pieter, userDisplayName: 'Pieter de Vries' } }));
    // The static tab's contentUrl, as in the manifest: it carries its own hash.
    await page.goto(`${demo.url}/tab.html#/mijn-acties`);
    const detail = page.getByTestId('actie-detail');
    await detail.getByText(TITLE).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Werkgroep Interactief beleid');
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/${subEntityId}`);
    await page.screenshot({ path: `${ARTIFACTS}/tab-deeplink-actie.png`, fullPage: true });
  });

  it('the meeting card opens the personal tab at that meeting of its werkgroep', async () => {
    // The werkgroep's meetings as the tab reads them (delegated, through the gateway).
    const dispatcher = await createTrustingDispatcher(demo.emulator.ca);
    const client = createGraphClient({ tokenProvider: createDevTokenProvider(() => demo.emulator.issueDevToken(IDS.pieter)), baseUrl: `${demo.emulatorUrl}/`, dispatcher });
    const now = Date.now();
    const meetings = await listMeetings(client, { groupId: IDS.werkgroep }, { from: new Date(now - 100 * 86_400_000).toISOString(), to: new Date(now + 100 * 86_400_000).toISOString() });
    // Not the next meeting (the page's own choice): one from the past, so only the link can pick it.
    const past = meetings.filter((m) => Date.parse(m.end) < now).sort((a, b) => (a.start < b.start ? -1 : 1));
    const vergadering = past[0];
    expect(vergadering).toBeDefined();
    const reminder: MeetingReminder = {
      key: 'k',
      kind: 'vergadering',
      recipient: { type: 'werkgroep', werkgroepId: IDS.werkgroep },
      werkgroep: { id: IDS.werkgroep, naam: 'Werkgroep Interactief beleid' },
      vergadering: vergadering!,
      date: vergadering!.start.slice(0, 10),
      workingDaysUntil: 1,
      agenda: [],
      openActionsByOwner: [],
    };
    const [link] = JSON.stringify(buildMeetingCard(reminder, LINKS)).match(/https:\/\/teams\.microsoft\.com\/l\/entity\/[^"]+/g) ?? [];
    const { page } = await newPage();
    await page.addInitScript(fakeTeamsHostScript({ context: { entityId: 'mijn-acties', subEntityId: subEntityIdOf(link!), userObjectId: IDS.pieter } }));
    await page.goto(`${demo.url}/tab.html#/mijn-acties`);
    const picker = page.getByLabel(tabText.vergadering.pickMeeting);
    await picker.waitFor({ timeout: 20_000 });
    expect(await picker.inputValue()).toBe(vergadering!.id);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Werkgroep Interactief beleid');
    await page.screenshot({ path: `${ARTIFACTS}/tab-deeplink-vergadering.png`, fullPage: true });
    await (dispatcher as { close(): Promise<void> }).close();
  });

  it('production build on a slow phone: waits past 2.5 s for Teams, never turns to demo data or /dev/token', async () => {
    const { page, requests } = await newPage();
    await page.addInitScript(fakeTeamsHostScript({ context: { entityId: 'mijn-acties', userObjectId: IDS.pieter }, initDelayMs: 4000 }));
    await page.goto(`${production.url}/tab.html#/mijn-acties`);
    // No sign-in is configured on this server, so once Teams answers the tab says sign-in failed:
    // proof it went on as Teams, not as the demo.
    await page.getByText(tabErrors['TAB.SIGN_IN_FAILED']).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { __teamsCalls: string[] }).__teamsCalls)).toContain('getContext');
    expect(await page.getByText(tabText.demoBanner).count()).toBe(0);
    expect(requests).not.toContain('/dev/token');
    expect(requests.some((p) => p.startsWith('/graph/'))).toBe(false);
  });

  it('production build when Teams does not answer: a Dutch message with a retry that starts the tab again', async () => {
    const { page, requests } = await newPage();
    await page.addInitScript(fakeTeamsHostScript({ context: { entityId: 'mijn-acties', userObjectId: IDS.pieter }, silent: true }));
    await page.goto(`${production.url}/tab.html#/mijn-acties`);
    const problem = page.getByTestId('start-problem');
    await problem.getByText(tabErrors['TAB.HOST_TIMEOUT']).waitFor({ timeout: 10_000 });
    await problem.getByRole('button', { name: tabText.retry }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(tabText.hostProblemTitle);
    await page.screenshot({ path: `${ARTIFACTS}/tab-host-timeout.png`, fullPage: true });
    expect(requests).not.toContain('/dev/token');
    // Retry starts the tab again from scratch (a reload).
    await Promise.all([page.waitForEvent('load'), problem.getByRole('button', { name: tabText.retry }).click()]);
    await page.getByTestId('start-problem').waitFor({ timeout: 10_000 });
  });

  it('the production bundle has no demo path at all', async () => {
    const scripts = (dir: string) => readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, 'assets', f), 'utf8'));
    expect(scripts(await ensureTabBuilt('production')).some((js) => js.includes('/dev/token'))).toBe(false);
    expect(scripts(await ensureTabBuilt('demo')).some((js) => js.includes('/dev/token'))).toBe(true);
  });

  it('production build opened outside Teams: says to open it in Teams, no demo', async () => {
    const { page, requests } = await newPage();
    await page.goto(`${production.url}/tab.html`);
    await page.getByText(tabErrors['TAB.NOT_IN_TEAMS']).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: tabText.retry }).waitFor();
    expect(await page.getByText(tabText.demoBanner).count()).toBe(0);
    expect(requests).not.toContain('/dev/token');
  });

  it('the demo build outside Teams still runs as the demo', async () => {
    const { page, requests } = await newPage();
    await page.goto(`${demo.url}/tab.html#/overzicht`);
    await page.getByText(tabText.demoBanner).waitFor({ timeout: 20_000 });
    expect(requests).toContain('/dev/token');
  });
});
