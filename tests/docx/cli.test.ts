import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, parseArgs } from '../../src/docx/cli.ts';
import { serializeAnswersXml } from '../../src/participation/index.ts';
import { registerToJson } from '../../src/report/register-file.ts';
import type { Traject } from '../../src/participation/index.ts';
import { buildDocx } from '../fixtures/ooxml.ts';
import { addInContent, adviserenAnswers, voorstel } from '../fixtures/scan-fixtures.ts';

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

/** A profile that only changes one sentence of the adviseren level, so the paragraph shows it was used. */
const PROFILE = { gemeentenaam: 'Weert', niveaus: { adviseren: { zinAfgerond: 'Zij gaven ons hun advies' } } };

function parseStored(xml: string): Parameters<typeof serializeAnswersXml>[0] {
  const answers = JSON.parse(/<antwoorden>([^<]*)<\/antwoorden>/.exec(xml)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const generatedHash = /<hash>([^<]*)<\/hash>/.exec(xml)![1]!;
  return { answers, generatedHash };
}

let dir: string;
/** A local web server for --profile <url>: the profile at /profiel.json, 404 elsewhere. */
const server = { url: '', close: () => {} };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scan-cli-'));
  const http = createServer((req, res) => {
    if (req.url === '/profiel.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(PROFILE));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  server.close = () => http.close();
});
afterAll(async () => {
  server.close();
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
    expect(value).toContain('Leeg, alleen "niet van toepassing" of niets over de participatie');
    expect(value).toMatch(/Documenten gelezen\s+1\b/);
    const csvPath = join(dir, 'rapport.csv');
    expect(await main([d, '--out', csvPath], m.io)).toBe(0);
    const csv = await readFile(csvPath, 'utf8');
    expect(csv.startsWith('\uFEFFBestand;Gelezen;')).toBe(true);
    // Header, the voorstel, and the earlier report, skipped as our own report.
    expect(csv.split('\r\n').filter((l) => l.length > 0)).toHaveLength(3);
    expect(csv).toMatch(/rapport\.docx;nee;Dit is een rapport van de participatiescan/);

    // The griffie layout: title page, page numbers, fixed columns that keep each header word whole.
    const zip = await JSZip.loadAsync(await readFile(join(d, 'rapport.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:titlePg/>');
    const footers = await Promise.all(zip.file(/^word\/footer\d+\.xml$/).map((f) => f.async('string')));
    expect(footers.some((f) => f.includes('PAGE') && f.includes('NUMPAGES'))).toBe(true);
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const head = t.split('</w:tr>')[0]!;
      const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(head)?.[1]);
      const cells = head.split('<w:tc>').slice(1).map((c) => [...c.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '));
      cells.forEach((h, i) => {
        const longest = Math.max(...h.split(/\s+/).map((w) => w.length));
        expect(grid[i], `"${h}"`).toBeGreaterThanOrEqual(longest * 120 * (size / 20) + 216);
      });
    }
    const { value: html } = await mammoth.convertToHtml({ path: join(d, 'rapport.docx') });
    expect(html).toContain('<h1>Per afdeling</h1>');
  });

  it('shows in the .docx report which words the scan found in a hand-written text', async () => {
    const d = join(dir, 'evidence');
    await import('node:fs/promises').then((fs) => fs.mkdir(d));
    await writeFile(
      join(d, 'voorstel.docx'),
      await buildDocx(
        voorstel({
          afdeling: 'Sociaal',
          voorstelnr: 'DJ-2',
          zaaknummer: '8',
          opsteller: 'S',
          portefeuillehouder: 'B. Smit',
          onderwerp: 'Buurthuis.',
          participatie: [
            {
              kind: 'p',
              text: 'In maart 2026 hebben we bewoners van de wijk in twee avonden om hun mening gevraagd. Hun ideeën hebben we verwerkt in het plan. In juni krijgen alle deelnemers een brief met wat we met hun inbreng hebben gedaan.',
            },
          ],
        }),
      ),
    );
    const m = memoryIo();
    expect(await main([d, '--out', join(d, 'rapport.docx')], m.io)).toBe(0);
    const { value } = await mammoth.extractRawText({ path: join(d, 'rapport.docx') });
    expect(value).toContain('Gevonden woorden');
    expect(value).toMatch(/terugkoppeling: "[^"]+"/);
    // Every kind of evidence the scan gives has a Dutch name, also "when" and "why not".
    expect(value).toMatch(/wanneer: "[^"]*maart[^"]*"/);
    expect(value).not.toContain('undefined');
    expect(await main([d, '--out', join(d, 'rapport.csv')], m.io)).toBe(0);
    expect(await readFile(join(d, 'rapport.csv'), 'utf8')).not.toContain('undefined');
  });

  it('shows --profile and --raad-report in the help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--profile <bestand|url>');
    expect(r.stdout).toContain('--raad-report verslag.docx');
    expect(r.stdout).toContain('--register trajecten.json');
  }, 60_000);

  it('stops with a Dutch reason when the profile is broken, before it scans or writes anything', async () => {
    const d = join(dir, 'profiel-kapot');
    await import('node:fs/promises').then((fs) => fs.mkdir(d));
    await writeFile(join(d, 'geen-json.json'), '{ "gemeentenaam": "Weert", }');
    await writeFile(join(d, 'fout-veld.json'), JSON.stringify({ niveaus: { adviseren: { label: 7 } } }));
    const cases: [string, RegExp][] = [
      [join(d, 'bestaat-niet.json'), /We konden het gemeenteprofiel .*bestaat-niet\.json niet openen/],
      [join(d, 'geen-json.json'), /Het gemeenteprofiel .*geen-json\.json is geen geldige JSON/],
      [join(d, 'fout-veld.json'), /Het gemeenteprofiel .*fout-veld\.json klopt niet bij het veld "niveaus\.adviseren\.label"/],
      [`${server.url}/ontbreekt.json`, /We konden het gemeenteprofiel niet ophalen van http:\/\/127\.0\.0\.1:\d+\/ontbreekt\.json \(HTTP 404\)/],
    ];
    for (const [profile, message] of cases) {
      const m = memoryIo();
      expect(await main([d, '--profile', profile, '--out', join(d, 'rapport.json')], m.io)).toBe(1);
      expect(m.err()).toMatch(message);
      expect(m.err()).not.toMatch(/\bat \w+ \(/);
      const i = memoryIo();
      expect(await main(['--insert', join(d, 'a.json'), join(d, 'x.docx'), '--profile', profile], i.io)).toBe(1);
      expect(i.err()).toMatch(message);
    }
    await expect(stat(join(d, 'rapport.json'))).rejects.toThrow();
  });

  it('writes the paragraph with the profile from --profile (a file or a URL) with --insert', async () => {
    const d = join(dir, 'profiel-insert');
    await import('node:fs/promises').then((fs) => fs.mkdir(d));
    const answersPath = join(d, 'antwoorden.json');
    await writeFile(answersPath, JSON.stringify(adviserenAnswers()));
    const profilePath = join(d, 'profiel.json');
    await writeFile(profilePath, JSON.stringify(PROFILE));
    for (const profile of [profilePath, `${server.url}/profiel.json`]) {
      const docPath = join(d, `voorstel-${profile.startsWith('http') ? 'url' : 'file'}.docx`);
      await writeFile(
        docPath,
        await buildDocx(voorstel({ afdeling: 'Ruimte', voorstelnr: 'DJ-1', zaaknummer: '7', opsteller: 'S', portefeuillehouder: 'A. Jansen', onderwerp: 'Park.', participatie: [] })),
      );
      const m = memoryIo();
      expect(await main(['--insert', answersPath, docPath, '--profile', profile], m.io)).toBe(0);
      const { value } = await mammoth.extractRawText({ path: docPath });
      expect(value).toContain('Zij gaven ons hun advies');
      expect(value).not.toContain('Zij konden advies geven');
    }
  });

  it('writes the raad report from the scan and the register, counting a registered document once', async () => {
    const d = join(dir, 'raad');
    await import('node:fs/promises').then((fs) => fs.mkdir(d));
    const registered = addInContent(adviserenAnswers());
    const id = '3f0c2a1e-9d4b-4c1a-8e2f-0a1b2c3d4e5f';
    const answersXml = serializeAnswersXml({ ...parseStored(registered.customXml), documentId: id });
    const doc = (onderwerp: string, participatie: Parameters<typeof voorstel>[0]['participatie'], customXml?: string[]) =>
      buildDocx(
        voorstel({
          afdeling: 'Ruimte',
          voorstelnr: 'DJ-1',
          zaaknummer: '7',
          opsteller: 'S',
          portefeuillehouder: 'A. Jansen',
          onderwerp,
          datum: 'Weert, 1 maart 2026',
          participatie,
          ...(customXml ? { customXml } : {}),
        }),
      );
    await writeFile(join(d, 'speelruimte.docx'), await doc('Speelruimtebeleid.', registered.blocks, [answersXml]));
    await writeFile(join(d, 'kapvergunning.docx'), await doc('Kapvergunning.', [{ kind: 'p', text: 'Niet van toepassing.' }]));
    const register: Traject[] = [
      {
        documentId: id,
        onderwerp: 'Speelruimtebeleid',
        opsteller: { naam: 'Sanne de Vries' },
        status: 'afgerond',
        afdeling: 'Ruimte',
        gekozenNiveau: 'adviseren',
        periodeStart: '2026-02-05',
        periodeEind: '2026-03-20',
        aantalDeelnemers: 412,
        inbrengOvergenomen: 'ja',
        terugkoppelingDatum: '2026-04-15',
        terugkoppelingGedaan: true,
      } as Traject,
    ];
    await writeFile(join(d, 'register.json'), registerToJson(register));
    const out = join(d, 'verslag.docx');
    const m = memoryIo();
    expect(await main([d, '--raad-report', out, '--year', '2026', '--register', join(d, 'register.json'), '--gemeente', 'Weert'], m.io)).toBe(0);
    expect(m.err()).toContain(`Het jaarverslag voor de raad staat in ${out}.`);
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain('Participatie in 2026');
    expect(value).toContain('Gemeente Weert');
    expect(value).toContain('Het participatieregister: 1 traject in dit jaar.');
    expect(value).toContain('1 voorstel stond al in het register; die tellen we één keer.');
    expect(value).toContain('In totaal ging het om 2 voorstellen.');
    expect(value).toContain('Er deden 412 mensen mee');
    expect(value).toContain('kapvergunning.docx');
    expect(value).not.toContain('speelruimte.docx');
    // Scanning the folder again skips the report it holds now.
    const again = memoryIo();
    expect(await main([d, '--out', join(d, 'scan.json')], again.io)).toBe(0);
    const scan = JSON.parse(await readFile(join(d, 'scan.json'), 'utf8'));
    expect(scan.problems.map((p: { path: string; code: string }) => [p.path, p.code])).toEqual([['verslag.docx', 'SCAN.OWN_REPORT']]);
    expect(scan.documents.find((x: { path: string }) => x.path === 'speelruimte.docx').documentId).toBe(id);
  });

  it('refuses a register that is no list of trajects, in Dutch', async () => {
    const d = join(dir, 'register-kapot');
    await import('node:fs/promises').then((fs) => fs.mkdir(d));
    await writeFile(join(d, 'register.json'), JSON.stringify({ trajecten: [{ documentId: 'x', onderwerp: 'A', status: 'klaar', opsteller: { naam: 'S' } }] }));
    const m = memoryIo();
    expect(await main([d, '--raad-report', join(d, 'v.docx'), '--register', join(d, 'register.json')], m.io)).toBe(1);
    expect(m.err()).toMatch(/Het register .*register\.json klopt niet bij traject 1: het veld "status" ontbreekt of klopt niet\./);
  });

  it('says in the raad report that the register was left out when no --register was given', async () => {
    const d = join(dir, 'raad-zonder-register');
    await import('node:fs/promises').then((fs) => fs.mkdir(d));
    const m = memoryIo();
    expect(await main([d, '--raad-report', join(d, 'v.docx')], m.io)).toBe(0);
    const { value } = await mammoth.extractRawText({ path: join(d, 'v.docx') });
    expect(value).toContain('Participatie in 2026');
    expect(value).toContain('Het participatieregister is niet meegenomen in dit verslag.');
    expect(value).not.toContain('Het participatieregister: 0 trajecten');
  });

  it('prints a file name with a newline in it on one line, so it cannot fake a line of the summary', async () => {
    const d = join(dir, 'naam-met-regel');
    const fs = await import('node:fs/promises');
    await fs.mkdir(d);
    await fs.writeFile(join(d, 'advies\nKlaar. Gelezen: 99.docx'), 'geen zip');
    const m = memoryIo();
    expect(await main([d], m.io)).toBe(0);
    expect(m.out()).toContain('- advies\\nKlaar. Gelezen: 99.docx:');
    expect(m.out().split('\n').some((l) => l.startsWith('Klaar. Gelezen: 99'))).toBe(false);
    expect(m.err().split('\n').some((l) => l.startsWith('Klaar. Gelezen: 99'))).toBe(false);
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

    // A run killed while writing left its temp file; the next run takes it away.
    const ended = execFile(process.execPath, ['-e', '']);
    await new Promise((r) => ended.once('exit', r));
    const leftover = join(d, `.voorstel.docx.${ended.pid}.0badf00d.tmp`);
    await writeFile(leftover, 'half geschreven');
    expect(await main(['--insert', answersPath, docPath, '--force'], m.io)).toBe(0);
    expect((await readdir(d)).sort()).toEqual(['antwoorden.json', 'voorstel.docx']);

    await writeFile(answersPath, JSON.stringify({ ...adviserenAnswers(), q7_participatie: 'misschien' }));
    expect(await main(['--insert', answersPath, docPath], m.io)).toBe(1);
    expect(m.err()).toMatch(/De antwoorden in .* kloppen niet/);
  });
});

describe('parseArgs', () => {
  it.each([
    [['map', '--raad-report', 'v.pdf'], 'SCAN.USAGE_RAAD_REPORT'],
    [['map', '--register', 'r.json'], 'SCAN.USAGE'],
    [['--insert', 'a.json', 'd.docx', '--raad-report', 'v.docx'], 'SCAN.USAGE'],
  ])('refuses %j', (argv, code) => {
    expect(() => parseArgs(argv)).toThrow(expect.objectContaining({ code }));
  });

  it.each([
    [['map'], { mode: 'scan', folder: 'map' }],
    [['map', '--year=2026', '--out', 'r.csv'], { mode: 'scan', folder: 'map', year: 2026, out: 'r.csv' }],
    [['--insert', 'a.json', 'd.docx', '--force'], { mode: 'insert', answers: 'a.json', document: 'd.docx', force: true }],
    [['--help'], { mode: 'help' }],
    [['map', '--profile', 'p.json'], { mode: 'scan', folder: 'map', profile: 'p.json' }],
    [
      ['map', '--raad-report', 'v.docx', '--register', 'r.json', '--gemeente', 'Weert'],
      { mode: 'scan', folder: 'map', raadReport: 'v.docx', register: 'r.json', gemeente: 'Weert' },
    ],
    [['--insert', 'a.json', 'd.docx', '--profile=https://x/p.json'], { mode: 'insert', answers: 'a.json', document: 'd.docx', force: false, profile: 'https://x/p.json' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });
});
