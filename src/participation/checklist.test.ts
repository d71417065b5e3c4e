import { describe, expect, it } from 'vitest';
import { CHECKLIST_VERSION, answersSchema, checkB1, checklist, checklistSteps, visibleQuestions } from './index.ts';
import type { Answers } from './index.ts';

const ids = (a: Partial<Answers>) => visibleQuestions(a).map((q) => q.id);

describe('checklist', () => {
  it('has every answer field as a question, in one step each', () => {
    const fields = Object.keys(answersSchema.shape).filter((k) => k !== 'checklistVersion');
    expect(checklist.map((q) => q.id).sort()).toEqual(fields.sort());
    expect(checklistSteps.flatMap((s) => s.questionIds).sort()).toEqual(fields.sort());
    expect(CHECKLIST_VERSION).toBe(2);
  });

  it('writes labels and help in short Dutch (B1)', () => {
    for (const q of checklist) {
      expect(q.label.length).toBeGreaterThan(5);
      expect(checkB1(`${q.label} ${q.help}`).filter((h) => h.kind !== 'passive')).toEqual([]);
      for (const o of q.options ?? []) expect(o.label.length).toBeGreaterThan(0);
    }
  });

  it('shows the base questions when nothing is answered', () => {
    expect(ids({})).toEqual([
      'q1_soortStuk',
      'q2_onderwerp',
      'q3_beleidsfase',
      'q4_omgevingswet',
      'q5_beleidsruimte',
      'q6_prioriteit',
      'q7_participatie',
      'q17_vervolg',
      'q18_afstemming',
    ]);
  });

  it.each([
    [{ q4_omgevingswet: 'bopa' }, ['q4a_bopaOpLijst', 'q4b_initiatiefnemer', 'q4b_verslag'], ['q4c_oordeel']],
    [{ q4_omgevingswet: 'vergunning' }, ['q4b_initiatiefnemer'], ['q4a_bopaOpLijst']],
    [{ q4_omgevingswet: 'vergunning', q7_participatie: 'afgerond' }, ['q4c_oordeel'], []],
    [{ q7_participatie: 'nee' }, ['q7a_redenen', 'q7b_toelichting', 'q7c_informeren'], ['q8_betrokkenen', 'q15_terugkoppeling']],
    [{ q7_participatie: 'gepland' }, ['q8_betrokkenen', 'q9_niveau', 'q10_methoden', 'q11_periode', 'q15_terugkoppeling'], ['q12_aantal', 'q13_inbreng', 'q14_watMetInbreng', 'q7a_redenen']],
    [{ q7_participatie: 'afgerond' }, ['q12_aantal', 'q13_inbreng', 'q14_watMetInbreng'], ['q16_mandaat']],
    [{ q7_participatie: 'afgerond', q9_niveau: 'coproduceren' }, ['q16_mandaat'], []],
    [{ q7_participatie: 'nee', q9_niveau: 'meebeslissen' }, [], ['q16_mandaat', 'q9_niveau']],
  ] as [Partial<Answers>, string[], string[]][])('for %j', (answers, shown, hidden) => {
    const visible = ids(answers);
    for (const id of shown) expect(visible).toContain(id);
    for (const id of hidden) expect(visible).not.toContain(id);
  });
});
