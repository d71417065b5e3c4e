// End to end in Chromium against the Graph emulator, on the demo tenant: a member of two werkgroepen
// switches between them and sees Mijn acties of both; an MT-lid sees the MT view across werkgroepen, a
// non-MT member an explanation; the weekly digest's button opens the MT view; the tab runs on the demo clock.
import { describe, expect, it } from 'vitest';
import { buildDigestCard } from '../../bot/cards/index.ts';
import { subEntityIdOf, tabLinksFromSettings } from '../../bot/cards/deep-link.ts';
import { DEMO_GROUP_IDS, demoTenantSeed, demoUserId } from '../../dev/demo-tenant/index.ts';
import { plannerIdFrom } from '../../dev/graph-emulator/index.ts';
import type { TenantSeed } from '../../dev/graph-emulator/index.ts';
import type { DigestReminder } from '../../src/workgroups/index.ts';
import { ARTIFACTS, expectAxeClean, useTabE2e } from '../support/tab-e2e.ts';
import { startTabStack } from './support/stack.ts';
import { fakeTeamsHostScript } from './support/teams-host.ts';

// The demo clock (a Tuesday) lies a day or more before the real date, so "today" shows whose clock the tab uses.
const DEMO_TODAY = '2026-12-01';
const USERS = {
  both: demoUserId('schreuders'),
  mt: demoUserId('knaapen'),
  voorzitter: demoUserId('verhoeven'),
};

/** The demo tenant plus: Marianne Schreuders in both werkgroepen with an action in each, Marc Knaapen (MT) in both. */
function seed(): TenantSeed {
  const base = demoTenantSeed({ today: DEMO_TODAY });
  for (const g of base.groups) {
    if (g.id !== DEMO_GROUP_IDS.weert && g.id !== DEMO_GROUP_IDS.bergen) continue;
    // Marc is in the Weert werkgroep in the demo already; here he is in Bergen's too.
    for (const id of [USERS.both, USERS.mt]) if (!g.memberIds.includes(id)) g.memberIds.push(id);
  }
  base.tasks = [
    ...(base.tasks ?? []),
    { id: plannerIdFrom('task:e2e:weert'), planId: plannerIdFrom('plan:weert'), title: 'Verslag pilot Speelruimteplan samenvatten', assigneeIds: [USERS.both], dueDateTime: '2026-12-10T11:00:00Z', percentComplete: 0 },
    { id: plannerIdFrom('task:e2e:bergen'), planId: plannerIdFrom('plan:bergen'), title: 'Kernbezoek Egmond aan Zee voorbereiden', assigneeIds: [USERS.both], dueDateTime: '2026-12-14T11:00:00Z', percentComplete: 0 },
  ];
  // One Bergen verbeterpunt is Marc's, so his view holds results and verbeterpunten from two werkgroepen.
  const bergenPunten = base.sites!.find((s) => s.groupId === DEMO_GROUP_IDS.bergen)!.lists!.find((l) => l.displayName === 'Verbeterpunten')!;
  bergenPunten.items![0]!.fields.MtLidId = USERS.mt;
  return base;
}

async function open(user: string, hash: string, theme = 'default'): Promise<void> {
  await e2e.page.goto(`${e2e.stack.url}/tab.html?theme=${theme}&user=${encodeURIComponent(user)}${hash}`);
}

const e2e = useTabE2e(
  () =>
    startTabStack(seed(), USERS.voorzitter, {
      tabConfig: {
        demoGroupId: DEMO_GROUP_IDS.weert,
        demoUserId: USERS.voorzitter,
        mtGroupId: DEMO_GROUP_IDS.mt,
        demoClock: { now: `${DEMO_TODAY}T09:00:00Z`, speed: 1 },
      },
    }),
  { timeout: 180_000 },
);

describe('several werkgroepen and the MT view', { timeout: 90_000 }, () => {
  it('a member of two werkgroepen switches with the visible picker, and the tab remembers the choice', async () => {
    await open(USERS.both, '#/overzicht');
    await e2e.page.getByRole('heading', { level: 1, name: 'Interactief beleid' }).waitFor({ timeout: 20_000 });
    const picker = e2e.page.getByLabel('Werkgroep', { exact: true });
    await picker.waitFor();
    expect(await picker.locator('option').allTextContents()).toEqual(['Interactief beleid', 'Wijkgericht werken']);
    await picker.selectOption({ label: 'Wijkgericht werken' });
    await e2e.page.getByRole('heading', { level: 1, name: 'Wijkgericht werken' }).waitFor();
    await e2e.page.getByTestId('open-actions').getByText('Kernbezoek Egmond aan Zee voorbereiden').waitFor();
    // axe judges the page once it has loaded, not a spinner on its way out.
    await expect.poll(() => e2e.page.getByText('Even laden…').count(), { timeout: 20_000 }).toBe(0);
    await expectAxeClean(e2e.page, 'werkgroep switched');
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-werkgroep-switch.png`, fullPage: true });
    // No hidden parameter: the address names no group, and a new visit starts on the chosen werkgroep.
    expect(e2e.page.url()).not.toMatch(/group=/);
    await open(USERS.both, '#/overzicht');
    await e2e.page.getByRole('heading', { level: 1, name: 'Wijkgericht werken' }).waitFor();
    // Back to the team's own werkgroep.
    await e2e.page.getByLabel('Werkgroep', { exact: true }).selectOption({ label: 'Interactief beleid' });
    await e2e.page.getByRole('heading', { level: 1, name: 'Interactief beleid' }).waitFor();
  });

  it("in a team's channel tab the team's werkgroep comes first; a choice there is kept for that tab", async () => {
    // Closing a page's own context stops the single-process Chromium; pages stay open until the browser closes.
    const tab = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.addInitScript(
      fakeTeamsHostScript({ context: { entityId: 'overzicht', groupId: DEMO_GROUP_IDS.bergen, teamName: 'Wijkgericht werken', channelId: '19:b@thread.tacv2', userObjectId: USERS.both } }),
    );
    await tab.goto(`${e2e.stack.url}/tab.html#/overzicht`);
    await tab.getByRole('heading', { level: 1, name: 'Wijkgericht werken' }).waitFor({ timeout: 20_000 });
    const picker = tab.getByLabel('Werkgroep', { exact: true });
    await picker.waitFor();
    expect(await picker.inputValue()).toBe(DEMO_GROUP_IDS.bergen);
    await picker.selectOption({ label: 'Interactief beleid' });
    await tab.getByRole('heading', { level: 1, name: 'Interactief beleid' }).waitFor();
    await tab.reload();
    await tab.getByRole('heading', { level: 1, name: 'Interactief beleid' }).waitFor({ timeout: 20_000 });
  });

  it('someone in one werkgroep sees no picker', async () => {
    await open(USERS.voorzitter, '#/overzicht');
    await e2e.page.getByRole('heading', { level: 1, name: 'Interactief beleid' }).waitFor({ timeout: 20_000 });
    await e2e.page.getByTestId('open-actions').waitFor();
    expect(await e2e.page.getByLabel('Werkgroep', { exact: true }).count()).toBe(0);
  });

  it('Mijn acties lists the actions of both werkgroepen, each with its werkgroep', async () => {
    await open(USERS.both, '#/mijn-acties');
    const list = e2e.page.getByTestId('mijn-acties');
    const weert = list.getByTestId('action-item').filter({ hasText: 'Verslag pilot Speelruimteplan samenvatten' });
    const bergen = list.getByTestId('action-item').filter({ hasText: 'Kernbezoek Egmond aan Zee voorbereiden' });
    await weert.waitFor({ timeout: 20_000 });
    await bergen.waitFor();
    expect(await weert.textContent()).toContain('Interactief beleid');
    expect(await bergen.textContent()).toContain('Wijkgericht werken');
    expect(await weert.textContent()).toContain('Uiterlijk 10 december 2026');
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-mijn-acties-twee-werkgroepen.png`, fullPage: true });
  });

  it('the tab counts "today" on the demo clock: an action due on the demo day is due today, not late', async () => {
    await open(USERS.voorzitter, '#/overzicht');
    const item = e2e.page.getByTestId('action-item').filter({ hasText: 'Tekst voor intern nieuwsblad Komeet aanleveren' });
    await item.waitFor({ timeout: 20_000 });
    expect(await item.textContent()).toContain('Vandaag');
    expect(await item.textContent()).not.toContain('Te laat');
  });

  it('an MT-lid sees their results, the overdue actions and the verbeterpunten across both werkgroepen (light, dark, high contrast)', async () => {
    for (const theme of ['default', 'dark', 'contrast']) {
      await open(USERS.mt, '#/mt-overzicht', theme);
      const view = e2e.page.getByTestId('mt-overzicht');
      await view.waitFor({ timeout: 20_000 });
      await e2e.page.getByRole('link', { name: 'MT-overzicht' }).and(e2e.page.locator('[aria-current="page"]')).waitFor();
      const results = view.getByTestId('mt-resultaat');
      expect(await results.count()).toBe(5);
      expect(await results.first().textContent()).toContain('Interactief beleid');
      const punten = view.getByTestId('mt-verbeterpunt');
      expect(await punten.count()).toBe(1);
      expect(await punten.first().textContent()).toContain('Wijkgericht werken');
      expect(await punten.first().textContent()).toMatch(/acties|actie/);
      const late = view.getByTestId('mt-actie');
      const lateText = (await late.allTextContents()).join('\n');
      expect(lateText).toContain('Interactief beleid');
      expect(lateText).toContain('Wijkgericht werken');
      expect(lateText).toContain('Klankbordgroep pilot Speelruimteplan uitnodigen');
      expect(lateText).not.toContain('Tekst voor intern nieuwsblad Komeet aanleveren');
      await view.getByText('Je ziet alleen werkgroepen waar je zelf lid van bent.', { exact: false }).waitFor();
      await e2e.page.waitForTimeout(300);
      await expectAxeClean(e2e.page, `MT view ${theme}`);
      await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-mt-overzicht-${theme}.png`, fullPage: true });
    }
  });

  it('a member who is not in the MT gets a plain explanation and no MT link', async () => {
    await open(USERS.voorzitter, '#/mt-overzicht');
    const uitleg = e2e.page.getByTestId('mt-overzicht-uitleg');
    await uitleg.waitFor({ timeout: 20_000 });
    expect(await uitleg.textContent()).toContain('Dit overzicht is voor leden van het MT.');
    expect(await e2e.page.getByTestId('mt-overzicht').count()).toBe(0);
    await expectAxeClean(e2e.page, 'MT view, not MT');
    await e2e.page.screenshot({ path: `${ARTIFACTS}/tab-mt-overzicht-geen-mt.png`, fullPage: true });
    // Elsewhere the navigation offers the MT view only to MT-leden.
    await e2e.page.getByRole('link', { name: 'Overzicht', exact: true }).click();
    await e2e.page.getByTestId('open-actions').waitFor();
    expect(await e2e.page.getByRole('link', { name: 'MT-overzicht' }).count()).toBe(0);
  });

  it('an MT-lid in no werkgroep is told why the view is empty', async () => {
    await open(demoUserId('vermeulen'), '#/mt-overzicht');
    const uitleg = e2e.page.getByTestId('mt-overzicht-uitleg');
    await uitleg.waitFor({ timeout: 20_000 });
    expect(await uitleg.textContent()).toContain('De tab laat alleen werkgroepen zien waar je zelf lid van bent.');
  });

  it("the weekly digest's button opens the MT view in the personal tab", async () => {
    const digest: DigestReminder = {
      key: `digest:${USERS.mt}:2026-11-30`,
      kind: 'weekoverzicht',
      recipient: { type: 'user', userId: USERS.mt },
      weekOf: '2026-11-30',
      werkgroepen: [
        { id: DEMO_GROUP_IDS.weert, naam: 'Interactief beleid' },
        { id: DEMO_GROUP_IDS.bergen, naam: 'Wijkgericht werken' },
      ],
      resultaten: [],
      verbeterpunten: [],
      overdueActions: [],
      changes: { completedActions: [], resultaten: [], verbeterActies: [] },
      unreachable: [],
    };
    const card = JSON.stringify(buildDigestCard(digest, tabLinksFromSettings({ TEAMS_APP_ID: 'teams-app' })));
    const url = /"url":"(https:\/\/teams\.microsoft\.com\/l\/entity\/[^"]+)"/.exec(card)?.[1];
    expect(url).toBeDefined();
    // What Teams does with the link: open the personal tab and pass the subEntityId as the page's subPageId.
    const host = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await host.addInitScript(fakeTeamsHostScript({ context: { entityId: 'mijn-acties', subEntityId: subEntityIdOf(url!)!, userObjectId: USERS.mt, userDisplayName: 'Marc Knaapen' } }));
    await host.goto(`${e2e.stack.url}/tab.html`);
    await host.getByRole('heading', { level: 1, name: 'MT-overzicht' }).waitFor({ timeout: 20_000 });
    await host.getByTestId('mt-overzicht').getByTestId('mt-resultaat').first().waitFor();
    await host.screenshot({ path: `${ARTIFACTS}/tab-mt-overzicht-uit-weekoverzicht.png`, fullPage: true });
    expect(e2e.problems).toEqual([]);
  });
});
