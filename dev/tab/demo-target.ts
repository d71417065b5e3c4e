import type { TabConfig } from '../../src/tab/app/host.ts';
import { demoTenantSeed } from '../demo-tenant/index.ts';
import { buildEmulator } from '../graph-emulator/index.ts';
import type { DemoGraphTarget } from './graph-proxy.ts';

interface SeedLike {
  users: { id: string; displayName: string }[];
  groups: { id: string; displayName: string; ownerIds: string[]; memberIds: string[] }[];
  plans?: { id: string; groupId: string }[];
  sites?: { id?: string; groupId: string }[];
}

/**
 * The demo's werkgroep and user from a tenant seed: the werkgroep with a plan whose name matches
 * `prefer` (else the first with a plan), its voorzitter as the signed-in user, and the MT group.
 */
export function demoConfigFromSeed(seed: SeedLike, prefer = /interactief/i): TabConfig {
  const withPlan = seed.groups.filter((g) => seed.plans?.some((p) => p.groupId === g.id));
  const group = withPlan.find((g) => prefer.test(g.displayName)) ?? withPlan[0] ?? seed.groups[0];
  const mt = seed.groups.find((g) => g.displayName === 'MT');
  // The site of the group "Participatie" holds the traject register (dev/demo-tenant/participatie.ts).
  const participatie = seed.groups.find((g) => g.displayName === 'Participatie');
  const participationSiteId = seed.sites?.find((s) => s.groupId === participatie?.id)?.id;
  return {
    demo: true,
    ...(group ? { demoGroupId: group.id, demoUserId: group.ownerIds[0] ?? group.memberIds[0] } : {}),
    ...(mt ? { mtGroupId: mt.id } : {}),
    ...(participationSiteId ? { participationSiteId } : {}),
  };
}

/**
 * Starts the Graph emulator with the demo tenant inside this process, for `npm run dev:tab` on its own.
 * `npm start` passes its own emulator instead.
 */
export async function startDemoEmulator(): Promise<{ target: DemoGraphTarget; close(): Promise<void> }> {
  const seed = demoTenantSeed();
  const emulator = buildEmulator({ seed });
  const { url } = await emulator.listen(0, '127.0.0.1');
  return {
    target: {
      emulatorUrl: url.replace(/\/+$/, ''),
      ca: emulator.ca,
      issueToken: (userId) => emulator.issueDevToken(userId),
      tabConfig: demoConfigFromSeed(seed),
    },
    close: () => emulator.close(),
  };
}
