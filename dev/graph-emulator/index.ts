export { buildEmulator, generateTls } from './emulator.ts';
export type { Emulator, EmulatorOptions, RequestLogEntry, TlsMaterial } from './emulator.ts';
export { DEV_BOT_APP } from './dev-token.ts';
export { plannerIdFrom, guidFrom } from './http-util.ts';
export { occurrenceId } from './routes-calendar.ts';
export { seedDriveFile } from './routes-drive.ts';
export type {
  ColumnDefinitionInput,
  SeedEvent,
  SeedGroup,
  SeedList,
  SeedListItem,
  SeedPlan,
  SeedSite,
  SeedSiteGrant,
  SeedTask,
  SeedUser,
  TenantSeed,
} from './types.ts';
