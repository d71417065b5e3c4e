// A signed-in user is in more groups than their werkgroepen: an all-staff team with its own plan, a team
// without a site. Mijn acties and the jaarverslag must take only the groups the configuration page made
// a werkgroep of (their site holds the werkgroep lists), and must create nothing in the other sites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphTabData } from '../../src/tab/shared/data/graph-data.ts';
import { startHarness, testSeed } from './support.ts';
import type { Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  const seed = testSeed();
  seed.groups.push({ id: 'g-alle', displayName: 'Alle medewerkers', mailNickname: 'alle', memberIds: ['u-bert', 'u-anna'], ownerIds: ['u-anna'], team: true });
  seed.plans = [...(seed.plans ?? []), { id: 'p-alle', groupId: 'g-alle', title: 'Personeelsvereniging' }];
  seed.tasks = [...(seed.tasks ?? []), { id: 't-borrel', planId: 'p-alle', title: 'Kerstborrel regelen', dueDateTime: '2026-12-18T11:00:00Z', assigneeIds: ['u-bert'] }];
  seed.sites = [...(seed.sites ?? []), { groupId: 'g-alle', lists: [{ id: 'l-docs', displayName: 'Gedeelde documenten', columns: [], items: [] }] }];
  h = await startHarness(seed, 'u-bert');
});
afterAll(async () => {
  await h?.close();
});

describe('which of my groups are werkgroepen', () => {
  it('only groups whose site holds the werkgroep lists; their plans alone feed Mijn acties', async () => {
    const before = h.emulator.log.length;
    const tab = createGraphTabData(h.clientAs('u-bert'), { userId: 'u-bert', mtGroupId: 'g-mt', now: () => Date.parse('2026-12-07T08:00:00Z') });
    expect((await tab.listMyWerkgroepen()).map((g) => g.id)).toEqual(['g-weert']);
    const mine = (await tab.listMyActions('u-bert')).map((a) => a.actie.id);
    expect(mine).toContain('t-notulen');
    expect(mine).not.toContain('t-borrel');
    const calls = h.emulator.log.slice(before);
    expect(calls.filter((e) => e.path.includes('p-alle'))).toEqual([]);
    expect(calls.filter((e) => e.method !== 'GET' && !e.path.startsWith('/$batch'))).toEqual([]);
  });
});
