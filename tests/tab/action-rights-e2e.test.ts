// End to end: who may mark an action done in the tab. The bot's cards let only the trekker, the werkgroep's
// voorzitter or its MT do that (canActOnAction); the tab, in Chromium against the Graph emulator, must too.
import { describe, expect, it } from 'vitest';
import { HOSTILE, IDS, tabTestSeed } from './support/seed.ts';
import { ARTIFACTS, expectAxeClean, useTabE2e } from '../support/tab-e2e.ts';
import { startTabStack } from './support/stack.ts';

const VOORZITTER_ACTION = 'Format ontwikkelen voor vastleggen resultaten interactief werken';
const PIETER_ACTION = 'Evaluatie leidraad voorbereiden met de klankbordgroep';

const e2e = useTabE2e(() => startTabStack(tabTestSeed({ now: new Date() })));

/** Planner writes the page sends, seen in the browser, so a refused command is proven to send nothing. */
const plannerWrites: string[] = [];

async function openOverzicht(user?: string): Promise<void> {
  const query = user ? `&user=${encodeURIComponent(user)}` : '';
  await e2e.page.goto(`${e2e.stack.url}/tab.html?theme=default${query}#/overzicht`);
  await e2e.page.getByRole('heading', { level: 1, name: 'Werkgroep Interactief beleid' }).waitFor({ timeout: 15_000 });
  await e2e.page.getByTestId('open-actions').getByText(VOORZITTER_ACTION).waitFor();
  await expect.poll(() => e2e.page.getByText('Even laden…').count(), { timeout: 20_000 }).toBe(0);
}

function item(titel: string) {
  return e2e.page.getByTestId('open-actions').getByTestId('action-item').filter({ hasText: titel });
}

function task(titel: string) {
  return [...e2e.stack.emulator.state.tasks.values()].find((t) => t.title === titel)!;
}

describe('"Klaar" in the tab follows the rule of the bot\'s cards', { timeout: 90_000 }, () => {
  it('a lid sees no "Klaar" on the voorzitter\'s or another lid\'s action, does on their own, and gets a confirmation', async () => {
    e2e.page.on('request', (r) => {
      if (r.method() !== 'GET' && /\/planner\/tasks\//.test(r.url())) plannerWrites.push(`${r.method()} ${r.url()}`);
    });
    await openOverzicht(IDS.pieter);
    // Pieter is a lid: not the trekker, the voorzitter or MT of these.
    for (const titel of [VOORZITTER_ACTION, HOSTILE.img, HOSTILE.rtl]) {
      await expect.poll(() => item(titel).count()).toBe(1);
      expect(await item(titel).getByRole('button').count(), titel).toBe(0);
    }
    // His own actions keep both buttons.
    await item(HOSTILE.script).getByRole('button', { name: `Markeer "${HOSTILE.script}" als klaar` }).waitFor();
    await item(PIETER_ACTION).getByRole('button', { name: 'Uiterste datum wijzigen van' + ` "${PIETER_ACTION}"` }).waitFor();
    expect(plannerWrites).toEqual([]);

    await item(PIETER_ACTION).getByRole('button', { name: `Markeer "${PIETER_ACTION}" als klaar` }).click();
    const confirmation = e2e.page.getByTestId('action-done-message');
    await confirmation.getByText(`"${PIETER_ACTION}" staat nu op klaar.`).waitFor();
    await expect.poll(() => task(PIETER_ACTION).percentComplete).toBe(100);
    expect(task(VOORZITTER_ACTION).percentComplete).toBe(0);
    expect(plannerWrites).toHaveLength(1);
    expect(await item(PIETER_ACTION).count()).toBe(0);
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-action-rights-lid.png`, fullPage: true });
    await expectAxeClean(e2e.page, 'Overzicht as a lid after "Klaar"');
    expect(e2e.problems).toEqual([]);
  });

  it('the voorzitter sees "Klaar" on every open action, also the ones of others', async () => {
    await openOverzicht();
    for (const titel of [VOORZITTER_ACTION, HOSTILE.img, HOSTILE.rtl, HOSTILE.script]) {
      await item(titel).getByRole('button', { name: `Markeer "${titel}" als klaar` }).waitFor();
    }
  });

  it('the deep link to someone else\'s action says who may change it and offers no button', async () => {
    await e2e.page.goto(`${e2e.stack.url}/tab.html?theme=default&user=${encodeURIComponent(IDS.pieter)}#/actie/${encodeURIComponent(task(VOORZITTER_ACTION).id)}/${IDS.werkgroep}`);
    const detail = e2e.page.getByTestId('actie-detail');
    await detail.getByText(VOORZITTER_ACTION).waitFor({ timeout: 15_000 });
    await detail.getByText('Alleen de trekker, de voorzitter of het MT kan deze actie afmelden of wijzigen.').waitFor();
    expect(await detail.getByRole('button').count()).toBe(0);
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-action-rights-detail.png`, fullPage: true });
    await expectAxeClean(e2e.page, 'action detail as a lid');
  });
});
