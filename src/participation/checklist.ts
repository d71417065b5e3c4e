// The checklist of PARTICIPATION.md §3 as data. Which questions show is decided here by rule
// (`when`), so the task pane, the CLI and the validation all agree.
import { checklistStepText, questionText } from '../text/ui-participation.ts';
import type { Answers, QuestionId } from './answers.ts';

export type QuestionType =
  | 'choice'
  | 'multi-choice'
  | 'text'
  | 'scores'
  | 'groups'
  | 'level'
  | 'methods'
  | 'period'
  | 'number'
  | 'text-list'
  | 'per-inbreng'
  | 'feedback'
  | 'mandate'
  | 'follow-up'
  | 'consultation';

export interface QuestionOption {
  value: string;
  label: string;
}

/** A rule on other answers. `in`: the answer to `question` is one of the values. */
export type Condition =
  | { question: QuestionId; in: readonly string[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] };

export interface Question {
  id: QuestionId;
  /** Number as in the checklist: '4a', '9'. */
  nr: string;
  step: StepId;
  label: string;
  help: string;
  type: QuestionType;
  /** Must be answered when the question is visible. */
  required: boolean;
  options?: readonly QuestionOption[];
  /** Sub-fields of a composite answer (scores), with their labels. */
  fields?: readonly QuestionOption[];
  when?: Condition;
}

export type StepId = keyof typeof checklistStepText;

export interface ChecklistStep {
  id: StepId;
  title: string;
  help: string;
  questionIds: readonly QuestionId[];
}

const participates: Condition = { question: 'q7_participatie', in: ['afgerond', 'gepland'] };
const done: Condition = { question: 'q7_participatie', in: ['afgerond'] };
const noParticipation: Condition = { question: 'q7_participatie', in: ['nee'] };
const permit: Condition = { question: 'q4_omgevingswet', in: ['bopa', 'vergunning'] };

type Spec = Omit<Question, 'label' | 'help' | 'options' | 'fields'>;

const specs: readonly Spec[] = [
  { id: 'q1_soortStuk', nr: '1', step: 'stuk', type: 'choice', required: true },
  { id: 'q2_onderwerp', nr: '2', step: 'stuk', type: 'text', required: true },
  { id: 'q3_beleidsfase', nr: '3', step: 'stuk', type: 'choice', required: true },
  { id: 'q4_omgevingswet', nr: '4', step: 'stuk', type: 'choice', required: true },
  { id: 'q4a_bopaOpLijst', nr: '4a', step: 'stuk', type: 'choice', required: true, when: { question: 'q4_omgevingswet', in: ['bopa'] } },
  { id: 'q4b_initiatiefnemer', nr: '4b', step: 'stuk', type: 'text', required: false, when: permit },
  { id: 'q4b_verslag', nr: '4b', step: 'stuk', type: 'choice', required: false, when: permit },
  { id: 'q4c_oordeel', nr: '4c', step: 'stuk', type: 'choice', required: false, when: { all: [permit, participates] } },
  { id: 'q5_beleidsruimte', nr: '5', step: 'afweging', type: 'choice', required: true },
  { id: 'q6_prioriteit', nr: '6', step: 'afweging', type: 'scores', required: true },
  { id: 'q7_participatie', nr: '7', step: 'participatie', type: 'choice', required: true },
  { id: 'q7a_redenen', nr: '7a', step: 'participatie', type: 'multi-choice', required: true, when: noParticipation },
  { id: 'q7b_toelichting', nr: '7b', step: 'participatie', type: 'text', required: true, when: noParticipation },
  { id: 'q7c_informeren', nr: '7c', step: 'participatie', type: 'multi-choice', required: false, when: noParticipation },
  { id: 'q8_betrokkenen', nr: '8', step: 'aanpak', type: 'groups', required: true, when: participates },
  { id: 'q9_niveau', nr: '9', step: 'aanpak', type: 'level', required: true, when: participates },
  { id: 'q9a_waarom', nr: '9a', step: 'aanpak', type: 'text', required: false, when: participates },
  {
    id: 'q16_mandaat',
    nr: '16',
    step: 'aanpak',
    type: 'mandate',
    required: false,
    when: { all: [participates, { question: 'q9_niveau', in: ['coproduceren', 'meebeslissen'] }] },
  },
  { id: 'q10_methoden', nr: '10', step: 'aanpak', type: 'methods', required: true, when: participates },
  { id: 'q11_periode', nr: '11', step: 'aanpak', type: 'period', required: true, when: participates },
  { id: 'q12_aantal', nr: '12', step: 'aanpak', type: 'number', required: false, when: done },
  { id: 'q13_inbreng', nr: '13', step: 'inbreng', type: 'text-list', required: false, when: done },
  { id: 'q14_watMetInbreng', nr: '14', step: 'inbreng', type: 'per-inbreng', required: false, when: done },
  { id: 'q15_terugkoppeling', nr: '15', step: 'inbreng', type: 'feedback', required: false, when: participates },
  { id: 'q17_vervolg', nr: '17', step: 'vervolg', type: 'follow-up', required: false },
  { id: 'q18_afstemming', nr: '18', step: 'vervolg', type: 'consultation', required: false },
];

function toOptions(options: Readonly<Record<string, string>> | undefined): QuestionOption[] | undefined {
  return options === undefined ? undefined : Object.entries(options).map(([value, label]) => ({ value, label }));
}

export const checklist: readonly Question[] = specs.map((spec) => {
  const t = questionText[spec.id] as { label: string; help: string; options?: Record<string, string>; fields?: Record<string, string> };
  const q: Question = { ...spec, label: t.label, help: t.help };
  const options = toOptions(t.options);
  const fields = toOptions(t.fields);
  if (options) q.options = options;
  if (fields) q.fields = fields;
  return q;
});

export const checklistSteps: readonly ChecklistStep[] = (Object.keys(checklistStepText) as StepId[]).map((id) => ({
  id,
  title: checklistStepText[id].title,
  help: checklistStepText[id].help,
  questionIds: checklist.filter((q) => q.step === id).map((q) => q.id),
}));

const byId = new Map(checklist.map((q) => [q.id, q]));

export function questionById(id: QuestionId): Question {
  return byId.get(id)!;
}

function holds(condition: Condition, answers: Partial<Answers>): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  // A condition on a hidden question is false: hiding cascades (q16 needs q9, q9 needs q7).
  const target = byId.get(condition.question);
  if (target !== undefined && !isQuestionVisible(target, answers)) return false;
  const value = answers[condition.question];
  return typeof value === 'string' && condition.in.includes(value);
}

export function isQuestionVisible(question: Question, answers: Partial<Answers>): boolean {
  return question.when === undefined || holds(question.when, answers);
}

/** The questions to show for these answers, in checklist order. */
export function visibleQuestions(answers: Partial<Answers>): Question[] {
  return checklist.filter((q) => isQuestionVisible(q, answers));
}

/** The answer to a question only when the question is visible; answers to hidden questions are ignored. */
export function visibleAnswer<K extends QuestionId>(answers: Partial<Answers>, id: K): Answers[K] | undefined {
  return isQuestionVisible(questionById(id), answers) ? answers[id] : undefined;
}
