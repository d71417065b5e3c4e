// The pane's own logic outside the browser: how messages name questions, and what the insights
// generate with the pane's clock.
import { describe, expect, it } from 'vitest';
import { checklist, generateParagraph, renderParagraphText } from '../../src/participation/index.ts';
import { participationErrors } from '../../src/text/errors-participation.ts';
import { openQuestions } from '../../addin/src/features/checklist/open-questions.ts';
import { nameQuestions, questionsIn, shortName } from '../../addin/src/features/checklist/question-names.ts';
import { computeInsights } from '../../addin/src/features/insights/compute-insights.ts';
import { exampleAnswers } from './support.ts';

describe('questions named in words, not numbers', () => {
  it('names every question by the words the pane shows, each name its own', () => {
    const names = checklist.map((q) => shortName(q.id));
    expect(names).toEqual(checklist.map((q) => q.label));
    expect(new Set(names).size).toBe(names.length);
  });

  it('no check message keeps a question number once named for the pane', () => {
    const withNumbers = Object.values(participationErrors).filter((m) => /\bvraag \d/i.test(m));
    expect(withNumbers.length).toBeGreaterThan(5);
    for (const m of withNumbers) expect(nameQuestions(m)).not.toMatch(/\bvraag \d/i);
  });

  it('names the question by its short title and links to each question it names', () => {
    const m = 'Je schreef nog niet wat je met de inbreng hebt gedaan. Schrijf bij vraag 13 wat mensen zeiden en bij vraag 14 wat je met elk punt deed.';
    expect(nameQuestions(m, 'q14_watMetInbreng')).toBe(
      'Je schreef nog niet wat je met de inbreng hebt gedaan. Schrijf bij de vraag ‘Wat zeiden de deelnemers?’ wat mensen zeiden en bij de vraag ‘Wat heb je met elk punt gedaan?’ wat je met elk punt deed.',
    );
    expect(questionsIn(m, 'q14_watMetInbreng')).toEqual(['q14_watMetInbreng', 'q13_inbreng']);
    expect(nameQuestions('Vraag 7 is leeg.')).toBe('De vraag ‘Is er participatie?’ is leeg.');
  });

  it('two questions on one number: the one the message is about', () => {
    expect(nameQuestions('Vul bij vraag 4b in of er een participatieverslag bij de aanvraag zit.', 'q4b_verslag')).toContain(shortName('q4b_verslag'));
    expect(nameQuestions('Vul bij vraag 4b in wie de initiatiefnemer is.', 'q4b_initiatiefnemer')).toContain('‘Wie is de initiatiefnemer?’');
  });
});

describe('insights use the pane clock', () => {
  it('a terugkoppeling date after today is written in the future tense, as the generator does with today', () => {
    const answers = { ...exampleAnswers, q15_terugkoppeling: { terugkoppeling: true, kanaal: 'nieuwsbrief' as const, datum: '2026-12-15' } };
    const insights = computeInsights(answers, null, '2026-12-02');
    const expected = renderParagraphText(generateParagraph(answers, undefined, { today: '2026-12-02' }));
    const past = renderParagraphText(generateParagraph(answers));
    expect(expected).not.toBe(past);
    expect(insights.paragraphText).toBe(expected);
  });
});

describe('what still blocks "Invoegen in document"', () => {
  it('names every open or wrong question by its words on screen, in checklist order', () => {
    const { q2_onderwerp: _onderwerp, ...rest } = exampleAnswers;
    const insights = computeInsights({ ...rest, q12_aantal: -5, q11_periode: { van: '2026-06-20', tot: '2026-05-01' } }, null, '2025-06-01');
    expect(insights.answers).toBeNull();
    expect(insights.paragraphText).toBeNull();
    const open = openQuestions(insights.problems);
    expect(open.map((o) => o.questionId)).toEqual(['q2_onderwerp', 'q11_periode', 'q12_aantal']);
    expect(open[0]!.text).toBe('Waar gaat het stuk over?');
    expect(open[1]!.text).toBe('Wanneer was of is dat? De einddatum ligt vóór de begindatum. Pas bij deze vraag de begindatum of de einddatum aan.');
    expect(open[2]!.text).toMatch(/^Hoeveel mensen deden mee\? Het aantal bij deze vraag is te laag\. Vul een heel getal in van 0 of meer\.$/);
    for (const o of open) expect(o.text).not.toMatch(/\bvraag \d|q\d+_/);
  });

  it('a wrong value at a question hidden again does not block the paragraph', () => {
    const { q12_aantal: _aantal, q13_inbreng: _inbreng, q14_watMetInbreng: _wat, ...rest } = exampleAnswers;
    const insights = computeInsights({ ...rest, q7_participatie: 'gepland', q12_aantal: -5 }, null, '2025-06-01');
    expect(insights.problems).toEqual([]);
    expect(insights.answers).not.toBeNull();
    expect(insights.paragraphText).not.toMatch(/niemand|deden mee/);
  });

  it('a wrong count of sessions is named at its question, not dropped', () => {
    const insights = computeInsights({ ...exampleAnswers, q10_methoden: [{ methode: 'werksessie', aantal: -2 }] }, null, '2025-06-01');
    expect(openQuestions(insights.problems)).toEqual([
      { questionId: 'q10_methoden', text: 'Hoe betrek je hen? Het aantal bij deze vraag is te laag. Vul een heel getal in van 1 of meer.' },
    ]);
  });
});
