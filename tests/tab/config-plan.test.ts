// The configuration page on a team made in Teams, which has no Planner plan yet: it creates the plan
// (POST /planner/plans, delegated, as the signed-in voorzitter) instead of refusing, against the emulator.
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphTabData } from '../../src/tab/shared/data/graph-data.ts';
import { startHarness } from '../graph/support.ts';
import type { Harness } from '../graph/support.ts';
import { IDS, tabTestSeed } from './support/seed.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('configuration page: the werkgroep\'s Planner plan', () => {
  it('creates the plan when the team has none, once, and then finds it', async () => {
    const seed = { ...tabTestSeed({ now: new Date(), emptyWerkgroep: true }), plans: [], tasks: [] };
    h = await startHarness(seed, IDS.voorzitter);
    const data = createGraphTabData(h.client, { userId: IDS.voorzitter, mtGroupId: IDS.mt });

    const prepared = await data.prepareWerkgroep(IDS.werkgroep);
    expect(prepared.planCreated).toBe(true);
    const plans = [...h.emulator.state.plans.values()].filter((p) => p.groupId === IDS.werkgroep);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.id).toBe(prepared.planId);
    expect(plans[0]!.title).toBe('Werkgroep Interactief beleid');
    expect(h.calls('POST', /^\/planner\/plans$/)).toBe(1);

    // A second run (or another tab) finds the plan and creates nothing.
    const again = await createGraphTabData(h.client, { userId: IDS.voorzitter }).prepareWerkgroep(IDS.werkgroep);
    expect(again).toMatchObject({ planId: prepared.planId });
    expect(again.planCreated).toBeUndefined();
    expect(h.calls('POST', /^\/planner\/plans$/)).toBe(1);
    // And actions can go into it.
    await expect(data.listActions(IDS.werkgroep)).resolves.toEqual([]);
  });

  it('leaves an existing plan alone', async () => {
    h = await startHarness(tabTestSeed({ now: new Date() }), IDS.voorzitter);
    const prepared = await createGraphTabData(h.client, { userId: IDS.voorzitter }).prepareWerkgroep(IDS.werkgroep);
    expect(prepared).toMatchObject({ planId: IDS.plan });
    expect(prepared.planCreated).toBeUndefined();
    expect(h.calls('POST', /^\/planner\/plans$/)).toBe(0);
  });
});
