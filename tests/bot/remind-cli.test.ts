// `npm run remind`: dev/start/remind.ts passes the demo tenant into the bot's reminder command, so a dry run
// works without Microsoft 365; the production entry (bot/remind-cli.ts) has no demo and refuses without a tenant.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { settingDescriptions } from '../../src/config/index.ts';
import { botText } from '../../src/text/ui-bot.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'remind-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(entry: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [...Object.keys(settingDescriptions), 'MANAGED_IDENTITY_CLIENT_ID', 'AZURE_TABLES_CONNECTION_STRING']) delete env[name];
  env.DATA_DIR = dataDir; // after the clean-up: DATA_DIR is a setting too
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the reminder command', { timeout: 60_000 }, () => {
  it('npm run remind runs a dry run on the demo tenant when no tenant is configured', async () => {
    const script = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts.remind as string;
    const entry = script.replace(/^tsx /, '');
    expect(entry.startsWith('dev/')).toBe(true);
    const { code, stdout, stderr } = await run(entry, ['--at', '2026-12-01T08:00', '--dry-run']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(botText.dryRun.demo);
    expect(stdout).toMatch(/Proefrun voor 1 december 2026 08:00: (1 herinnering zou|[1-9]\d* herinneringen zouden) worden verstuurd/);
    expect(stdout).toMatch(/^- actie verlopen aan /m);
    // The traject register of the demo's participation site: Anouk Verhoeven's terugkoppeling is overdue.
    expect(stdout).toMatch(new RegExp(`^- ${botText.traject.kind['terugkoppeling-verlopen']} aan Anouk Verhoeven: "het nieuwe speelruimteplan"`, 'm'));
    // One word for the due date, and no "werkgroep(en)" or "actie(s)" in what people read.
    expect(stdout).toMatch(/, uiterlijk \d{1,2} \w+ \d{4}\)/);
    expect(stdout).not.toMatch(/klaar op|\((en|s)\)/i);
  });

  it('the production entry has no demo: without a tenant it names the missing settings and exits 1', async () => {
    const { code, stdout, stderr } = await run('bot/remind-cli.ts', ['--at', '2026-12-01T08:00', '--dry-run']);
    expect(code).toBe(1);
    expect(stdout).not.toContain(botText.dryRun.demo);
    expect(stderr).toContain('De bot kan niet starten: TENANT_ID, CLIENT_ID, CLIENT_SECRET ontbreekt');
  });

  it('a wrong option explains the usage and exits 2', async () => {
    const { code, stderr } = await run('dev/start/remind.ts', ['--op', 'morgen']);
    expect(code).toBe(2);
    expect(stderr).toContain('npm run remind -- --at');
  });
});
