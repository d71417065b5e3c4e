export { openAzureTablesStore } from './azure-tables.ts';
export { openSqliteStore } from './sqlite.ts';
export type {
  BotStore,
  ConversationRef,
  ConversationScope,
  LedgerEntry,
  UserPreferences,
} from './types.ts';
