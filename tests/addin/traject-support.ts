// Shared by the traject tests in Chromium: the task pane on a demo page, walked through the checklist
// (example A of the domain brief, with dates the caller picks), and axe.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const pane = (page: Page) => page.getByTestId('task-pane');
export const q = (page: Page, id: string) => pane(page).locator(`#vraag-${id}`);
export const next = (page: Page) => pane(page).getByRole('button', { name: 'Volgende' }).click();

export interface WalkOptions {
  onderwerp?: string;
  periodeVan?: string;
  periodeTot?: string;
  /** The date the participants hear back (yyyy-mm-dd). */
  terugkoppeling?: string;
  aantal?: string;
  /** The own name for the second group ticked (the input right under it). */
  groupName?: string;
  /** How often the method ran. */
  hoeVaak?: string;
}

/** Answers every question of the checklist through the UI, as a civil servant would. */
export async function walkChecklist(page: Page, o: WalkOptions = {}): Promise<void> {
  await q(page, 'q1_soortStuk').locator('input[value="raadsvoorstel"]').check();
  await q(page, 'q2_onderwerp').locator('input').fill(o.onderwerp ?? 'het nieuwe speelruimtebeleid');
  await q(page, 'q3_beleidsfase').locator('input[value="voorbereiding"]').check();
  await q(page, 'q4_omgevingswet').locator('select').selectOption('geen');
  await next(page);
  await q(page, 'q5_beleidsruimte').locator('input[value="ruim"]').check();
  const scores = q(page, 'q6_prioriteit').locator('select');
  for (const [i, v] of ['2', '3', '2', '1'].entries()) await scores.nth(i).selectOption(v);
  await next(page);
  await q(page, 'q7_participatie').locator('input[value="afgerond"]').check();
  await next(page);
  const groups = q(page, 'q8_betrokkenen').locator('input[type="checkbox"]');
  await groups.nth(0).check();
  await groups.nth(2).check();
  if (o.groupName) await q(page, 'q8_betrokkenen').getByLabel(/hoe noem je hen/).nth(1).fill(o.groupName);
  await q(page, 'q9_niveau').locator('input[value="adviseren"]').check();
  // The advice says what its level means once, under the level's name, not again in its list.
  const adviceLines = (await pane(page).locator('section[aria-labelledby="advice-title"]').innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
  if (adviceLines.length < 4 || new Set(adviceLines).size !== adviceLines.length) throw new Error(`advice repeats a line: ${adviceLines.join(' | ')}`);
  await q(page, 'q9a_waarom').locator('textarea').fill('zij goed weten wat er in hun buurt nodig is');
  await q(page, 'q10_methoden').locator('input[type="checkbox"]').nth(3).check();
  if (o.hoeVaak) await q(page, 'q10_methoden').getByLabel(/hoe vaak/).fill(o.hoeVaak);
  await q(page, 'q11_periode').locator('input[type="date"]').nth(0).fill(o.periodeVan ?? '2025-02-05');
  await q(page, 'q11_periode').locator('input[type="date"]').nth(1).fill(o.periodeTot ?? '2025-03-20');
  await q(page, 'q12_aantal').locator('input').fill(o.aantal ?? '412');
  await next(page);
  await q(page, 'q13_inbreng').locator('textarea').fill('Meer plekken voor tieners');
  await q(page, 'q14_watMetInbreng').locator('select').selectOption('overgenomen');
  await q(page, 'q15_terugkoppeling').locator('input[value="ja"]').check();
  await q(page, 'q15_terugkoppeling').locator('select').selectOption('nieuwsbrief');
  await q(page, 'q15_terugkoppeling').locator('input[type="date"]').fill(o.terugkoppeling ?? '2025-04-15');
  await next(page);
  await q(page, 'q17_vervolg').locator('input[value="nee"]').check();
  await q(page, 'q18_afstemming').locator('input[value="ja"]').check();
  await q(page, 'q18_afstemming').locator('input').last().fill('Remco van Dooren');
}

/** Changes the number of participants on step 4 and waits until the preview has it. */
export async function changeAantal(page: Page, aantal: string): Promise<void> {
  await pane(page).getByRole('button', { name: /Stap 4 van/ }).click();
  await q(page, 'q12_aantal').locator('input').fill(aantal);
  await expect.poll(() => pane(page).locator('#preview-title + div').innerText()).toContain(aantal);
}

/** Clicks Invoegen/Bijwerken and, for the fixture's text under the heading, keeps it below ours. */
export async function writeParagraph(page: Page): Promise<void> {
  const button = pane(page).getByRole('button', { name: /^(Invoegen in document|Bijwerken)$/ });
  await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true);
  await button.click();
  const dialog = page.getByRole('dialog');
  // The first insert under the fixture's heading asks about the text already there.
  const keep = dialog.getByRole('button', { name: 'Laten staan, onder de nieuwe tekst' });
  await expect
    .poll(async () => (await keep.count()) > 0 || (await pane(page).getByText(/De participatieparagraaf (staat in het document|is bijgewerkt)|was al actueel/).count()) > 0, { timeout: 10_000 })
    .toBe(true);
  if ((await keep.count()) > 0) await keep.click();
  await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
}

export async function axeViolations(page: Page): Promise<{ id: string; nodes: number; help: string; targets: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.length,
      help: v.help,
      targets: v.nodes.map((n) => String((n as { target: unknown }).target)).slice(0, 3),
    }));
  });
}

/**
 * axe, given a moment after a dialog closed: Fluent's focus manager lifts aria-hidden from the page a
 * little later (fluentui #35139), as tests/addin/e2e.test.ts waits too.
 */
export async function expectAxeClean(page: Page): Promise<void> {
  await expect.poll(() => axeViolations(page), { timeout: 8_000, interval: 500 }).toEqual([]);
}
