// Ports for what Microsoft Graph cannot hold: conversation references, the reminder ledger,
// preferences, snoozes and installation records. Names follow what the bot and scheduler need.

export type ConversationScope = 'personal' | 'team' | 'groupChat';

/** Everything needed to send proactively to a conversation later (ids only, no names). */
export interface ConversationRef {
  conversationId: string;
  serviceUrl: string;
  tenantId: string;
  scope: ConversationScope;
  botId: string;
  /** personal scope: the user's Entra object id. */
  userId?: string;
  /** team scope: the team's Microsoft 365 group id (= werkgroep id) and the channel the bot posts in. */
  werkgroepId?: string;
  teamId?: string;
  channelId?: string;
  installedAt: string;
}

export interface ConversationStore {
  saveConversation(ref: ConversationRef): Promise<void>;
  /** Returns whether something was removed. */
  removeConversation(conversationId: string): Promise<boolean>;
  getConversation(conversationId: string): Promise<ConversationRef | undefined>;
  findPersonalConversation(userId: string): Promise<ConversationRef | undefined>;
  findWerkgroepConversation(werkgroepId: string): Promise<ConversationRef | undefined>;
  listConversations(): Promise<ConversationRef[]>;
}

/**
 * claimed: an instance holds the lease and may send. sent: done.
 * retry: a send failed with a temporary error; due again at nextAttemptAt.
 * unreachable: the recipient has no conversation and none could be made (terminal, shown in the MT digest).
 */
export type LedgerState = 'claimed' | 'sent' | 'retry' | 'unreachable';

export interface LedgerEntry {
  key: string;
  state: LedgerState;
  owner: string;
  leaseUntil: string;
  attempts: number;
  /** What to send, so a retry or a takeover never depends on the policy emitting the reminder again. */
  payload: string;
  createdAt: string;
  updatedAt: string;
  nextAttemptAt?: string;
  sentAt?: string;
  activityId?: string;
  /** An error code only, never text or personal data. */
  lastError?: string;
}

export interface ClaimInput {
  key: string;
  owner: string;
  now: string;
  leaseMs: number;
  payload: string;
}

export type ClaimResult =
  | { claimed: true; entry: LedgerEntry; takeover: boolean }
  | { claimed: false; entry: LedgerEntry };

export interface ReminderLedger {
  /**
   * Conditional insert. An existing entry is taken over only when its lease ran out (the owner crashed)
   * or its retry time has come, and then only by one caller (compare-and-swap on the entry's version).
   */
  claim(input: ClaimInput): Promise<ClaimResult>;
  /** Only the current owner can mark an entry; false when another instance took it over. */
  markSent(key: string, owner: string, at: string, activityId?: string): Promise<boolean>;
  /** Gives the entry back for a later attempt after a temporary failure (429/503). */
  release(key: string, owner: string, nextAttemptAt: string, errorCode: string, now: string): Promise<boolean>;
  markUnreachable(key: string, owner: string, at: string, errorCode: string): Promise<boolean>;
  getEntry(key: string): Promise<LedgerEntry | undefined>;
  /** Entries to reconcile at `now`: expired claims and retries whose time has come. */
  listDue(now: string, limit?: number): Promise<LedgerEntry[]>;
  listByState(state: LedgerState, limit?: number): Promise<LedgerEntry[]>;
}

export interface UserPreferences {
  /** A user id, or a werkgroep (group) id for its channel. */
  userId: string;
  /** 'HH:mm' Europe/Amsterdam; no reminders between start and end (may span midnight). */
  quietHours?: { start: string; end: string };
  /** Reminder kind -> false when switched off; a missing kind is on. */
  kinds?: Partial<Record<string, boolean>>;
  updatedAt: string;
}

export interface PreferenceStore {
  getPreferences(userId: string): Promise<UserPreferences | undefined>;
  savePreferences(prefs: UserPreferences): Promise<void>;
  listPreferences(): Promise<UserPreferences[]>;
}

export interface SnoozeRecord {
  actionId: string;
  /** Only this recipient is snoozed; absent = whoever is trekker. */
  userId?: string;
  /** 'YYYY-MM-DD': no reminders for this action before this date. */
  until: string;
  createdAt: string;
}

export interface SnoozeStore {
  saveSnooze(s: SnoozeRecord): Promise<void>;
  removeSnooze(actionId: string): Promise<void>;
  listSnoozes(): Promise<SnoozeRecord[]>;
}

export type InstallationStatus = 'installed' | 'pending' | 'unreachable';

export interface InstallationRecord {
  userId: string;
  status: InstallationStatus;
  /** An error code only. */
  reason?: string;
  updatedAt: string;
}

export interface InstallationStore {
  saveInstallation(r: InstallationRecord): Promise<void>;
  getInstallation(userId: string): Promise<InstallationRecord | undefined>;
  listInstallations(status?: InstallationStatus): Promise<InstallationRecord[]>;
}

/** Small documents the scheduler keeps between cycles (e.g. last week's statuses for the MT digest). */
export interface StateStore {
  getState(key: string): Promise<string | undefined>;
  /** Conditional insert: the first writer wins, so two instances agree on one snapshot. */
  putStateIfAbsent(key: string, value: string): Promise<boolean>;
}

export interface BotStore
  extends ConversationStore, ReminderLedger, PreferenceStore, SnoozeStore, InstallationStore, StateStore {
  readonly kind: 'sqlite' | 'azure-tables';
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

export const SCHEMA_VERSION = 3;
