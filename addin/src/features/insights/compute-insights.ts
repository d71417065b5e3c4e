// Everything derived from the answers: advice, findings, paragraph and B1 hints. Loaded lazily,
// because the first step of the wizard does not need the generator or the checks.
import {
  CHECKLIST_VERSION,
  adviseLevel,
  checklist,
  visibleQuestions,
  defaultProfile,
  levelsFor,
  checkB1,
  generateParagraph,
  parseAnswers,
  profileIdentity,
  renderParagraphHtml,
  renderParagraphText,
  validateAnswers,
  type Advice,
  type Answers,
  type B1Hint,
  type Finding,
  type LevelInfo,
  type ParseProblem,
  type Profile,
  type ProfileStamp,
} from '../../../../src/participation/index.ts';

export interface Insights {
  levels: readonly LevelInfo[];
  advice: Advice | null;
  findings: Finding[];
  /** Complete, valid answers (null while questions are open). */
  answers: Answers | null;
  problems: ParseProblem[];
  paragraphText: string | null;
  paragraphHtml: string | null;
  /** B1 hints per free-text question id. */
  b1: Record<string, B1Hint[]>;
  /** Name and version of the profile the text is written with; recorded with the paragraph. */
  profiel: ProfileStamp;
}

// A profile is hashed once, not on every keystroke.
const identities = new WeakMap<Profile, ProfileStamp>();
function identityOf(profile: Profile): ProfileStamp {
  let id = identities.get(profile);
  if (!id) identities.set(profile, (id = profileIdentity(profile)));
  return id;
}

const FREE_TEXT: readonly (keyof Answers)[] = ['q7b_toelichting', 'q9a_waarom'];

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

type Parsed = ReturnType<typeof parseAnswers>;

/**
 * The pane keeps answers to questions the user hid again (they may switch back), but a wrong value
 * there, now out of sight and out of reach, must not block the paragraph: parse without it.
 */
function parseSkippingHiddenMistakes(draft: Partial<Answers>): Parsed {
  const first = parseAnswers(draft);
  if (first.ok) return first;
  const visible = new Set<string>(visibleQuestions(draft).map((q) => q.id));
  const hidden = new Set(
    first.problems.map((p) => p.path.split('.')[0] ?? '').filter((id) => !visible.has(id) && checklist.some((q) => q.id === id)),
  );
  if (hidden.size === 0) return first;
  const rest: Record<string, unknown> = { ...draft };
  for (const id of hidden) delete rest[id];
  return parseAnswers(rest);
}

export function computeInsights(input: Partial<Answers>, chosenProfile: Profile | null, today: string): Insights {
  const profile = chosenProfile ?? defaultProfile;
  const draft: Partial<Answers> = { ...input, checklistVersion: CHECKLIST_VERSION };
  const advice =
    draft.q5_beleidsruimte && draft.q6_prioriteit
      ? attempt(() => adviseLevel(draft as Parameters<typeof adviseLevel>[0]), null)
      : null;
  const findings = attempt(() => validateAnswers(draft, { today, profile }), []);
  const parsed = attempt(() => parseSkippingHiddenMistakes(draft), { ok: false as const, problems: [] });
  const answers = parsed.ok ? parsed.answers : null;
  // today from the pane's clock: a terugkoppeling date still to come is written in the future tense.
  const paragraph = answers ? attempt(() => generateParagraph(answers, profile, { today }), null) : null;
  const b1: Record<string, B1Hint[]> = {};
  for (const id of FREE_TEXT) {
    const value = draft[id];
    if (typeof value === 'string' && value.trim()) b1[id] = attempt(() => checkB1(value), []);
  }
  return {
    levels: levelsFor(profile),
    advice,
    findings,
    answers,
    problems: parsed.ok ? [] : parsed.problems,
    paragraphText: paragraph ? renderParagraphText(paragraph) : null,
    paragraphHtml: paragraph ? renderParagraphHtml(paragraph) : null,
    b1,
    profiel: identityOf(profile),
  };
}
