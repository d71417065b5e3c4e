// The report as JSON (for further processing), CSV (for Excel) or .docx (to attach to the annual
// report). All three come from the same ScanReport.
import { basename } from 'node:path';
import { Packer } from 'docx';
import type { FileChild } from 'docx';
import { LEVELS } from '../participation/index.ts';
import { formatDateNl } from '../text/index.ts';
import {
  fillScanText,
  scanCliText,
  scanCsvHeaders,
  scanElementLabel,
  scanEvidenceLabel,
  scanEvidenceLevelLabel,
  scanEvidenceText,
  scanLevelText,
  scanNoteText,
  scanReportText,
  scanSourceLabel,
  scanStatusLabel,
} from '../text/ui-scan.ts';
import { fittedTable, griffieDocument, heading1, paragraph } from '../report/griffie-docx.ts';
import { REPORT_CREATOR } from './analyse.ts';
import { followUpReasons } from './report.ts';
import type { GroupRow, ScanReport } from './report.ts';
import type { Evidence } from './classify.ts';
import type { DocumentSummary, ElementKey, FileResult } from './types.ts';

type EvidenceKey = keyof Evidence;

export type ReportFormat = 'json' | 'csv' | 'docx';

export function reportFormatFor(path: string): ReportFormat | undefined {
  const m = /\.(json|csv|docx)$/i.exec(path);
  return m ? (m[1]!.toLowerCase() as ReportFormat) : undefined;
}

export function reportToJson(report: ScanReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function levelText(d: DocumentSummary): string {
  if (!d.level) return '';
  const label = LEVELS.find((l) => l.id === d.level!.level)?.label ?? d.level.level;
  return scanLevelText(label, d.level.basis, d.level.confidence);
}

function elementCell(d: DocumentSummary, key: ElementKey): string {
  if (d.status !== 'uitgevoerd' && d.status !== 'gepland') return scanCliText.notApplicable;
  if (d.status === 'gepland' && key === 'watMetInbreng') return scanCliText.notApplicable;
  return d.elements[key] ? scanCliText.yes : scanCliText.no;
}

// Excel runs cell text starting with these as a formula; a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(r: FileResult): (string | number | undefined)[] {
  if (!r.ok) return [r.path, scanCliText.no, r.message, ...Array(scanCsvHeaders.length - 3).fill('')];
  const h = r.header;
  const noteTexts = r.notes.map((n) => scanNoteText[n]);
  return [
    r.path,
    scanCliText.yes,
    '',
    h.onderwerp,
    h.zaaknummer,
    h.voorstelnr,
    h.afdeling,
    h.portefeuillehouder,
    h.opsteller,
    h.datum,
    r.headingCount,
    scanSourceLabel[r.source],
    scanStatusLabel[r.status],
    r.level ? (LEVELS.find((l) => l.id === r.level!.level)?.label ?? r.level.level) : '',
    r.level ? (r.level.basis === 'antwoorden' ? scanCliText.basisAnswers : scanCliText.basisGuess) : '',
    r.level?.confidence !== undefined ? Math.round(r.level.confidence * 100) : '',
    elementCell(r, 'wie'),
    elementCell(r, 'niveauWaarom'),
    elementCell(r, 'watGedaan'),
    elementCell(r, 'watMetInbreng'),
    elementCell(r, 'terugkoppeling'),
    r.missing.map((k) => scanElementLabel[k]).join(', '),
    r.findings.map((f) => f.message).join(' | '),
    noteTexts.join(' | '),
    followUpReasons(r).join(' | '),
    evidenceLines(r).join(' | '),
  ];
}

/** Why the scan counted what it counted in a hand-written text: the words it found, per element. */
function evidenceLines(d: DocumentSummary): string[] {
  const byModel = new Set(d.byModel ?? []);
  const parts = (Object.entries(d.evidence ?? {}) as [EvidenceKey, string][]).map(([k, words]) => scanEvidenceText(scanEvidenceLabel[k], words, byModel.has(k)));
  if (d.level?.evidence) parts.push(scanEvidenceText(scanEvidenceLevelLabel, d.level.evidence, byModel.has('niveau')));
  return parts;
}

/**
 * One row per file. Semicolons, because Dutch Excel uses the comma as decimal separator and
 * expects ';' between fields; a UTF-8 byte order mark, so Excel shows é and ë correctly; CRLF
 * line ends, as Excel writes them itself.
 */
export function reportToCsv(report: ScanReport): string {
  const rows: FileResult[] = [...report.documents, ...report.problems].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const lines = [scanCsvHeaders.map(csvCell).join(';'), ...rows.map((r) => csvRow(r).map(csvCell).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const para = (text: string) => paragraph(text);

function groupTable(rows: readonly GroupRow[]) {
  const t = scanReportText;
  return fittedTable(
    [t.colName, t.colDocuments, t.colDone, t.colNone, t.colNoParagraph, t.colNoFeedback],
    rows.map((r) => [r.name, r.documents, r.done, r.none, r.noParagraph, r.noFeedback]),
  );
}

function orNone(rows: number, make: () => FileChild): FileChild[] {
  return rows === 0 ? [para(scanReportText.none)] : [make()];
}

/**
 * Per hand-written document the words the scan counted, one line per element, so a reader can check the
 * count. One row per document rather than per element: a thousand advices stay a readable table (and a
 * docx the library can build in little memory).
 */
function evidenceRows(documents: readonly DocumentSummary[]): string[][] {
  return documents.flatMap((d) => {
    const lines = evidenceLines(d);
    return lines.length > 0 ? [[d.path, lines.join('\n')]] : [];
  });
}

/** The report as a Word document: Dutch B1, a title page, page numbers, tables that fit their words. */
export async function reportToDocx(report: ScanReport): Promise<Buffer> {
  const t = scanReportText;
  const s = report.totals;
  const title = report.year !== undefined ? fillScanText(t.titleYear, { year: report.year }) : t.title;
  const evidence = evidenceRows(report.documents);
  const children: FileChild[] = [
    para(fillScanText(t.intro, { documents: s.read, folder: basename(report.folder), date: formatDateNl(report.today) })),
    para(t.guessNote),
    heading1(t.summary),
    fittedTable([t.colItem, t.colCount], summaryRows(report)),
    heading1(t.perLevel),
    fittedTable(
      [t.colLevel, t.colFromAnswers, t.colGuessed, t.colTotal],
      report.perLevel.map((r) => [r.label, r.fromAnswers, r.guessed, r.total]),
    ),
    heading1(t.perAfdeling),
    ...orNone(report.perAfdeling.length, () => groupTable(report.perAfdeling)),
    heading1(t.perPortefeuillehouder),
    ...orNone(report.perPortefeuillehouder.length, () => groupTable(report.perPortefeuillehouder)),
    heading1(t.withoutSection),
    ...orNone(report.withoutParagraph.length, () =>
      fittedTable(
        [t.colDocument, t.colSubject, t.colAfdeling, t.colWhat],
        report.withoutParagraph.map((d) => [d.path, d.onderwerp ?? '', d.afdeling ?? '', scanStatusLabel[d.status]]),
      ),
    ),
    heading1(t.missingFeedback),
    ...orNone(report.missingFeedback.length, () =>
      fittedTable(
        [t.colDocument, t.colSubject, t.colAfdeling, t.colPortefeuillehouder],
        report.missingFeedback.map((d) => [d.path, d.onderwerp ?? '', d.afdeling ?? '', d.portefeuillehouder ?? '']),
      ),
    ),
    heading1(t.followUp),
    ...orNone(report.followUp.length, () =>
      fittedTable(
        [t.colDocument, t.colSubject, t.colAfdeling, t.colTodo],
        report.followUp.map((f) => [f.path, f.onderwerp ?? '', f.afdeling ?? '', f.reasons.join(' ')]),
      ),
    ),
    heading1(t.problems),
    ...orNone(report.problems.length, () =>
      fittedTable(
        [t.colDocument, t.colReason],
        report.problems.map((p) => [p.path, p.message]),
      ),
    ),
    heading1(t.allDocuments),
    ...orNone(report.documents.length, () =>
      fittedTable(
        [t.colDocument, t.colSubject, t.colAfdeling, t.colSource, t.colStatus, t.colLevel],
        report.documents.map((d) => [
          d.path,
          d.header.onderwerp ?? '',
          d.header.afdeling ?? '',
          scanSourceLabel[d.source],
          scanStatusLabel[d.status],
          levelText(d),
        ]),
      ),
    ),
    ...(evidence.length > 0
      ? [heading1(t.evidence), para(t.evidenceIntro), fittedTable([t.colDocument, t.colWords], evidence)]
      : []),
  ];
  const doc = griffieDocument(
    { creator: REPORT_CREATOR, title },
    { title, lines: [fillScanText(t.madeOn, { date: formatDateNl(report.today) })] },
    children,
  );
  return Packer.toBuffer(doc);
}

/** The report's totals as label/count rows, in the order every output shows them. */
export function summaryRows(report: ScanReport): [string, number][] {
  const t = scanReportText;
  const s = report.totals;
  return [
    [t.rowFound, s.found],
    [t.rowRead, s.read],
    [t.rowProblems, s.problems],
    ...(report.year !== undefined ? [[t.rowOutsideYear, s.outsideYear] as [string, number]] : []),
    [t.rowWithSection, s.withSection],
    [t.rowWithoutSection, s.withoutSection],
    [t.rowAddIn, s.addIn],
    [t.rowHand, s.hand],
    [t.rowDone, s.done],
    [t.rowNoneWithReason, s.noneWithReason],
    [t.rowNoneWithoutReason, s.noneWithoutReason],
    [t.rowEmpty, s.empty],
    [t.rowMissingFeedback, s.missingFeedback],
    [t.rowFollowUp, s.followUp],
  ];
}
