export { buildEmulator, generateTls } from './emulator.ts';
export type { Emulator, EmulatorOptions, RequestLogEntry, TlsMaterial } from './emulator.ts';
export type { Store as EmulatorState } from './store.ts';
export type { FaultHandle, FaultPlan, FaultRule, FaultStatus, StaleWriteRule } from './faults.ts';
export type { DevTokenOptions } from './dev-token.ts';
export { GRAPH_AUDIENCE } from './dev-token.ts';
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
  SeedTask,
  SeedTeamsApp,
  SeedUser,
  TenantSeed,
} from './types.ts';
