// The whole loop of issue 15 on `npm start` (one child process, a fast demo clock): a civil servant answers
// the checklist in the task pane demo in Chromium → the traject is in the emulator's Participatietrajecten
// list (updating the paragraph changes it, never adds one) → the bot's terugkoppeling reminder reaches the
// opsteller in the chat view on the right day → the annual report for the raad lists the traject.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PARTICIPATION_SITE_ID } from '../../dev/demo-tenant/index.ts';
import { listTrajecten, type GraphClient } from '../../src/graph/index.ts';
import type { TrajectRecord } from '../../src/participation/index.ts';
import { buildRaadReport } from '../../src/report/raad-report.ts';
import { raadReportToDocx } from '../../src/report/raad-report-docx.ts';
import { createSameOriginGraphClient } from '../../src/tab/app/demo-client.ts';
import { addWorkingDays, toAmsterdamDate, workingDayOnOrAfter } from '../../src/workgroups/index.ts';
import { changeAantal, expectAxeClean, pane, walkChecklist, writeParagraph } from '../addin/traject-support.ts';
import { launchBrowser } from '../support/browser.ts';
import { cardText, chatEntries, ensureAddinBuilt, ensureChatBuilt, getJson, REPO, startLauncher, stopLauncher, type LauncherProcess } from './support.ts';

// Monday 08:00; one demo hour per real second, so a working week passes in about two minutes.
const CLOCK = '2026-11-30T08:00';
const SPEED = 3600;
const ONDERWERP = 'de speeltuin aan de Moeselschansweg';

let data: string;
let run: LauncherProcess;
let webUrl: string;
let chatUrl: string;
let browser: Browser;
let page: Page;

/** The register read as the demo user, through npm start's own Graph proxy. */
function demoGraph(userId: string): GraphClient {
  return createSameOriginGraphClient({
    origin: webUrl,
    getToken: async () => (await fetch(`${webUrl}/dev/token?user=${encodeURIComponent(userId)}`)).text(),
  });
}

const entries = () => chatEntries(chatUrl);

async function demoNow(): Promise<string> {
  const config = await getJson<{ demoClock?: { now: string } }>(`${webUrl}/tab/tab-config.json`);
  return config.demoClock?.now ?? new Date().toISOString();
}

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'traject-loop-'));
  await ensureChatBuilt();
  await ensureAddinBuilt();
  ({ run, webUrl, chatUrl } = await startLauncher(data, ['--clock', CLOCK, '--speed', String(SPEED)], 150_000));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(30_000);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stopLauncher(run, 'SIGTERM', data);
});

describe('the traject loop on npm start', () => {
  let opstellerId: string;
  let traject: TrajectRecord;
  let announceFrom: string;

  it('the checklist in the task pane demo registers the traject, and an update changes it in place', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const config = await getJson<{ demoUserId: string; participationSiteId?: string }>(`${webUrl}/addin/tab-config.json`);
    expect(config.participationSiteId).toBe(DEMO_PARTICIPATION_SITE_ID);
    opstellerId = config.demoUserId;
    await page.goto(`${webUrl}/addin/demo.html?document=with-heading`);
    await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 30_000 }).toBeGreaterThan(0);

    // The terugkoppeling is set so that its first reminder (5 working days before) falls well after the
    // registration, however slow this machine is today.
    const today = toAmsterdamDate(await demoNow());
    announceFrom = addWorkingDays(workingDayOnOrAfter(today), 4);
    const terugkoppeling = addWorkingDays(announceFrom, 5);
    await walkChecklist(page, { onderwerp: ONDERWERP, periodeVan: '2026-10-01', periodeTot: '2026-11-15', terugkoppeling });
    await writeParagraph(page);
    const register = pane(page).getByRole('region', { name: 'Trajectregister' });
    await register.getByRole('button', { name: 'Ja, zet het in het register' }).click();
    await expect.poll(() => register.getByText('Het traject staat in het trajectregister.').count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: join(REPO, 'tests/artifacts/traject-loop-registered.png'), fullPage: true });
    await expectAxeClean(page);

    const graph = demoGraph(opstellerId);
    const mine = async () => (await listTrajecten(graph, DEMO_PARTICIPATION_SITE_ID)).filter((x) => x.onderwerp === ONDERWERP);
    const [registered] = await mine();
    expect(registered).toMatchObject({ status: 'afgerond', terugkoppelingDatum: terugkoppeling, aantalDeelnemers: 412, opsteller: { id: opstellerId } });
    expect(toAmsterdamDate(await demoNow()) < announceFrom).toBe(true);

    await changeAantal(page, '430');
    await writeParagraph(page);
    await expect.poll(() => register.getByText('Het traject in het trajectregister is bijgewerkt.').count(), { timeout: 30_000 }).toBe(1);
    const after = await mine();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ itemId: registered!.itemId, documentId: registered!.documentId, aantalDeelnemers: 430 });
    traject = after[0]!;
    expect(errors).toEqual([]);
  }, 300_000);

  it('the bot reminds the opsteller of the terugkoppeling in the chat view, on the first day it is due', async () => {
    expect(traject).toBeDefined();
    const mineInChat = async () =>
      (await entries()).filter((e) => e.conversationId === `a:personal-${opstellerId}` && e.card && cardText(e.card).includes(ONDERWERP));
    // The demo clock runs on; the reminder comes once its day has started within the sending hours.
    await expect.poll(async () => (await mineInChat()).length, { timeout: 420_000, interval: 2_000 }).toBeGreaterThan(0);
    const [first, ...rest] = await mineInChat();
    expect(toAmsterdamDate(first!.at)).toBe(announceFrom);
    const text = cardText(first!.card);
    expect(text).toContain(ONDERWERP);
    // Sent once: later ticks on the same day add nothing for this traject and this kind.
    expect(rest.filter((e) => toAmsterdamDate(e.at) === announceFrom)).toEqual([]);
    await page.goto(chatUrl);
    await page.screenshot({ path: join(REPO, 'tests/artifacts/traject-loop-chat.png'), fullPage: true });
  }, 480_000);

  it('the annual report for the raad lists the traject', async () => {
    expect(traject).toBeDefined();
    const trajecten = await listTrajecten(demoGraph(opstellerId), DEMO_PARTICIPATION_SITE_ID);
    const report = buildRaadReport({ year: 2026, today: toAmsterdamDate(await demoNow()), gemeente: 'Weert', trajecten });
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await raadReportToDocx(report)) });
    expect(text).toContain(ONDERWERP);
  }, 120_000);
});
