import { createHash } from 'node:crypto';
import { AzureNamedKeyCredential, RestError, TableClient, odata, type TableEntityResult } from '@azure/data-tables';
import { AppError } from '../text/index.ts';
import type { TokenCredential } from '@azure/identity';
import { canTakeOver, normalizeInstant } from './rules.ts';
import {
  SCHEMA_VERSION,
  type BotStore,
  type ClaimInput,
  type ClaimResult,
  type ConversationRef,
  type InstallationRecord,
  type InstallationStatus,
  type LedgerEntry,
  type LedgerState,
  type SnoozeRecord,
  type UserPreferences,
} from './types.ts';

export interface AzureTablesStoreOptions {
  /** A storage connection string (production: from Key Vault), or endpoint + account + key. */
  connectionString?: string;
  endpoint?: string;
  accountName?: string;
  accountKey?: string;
  /** A Microsoft Entra credential (production: the web app's managed identity), used with `endpoint`. */
  credential?: TokenCredential;
  /** Prefix for table names, so several environments can share one account. */
  tablePrefix?: string;
  /** Only for the local emulator (Azurite) over http on loopback. */
  allowInsecureConnection?: boolean;
  /** Retries of the SDK for transient failures (default 3). */
  maxRetries?: number;
}

type Name = 'meta' | 'conversations' | 'ledger' | 'preferences' | 'snoozes' | 'installations' | 'state';

// Tables that each schema version adds; the version lives in the meta table.
const MIGRATIONS: readonly (readonly Name[])[] = [['conversations', 'ledger', 'preferences', 'snoozes'], ['installations'], ['state']];

// Azure Tables keeps at most 64 KiB per property; long texts are stored as UTF-8 bytes (Edm.Binary, base64
// on the wire, which also keeps multi-byte characters intact) split over several properties.
const CHUNK_BYTES = 60_000;
const MAX_CHUNKS = 15;

function toChunks(prefix: string, value: string): Record<string, Uint8Array | number> {
  const bytes = Buffer.from(value, 'utf8');
  const parts = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
  if (parts > MAX_CHUNKS) throw new AppError('STORE.INVALID_RECORD', { details: { field: prefix, bytes: bytes.length } });
  const out: Record<string, Uint8Array | number> = { [`${prefix}Parts`]: parts };
  for (let i = 0; i < parts; i++) out[`${prefix}${i}`] = new Uint8Array(bytes.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES));
  return out;
}

function fromChunks(prefix: string, entity: Record<string, unknown>): string {
  const parts = Number(entity[`${prefix}Parts`] ?? 0);
  const buffers: Buffer[] = [];
  for (let i = 0; i < parts; i++) {
    const v = entity[`${prefix}${i}`];
    if (!(v instanceof Uint8Array)) throw new AppError('STORE.INVALID_RECORD', { details: { field: prefix } });
    buffers.push(Buffer.from(v));
  }
  return Buffer.concat(buffers).toString('utf8');
}

/**
 * The service's rules for PartitionKey and RowKey, checked before any call so an impossible key is a clear
 * STORE.KEY_INVALID instead of a 400 from the service (STORE.UNAVAILABLE): at most 1 KiB each, counted as
 * UTF-16 (512 code units; Azurite refuses the 513th), and none of / \ # ? or the control characters
 * U+0000–U+001F and U+007F–U+009F.
 * https://learn.microsoft.com/en-us/rest/api/storageservices/understanding-the-table-service-data-model
 */
export const MAX_TABLE_KEY_BYTES = 1024;
// eslint-disable-next-line no-control-regex
const DISALLOWED_IN_KEY = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

export function checkTableKey(field: 'PartitionKey' | 'RowKey', value: string): string {
  const bytes = value.length * 2;
  if (bytes > MAX_TABLE_KEY_BYTES) throw new AppError('STORE.KEY_INVALID', { details: { field, reason: 'too-long', bytes } });
  if (DISALLOWED_IN_KEY.test(value)) throw new AppError('STORE.KEY_INVALID', { details: { field, reason: 'character' } });
  return value;
}

/** Ids become row keys as base64url, which has none of the disallowed characters; the length is still checked. */
function keyOf(id: string): string {
  return checkTableKey('RowKey', Buffer.from(id, 'utf8').toString('base64url'));
}

function ledgerPartition(key: string): string {
  return `l${createHash('sha256').update(key).digest('hex').slice(0, 2)}`;
}

function statusOf(error: unknown): number | undefined {
  return error instanceof RestError ? error.statusCode : undefined;
}

function mapError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('STORE.UNAVAILABLE', { cause: error, details: { status: statusOf(error) ?? 0 } });
}

async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw mapError(error);
  }
}

type LedgerProps = {
  key: string;
  state: LedgerState;
  owner: string;
  leaseUntil: string;
  attempts: number;
  createdAt: string;
  updatedAt: string;
  nextAttemptAt?: string;
  sentAt?: string;
  activityId?: string;
  lastError?: string;
  payloadParts: number;
  [chunk: `payload${number}`]: Uint8Array;
};

function toLedgerProps(e: LedgerEntry): LedgerProps {
  const props: LedgerProps = {
    key: e.key,
    state: e.state,
    owner: e.owner,
    leaseUntil: e.leaseUntil,
    attempts: e.attempts,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    ...(toChunks('payload', e.payload) as { payloadParts: number }),
  };
  if (e.nextAttemptAt) props.nextAttemptAt = e.nextAttemptAt;
  if (e.sentAt) props.sentAt = e.sentAt;
  if (e.activityId) props.activityId = e.activityId;
  if (e.lastError) props.lastError = e.lastError;
  return props;
}

function toLedgerEntry(p: TableEntityResult<LedgerProps>): LedgerEntry {
  const payload = fromChunks('payload', p as unknown as Record<string, unknown>);
  const e: LedgerEntry = {
    key: p.key,
    state: p.state,
    owner: p.owner,
    leaseUntil: p.leaseUntil,
    attempts: p.attempts,
    payload,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
  if (p.nextAttemptAt) e.nextAttemptAt = p.nextAttemptAt;
  if (p.sentAt) e.sentAt = p.sentAt;
  if (p.activityId) e.activityId = p.activityId;
  if (p.lastError) e.lastError = p.lastError;
  return e;
}

function parseData<T>(data: unknown): T {
  if (typeof data !== 'string') throw new AppError('STORE.INVALID_RECORD', { details: { field: 'data' } });
  try {
    return JSON.parse(data) as T;
  } catch (cause) {
    throw new AppError('STORE.INVALID_RECORD', { cause });
  }
}

/** Opens the production store on Azure Table Storage, creating or migrating its tables. */
export async function openAzureTablesStore(options: AzureTablesStoreOptions): Promise<BotStore> {
  const prefix = options.tablePrefix ?? 'pwt';
  const clientOptions = {
    allowInsecureConnection: options.allowInsecureConnection ?? false,
    retryOptions: { maxRetries: options.maxRetries ?? 3 },
  };
  const make = (name: Name): TableClient => {
    const table = `${prefix}${name}`;
    if (options.connectionString) return TableClient.fromConnectionString(options.connectionString, table, clientOptions);
    if (options.endpoint && options.credential) return new TableClient(options.endpoint, table, options.credential, clientOptions);
    if (!options.endpoint || !options.accountName || !options.accountKey)
      throw new AppError('STORE.UNAVAILABLE', { details: { reason: 'config' } });
    return new TableClient(options.endpoint, table, new AzureNamedKeyCredential(options.accountName, options.accountKey), clientOptions);
  };
  let clients: Record<Name, TableClient>;
  try {
    clients = {
      meta: make('meta'),
      conversations: make('conversations'),
      ledger: make('ledger'),
      preferences: make('preferences'),
      snoozes: make('snoozes'),
      installations: make('installations'),
      state: make('state'),
    };
  } catch (error) {
    // A malformed connection string fails here, before any request.
    throw mapError(error);
  }
  await guard(() => migrate(clients));
  return new AzureTablesStore(clients);
}

async function readVersion(meta: TableClient): Promise<number> {
  try {
    const e = await meta.getEntity<{ version: number }>('meta', 'schema');
    return e.version;
  } catch (error) {
    if (statusOf(error) === 404) return 0;
    throw error;
  }
}

async function migrate(clients: Record<Name, TableClient>): Promise<void> {
  await clients.meta.createTable();
  const current = await readVersion(clients.meta);
  if (current > SCHEMA_VERSION) throw new AppError('STORE.SCHEMA_TOO_NEW', { details: { found: current, supported: SCHEMA_VERSION } });
  // Creating a table is idempotent, so a migration interrupted half-way simply runs again.
  for (let v = current; v < SCHEMA_VERSION; v++) {
    for (const name of MIGRATIONS[v]!) await clients[name].createTable();
    await clients.meta.upsertEntity({ partitionKey: 'meta', rowKey: 'schema', version: v + 1 }, 'Replace');
  }
}

class AzureTablesStore implements BotStore {
  readonly kind = 'azure-tables' as const;

  constructor(private readonly t: Record<Name, TableClient>) {}

  schemaVersion(): Promise<number> {
    return guard(() => readVersion(this.t.meta));
  }

  async close(): Promise<void> {
    // The SDK keeps no open handles that need closing.
  }

  saveConversation(ref: ConversationRef): Promise<void> {
    return guard(async () => {
      await this.t.conversations.upsertEntity(
        {
          partitionKey: 'c',
          rowKey: keyOf(ref.conversationId),
          scope: ref.scope,
          userId: ref.userId ?? '',
          werkgroepId: ref.werkgroepId ?? '',
          data: JSON.stringify(ref),
        },
        'Replace',
      );
    });
  }

  removeConversation(conversationId: string): Promise<boolean> {
    return guard(async () => {
      try {
        await this.t.conversations.deleteEntity('c', keyOf(conversationId));
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }

  getConversation(conversationId: string): Promise<ConversationRef | undefined> {
    return guard(() => this.getData<ConversationRef>(this.t.conversations, 'c', keyOf(conversationId)));
  }

  findPersonalConversation(userId: string): Promise<ConversationRef | undefined> {
    return guard(async () => (await this.query<ConversationRef>(this.t.conversations, odata`userId eq ${userId} and scope eq 'personal'`, 1))[0]);
  }

  findWerkgroepConversation(werkgroepId: string): Promise<ConversationRef | undefined> {
    return guard(
      async () => (await this.query<ConversationRef>(this.t.conversations, odata`werkgroepId eq ${werkgroepId} and scope eq 'team'`, 1))[0],
    );
  }

  listConversations(): Promise<ConversationRef[]> {
    return guard(async () =>
      (await this.query<ConversationRef>(this.t.conversations)).sort((a, b) => a.conversationId.localeCompare(b.conversationId)),
    );
  }

  claim(input: ClaimInput): Promise<ClaimResult> {
    return guard(async () => {
      const now = normalizeInstant(input.now);
      const leaseUntil = new Date(Date.parse(now) + input.leaseMs).toISOString();
      const pk = ledgerPartition(input.key);
      const rk = keyOf(input.key);
      const fresh: LedgerEntry = {
        key: input.key,
        state: 'claimed',
        owner: input.owner,
        leaseUntil,
        attempts: 1,
        payload: input.payload,
        createdAt: now,
        updatedAt: now,
      };
      try {
        // The conditional insert: the service refuses a second entity with the same keys (409).
        await this.t.ledger.createEntity({ partitionKey: pk, rowKey: rk, ...toLedgerProps(fresh) });
        return { claimed: true as const, takeover: false, entry: fresh };
      } catch (error) {
        if (statusOf(error) !== 409) throw error;
      }
      const current = await this.t.ledger.getEntity<LedgerProps>(pk, rk);
      const entry = toLedgerEntry(current);
      if (!canTakeOver(entry, now)) return { claimed: false as const, entry };
      const next: LedgerEntry = { ...entry, state: 'claimed', owner: input.owner, leaseUntil, attempts: entry.attempts + 1, updatedAt: now };
      delete next.nextAttemptAt;
      try {
        await this.t.ledger.updateEntity({ partitionKey: pk, rowKey: rk, ...toLedgerProps(next) }, 'Replace', { etag: current.etag });
        return { claimed: true as const, takeover: true, entry: next };
      } catch (error) {
        if (statusOf(error) !== 412) throw error;
        const latest = await this.t.ledger.getEntity<LedgerProps>(pk, rk);
        return { claimed: false as const, entry: toLedgerEntry(latest) };
      }
    });
  }

  markSent(key: string, owner: string, at: string, activityId?: string): Promise<boolean> {
    const when = normalizeInstant(at);
    return this.transition(key, owner, (e) => {
      const next: LedgerEntry = { ...e, state: 'sent', sentAt: when, updatedAt: when };
      if (activityId) next.activityId = activityId;
      delete next.lastError;
      return next;
    });
  }

  release(key: string, owner: string, nextAttemptAt: string, errorCode: string, now: string): Promise<boolean> {
    const retryAt = normalizeInstant(nextAttemptAt);
    const when = normalizeInstant(now);
    return this.transition(key, owner, (e) => ({ ...e, state: 'retry', nextAttemptAt: retryAt, lastError: errorCode, updatedAt: when }));
  }

  markUnreachable(key: string, owner: string, at: string, errorCode: string): Promise<boolean> {
    const when = normalizeInstant(at);
    return this.transition(key, owner, (e) => ({ ...e, state: 'unreachable', lastError: errorCode, updatedAt: when }));
  }

  getEntry(key: string): Promise<LedgerEntry | undefined> {
    return guard(async () => {
      try {
        return toLedgerEntry(await this.t.ledger.getEntity<LedgerProps>(ledgerPartition(key), keyOf(key)));
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    });
  }

  listDue(now: string, limit = 500): Promise<LedgerEntry[]> {
    const at = normalizeInstant(now);
    return this.ledgerQuery(odata`(state eq 'claimed' and leaseUntil le ${at}) or (state eq 'retry' and nextAttemptAt le ${at})`, limit);
  }

  listByState(state: LedgerState, limit = 1000): Promise<LedgerEntry[]> {
    return this.ledgerQuery(odata`state eq ${state}`, limit);
  }

  getPreferences(userId: string): Promise<UserPreferences | undefined> {
    return guard(() => this.getData<UserPreferences>(this.t.preferences, 'p', keyOf(userId)));
  }

  savePreferences(prefs: UserPreferences): Promise<void> {
    return guard(async () => {
      await this.t.preferences.upsertEntity({ partitionKey: 'p', rowKey: keyOf(prefs.userId), data: JSON.stringify(prefs) }, 'Replace');
    });
  }

  listPreferences(): Promise<UserPreferences[]> {
    return guard(async () => (await this.query<UserPreferences>(this.t.preferences)).sort((a, b) => a.userId.localeCompare(b.userId)));
  }

  saveSnooze(s: SnoozeRecord): Promise<void> {
    return guard(async () => {
      await this.t.snoozes.upsertEntity({ partitionKey: 's', rowKey: keyOf(s.actionId), data: JSON.stringify(s) }, 'Replace');
    });
  }

  removeSnooze(actionId: string): Promise<void> {
    return guard(async () => {
      try {
        await this.t.snoozes.deleteEntity('s', keyOf(actionId));
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    });
  }

  listSnoozes(): Promise<SnoozeRecord[]> {
    return guard(async () => (await this.query<SnoozeRecord>(this.t.snoozes)).sort((a, b) => a.actionId.localeCompare(b.actionId)));
  }

  saveInstallation(r: InstallationRecord): Promise<void> {
    return guard(async () => {
      await this.t.installations.upsertEntity(
        { partitionKey: 'i', rowKey: keyOf(r.userId), status: r.status, data: JSON.stringify(r) },
        'Replace',
      );
    });
  }

  getInstallation(userId: string): Promise<InstallationRecord | undefined> {
    return guard(() => this.getData<InstallationRecord>(this.t.installations, 'i', keyOf(userId)));
  }

  listInstallations(status?: InstallationStatus): Promise<InstallationRecord[]> {
    return guard(async () =>
      (await this.query<InstallationRecord>(this.t.installations, status ? odata`status eq ${status}` : undefined)).sort((a, b) =>
        a.userId.localeCompare(b.userId),
      ),
    );
  }

  getState(key: string): Promise<string | undefined> {
    return guard(async () => {
      try {
        return fromChunks('value', await this.t.state.getEntity<Record<string, unknown>>('s', keyOf(key)));
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    });
  }

  putStateIfAbsent(key: string, value: string): Promise<boolean> {
    return guard(async () => {
      try {
        await this.t.state.createEntity({ partitionKey: 's', rowKey: keyOf(key), ...toChunks('value', value) });
        return true;
      } catch (error) {
        if (statusOf(error) === 409) return false;
        throw error;
      }
    });
  }

  /** Read, check ownership, write with the entity's ETag; retried when another writer got in between. */
  private transition(key: string, owner: string, change: (e: LedgerEntry) => LedgerEntry): Promise<boolean> {
    return guard(async () => {
      const pk = ledgerPartition(key);
      const rk = keyOf(key);
      for (let attempt = 0; attempt < 5; attempt++) {
        let current: TableEntityResult<LedgerProps>;
        try {
          current = await this.t.ledger.getEntity<LedgerProps>(pk, rk);
        } catch (error) {
          if (statusOf(error) === 404) return false;
          throw error;
        }
        const entry = toLedgerEntry(current);
        if (entry.owner !== owner || entry.state !== 'claimed') return false;
        try {
          await this.t.ledger.updateEntity({ partitionKey: pk, rowKey: rk, ...toLedgerProps(change(entry)) }, 'Replace', {
            etag: current.etag,
          });
          return true;
        } catch (error) {
          if (statusOf(error) !== 412) throw error;
        }
      }
      return false;
    });
  }

  private ledgerQuery(filter: string, limit: number): Promise<LedgerEntry[]> {
    return guard(async () => {
      const out: LedgerEntry[] = [];
      for await (const e of this.t.ledger.listEntities<LedgerProps>({ queryOptions: { filter } })) {
        out.push(toLedgerEntry(e));
      }
      return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key)).slice(0, limit);
    });
  }

  private async getData<T>(client: TableClient, pk: string, rk: string): Promise<T | undefined> {
    try {
      const e = await client.getEntity<{ data: string }>(pk, rk);
      return parseData<T>(e.data);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  private async query<T>(client: TableClient, filter?: string, max = Infinity): Promise<T[]> {
    const out: T[] = [];
    const iter = client.listEntities<{ data: string }>(filter ? { queryOptions: { filter } } : {});
    for await (const e of iter) {
      out.push(parseData<T>(e.data));
      if (out.length >= max) break;
    }
    return out;
  }
}
