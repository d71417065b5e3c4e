// Why "Invoegen in document" is still disabled: every question whose answer is missing or wrong,
// named with the words the pane shows, so the user knows where to go.
import { checklist, type ParseProblem } from '../../../../src/participation/index.ts';
import { nameQuestions, shortName } from './question-names.ts';

export interface OpenQuestion {
  questionId: string;
  /** The question as shown on screen, with what is wrong when it is answered but not right. */
  text: string;
}

const order = new Map(checklist.map((q, i) => [q.id as string, i]));

/** One entry per question, in checklist order; a wrong value before a missing one. */
export function openQuestions(problems: readonly ParseProblem[]): OpenQuestion[] {
  const byQuestion = new Map<string, ParseProblem>();
  for (const p of problems) {
    const id = p.path.split('.')[0] ?? '';
    const seen = byQuestion.get(id);
    if (!seen || (seen.code === 'PART.REQUIRED' && p.code !== 'PART.REQUIRED')) byQuestion.set(id, p);
  }
  return [...byQuestion.entries()]
    .filter(([id]) => order.has(id))
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([id, p]) => {
      const label = shortName(id);
      if (p.code === 'PART.REQUIRED') return { questionId: id, text: label };
      return { questionId: id, text: `${label}${/[?.!:]$/.test(label) ? '' : ':'} ${nameQuestions(p.message, id, true)}` };
    });
}
