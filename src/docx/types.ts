import type { Level, Severity } from '../participation/index.ts';
import type { ErrorCode } from '../text/index.ts';
import type { Evidence, RequiredElements } from './classify.ts';
import type { HeaderFacts } from './structure.ts';
import type { ModelFinding } from './word-model.ts';

/** Whether the Participatie text came from the Word add-in or was written by hand. */
export type ParagraphSource = 'add-in' | 'hand' | 'geen';

export type ParticipationStatus =
  | 'uitgevoerd'
  | 'gepland'
  | 'geen-met-reden'
  | 'geen-zonder-reden'
  /** A heading with nothing under it, "Niet van toepassing" without a reason, or text that names nothing of the participation ("Zie bijlage 3"). */
  | 'leeg'
  /** No Participatie heading and no add-in paragraph. */
  | 'ontbreekt';

export type ElementKey = keyof RequiredElements;

export interface LevelResult {
  level: Level;
  /** 'antwoorden': chosen in the add-in; 'schatting': guessed from the words of a hand-written text. */
  basis: 'antwoorden' | 'schatting';
  /** Only for a schatting: 0..1. */
  confidence?: number;
  /** Only for a schatting: the words the guess rests on. */
  evidence?: string;
}

/** Remarks about one document; the Dutch text for each lives in src/text/ui-scan.ts. */
export type NoteCode =
  | 'several-headings'
  | 'tracked-changes'
  | 'control-outside-section'
  | 'duplicate-control'
  | 'answers-missing'
  | 'answers-unreadable'
  | 'control-missing'
  | 'hand-edited'
  | 'no-date'
  | 'date-from-properties'
  | 'section-long';

export interface DocumentSummary {
  ok: true;
  /** Relative to the scanned folder, with forward slashes. */
  path: string;
  /** The id in the add-in's answers part: the register's traject for this document has the same id. */
  documentId?: string;
  header: HeaderFacts;
  headingCount: number;
  source: ParagraphSource;
  status: ParticipationStatus;
  level?: LevelResult;
  elements: RequiredElements;
  /** For hand-written text: per element, the words that made the scan count it. */
  evidence?: Evidence;
  /** What the word model found where the rules found nothing (src/docx/word-model.ts): to check by reading. */
  byModel?: ModelFinding[];
  /** Required elements that are missing, given the status (none when there was no participation). */
  missing: ElementKey[];
  findings: { code: string; severity: Severity; message: string }[];
  notes: NoteCode[];
}

export interface FileProblem {
  ok: false;
  path: string;
  code: ErrorCode;
  message: string;
}

export type FileResult = DocumentSummary | FileProblem;
