// Turns the per-document summaries into the report's numbers and lists. Pure.
import { LEVELS, LEVEL_IDS } from '../participation/index.ts';
import type { Level } from '../participation/index.ts';
import type { ScannedAdvice } from '../report/raad-report.ts';
import { capitalize } from '../text/index.ts';
import {
  fillScanText,
  scanElementLabel,
  scanFollowUpText,
  scanNoteText,
  scanReportText,
} from '../text/ui-scan.ts';
import type { ScanResult } from './scan.ts';
import type { DocumentSummary, FileProblem, NoteCode } from './types.ts';

export interface GroupRow {
  name: string;
  documents: number;
  /** Participation done or planned. */
  done: number;
  /** No participation, with or without a reason. */
  none: number;
  /** No section, an empty one, or "no participation" without a reason. */
  noParagraph: number;
  noFeedback: number;
}

export interface LevelRow {
  level: Level | 'onbekend';
  label: string;
  fromAnswers: number;
  guessed: number;
  total: number;
}

export interface DocumentRef {
  path: string;
  onderwerp?: string;
  zaaknummer?: string;
  afdeling?: string;
  portefeuillehouder?: string;
}

export interface FollowUpItem extends DocumentRef {
  /** Dutch sentences: what is wrong and what to do. */
  reasons: string[];
}

export interface ScanReport {
  today: string;
  year?: number;
  folder: string;
  totals: {
    found: number;
    read: number;
    problems: number;
    outsideYear: number;
    ignored: number;
    withSection: number;
    withoutSection: number;
    addIn: number;
    hand: number;
    done: number;
    noneWithReason: number;
    noneWithoutReason: number;
    empty: number;
    missingFeedback: number;
    followUp: number;
  };
  perLevel: LevelRow[];
  perAfdeling: GroupRow[];
  perPortefeuillehouder: GroupRow[];
  /** No heading, empty section, or "no participation" without a reason. */
  withoutParagraph: (DocumentRef & { status: DocumentSummary['status'] })[];
  missingFeedback: DocumentRef[];
  followUp: FollowUpItem[];
  problems: FileProblem[];
  documents: DocumentSummary[];
}

const FOLLOW_UP_NOTES: readonly NoteCode[] = [
  'several-headings',
  'tracked-changes',
  'duplicate-control',
  'control-missing',
  'control-outside-section',
  'answers-unreadable',
  'hand-edited',
  'section-long',
];

function ref(d: DocumentSummary): DocumentRef {
  const h = d.header;
  return {
    path: d.path,
    ...(h.onderwerp ? { onderwerp: h.onderwerp } : {}),
    ...(h.zaaknummer ? { zaaknummer: h.zaaknummer } : {}),
    ...(h.afdeling ? { afdeling: h.afdeling } : {}),
    ...(h.portefeuillehouder ? { portefeuillehouder: h.portefeuillehouder } : {}),
  };
}

/** One scanned document as the raad report counts it. */
export function toScannedAdvice(d: DocumentSummary): ScannedAdvice {
  const h = d.header;
  return {
    path: d.path,
    ...(d.documentId ? { documentId: d.documentId } : {}),
    ...(h.onderwerp ? { onderwerp: h.onderwerp } : {}),
    ...(h.afdeling ? { afdeling: h.afdeling } : {}),
    ...(h.portefeuillehouder ? { portefeuillehouder: h.portefeuillehouder } : {}),
    source: d.source,
    status: d.status,
    ...(d.level ? { level: d.level.level, levelGuessed: d.level.basis === 'schatting' } : {}),
    terugkoppeling: d.elements.terugkoppeling,
  };
}

export function lacksFeedback(d: DocumentSummary): boolean {
  return d.missing.includes('terugkoppeling');
}

function lacksParagraph(d: DocumentSummary): boolean {
  return d.status === 'ontbreekt' || d.status === 'leeg' || d.status === 'geen-zonder-reden';
}

/** The follow-up sentences for one document; empty when nothing needs doing. */
export function followUpReasons(d: DocumentSummary): string[] {
  const out: string[] = [];
  if (d.status === 'ontbreekt') out.push(scanFollowUpText.ontbreekt);
  if (d.status === 'leeg') out.push(scanFollowUpText.leeg);
  if (d.status === 'geen-zonder-reden') out.push(scanFollowUpText['geen-zonder-reden']);
  if (lacksFeedback(d)) out.push(scanFollowUpText.terugkoppeling);
  const other = d.missing.filter((k) => k !== 'terugkoppeling').map((k) => scanElementLabel[k]);
  if (other.length > 0) out.push(fillScanText(scanFollowUpText.missing, { elements: other.join(', ') }));
  // Validation errors and warnings duplicate the checks above for add-in documents only when
  // they say the same thing; the terugkoppeling warning is already covered.
  for (const f of d.findings) {
    if (f.severity === 'hint') continue;
    if (lacksFeedback(d) && /terugkoppel/i.test(f.message)) continue;
    out.push(fillScanText(scanFollowUpText.finding, { message: f.message }));
  }
  for (const n of d.notes) if (FOLLOW_UP_NOTES.includes(n)) out.push(scanNoteText[n]);
  return out;
}

function group(documents: readonly DocumentSummary[], key: (d: DocumentSummary) => string | undefined): GroupRow[] {
  const rows = new Map<string, GroupRow>();
  for (const d of documents) {
    const name = key(d)?.trim() || scanReportText.unknown;
    const row = rows.get(name) ?? { name, documents: 0, done: 0, none: 0, noParagraph: 0, noFeedback: 0 };
    row.documents++;
    if (d.status === 'uitgevoerd' || d.status === 'gepland') row.done++;
    if (d.status === 'geen-met-reden' || d.status === 'geen-zonder-reden') row.none++;
    if (lacksParagraph(d)) row.noParagraph++;
    if (lacksFeedback(d)) row.noFeedback++;
    rows.set(name, row);
  }
  // Unknown last, the rest by name as people look them up.
  return [...rows.values()].sort((a, b) =>
    a.name === scanReportText.unknown ? 1 : b.name === scanReportText.unknown ? -1 : a.name.localeCompare(b.name, 'nl'),
  );
}

function levelLabel(level: Level): string {
  return capitalize(LEVELS.find((l) => l.id === level)?.label ?? level);
}

export function buildReport(scan: ScanResult): ScanReport {
  const docs = scan.documents;
  const perLevel: LevelRow[] = LEVEL_IDS.map((level) => {
    const fromAnswers = docs.filter((d) => d.level?.level === level && d.level.basis === 'antwoorden').length;
    const guessed = docs.filter((d) => d.level?.level === level && d.level.basis === 'schatting').length;
    return { level, label: levelLabel(level), fromAnswers, guessed, total: fromAnswers + guessed };
  });
  const unknownLevel = docs.filter((d) => (d.status === 'uitgevoerd' || d.status === 'gepland') && !d.level).length;
  perLevel.push({ level: 'onbekend', label: scanReportText.unknownLevel, fromAnswers: 0, guessed: 0, total: unknownLevel });

  const followUp = docs.map((d) => ({ ...ref(d), reasons: followUpReasons(d) })).filter((f) => f.reasons.length > 0);
  const count = (p: (d: DocumentSummary) => boolean): number => docs.filter(p).length;
  return {
    today: scan.today,
    ...(scan.year !== undefined ? { year: scan.year } : {}),
    folder: scan.folder,
    totals: {
      found: scan.found,
      read: docs.length,
      problems: scan.problems.length,
      outsideYear: scan.outsideYear,
      ignored: scan.ignored,
      withSection: count((d) => d.headingCount > 0),
      withoutSection: count((d) => d.headingCount === 0),
      addIn: count((d) => d.source === 'add-in'),
      hand: count((d) => d.source === 'hand'),
      done: count((d) => d.status === 'uitgevoerd' || d.status === 'gepland'),
      noneWithReason: count((d) => d.status === 'geen-met-reden'),
      noneWithoutReason: count((d) => d.status === 'geen-zonder-reden'),
      empty: count((d) => d.status === 'leeg'),
      missingFeedback: count(lacksFeedback),
      followUp: followUp.length,
    },
    perLevel,
    perAfdeling: group(docs, (d) => d.header.afdeling),
    perPortefeuillehouder: group(docs, (d) => d.header.portefeuillehouder),
    withoutParagraph: docs.filter(lacksParagraph).map((d) => ({ ...ref(d), status: d.status })),
    missingFeedback: docs.filter(lacksFeedback).map(ref),
    followUp,
    problems: scan.problems,
    documents: docs,
  };
}
