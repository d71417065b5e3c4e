// The checks of PARTICIPATION.md §5. Works on unfinished answers too, so the task pane can show
// findings next to the questions while the user fills in the checklist.
import { messageFor } from '../text/index.ts';
import type { ErrorCode } from '../text/index.ts';
import { paragraphText } from '../text/ui-participation.ts';
import { adviseLevel } from './advice.ts';
import type { Answers, QuestionId } from './answers.ts';
import { checkB1 } from './b1.ts';
import { visibleAnswer } from './checklist.ts';
import { formatWhenNl } from './generate.ts';
import { defaultProfile } from './profile.ts';
import type { Profile } from './profile.ts';
import { LEVEL_IDS, levelRank } from './types.ts';
import type { Finding, Severity } from './types.ts';

export interface ValidateOptions {
  /** Today as 'YYYY-MM-DD' (Europe/Amsterdam), passed in: the core reads no clock. */
  today: string;
  profile?: Profile;
}

const SEVERITY: Record<string, Severity> = {
  'PART.NO_REASON': 'error',
  'PART.NO_EXPLANATION': 'error',
  'PART.OW_NO_MOTIVATION': 'error',
  'PART.BOPA_NO_VERSLAG': 'error',
  'PART.FUTURE_DATE_DONE': 'error',
  'PART.VERGUNNING_NO_INITIATIEFNEMER': 'warning',
  'PART.VERGUNNING_NO_VERSLAG_ANSWER': 'warning',
  'PART.NO_MANDATE': 'warning',
  'PART.LEVEL_TOO_HIGH': 'warning',
  'PART.LEVEL_FAR_BELOW': 'warning',
  'PART.LEVEL_NO_WHY': 'warning',
  'PART.NO_WHAT_DONE': 'warning',
  'PART.NO_FEEDBACK': 'warning',
  'PART.INBRENG_NO_REASON': 'warning',
  'PART.BOPA_LIST_UNKNOWN': 'hint',
  'PART.NO_INFORM': 'hint',
  'PART.NO_ADVISEUR': 'hint',
  'PART.B1_LONG_SENTENCE': 'hint',
  'PART.B1_OFFICIALESE': 'hint',
};

/** Every finding code with its severity, for the task pane's legend and for tests. */
export const FINDING_CODES: Readonly<Record<string, Severity>> = SEVERITY;

/** Free-text answers to run the B1 check on; the paragraph quotes them. */
function freeTexts(a: Partial<Answers>): { questionId: QuestionId; text: string }[] {
  const out: { questionId: QuestionId; text: string }[] = [];
  const add = (questionId: QuestionId, text: string | undefined) => {
    if (text !== undefined && text.trim().length > 0) out.push({ questionId, text });
  };
  add('q7b_toelichting', str(visibleAnswer(a, 'q7b_toelichting')));
  add('q9a_waarom', str(visibleAnswer(a, 'q9a_waarom')));
  for (const p of list(visibleAnswer(a, 'q13_inbreng'))) add('q13_inbreng', str(p));
  for (const w of list(visibleAnswer(a, 'q14_watMetInbreng'))) add('q14_watMetInbreng', str(w?.toelichting));
  add('q17_vervolg', str(visibleAnswer(a, 'q17_vervolg')?.tekst));
  return out;
}

// The task pane validates while the user types, so values may still be half-filled or of the
// wrong type. These read them defensively; parseAnswers reports such values properly.
function list<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const DATE_LIKE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

function writtenOut(value: string): string {
  try {
    return formatWhenNl(value);
  } catch {
    return value;
  }
}

function isFuture(value: string, today: string): boolean {
  return value.length === 7 ? value > today.slice(0, 7) : value > today;
}

export function validateAnswers(answers: Partial<Answers>, options: ValidateOptions): Finding[] {
  const a = answers;
  const profile = options.profile ?? defaultProfile;
  const findings: Finding[] = [];
  const add = (code: ErrorCode, questionId: QuestionId, details: Record<string, string | number> = {}) =>
    findings.push({ code, severity: SEVERITY[code] ?? 'hint', questionId, message: messageFor(code, details) });
  const label = (level: keyof Profile['niveaus']) => profile.niveaus[level].label;

  // No participation needs reasons; for Omgevingswet plans the motiveringsplicht makes it stricter.
  if (a.q7_participatie === 'nee') {
    const instrument = a.q4_omgevingswet;
    const noReason = list(visibleAnswer(a, 'q7a_redenen')).length === 0;
    const noText = str(visibleAnswer(a, 'q7b_toelichting')).trim() === '';
    if ((noReason || noText) && (instrument === 'omgevingsvisie' || instrument === 'programma' || instrument === 'omgevingsplan')) {
      add('PART.OW_NO_MOTIVATION', noReason ? 'q7a_redenen' : 'q7b_toelichting', { instrument: paragraphText.instrumenten[instrument] });
    } else {
      if (noReason) add('PART.NO_REASON', 'q7a_redenen');
      if (noText) add('PART.NO_EXPLANATION', 'q7b_toelichting');
    }
    if (list(visibleAnswer(a, 'q7c_informeren')).length === 0) add('PART.NO_INFORM', 'q7c_informeren');
  }

  // Permits: the aanvraagvereiste, and the raad's list of Bopa cases.
  if (a.q4_omgevingswet === 'bopa' || a.q4_omgevingswet === 'vergunning') {
    const onList = visibleAnswer(a, 'q4a_bopaOpLijst');
    const mandatory = a.q4_omgevingswet === 'bopa' && (onList === 'ja' || (profile.bopa.alleBopa && onList !== 'nee'));
    const verslag = visibleAnswer(a, 'q4b_verslag');
    if (mandatory && verslag !== 'ja') add('PART.BOPA_NO_VERSLAG', 'q4b_verslag');
    if (a.q4_omgevingswet === 'bopa' && onList === 'onbekend' && !profile.bopa.alleBopa) {
      const lijst = profile.bopa.lijst.length > 0 ? ` Op de lijst staan: ${profile.bopa.lijst.join('; ')}.` : '';
      add('PART.BOPA_LIST_UNKNOWN', 'q4a_bopaOpLijst', { lijst });
    }
    if (str(visibleAnswer(a, 'q4b_initiatiefnemer')).trim() === '') add('PART.VERGUNNING_NO_INITIATIEFNEMER', 'q4b_initiatiefnemer');
    if (verslag === undefined && !mandatory) add('PART.VERGUNNING_NO_VERSLAG_ANSWER', 'q4b_verslag');
  }

  const chosen = visibleAnswer(a, 'q9_niveau');
  const level = LEVEL_IDS.find((l) => l === chosen);
  if (level === 'coproduceren' || level === 'meebeslissen') {
    const m = visibleAnswer(a, 'q16_mandaat');
    const clear = m?.vastgelegd === true && (typeof m.budget === 'number' || list(m.kaders).length > 0) && str(m.wieBeslist).trim() !== '';
    if (!clear) add('PART.NO_MANDATE', 'q16_mandaat');
  }

  if (level !== undefined && a.q5_beleidsruimte !== undefined && typeof a.q6_prioriteit === 'object' && a.q6_prioriteit !== null) {
    const advice = adviseLevel({ q5_beleidsruimte: a.q5_beleidsruimte, q6_prioriteit: a.q6_prioriteit, q16_mandaat: visibleAnswer(a, 'q16_mandaat') }, profile);
    const noWhy = str(visibleAnswer(a, 'q9a_waarom')).trim() === '';
    if (a.q5_beleidsruimte === 'geen' && levelRank(level) >= levelRank('adviseren')) {
      add('PART.LEVEL_TOO_HIGH', 'q9_niveau', { level: label(level) });
    }
    if (noWhy && level !== advice.level) {
      const farBelow = levelRank(advice.level) - levelRank(level) >= 2;
      add(farBelow ? 'PART.LEVEL_FAR_BELOW' : 'PART.LEVEL_NO_WHY', 'q9a_waarom', { level: label(level), advice: label(advice.level) });
    }
  }

  if (a.q7_participatie === 'afgerond') {
    const punten = list(visibleAnswer(a, 'q13_inbreng'));
    const wat = list(visibleAnswer(a, 'q14_watMetInbreng'));
    if (wat.length === 0 || wat.length < punten.length) add('PART.NO_WHAT_DONE', 'q14_watMetInbreng');
    wat.forEach((w, i) => {
      if (w?.uitkomst !== 'overgenomen' && str(w?.toelichting).trim() === '') add('PART.INBRENG_NO_REASON', 'q14_watMetInbreng', { nr: i + 1 });
    });
    if (visibleAnswer(a, 'q15_terugkoppeling')?.terugkoppeling !== true) add('PART.NO_FEEDBACK', 'q15_terugkoppeling');

    const periode = visibleAnswer(a, 'q11_periode');
    const dates = [periode?.van, periode?.tot, ...list(periode?.data)].filter((d): d is string => typeof d === 'string' && DATE_LIKE.test(d));
    const future = dates.filter((d) => isFuture(d, options.today)).sort()[0];
    if (future !== undefined) add('PART.FUTURE_DATE_DONE', 'q11_periode', { datum: writtenOut(future) });
  }

  const p = a.q6_prioriteit;
  if (typeof p === 'object' && p !== null) {
    const score = p.speerpunt + p.impact + p.omvang + p.afbreukrisico;
    if (score >= 7 && a.q18_afstemming?.afgestemd !== true) {
      add('PART.NO_ADVISEUR', 'q18_afstemming', { score, adviseur: profile.participatieadviseur.naam });
    }
  }

  for (const { questionId, text } of freeTexts(a)) {
    for (const hint of checkB1(text, { maxWords: 25 })) {
      if (hint.kind === 'long-sentence') findings.push({ code: 'PART.B1_LONG_SENTENCE', severity: 'hint', questionId, message: hint.message });
      if (hint.kind === 'officialese') findings.push({ code: 'PART.B1_OFFICIALESE', severity: 'hint', questionId, message: hint.message });
    }
  }
  return findings;
}
