import { demoTenantSeed as baseDemoTenantSeed, type DemoTenantOptions } from './demo-seed.ts';
import { seedLargeTenant as baseLargeTenant, type LargeTenantOptions } from './large.ts';
import { withBotSiteGrants } from './grants.ts';
import { withParticipatie } from './participatie.ts';
import type { TenantSeed } from '../graph-emulator/index.ts';
import { toAmsterdamDate } from '../../src/workgroups/index.ts';

export { DEMO_GROUP_IDS, DEMO_TENANT_ID, DEMO_TEAMS_APP, userId as demoUserId } from './demo-seed.ts';
export type { DemoTenantOptions } from './demo-seed.ts';
export type { LargeTenantOptions } from './large.ts';
export { withBotSiteGrants } from './grants.ts';
export { DEMO_PARTICIPATION_SITE_ID } from './participatie.ts';
export { seedDemoProfile } from './profiel.ts';

/**
 * The demo tenant, with the bot's Sites.Selected grants on the werkgroep sites (read) and on the
 * participation site with its traject register (write).
 */
export function demoTenantSeed(options: DemoTenantOptions = {}): TenantSeed {
  const today = options.today ?? toAmsterdamDate(new Date().toISOString());
  return withBotSiteGrants(withParticipatie(baseDemoTenantSeed({ ...options, today }), today));
}
/** A tenant of any size for benchmarks, granted like the demo tenant. */
export const seedLargeTenant = (options: LargeTenantOptions): TenantSeed => withBotSiteGrants(baseLargeTenant(options));
