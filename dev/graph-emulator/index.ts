export { buildEmulator, generateTls } from './emulator.ts';
export type { Emulator, EmulatorOptions, RequestLogEntry, TlsMaterial } from './emulator.ts';
export type { Store as EmulatorState } from './store.ts';
export type { FaultHandle, FaultPlan, FaultRule, FaultStatus, StaleWriteRule } from './faults.ts';
export type { DevTokenOptions } from './dev-token.ts';
export { GRAPH_AUDIENCE, DEV_APP_ID, DEV_BOT_APP, DEV_TAB_APP_ID } from './dev-token.ts';
export { PERMISSION_TABLE, SITE_ROLES } from './permissions.ts';
export type { PermissionRow, SiteRole } from './permissions.ts';
export { plannerIdFrom, guidFrom } from './http-util.ts';
export { occurrenceId } from './routes-calendar.ts';
export type {
  ColumnDefinitionInput,
  DateTimeTimeZone,
  PatternedRecurrence,
  RecurrencePattern,
  RecurrenceRange,
  SeedAttendee,
  SeedBucket,
  SeedEvent,
  SeedGroup,
  SeedList,
  SeedListItem,
  SeedPlan,
  SeedReference,
  SeedSite,
  SeedSiteGrant,
  SeedTask,
  SeedTeamsApp,
  SeedUser,
  TenantSeed,
} from './types.ts';
