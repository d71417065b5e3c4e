// The tab's data port against an emulator that, like Microsoft 365, lets a signed-in user reach only the groups
// they belong to (Planner, group calendar, team site). Each screen's reads, for a werkgroep member and for an
// MT member who is in no werkgroep, must ask nothing that Graph would refuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, demoTenantSeed, demoUserId } from '../../dev/demo-tenant/index.ts';
import { createGraphTabData } from '../../src/tab/shared/data/graph-data.ts';
import type { TabData } from '../../src/tab/shared/data/tab-data.ts';
import { startHarness } from './support.ts';
import type { Harness } from './support.ts';

const today = '2026-12-07';
const window = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
let h: Harness;
beforeAll(async () => {
  h = await startHarness(demoTenantSeed({ today }), demoUserId('verhoeven'));
});
afterAll(async () => {
  await h?.close();
});

const tabAs = (key: string): TabData =>
  createGraphTabData(h.clientAs(demoUserId(key)), { userId: demoUserId(key), mtGroupId: DEMO_GROUP_IDS.mt, now: () => Date.parse(`${today}T08:00:00Z`) });
const refusedSince = (since: number) => h.emulator.log.slice(since).filter((e) => e.status === 403).map((e) => `${e.method} ${e.route ?? e.path}`);

describe('the tab for a werkgroep member', () => {
  it('reads its werkgroep, Mijn acties and the jaarverslag data without a refused call', async () => {
    const before = h.emulator.log.length;
    const tab = tabAs('hendrikx');
    expect((await tab.listMyWerkgroepen()).map((g) => g.id)).toEqual([DEMO_GROUP_IDS.weert]);
    const view = await tab.loadWerkgroep(DEMO_GROUP_IDS.weert);
    // The MT members come from the directory, which membership does not narrow.
    expect(view.mt.map((m) => m.id).sort()).toEqual(['knaapen', 'schouten', 'vermeulen'].map(demoUserId).sort());
    await tab.listMyActions(demoUserId('hendrikx'));
    await Promise.all([tab.listMeetings(DEMO_GROUP_IDS.weert, window), tab.listActions(DEMO_GROUP_IDS.weert), tab.listResultaten(DEMO_GROUP_IDS.weert), tab.listVerbeterpunten(DEMO_GROUP_IDS.weert)]);
    expect(refusedSince(before)).toEqual([]);
  });

  it('is refused another werkgroep, as Microsoft 365 refuses it', async () => {
    const tab = tabAs('hendrikx');
    await expect(tab.listActions(DEMO_GROUP_IDS.bergen)).rejects.toMatchObject({ code: 'GRAPH.FORBIDDEN' });
    await expect(tab.listResultaten(DEMO_GROUP_IDS.bergen)).rejects.toMatchObject({ code: 'GRAPH.FORBIDDEN' });
  });
});

describe('the tab for an MT member who is in no werkgroep', () => {
  it('lists no werkgroepen and no actions, and asks for nothing it may not read', async () => {
    const before = h.emulator.log.length;
    const tab = tabAs('vermeulen');
    expect(await tab.listMyWerkgroepen()).toEqual([]);
    expect(await tab.listMyActions(demoUserId('vermeulen'))).toEqual([]);
    expect(refusedSince(before)).toEqual([]);
  });
});
