// End to end: the built tab in headless Chromium, against the Graph emulator, through the tab's own
// origin (/graph proxied to the emulator), signed in with a dev token as the werkgroep's voorzitter.
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { HOSTILE, IDS, tabTestSeed } from './support/seed.ts';
import { ARTIFACTS, addDays, amsterdamDay, expectAxeClean, useTabE2e } from '../support/tab-e2e.ts';
import { startTabStack } from './support/stack.ts';

async function open(hash: string, theme = 'default'): Promise<void> {
  await e2e.page.goto(`${e2e.stack.url}/tab.html?theme=${theme}${hash}`);
  try {
    await e2e.page.getByRole('heading', { level: 1, name: 'Werkgroep Interactief beleid' }).waitFor({ timeout: 15_000 });
  } catch (e) {
    console.log(e2e.page.url(), await e2e.page.evaluate(() => [...document.querySelectorAll('[aria-hidden], [inert]')].map((e) => e.outerHTML.slice(0, 160)).join('\n')));
    throw e;
  }
}

function tasks() {
  return [...e2e.stack.emulator.state.tasks.values()];
}

const e2e = useTabE2e(() => startTabStack(tabTestSeed({ now: new Date() })), { acceptDownloads: true });

describe('tab against the Graph emulator', { timeout: 60_000 }, () => {
  it('shows the demo banner, the werkgroep and hostile Graph strings as text', async () => {
    await open('#/overzicht');
    await expect(e2e.page.getByText('Demo: je werkt buiten Teams')).toBeTruthy();
    await e2e.page.getByText(HOSTILE.script).waitFor();
    await e2e.page.getByText(HOSTILE.img).waitFor();
    await e2e.page.getByRole('heading', { name: HOSTILE.name }).waitFor();
    const pwned = await e2e.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    expect(pwned).toBeUndefined();
    expect(await e2e.page.locator('main script, main img, main svg[onload], main b').count()).toBe(0);
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-overzicht-hostile.png`, fullPage: true });
  });

  it('creates a meeting series, an agenda item, a besluit and an action that lands in Planner', async () => {
    await open('#/vergadering');
    const seriesForm = e2e.page.getByRole('form', { name: 'Vergaderreeks maken' });
    await seriesForm.getByLabel('Welke in de maand').selectOption('first');
    await seriesForm.getByLabel('Dag').selectOption('tuesday');
    await seriesForm.getByLabel('Begintijd').fill('14:00');
    await seriesForm.getByRole('button', { name: 'Vergaderreeks maken' }).click();
    await e2e.page.getByText('De vergaderreeks staat in de agenda van de groep.').waitFor();
    const series = [...e2e.stack.emulator.state.events.values()].filter((e) => e.groupId === IDS.werkgroep);
    expect(series).toHaveLength(1);
    expect(series[0]!.recurrence?.pattern).toMatchObject({ type: 'relativeMonthly', daysOfWeek: ['tuesday'], index: 'first' });
    expect(series[0]!.isOnlineMeeting).toBe(true);

    const agenda = e2e.page.getByRole('form', { name: 'Nieuw agendapunt' });
    await agenda.getByLabel('Nieuw agendapunt').fill('Terugblik op de drie pilots');
    await agenda.getByLabel('Hoort bij resultaat').selectOption({ index: 1 });
    await agenda.getByRole('button', { name: 'Toevoegen' }).click();
    await e2e.page.getByTestId('agenda-item').filter({ hasText: 'Terugblik op de drie pilots' }).waitFor();

    const besluit = e2e.page.getByRole('form', { name: 'Nieuw besluit' });
    await besluit.getByLabel('Nieuw besluit').fill('De werkgroep stelt het format voor de resultaten vast.');
    await besluit.getByRole('button', { name: 'Toevoegen' }).click();
    await e2e.page.getByTestId('besluit').filter({ hasText: 'De werkgroep stelt het format' }).waitFor();

    const due = addDays(amsterdamDay(new Date()), 10);
    const actie = e2e.page.getByRole('form', { name: 'Actie toevoegen' });
    await actie.getByLabel('Wat moet er gebeuren?').fill('Verslag van de pilot Stadspark delen');
    await actie.getByLabel('Trekker').selectOption({ label: 'Pieter de Vries' });
    await actie.getByLabel('Uiterlijk').fill(due);
    await actie.getByRole('button', { name: 'Actie toevoegen' }).click();
    await e2e.page.getByTestId('meeting-actions').getByText('Verslag van de pilot Stadspark delen').waitFor();

    const task = tasks().find((t) => t.title === 'Verslag van de pilot Stadspark delen');
    expect(task, 'Planner task in the emulator').toBeDefined();
    expect(Object.keys(task!.assignments)).toEqual([IDS.pieter]);
    expect(amsterdamDay(new Date(task!.dueDateTime!))).toBe(due);
    expect(task!.planId).toBe(IDS.plan);
    // The meeting it came from is kept as a reference in the task details.
    expect(JSON.stringify(task!.details?.references ?? {})).toContain('Vergadering');

    const items = [...e2e.stack.emulator.state.lists.values()].filter((l) => l.displayName === 'Agendapunten' || l.displayName === 'Besluiten');
    const fields = items.flatMap((l) => [...e2e.stack.emulator.state.itemsOf(l.id).values()].map((i) => i.fields));
    expect(fields.some((f) => f.Title === 'Terugblik op de drie pilots' && typeof f.VergaderingId === 'string')).toBe(true);
    expect(fields.some((f) => String(f.Title).startsWith('De werkgroep stelt'))).toBe(true);

    // After a reload the action is still listed under its meeting (read back from the task details).
    await e2e.page.reload();
    await e2e.page.getByTestId('meeting-actions').getByText('Verslag van de pilot Stadspark delen').waitFor();
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-vergadering-light.png`, fullPage: true });

    // Mark it done.
    await e2e.page.getByRole('button', { name: 'Markeer "Verslag van de pilot Stadspark delen" als klaar' }).click();
    await e2e.page.getByTestId('meeting-actions').getByTestId('action-item').filter({ hasText: 'Afgerond op' }).waitFor();
    expect(tasks().find((t) => t.id === task!.id)!.percentComplete).toBe(100);
  });

  it('shows "Iemand anders heeft dit net gewijzigd" when the due date changed meanwhile, and keeps my version on request', async () => {
    await open('#/overzicht');
    const target = tasks().find((t) => t.title.startsWith('Format ontwikkelen'))!;
    await e2e.page.getByRole('button', { name: `Uiterste datum wijzigen van "${target.title}"` }).click();
    // Someone else moves the due date after the page loaded.
    const theirs = addDays(amsterdamDay(new Date()), 30);
    target.dueDateTime = `${theirs}T10:00:00Z`;
    target.v = e2e.stack.emulator.state.nextVersion();
    const mine = addDays(amsterdamDay(new Date()), 3);
    await e2e.page.getByLabel('Nieuwe uiterste datum').fill(mine);
    await e2e.page.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = e2e.page.getByRole('alertdialog', { name: 'Iemand anders heeft dit net gewijzigd' });
    await dialog.waitFor();
    await e2e.page.waitForTimeout(600); // let the open animation finish before the screenshot
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-conflict-light.png` });
    await expectAxeClean(e2e.page, 'conflict dialog');
    await dialog.getByRole('button', { name: 'Mijn versie opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The page behind the dialog is reachable again (Fluent removes aria-hidden when the dialog closes).
    await e2e.page.getByRole('heading', { level: 1, name: 'Werkgroep Interactief beleid' }).waitFor({ timeout: 2000 });
    await expect.poll(() => amsterdamDay(new Date(tasks().find((t) => t.id === target.id)!.dueDateTime!))).toBe(mine);
  });

  it('a forced 412 on saving a result shows the conflict dialog; "Hun versie houden" writes nothing', async () => {
    await open('#/resultaten');
    await e2e.page.getByRole('button', { name: /Wat is er gebeurd bijwerken: Bij drie pilots/ }).click();
    const fault = e2e.stack.emulator.faults.add({ method: 'PATCH', path: /\/lists\/.+\/items\/.+\/fields$/, status: 412, times: 1 });
    await e2e.page.getByLabel('Wat is er gebeurd', { exact: true }).fill('Drie pilots gestart; de eerste evaluatie is klaar.');
    await e2e.page.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = e2e.page.getByRole('alertdialog', { name: 'Iemand anders heeft dit net gewijzigd' });
    await dialog.waitFor();
    expect(fault.remaining).toBe(0);
    await dialog.getByRole('button', { name: 'Hun versie houden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await e2e.page.getByText('Drie projecten zijn aangewezen als pilot.').waitFor();
  });

  it('throttling shows what to do and nothing typed is lost', async () => {
    await open('#/vergadering');
    const fault = e2e.stack.emulator.faults.add({ method: 'POST', path: /\/lists\/.+\/items$/, status: 503, times: Infinity });
    const besluit = e2e.page.getByRole('form', { name: 'Nieuw besluit' });
    await besluit.getByLabel('Nieuw besluit').fill('Besluit dat niet verloren mag gaan');
    await besluit.getByRole('button', { name: 'Toevoegen' }).click();
    await e2e.page.getByRole('alert').filter({ hasText: 'Opnieuw' }).or(e2e.page.getByRole('alert').filter({ hasText: 'probeer' })).first().waitFor({ timeout: 30_000 });
    fault.remove();
    await e2e.page.reload();
    await e2e.page.getByRole('form', { name: 'Nieuw besluit' }).getByLabel('Nieuw besluit').waitFor();
    expect(await e2e.page.getByRole('form', { name: 'Nieuw besluit' }).getByLabel('Nieuw besluit').inputValue()).toBe('Besluit dat niet verloren mag gaan');
  });

  it('Mijn acties and the deep link #/actie/{id} show my actions across werkgroepen', async () => {
    const mine = tasks().find((t) => t.title.startsWith('Format ontwikkelen'))!;
    await e2e.page.goto(`${e2e.stack.url}/tab.html#/mijn-acties`);
    await e2e.page.getByTestId('mijn-acties').getByText(mine.title).waitFor();
    await e2e.page.goto(`${e2e.stack.url}/tab.html#/actie/${encodeURIComponent(mine.id)}`);
    await e2e.page.getByTestId('actie-detail').getByText(mine.title).waitFor();
    await e2e.page.getByTestId('actie-detail').getByText('Werkgroep Interactief beleid').waitFor();
  });

  it('makes the jaarverslag .docx in the browser with sections and numbers', async () => {
    await open('#/jaarverslag');
    const download = e2e.page.waitForEvent('download');
    await e2e.page.getByRole('button', { name: 'Jaarverslag maken' }).click();
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
        await e2e.page.getByRole('main').getByRole('heading', { level: 2 }).first().waitFor();
        await e2e.page.waitForLoadState('networkidle');
        await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-${name}-${theme}.png`, fullPage: true });
        await expectAxeClean(e2e.page, `${name} (${theme})`);
      }
    }
    await open('#/mijn-acties');
    await e2e.page.getByTestId('mijn-acties').waitFor();
    await expectAxeClean(e2e.page, 'mijn-acties');
    await open('#/jaarverslag');
    await expectAxeClean(e2e.page, 'jaarverslag');
    expect(e2e.problems).toEqual([]);
  }, 120_000);
});
