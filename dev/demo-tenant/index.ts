import { demoTenantSeed as baseDemoTenantSeed, type DemoTenantOptions } from './demo-seed.ts';
import { seedLargeTenant as baseLargeTenant, type LargeTenantOptions } from './large.ts';
import { withBotSiteGrants } from './grants.ts';
import type { TenantSeed } from '../graph-emulator/index.ts';

export { DEMO_GROUP_IDS, DEMO_TENANT_ID, DEMO_TEAMS_APP, userId as demoUserId } from './demo-seed.ts';
export type { DemoTenantOptions } from './demo-seed.ts';
export type { LargeTenantOptions } from './large.ts';
export { withBotSiteGrants } from './grants.ts';

/** The demo tenant, with the bot's Sites.Selected grants on the werkgroep sites. */
export const demoTenantSeed = (options?: DemoTenantOptions): TenantSeed => withBotSiteGrants(baseDemoTenantSeed(options));
/** A tenant of any size for benchmarks, granted like the demo tenant. */
export const seedLargeTenant = (options: LargeTenantOptions): TenantSeed => withBotSiteGrants(baseLargeTenant(options));
