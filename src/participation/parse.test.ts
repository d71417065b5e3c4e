import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_VERSION, migrateAnswers, parseAnswers } from './index.ts';

const exampleA = JSON.parse(readFileSync(new URL('../../examples/voorbeeld-a-speelruimte.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

function problems(input: unknown) {
  const r = parseAnswers(input);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('parseAnswers', () => {
  it('accepts the example answers', () => expect(parseAnswers(exampleA).ok).toBe(true));

  it.each([[null], [[]], ['tekst'], [42]])('rejects %j as a whole', (input) => {
    expect(problems(input).map((p) => p.code)).toEqual(['PART.ANSWERS_NOT_OBJECT']);
  });

  it('names unknown fields, also nested ones', () => {
    const p = problems({ ...exampleA, foo: 1, q15_terugkoppeling: { terugkoppeling: true, kanal: 'x' } });
    expect(p).toContainEqual(expect.objectContaining({ code: 'PART.UNKNOWN_FIELD', path: 'foo' }));
    expect(p).toContainEqual(expect.objectContaining({ code: 'PART.UNKNOWN_FIELD', path: 'q15_terugkoppeling.kanal' }));
    expect(p.find((x) => x.path === 'foo')!.message).toContain('"foo"');
  });

  it('names each missing required answer with its question', () => {
    const { q2_onderwerp: _q2, q8_betrokkenen: _q8, ...rest } = exampleA;
    const p = problems(rest);
    expect(p.map((x) => [x.code, x.path])).toEqual([
      ['PART.REQUIRED', 'q2_onderwerp'],
      ['PART.REQUIRED', 'q8_betrokkenen'],
    ]);
    expect(p[0]!.message).toBe('Vraag 2 ("Waar gaat het stuk over?") is niet beantwoord. Vul het antwoord in bij "q2_onderwerp".');
  });

  it('requires conditional answers only when their question shows', () => {
    const base = { ...exampleA, q7_participatie: 'nee' };
    for (const k of ['q8_betrokkenen', 'q9_niveau', 'q9a_waarom', 'q10_methoden', 'q11_periode', 'q12_aantal', 'q13_inbreng', 'q14_watMetInbreng', 'q15_terugkoppeling']) {
      delete (base as Record<string, unknown>)[k];
    }
    expect(problems(base).map((x) => x.path)).toEqual(['q7a_redenen', 'q7b_toelichting']);
    expect(parseAnswers({ ...base, q7a_redenen: ['spoed'], q7b_toelichting: 'Er was een storm.' }).ok).toBe(true);
  });

  it('keeps answers to hidden questions but does not require them', () => {
    const r = parseAnswers({ ...exampleA, q7a_redenen: ['spoed'] });
    expect(r.ok).toBe(true);
  });

  it.each([
    [{ q1_soortStuk: 'brief' }, 'q1_soortStuk', /Kies uit: "collegevoorstel"/],
    [{ q6_prioriteit: { speerpunt: 4, impact: 0, omvang: 0, afbreukrisico: 0 } }, 'q6_prioriteit.speerpunt', /klopt niet/],
    [{ q11_periode: { van: '2025-02-30' } }, 'q11_periode.van', /2025-03-12/],
    [{ q11_periode: { van: '2026-06-20', tot: '2026-05-01' } }, 'q11_periode.tot', /^De einddatum ligt vóór de begindatum\./],
    [{ q11_periode: {} }, 'q11_periode', /klopt niet/],
    [{ q12_aantal: -5 }, 'q12_aantal', /te laag\. Vul een heel getal in van 0 of meer/],
    [{ q12_aantal: 2.5 }, 'q12_aantal', /geen heel getal/],
    [{ q16_mandaat: { vastgelegd: true, budget: -100 } }, 'q16_mandaat.budget', /Het budget bij vraag 16 is lager dan nul/],
    [{ q10_methoden: [{ methode: 'werksessie', aantal: -2 }] }, 'q10_methoden.0.aantal', /te laag\. Vul een heel getal in van 1 of meer/],
    [{ q10_methoden: [{ methode: 'werksessie', aantal: 0 }] }, 'q10_methoden.0.aantal', /te laag/],
    [{ q2_onderwerp: '   ' }, 'q2_onderwerp', /klopt niet|niet beantwoord/],
    [{ q8_betrokkenen: [{ groep: 'anders' }] }, 'q8_betrokkenen.0.omschrijving', /anders/],
  ])('explains a wrong value: %j', (patch, path, message) => {
    const p = problems({ ...exampleA, ...patch });
    const hit = p.find((x) => x.path === path);
    expect(hit, JSON.stringify(p)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it('refuses more outcomes (q14) than points (q13)', () => {
    const p = problems({ ...exampleA, q13_inbreng: ['Eén punt.'] });
    expect(p.map((x) => x.code)).toEqual(['PART.INBRENG_MISMATCH']);
  });

  it('refuses answers from a newer checklist', () => {
    expect(problems({ ...exampleA, checklistVersion: CHECKLIST_VERSION + 1 }).map((x) => x.code)).toEqual(['PART.VERSION_TOO_NEW']);
  });
});

describe('migrateAnswers', () => {
  const v1 = {
    versie: 1,
    q1_soortStuk: 'raadsvoorstel',
    q2_onderwerp: 'het nieuwe speelruimtebeleid',
    q3_beleidsfase: 'voorbereiding',
    q4_omgevingswet: 'geen',
    q5_beleidsruimte: 'ruim',
    q6a_speerpunt: 2,
    q6b_impact: 3,
    q6c_omvang: 2,
    q6d_afbreukrisico: 1,
    q7_participatie: 'ja-afgerond',
    q8_betrokkenen: ['inwoners', 'anders'],
    q8_anders: 'ouders',
    q9_niveau: 'adviseren',
    q10_methoden: [{ methode: 'enquete' }],
    q11_periode: { van: '2025-02-05', tot: '2025-03-20' },
  };

  it('lifts version 1 answers to the current shape', () => {
    expect(migrateAnswers(v1)).toEqual({
      checklistVersion: 2,
      q1_soortStuk: 'raadsvoorstel',
      q2_onderwerp: 'het nieuwe speelruimtebeleid',
      q3_beleidsfase: 'voorbereiding',
      q4_omgevingswet: 'geen',
      q5_beleidsruimte: 'ruim',
      q6_prioriteit: { speerpunt: 2, impact: 3, omvang: 2, afbreukrisico: 1 },
      q7_participatie: 'afgerond',
      q8_betrokkenen: [{ groep: 'inwoners' }, { groep: 'anders', omschrijving: 'ouders' }],
      q9_niveau: 'adviseren',
      q10_methoden: [{ methode: 'enquete' }],
      q11_periode: { van: '2025-02-05', tot: '2025-03-20' },
    });
  });

  it('treats answers without a version as version 1, and parseAnswers migrates', () => {
    const { versie: _v, ...noVersion } = v1;
    const r = parseAnswers({ ...noVersion, q7_participatie: 'ja-gepland' });
    expect(r.ok && r.answers.q7_participatie).toBe('gepland');
  });

  it('leaves current answers and non-objects alone', () => {
    expect(migrateAnswers(exampleA)).toBe(exampleA);
    expect(migrateAnswers('x')).toBe('x');
  });
});

describe('parseAnswers on junk', () => {
  const junk = [null, '', 'abc', 42, true, [], [null], {}, { van: '2025-13-45' }, Number.NaN, '2025-02-30'];

  it('never throws, and every problem message is complete', () => {
    for (const key of Object.keys(exampleA)) {
      for (const value of junk) {
        const r = parseAnswers({ ...exampleA, [key]: value });
        if (!r.ok) for (const p of r.problems) expect(p.message, `${key}=${JSON.stringify(value)}`).not.toMatch(/\{\w+\}|undefined/);
      }
    }
  });

  it('rejects values of the wrong type for the base questions', () => {
    for (const key of ['q1_soortStuk', 'q3_beleidsfase', 'q4_omgevingswet', 'q5_beleidsruimte', 'q6_prioriteit', 'q7_participatie']) {
      for (const value of [null, 42, true, [], {}, 'abc']) {
        expect(parseAnswers({ ...exampleA, [key]: value }).ok, `${key}=${JSON.stringify(value)}`).toBe(false);
      }
    }
  });
});
