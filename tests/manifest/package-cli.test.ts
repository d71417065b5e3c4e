import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { readAddinVersion, readWordAddinTemplate, tenantAddinIdentity } from '../../manifest/word-addin.ts';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'manifest/package-cli.ts');
const dirs: string[] = [];

async function outDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'pakket-'));
  dirs.push(d);
  return d;
}

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

// A municipality's settings, passed as the environment (a scratch folder has no .env).
const tenantEnv = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  PUBLIC_BASE_URL: 'https://participatie.weert.example',
  TENANT_ID: '11111111-2222-4333-8444-555555555555',
  CLIENT_ID: '22222222-3333-4444-8555-666666666666',
  CLIENT_SECRET: 'geheim-voor-de-test',
  TAB_CLIENT_ID: '33333333-4444-4555-8666-777777777777',
  TEAMS_APP_ID: '44444444-5555-4666-8777-888888888888',
  MT_GROUP_ID: '55555555-6666-4777-8888-999999999999',
  GEMEENTE_NAAM: 'Gemeente Weert & Nederweert',
};

// Each case starts the CLI in a process of its own (tsx compiles on start): slow on a busy machine.
const CLI_TIMEOUT = 180_000;

describe('npm run package', { timeout: CLI_TIMEOUT }, () => {
  it('demo: a Teams zip named as not for uploading, and the add-in manifest that sideloads with npm run dev:addin', async () => {
    const out = await outDir();
    const { stdout } = await run(tsx, [cli, '--out', out], { cwd: root });
    expect(stdout).toContain('gecontroleerd en gemaakt');
    expect(stdout).toContain('niet om in Teams te uploaden');
    const zip = await JSZip.loadAsync(await readFile(join(out, 'participatie-teams-app-demo-niet-uploaden.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const xml = await readFile(join(out, 'word-addin.xml'), 'utf8');
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(xml).not.toContain('localhost:3978');
    expect(xml).toBe(await readWordAddinTemplate());
  });

  it('tenant: the municipality identity, its support page, and a higher add-in version with every build', async () => {
    const out = await outDir();
    const first = await run(tsx, [cli, '--tenant', '--out', out], { cwd: out, env: tenantEnv });
    const firstXml = await readFile(join(out, 'word-addin.xml'), 'utf8');
    await run(tsx, [cli, '--tenant', '--out', out], { cwd: out, env: tenantEnv });
    const secondXml = await readFile(join(out, 'word-addin.xml'), 'utf8');
    expect(first.stdout).not.toContain('niet om in Teams te uploaden');

    const [v1, v2] = [readAddinVersion(firstXml)!, readAddinVersion(secondXml)!];
    const packageVersion = (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(v1.startsWith(`${packageVersion}.`)).toBe(true);
    expect(Number(v2.split('.')[3])).toBeGreaterThan(Number(v1.split('.')[3]));

    expect(secondXml).toContain(`<Id>${tenantAddinIdentity(tenantEnv).id}</Id>`);
    expect(secondXml).toContain('<ProviderName>Gemeente Weert &amp; Nederweert</ProviderName>');
    expect(secondXml).toContain('<DisplayName DefaultValue="Participatieparagraaf"/>');
    expect(secondXml).toContain('<SupportUrl DefaultValue="https://participatie.weert.example/support.html"/>');
    expect(secondXml).toContain('<SourceLocation DefaultValue="https://participatie.weert.example/addin/taskpane.html"/>');

    const zip = await JSZip.loadAsync(await readFile(join(out, 'participatie-teams-app.zip')));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
      id: string;
      developer: { name: string; privacyUrl: string };
      webApplicationInfo: { nestedAppAuthInfo: { scopes: string[] }[] };
    };
    expect(manifest.id).toBe(tenantEnv.TEAMS_APP_ID);
    expect(manifest.developer.name).toBe(tenantEnv.GEMEENTE_NAAM);
    expect(manifest.developer.privacyUrl).toBe('https://participatie.weert.example/privacy.html');
    expect(manifest.webApplicationInfo.nestedAppAuthInfo[0]!.scopes[0]).toBe('https://graph.microsoft.com/User.ReadBasic.All');
  });

  it('refuses --tenant without settings and names them', async () => {
    const out = await outDir();
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    const failure = await run(tsx, [cli, '--tenant', '--out', out], { cwd: out, env }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 2 });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr).toContain('TENANT_ID: ontbreekt');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
