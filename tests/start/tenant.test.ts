// `npm start -- --tenant` with valid settings, offline: it starts the production composition (bot/compose.ts),
// and its /readyz answers from the last reminder cycle, without reaching Microsoft Graph or Entra per probe.
import { mkdtempSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTenant } from '../../dev/start/tenant.ts';
import type { RunningSystem } from '../../dev/start/system.ts';
import { settingDescriptions } from '../../src/config/index.ts';

const guid = '11111111-2222-4333-8444-555555555555';
let running: RunningSystem | undefined;
let dir: string | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  vi.restoreAllMocks();
});

/** Every host a socket is opened to, in this process. */
function watchConnections(): string[] {
  const hosts: string[] = [];
  const connect = Socket.prototype.connect;
  vi.spyOn(Socket.prototype, 'connect').mockImplementation(function (this: Socket, ...args: unknown[]) {
    const first = args[0];
    const host = typeof first === 'object' && first !== null ? ((first as { host?: string; path?: string }).host ?? (first as { path?: string }).path) : args[1];
    hosts.push(String(host ?? 'localhost'));
    return (connect as (...a: unknown[]) => Socket).apply(this, args);
  } as typeof Socket.prototype.connect);
  return hosts;
}

describe('npm start -- --tenant', () => {
  it('starts with the production composition, and /readyz calls nothing outside this machine', async () => {
    dir = mkdtempSync(join(tmpdir(), 'start-tenant-'));
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of Object.keys(settingDescriptions)) delete env[name];
    Object.assign(env, {
      PUBLIC_BASE_URL: 'https://participatie.example.nl',
      TENANT_ID: guid,
      CLIENT_ID: guid,
      CLIENT_SECRET: 'a-secret-that-is-never-used-here',
      TAB_CLIENT_ID: guid,
      TEAMS_APP_ID: guid,
      MT_GROUP_ID: guid,
      DATA_DIR: join(dir, 'data'),
      // No cycle during the test: the first would ask Entra for a token.
      REMIND_CRON: '0 0 1 1 *',
    });
    const printed: string[] = [];
    const hosts = watchConnections();
    running = await startTenant(
      { reset: false, speed: 1, portBase: 0, dataDir: join(dir, 'data'), build: false, tenant: true, verbose: false, help: false },
      { print: (line) => printed.push(line), log: pino({ level: 'silent' }) },
      env,
    );
    const web = new URL(running.urls[0]!.url);
    const bot = /127\.0\.0\.1:(\d+)/.exec(printed.join('\n'));
    expect(bot).not.toBeNull();
    for (let i = 0; i < 3; i++) {
      const res = await fetch(new URL('/readyz', web));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ready', checks: { store: true, graph: true } });
      expect((await fetch(`http://127.0.0.1:${bot![1]}/readyz`)).status).toBe(200);
    }
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((h) => !['127.0.0.1', 'localhost', '::1'].includes(h))).toEqual([]);
  });
});
