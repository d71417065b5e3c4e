import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, parseArgs } from '../../src/docx/cli.ts';
import { buildDocx } from '../fixtures/ooxml.ts';
import { adviserenAnswers, voorstel } from '../fixtures/scan-fixtures.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', 'scan', '--', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function memoryIo(): { io: Parameters<typeof main>[1]; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => ({ write: (s: string) => (append(s), true) }) as unknown as NodeJS.WritableStream;
  return {
    io: { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), now: () => new Date('2026-11-23T10:00:00Z') },
    out: () => out,
    err: () => err,
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scan-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run scan', () => {
  it('finishes with exit code 0 on a folder with a broken file and writes the report', async () => {
    const d = join(dir, 'minimum');
    await import('node:fs/promises').then((fs) => fs.mkdir(d));
    await writeFile(join(d, 'kapot.docx'), 'geen zip');
    await writeFile(join(d, 'notitie.txt'), 'notitie');
    const r = await run([d, '--out', join(d, 'rapport.json')]);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(join(d, 'rapport.json'), 'utf8'));
    expect(JSON.stringify(report)).toContain('kapot.docx');
    expect(report.problems[0].message).toMatch(/beschadigd/);
    // Not a TTY here: plain progress lines on stderr.
    expect(r.stderr).toContain('[1/1, 1 overgeslagen] kapot.docx: overgeslagen');
    expect(r.stderr).not.toMatch(/\r/);
  }, 60_000);

  it.each([
    [['--year', '26', 'map']],
    [['map', '--out', 'rapport.pdf']],
    [['--onbekend', 'map']],
    [[]],
    [[join(tmpdir(), 'bestaat-echt-niet-1234')]],
  ])('exits with 2 and a Dutch message on wrong use: %j', async (args) => {
    const m = memoryIo();
    expect(await main(args, m.io)).toBe(2);
    expect(m.err()).toMatch(/^(Zo gebruik je|Het jaar|We kunnen het rapport|De optie|De map)/);
    expect(m.err()).not.toMatch(/\bat \w+ \(/);
  });

  it('prints no stack trace on wrong use through npm', async () => {
    const r = await run(['--year', 'abc', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Het jaar "abc" klopt niet');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('writes a .docx and a .csv report', async () => {
    const d = join(dir, 'rapporten');
    await import('node:fs/promises').then((fs) => fs.mkdir(d));
    await writeFile(
      join(d, 'voorstel.docx'),
      await buildDocx(
        voorstel({
          afdeling: 'Ruimte',
          voorstelnr: 'DJ-1',
          zaaknummer: '7',
          opsteller: 'S',
          portefeuillehouder: 'A. Jansen',
          onderwerp: 'Park.',
          datum: 'Weert, 1 maart 2026',
          participatie: [{ kind: 'p', text: 'Niet van toepassing.' }],
        }),
      ),
    );
    const m = memoryIo();
    // Twice: the report written into the scanned folder must not be scanned as a voorstel.
    expect(await main([d, '--year', '2026', '--out', join(d, 'rapport.docx')], m.io)).toBe(0);
    expect(await main([d, '--year', '2026', '--out', join(d, 'rapport.docx')], m.io)).toBe(0);
    const { value } = await mammoth.extractRawText({ path: join(d, 'rapport.docx') });
    expect(value).toContain('Participatiescan 2026');
    expect(value).toContain('Leeg of alleen "niet van toepassing"');
    expect(value).toMatch(/Documenten gelezen\s+1\b/);
    const csvPath = join(dir, 'rapport.csv');
    expect(await main([d, '--out', csvPath], m.io)).toBe(0);
    const csv = await readFile(csvPath, 'utf8');
    expect(csv.startsWith('\uFEFFBestand;Gelezen;')).toBe(true);
    // Header, the voorstel, and the earlier report, skipped as our own report.
    expect(csv.split('\r\n').filter((l) => l.length > 0)).toHaveLength(3);
    expect(csv).toMatch(/rapport\.docx;nee;Dit is een rapport van de participatiescan/);
  });

  it('inserts the paragraph with --insert and refuses to overwrite hand edits without --force', async () => {
    const d = join(dir, 'insert');
    await import('node:fs/promises').then((fs) => fs.mkdir(d));
    const docPath = join(d, 'voorstel.docx');
    const answersPath = join(d, 'antwoorden.json');
    await writeFile(answersPath, JSON.stringify(adviserenAnswers()));
    await writeFile(
      docPath,
      await buildDocx(
        voorstel({
          afdeling: 'Ruimte',
          voorstelnr: 'DJ-1',
          zaaknummer: '7',
          opsteller: 'S',
          portefeuillehouder: 'A. Jansen',
          onderwerp: 'Park.',
          participatie: [{ kind: 'p', text: 'Zelf geschreven tekst over inwoners die meedachten.' }],
        }),
      ),
    );
    const before = await readFile(docPath);
    const m = memoryIo();
    expect(await main(['--insert', answersPath, docPath], m.io)).toBe(1);
    expect(m.err()).toContain('--force');
    expect(await readFile(docPath)).toEqual(before);

    expect(await main(['--insert', answersPath, docPath, '--force'], m.io)).toBe(0);
    expect(m.out()).toContain('bijgewerkt');
    const { value } = await mammoth.extractRawText({ path: docPath });
    expect(value).not.toContain('Zelf geschreven tekst');
    expect((await stat(docPath)).size).toBeGreaterThan(0);

    await writeFile(answersPath, JSON.stringify({ ...adviserenAnswers(), q7_participatie: 'misschien' }));
    expect(await main(['--insert', answersPath, docPath], m.io)).toBe(1);
    expect(m.err()).toMatch(/De antwoorden in .* kloppen niet/);
  });
});

describe('parseArgs', () => {
  it.each([
    [['map'], { mode: 'scan', folder: 'map' }],
    [['map', '--year=2026', '--out', 'r.csv'], { mode: 'scan', folder: 'map', year: 2026, out: 'r.csv' }],
    [['--insert', 'a.json', 'd.docx', '--force'], { mode: 'insert', answers: 'a.json', document: 'd.docx', force: true }],
    [['--help'], { mode: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });
});
