// A small tenant for the card-action tests: two werkgroepen the bot serves (Weert, Bergen), a group the bot
// does not serve whose owner is an outsider, and the MT. Tasks with one, two and three assignees.
import type { SeedTask, TenantSeed } from '../../../dev/graph-emulator/types.ts';

export const G = { weert: 'g-weert', bergen: 'g-bergen', eigen: 'g-eigen', mt: 'g-mt' } as const;
export const P = { weert: 'p-weert', bergen: 'p-bergen', eigen: 'p-eigen' } as const;

/** People by first name; Anouk chairs Weert, Eva chairs Bergen, Mila is an MT-lid in Bergen, Xavier owns a group of his own. */
export const U = {
  anouk: 'u-anouk',
  bram: 'u-bram',
  sanne: 'u-sanne',
  carla: 'u-carla',
  dirk: 'u-dirk',
  eva: 'u-eva',
  mila: 'u-mila',
  xavier: 'u-xavier',
} as const;

const user = (key: keyof typeof U) => {
  const name = key[0]!.toUpperCase() + key.slice(1);
  return { id: U[key], displayName: name, mail: `${key}@gemeente.example`, userPrincipalName: `${key}@gemeente.example` };
};

const task = (id: string, planId: string, title: string, assigneeIds: string[], over: Partial<SeedTask> = {}): SeedTask => ({
  id,
  planId,
  title,
  assigneeIds,
  dueDateTime: '2026-11-20T11:00:00Z',
  createdDateTime: '2026-11-02T09:00:00Z',
  ...over,
});

export function werkgroepenSeed(): TenantSeed {
  return {
    users: (Object.keys(U) as (keyof typeof U)[]).map(user),
    groups: [
      { id: G.weert, displayName: 'Interactief beleid', mailNickname: 'weert', memberIds: [U.anouk, U.bram, U.sanne, U.carla, U.dirk], ownerIds: [U.anouk], team: true },
      { id: G.bergen, displayName: 'Wijkgericht werken', mailNickname: 'bergen', memberIds: [U.eva, U.mila], ownerIds: [U.eva], team: true },
      { id: G.eigen, displayName: 'Eigen groep', mailNickname: 'eigen', memberIds: [U.xavier], ownerIds: [U.xavier], team: true },
      { id: G.mt, displayName: 'MT', mailNickname: 'mt', memberIds: [U.mila], ownerIds: [U.mila] },
    ],
    plans: [
      { id: P.weert, groupId: G.weert, title: 'Interactief beleid' },
      { id: P.bergen, groupId: G.bergen, title: 'Wijkgericht werken' },
      { id: P.eigen, groupId: G.eigen, title: 'Eigen groep' },
    ],
    tasks: [
      task('t-weert', P.weert, 'Verslag rondsturen', [U.bram]),
      task('t-weert-2', P.weert, 'Zaal reserveren', [U.sanne]),
      task('t-bergen', P.bergen, 'Kernbezoek plannen', [U.eva]),
      task('t-eigen', P.eigen, 'Eigen taak', [U.xavier]),
      task('t-een', P.weert, 'Eén trekker', [U.bram]),
      task('t-twee', P.weert, 'Twee trekkers', [U.bram, U.anouk]),
      task('t-twee-b', P.weert, 'Twee trekkers, de voorzitter draagt over', [U.bram, U.anouk]),
      task('t-drie', P.weert, 'Drie trekkers', [U.bram, U.anouk, U.carla]),
      task('t-drie-b', P.weert, 'Drie trekkers, de voorzitter draagt over', [U.bram, U.carla, U.sanne]),
    ],
  };
}
