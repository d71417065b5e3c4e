// The annual participation report for the raad: the numbers (pure) and the Word document (read back
// with mammoth and from its XML: title page, page numbers, headings, column widths).
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Traject } from '../../src/participation/index.ts';
import { fitColumns, TEXT_WIDTH } from '../../src/report/griffie-docx.ts';
import { buildRaadReport, terugkoppelingOverdue, trajectInYear } from '../../src/report/raad-report.ts';
import type { RaadReportInput, ScannedAdvice } from '../../src/report/raad-report.ts';
import { raadReportToDocx } from '../../src/report/raad-report-docx.ts';
import { parseRegisterJson, registerToJson } from '../../src/report/register-file.ts';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function traject(n: number, t: Partial<Traject> = {}): Traject {
  return {
    documentId: ID(n),
    onderwerp: `Onderwerp ${n}`,
    opsteller: { naam: 'Sanne de Vries' },
    status: 'afgerond',
    afdeling: 'Ruimte',
    portefeuillehouder: 'A. Jansen',
    gekozenNiveau: 'adviseren',
    periodeStart: '2026-02-01',
    periodeEind: '2026-04-30',
    ...t,
  } as Traject;
}

function advice(path: string, a: Partial<ScannedAdvice> = {}): ScannedAdvice {
  return { path, source: 'hand', status: 'uitgevoerd', level: 'raadplegen', levelGuessed: true, terugkoppeling: false, afdeling: 'Sociaal', ...a };
}

const base: RaadReportInput = {
  year: 2026,
  today: '2026-11-23',
  gemeente: 'Weert',
  trajecten: [
    traject(1, { aantalDeelnemers: 40, inbrengOvergenomen: 'ja', terugkoppelingGedaan: true, terugkoppelingDatum: '2026-05-15' }),
    traject(2, { aantalDeelnemers: 12, inbrengOvergenomen: 'deels', terugkoppelingDatum: '2026-06-01', afdeling: 'Sociaal', portefeuillehouder: 'B. Smit' }),
    traject(3, { status: 'gepland', periodeStart: '2026-12-01', periodeEind: '2027-03-01', gekozenNiveau: 'coproduceren', terugkoppelingDatum: '2027-04-01' }),
    traject(4, { status: 'geen', redenGeen: 'Wettelijke taak zonder beleidsruimte.', gekozenNiveau: undefined, periodeStart: undefined, periodeEind: undefined, bijgewerkt: '2026-03-03T10:00:00Z' }),
    // Last year: stays out of the counts, but still dedupes the scan.
    traject(5, { periodeStart: '2025-01-10', periodeEind: '2025-03-01' }),
  ],
  scan: {
    source: 'Voorstellen 2026',
    unreadable: 1,
    documents: [
      advice('ruimte/park.docx', { source: 'add-in', documentId: ID(1), level: 'adviseren', levelGuessed: false }),
      advice('oud/vorig-jaar.docx', { source: 'add-in', documentId: ID(5) }),
      advice('sociaal/buurthuis.docx'),
      advice('sociaal/buurthuis-kopie.docx', { documentId: ID(99), source: 'add-in', levelGuessed: false }),
      advice('sociaal/buurthuis-kopie2.docx', { documentId: ID(99), source: 'add-in', levelGuessed: false }),
      advice('sociaal/kapvergunning.docx', { status: 'geen-zonder-reden', level: undefined, afdeling: undefined }),
    ],
  },
  werkgroepen: [
    {
      naam: 'Werkgroep participatie',
      resultaten: [{ id: 'r1', werkgroepId: 'g', nr: 1, titel: 'Leidraad interactief beleid', doel: '', doelgroep: [], watIsErGebeurd: '', methode: '', doorlooptijd: {}, capaciteit: '', verankering: '', status: 'gereed' }],
      verbeterpunten: [
        {
          id: 'v1',
          werkgroepId: 'g',
          nr: 1,
          titel: 'Terugkoppeling aan bewoners',
          probleem: [],
          watWillenWeBereiken: [],
          acties: [
            { nr: 1, omschrijving: 'a', status: 'uitgevoerd' },
            { nr: 2, omschrijving: 'b', status: 'loopt' },
          ],
        },
      ],
    },
  ],
};

describe('buildRaadReport', () => {
  const r = buildRaadReport(base);

  it('keeps the trajects of the year and the scanned advices that are not in the register, once', () => {
    expect(r.register.map((t) => t.documentId)).toEqual([ID(1), ID(2), ID(4), ID(3)].sort((a, b) => {
      const order = [ID(1), ID(2), ID(4), ID(3)];
      return order.indexOf(a) - order.indexOf(b);
    }));
    expect(r.extra.map((a) => a.path)).toEqual(['sociaal/buurthuis-kopie.docx', 'sociaal/buurthuis.docx', 'sociaal/kapvergunning.docx']);
    // Traject 1 is this year's, traject 5 last year's: both already registered.
    expect(r.scanInRegister).toBe(2);
    expect(r.totals).toMatchObject({ register: 4, extra: 3, all: 7, gepland: 1, afgerond: 4, geen: 2, geenZonderReden: 1, onbekend: 0, deelnemers: 52, withCount: 2 });
    expect(r.totals.inbreng).toEqual({ ja: 1, deels: 1, nee: 0, onbekend: 0 });
  });

  it('counts the terugkoppeling over completed trajects and lists the overdue ones', () => {
    expect(r.terugkoppeling).toMatchObject({ afgerond: 2, gedaan: 1, rate: 50 });
    expect(r.terugkoppeling.overdue.map((t) => t.documentId)).toEqual([ID(2)]);
  });

  it('counts per level, afdeling and portefeuillehouder over register and scan', () => {
    const row = (level: string) => r.perLevel.find((l) => l.level === level);
    expect(row('adviseren')).toMatchObject({ register: 2, scan: 0, total: 2 });
    expect(row('coproduceren')).toMatchObject({ register: 1, total: 1 });
    expect(row('raadplegen')).toMatchObject({ register: 0, scan: 2, total: 2 });
    expect(r.perLevel.find((l) => l.level === 'onbekend')).toBeUndefined();
    expect(r.perAfdeling).toEqual([
      { name: 'Ruimte', total: 3, participatie: 2, geen: 1, terugkoppeling: 1 },
      { name: 'Sociaal', total: 3, participatie: 3, geen: 0, terugkoppeling: 0 },
      { name: 'Onbekend', total: 1, participatie: 0, geen: 1, terugkoppeling: 0 },
    ]);
    expect(r.perPortefeuillehouder.map((p) => [p.name, p.total])).toEqual([
      ['A. Jansen', 3],
      ['B. Smit', 1],
      ['Onbekend', 3],
    ]);
  });

  it('counts a scanned advice without a paragraph, or with one that says nothing, as not known, not as no participation', () => {
    const r = buildRaadReport({
      ...base,
      scan: {
        source: 'Voorstellen 2026',
        unreadable: 0,
        documents: [
          advice('a.docx', { status: 'ontbreekt', level: undefined }),
          advice('b.docx', { status: 'leeg', level: undefined }),
          advice('c.docx', { status: 'geen-met-reden', level: undefined }),
          advice('d.docx', { status: 'geen-zonder-reden', level: undefined }),
        ],
      },
    });
    // Register: traject 4 is "geen" with a reason.
    expect(r.totals).toMatchObject({ extra: 4, geen: 3, geenZonderReden: 1, onbekend: 2 });
  });

  it('has no rate without a completed traject, and no scan part without a scan', () => {
    const empty = buildRaadReport({ year: 2026, today: '2026-11-23', trajecten: [traject(1, { status: 'gepland' })] });
    expect(empty.terugkoppeling.rate).toBeUndefined();
    expect(empty.scanSource).toBeUndefined();
    expect(empty.extra).toEqual([]);
  });

  it.each([
    // [period start, period end, bijgewerkt, year, in year]
    ['2026-02-01', '2026-04-30', undefined, 2026, true],
    ['2025-11-01', '2026-03-01', undefined, 2025, true],
    ['2025-11-01', '2026-03-01', undefined, 2026, true],
    ['2025-11-01', '2026-03-01', undefined, 2027, false],
    ['2026-02-01', undefined, undefined, 2026, true],
    [undefined, undefined, '2026-12-31T23:00:00Z', 2026, true],
    [undefined, undefined, '2025-12-31T23:00:00Z', 2026, false],
  ] as const)('trajectInYear(%s, %s, %s, %s) = %s', (start, end, bijgewerkt, year, expected) => {
    const t = traject(1, { periodeStart: start, periodeEind: end, bijgewerkt });
    expect(trajectInYear(t, year)).toBe(expected);
  });

  it.each([
    [{ terugkoppelingDatum: '2026-11-22' }, true],
    [{ terugkoppelingDatum: '2026-11-23' }, false],
    [{ terugkoppelingDatum: '2026-11-22', terugkoppelingGedaan: true }, false],
    [{ terugkoppelingDatum: '2026-11-22', status: 'geen' }, false],
    [{}, false],
  ] as const)('terugkoppelingOverdue(%j) = %s', (t, expected) => {
    expect(terugkoppelingOverdue(traject(1, t as Partial<Traject>), '2026-11-23')).toBe(expected);
  });
});

async function docxParts(bytes: Uint8Array): Promise<{ document: string; footers: string[]; core: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
  return { document: await zip.file('word/document.xml')!.async('string'), footers, core: await zip.file('docProps/core.xml')!.async('string') };
}

describe('raadReportToDocx', () => {
  it('reads back as a B1 report with every section, the numbers and the editable parts', async () => {
    const bytes = await raadReportToDocx(buildRaadReport(base));
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const s of [
      'Participatie in 2026',
      'Jaarverslag van de burgemeester aan de gemeenteraad',
      'Gemeente Weert',
      'Gemaakt op 23 november 2026',
      'Samenvatting',
      'In totaal ging het om 7 voorstellen.',
      'Er deden 52 mensen mee, geteld bij 2 trajecten in het register.',
      'Bij 1 van de 2 afgeronde trajecten in het register hoorden de deelnemers wat er met hun inbreng is gedaan. Dat is 50%.',
      'Bij 1 traject is de datum voor terugkoppeling voorbij',
      '2 voorstellen stonden al in het register; die tellen we één keer.',
      '1 bestand konden we niet lezen.',
      'Raadplegen (schatting)',
      'Leidraad interactief beleid',
      '1 van 2',
      '[Vul hier in: wat ging goed',
      '[Vul hier in: wat gaat de gemeente volgend jaar anders doen',
    ]) {
      expect(text).toContain(s);
    }
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    // Real Word headings, so the navigation pane and a table of contents work.
    for (const h of ['Samenvatting', 'Per afdeling', 'Per portefeuillehouder', 'Niveau van participatie', 'Evaluatie', 'Vooruitblik']) {
      expect(html).toContain(`<h1>${h}</h1>`);
    }
    expect(html).toContain('<h2>Resultaten van Werkgroep participatie</h2>');
  });

  it('says which figures only the register has when it is left out, instead of claiming them', async () => {
    const scanOnly = buildRaadReport({
      year: 2026,
      today: '2026-11-23',
      trajecten: [],
      withoutRegister: true,
      scan: { source: 'Voorstellen 2026', unreadable: 0, documents: [advice('a.docx', { terugkoppeling: true }), advice('b.docx', { status: 'ontbreekt', level: undefined })] },
    });
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await raadReportToDocx(scanOnly)) });
    expect(text).toContain('Bij 1 was de participatie klaar. Bij 0 was die nog gepland. Bij 0 was er geen participatie. Bij 1 staat niet of er participatie was');
    expect(text).toContain('Zonder het register is er geen cijfer over terugkoppeling.');
    expect(text).toContain('Het aantal deelnemers staat alleen in het register.');
    expect(text).toContain('Of de datum voor terugkoppeling voorbij is, staat alleen in het register.');
    expect(text).not.toContain('Er was nog geen afgerond traject');
    expect(text).not.toContain('Bij geen enkel traject is de datum voor terugkoppeling voorbij');
  });

  it('puts text typed in the tab in place of the placeholders', async () => {
    const bytes = await raadReportToDocx(buildRaadReport({ ...base, evaluatie: 'Het ging goed.\n\nMaar de terugkoppeling kan beter.', vooruitblik: 'Meer wijkavonden.' }));
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<h1>Evaluatie</h1><p>Het ging goed.</p><p>Maar de terugkoppeling kan beter.</p><h1>Vooruitblik</h1><p>Meer wijkavonden.</p>');
    expect(html).not.toContain('[Vul hier in');
  });

  it('has a title page without a number and page numbers in the footer of the rest', async () => {
    const { document, footers, core } = await docxParts(await raadReportToDocx(buildRaadReport(base)));
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:br w:type="page"\/>/);
    const withNumbers = footers.filter((f) => f.includes('PAGE') && f.includes('NUMPAGES'));
    expect(withNumbers).toHaveLength(1);
    expect(withNumbers[0]).toContain('Pagina');
    // The scan skips its own reports by this creator, so the report in a scanned folder is no voorstel.
    expect(core).toContain('<dc:creator>Participatiescan</dc:creator>');
  });

  it('gives every table fixed column widths that hold each header word whole', async () => {
    const { document } = await docxParts(await raadReportToDocx(buildRaadReport(base)));
    const tables = document.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const t of tables) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      const headerRow = t.split('</w:tr>')[0]!;
      const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(headerRow)?.[1]);
      expect(size).toBeGreaterThanOrEqual(16);
      const headerCells = headerRow.split('<w:tc>').slice(1).map((c) => [...c.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '));
      headerCells.forEach((h, i) => {
        const longest = Math.max(...h.split(/\s+/).map((w) => w.length));
        // Arial bold is at most ~0.6 em per character on average (120 twips at 10 pt), plus the cell margins.
        expect(grid[i], `"${h}" in a column of ${grid[i]} twips at ${size / 2} pt`).toBeGreaterThanOrEqual(longest * 120 * (size / 20) + 216);
      });
    }
  });
});

describe('fitColumnWidths', () => {
  it('gives a short number column less room than a column of long text, and never splits the header words', () => {
    const { widths: w, size } = fitColumns(['Onderwerp', 'Terugkoppeling'], [['Herinrichting van het Stadspark met de buurt en de scholen in de wijk', 3]]);
    expect(size).toBe(20);
    expect(w.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(w[0]).toBeGreaterThan(w[1]!);
    expect(w[1]).toBeGreaterThanOrEqual('Terugkoppeling'.length * 120 + 216);
  });

  it('keeps a long file path from squeezing the other columns', () => {
    const path = 'afdeling-ruimte/2026/b-en-w-voorstellen/definitief/2026-03-herinrichting-stadspark-centrum-oost.docx';
    const headers = ['Document', 'Onderwerp', 'Afdeling', 'Gemaakt', 'Participatie', 'Niveau'];
    const { widths: w, size } = fitColumns(headers, [[path, 'Park', 'Ruimte', 'Met de hand', 'Participatie gedaan', 'Raadplegen (schatting)']]);
    expect(w[0]).toBeLessThanOrEqual(Math.round(TEXT_WIDTH * 0.4));
    headers.forEach((h, i) => expect(w[i]).toBeGreaterThanOrEqual(h.length * 120 * (size / 20) + 216));
  });

  it('when not every cell word fits, cuts the file path and keeps an ordinary long word whole', () => {
    const headers = ['Document', 'Onderwerp', 'Afdeling', 'Gemaakt', 'Participatie', 'Niveau'];
    const path = '2026/bedrijfsvoering/wijzigingen-in-de-huisvesting-van-de-organisatie.docx';
    const { widths: w, size } = fitColumns(headers, [[path, 'Duurzaamheidsagenda', 'Bedrijfsvoering', 'Met de hand', 'Participatie gedaan', 'coproduceren (schatting, 85% zeker)']]);
    expect(size).toBe(16);
    expect(w[1]).toBeGreaterThanOrEqual('Duurzaamheidsagenda'.length * 110 * (size / 20) + 216);
    expect(w[2]).toBeGreaterThanOrEqual('Bedrijfsvoering'.length * 110 * (size / 20) + 216);
    expect(w[0]).toBeLessThan(path.length * 110 * (size / 20));
  });

  it('goes to a smaller font before it would break a header word', () => {
    const headers = ['Onderwerp', 'Afdeling', 'Niveau', 'Status', 'Deelnemers', 'Terugkoppeling', 'Portefeuillehouder'];
    const { widths: w, size } = fitColumns(headers, [['Park', 'Ruimte', 'Coproduceren', 'Afgerond', 12, 'Gedaan', 'A. Jansen']]);
    expect(size).toBeLessThan(20);
    headers.forEach((h, i) => expect(w[i]).toBeGreaterThanOrEqual(h.length * 120 * (size / 20) + 216));
  });
});

describe('register file', () => {
  it('round-trips and names the first wrong traject', () => {
    const json = JSON.parse(registerToJson([traject(1), traject(2)]));
    const ok = parseRegisterJson(json);
    expect(ok.ok && ok.trajecten.map((t) => t.documentId)).toEqual([ID(1), ID(2)]);
    expect(parseRegisterJson({ trajecten: [traject(1), { ...traject(2), status: 'klaar' }] })).toEqual({ ok: false, nr: 2, problem: 'het veld "status" ontbreekt of klopt niet' });
    expect(parseRegisterJson([{ ...traject(1), periodeStart: '1-2-2026' }])).toMatchObject({ ok: false, nr: 1 });
    expect(parseRegisterJson('nee')).toMatchObject({ ok: false, nr: 0 });
  });
});
