// The raad report as a Word document. Browser-safe: the Teams tab loads it with a dynamic import, the
// CLI imports it directly; both hand in a RaadReport from buildRaadReport.
import { ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { raadReportText as T } from '../text/ui-report.ts';
import { fittedTable, griffieDocument, heading1, heading2, paragraph } from './griffie-docx.ts';
import type { CellValue } from './griffie-docx.ts';
import { dateNl, levelLabel, trajectLevel } from './raad-report.ts';
import type { CountRow, RaadReport } from './raad-report.ts';

function period(start?: string, end?: string): string {
  if (start && end && start !== end) return `${dateNl(start)} tot ${dateNl(end)}`;
  return dateNl(start ?? end);
}

function countTable(rows: readonly CountRow[]) {
  return fittedTable(
    [T.colName, T.colVoorstellen, T.colParticipatie, T.colGeen, T.colTerugkoppeling],
    rows.map((r) => [r.name, r.total, r.participatie, r.geen, r.terugkoppeling]),
  );
}

/** An editable section: the text typed in the tab, or a placeholder in italics to replace in Word. */
function editable(title: string, text: string | undefined, placeholder: string): FileChild[] {
  const body = text ? text.split(/\n{2,}/).map((p) => paragraph(p.replace(/\n/g, ' '))) : [paragraph(placeholder, { italics: true })];
  return [heading1(title), ...body];
}

function documentLink(url: string | undefined, label: string): Paragraph | undefined {
  if (!url || !/^https:\/\//i.test(url)) return undefined;
  return new Paragraph({ children: [new ExternalHyperlink({ link: url, children: [new TextRun({ text: label, style: 'Hyperlink' })] })] });
}

/** The body of the report, in the order the raad reads it: summary first, lists and sources after. */
export function raadReportBody(r: RaadReport): FileChild[] {
  const s = r.totals;
  const withRegister = r.withoutRegister !== true;
  const out: FileChild[] = [
    heading1(T.inleiding),
    paragraph(T.inleidingText(r.year)),
    heading2(T.bronnen),
    paragraph(r.withoutRegister ? T.bronGeenRegister : T.bronRegister(s.register)),
    paragraph(r.scanSource !== undefined ? T.bronScan(s.extra, r.scanSource, r.scanInRegister) : T.bronGeenScan),
    ...(r.scanUnreadable > 0 ? [paragraph(T.bronScanUnreadable(r.scanUnreadable))] : []),
    ...(r.werkgroepen.length > 0 ? [paragraph(T.bronWerkgroep)] : []),

    heading1(T.samenvatting),
    paragraph(T.sumAll(s.all)),
    paragraph(T.sumStatus(s.afgerond, s.gepland, s.geen, s.onbekend)),
    ...(s.geen > 0 ? [paragraph(T.sumGeenZonderReden(s.geenZonderReden))] : []),
    paragraph(T.sumDeelnemers(s.deelnemers, s.withCount, withRegister)),
    paragraph(T.sumTerugkoppeling(r.terugkoppeling.gedaan, r.terugkoppeling.afgerond, r.terugkoppeling.rate, withRegister)),

    heading1(T.perLevel),
    paragraph(T.perLevelIntro),
    fittedTable(
      [T.colLevel, T.colRegister, T.colScan, T.colTotal],
      r.perLevel.map((l) => [l.label, l.register, l.scan, l.total]),
    ),
    heading1(T.perAfdeling),
    countTable(r.perAfdeling),
    heading1(T.perPortefeuillehouder),
    countTable(r.perPortefeuillehouder),

    heading1(T.uitkomsten),
    paragraph(T.uitkomstenIntro),
    fittedTable(
      [T.colUitkomst, T.colAantal],
      [
        [T.inbrengJa, s.inbreng.ja],
        [T.inbrengDeels, s.inbreng.deels],
        [T.inbrengNee, s.inbreng.nee],
        [T.inbrengOnbekend, s.inbreng.onbekend],
      ],
    ),

    heading1(T.terugkoppeling),
    paragraph(T.sumTerugkoppeling(r.terugkoppeling.gedaan, r.terugkoppeling.afgerond, r.terugkoppeling.rate, withRegister)),
    paragraph(T.overdueIntro(r.terugkoppeling.overdue.length, withRegister)),
  ];
  if (r.terugkoppeling.overdue.length > 0) {
    out.push(
      fittedTable(
        [T.colOnderwerp, T.colAfdeling, T.colDatum, T.colOpsteller],
        r.terugkoppeling.overdue.map((t) => [t.onderwerp, t.afdeling ?? '', dateNl(t.terugkoppelingDatum), t.opsteller.naam]),
      ),
    );
  }

  out.push(heading1(T.register));
  if (r.withoutRegister) out.push(paragraph(T.bronGeenRegister));
  else if (r.register.length === 0) out.push(paragraph(T.noRegister));
  else {
    out.push(
      fittedTable(
        [T.colOnderwerp, T.colAfdeling, T.colLevel, T.colStatus, T.colDeelnemers, T.colTerugkoppeling],
        // Zaaknummer and period under the onderwerp: a seventh column would not fit on A4 portrait.
        r.register.map((t): CellValue[] => [
          [t.onderwerp, t.zaaknummer, period(t.periodeStart, t.periodeEind)].filter(Boolean).join('\n'),
          t.afdeling ?? '',
          t.status === 'geen' ? '' : levelLabel(trajectLevel(t)),
          T.statusLabel[t.status] ?? t.status,
          t.aantalDeelnemers ?? '',
          t.status === 'geen' ? '' : t.terugkoppelingGedaan ? T.terugkoppelingJa : T.terugkoppelingNee,
        ]),
        { numeric: [false, false, false, false, true, false] },
      ),
    );
    // Links below the table: a URL inside a narrow cell would be unreadable and unclickable on paper.
    for (const t of r.register) {
      const link = documentLink(t.documentUrl, `${T.colDocument}: ${t.onderwerp}`);
      if (link) out.push(link);
    }
  }

  if (r.scanSource !== undefined) {
    out.push(heading1(T.extra));
    if (r.extra.length === 0) out.push(paragraph(T.noExtra));
    else {
      out.push(
        paragraph(T.extraIntro),
        fittedTable(
          [T.colDocument, T.colAfdeling, T.colBron, T.colStatus, T.colLevel],
          r.extra.map((a) => [
            [a.onderwerp, a.path].filter(Boolean).join('\n'),
            a.afdeling ?? '',
            a.source === 'add-in' ? T.bronAddIn : a.source === 'hand' ? T.bronHand : T.bronGeen,
            T.scanStatus[a.status] ?? a.status,
            a.status === 'uitgevoerd' || a.status === 'gepland' ? (a.levelGuessed ? T.guessed(levelLabel(a.level)) : levelLabel(a.level)) : '',
          ]),
        ),
      );
    }
  }

  out.push(heading1(T.werkgroep));
  if (r.werkgroepen.length === 0) out.push(paragraph(T.noWerkgroep));
  else out.push(paragraph(T.werkgroepIntro));
  for (const w of r.werkgroepen) {
    if (w.resultaten.length > 0) {
      out.push(
        heading2(T.resultaten(w.naam)),
        fittedTable(
          [T.colNr, T.colResultaat, T.colStatus],
          [...w.resultaten].sort((a, b) => a.nr - b.nr).map((x) => [x.nr, x.titel, T.resultaatStatus[x.status] ?? x.status]),
        ),
      );
    }
    if (w.verbeterpunten.length > 0) {
      out.push(
        heading2(T.verbeterpunten(w.naam)),
        fittedTable(
          [T.colNr, T.colVerbeterpunt, T.colActies],
          [...w.verbeterpunten]
            .sort((a, b) => a.nr - b.nr)
            .map((v) => [
              v.nr,
              v.titel,
              T.actiesKlaar(v.acties.filter((a) => a.status === 'uitgevoerd' || a.status === 'onderdeel bedrijfsvoering').length, v.acties.length),
            ]),
          { numeric: [true, false, false] },
        ),
      );
    }
  }

  out.push(...editable(T.evaluatie, r.evaluatie, T.evaluatiePlaceholder), ...editable(T.vooruitblik, r.vooruitblik, T.vooruitblikPlaceholder));
  return out;
}

/**
 * The creator the participatiescan skips as its own report (REPORT_CREATOR in src/docx/analyse.ts, not
 * imported so the tab does not load the scan): a raad report left in a scanned folder is no voorstel.
 */
const SCAN_SKIPS_CREATOR = 'Participatiescan';

function raadReportDocument(r: RaadReport) {
  const title = T.title(r.year);
  return griffieDocument(
    { creator: SCAN_SKIPS_CREATOR, title, description: T.subtitle },
    { title, subtitle: T.subtitle, lines: [...(r.gemeente ? [T.gemeente(r.gemeente)] : []), T.madeOn(dateNl(r.today))] },
    raadReportBody(r),
  );
}

/** The .docx bytes; works in Node and in the browser. */
export function raadReportToDocx(r: RaadReport): Promise<Uint8Array> {
  return Packer.pack(raadReportDocument(r), 'uint8array');
}
