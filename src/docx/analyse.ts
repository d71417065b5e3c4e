// One document in, one small summary out. Nothing of the document is kept after this returns.
import {
  ANSWERS_NAMESPACE,
  isHandEdited,
  parseAnswersXml,
  readDocumentIdFromXml,
  validateAnswers,
} from '../participation/index.ts';
import type { Answers, Profile } from '../participation/index.ts';
import { AppError } from '../text/index.ts';
import { emptyWhenSilent, readSectionText } from './classify.ts';
import type { Evidence, RequiredElements } from './classify.ts';
import { coreCreatedDate, defaultReadLimits, openDocx } from './container.ts';
import type { DocxParts, ReadLimits } from './container.ts';
import { readStructure } from './structure.ts';
import { addWordModel } from './word-model.ts';
import type { ModelFinding } from './word-model.ts';
import type { DocumentStructure } from './structure.ts';
import type { DocumentSummary, ElementKey, LevelResult, NoteCode, ParagraphSource, ParticipationStatus } from './types.ts';
import { parseWordPart } from './wordml.ts';
import type { WordPart } from './wordml.ts';

export interface AnalyseOptions {
  /** YYYY-MM-DD, for the validation rules that compare dates with today. */
  today: string;
  limits?: ReadLimits;
  /** The municipality profile to check the add-in's answers with (`--profile`); the default otherwise. */
  profile?: Profile;
  /** Read hand-written text with the rules alone, without the word model: to measure what the model adds. */
  rulesOnly?: boolean;
}

const ALL_ELEMENTS: ElementKey[] = ['wie', 'niveauWaarom', 'watGedaan', 'watMetInbreng', 'terugkoppeling'];
const NO_ELEMENTS: RequiredElements = { wie: false, niveauWaarom: false, watGedaan: false, watMetInbreng: false, terugkoppeling: false };

/** The answers part written by the add-in, found by its namespace among the custom XML parts. */
export function findAnswersXml(parts: readonly { xml: string }[]): string[] {
  return parts.filter((p) => p.xml.includes(ANSWERS_NAMESPACE)).map((p) => p.xml);
}

function elementsFromAnswers(a: Answers): RequiredElements {
  return {
    wie: (a.q8_betrokkenen?.length ?? 0) > 0,
    // The paragraph gives a reason for the level only when the user wrote one (9a).
    niveauWaarom: a.q9_niveau !== undefined && a.q9a_waarom !== undefined,
    watGedaan: (a.q10_methoden?.length ?? 0) > 0,
    watMetInbreng: (a.q14_watMetInbreng?.length ?? 0) > 0,
    terugkoppeling: a.q15_terugkoppeling?.terugkoppeling === true,
  };
}

function statusFromAnswers(a: Answers): ParticipationStatus {
  if (a.q7_participatie === 'nee') {
    const reason = (a.q7a_redenen?.length ?? 0) > 0 && a.q7b_toelichting !== undefined;
    return reason ? 'geen-met-reden' : 'geen-zonder-reden';
  }
  return a.q7_participatie === 'gepland' ? 'gepland' : 'uitgevoerd';
}

/** What must be there for this status; planned participation has no outcome to report yet. */
export function missingElements(status: ParticipationStatus, e: RequiredElements): ElementKey[] {
  if (status === 'uitgevoerd') return ALL_ELEMENTS.filter((k) => !e[k]);
  if (status === 'gepland') return ALL_ELEMENTS.filter((k) => k !== 'watMetInbreng' && !e[k]);
  return [];
}

interface AnswersRead {
  answers?: Answers;
  generatedHash?: string;
  /** Ties the document to its traject in the register; kept even when the answers are damaged. */
  documentId?: string;
  unreadable: boolean;
}

function readAnswers(xmls: readonly string[]): AnswersRead {
  let unreadable = false;
  let documentId: string | undefined;
  for (const xml of xmls) {
    try {
      const stored = parseAnswersXml(xml);
      return { answers: stored.answers, generatedHash: stored.generatedHash, ...(stored.documentId ? { documentId: stored.documentId } : {}), unreadable: false };
    } catch {
      unreadable = true;
      documentId ??= readDocumentIdFromXml(xml);
    }
  }
  return documentId ? { documentId, unreadable } : { unreadable };
}

/** Reads one .docx and summarises its participation. Throws AppError SCAN.* for unreadable files. */
export async function analyseDocx(buf: Buffer, path: string, options: AnalyseOptions): Promise<DocumentSummary> {
  const { parts, structure } = await readDocument(buf, options.limits);
  const answersRead = readAnswers(findAnswersXml(parts.customXml));
  return summarise(path, structure, answersRead, parts.coreXml, options);
}

/** The text of the Participatie section as the scan reads it; for training the word model on labelled documents. */
export async function readParticipationText(buf: Buffer): Promise<string> {
  const { structure } = await readDocument(buf);
  return sectionText(structure).text;
}

/**
 * A Participatie paragraph runs to a few thousand characters at most; the rules read every
 * sentence against every other, so a section of megabytes (a whole report pasted under the
 * heading) would cost a minute and a gigabyte. Beyond this the scan reads the beginning only.
 */
const MAX_SECTION_CHARS = 20_000;

function sectionText(s: DocumentStructure): { text: string; cut: boolean } {
  const text = s.control ? s.control.text : s.participatie.text;
  if (text.length <= MAX_SECTION_CHARS) return { text, cut: false };
  // End at a paragraph, so no half sentence is read.
  const end = text.lastIndexOf('\n', MAX_SECTION_CHARS);
  return { text: text.slice(0, end > 0 ? end : MAX_SECTION_CHARS), cut: true };
}

async function readDocument(buf: Buffer, limits: ReadLimits = defaultReadLimits): Promise<{ parts: DocxParts; structure: DocumentStructure }> {
  const parts = await openDocx(buf, limits);
  if (isScanReport(parts.coreXml)) throw new AppError('SCAN.OWN_REPORT');
  const body = parseDocumentPart(parts.documentXml);
  const headers: WordPart[] = [];
  for (const xml of parts.headerXmls) {
    // A broken page header should not cost us the whole document.
    try {
      headers.push(parseWordPart(xml));
    } catch {
      /* ignored: header facts are also looked for in the body */
    }
  }
  // Only pictures (a scanned paper advice) or nothing at all: there is nothing to read, and "add a
  // Participatie heading" would be the wrong advice.
  if (!body.paragraphs.some((p) => /[\p{L}\p{N}]/u.test(p.text))) throw new AppError('SCAN.NO_TEXT');
  return { parts, structure: readStructure(body, headers) };
}

/** Reports written by reportToDocx carry this creator; scanning them again would only add noise. */
export const REPORT_CREATOR = 'Participatiescan';

function isScanReport(coreXml: string | undefined): boolean {
  return coreXml !== undefined && coreXml.includes(`<dc:creator>${REPORT_CREATOR}</dc:creator>`);
}

function parseDocumentPart(xml: string): WordPart {
  try {
    return parseWordPart(xml);
  } catch (cause) {
    throw new AppError('SCAN.CORRUPT', { cause });
  }
}

function summarise(
  path: string,
  s: DocumentStructure,
  read: AnswersRead,
  coreXml: string | undefined,
  { today, profile, rulesOnly }: AnalyseOptions,
): DocumentSummary {
  const notes: NoteCode[] = [];
  const header = { ...s.header };
  if (!header.datum) {
    const created = coreCreatedDate(coreXml);
    if (created) {
      header.datum = created;
      header.datumBron = 'eigenschappen';
      notes.push('date-from-properties');
    } else notes.push('no-date');
  }
  if (s.participatie.headingCount > 1) notes.push('several-headings');
  if (s.participatie.hasTrackedChanges || s.control?.hasTrackedChanges) notes.push('tracked-changes');
  if (s.control?.outsideSection && s.participatie.headingCount > 0) notes.push('control-outside-section');
  if ((s.control?.count ?? 0) > 1) notes.push('duplicate-control');
  if (read.unreadable && !read.answers) notes.push('answers-unreadable');

  const a = read.answers;
  let source: ParagraphSource;
  let status: ParticipationStatus;
  let elements: RequiredElements = NO_ELEMENTS;
  let level: LevelResult | undefined;
  let evidence: Evidence | undefined;
  let byModel: ModelFinding[] | undefined;
  let findings: DocumentSummary['findings'] = [];

  if (a) {
    source = 'add-in';
    if (!s.control) notes.push('control-missing');
    else if (read.generatedHash && isHandEdited(s.control.text, read.generatedHash)) notes.push('hand-edited');
    status = statusFromAnswers(a);
    if (status === 'uitgevoerd' || status === 'gepland') {
      elements = elementsFromAnswers(a);
      if (a.q9_niveau) level = { level: a.q9_niveau, basis: 'antwoorden' };
    }
    findings = validateAnswers(a, profile ? { today, profile } : { today }).map((f) => ({ code: f.code, severity: f.severity, message: f.message }));
  } else {
    const { text, cut } = sectionText(s);
    if (cut) notes.push('section-long');
    if (s.control && !read.unreadable) notes.push('answers-missing');
    if (!s.control && s.participatie.headingCount === 0) {
      source = 'geen';
      status = 'ontbreekt';
    } else {
      source = s.control ? 'add-in' : 'hand';
      const rules = readSectionText(text);
      const reading = emptyWhenSilent(rulesOnly ? { ...rules, byModel: [] } : addWordModel(rules, text));
      if (reading.byModel.length > 0) byModel = reading.byModel;
      status = reading.kind;
      elements = reading.elements;
      if (Object.keys(reading.evidence).length > 0) evidence = reading.evidence;
      if (reading.guess) {
        level = {
          level: reading.guess.level,
          basis: 'schatting',
          confidence: reading.guess.confidence,
          ...(reading.guess.evidence ? { evidence: reading.guess.evidence } : {}),
        };
      }
      if (status === 'leeg') source = s.control ? 'add-in' : 'geen';
    }
  }
  return {
    ok: true,
    path,
    ...(read.documentId ? { documentId: read.documentId } : {}),
    header,
    headingCount: s.participatie.headingCount,
    source,
    status,
    ...(level ? { level } : {}),
    elements,
    ...(evidence ? { evidence } : {}),
    ...(byModel ? { byModel } : {}),
    missing: missingElements(status, elements),
    findings,
    notes,
  };
}
