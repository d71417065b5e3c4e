// End to end in headless Chromium: build the demo page, walk the wizard, insert the paragraph,
// check the simulated document, save screenshots and run axe-core.
import { mkdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildAddin, sendFile } from '../support/static-files.ts';
import { axeViolations, next, pane, q, walkChecklist } from './traject-support.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(root, 'tests/artifacts');

let outDir: string;
let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  outDir = await buildAddin('addin-e2e-');
  server = createServer((req, res) => void sendFile(outDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname), res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  await mkdir(artifacts, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/**
 * After a dialog closes the pane must be back for screen readers: Fluent can leave aria-hidden on
 * #root when an open Dialog unmounts (fluentui #35139). Checked, with axe, after every dialog.
 */
async function afterDialog(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
  // The pane unmounts the closed Dialog a moment later (see document-panel.tsx); after that the
  // page must be clean, and stay so once tabster's delayed aria-hidden update has run.
  await expect.poll(() => axeViolations(page), { timeout: 5_000, interval: 500 }).toEqual([]);
  await page.waitForTimeout(400);
  const hidden = await page.evaluate(() => ({
    root: document.getElementById('root')?.getAttribute('aria-hidden') ?? null,
    aroundPane: document.querySelector('[data-testid="task-pane"]')?.closest('[aria-hidden="true"]')?.tagName ?? null,
  }));
  expect(hidden).toEqual({ root: null, aroundPane: null });
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * Inserts into a document whose Participatie heading already has hand-written text: the pane asks
 * what to do with it, and the choice is made.
 */
async function insertChoosing(page: Page, choice: 'Laten staan, onder de nieuwe tekst' | 'Vervangen door de nieuwe tekst'): Promise<void> {
  await pane(page).getByRole('button', { name: 'Invoegen in document' }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
  expect(await dialog.innerText()).toContain('Bij het tot stand komen van de strategische visie');
  await dialog.getByRole('button', { name: choice }).click();
  await afterDialog(page);
}

/** Example A of the domain brief, answered through the UI, with an own name for a group and how often a method ran. */
const walkWizard = (page: Page) => walkChecklist(page, { groupName: 'de wijkraden van Weert', hoeVaak: '3' });

describe('task pane on the demo page', () => {
  it('walks the wizard, inserts the paragraph under Participatie, restores on reopen, and passes axe', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${baseUrl}/demo.html?document=with-heading`);
    await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'addin-step1.png'), fullPage: true });
    // Usable at 320 px: nothing in the pane is wider than its column.
    const paneOverflow = () => pane(page).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(await paneOverflow()).toBeLessThanOrEqual(0);

    await walkWizard(page);
    const insert = pane(page).getByRole('button', { name: 'Invoegen in document' });
    await expect.poll(() => insert.isEnabled(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => pane(page).locator('#preview-title + div').innerText()).toContain('412');
    const preview = await pane(page).locator('#preview-title + div').innerText();
    expect(preview).toContain('de wijkraden van Weert');
    await insertChoosing(page, 'Vervangen door de nieuwe tekst');
    await expect.poll(() => pane(page).getByText('De participatieparagraaf staat in het document.').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByTestId('document').innerText()).not.toContain('Bij het tot stand komen van de strategische visie');
    // The Word round-trip counter is for tests and developers only.
    expect(await page.getByText(/Rondes naar Word/).count()).toBe(0);
    expect(Number(await page.getByTestId('sync-count').getAttribute('data-sync-count'))).toBeGreaterThan(0);

    const documentView = page.getByTestId('document');
    const control = documentView.locator('section.content-control[data-tag="participatieparagraaf"]');
    await expect.poll(() => control.count()).toBe(1);
    const controlText = await control.innerText();
    expect(controlText).toContain('speelruimtebeleid');
    // The control sits right under the "Participatie" heading.
    const before = await control.evaluate((el) => el.previousElementSibling?.textContent);
    expect(before).toBe('Participatie');
    await page.screenshot({ path: join(artifacts, 'addin-inserted.png'), fullPage: true });

    // Narrow check: the pane column is 320 px and nothing inside overflows it.
    expect(await paneOverflow()).toBeLessThanOrEqual(0);

    // Reopen: answers come back from the document's custom XML part.
    await page.getByRole('button', { name: 'Document opnieuw openen' }).click();
    await expect.poll(() => pane(page).getByText('We hebben je antwoorden uit dit document teruggezet.').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => q(page, 'q2_onderwerp').locator('input').inputValue()).toBe('het nieuwe speelruimtebeleid');
    await expect.poll(() => pane(page).getByRole('button', { name: 'Bijwerken' }).count()).toBe(1);

    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    // Pages stay open: with the single-process Chromium build, closing the last page ends the browser.
  }, 120_000);

  it('protects a hand edit: compare side by side, keep it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/demo.html?document=with-heading`);
    await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await walkWizard(page);
    await insertChoosing(page, 'Laten staan, onder de nieuwe tekst');
    await expect.poll(() => pane(page).getByRole('button', { name: 'Bijwerken' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByTestId('document').innerText()).toContain('Bij het tot stand komen van de strategische visie');

    // A hand edit typed in the demo's document, as a user would in Word.
    const paragraphInDoc = page.getByTestId('document').locator('section.content-control p').first();
    await paragraphInDoc.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Mijn eigen zin.');
    await pane(page).getByRole('button', { name: 'Bijwerken' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
    // The safe choice comes first, is the primary button and has the focus: Enter keeps the edit.
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await expect.poll(focused, { timeout: 5_000 }).toBe('Mijn tekst houden');
    expect(await dialog.getByRole('button').allInnerTexts()).toEqual(['Mijn tekst houden', 'Vervangen door nieuwe tekst', 'Naast elkaar bekijken']);
    await dialog.getByRole('button', { name: 'Naast elkaar bekijken' }).click();
    expect(await dialog.innerText()).toContain('Mijn eigen zin.');
    expect(await dialog.innerText()).toContain('Nieuwe tekst');
    await page.screenshot({ path: join(artifacts, 'addin-conflict.png') });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Mijn tekst houden' }).click();
    await afterDialog(page);
    await expect.poll(() => pane(page).getByText('We hebben jouw tekst laten staan.', { exact: false }).count(), { timeout: 10_000 }).toBe(1);
    // The document now says something else than the answers (and the register): that stays visible.
    expect(await pane(page).getByText('past nu niet bij al je antwoorden', { exact: false }).count()).toBe(1);
    expect(await page.getByTestId('document').locator('section.content-control').innerText()).toContain('Mijn eigen zin.');
  }, 120_000);

  // Word keeps tracked deletions in the control's text (office-js #1267): a second update under
  // "Wijzigingen bijhouden" must not look like a hand edit (WordApi 1.4), and on an older Word the
  // pane asks and explains instead of overwriting (WordApi 1.3).
  for (const wordApi of ['1.4', '1.3'] as const) {
    it(`updates twice with track changes on (WordApi ${wordApi})`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      page.setDefaultTimeout(15_000);
      await page.goto(`${baseUrl}/demo.html?document=with-heading&wordApi=${wordApi}`);
      await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await walkWizard(page);
      await insertChoosing(page, 'Laten staan, onder de nieuwe tekst');
      await expect.poll(() => pane(page).getByRole('button', { name: 'Bijwerken' }).count(), { timeout: 10_000 }).toBe(1);
      await page.getByRole('switch', { name: 'Wijzigingen bijhouden' }).check();

      const update = async (aantal: string) => {
        await pane(page).getByRole('button', { name: /Stap 4 van/ }).click();
        await q(page, 'q12_aantal').locator('input').fill(aantal);
        await expect.poll(() => pane(page).locator('#preview-title + div').innerText()).toContain(aantal);
        await pane(page).getByRole('button', { name: 'Bijwerken' }).click();
      };
      await update('413');
      await expect.poll(() => pane(page).getByText('De participatieparagraaf is bijgewerkt.').count(), { timeout: 10_000 }).toBe(1);
      // Changed after the write: the green message gives way to a reminder.
      await q(page, 'q12_aantal').locator('input').fill('4130');
      await expect.poll(() => pane(page).getByText('Je hebt antwoorden veranderd nadat de tekst in het document kwam', { exact: false }).count(), { timeout: 10_000 }).toBe(1);
      expect(await pane(page).getByText('De participatieparagraaf is bijgewerkt.').count()).toBe(0);
      const control = page.getByTestId('document').locator('section.content-control');
      await expect.poll(() => control.locator('del').count()).toBeGreaterThan(0);

      await update('414');
      const dialog = page.getByRole('dialog');
      if (wordApi === '1.4') {
        await expect.poll(() => control.locator('ins').allInnerTexts().then((t) => t.join(' ')), { timeout: 10_000 }).toContain('414');
        expect(await dialog.count()).toBe(0);
      } else {
        await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
        expect(await dialog.innerText()).toContain('De tekst in het document is anders dan wat we de vorige keer schreven');
        expect(await dialog.innerText()).toContain('Deze versie van Word laat ons niet zien welke wijzigingen nog voorgesteld zijn');
        await page.screenshot({ path: join(artifacts, 'addin-conflict-word-1.3.png') });
        expect(await axeViolations(page)).toEqual([]);
        expect(await control.innerText()).not.toContain('414');
        await dialog.getByRole('button', { name: 'Vervangen door nieuwe tekst' }).click();
        await afterDialog(page);
        await expect.poll(() => control.locator('ins').allInnerTexts().then((t) => t.join(' ')), { timeout: 10_000 }).toContain('414');
      }
    }, 120_000);
  }

  it('the leges case: untouched scores count as 0, and the pane names what is still open', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/demo.html?document=with-heading`);
    await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await q(page, 'q1_soortStuk').locator('input[value="collegevoorstel"]').check();
    await q(page, 'q2_onderwerp').locator('input').fill('de nieuwe tarieven voor de leges');
    await q(page, 'q3_beleidsfase').locator('input[value="uitvoering"]').check();
    await q(page, 'q4_omgevingswet').locator('select').selectOption('geen');
    await next(page);
    await q(page, 'q5_beleidsruimte').locator('input[value="geen"]').check();
    // Every score really is 0: the lists are left as they are.
    expect(await q(page, 'q6_prioriteit').locator('select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value))).toEqual(['0', '0', '0', '0']);
    await next(page);
    await q(page, 'q7_participatie').locator('input[value="nee"]').check();
    await q(page, 'q7a_redenen').getByLabel('Geen ruimte: we voeren regels van hogere overheden uit').check();

    const insert = pane(page).getByRole('button', { name: 'Invoegen in document' });
    const open = pane(page).getByTestId('open-questions');
    await expect.poll(() => open.innerText(), { timeout: 10_000 }).toContain('Leg kort uit waarom');
    expect(await open.innerText()).not.toContain('Hoe belangrijk is het onderwerp?');
    expect(await insert.isEnabled()).toBe(false);
    await page.screenshot({ path: join(artifacts, 'addin-open-questions.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await open.getByRole('button', { name: 'Ga naar de vraag: Leg kort uit waarom' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[id^="vraag-"]')?.id ?? '')).toBe('vraag-q7b_toelichting');
    await page.keyboard.type('De leges volgen een nieuw landelijk tarief.');

    await expect.poll(() => insert.isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await pane(page).getByText('Nog niet alle verplichte vragen zijn ingevuld.').count()).toBe(0);
    await expect.poll(() => pane(page).locator('#preview-title + div').innerText()).toContain('geen participatie');
    // The shown 0s are saved with the answers, so they come back on reopen (after the save's debounce).
    await page.waitForTimeout(1_500);
    await expect.poll(() => pane(page).getByText('Antwoorden opgeslagen in het document').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: 'Document opnieuw openen' }).click();
    await expect.poll(() => pane(page).getByText('We hebben je antwoorden uit dit document teruggezet.').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await insert.isEnabled()) || (await open.innerText()), { timeout: 10_000 }).toBe(true);
  }, 120_000);

  it('refuses a negative count and an end date before the start, and says so at the question', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/demo.html?document=with-heading`);
    await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await walkWizard(page);
    const insert = pane(page).getByRole('button', { name: 'Invoegen in document' });
    await expect.poll(() => insert.isEnabled(), { timeout: 10_000 }).toBe(true);
    const preview = pane(page).locator('#preview-title + *');
    const open = pane(page).getByTestId('open-questions');
    await pane(page).getByRole('button', { name: /Stap 4 van/ }).click();

    expect(await q(page, 'q12_aantal').locator('input').getAttribute('min')).toBe('0');
    await q(page, 'q12_aantal').locator('input').fill('-5');
    await expect.poll(() => q(page, 'q12_aantal').innerText(), { timeout: 10_000 }).toContain('is te laag. Vul een heel getal in van 0 of meer.');
    expect(await insert.isEnabled()).toBe(false);
    expect(await preview.innerText()).not.toContain('niemand');
    expect(await open.innerText()).toContain('Hoeveel mensen deden mee?');
    await q(page, 'q12_aantal').locator('input').fill('412');

    const hoeVaak = q(page, 'q10_methoden').getByLabel(/hoe vaak/);
    expect(await hoeVaak.getAttribute('min')).toBe('1');
    await hoeVaak.fill('-2');
    await expect.poll(() => q(page, 'q10_methoden').innerText(), { timeout: 10_000 }).toContain('is te laag. Vul een heel getal in van 1 of meer.');
    expect(await insert.isEnabled()).toBe(false);
    await hoeVaak.fill('3');

    await q(page, 'q11_periode').locator('input[type="date"]').nth(0).fill('2026-06-20');
    await q(page, 'q11_periode').locator('input[type="date"]').nth(1).fill('2026-05-01');
    await expect.poll(() => q(page, 'q11_periode').innerText(), { timeout: 10_000 }).toContain('De einddatum ligt vóór de begindatum.');
    // Said at the end date, not at the description field below it.
    expect(await q(page, 'q11_periode').getByLabel('Tot en met (datum)').getAttribute('aria-invalid')).toBe('true');
    expect(await q(page, 'q11_periode').getByLabel('Of beschrijf de periode').getAttribute('aria-invalid')).not.toBe('true');
    expect(await open.innerText()).toContain('Wanneer was of is dat? De einddatum ligt vóór de begindatum.');
    expect(await insert.isEnabled()).toBe(false);
    await page.screenshot({ path: join(artifacts, 'addin-wrong-values.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await q(page, 'q11_periode').locator('input[type="date"]').nth(0).fill('2025-02-05');
    await q(page, 'q11_periode').locator('input[type="date"]').nth(1).fill('2025-03-20');
    await expect.poll(() => insert.isEnabled(), { timeout: 10_000 }).toBe(true);
  }, 120_000);

  it('jumps from a warning to its question', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/demo.html?document=with-heading`);
    await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The findings under "Let op"; the list of open questions at the insert button has links of its own.
    const links = pane(page).locator('#findings-title + ul').getByRole('button', { name: /^Ga naar de vraag/ });
    const findings = pane(page).locator('#findings-title + ul');

    await pane(page).getByRole('button', { name: /Stap 3 van/ }).click();
    await q(page, 'q7_participatie').locator('input[value="nee"]').check();
    await pane(page).getByRole('button', { name: /Stap 1 van/ }).click();
    await expect.poll(() => links.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The pane shows no numbers, so no message may point to one; it names the question instead.
    const text = await findings.innerText();
    expect(text).not.toMatch(/\bvraag \d/i);
    expect(text).toContain('de vraag ‘Waarom is er geen participatie?’');
    expect(text).not.toContain('afgestemd met de participatieadviseur');
    await findings.getByRole('button', { name: 'Ga naar de vraag: Waarom is er geen participatie?' }).click();
    await expect.poll(() => pane(page).locator('#wizard-step-title').innerText()).toBe('Participatie');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[id^="vraag-"]')?.id ?? '')).toBe('vraag-q7a_redenen');

    // Saved as you go: after the debounce the answer is in the document, and comes back on reopen.
    await expect.poll(() => pane(page).getByText('Antwoorden opgeslagen in het document').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: 'Document opnieuw openen' }).click();
    await pane(page).getByRole('button', { name: /Stap 3 van/ }).click();
    await expect.poll(() => q(page, 'q7_participatie').locator('input[value="nee"]').isChecked(), { timeout: 10_000 }).toBe(true);
  }, 120_000);

  it('shows a warning about a later step only once the user gets there', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/demo.html?document=with-heading`);
    await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The findings under "Let op"; the list of open questions at the insert button has links of its own.
    const links = pane(page).locator('#findings-title + ul').getByRole('button', { name: /^Ga naar de vraag/ });
    // A high score asks for the last step's question about consulting the adviser.
    await next(page);
    for (let i = 0; i < 4; i++) await q(page, 'q6_prioriteit').locator('select').nth(i).selectOption('3');
    await pane(page).getByText('Geen opmerkingen.').waitFor();
    expect(await links.count()).toBe(0);
    await pane(page).getByRole('button', { name: /Vervolg en overleg/ }).click();
    await expect.poll(() => pane(page).getByRole('button', { name: 'Ga naar de vraag: Heb je dit afgestemd met de participatieadviseur of Communicatie?' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await pane(page).locator('#findings-title + ul').innerText()).not.toMatch(/\bvraag \d/i);
  }, 120_000);

  it('follows the dark Office theme and stays axe clean', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/demo.html?theme=dark`);
    await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const background = await pane(page).locator('main').evaluate((el) => getComputedStyle(el.closest('.fui-FluentProvider')!).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(artifacts, 'addin-dark.png') });
    expect(await axeViolations(page)).toEqual([]);

    // Typing saves once after a pause (debounce): one read and one write round trip, not one per key.
    const syncs = () => page.evaluate(() => (window as unknown as { participatieDemo: { syncCount(): number } }).participatieDemo.syncCount());
    const before = await syncs();
    await q(page, 'q2_onderwerp').locator('input').pressSequentially(' en meer', { delay: 40 });
    await expect.poll(() => pane(page).getByText('Antwoorden opgeslagen in het document').count(), { timeout: 10_000 }).toBe(1);
    expect((await syncs()) - before).toBe(2);
  }, 120_000);

  it('asks before adding a heading when the document has none, at 320 px, axe clean', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/demo.html?document=without-heading`);
    await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await walkWizard(page);
    await pane(page).getByRole('button', { name: 'Invoegen in document' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
    expect(await dialog.innerText()).toContain('Communicatie');
    await page.screenshot({ path: join(artifacts, 'addin-no-heading-dialog.png') });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Kop en tekst toevoegen' }).click();
    await afterDialog(page);
    const headings = () => page.getByTestId('document').locator('h3').allInnerTexts();
    await expect.poll(async () => (await headings()).includes('Participatie'), { timeout: 10_000 }).toBe(true);
    const list = await headings();
    expect(list.indexOf('Participatie')).toBe(list.indexOf('Communicatie') - 1);
    await page.screenshot({ path: join(artifacts, 'addin-narrow-inserted.png'), fullPage: true });
    // Pages stay open: with the single-process Chromium build, closing the last page ends the browser.
  }, 120_000);
});
