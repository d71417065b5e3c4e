// Shared types of the participation core. Answer types are inferred from the zod schema in answers.ts.

export type Level = 'informeren' | 'raadplegen' | 'adviseren' | 'coproduceren' | 'meebeslissen' | 'zelfbeheer';

/** The ladder in order, lowest first; zelfbeheer sits above meebeslissen (Movisie). */
export const LEVEL_IDS: readonly Level[] = ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer'];

export function levelRank(level: Level): number {
  return LEVEL_IDS.indexOf(level);
}

export interface Advice {
  level: Level;
  /** Sum of the four Weert criteria, 0–12. */
  score: number;
  /** Plain Dutch sentences explaining the advice. */
  reasons: string[];
}

export type BlockKind =
  | 'omgevingswet'
  | 'geenParticipatie'
  | 'wie'
  | 'niveau'
  | 'kaders'
  | 'watWanneer'
  | 'inbreng'
  | 'terugkoppeling'
  | 'verslag'
  | 'vervolg';

export interface ParagraphBlock {
  kind: BlockKind;
  sentences: string[];
}

export interface Paragraph {
  blocks: ParagraphBlock[];
}

export type Severity = 'error' | 'warning' | 'hint';

export interface Finding {
  code: string;
  severity: Severity;
  questionId: string;
  message: string;
}

export interface B1Hint {
  kind: 'long-sentence' | 'officialese' | 'passive';
  message: string;
  excerpt: string;
  suggestion?: string;
}

export interface ParseProblem {
  /** Dotted path into the answers, e.g. 'q8_betrokkenen.0.omschrijving'; '' for the whole file. */
  path: string;
  code: string;
  message: string;
}

export type ParseAnswersResult<A> = { ok: true; answers: A } | { ok: false; problems: ParseProblem[] };
