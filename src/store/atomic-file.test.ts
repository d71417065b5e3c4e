import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-file.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'atomic-file-'));
const temps = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const d = dir();
    const file = join(d, 'tenant.json');
    writeFileSync(file, '{"v":1}');
    await writeFileAtomic(file, '{"v":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"v":2}');
    expect(temps(d)).toEqual([]);
  });

  it('keeps the old file and no temp file when the rename fails', async () => {
    const d = dir();
    // The target is a folder: writing the temp file works, the rename does not.
    const file = join(d, 'bezet');
    await import('node:fs').then((fs) => fs.mkdirSync(join(file, 'x'), { recursive: true }));
    await expect(writeFileAtomic(file, 'nieuw')).rejects.toThrow();
    expect(temps(d)).toEqual([]);
  });
});

describe('removeStaleTempFiles', () => {
  it('removes only the temp files of that file', () => {
    const d = dir();
    const file = join(d, 'chat.json');
    for (const f of ['chat.json', 'chat.json.123.ab12cd34.tmp', 'chat.json.9.tmp', 'tenant.json.1.aa.tmp', 'chat.jsonx.1.tmp', 'notes.tmp']) writeFileSync(join(d, f), 'x');
    expect(removeStaleTempFiles(file).sort()).toEqual(['chat.json.123.ab12cd34.tmp', 'chat.json.9.tmp']);
    expect(readdirSync(d).sort()).toEqual(['chat.json', 'chat.jsonx.1.tmp', 'notes.tmp', 'tenant.json.1.aa.tmp']);
    expect(removeStaleTempFiles(join(d, 'missing', 'x.json'))).toEqual([]);
  });
});

describe('killed while writing', () => {
  const moduleUrl = new URL('./atomic-file.ts', import.meta.url).href;

  /** A child process that rewrites the file as fast as it can, each version a complete JSON document. */
  function writer(file: string) {
    const script = `
      const { writeFileAtomic } = await import(${JSON.stringify(moduleUrl)});
      const pad = 'x'.repeat(200_000);
      for (let i = 1; ; i++) {
        await writeFileAtomic(${JSON.stringify(file)}, JSON.stringify({ i, pad }));
        if (i === 1) process.stdout.write('ready\\n');
      }`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return { child, ready, exited };
  }

  it('the file is always whole, and no temp file stays once it is opened again', async () => {
    const d = dir();
    const file = join(d, 'tenant.json');
    let sawTemp = false;
    for (let round = 0; round < 4; round++) {
      const w = writer(file);
      await w.ready;
      await new Promise((r) => setTimeout(r, 20 + round * 37));
      w.child.kill('SIGKILL');
      await w.exited;
      sawTemp ||= temps(d).length > 0;
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { i: number };
      expect(doc.i).toBeGreaterThan(0);
      removeStaleTempFiles(file);
      expect(temps(d)).toEqual([]);
      expect(existsSync(file)).toBe(true);
    }
    // Not asserted (timing), but reported when the kills never hit a write in progress.
    if (!sawTemp) console.info('no kill landed between write and rename in this run');
  }, 60_000);
});
