import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { removePendingTempFiles, removeStaleTempFiles, writeFileAtomic } from './atomic-file.ts';

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
    mkdirSync(join(file, 'x'), { recursive: true });
    await expect(writeFileAtomic(file, 'nieuw')).rejects.toThrow();
    expect(temps(d)).toEqual([]);
  });

  it('keeps the original when the write itself fails after the temp file was made', async () => {
    const d = dir();
    const file = join(d, 'b.docx');
    writeFileSync(file, 'origineel');
    await expect(writeFileAtomic(file, 42 as unknown as string)).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('origineel');
    expect(temps(d)).toEqual([]);
  });

  it("keeps an existing file's permissions and gives a new file the mode asked for", async () => {
    const d = dir();
    const shared = join(d, 'gedeeld.docx');
    writeFileSync(shared, 'oud');
    chmodSync(shared, 0o640);
    await writeFileAtomic(shared, 'nieuw', { mode: 0o600 });
    expect(statSync(shared).mode & 0o777).toBe(0o640);
    const state = join(d, 'tenant.json');
    await writeFileAtomic(state, '{}', { mode: 0o600 });
    expect(statSync(state).mode & 0o777).toBe(0o600);
  });

  it('writes its temp file hidden next to the file, and removePendingTempFiles takes it away', async () => {
    const d = dir();
    const file = join(d, 'advies.docx');
    // Data that arrives in two parts holds the write open between them (FileHandle.writeFile takes
    // an async iterable), as a large document on a slow disk would when a signal comes.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    async function* parts() {
      yield Buffer.from('eerste deel');
      await held;
      yield Buffer.from('tweede deel');
    }
    const writing = writeFileAtomic(file, parts() as unknown as Uint8Array);
    while (temps(d).length === 0) await new Promise((r) => setTimeout(r, 5));
    expect(temps(d)[0]).toMatch(new RegExp(`^\\.advies\\.docx\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`));
    removePendingTempFiles();
    expect(temps(d)).toEqual([]);
    release();
    // Without its temp file the rename fails, and the document's name was never taken.
    await expect(writing).rejects.toThrow();
    expect(existsSync(file)).toBe(false);
  });
});

/** The pid of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

describe('removeStaleTempFiles', () => {
  it('removes only the temp files of that file left by processes that have ended', async () => {
    const d = dir();
    const file = join(d, 'chat.json');
    const dead = await deadPid();
    const names = [
      'chat.json',
      `.chat.json.${dead}.ab12cd34.tmp`,
      // The visible names of older versions.
      `chat.json.${dead}.ab12cd34.tmp`,
      `chat.json.${dead}.tmp`,
      // A write of a process that still runs (this one) is in progress.
      `.chat.json.${process.pid}.0badf00d.tmp`,
      `.tenant.json.${dead}.aa.tmp`,
      `chat.jsonx.${dead}.tmp`,
      'notes.tmp',
    ];
    for (const f of names) writeFileSync(join(d, f), 'x');
    expect(removeStaleTempFiles(file).sort()).toEqual([`.chat.json.${dead}.ab12cd34.tmp`, `chat.json.${dead}.ab12cd34.tmp`, `chat.json.${dead}.tmp`].sort());
    expect(readdirSync(d).sort()).toEqual([`.chat.json.${process.pid}.0badf00d.tmp`, `.tenant.json.${dead}.aa.tmp`, 'chat.json', `chat.jsonx.${dead}.tmp`, 'notes.tmp'].sort());
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
