// End to end: the Resultaten page in headless Chromium against the Graph emulator. A result created and edited
// with every Weert field (its history per meeting and the overdue flag), a verbeterpunt created and edited with
// numbered actions, an action made into a Planner task whose status shows on the verbeterpunt, an old free-text
// trekker turned into a person, a forced 412 into the conflict dialog, and what a SharePoint user then reads.
import { describe, expect, it } from 'vitest';
import { IDS, tabTestSeed } from './support/seed.ts';
import { ARTIFACTS, addDays, amsterdamDay, expectAxeClean, useTabE2e } from '../support/tab-e2e.ts';
import { startTabStack } from './support/stack.ts';

const dutch = (day: string) => new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`));
const today = amsterdamDay(new Date());

async function open(theme = 'default'): Promise<void> {
  // The same URL again would only be a hash change: start from a blank page so the tab really reloads.
  await e2e.page.goto('about:blank');
  await e2e.page.goto(`${e2e.stack.url}/tab.html?theme=${theme}#/resultaten`);
  await e2e.page.getByTestId('resultaat').first().waitFor({ timeout: 15_000 });
  await e2e.page.getByTestId('verbeterpunt').first().waitFor();
}

function listFields(name: string): Record<string, unknown>[] {
  const list = [...e2e.stack.emulator.state.lists.values()].find((l) => l.displayName === name)!;
  return [...e2e.stack.emulator.state.itemsOf(list.id).values()].map((i) => i.fields);
}

const e2e = useTabE2e(() => {
  const seed = tabTestSeed({ now: new Date(), withSeries: true });
  // An old verbeterpunt as an earlier version stored it: actions as JSON, a trekker as free text.
  const punten = seed.sites![0]!.lists!.find((l) => l.displayName === 'Verbeterpunten')!;
  punten.items![0]!.fields.Acties = JSON.stringify([
    { nr: 1, omschrijving: 'In 2014 zijn er maximaal 8 kernoverleggen.', trekker: 'P. de Vries', status: 'loopt' },
    { nr: 2, omschrijving: 'Vanaf 2013 wijkschouwen anders opzetten richting kernbezoek.', trekker: 'Wijkcoördinatoren', status: 'uitgevoerd' },
  ]);
  return startTabStack(seed);
});

describe('Resultaten page against the Graph emulator', { timeout: 90_000 }, () => {
  const titel = 'Participatieparagraaf in elk B&W-advies';

  it('creates a result with every Weert field; past its Doorlooptijd it is flagged', async () => {
    await open();
    await e2e.page.getByRole('button', { name: 'Nieuw resultaat' }).click();
    const form = e2e.page.getByRole('form', { name: 'Nieuw resultaat' });
    expect(await form.getByLabel('Nummer').inputValue()).toBe('4');
    await form.getByLabel('Resultaat (korte omschrijving)').fill(titel);
    await form.getByLabel('Doel', { exact: true }).fill('Elk advies zegt hoe inwoners zijn betrokken.');
    await form.getByLabel('Doelgroep').fill('Ambtelijke medewerkers\nMT');
    await form.getByLabel('Wat is er gebeurd').fill('Format gemaakt.');
    await form.getByLabel('Methode').fill('Scholing per sector.');
    await form.getByLabel('Begint op').fill(addDays(today, -120));
    await form.getByLabel('Eindigt op').fill(addDays(today, -2));
    await form.getByLabel('Capaciteit').fill('3 x overleg');
    await form.getByLabel('Verankering').fill('Onderdeel van de adviesroute.');
    await form.getByLabel('Verantwoordelijk MT-lid').selectOption({ label: 'Marc Knaapen' });
    await form.getByLabel('Status').selectOption('loopt');
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-resultaat-nieuw.png`, fullPage: true });
    await expectAxeClean(e2e.page, 'new result form');
    await form.getByRole('button', { name: 'Opslaan' }).click();

    const card = e2e.page.getByTestId('resultaat').filter({ hasText: titel });
    await card.waitFor();
    await card.getByText('Doorlooptijd voorbij').waitFor();
    await card.getByText(`De doorlooptijd liep tot ${dutch(addDays(today, -2))}`).waitFor();
    const stored = listFields('Resultaten').find((f) => f.Title === titel)!;
    expect(stored).toMatchObject({ Nr: 4, Doelgroep: 'Ambtelijke medewerkers\nMT', WatIsErGebeurd: 'Format gemaakt.', Status: 'loopt', MtLidNaam: 'Marc Knaapen', MtLidId: IDS.marc, VerantwoordelijkMtLid: '' });
    // Marc never opened the werkgroep's site, so SharePoint cannot show him in the person column yet.
    expect(stored.MtLidLookupId).toBeUndefined();
  });

  it('keeps "Wat is er gebeurd" per meeting and clears the flag once the result is gereed', async () => {
    await open();
    const card = e2e.page.getByTestId('resultaat').filter({ hasText: titel });
    await card.getByRole('button', { name: `Wat is er gebeurd bijwerken: ${titel}` }).click();
    const form = e2e.page.getByRole('form', { name: `Wat is er gebeurd bijwerken: ${titel}` });
    const meeting = await form.getByLabel('Bij de vergadering van').inputValue();
    expect(meeting <= today).toBe(true);
    await form.getByLabel('Wat is er gebeurd').fill('Eerste adviezen met paragraaf verstuurd.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await card.getByTestId('voortgang').getByText(`Vergadering van ${dutch(meeting)}:`).waitFor();
    await card.getByTestId('voortgang').getByText('Eerder:').waitFor();
    const [y, m, d] = meeting.split('-');
    expect(listFields('Resultaten').find((f) => f.Title === titel)!.WatIsErGebeurd).toBe(`Format gemaakt.\nVergadering ${Number(d)}-${Number(m)}-${y}: Eerste adviezen met paragraaf verstuurd.`);

    await card.getByRole('button', { name: `Bewerken: ${titel}` }).click();
    const edit = e2e.page.getByRole('form', { name: `Bewerken: ${titel}` });
    await edit.getByLabel('Capaciteit').fill('4 x overleg');
    await edit.getByLabel('Status').selectOption('gereed');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await edit.waitFor({ state: 'detached' });
    expect(await card.getByText('Doorlooptijd voorbij').count()).toBe(0);
    expect(listFields('Resultaten').find((f) => f.Title === titel)).toMatchObject({ Capaciteit: '4 x overleg', Status: 'gereed' });
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-resultaat-voortgang.png`, fullPage: true });
  });

  it('creates a verbeterpunt with numbered actions and makes an action a Planner task whose status it shows', async () => {
    await open();
    await e2e.page.getByRole('button', { name: 'Nieuw verbeterpunt' }).click();
    const form = e2e.page.getByRole('form', { name: 'Nieuw verbeterpunt' });
    await form.getByLabel('Verbeterpunt (korte omschrijving)').fill('Geef wijkcoördinator meer volmachten');
    await form.getByLabel('Probleem').fill('Afspraken worden niet nagekomen.\nHet duurt te lang om opdrachten te realiseren.');
    await form.getByLabel('Wat willen we bereiken').fill('Betere afstemming van afspraken binnen de afdelingen.');
    await form.getByRole('button', { name: 'Actie toevoegen' }).click();
    const actie = form.getByRole('group', { name: 'Actie 1' });
    await actie.getByLabel('Wat gaan we doen?').fill('Wijkcoördinatoren blijven aanspreekpunt voor de wijkverenigingen.');
    await actie.getByLabel('Toelichting').fill('Telefonisch en per e-mail bereikbaar.');
    await actie.getByLabel('Trekker').selectOption({ label: 'Pieter de Vries' });
    await actie.getByLabel('Status').selectOption('loopt');
    await form.getByRole('button', { name: 'Opslaan' }).click();

    const card = e2e.page.getByTestId('verbeterpunt').filter({ hasText: 'Geef wijkcoördinator meer volmachten' });
    await card.waitFor();
    const stored = listFields('Verbeterpunten').find((f) => f.Title === 'Geef wijkcoördinator meer volmachten')!;
    expect(stored.Acties).toBe('1. Wijkcoördinatoren blijven aanspreekpunt voor de wijkverenigingen. — Trekker: Pieter de Vries — Status: loopt\n   Toelichting: Telefonisch en per e-mail bereikbaar.');
    expect(stored.ActieKoppelingen).toBe(`1;${IDS.pieter};`);

    const due = addDays(today, 14);
    await card.getByRole('button', { name: 'Taak maken in Planner voor actie 1' }).click();
    const task = card.getByRole('form', { name: 'Taak maken in Planner voor actie 1' });
    expect(await task.getByLabel('Trekker').inputValue()).toBe(IDS.pieter);
    await task.getByLabel('Uiterlijk').fill(due);
    await task.getByRole('button', { name: 'Taak maken in Planner' }).click();
    await card.getByText(`Taak in Planner: Open, Pieter de Vries, uiterlijk ${dutch(due)}`).waitFor();

    const made = [...e2e.stack.emulator.state.tasks.values()].find((t) => t.title.includes('Wijkcoördinatoren blijven aanspreekpunt'))!;
    expect(made.planId).toBe(IDS.plan);
    expect(Object.keys(made.assignments)).toEqual([IDS.pieter]);
    expect(amsterdamDay(new Date(made.dueDateTime!))).toBe(due);
    expect(listFields('Verbeterpunten').find((f) => f.Title === 'Geef wijkcoördinator meer volmachten')!.ActieKoppelingen).toBe(`1;${IDS.pieter};${made.id}`);

    // The status is read live from Planner: done there, done here.
    made.percentComplete = 100;
    made.completedDateTime = new Date().toISOString();
    made.v = e2e.stack.emulator.state.nextVersion();
    await e2e.page.reload();
    await e2e.page.getByTestId('verbeterpunt').filter({ hasText: 'Geef wijkcoördinator meer volmachten' }).getByText(`Taak in Planner: Afgerond op ${dutch(today)}`).waitFor();
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-verbeterpunt-taak.png`, fullPage: true });
  });

  it('turns an old free-text trekker into a person and writes old JSON actions back as lines', async () => {
    await open();
    const card = e2e.page.getByTestId('verbeterpunt').filter({ hasText: 'Bundel de krachten van wijkverenigingen' });
    await card.getByRole('button', { name: 'Bewerken: Bundel de krachten van wijkverenigingen' }).click();
    const form = e2e.page.getByRole('form', { name: 'Bewerken: Bundel de krachten van wijkverenigingen' });
    const first = form.getByRole('group', { name: 'Actie 1' });
    await first.getByText('Nu staat er als trekker: "P. de Vries".').waitFor();
    // A department is nobody: no suggestion there.
    expect(await form.getByRole('group', { name: 'Actie 2' }).getByRole('button', { name: /kiezen als trekker/ }).count()).toBe(0);
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-verbeterpunt-bewerken.png`, fullPage: true });
    await expectAxeClean(e2e.page, 'verbeterpunt form');
    await first.getByRole('button', { name: 'Pieter de Vries kiezen als trekker' }).click();
    expect(await first.getByLabel('Trekker').inputValue()).toBe(IDS.pieter);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'detached' });
    const stored = listFields('Verbeterpunten').find((f) => f.Title === 'Bundel de krachten van wijkverenigingen')!;
    expect(stored.Acties).toBe(
      '1. In 2014 zijn er maximaal 8 kernoverleggen. — Trekker: Pieter de Vries — Status: loopt\n2. Vanaf 2013 wijkschouwen anders opzetten richting kernbezoek. — Trekker: Wijkcoördinatoren — Status: uitgevoerd',
    );
    expect(stored.ActieKoppelingen).toBe(`1;${IDS.pieter};`);
    expect(stored).toMatchObject({ MtLidId: IDS.marc, MtLidNaam: 'Marc Knaapen', VerantwoordelijkMtLid: '' });
  });

  it('a forced 412 on a verbeterpunt opens the conflict dialog; "Mijn versie opslaan" writes mine on top', async () => {
    await open();
    const card = e2e.page.getByTestId('verbeterpunt').filter({ hasText: 'Bundel de krachten van wijkverenigingen' });
    await card.getByRole('button', { name: 'Bewerken: Bundel de krachten van wijkverenigingen' }).click();
    const form = e2e.page.getByRole('form', { name: 'Bewerken: Bundel de krachten van wijkverenigingen' });
    await form.getByLabel('Wat willen we bereiken').fill('Het overleg met de wijkverenigingen opschalen naar een kernoverleg.\nVerbinding maken met andere groeperingen in de wijk.');
    const fault = e2e.stack.emulator.faults.add({ method: 'PATCH', path: /\/lists\/.+\/items\/.+\/fields$/, status: 412, times: 1 });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = e2e.page.getByRole('alertdialog', { name: 'Iemand anders heeft dit net gewijzigd' });
    await dialog.waitFor();
    expect(fault.remaining).toBe(0);
    await e2e.page.waitForTimeout(600);
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-verbeterpunt-conflict.png` });
    await expectAxeClean(e2e.page, 'verbeterpunt conflict dialog');
    await dialog.getByRole('button', { name: 'Mijn versie opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => listFields('Verbeterpunten').find((f) => f.Title === 'Bundel de krachten van wijkverenigingen')!.WatWillenWeBereiken).toBe(
      'Het overleg met de wijkverenigingen opschalen naar een kernoverleg.\nVerbinding maken met andere groeperingen in de wijk.',
    );
  });

  it('passes axe in light, dark and high contrast', async () => {
    for (const theme of ['default', 'dark', 'contrast']) {
      await open(theme);
      await e2e.page.waitForLoadState('networkidle');
      await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-resultaten-edit-${theme}.png`, fullPage: true });
      await expectAxeClean(e2e.page, `resultaten (${theme})`);
      const card = e2e.page.getByTestId('resultaat').first();
      await card.getByRole('button', { name: /^Bewerken: / }).click();
      await expectAxeClean(e2e.page, `resultaat form (${theme})`);
    }
    expect(e2e.problems).toEqual([]);
  }, 120_000);
});
