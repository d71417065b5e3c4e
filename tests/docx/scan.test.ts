import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, reportToCsv, reportToDocx, reportToJson, scanFolder } from '../../src/docx/index.ts';
import type { ScanReport, ScanResult } from '../../src/docx/index.ts';
import { buildDocx } from '../fixtures/ooxml.ts';
import { EXPECTED_DOCUMENTS, EXPECTED_PROBLEMS, GOOD_HAND_WRITTEN, voorstel, writeScanFixtures } from '../fixtures/scan-fixtures.ts';

let dir: string;
let scan: ScanResult;
let report: ScanReport;
const TODAY = '2026-11-23';

async function fingerprint(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const info = await lstat(p);
        const hash = e.isFile() ? createHash('sha256').update(await readFile(p)).digest('hex') : 'link';
        out.set(p, `${hash}:${info.mtimeMs}:${info.size}`);
      }
    }
  };
  await walk(root);
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scan-fixtures-'));
  await writeScanFixtures(dir);
  const before = await fingerprint(dir);
  scan = await scanFolder(dir, { today: TODAY, year: 2026 });
  report = buildReport(scan);
  const after = await fingerprint(dir);
  // The scan only reads: same files, same contents, same modification times.
  expect(after).toEqual(before);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scanFolder on the fixture folder', () => {
  it('reads every document of 2026 and says what kind of section it has', () => {
    const expected = EXPECTED_DOCUMENTS.filter((d) => d.path.startsWith('2026/'));
    expect(scan.documents.map((d) => d.path)).toEqual(expected.map((d) => d.path).sort());
    for (const e of expected) {
      const d = scan.documents.find((x) => x.path === e.path)!;
      expect({ path: d.path, status: d.status, source: d.source }).toEqual(e);
    }
    expect(scan.outsideYear).toBe(1);
    expect(scan.ignored).toBe(1);
  });

  it('reports each unreadable file with a clear reason and goes on', () => {
    expect(Object.fromEntries(scan.problems.map((p) => [p.path, p.code]))).toEqual(EXPECTED_PROBLEMS);
    const kapot = scan.problems.find((p) => p.path === 'kapot.docx')!;
    expect(kapot.message).toMatch(/beschadigd/);
    expect(scan.problems.find((p) => p.path === 'beveiligd.docx')!.message).toMatch(/wachtwoord/);
    expect(scan.problems.find((p) => p.path === 'oud.doc')!.message).toMatch(/\.doc/);
  });

  it('reads the Weert header facts', () => {
    const d = scan.documents.find((x) => x.path === '2026/ocsw/weert-strategische-visie.docx')!;
    expect(d.header).toEqual({
      afdeling: 'OCSW - Zorg & Participatie',
      voorstelnr: 'DJ-1765074',
      zaaknummer: '1749933',
      opsteller: 'Saskia Doek-De Rooij',
      portefeuillehouder: 'M.J. (Martijn) van den Heuvel Msc.',
      publicatie: 'Openbaar',
      onderwerp: 'Plan van aanpak Borging strategische visie Weert 2030.',
      datum: '2026-01-10',
      datumBron: 'document',
    });
  });

  it('takes the level of an add-in document from its answers, and checks them', () => {
    const d = scan.documents.find((x) => x.path === '2026/ruimte/addin-adviseren.docx')!;
    expect(d.level).toEqual({ level: 'adviseren', basis: 'antwoorden' });
    expect(d.missing).toEqual([]);
    expect(d.notes).not.toContain('hand-edited');
    const noFeedback = scan.documents.find((x) => x.path === '2026/ruimte/addin-zonder-terugkoppeling.docx')!;
    expect(noFeedback.missing).toContain('terugkoppeling');
    expect(noFeedback.findings.some((f) => /terugkoppel/i.test(f.message))).toBe(true);
  });

  it('labels the level of hand-written text as a guess with a confidence', () => {
    const d = scan.documents.find((x) => x.path === '2026/ruimte/hand-goed.docx')!;
    expect(d.level?.basis).toBe('schatting');
    expect(d.level?.level).toBe('adviseren');
    expect(d.level?.confidence).toBeGreaterThan(0);
    expect(d.level?.confidence).toBeLessThan(1);
    expect(d.missing).toEqual([]);
  });

  it('notes several headings and tracked changes', () => {
    expect(scan.documents.find((x) => x.path === '2026/bv/twee-kopjes.docx')!.notes).toContain('several-headings');
    const tracked = scan.documents.find((x) => x.path === '2026/bv/wijzigingen.docx')!;
    expect(tracked.notes).toContain('tracked-changes');
    // The deleted words ("hun mening geven in een enquête") must not count; the inserted ones do.
    expect(tracked.level).toMatchObject({ level: 'coproduceren', basis: 'schatting' });
  });
});

describe('buildReport', () => {
  it('counts the totals', () => {
    expect(report.totals).toEqual({
      found: 17,
      read: 11,
      problems: 5,
      outsideYear: 1,
      ignored: 1,
      withSection: 10,
      withoutSection: 1,
      addIn: 2,
      hand: 6,
      done: 6,
      noneWithReason: 1,
      noneWithoutReason: 1,
      empty: 2,
      missingFeedback: 3,
      followUp: report.followUp.length,
    });
  });

  it('counts per level, keeping add-in answers and guesses apart', () => {
    const row = (level: string) => report.perLevel.find((r) => r.level === level)!;
    expect(row('adviseren')).toMatchObject({ fromAnswers: 2, guessed: 2, total: 4 });
    expect(row('coproduceren')).toMatchObject({ fromAnswers: 0, guessed: 1, total: 1 });
    expect(row('onbekend').total).toBe(1);
    expect(report.perLevel.reduce((n, r) => n + r.total, 0)).toBe(report.totals.done);
  });

  it('counts per afdeling and per portefeuillehouder', () => {
    expect(report.perAfdeling.map((r) => [r.name, r.documents, r.done, r.none, r.noParagraph, r.noFeedback])).toEqual([
      ['Bedrijfsvoering', 4, 2, 2, 1, 1],
      ['OCSW - Zorg & Participatie', 4, 1, 0, 3, 1],
      ['Ruimte - Openbare Ruimte', 3, 3, 0, 0, 1],
    ]);
    expect(report.perPortefeuillehouder.map((r) => [r.name, r.documents])).toEqual([
      ['A. (Anke) Jansen', 7],
      ['M.J. (Martijn) van den Heuvel Msc.', 4],
    ]);
  });

  it('lists documents without or with an empty section, missing feedback, and what to follow up', () => {
    expect(report.withoutParagraph.map((d) => d.path).sort()).toEqual([
      '2026/bv/geen-zonder-reden.docx',
      '2026/ocsw/geen-kopje.docx',
      '2026/ocsw/leeg.docx',
      '2026/ocsw/niet-van-toepassing.docx',
    ]);
    expect(report.missingFeedback.map((d) => d.path).sort()).toEqual([
      '2026/bv/wijzigingen.docx',
      '2026/ocsw/weert-strategische-visie.docx',
      '2026/ruimte/addin-zonder-terugkoppeling.docx',
    ]);
    const follow = report.followUp.map((f) => f.path);
    expect(follow).toEqual(expect.arrayContaining([...report.withoutParagraph.map((d) => d.path), '2026/bv/twee-kopjes.docx']));
    expect(follow).not.toContain('2026/ruimte/hand-goed.docx');
    expect(follow).not.toContain('2026/bv/geen-met-reden.docx');
  });
});

describe('report output', () => {
  it('writes JSON that carries the same numbers', () => {
    const json = JSON.parse(reportToJson(report)) as ScanReport;
    expect(json.totals).toEqual(report.totals);
    expect(json.problems.map((p) => p.path)).toContain('kapot.docx');
  });

  it('writes CSV for Excel: BOM, semicolons, one row per file', () => {
    const csv = reportToCsv(report);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.split(';')[0]).toBe('Bestand');
    expect(lines).toHaveLength(1 + report.documents.length + report.problems.length);
    const weert = lines.find((l) => l.startsWith('2026/ocsw/weert-strategische-visie.docx'))!;
    expect(weert).toContain(';OCSW - Zorg & Participatie;');
    expect(lines.find((l) => l.startsWith('kapot.docx'))).toMatch(/;nee;.*beschadigd/);
  });

  it('keeps spreadsheet formulas out of CSV cells', () => {
    const evil: ScanReport = {
      ...report,
      documents: [{ ...report.documents[0]!, path: 'x.docx', header: { onderwerp: '=HYPERLINK("http://x";"klik")' } }],
      problems: [],
    };
    const row = reportToCsv(evil).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://x"";""klik"")"`);
  });

  it('writes a Word report that an independent reader can open', async () => {
    const buf = await reportToDocx(report);
    const { value: text } = await mammoth.extractRawText({ buffer: buf });
    expect(text).toContain('Participatiescan 2026');
    expect(text).toContain('Per afdeling');
    expect(text).toContain('Bedrijfsvoering');
    expect(text).toContain('kapot.docx');
    expect(text).toMatch(/schatting, \d+% zeker/);
    const { value: html } = await mammoth.convertToHtml({ buffer: buf });
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(8);
    // Totals table: "Documenten gelezen" followed by its number.
    expect(html).toMatch(/Documenten gelezen<\/p><\/td><td><p>11<\/p>/);
  });
});

describe('robustness', () => {
  it('reports files it may not open as locked, and finishes', async () => {
    const busy = Object.assign(new Error('busy'), { code: 'EBUSY' });
    const result = await scanFolder(dir, {
      today: TODAY,
      readFile: async () => {
        throw busy;
      },
    });
    expect(result.documents).toHaveLength(0);
    expect(result.problems.filter((p) => p.code === 'SCAN.LOCKED')).toHaveLength(15);
    expect(result.problems.find((p) => p.path === 'kapot.docx')!.message).toMatch(/op slot/);
  });

  it('reads a huge document, and refuses one above the limits with a reason', async () => {
    const big = await mkdtemp(join(tmpdir(), 'scan-big-'));
    try {
      const doc = voorstel({
        afdeling: 'Ruimte',
        voorstelnr: 'X-1',
        zaaknummer: '1',
        opsteller: 'A',
        portefeuillehouder: 'B',
        onderwerp: 'Groot document.',
        datum: 'Weert, 1 maart 2026',
        participatie: GOOD_HAND_WRITTEN.map((text) => ({ kind: 'p', text })),
        filler: 20_000,
      });
      await writeFile(join(big, 'groot.docx'), await buildDocx(doc));
      const ok = await scanFolder(big, { today: TODAY });
      expect(ok.documents[0]).toMatchObject({ status: 'uitgevoerd', source: 'hand' });

      const tooBigXml = await scanFolder(big, { today: TODAY, limits: { maxXmlBytes: 1024 * 1024 } });
      expect(tooBigXml.problems[0]).toMatchObject({ path: 'groot.docx', code: 'SCAN.TOO_LARGE' });
      expect(tooBigXml.problems[0]!.message).toContain('1 MB');
      const tooBigFile = await scanFolder(big, { today: TODAY, maxFileBytes: 1024 });
      expect(tooBigFile.problems[0]).toMatchObject({ code: 'SCAN.TOO_LARGE' });
    } finally {
      await rm(big, { recursive: true, force: true });
    }
  });

  it('reads a document whose main part is not well-formed XML as damaged', async () => {
    const d = await mkdtemp(join(tmpdir(), 'scan-bad-'));
    try {
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(await buildDocx({ blocks: [{ kind: 'p', text: 'x' }] }));
      zip.file('word/document.xml', '<w:document><w:body><w:p>');
      await writeFile(join(d, 'half.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
      const r = await scanFolder(d, { today: TODAY });
      expect(r.problems[0]).toMatchObject({ path: 'half.docx', code: 'SCAN.CORRUPT' });
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });

  it('refuses a folder that does not exist', async () => {
    await expect(scanFolder(join(dir, 'bestaat-niet'), { today: TODAY })).rejects.toMatchObject({ code: 'SCAN.FOLDER_NOT_FOUND' });
  });
});
