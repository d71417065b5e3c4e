// End to end: the built tab in headless Chromium, against the Graph emulator, through the tab's own
// origin (/graph proxied to the emulator), signed in with a dev token as the werkgroep's voorzitter.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { HOSTILE, IDS, tabTestSeed } from './support/seed.ts';
import { startTabStack } from './support/stack.ts';
import type { TabStack } from './support/stack.ts';

const ARTIFACTS = 'tests/artifacts';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let stack: TabStack;
let browser: Browser;
let page: Page;
const problems: string[] = [];

function amsterdamDay(d: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
}
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function open(hash: string, theme = 'default'): Promise<void> {
  await page.goto(`${stack.url}/tab.html?theme=${theme}${hash}`);
  try {
    await page.getByRole('heading', { level: 1, name: 'Werkgroep Interactief beleid' }).waitFor({ timeout: 15_000 });
  } catch (e) {
    console.log(page.url(), await page.evaluate(() => [...document.querySelectorAll('[aria-hidden], [inert]')].map((e) => e.outerHTML.slice(0, 160)).join('\n')));
    throw e;
  }
}

async function axe(label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(async () => {
    // Tabster's focus-trap helpers (<i data-tabster-dummy tabindex=0 aria-hidden>) hand focus on at
    // once; axe flags them as aria-hidden-focus, a known false positive for Fluent UI v9.
    const r = await (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ exclude: [['[data-tabster-dummy]']] });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  })) as { id: string; targets: string[] }[];
  expect(result, `axe on ${label}`).toEqual([]);
}

function tasks() {
  return [...stack.emulator.state.tasks.values()];
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  stack = await startTabStack(tabTestSeed({ now: new Date() }));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('tab against the Graph emulator', { timeout: 60_000 }, () => {
  it('shows the demo banner, the werkgroep and hostile Graph strings as text', async () => {
    await open('#/overzicht');
    await expect(page.getByText('Demo: je werkt buiten Teams')).toBeTruthy();
    await page.getByText(HOSTILE.script).waitFor();
    await page.getByText(HOSTILE.img).waitFor();
    await page.getByRole('heading', { name: HOSTILE.name }).waitFor();
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    expect(pwned).toBeUndefined();
    expect(await page.locator('main script, main img, main svg[onload], main b').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/tab-overzicht-hostile.png`, fullPage: true });
  });

  it('creates a meeting series, an agenda item, a besluit and an action that lands in Planner', async () => {
    await open('#/vergadering');
    const seriesForm = page.getByRole('form', { name: 'Vergaderreeks maken' });
    await seriesForm.getByLabel('Welke in de maand').selectOption('first');
    await seriesForm.getByLabel('Dag').selectOption('tuesday');
    await seriesForm.getByLabel('Begintijd').fill('14:00');
    await seriesForm.getByRole('button', { name: 'Vergaderreeks maken' }).click();
    await page.getByText('De vergaderreeks staat in de agenda van de groep.').waitFor();
    const series = [...stack.emulator.state.events.values()].filter((e) => e.groupId === IDS.werkgroep);
    expect(series).toHaveLength(1);
    expect(series[0]!.recurrence?.pattern).toMatchObject({ type: 'relativeMonthly', daysOfWeek: ['tuesday'], index: 'first' });
    expect(series[0]!.isOnlineMeeting).toBe(true);

    const agenda = page.getByRole('form', { name: 'Nieuw agendapunt' });
    await agenda.getByLabel('Nieuw agendapunt').fill('Terugblik op de drie pilots');
    await agenda.getByLabel('Hoort bij resultaat').selectOption({ index: 1 });
    await agenda.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByTestId('agenda-item').filter({ hasText: 'Terugblik op de drie pilots' }).waitFor();

    const besluit = page.getByRole('form', { name: 'Nieuw besluit' });
    await besluit.getByLabel('Nieuw besluit').fill('De werkgroep stelt het format voor de resultaten vast.');
    await besluit.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByTestId('besluit').filter({ hasText: 'De werkgroep stelt het format' }).waitFor();

    const due = addDays(amsterdamDay(new Date()), 10);
    const actie = page.getByRole('form', { name: 'Actie toevoegen' });
    await actie.getByLabel('Wat moet er gebeuren?').fill('Verslag van de pilot Stadspark delen');
    await actie.getByLabel('Trekker').selectOption({ label: 'Pieter de Vries' });
    await actie.getByLabel('Uiterlijk').fill(due);
    await actie.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByTestId('meeting-actions').getByText('Verslag van de pilot Stadspark delen').waitFor();

    const task = tasks().find((t) => t.title === 'Verslag van de pilot Stadspark delen');
    expect(task, 'Planner task in the emulator').toBeDefined();
    expect(Object.keys(task!.assignments)).toEqual([IDS.pieter]);
    expect(amsterdamDay(new Date(task!.dueDateTime!))).toBe(due);
    expect(task!.planId).toBe(IDS.plan);
    // The meeting it came from is kept as a reference in the task details.
    expect(JSON.stringify(task!.details?.references ?? {})).toContain('Vergadering');

    const items = [...stack.emulator.state.lists.values()].filter((l) => l.displayName === 'Agendapunten' || l.displayName === 'Besluiten');
    const fields = items.flatMap((l) => [...stack.emulator.state.itemsOf(l.id).values()].map((i) => i.fields));
    expect(fields.some((f) => f.Title === 'Terugblik op de drie pilots' && typeof f.VergaderingId === 'string')).toBe(true);
    expect(fields.some((f) => String(f.Title).startsWith('De werkgroep stelt'))).toBe(true);

    // After a reload the action is still listed under its meeting (read back from the task details).
    await page.reload();
    await page.getByTestId('meeting-actions').getByText('Verslag van de pilot Stadspark delen').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/tab-vergadering-light.png`, fullPage: true });

    // Mark it done.
    await page.getByRole('button', { name: 'Markeer "Verslag van de pilot Stadspark delen" als klaar' }).click();
    await page.getByTestId('meeting-actions').getByTestId('action-item').filter({ hasText: 'Afgerond op' }).waitFor();
    expect(tasks().find((t) => t.id === task!.id)!.percentComplete).toBe(100);
  });

  it('shows "Iemand anders heeft dit net gewijzigd" when the due date changed meanwhile, and keeps my version on request', async () => {
    await open('#/overzicht');
    const target = tasks().find((t) => t.title.startsWith('Format ontwikkelen'))!;
    await page.getByRole('button', { name: `Uiterste datum wijzigen van "${target.title}"` }).click();
    // Someone else moves the due date after the page loaded.
    const theirs = addDays(amsterdamDay(new Date()), 30);
    target.dueDateTime = `${theirs}T10:00:00Z`;
    target.v = stack.emulator.state.nextVersion();
    const mine = addDays(amsterdamDay(new Date()), 3);
    await page.getByLabel('Nieuwe uiterste datum').fill(mine);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Iemand anders heeft dit net gewijzigd' });
    await dialog.waitFor();
    await page.waitForTimeout(600); // let the open animation finish before the screenshot
    await page.screenshot({ path: `${ARTIFACTS}/tab-conflict-light.png` });
    await axe('conflict dialog');
    await dialog.getByRole('button', { name: 'Mijn versie opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The page behind the dialog is reachable again (Fluent removes aria-hidden when the dialog closes).
    await page.getByRole('heading', { level: 1, name: 'Werkgroep Interactief beleid' }).waitFor({ timeout: 2000 });
    await expect.poll(() => amsterdamDay(new Date(tasks().find((t) => t.id === target.id)!.dueDateTime!))).toBe(mine);
  });

  it('a forced 412 on saving a result shows the conflict dialog; "Hun versie houden" writes nothing', async () => {
    await open('#/resultaten');
    await page.getByRole('button', { name: /Wat is er gebeurd bijwerken: Bij drie pilots/ }).click();
    const fault = stack.emulator.faults.add({ method: 'PATCH', path: /\/lists\/.+\/items\/.+\/fields$/, status: 412, times: 1 });
    await page.getByLabel('Wat is er gebeurd', { exact: true }).fill('Drie pilots gestart; de eerste evaluatie is klaar.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Iemand anders heeft dit net gewijzigd' });
    await dialog.waitFor();
    expect(fault.remaining).toBe(0);
    await dialog.getByRole('button', { name: 'Hun versie houden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Drie projecten zijn aangewezen als pilot.').waitFor();
  });

  it('throttling shows what to do and nothing typed is lost', async () => {
    await open('#/vergadering');
    const fault = stack.emulator.faults.add({ method: 'POST', path: /\/lists\/.+\/items$/, status: 503, times: Infinity });
    const besluit = page.getByRole('form', { name: 'Nieuw besluit' });
    await besluit.getByLabel('Nieuw besluit').fill('Besluit dat niet verloren mag gaan');
    await besluit.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Opnieuw' }).or(page.getByRole('alert').filter({ hasText: 'probeer' })).first().waitFor({ timeout: 30_000 });
    fault.remove();
    await page.reload();
    await page.getByRole('form', { name: 'Nieuw besluit' }).getByLabel('Nieuw besluit').waitFor();
    expect(await page.getByRole('form', { name: 'Nieuw besluit' }).getByLabel('Nieuw besluit').inputValue()).toBe('Besluit dat niet verloren mag gaan');
  });

  it('Mijn acties and the deep link #/actie/{id} show my actions across werkgroepen', async () => {
    const mine = tasks().find((t) => t.title.startsWith('Format ontwikkelen'))!;
    await page.goto(`${stack.url}/tab.html#/mijn-acties`);
    await page.getByTestId('mijn-acties').getByText(mine.title).waitFor();
    await page.goto(`${stack.url}/tab.html#/actie/${encodeURIComponent(mine.id)}`);
    await page.getByTestId('actie-detail').getByText(mine.title).waitFor();
    await page.getByTestId('actie-detail').getByText('Werkgroep Interactief beleid').waitFor();
  });

  it('makes the jaarverslag .docx in the browser with sections and numbers', async () => {
    await open('#/jaarverslag');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Jaarverslag maken' }).click();
    const file = await download;
    const path = `${ARTIFACTS}/jaarverslag-e2e.docx`;
    await file.saveAs(path);
    const { value } = await mammoth.extractRawText({ path });
    expect(value).toContain(`Jaarverslag participatie ${new Date().getFullYear()}`);
    for (const section of ['Samenvatting', 'Vergaderingen', 'Resultaten', 'Verbeterpunten', 'Acties']) expect(value).toContain(section);
    expect(value).toContain('Bundel de krachten van wijkverenigingen');
    expect(value).toContain(HOSTILE.script);
  });

  it('looks right and passes axe in light, dark and high contrast', async () => {
    for (const theme of ['default', 'dark', 'contrast']) {
      for (const [name, hash] of [
        ['overzicht', '#/overzicht'],
        ['vergadering', '#/vergadering'],
        ['resultaten', '#/resultaten'],
      ] as const) {
        await open(hash, theme);
        await page.getByRole('main').getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `${ARTIFACTS}/tab-${name}-${theme}.png`, fullPage: true });
        await axe(`${name} (${theme})`);
      }
    }
    await open('#/mijn-acties');
    await page.getByTestId('mijn-acties').waitFor();
    await axe('mijn-acties');
    await open('#/jaarverslag');
    await axe('jaarverslag');
    expect(problems).toEqual([]);
  }, 120_000);
});
