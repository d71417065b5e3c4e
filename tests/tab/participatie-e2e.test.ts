// End to end: the built tab in headless Chromium against the Graph emulator with the demo tenant, whose
// participation site holds the traject register. Reads the register, filters it, makes the raad report.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, DEMO_PARTICIPATION_SITE_ID, demoTenantSeed, demoUserId } from '../../dev/demo-tenant/index.ts';
import { ARTIFACTS, amsterdamDay, expectAxeClean, useTabE2e } from '../support/tab-e2e.ts';
import { startTabStack } from './support/stack.ts';

const today = amsterdamDay(new Date());
const year = Number(today.slice(0, 4));

const e2e = useTabE2e(
  () =>
    startTabStack(demoTenantSeed({ today }), demoUserId('verhoeven'), {
      tabConfig: { demoGroupId: DEMO_GROUP_IDS.weert, mtGroupId: DEMO_GROUP_IDS.mt, participationSiteId: DEMO_PARTICIPATION_SITE_ID },
    }),
  { acceptDownloads: true, timeout: 180_000 },
);

describe('Participatie page against the emulator', { timeout: 90_000 }, () => {
  it('lists the register, marks overdue terugkoppeling, filters, and is accessible', async () => {
    await e2e.page.goto(`${e2e.stack.url}/tab.html#/participatie`);
    const table = e2e.page.getByTestId('trajecten');
    await table.waitFor({ timeout: 30_000 });
    // The demo's speelruimteplan has its terugkoppeling three working days overdue: first and marked.
    const first = table.locator('tbody tr').first();
    await expect(first.getAttribute('data-overdue')).resolves.toBe('true');
    await expect(first.textContent()).resolves.toContain('het nieuwe speelruimteplan');
    await expect(first.getByText('Te laat').count()).resolves.toBe(1);
    const href = await first.getByRole('link').getAttribute('href');
    expect(href).toMatch(/^https:\/\/demogemeenten\.sharepoint\.com\/sites\/bestuur\//);
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-participatie.png`, fullPage: true });
    await expectAxeClean(e2e.page, 'Participatie');

    const before = await table.locator('tbody tr').count();
    await e2e.page.getByLabel('Afdeling').selectOption('Welzijn');
    const welzijn = await table.locator('tbody tr').allTextContents();
    expect(welzijn.length).toBeGreaterThan(0);
    expect(welzijn.length).toBeLessThan(before);
    for (const row of welzijn) expect(row).toContain('Welzijn');
    await e2e.page.getByLabel('Afdeling').selectOption('');
    await e2e.page.getByLabel('Status').selectOption('gepland');
    for (const row of await table.locator('tbody tr').allTextContents()) expect(row).toContain('Gepland');
    await e2e.page.getByLabel('Status').selectOption('');
  });

  it('makes the raad report from the register with the typed evaluation', async () => {
    await e2e.page.getByLabel('Evaluatie (mag leeg blijven)').fill('Bij de meeste trajecten hoorden de deelnemers terug.');
    const [download] = await Promise.all([e2e.page.waitForEvent('download', { timeout: 60_000 }), e2e.page.getByRole('button', { name: 'Jaarverslag maken' }).click()]);
    expect(download.suggestedFilename()).toBe(`Jaarverslag participatie ${year} voor de raad.docx`);
    const path = `${ARTIFACTS}/raad-report-e2e.docx`;
    await download.saveAs(path);
    const { value } = await mammoth.extractRawText({ path });
    expect(value).toContain(`Participatie in ${year}`);
    expect(value).toContain('het nieuwe speelruimteplan');
    expect(value).toContain('Bij de meeste trajecten hoorden de deelnemers terug.');
    expect(value).toMatch(/Bij \d+ traject(en)? is de datum voor terugkoppeling voorbij/);
    await e2e.page.getByTestId('raad-report-link').waitFor();
    await e2e.page.getByTestId('raad-report').screenshot({ path: `${ARTIFACTS}/tab-participatie-raad-report.png` });
    await expectAxeClean(e2e.page, 'Participatie, report made');
    expect(e2e.problems).toEqual([]);
  });
});
