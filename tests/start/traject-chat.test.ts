// `npm start` on a Wednesday morning on the demo clock: the opsteller whose terugkoppeling is overdue finds
// the bot's traject card in the chat view; "Terugkoppeling gedaan" clicked there marks the register.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../bot/cards/index.ts';
import { DEMO_PARTICIPATION_SITE_ID, demoUserId } from '../../dev/demo-tenant/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { launchBrowser } from '../support/browser.ts';
import { cardText, chatAxeViolations, chatEntries, ensureChatBuilt, findExecute, getJson, REPO, startLauncher, stopLauncher, type LauncherProcess } from './support.ts';

const CLOCK = '2026-12-02T08:30';
const verhoeven = demoUserId('verhoeven');
const conversationId = `a:personal-${verhoeven}`;
const t = botText.traject;

let data: string;
let run: LauncherProcess;
let chatUrl: string;
let webUrl: string;

const entries = () => chatEntries(chatUrl);
const trajectCard = async () => (await entries()).find((e) => e.conversationId === conversationId && e.card && findExecute(e.card, VERBS.trajectDone));

async function registerItem(opsteller = verhoeven): Promise<Record<string, unknown>> {
  const token = await (await fetch(`${webUrl}/dev/token?user=${encodeURIComponent(opsteller)}`)).text();
  const page = await getJson<{ value: { fields: Record<string, unknown> }[] }>(
    `${webUrl}/graph/v1.0/sites/${encodeURIComponent(DEMO_PARTICIPATION_SITE_ID)}/lists/Participatietrajecten/items?$expand=fields`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  return page.value.map((i) => i.fields).find((f) => f.OpstellerId === opsteller)!;
}

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'start-traject-'));
  await ensureChatBuilt();
  ({ run, webUrl, chatUrl } = await startLauncher(data, ['--clock', CLOCK]));
}, 180_000);

afterAll(async () => {
  await stopLauncher(run, 'SIGKILL', data);
});

describe('npm start: a traject reminder in the chat view', { timeout: 90_000 }, () => {
  it('the first tick sends the opsteller the overdue terugkoppeling card', async () => {
    await expect.poll(trajectCard, { timeout: 30_000 }).toBeDefined();
    const entry = (await trajectCard())!;
    expect(cardText(entry.card)).toContain(t.verlopenTitle);
    expect(cardText(entry.card)).toContain('het nieuwe speelruimteplan');
  });

  it('renders in Chromium, axe clean; the opsteller clicks Terugkoppeling gedaan and the register says so', async () => {
    const entry = (await trajectCard())!;
    expect((await registerItem()).TerugkoppelingGedaan).not.toBe(true);
    mkdirSync(join(REPO, 'tests/artifacts'), { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, bypassCSP: true });
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${chatUrl}/#${encodeURIComponent(conversationId)}`);
      const card = page.locator(`[data-entry-id="${entry.id}"] .ac-adaptiveCard`);
      await card.waitFor({ timeout: 15_000 });
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(REPO, 'tests/artifacts/start-chat-traject.png') });
      expect(await chatAxeViolations(page)).toEqual([]);
      await card.getByRole('button', { name: t.done, exact: true }).click();
      await page.locator(`[data-entry-id="${entry.id}"]`).getByText(t.doneTitle).waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(REPO, 'tests/artifacts/start-chat-traject-done.png') });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
    expect((await registerItem()).TerugkoppelingGedaan).toBe(true);
  });

  it('the evaluation card, filled in and sent in Chromium, stores the answers on the traject', async () => {
    const zwart = demoUserId('zwart');
    const chat = `a:personal-${zwart}`;
    const entry = (await entries()).find((e) => e.conversationId === chat && e.card && findExecute(e.card, VERBS.trajectEvaluation))!;
    expect(entry).toBeDefined();
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, bypassCSP: true });
      await page.goto(`${chatUrl}/#${encodeURIComponent(chat)}`);
      const card = page.locator(`[data-entry-id="${entry.id}"] .ac-adaptiveCard`);
      await card.waitFor({ timeout: 15_000 });
      await card.getByLabel(t.gehoord.deels, { exact: true }).check();
      await card.getByRole('textbox').fill('De uitkomst ook op papier bezorgen.');
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(REPO, 'tests/artifacts/start-chat-traject-evaluatie.png') });
      await card.getByRole('button', { name: t.submit, exact: true }).click();
      await page.locator(`[data-entry-id="${entry.id}"]`).getByText(t.evaluatieSavedTitle).waitFor({ timeout: 15_000 });
    } finally {
      await browser.close();
    }
    expect(await registerItem(zwart)).toMatchObject({ EvaluatieGehoord: 'deels', EvaluatieAndersDoen: 'De uitkomst ook op papier bezorgen.' });
  });
});
