// What `npm start` says and does when it cannot start: a tenant without settings (exit 2, each missing
// setting named), a port in use (a Dutch explanation, nothing left running), a wrong option.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingDescriptions } from '../../src/config/index.ts';
import { startText } from '../../src/text/ui-start.ts';
import { runLauncher } from './support.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'start-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The environment without any tenant setting, so only what the test sets counts. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(settingDescriptions)) delete env[name];
  for (const name of ['MANAGED_IDENTITY_CLIENT_ID', 'BOT_MODE', 'AZURE_TABLES_CONNECTION_STRING']) delete env[name];
  return { ...env, ...extra };
}

describe('npm start refuses clearly', { timeout: 60_000 }, () => {
  it('--tenant without settings exits 2 and names every missing setting', async () => {
    // cwd without a .env file: nothing is loaded from disk.
    const run = runLauncher(['--tenant', '--data-dir', join(dir, 'data')], { cwd: dir, env: cleanEnv() });
    const { code } = await run.exited;
    expect(code).toBe(2);
    const err = run.stderr();
    expect(err).toContain(startText.launcher.tenantMissing);
    for (const name of ['PUBLIC_BASE_URL', 'TENANT_ID', 'CLIENT_ID', 'TAB_CLIENT_ID', 'TEAMS_APP_ID', 'MT_GROUP_ID']) {
      expect(err).toMatch(new RegExp(`- ${name}: ontbreekt`));
    }
    expect(run.stdout()).not.toMatch(/https?:\/\//);
  });

  it('--tenant reads .env and names what is still wrong or missing (the secret)', async () => {
    const envDir = mkdtempSync(join(dir, 'env-'));
    const guid = '11111111-2222-4333-8444-555555555555';
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(envDir, '.env'),
      [`PUBLIC_BASE_URL=http://niet-https.example`, `TENANT_ID=${guid}`, `CLIENT_ID=${guid}`, `TAB_CLIENT_ID=${guid}`, `TEAMS_APP_ID=${guid}`, `MT_GROUP_ID=geen-guid`].join('\n'),
    );
    const run = runLauncher(['--tenant', '--data-dir', join(envDir, 'data')], { cwd: envDir, env: cleanEnv() });
    expect((await run.exited).code).toBe(2);
    expect(run.stderr()).toMatch(/- PUBLIC_BASE_URL: moet met https:\/\/ beginnen/);
    expect(run.stderr()).toMatch(/- MT_GROUP_ID: moet een GUID zijn/);
    expect(run.stderr()).not.toMatch(/- TENANT_ID/);
  });

  it('--tenant with valid settings but no secret or managed identity names CLIENT_SECRET', async () => {
    const guid = '11111111-2222-4333-8444-555555555555';
    const env = cleanEnv({ PUBLIC_BASE_URL: 'https://app.example.nl', TENANT_ID: guid, CLIENT_ID: guid, TAB_CLIENT_ID: guid, TEAMS_APP_ID: guid, MT_GROUP_ID: guid });
    const run = runLauncher(['--tenant', '--data-dir', join(dir, 'data2')], { cwd: dir, env });
    expect((await run.exited).code).toBe(2);
    expect(run.stderr()).toMatch(/- CLIENT_SECRET: ontbreekt/);
  });

  it('a port in use gives a Dutch explanation with the way out, and exits 1', async () => {
    const blocker: Server = createServer();
    const port = await new Promise<number>((ok) => blocker.listen(0, '127.0.0.1', () => ok((blocker.address() as { port: number }).port)));
    try {
      // The blocked port is the bot's (base + 1).
      const run = runLauncher(['--port-base', String(port - 1), '--data-dir', join(dir, 'data3'), '--no-build'], { cwd: dir });
      expect((await run.exited).code).toBe(1);
      expect(run.stderr()).toContain(startText.launcher.portTaken(port, startText.parts.bot));
      expect(run.stdout()).not.toMatch(/https?:\/\//);
    } finally {
      await new Promise((ok) => blocker.close(ok));
    }
  });

  it('a wrong option or clock explains itself and exits 2', async () => {
    const bad = runLauncher(['--klok', 'morgen'], { cwd: dir });
    expect((await bad.exited).code).toBe(2);
    expect(bad.stderr()).toContain('npm start -- --help');
    const clock = runLauncher(['--clock', 'morgen'], { cwd: dir });
    expect((await clock.exited).code).toBe(2);
    expect(clock.stderr()).toContain(startText.launcher.badClock);
  });
});
