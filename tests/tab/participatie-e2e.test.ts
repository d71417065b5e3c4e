// End to end: the built tab in headless Chromium against the Graph emulator with the demo tenant, whose
// participation site holds the traject register. Reads the register, filters it, makes the raad report.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, DEMO_PARTICIPATION_SITE_ID, demoTenantSeed, demoUserId } from '../../dev/demo-tenant/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { startTabStack } from './support/stack.ts';
import type { TabStack } from './support/stack.ts';

const ARTIFACTS = 'tests/artifacts';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const year = Number(today.slice(0, 4));

let stack: TabStack;
let browser: Browser;
let page: Page;
const problems: string[] = [];

async function axe(label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(async () => {
    // Tabster's focus-trap helpers are a known axe false positive for Fluent UI v9 (see e2e.test.ts).
    const r = await (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ exclude: [['[data-tabster-dummy]']] });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  })) as { id: string; targets: string[] }[];
  expect(result, `axe on ${label}`).toEqual([]);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  stack = await startTabStack(demoTenantSeed({ today }), demoUserId('verhoeven'), {
    tabConfig: { demoGroupId: DEMO_GROUP_IDS.weert, mtGroupId: DEMO_GROUP_IDS.mt, participationSiteId: DEMO_PARTICIPATION_SITE_ID },
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('Participatie page against the emulator', { timeout: 90_000 }, () => {
  it('lists the register, marks overdue terugkoppeling, filters, and is accessible', async () => {
    await page.goto(`${stack.url}/tab.html#/participatie`);
    const table = page.getByTestId('trajecten');
    await table.waitFor({ timeout: 30_000 });
    // The demo's speelruimteplan has its terugkoppeling three working days overdue: first and marked.
    const first = table.locator('tbody tr').first();
    await expect(first.getAttribute('data-overdue')).resolves.toBe('true');
    await expect(first.textContent()).resolves.toContain('het nieuwe speelruimteplan');
    await expect(first.getByText('Te laat').count()).resolves.toBe(1);
    const href = await first.getByRole('link').getAttribute('href');
    expect(href).toMatch(/^https:\/\/demogemeenten\.sharepoint\.com\/sites\/bestuur\//);
    await page.screenshot({ path: `${ARTIFACTS}/tab-participatie.png`, fullPage: true });
    await axe('Participatie');

    const before = await table.locator('tbody tr').count();
    await page.getByLabel('Afdeling').selectOption('Welzijn');
    const welzijn = await table.locator('tbody tr').allTextContents();
    expect(welzijn.length).toBeGreaterThan(0);
    expect(welzijn.length).toBeLessThan(before);
    for (const row of welzijn) expect(row).toContain('Welzijn');
    await page.getByLabel('Afdeling').selectOption('');
    await page.getByLabel('Status').selectOption('gepland');
    for (const row of await table.locator('tbody tr').allTextContents()) expect(row).toContain('Gepland');
    await page.getByLabel('Status').selectOption('');
  });

  it('makes the raad report from the register with the typed evaluation', async () => {
    await page.getByLabel('Evaluatie (mag leeg blijven)').fill('Bij de meeste trajecten hoorden de deelnemers terug.');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Jaarverslag maken' }).click()]);
    expect(download.suggestedFilename()).toBe(`Jaarverslag participatie ${year} voor de raad.docx`);
    const path = `${ARTIFACTS}/raad-report-e2e.docx`;
    await download.saveAs(path);
    const { value } = await mammoth.extractRawText({ path });
    expect(value).toContain(`Participatie in ${year}`);
    expect(value).toContain('het nieuwe speelruimteplan');
    expect(value).toContain('Bij de meeste trajecten hoorden de deelnemers terug.');
    expect(value).toMatch(/Bij \d+ traject(en)? is de datum voor terugkoppeling voorbij/);
    await page.getByTestId('raad-report-link').waitFor();
    await page.getByTestId('raad-report').screenshot({ path: `${ARTIFACTS}/tab-participatie-raad-report.png` });
    await axe('Participatie, report made');
    expect(problems).toEqual([]);
  });
});
