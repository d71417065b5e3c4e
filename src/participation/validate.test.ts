import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultProfile, parseProfile, validateAnswers } from './index.ts';
import type { Answers } from './index.ts';
import { FINDING_CODES } from './validate.ts';

function example(name: string): Answers {
  return JSON.parse(readFileSync(new URL(`../../examples/voorbeeld-${name}.json`, import.meta.url), 'utf8')) as Answers;
}
const A = example('a-speelruimte');
const B = example('b-leges');
const C = example('c-bopa');
const D = example('d-dorpsplein');
const today = '2025-06-01';

function codes(a: Partial<Answers>, opts = {}) {
  return validateAnswers(a, { today, ...opts }).map((f) => `${f.severity}:${f.code}@${f.questionId}`);
}

describe('validateAnswers', () => {
  it('finds nothing in the complete examples A, B and D', () => {
    expect(codes(A)).toEqual([]);
    expect(codes(B)).toEqual([]);
    expect(codes(D)).toEqual([]);
  });

  it('works on unfinished answers', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ q7_participatie: 'nee' })).toEqual([
      'error:PART.NO_REASON@q7a_redenen',
      'error:PART.NO_EXPLANATION@q7b_toelichting',
      'hint:PART.NO_INFORM@q7c_informeren',
    ]);
  });

  it.each([
    ['geen participatie zonder reden', { ...B, q7a_redenen: undefined }, 'error:PART.NO_REASON@q7a_redenen'],
    ['geen participatie zonder toelichting', { ...B, q7b_toelichting: undefined }, 'error:PART.NO_EXPLANATION@q7b_toelichting'],
    ['omgevingsplan zonder reden (motiveringsplicht)', { ...B, q4_omgevingswet: 'omgevingsplan', q7a_redenen: undefined }, 'error:PART.OW_NO_MOTIVATION@q7a_redenen'],
    ['Bopa op de lijst zonder verslag', { ...C, q4b_verslag: 'nee' }, 'error:PART.BOPA_NO_VERSLAG@q4b_verslag'],
    ['Bopa op de lijst, verslag onbeantwoord', { ...C, q4b_verslag: undefined }, 'error:PART.BOPA_NO_VERSLAG@q4b_verslag'],
    ['vergunning zonder initiatiefnemer', { ...C, q4_omgevingswet: 'vergunning', q4b_initiatiefnemer: undefined }, 'warning:PART.VERGUNNING_NO_INITIATIEFNEMER@q4b_initiatiefnemer'],
    ['vergunning zonder antwoord over het verslag', { ...C, q4_omgevingswet: 'vergunning', q4b_verslag: undefined }, 'warning:PART.VERGUNNING_NO_VERSLAG_ANSWER@q4b_verslag'],
    ['Bopa: lijst onbekend', { ...C, q4a_bopaOpLijst: 'onbekend' }, 'hint:PART.BOPA_LIST_UNKNOWN@q4a_bopaOpLijst'],
    ['coproduceren zonder mandaat', { ...D, q16_mandaat: undefined }, 'warning:PART.NO_MANDATE@q16_mandaat'],
    ['coproduceren met mandaat maar zonder wie beslist', { ...D, q16_mandaat: { vastgelegd: true, budget: 1000 } }, 'warning:PART.NO_MANDATE@q16_mandaat'],
    ['niveau hoger dan de beleidsruimte toelaat', { ...A, q5_beleidsruimte: 'geen' }, 'warning:PART.LEVEL_TOO_HIGH@q9_niveau'],
    ['niveau 2 treden onder het advies zonder waarom', { ...A, q9_niveau: 'informeren', q9a_waarom: undefined }, 'warning:PART.LEVEL_FAR_BELOW@q9a_waarom'],
    ['niveau 1 trede anders zonder waarom', { ...A, q9_niveau: 'raadplegen', q9a_waarom: undefined }, 'warning:PART.LEVEL_NO_WHY@q9a_waarom'],
    ['afgerond zonder q14', { ...A, q14_watMetInbreng: undefined }, 'warning:PART.NO_WHAT_DONE@q14_watMetInbreng'],
    ['afgerond met q14 korter dan q13', { ...A, q14_watMetInbreng: [{ uitkomst: 'overgenomen' }] }, 'warning:PART.NO_WHAT_DONE@q14_watMetInbreng'],
    ['afgerond zonder terugkoppeling', { ...A, q15_terugkoppeling: undefined }, 'warning:PART.NO_FEEDBACK@q15_terugkoppeling'],
    ['afgerond, terugkoppeling nee', { ...A, q15_terugkoppeling: { terugkoppeling: false } }, 'warning:PART.NO_FEEDBACK@q15_terugkoppeling'],
    ['deels overgenomen zonder uitleg', { ...A, q14_watMetInbreng: [{ uitkomst: 'overgenomen' }, { uitkomst: 'deels' }] }, 'warning:PART.INBRENG_NO_REASON@q14_watMetInbreng'],
    ['afgerond met een datum in de toekomst', { ...A, q11_periode: { van: '2025-05-01', tot: '2025-07-01' } }, 'error:PART.FUTURE_DATE_DONE@q11_periode'],
    ['afgerond met een maand in de toekomst', { ...A, q11_periode: { van: '2025-07' } }, 'error:PART.FUTURE_DATE_DONE@q11_periode'],
    ['hoge score zonder participatieadviseur', { ...A, q18_afstemming: undefined }, 'hint:PART.NO_ADVISEUR@q18_afstemming'],
    ['lange zin in vrije tekst', { ...A, q9a_waarom: `${'zij weten heel goed '.repeat(7)}wat nodig is` }, 'hint:PART.B1_LONG_SENTENCE@q9a_waarom'],
    ['ambtelijk woord in vrije tekst', { ...A, q13_inbreng: ['Men vroeg middels de enquête om tieners.', 'Molenhof.'] }, 'hint:PART.B1_OFFICIALESE@q13_inbreng'],
    ['geen kanaal om te informeren', { ...B, q7c_informeren: undefined }, 'hint:PART.NO_INFORM@q7c_informeren'],
  ] as [string, Partial<Answers>, string][])('%s', (_name, answers, expected) => {
    expect(codes(answers)).toContain(expected);
  });

  it('does not complain about a planned future date, nor about the level when the reason is given', () => {
    expect(codes({ ...D, q11_periode: { van: '2030-01' } })).toEqual([]);
    expect(codes({ ...A, q9_niveau: 'informeren' })).not.toContain('warning:PART.LEVEL_FAR_BELOW@q9a_waarom');
  });

  it('ignores answers to hidden questions', () => {
    expect(codes({ ...A, q7a_redenen: [], q16_mandaat: { vastgelegd: false } })).toEqual([]);
  });

  it('uses the profile: every Bopa mandatory, and the adviser by name', () => {
    const profile = parseProfile({ bopa: { alleBopa: true, lijst: [] }, participatieadviseur: { naam: 'Remco van Dooren' } });
    expect(codes({ ...C, q4a_bopaOpLijst: 'onbekend', q4b_verslag: 'nee' }, { profile })).toContain('error:PART.BOPA_NO_VERSLAG@q4b_verslag');
    const f = validateAnswers({ ...A, q18_afstemming: undefined }, { today, profile }).find((x) => x.code === 'PART.NO_ADVISEUR');
    expect(f!.message).toBe('Dit onderwerp scoort 8 van de 12 punten. Overleg met Remco van Dooren en vul vraag 18 in.');
  });

  it('names the Bopa list from the profile when the answer is unknown', () => {
    const profile = parseProfile({ bopa: { alleBopa: false, lijst: ['meer dan 12 woningen', 'windturbines'] } });
    const f = validateAnswers({ ...C, q4a_bopaOpLijst: 'onbekend' }, { today, profile }).find((x) => x.code === 'PART.BOPA_LIST_UNKNOWN');
    expect(f!.message).toContain('Op de lijst staan: meer dan 12 woningen; windturbines.');
  });

  it('writes dates out in the message and says what to do', () => {
    const f = validateAnswers({ ...A, q11_periode: { data: ['2025-09-12'] } }, { today }).find((x) => x.code === 'PART.FUTURE_DATE_DONE');
    expect(f!.message).toContain('12 september 2025 ligt in de toekomst');
  });

  it('knows a severity for every code it can produce', () => {
    expect(Object.keys(FINDING_CODES).length).toBeGreaterThanOrEqual(19);
    expect(defaultProfile.participatieadviseur.naam).toBe('de participatieadviseur');
  });
});

describe('validateAnswers while the user is still typing', () => {
  const junk = [undefined, null, '', 'abc', 42, -1, true, [], [null], ['x'], {}, { van: '2025-13-45' }, [{ uitkomst: 'deels' }], { data: 'x' }];
  const keys = ['q4_omgevingswet', 'q4a_bopaOpLijst', 'q4b_initiatiefnemer', 'q4b_verslag', 'q5_beleidsruimte', 'q6_prioriteit', 'q7_participatie', 'q7a_redenen', 'q7b_toelichting', 'q7c_informeren', 'q9_niveau', 'q9a_waarom', 'q11_periode', 'q13_inbreng', 'q14_watMetInbreng', 'q15_terugkoppeling', 'q16_mandaat', 'q17_vervolg', 'q18_afstemming'];

  it('never throws on half-filled or wrongly typed values', () => {
    for (const base of [A, B, C, D]) {
      for (const key of keys) {
        for (const value of junk) {
          const answers = { ...base, [key]: value } as unknown as Partial<Answers>;
          expect(() => validateAnswers(answers, { today }), `${key}=${JSON.stringify(value)}`).not.toThrow();
        }
      }
    }
  });
});
