export { openAzureTablesStore } from './azure-tables.ts';
export type { AzureTablesStoreOptions } from './azure-tables.ts';
export { openSqliteStore } from './sqlite.ts';
export type { SqliteStoreOptions } from './sqlite.ts';
export { SCHEMA_VERSION } from './types.ts';
export type {
  BotStore,
  ClaimInput,
  ClaimResult,
  ConversationRef,
  ConversationScope,
  ConversationStore,
  InstallationRecord,
  InstallationStatus,
  InstallationStore,
  LedgerEntry,
  LedgerState,
  PreferenceStore,
  ReminderLedger,
  SnoozeRecord,
  SnoozeStore,
  StateStore,
  UserPreferences,
} from './types.ts';
