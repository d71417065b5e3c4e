// A sentence appears only when the answer behind it exists. Over many seeded answer sets with
// optional answers removed at random, checked twice: by the generator's own account of where each
// sentence comes from, and from the outside, by the words each answer brings into the text.
import { describe, expect, it } from 'vitest';
import { paragraphText as T } from '../text/ui-participation.ts';
import type { Answers, QuestionId } from './answers.ts';
import { visibleAnswer } from './checklist.ts';
import { generateParagraph, traceParagraph } from './generate.ts';
import type { AnswerPath } from './generate.ts';
import { renderParagraphText } from './render.ts';
import { arbitraryAnswers, seededRandom } from './testing/arbitrary.ts';
import type { Paragraph } from './types.ts';

/** Answered in every file: the checklist asks them of everyone. */
const ALWAYS: ReadonlySet<string> = new Set([
  'checklistVersion',
  'q1_soortStuk',
  'q2_onderwerp',
  'q3_beleidsfase',
  'q4_omgevingswet',
  'q5_beleidsruimte',
  'q6_prioriteit',
  'q7_participatie',
]);

/** Parts of composite answers the user may leave empty. */
const OPTIONAL_PARTS: Partial<Record<QuestionId, readonly string[]>> = {
  q15_terugkoppeling: ['kanaal', 'datum', 'moment', 'ontvangers'],
  q16_mandaat: ['budget', 'kaders', 'wieBeslist', 'uitkomst', 'beslissen'],
  q17_vervolg: ['datum', 'tekst', 'zienswijze'],
};

interface Thinned {
  answers: Answers;
  /** 'q12_aantal', 'q15_terugkoppeling.datum', … */
  removed: Set<string>;
}

function thin(seed: number): Thinned {
  const rnd = seededRandom(seed * 7919);
  const a = structuredClone(arbitraryAnswers(seed)) as Record<string, unknown>;
  const removed = new Set<string>();
  for (const key of Object.keys(a)) {
    if (ALWAYS.has(key)) continue;
    if (rnd() < 0.35) {
      delete a[key];
      removed.add(key);
      continue;
    }
    const parts = OPTIONAL_PARTS[key as QuestionId];
    const value = a[key] as Record<string, unknown>;
    for (const part of parts ?? []) {
      if (value[part] !== undefined && rnd() < 0.4) {
        delete value[part];
        removed.add(`${key}.${part}`);
      }
    }
    if (key === 'q14_watMetInbreng' && rnd() < 0.4) {
      for (const w of a[key] as { toelichting?: string }[]) delete w.toelichting;
      removed.add('q14_watMetInbreng.toelichting');
    }
  }
  return { answers: a as unknown as Answers, removed };
}

/** Whether the answer a path points at is there (and visible). */
function present(a: Answers, path: AnswerPath): boolean {
  const [q, ...rest] = path.split('.') as [QuestionId, ...string[]];
  let v: unknown = visibleAnswer(a, q);
  for (const key of rest) {
    if (v === undefined || v === null || typeof v !== 'object') return false;
    v = (v as Record<string, unknown>)[key];
  }
  return v !== undefined && !(Array.isArray(v) && v.length === 0);
}

const blockOf = (p: Paragraph, kind: string) => p.blocks.find((b) => b.kind === kind)?.sentences.join(' ');
const before = (template: string) => template.slice(0, template.indexOf('{'));

/** What must not be in the paragraph when this answer is missing, seen only from the outside. */
const ABSENT: Record<string, (p: Paragraph, text: string, a: Answers) => string | undefined> = {
  q7c_informeren: (_, text) => (text.includes(before(T.informeren)) ? 'a sentence about how people hear of the decision' : undefined),
  q4b_initiatiefnemer: (_, text) => (/de initiatiefnemer, /i.test(text) ? 'a name for the initiatiefnemer' : undefined),
  q4b_verslag: (_, text) => (/participatieverslag zit/.test(text) ? 'a sentence about the verslag' : undefined),
  q4c_oordeel: (_, text) => (/voldoende is geweest/.test(text) ? 'a judgement of the participation' : undefined),
  q8_betrokkenen: (p) => (blockOf(p, 'wie') ? 'a sentence about who took part' : undefined),
  q9_niveau: (p) => (blockOf(p, 'niveau') ? 'a level' : undefined),
  q9a_waarom: (p) => (/\bomdat\b/.test(blockOf(p, 'niveau') ?? '') ? 'a reason for the level' : undefined),
  q10_methoden: (p) => (/\b(hielden|houden|hield|houdt)\b/.test(blockOf(p, 'watWanneer') ?? '') ? 'activities' : undefined),
  q12_aantal: (_, text) => (/deden mee|deed mee|niemand mee/.test(text) ? 'a number of participants' : undefined),
  q13_inbreng: (p) => (blockOf(p, 'inbreng') ? 'points of input' : undefined),
  q14_watMetInbreng: (_, text) => (/overgenomen|nam dit punt/.test(text) ? 'what was done with the input' : undefined),
  q15_terugkoppeling: (p) => (blockOf(p, 'terugkoppeling') ? 'feedback' : undefined),
  'q15_terugkoppeling.datum': (p) => (/\b\d{4}\b/.test(blockOf(p, 'terugkoppeling') ?? '') ? 'a feedback date' : undefined),
  'q15_terugkoppeling.kanaal': (p, _, a) => (a.q15_terugkoppeling?.omschrijving === undefined && / via /.test(blockOf(p, 'terugkoppeling') ?? '') ? 'a feedback channel' : undefined),
  'q15_terugkoppeling.ontvangers': (p) => (/alle inwoners/.test(blockOf(p, 'terugkoppeling') ?? '') ? 'who hears back' : undefined),
  q16_mandaat: (p) => (blockOf(p, 'kaders') ? 'kaders' : undefined),
  'q16_mandaat.budget': (_, text) => (/€/.test(text) ? 'a budget' : undefined),
  'q16_mandaat.wieBeslist': (p) => (/volgt|volgde|besluit over/.test(blockOf(p, 'kaders') ?? '') ? 'who adopts the outcome' : undefined),
  q17_vervolg: (p) => (blockOf(p, 'vervolg') ? 'a next step' : undefined),
  'q17_vervolg.datum': (_, text) => (/volgende moment voor inbreng/.test(text) ? 'a next date' : undefined),
  'q17_vervolg.zienswijze': (_, text) => (text.includes(T.zienswijze) ? 'the formal procedure' : undefined),
};

const SEEDS = Array.from({ length: 800 }, (_, i) => i + 1);

describe('no sentence without the answer behind it', () => {
  it('every sentence names answers that are there', () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const { answers } = thin(seed);
      for (const b of traceParagraph(answers, undefined, { today: '2026-06-01' }).blocks) {
        for (const s of b.sentences) {
          checked++;
          for (const path of s.from) expect(present(answers, path), `seed ${seed}: "${s.text}" claims ${path}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('seen from the outside: a missing answer leaves no trace in the text', () => {
    const hits = new Map<string, number>();
    for (const seed of SEEDS) {
      const { answers, removed } = thin(seed);
      const p = generateParagraph(answers, undefined, { today: '2026-06-01' });
      const text = renderParagraphText(p);
      for (const key of removed) {
        const check = ABSENT[key];
        if (check === undefined) continue;
        hits.set(key, (hits.get(key) ?? 0) + 1);
        expect(check(p, text, answers), `seed ${seed}, without ${key}:\n${text}`).toBeUndefined();
      }
    }
    // Each check ran on enough cases to mean something.
    for (const key of ['q7c_informeren', 'q9a_waarom', 'q12_aantal', 'q14_watMetInbreng', 'q15_terugkoppeling', 'q16_mandaat', 'q17_vervolg', 'q4b_initiatiefnemer']) {
      expect(hits.get(key) ?? 0, key).toBeGreaterThan(10);
    }
  });

  it('the same answers with the optional ones present do bring those words in (so the checks above can fail)', () => {
    const shown = new Set<string>();
    for (const seed of SEEDS) {
      const a = arbitraryAnswers(seed);
      const p = generateParagraph(a, undefined, { today: '2026-06-01' });
      const text = renderParagraphText(p);
      for (const [key, check] of Object.entries(ABSENT)) if (present(a, key as AnswerPath) && check(p, text, a) !== undefined) shown.add(key);
    }
    expect([...shown].sort()).toEqual(Object.keys(ABSENT).sort());
  });
});

describe('the cases of issue 16', () => {
  const geen: Answers = {
    checklistVersion: 2,
    q1_soortStuk: 'collegevoorstel',
    q2_onderwerp: 'de nieuwe parkeertarieven',
    q3_beleidsfase: 'uitvoering',
    q4_omgevingswet: 'geen',
    q5_beleidsruimte: 'geen',
    q6_prioriteit: { speerpunt: 0, impact: 1, omvang: 0, afbreukrisico: 0 },
    q7_participatie: 'nee',
    q7a_redenen: ['begroting-tarieven'],
    q7b_toelichting: 'De tarieven stijgen met de inflatie.',
  };

  it('without 7c the paragraph does not say how people hear of the decision', () => {
    const text = renderParagraphText(generateParagraph(geen));
    expect(text).not.toMatch(/informeren|website/);
    expect(text).toContain('De tarieven stijgen met de inflatie.');
  });

  const informeren: Answers = {
    checklistVersion: 2,
    q1_soortStuk: 'raadsvoorstel',
    q2_onderwerp: 'de herinrichting van de Markt',
    q3_beleidsfase: 'voorbereiding',
    q4_omgevingswet: 'geen',
    q5_beleidsruimte: 'ruim',
    q6_prioriteit: { speerpunt: 3, impact: 3, omvang: 3, afbreukrisico: 2 },
    q7_participatie: 'afgerond',
    q8_betrokkenen: [{ groep: 'ondernemers' }],
    q9_niveau: 'informeren',
    q10_methoden: [{ methode: 'informatieavond' }],
    q11_periode: { van: '2026-03', tot: '2026-03' },
  };

  it('informeren on a subject that scores high gets no reason that argues against it, and the check asks for one', async () => {
    const text = renderParagraphText(generateParagraph(informeren));
    expect(text).toContain('We hielden hen op de hoogte (informeren).');
    expect(text).not.toMatch(/omdat|speerpunt/);
    const { validateAnswers } = await import('./validate.ts');
    expect(validateAnswers(informeren, { today: '2026-06-01' }).map((f) => `${f.code}@${f.questionId}`)).toContain('PART.LEVEL_FAR_BELOW@q9a_waarom');
  });

  it('the reason is the user\'s own when given', () => {
    const text = renderParagraphText(generateParagraph({ ...informeren, q9a_waarom: 'het ontwerp al vastligt na de eerdere ronde' }));
    expect(text).toContain('We hielden hen op de hoogte (informeren), omdat het ontwerp al vastligt na de eerdere ronde.');
  });

  it.each([
    [{ van: '2026-03', tot: '2026-03' }, 'In maart 2026 hielden we'],
    [{ van: '2026-03', tot: '2026-03-20' }, 'In maart 2026 hielden we'],
    [{ van: '2026-03', tot: '2026-05' }, 'Van maart tot mei 2026 hielden we'],
    [{ van: '2025-11', tot: '2026-02' }, 'Van november 2025 tot februari 2026 hielden we'],
    [{ van: '2026-03-04', tot: '2026-03-04' }, 'Op 4 maart 2026 hielden we'],
    [{ van: '2026-03-04', tot: '2026-03-18' }, 'Van 4 tot 18 maart 2026 hielden we'],
  ])('period %j → "%s"', (q11_periode, expected) => {
    expect(renderParagraphText(generateParagraph({ ...informeren, q11_periode }))).toContain(expected);
  });

  it('without a time the activity sentence still starts with its subject', () => {
    const { q11_periode: _, ...rest } = informeren;
    expect(renderParagraphText(generateParagraph(rest as Answers))).toContain('We hielden een informatieavond.');
  });

  it('feedback dated after today is written in the future tense, before it in the past', () => {
    const a: Answers = { ...informeren, q15_terugkoppeling: { terugkoppeling: true, kanaal: 'brief', datum: '2026-12-15' } };
    expect(renderParagraphText(generateParagraph(a, undefined, { today: '2026-12-02' }))).toContain(
      'Op 15 december 2026 laten we de deelnemers via een brief weten wat we met hun vragen doen.',
    );
    expect(renderParagraphText(generateParagraph(a, undefined, { today: '2026-12-20' }))).toContain(
      'Op 15 december 2026 lieten we de deelnemers via een brief weten wat we met hun vragen doen.',
    );
    // Planned participation with feedback already given: past tense too.
    const gepland: Answers = { ...a, q7_participatie: 'gepland', q15_terugkoppeling: { terugkoppeling: true, kanaal: 'brief', datum: '2026-01-15' } };
    expect(renderParagraphText(generateParagraph(gepland, undefined, { today: '2026-12-02' }))).toContain('Op 15 januari 2026 lieten we');
  });

  const permit: Answers = {
    checklistVersion: 2,
    q1_soortStuk: 'collegevoorstel',
    q2_onderwerp: 'de zonneweide langs de A2',
    q3_beleidsfase: 'uitvoering',
    q4_omgevingswet: 'vergunning',
    q4b_initiatiefnemer: 'Zonnepark Leenderheide BV',
    q4b_verslag: 'ja',
    q5_beleidsruimte: 'beperkt',
    q6_prioriteit: { speerpunt: 1, impact: 2, omvang: 1, afbreukrisico: 1 },
    q7_participatie: 'afgerond',
    q8_betrokkenen: [{ groep: 'omwonenden' }],
    q9_niveau: 'raadplegen',
    q10_methoden: [{ methode: 'inloopbijeenkomst' }],
    q11_periode: { data: ['2026-04-09'] },
    q13_inbreng: ['Omwonenden willen een haag rond het veld.'],
    q14_watMetInbreng: [{ uitkomst: 'overgenomen' }],
  };

  it.each([
    ['a permit with participation', permit],
    ['a Bopa on the list', { ...permit, q4_omgevingswet: 'bopa', q4a_bopaOpLijst: 'ja' } as Answers],
    ['a Bopa without participation', { ...permit, q4_omgevingswet: 'bopa', q4a_bopaOpLijst: 'nee', q7_participatie: 'nee', q7a_redenen: ['technische-wijziging'], q7b_toelichting: 'Het gaat om 2 extra panelen.' } as Answers],
    ['a permit without groups', { ...permit, q8_betrokkenen: undefined } as Answers],
  ])('%s names the initiatiefnemer once', (_, a) => {
    const text = renderParagraphText(generateParagraph(a));
    expect(text.split('Zonnepark Leenderheide BV').length - 1).toBe(1);
    expect(text).toMatch(/[Dd]e initiatiefnemer, Zonnepark Leenderheide BV, /);
    expect(text).not.toMatch(/\bwe (hielden|hebben)\b/i);
  });

  it('writes "beperkte" and no "ruime ruimte" anywhere in the checklist and the advice', async () => {
    const ui = await import('../text/ui-participation.ts');
    const all = JSON.stringify(ui);
    expect(all).not.toMatch(/beperkt ruimte|[Rr]uime ruimte/);
  });

  it('the check on 14 speaks of what was done with the input, not of feedback', async () => {
    const { validateAnswers } = await import('./validate.ts');
    const f = validateAnswers({ ...informeren, q13_inbreng: ['Meer bankjes.'] }, { today: '2026-06-01' }).find((x) => x.code === 'PART.NO_WHAT_DONE')!;
    expect(f.message).not.toMatch(/terugkoppeling/i);
    expect(f.message).toMatch(/wat je met de inbreng hebt gedaan/);
  });
});
