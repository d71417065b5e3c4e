import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../text/index.ts';
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

// Each step moves the schema one version up; never edit a step that has shipped, add a new one.
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE conversations (
     conversation_id TEXT PRIMARY KEY, scope TEXT NOT NULL, user_id TEXT, werkgroep_id TEXT, data TEXT NOT NULL);
   CREATE INDEX conversations_user ON conversations(user_id);
   CREATE INDEX conversations_werkgroep ON conversations(werkgroep_id);
   CREATE TABLE ledger (
     key TEXT PRIMARY KEY, state TEXT NOT NULL, owner TEXT NOT NULL, lease_until TEXT NOT NULL,
     attempts INTEGER NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
     next_attempt_at TEXT, sent_at TEXT, activity_id TEXT, last_error TEXT, version INTEGER NOT NULL);
   CREATE TABLE preferences (user_id TEXT PRIMARY KEY, data TEXT NOT NULL);
   CREATE TABLE snoozes (action_id TEXT PRIMARY KEY, data TEXT NOT NULL);`,
  `CREATE TABLE installations (user_id TEXT PRIMARY KEY, status TEXT NOT NULL, data TEXT NOT NULL);
   CREATE INDEX ledger_state ON ledger(state);`,
  `CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];

interface LedgerRow {
  key: string;
  state: LedgerState;
  owner: string;
  lease_until: string;
  attempts: number;
  payload: string;
  created_at: string;
  updated_at: string;
  next_attempt_at: string | null;
  sent_at: string | null;
  activity_id: string | null;
  last_error: string | null;
  version: number;
}

function toEntry(r: LedgerRow): LedgerEntry {
  const e: LedgerEntry = {
    key: r.key,
    state: r.state,
    owner: r.owner,
    leaseUntil: r.lease_until,
    attempts: r.attempts,
    payload: r.payload,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
  if (r.next_attempt_at) e.nextAttemptAt = r.next_attempt_at;
  if (r.sent_at) e.sentAt = r.sent_at;
  if (r.activity_id) e.activityId = r.activity_id;
  if (r.last_error) e.lastError = r.last_error;
  return e;
}

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Maps SQLite failures to store codes so callers never see driver errors. */
function mapError(error: unknown): never {
  if (error instanceof AppError) throw error;
  const code = sqliteCode(error) ?? '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) throw new AppError('STORE.CORRUPT', { cause: error });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new AppError('STORE.LOCKED', { cause: error });
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM'))
    throw new AppError('STORE.NOT_WRITABLE', { cause: error, details: { dir: 'data' } });
  throw new AppError('STORE.UNAVAILABLE', { cause: error });
}

function guard<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(mapErrorSafe(error));
  }
}

function mapErrorSafe(error: unknown): AppError {
  try {
    mapError(error);
  } catch (mapped) {
    return mapped as AppError;
  }
}

function parseJson<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new AppError('STORE.INVALID_RECORD', { cause });
  }
}

export interface SqliteStoreOptions {
  /** File path, or ':memory:' for tests. */
  file: string;
  /** How long to wait for another process's lock before giving up (ms). */
  busyTimeoutMs?: number;
}

/** Opens (and migrates) the embedded store. Throws STORE.* AppErrors; never rewrites a file it cannot read. */
export function openSqliteStore(options: SqliteStoreOptions): BotStore {
  const { file } = options;
  let db: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  } catch (cause) {
    throw new AppError('STORE.NOT_WRITABLE', { cause, details: { dir: dirname(file) } });
  }
  const existed = file !== ':memory:' && existsSync(file);
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
  } catch (error) {
    if (sqliteCode(error)?.startsWith('SQLITE_CANTOPEN')) throw new AppError('STORE.NOT_WRITABLE', { cause: error, details: { dir: dirname(file) } });
    mapError(error);
  }
  try {
    migrate(db, file, existed);
  } catch (error) {
    db.close();
    mapError(error);
  }
  return new SqliteStore(db);
}

function migrate(db: Database.Database, file: string, existed: boolean): void {
  // Reading the header first: a file that is not a database fails here, before anything is written.
  const current = db.pragma('user_version', { simple: true }) as number;
  const check = db.pragma('quick_check', { simple: true }) as string;
  if (check !== 'ok') throw new AppError('STORE.CORRUPT', { details: { check: String(check).slice(0, 80) } });
  if (current > SCHEMA_VERSION) throw new AppError('STORE.SCHEMA_TOO_NEW', { details: { found: current, supported: SCHEMA_VERSION } });
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  if (current === SCHEMA_VERSION) return;
  if (existed && current > 0) {
    // A copy before changing the schema: an interrupted or faulty migration never costs data.
    // VACUUM INTO writes a consistent copy, including pages still in the WAL.
    db.prepare('VACUUM INTO ?').run(`${file}.v${current}.bak`);
  }
  const run = db.transaction(() => {
    for (let v = current; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  try {
    run.immediate();
  } catch (error) {
    const code = sqliteCode(error) ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
      throw error;
    throw new AppError('STORE.MIGRATION_FAILED', { cause: error });
  }
}

class SqliteStore implements BotStore {
  readonly kind = 'sqlite' as const;
  private readonly stmts;

  constructor(private readonly db: Database.Database) {
    this.stmts = {
      saveConv: db.prepare(
        `INSERT INTO conversations (conversation_id, scope, user_id, werkgroep_id, data) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(conversation_id) DO UPDATE SET scope = excluded.scope, user_id = excluded.user_id,
         werkgroep_id = excluded.werkgroep_id, data = excluded.data`,
      ),
      delConv: db.prepare('DELETE FROM conversations WHERE conversation_id = ?'),
      getConv: db.prepare('SELECT data FROM conversations WHERE conversation_id = ?'),
      convByUser: db.prepare(`SELECT data FROM conversations WHERE user_id = ? AND scope = 'personal' LIMIT 1`),
      convByWerkgroep: db.prepare(`SELECT data FROM conversations WHERE werkgroep_id = ? AND scope = 'team' LIMIT 1`),
      allConv: db.prepare('SELECT data FROM conversations ORDER BY conversation_id'),
      insertLedger: db.prepare(
        `INSERT INTO ledger (key, state, owner, lease_until, attempts, payload, created_at, updated_at, version)
         VALUES (@key, 'claimed', @owner, @leaseUntil, 1, @payload, @now, @now, 1) ON CONFLICT(key) DO NOTHING`,
      ),
      getLedger: db.prepare('SELECT * FROM ledger WHERE key = ?'),
      takeOver: db.prepare(
        `UPDATE ledger SET state = 'claimed', owner = @owner, lease_until = @leaseUntil, attempts = attempts + 1,
         updated_at = @now, next_attempt_at = NULL, version = version + 1 WHERE key = @key AND version = @version`,
      ),
      markSent: db.prepare(
        `UPDATE ledger SET state = 'sent', sent_at = @at, activity_id = @activityId, updated_at = @at, last_error = NULL,
         version = version + 1 WHERE key = @key AND owner = @owner AND state = 'claimed'`,
      ),
      release: db.prepare(
        `UPDATE ledger SET state = 'retry', next_attempt_at = @nextAttemptAt, last_error = @error, updated_at = @now,
         version = version + 1 WHERE key = @key AND owner = @owner AND state = 'claimed'`,
      ),
      unreachable: db.prepare(
        `UPDATE ledger SET state = 'unreachable', last_error = @error, updated_at = @at, version = version + 1
         WHERE key = @key AND owner = @owner AND state = 'claimed'`,
      ),
      due: db.prepare(
        `SELECT * FROM ledger WHERE (state = 'claimed' AND lease_until <= @now) OR (state = 'retry' AND next_attempt_at <= @now)
         ORDER BY created_at LIMIT @limit`,
      ),
      byState: db.prepare('SELECT * FROM ledger WHERE state = ? ORDER BY created_at LIMIT ?'),
      getPref: db.prepare('SELECT data FROM preferences WHERE user_id = ?'),
      savePref: db.prepare('INSERT INTO preferences (user_id, data) VALUES (?, ?) ON CONFLICT(user_id) DO UPDATE SET data = excluded.data'),
      allPref: db.prepare('SELECT data FROM preferences ORDER BY user_id'),
      saveSnooze: db.prepare('INSERT INTO snoozes (action_id, data) VALUES (?, ?) ON CONFLICT(action_id) DO UPDATE SET data = excluded.data'),
      delSnooze: db.prepare('DELETE FROM snoozes WHERE action_id = ?'),
      allSnooze: db.prepare('SELECT data FROM snoozes ORDER BY action_id'),
      saveInst: db.prepare(
        'INSERT INTO installations (user_id, status, data) VALUES (?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET status = excluded.status, data = excluded.data',
      ),
      getInst: db.prepare('SELECT data FROM installations WHERE user_id = ?'),
      allInst: db.prepare('SELECT data FROM installations ORDER BY user_id'),
      instByStatus: db.prepare('SELECT data FROM installations WHERE status = ? ORDER BY user_id'),
      getState: db.prepare('SELECT value FROM state WHERE key = ?'),
      putState: db.prepare('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING'),
    };
  }

  schemaVersion(): Promise<number> {
    return guard(() => this.db.pragma('user_version', { simple: true }) as number);
  }

  close(): Promise<void> {
    return guard(() => {
      if (this.db.open) this.db.close();
    });
  }

  saveConversation(ref: ConversationRef): Promise<void> {
    return guard(() => {
      this.stmts.saveConv.run(ref.conversationId, ref.scope, ref.userId ?? null, ref.werkgroepId ?? null, JSON.stringify(ref));
    });
  }

  removeConversation(conversationId: string): Promise<boolean> {
    return guard(() => this.stmts.delConv.run(conversationId).changes > 0);
  }

  getConversation(conversationId: string): Promise<ConversationRef | undefined> {
    return guard(() => this.one<ConversationRef>(this.stmts.getConv, conversationId));
  }

  findPersonalConversation(userId: string): Promise<ConversationRef | undefined> {
    return guard(() => this.one<ConversationRef>(this.stmts.convByUser, userId));
  }

  findWerkgroepConversation(werkgroepId: string): Promise<ConversationRef | undefined> {
    return guard(() => this.one<ConversationRef>(this.stmts.convByWerkgroep, werkgroepId));
  }

  listConversations(): Promise<ConversationRef[]> {
    return guard(() => this.all<ConversationRef>(this.stmts.allConv));
  }

  claim(input: ClaimInput): Promise<ClaimResult> {
    return guard(() => {
      const now = normalizeInstant(input.now);
      const leaseUntil = new Date(Date.parse(now) + input.leaseMs).toISOString();
      const params = { key: input.key, owner: input.owner, leaseUntil, payload: input.payload, now };
      if (this.stmts.insertLedger.run(params).changes === 1) {
        return { claimed: true as const, takeover: false, entry: toEntry(this.stmts.getLedger.get(input.key) as LedgerRow) };
      }
      const row = this.stmts.getLedger.get(input.key) as LedgerRow;
      const entry = toEntry(row);
      if (!canTakeOver(entry, now)) return { claimed: false as const, entry };
      if (this.stmts.takeOver.run({ ...params, version: row.version }).changes !== 1) {
        return { claimed: false as const, entry: toEntry(this.stmts.getLedger.get(input.key) as LedgerRow) };
      }
      return { claimed: true as const, takeover: true, entry: toEntry(this.stmts.getLedger.get(input.key) as LedgerRow) };
    });
  }

  markSent(key: string, owner: string, at: string, activityId?: string): Promise<boolean> {
    return guard(() => this.stmts.markSent.run({ key, owner, at: normalizeInstant(at), activityId: activityId ?? null }).changes === 1);
  }

  release(key: string, owner: string, nextAttemptAt: string, errorCode: string, now: string): Promise<boolean> {
    return guard(
      () =>
        this.stmts.release.run({ key, owner, nextAttemptAt: normalizeInstant(nextAttemptAt), error: errorCode, now: normalizeInstant(now) })
          .changes === 1,
    );
  }

  markUnreachable(key: string, owner: string, at: string, errorCode: string): Promise<boolean> {
    return guard(() => this.stmts.unreachable.run({ key, owner, at: normalizeInstant(at), error: errorCode }).changes === 1);
  }

  getEntry(key: string): Promise<LedgerEntry | undefined> {
    return guard(() => {
      const row = this.stmts.getLedger.get(key) as LedgerRow | undefined;
      return row ? toEntry(row) : undefined;
    });
  }

  listDue(now: string, limit = 500): Promise<LedgerEntry[]> {
    return guard(() => (this.stmts.due.all({ now: normalizeInstant(now), limit }) as LedgerRow[]).map(toEntry));
  }

  listByState(state: LedgerState, limit = 1000): Promise<LedgerEntry[]> {
    return guard(() => (this.stmts.byState.all(state, limit) as LedgerRow[]).map(toEntry));
  }

  getPreferences(userId: string): Promise<UserPreferences | undefined> {
    return guard(() => this.one<UserPreferences>(this.stmts.getPref, userId));
  }

  savePreferences(prefs: UserPreferences): Promise<void> {
    return guard(() => {
      this.stmts.savePref.run(prefs.userId, JSON.stringify(prefs));
    });
  }

  listPreferences(): Promise<UserPreferences[]> {
    return guard(() => this.all<UserPreferences>(this.stmts.allPref));
  }

  saveSnooze(s: SnoozeRecord): Promise<void> {
    return guard(() => {
      this.stmts.saveSnooze.run(s.actionId, JSON.stringify(s));
    });
  }

  removeSnooze(actionId: string): Promise<void> {
    return guard(() => {
      this.stmts.delSnooze.run(actionId);
    });
  }

  listSnoozes(): Promise<SnoozeRecord[]> {
    return guard(() => this.all<SnoozeRecord>(this.stmts.allSnooze));
  }

  saveInstallation(r: InstallationRecord): Promise<void> {
    return guard(() => {
      this.stmts.saveInst.run(r.userId, r.status, JSON.stringify(r));
    });
  }

  getInstallation(userId: string): Promise<InstallationRecord | undefined> {
    return guard(() => this.one<InstallationRecord>(this.stmts.getInst, userId));
  }

  listInstallations(status?: InstallationStatus): Promise<InstallationRecord[]> {
    return guard(() =>
      status ? this.all<InstallationRecord>(this.stmts.instByStatus, status) : this.all<InstallationRecord>(this.stmts.allInst),
    );
  }

  getState(key: string): Promise<string | undefined> {
    return guard(() => (this.stmts.getState.get(key) as { value: string } | undefined)?.value);
  }

  putStateIfAbsent(key: string, value: string): Promise<boolean> {
    return guard(() => this.stmts.putState.run(key, value).changes === 1);
  }

  private one<T>(stmt: Database.Statement, ...args: unknown[]): T | undefined {
    const row = stmt.get(...args) as { data: string } | undefined;
    return row ? parseJson<T>(row.data) : undefined;
  }

  private all<T>(stmt: Database.Statement, ...args: unknown[]): T[] {
    return (stmt.all(...args) as { data: string }[]).map((r) => parseJson<T>(r.data));
  }
}
