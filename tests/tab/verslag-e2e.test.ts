// End to end: "Verslag en besluitenlijst" in headless Chromium against the Graph emulator. The tab makes the
// .docx, uploads it to the werkgroep's document library (PUT …/drive/root:/Verslagen/…:/content), records it in
// the list Verslagen, and the next meeting approves it (with a forced 412). The document is read back with mammoth.
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { driveFilesOf } from '../../dev/graph-emulator/routes-drive.ts';
import { HOSTILE, IDS, tabTestSeed } from './support/seed.ts';
import { ARTIFACTS, addDays, amsterdamDay, expectAxeClean, useTabE2e } from '../support/tab-e2e.ts';
import { startTabStack } from './support/stack.ts';

async function open(theme = 'default'): Promise<void> {
  // A fresh load: a hash change alone would keep the meeting picked before.
  await e2e.page.goto('about:blank');
  await e2e.page.goto(`${e2e.stack.url}/tab.html?theme=${theme}#/vergadering`);
  await e2e.page.getByRole('heading', { level: 1, name: 'Werkgroep Interactief beleid' }).waitFor({ timeout: 15_000 });
  await e2e.page.getByTestId('verslag').waitFor();
}

function verslagRows(): Record<string, unknown>[] {
  const list = [...e2e.stack.emulator.state.lists.values()].find((l) => l.displayName === 'Verslagen');
  return list ? [...e2e.stack.emulator.state.itemsOf(list.id).values()].map((i) => i.fields) : [];
}

async function docText(name: string): Promise<string> {
  const file = [...driveFilesOf(e2e.stack.emulator.state, IDS.werkgroep).values()].find((f) => f.name === name);
  expect(file, `${name} in the document library`).toBeDefined();
  expect(file!.folder).toBe('Verslagen');
  expect(file!.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const { value } = await mammoth.extractRawText({ buffer: file!.bytes });
  return value;
}

/** Picks a meeting in the page's picker by its position among the options (0 = the first). */
async function pick(index: number): Promise<string> {
  const picker = e2e.page.getByLabel('Kies een vergadering');
  await expect.poll(async () => picker.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(index);
  const label = (await picker.locator('option').allTextContents())[index]!;
  await picker.selectOption({ index });
  await e2e.page.getByRole('heading', { level: 2, name: `Vergadering van ${label.replace(/ \(.*\)$/, '')}` }).waitFor();
  return label.replace(/ \(.*\)$/, '');
}

async function addAgendaAndBesluit(agenda: string, besluit: string): Promise<void> {
  const a = e2e.page.getByRole('form', { name: 'Nieuw agendapunt' });
  await a.getByLabel('Nieuw agendapunt').fill(agenda);
  await a.getByRole('button', { name: 'Toevoegen' }).click();
  await e2e.page.getByTestId('agenda-item').filter({ hasText: agenda }).waitFor();
  const b = e2e.page.getByRole('form', { name: 'Nieuw besluit' });
  await b.getByLabel('Nieuw besluit').fill(besluit);
  await b.getByRole('button', { name: 'Toevoegen' }).click();
  await e2e.page.getByTestId('besluit').filter({ hasText: besluit }).waitFor();
}

const e2e = useTabE2e(() => startTabStack(tabTestSeed({ now: new Date(), withSeries: true })));

describe('Verslag en besluitenlijst against the Graph emulator', { timeout: 90_000 }, () => {
  let previousLabel = '';
  let upcomingLabel = '';
  let firstDocument = '';

  it('saves the minutes of a held meeting in the werkgroep\'s documents and records them as a concept', async () => {
    await open();
    // The page opens on the next meeting; the one before it is the last meeting held.
    const picker = e2e.page.getByLabel('Kies een vergadering');
    await expect.poll(async () => picker.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const selectedIndex = await picker.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    upcomingLabel = (await picker.locator('option').allTextContents())[selectedIndex]!;
    previousLabel = await pick(selectedIndex - 1);

    await addAgendaAndBesluit('Terugblik op de drie pilots', HOSTILE.script);
    await e2e.page.getByRole('button', { name: 'Verslag en besluitenlijst opslaan' }).click();
    await e2e.page.getByText(/Het verslag en de besluitenlijst staan in de documenten van de werkgroep/).waitFor();
    await e2e.page.getByTestId('verslag-this').getByText('Concept: nog niet vastgesteld.').waitFor();

    const rows = verslagRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Vastgesteld: false });
    expect(String(rows[0]!.Title)).toMatch(/^Verslag en besluitenlijst van \d+ \w+ \d{4}$/);
    expect(String(rows[0]!.Document)).toMatch(/^https:\/\/.+\/Shared%20Documents\/Verslagen\/Verslag%20en%20besluitenlijst%20\d{4}-\d{2}-\d{2}\.docx$/);
    firstDocument = String(rows[0]!.Document);
    const name = decodeURIComponent(firstDocument.split('/').at(-1)!);
    const text = await docText(name);
    expect(text).toContain(`Verslag en besluitenlijst van ${previousLabel}`);
    expect(text).toContain('Status: Concept: nog niet vastgesteld.');
    expect(text).toContain('Werkgroep Interactief beleid');
    for (const part of ['Agenda', 'Terugblik op de drie pilots', 'Besluiten', HOSTILE.script, 'Nieuwe acties', 'Acties die klaar zijn', 'Volgende vergadering', upcomingLabel]) {
      expect(text).toContain(part);
    }
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-verslag-saved.png`, fullPage: true });
    await expectAxeClean(e2e.page, 'verslag saved');
  });

  it('makes the next meeting\'s minutes with its new and finished actions, and approves the previous minutes there (412 first)', async () => {
    await open();
    const picker = e2e.page.getByLabel('Kies een vergadering');
    await expect.poll(async () => picker.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await addAgendaAndBesluit('Vaststellen verslag vorige vergadering', 'Het MT krijgt de resultaten in maart.');
    const actie = e2e.page.getByRole('form', { name: 'Actie toevoegen' });
    const due = addDays(amsterdamDay(new Date()), 20);
    for (const titel of ['Zaal reserveren voor de raadsinformatieavond', 'Resultaten delen met het MT']) {
      await actie.getByLabel('Wat moet er gebeuren?').fill(titel);
      await actie.getByLabel('Trekker').selectOption({ label: 'Pieter de Vries' });
      await actie.getByLabel('Uiterlijk').fill(due);
      await actie.getByRole('button', { name: 'Actie toevoegen' }).click();
      await e2e.page.getByTestId('meeting-actions').getByText(titel).waitFor();
    }
    await e2e.page.getByRole('button', { name: 'Markeer "Zaal reserveren voor de raadsinformatieavond" als klaar' }).click();
    await expect.poll(() => [...e2e.stack.emulator.state.tasks.values()].find((t) => t.title.startsWith('Zaal reserveren'))?.percentComplete).toBe(100);

    await e2e.page.getByRole('button', { name: 'Verslag en besluitenlijst opslaan' }).click();
    await e2e.page.getByTestId('verslag-this').getByText('Concept: nog niet vastgesteld.').waitFor();
    await expect.poll(() => verslagRows().length).toBe(2);
    const row = verslagRows().find((r) => String(r.Document) !== firstDocument)!;
    const text = await docText(decodeURIComponent(String(row.Document).split('/').at(-1)!));
    const after = (heading: string) => text.slice(text.indexOf(heading));
    expect(after('Nieuwe acties')).toContain('Resultaten delen met het MT (trekker: Pieter de Vries, uiterlijk');
    expect(after('Acties die klaar zijn')).toContain('Zaal reserveren voor de raadsinformatieavond (trekker: Pieter de Vries)');
    expect(text).toContain('Het MT krijgt de resultaten in maart.');

    // Approve the previous meeting's minutes; someone changed the row meanwhile (forced 412).
    const previous = e2e.page.getByTestId('verslag-previous');
    await previous.getByText('Concept: nog niet vastgesteld.').waitFor();
    const fault = e2e.stack.emulator.faults.add({ method: 'PATCH', path: /\/lists\/.+\/items\/.+\/fields$/, status: 412, times: 1 });
    await previous.getByRole('button', { name: `Verslag en besluitenlijst van ${previousLabel} vaststellen` }).click();
    const dialog = e2e.page.getByRole('alertdialog', { name: 'Iemand anders heeft dit net gewijzigd' });
    await dialog.waitFor();
    expect(fault.remaining).toBe(0);
    await dialog.getByRole('button', { name: 'Mijn versie opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await previous.getByText(/^Vastgesteld in de vergadering van /).waitFor();
    const approved = verslagRows().find((r) => r.Vastgesteld === true)!;
    expect(approved).toBeDefined();
    expect(String(approved.VastgesteldOp)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The approved version replaced the concept in the documents, and says so itself.
    expect(approved.Document).toBe(firstDocument);
    const approvedText = await docText(decodeURIComponent(firstDocument.split('/').at(-1)!));
    expect(approvedText).toMatch(/Status: Vastgesteld in de vergadering van \d+ \w+ \d{4}\./);
    expect(approvedText).toContain('Terugblik op de drie pilots');
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-verslag-approved.png`, fullPage: true });
    await expectAxeClean(e2e.page, 'verslag approved');
  });

  it('passes axe in dark and high contrast', async () => {
    for (const theme of ['dark', 'contrast']) {
      await open(theme);
      await e2e.page.waitForLoadState('networkidle');
      await e2e.page.getByTestId('verslag').screenshot({ path: `${ARTIFACTS}/tab-verslag-${theme}.png` });
      await expectAxeClean(e2e.page, `verslag (${theme})`);
    }
    expect(e2e.problems).toEqual([]);
  });
});
