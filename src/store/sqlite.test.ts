import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../text/index.ts';
import { runStoreContract } from './contract.test-support.ts';
import { openSqliteStore } from './sqlite.ts';
import { SCHEMA_VERSION } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'store-sqlite-'));
let n = 0;
runStoreContract('sqlite', async () => openSqliteStore({ file: join(dir, `c${n++}.db`) }));

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
  return undefined;
}

describe('sqlite adapter', () => {
  it('refuses a corrupt file with STORE.CORRUPT and leaves it untouched', () => {
    const file = join(dir, 'corrupt.db');
    const junk = 'dit is geen database '.repeat(400);
    writeFileSync(file, junk);
    expect(codeOf(() => openSqliteStore({ file }))).toBe('STORE.CORRUPT');
    expect(readdirSync(dir).filter((f) => f.startsWith('corrupt'))).toEqual(['corrupt.db']);
  });

  it('refuses a file with a damaged page as STORE.CORRUPT', async () => {
    const file = join(dir, 'damaged.db');
    const s = openSqliteStore({ file });
    for (let i = 0; i < 200; i++) await s.saveSnooze({ actionId: `a${i}`, userId: 'u', until: '2026-12-01', createdAt: '2026-12-01T00:00:00Z' });
    await s.close();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 4096 + 100, 4096 * 3);
    writeFileSync(file, bytes);
    expect(codeOf(() => openSqliteStore({ file }))).toBe('STORE.CORRUPT');
  });

  it('gives STORE.LOCKED when another process holds the write lock, and loses nothing', async () => {
    const file = join(dir, 'locked.db');
    const s = openSqliteStore({ file });
    await s.saveInstallation({ userId: 'u1', status: 'installed', updatedAt: '2026-12-01T00:00:00Z' });
    await s.close();
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    const s2 = openSqliteStore({ file, busyTimeoutMs: 50 });
    await expect(s2.saveInstallation({ userId: 'u2', status: 'installed', updatedAt: '2026-12-01T00:00:00Z' })).rejects.toMatchObject({
      code: 'STORE.LOCKED',
    });
    other.exec('ROLLBACK');
    other.close();
    await s2.saveInstallation({ userId: 'u2', status: 'installed', updatedAt: '2026-12-01T00:00:00Z' });
    expect((await s2.listInstallations()).map((r) => r.userId)).toEqual(['u1', 'u2']);
    await s2.close();
  });

  it('migrates a version 1 file to the current schema, keeping data and a backup', async () => {
    const file = join(dir, 'v1.db');
    const db = new Database(file);
    db.exec(`CREATE TABLE conversations (conversation_id TEXT PRIMARY KEY, scope TEXT NOT NULL, user_id TEXT, werkgroep_id TEXT, data TEXT NOT NULL);
      CREATE TABLE ledger (key TEXT PRIMARY KEY, state TEXT NOT NULL, owner TEXT NOT NULL, lease_until TEXT NOT NULL,
        attempts INTEGER NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        next_attempt_at TEXT, sent_at TEXT, activity_id TEXT, last_error TEXT, version INTEGER NOT NULL);
      CREATE TABLE preferences (user_id TEXT PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE snoozes (action_id TEXT PRIMARY KEY, data TEXT NOT NULL);`);
    db.prepare('INSERT INTO preferences VALUES (?, ?)').run('u1', JSON.stringify({ userId: 'u1', kinds: { 'actie-bijna': false }, updatedAt: 'x' }));
    db.pragma('user_version = 1');
    db.close();
    const s = openSqliteStore({ file });
    expect(await s.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(await s.getPreferences('u1')).toMatchObject({ kinds: { 'actie-bijna': false } });
    await s.saveInstallation({ userId: 'u1', status: 'pending', updatedAt: 'x' });
    await s.close();
    expect(readdirSync(dir)).toContain('v1.db.v1.bak');
  });

  it('refuses a file from a newer version instead of guessing', () => {
    const file = join(dir, 'future.db');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(codeOf(() => openSqliteStore({ file }))).toBe('STORE.SCHEMA_TOO_NEW');
  });

  it('says which directory is not writable', () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    try {
      openSqliteStore({ file: join(dir, 'a-file', 'sub', 'bot.db') });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'STORE.NOT_WRITABLE' });
    }
  });

  it('two connections on one file never both claim a key', async () => {
    const file = join(dir, 'shared.db');
    const a = openSqliteStore({ file });
    const b = openSqliteStore({ file });
    let wins = 0;
    for (let i = 0; i < 50; i++) {
      const r = await Promise.all([
        a.claim({ key: `k${i}`, owner: 'A', now: '2026-12-01T08:00:00Z', leaseMs: 1000, payload: '' }),
        b.claim({ key: `k${i}`, owner: 'B', now: '2026-12-01T08:00:00Z', leaseMs: 1000, payload: '' }),
      ]);
      wins += r.filter((x) => x.claimed).length;
    }
    expect(wins).toBe(50);
    await a.close();
    await b.close();
  });
});
