import type { z } from 'zod';
import { messageFor } from '../text/index.ts';
import type { ErrorCode } from '../text/index.ts';
import { CHECKLIST_VERSION, answersSchema } from './answers.ts';
import type { Answers, QuestionId } from './answers.ts';
import { checklist, isQuestionVisible, questionById } from './checklist.ts';
import type { ParseAnswersResult, ParseProblem } from './types.ts';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Lifts saved answers from an older checklist version to the current one. Unknown shapes are
 * returned as they are, so parseAnswers can name what is wrong.
 *
 * Version 1 (before `checklistVersion` existed, or `versie: 1`) differed in three places:
 * q7 used 'ja-afgerond' / 'ja-gepland'; q8 was a list of option ids plus `q8_anders`;
 * the four priority scores were separate fields q6a_speerpunt … q6d_afbreukrisico.
 */
export function migrateAnswers(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  const version = 'checklistVersion' in raw ? raw.checklistVersion : (raw.versie ?? 1);
  if (version !== 1) return raw;
  const { versie: _versie, q6a_speerpunt, q6b_impact, q6c_omvang, q6d_afbreukrisico, q8_anders, ...rest } = raw;
  const out: Record<string, unknown> = { ...rest, checklistVersion: 2 };
  if (rest.q7_participatie === 'ja-afgerond') out.q7_participatie = 'afgerond';
  if (rest.q7_participatie === 'ja-gepland') out.q7_participatie = 'gepland';
  if (out.q6_prioriteit === undefined && [q6a_speerpunt, q6b_impact, q6c_omvang, q6d_afbreukrisico].some((v) => v !== undefined)) {
    out.q6_prioriteit = { speerpunt: q6a_speerpunt, impact: q6b_impact, omvang: q6c_omvang, afbreukrisico: q6d_afbreukrisico };
  }
  if (Array.isArray(rest.q8_betrokkenen)) {
    out.q8_betrokkenen = rest.q8_betrokkenen.map((g: unknown) =>
      g === 'anders' && typeof q8_anders === 'string' ? { groep: 'anders', omschrijving: q8_anders } : typeof g === 'string' ? { groep: g } : g,
    );
  }
  return out;
}

function problem(code: ErrorCode, path: string, details: Record<string, string | number> = {}): ParseProblem {
  const id = path.split('.')[0] as QuestionId;
  const q = checklist.find((c) => c.id === id);
  const all = { path, nr: q?.nr ?? '?', vraag: q?.label ?? path, hint: '', ...details };
  return { path, code, message: messageFor(code, all).trim() };
}

const HINTS: Partial<Record<string, string>> = {
  q2_onderwerp: 'Schrijf het onderwerp als tekst.',
  q6_prioriteit: 'Geef speerpunt, impact, omvang en afbreukrisico elk een heel getal van 0 tot 3.',
  q11_periode: 'Vul "van" (en "tot") of "data" in, met datums als 2025-03-12 of een maand als 2025-09.',
  q12_aantal: 'Vul een heel getal in, 0 of meer.',
};

function hintFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `Kies uit: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`;
  }
  const first = String(issue.path[0] ?? '');
  const last = String(issue.path[issue.path.length - 1] ?? '');
  if (/datum|van|tot|data/.test(last) || (first === 'q11_periode' && issue.path.length > 1)) {
    return 'Schrijf een datum als 2025-03-12, of een maand als 2025-09.';
  }
  if (issue.code === 'invalid_type') {
    const expected = (issue as { expected?: string }).expected;
    if (expected === 'boolean') return 'Vul true of false in.';
    if (expected === 'number') return 'Vul een getal in.';
    if (expected === 'array') return 'Vul een lijst in, tussen [ en ].';
    if (expected === 'string') return 'Vul tekst in.';
  }
  if (issue.code === 'too_small' && (issue as { origin?: string }).origin === 'array') return 'Vul minstens één antwoord in.';
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'Het getal of de lengte valt buiten wat kan.';
  return HINTS[first] ?? 'Controleer het antwoord.';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

/** Error codes the answer schema uses as its messages. */
const SCHEMA_CODES: ReadonlySet<string> = new Set<ErrorCode>(['PART.PERIOD_ORDER', 'PART.COUNT_TOO_LOW', 'PART.COUNT_NOT_WHOLE', 'PART.BUDGET_NEGATIVE']);

function problemsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ParseProblem[] {
  const out: ParseProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(problem('PART.UNKNOWN_FIELD', path ? `${path}.${key}` : key));
    } else if (issue.message === 'anders') {
      out.push(problem('PART.ANDERS_NO_TEXT', path));
    } else if (SCHEMA_CODES.has(issue.message)) {
      // The schema names the problem itself (answers.ts): say that, not a generic 'klopt niet'.
      const min = (issue as { minimum?: number | bigint }).minimum;
      out.push(problem(issue.message as ErrorCode, path, min === undefined ? {} : { min: Number(min) }));
    } else if (issue.path.length === 1 && valueAt(input, issue.path) === undefined) {
      out.push(problem('PART.REQUIRED', path));
    } else {
      out.push(problem('PART.INVALID_VALUE', path || '(bestand)', { hint: hintFor(issue) }));
    }
  }
  return out;
}

function missingVisible(input: Record<string, unknown>): ParseProblem[] {
  const answers = input as Partial<Answers>;
  return checklist
    .filter((q) => q.required && isQuestionVisible(q, answers))
    .filter((q) => {
      const v = input[q.id];
      return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
    })
    .map((q) => problem('PART.REQUIRED', q.id));
}

/**
 * Checks answers from a file, the document or the task pane: migrates older versions, rejects
 * unknown fields and wrong values, and requires every required answer of a visible question.
 * Problems carry a Dutch message that names the question.
 */
export function parseAnswers(input: unknown): ParseAnswersResult<Answers> {
  const migrated = migrateAnswers(input);
  if (!isPlainObject(migrated)) return { ok: false, problems: [problem('PART.ANSWERS_NOT_OBJECT', '')] };
  const version = migrated.checklistVersion;
  if (typeof version === 'number' && version > CHECKLIST_VERSION) {
    return { ok: false, problems: [problem('PART.VERSION_TOO_NEW', 'checklistVersion', { version })] };
  }
  const result = answersSchema.safeParse(migrated);
  const problems = result.success ? [] : problemsFromIssues(result.error.issues, migrated);
  const seen = new Set(problems.map((p) => p.path));
  for (const p of missingVisible(migrated)) if (!seen.has(p.path)) problems.push(p);
  if (result.success) {
    const a = result.data;
    if (isQuestionVisible(questionById('q14_watMetInbreng'), a) && (a.q14_watMetInbreng?.length ?? 0) > (a.q13_inbreng?.length ?? 0)) {
      problems.push(problem('PART.INBRENG_MISMATCH', 'q14_watMetInbreng'));
    }
  }
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, answers: result.data };
}
