export { demoTenantSeed, DEMO_GROUP_IDS, DEMO_TENANT_ID, DEMO_TEAMS_APP, userId as demoUserId } from './demo-seed.ts';
export type { DemoTenantOptions } from './demo-seed.ts';
export { seedLargeTenant } from './large.ts';
export type { LargeTenantOptions } from './large.ts';
export { WERKGROEP_LIST_COLUMNS, WERKGROEP_LIST_NAMES } from './lists.ts';
export type { WerkgroepListName } from './lists.ts';
