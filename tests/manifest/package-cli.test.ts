import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const dirs: string[] = [];

async function outDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'pakket-'));
  dirs.push(d);
  return d;
}

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('writes the Teams app zip and the Word add-in manifest', async () => {
    const out = await outDir();
    const { stdout } = await run(tsx, ['manifest/package-cli.ts', '--out', out], { cwd: root });
    expect(stdout).toContain('gecontroleerd en gemaakt');
    const zip = await JSZip.loadAsync(await readFile(join(out, 'participatie-teams-app.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const xml = await readFile(join(out, 'word-addin.xml'), 'utf8');
    expect(xml).toContain('https://localhost:3978/addin/taskpane.html');
  });

  it('refuses --tenant without settings and names them', async () => {
    const out = await outDir();
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    const failure = await run(tsx, [join(root, 'manifest/package-cli.ts'), '--tenant', '--out', out], { cwd: out, env }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 2 });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr).toContain('TENANT_ID: ontbreekt');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
