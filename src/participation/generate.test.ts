import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateParagraph, parseAnswers, renderParagraphHtml, renderParagraphText, validateAnswers } from './index.ts';
import type { Answers } from './index.ts';
import { formatDatesNl } from './generate.ts';

function example(name: string): Answers {
  const parsed = parseAnswers(JSON.parse(readFileSync(new URL(`../../examples/voorbeeld-${name}.json`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.answers;
}

const text = (name: string) => renderParagraphText(generateParagraph(example(name)));

// Golden tests for the worked examples A–D of PARTICIPATION.md §4. Each `facts` entry is a
// sentence or part of the example that must appear word for word; `full` pins our exact wording.
describe('worked example A (raadsvoorstel, adviseren)', () => {
  const out = text('a-speelruimte');
  it.each([
    'We hebben inwoners, ouders en de wijkraden betrokken bij het nieuwe speelruimtebeleid.',
    'Zij konden advies geven (adviseren), omdat zij goed weten wat er in hun buurt nodig is.',
    'Van 5 februari tot 20 maart 2025 hielden we een online enquête en 3 werksessies.',
    '412 mensen deden mee.',
    'Veel mensen vroegen om meer plekken voor tieners. Dit hebben we overgenomen.',
    'De speeltuin aan de Molenhof blijft voorlopig; we kijken in 2026 opnieuw.',
    'Op 15 april 2025 lieten we de deelnemers via een nieuwsbrief weten wat we met hun advies doen.',
  ])('contains "%s"', (fact) => expect(out).toContain(fact));
  it('says the Molenhof point was partly taken over', () => expect(out).toMatch(/Molenhof[^\n]*deels overgenomen/));
  it('has exactly this wording', () =>
    expect(out).toBe(
      [
        'We hebben inwoners, ouders en de wijkraden betrokken bij het nieuwe speelruimtebeleid.',
        'Zij konden advies geven (adviseren), omdat zij goed weten wat er in hun buurt nodig is.',
        'Van 5 februari tot 20 maart 2025 hielden we een online enquête en 3 werksessies. 412 mensen deden mee.',
        'Veel mensen vroegen om meer plekken voor tieners. Dit hebben we overgenomen. Omwonenden wilden de speeltuin aan de Molenhof houden. Dit hebben we deels overgenomen. De speeltuin aan de Molenhof blijft voorlopig; we kijken in 2026 opnieuw.',
        'Op 15 april 2025 lieten we de deelnemers via een nieuwsbrief weten wat we met hun advies doen.',
      ].join('\n'),
    ));
});

describe('worked example B (collegevoorstel, geen participatie)', () => {
  const out = text('b-leges');
  it.each([
    'geen participatie gedaan.',
    'Het gaat om een aanpassing die de wet verplicht.',
    'Het college heeft hierin geen ruimte om iets anders te kiezen.',
    'We informeren inwoners via de website en de gemeentepagina.',
    'De leges volgen een nieuw landelijk tarief.',
  ])('contains "%s"', (fact) => expect(out).toContain(fact));
  it('is one block that replaces wie/niveau/wat', () => {
    expect(generateParagraph(example('b-leges')).blocks.map((b) => b.kind)).toEqual(['geenParticipatie']);
    expect(out).toBe(
      'Voor dit voorstel hebben we geen participatie gedaan. Het gaat om een aanpassing die de wet verplicht. Het college heeft hierin geen ruimte om iets anders te kiezen. De leges volgen een nieuw landelijk tarief. We informeren inwoners via de website en de gemeentepagina.',
    );
  });
  it('has no findings', () => expect(validateAnswers(example('b-leges'), { today: '2025-06-01' })).toEqual([]));
  it('says nothing about informing people when 7c is not answered', () => {
    const { q7c_informeren: _, ...rest } = example('b-leges');
    expect(renderParagraphText(generateParagraph(rest as Answers))).toBe(
      'Voor dit voorstel hebben we geen participatie gedaan. Het gaat om een aanpassing die de wet verplicht. Het college heeft hierin geen ruimte om iets anders te kiezen. De leges volgen een nieuw landelijk tarief.',
    );
  });
});

describe('worked example C (Omgevingswet, Bopa op de lijst)', () => {
  const out = text('c-bopa');
  it.each([
    'is participatie verplicht, omdat het op de lijst van de gemeenteraad staat.',
    'De initiatiefnemer, Bouwbedrijf X, heeft omwonenden',
    '20 woningen',
    '2 avonden',
    'op 3 en 17 juni 2025',
    'Omwonenden maakten zich zorgen over parkeren.',
    'De initiatiefnemer heeft daarom 8 extra parkeerplaatsen in het plan opgenomen.',
    'Het participatieverslag zit bij de aanvraag.',
    'Wij vinden dat de participatie voldoende is geweest.',
    'Belanghebbenden kunnen daarna nog reageren via de formele procedure.',
  ])('contains "%s"', (fact) => expect(out.replace('Op 3 en 17', 'op 3 en 17')).toContain(fact));
  it('names the level without a reason, because 9a is empty (it used to invent one from the scores)', () => {
    expect(out).toContain('Zij konden hun mening geven (raadplegen).');
    expect(out).not.toMatch(/ruimte is voor inbreng/);
  });
  it('starts with the mandatory-participation sentence and ends with the formal procedure', () => {
    const kinds = generateParagraph(example('c-bopa')).blocks.map((b) => b.kind);
    expect(kinds[0]).toBe('omgevingswet');
    expect(kinds.slice(-2)).toEqual(['verslag', 'vervolg']);
  });
});

describe('worked example D (raadsvoorstel, coproduceren, gepland)', () => {
  const out = text('d-dorpsplein');
  it.each([
    'het kernoverleg en de ondernemers',
    'het nieuwe dorpsplein',
    '(coproduceren)',
    'De raad geeft vooraf de kaders mee: een budget van € 250.000 en de verkeersveiligheid.',
    'Binnen die kaders volgt het college het gezamenlijke ontwerp.',
    'Vanaf september 2025',
    'werkgroep',
    '4 bijeenkomsten',
    'Na elke bijeenkomst',
    'een kort verslag',
    'alle inwoners',
    'Het ontwerp komt in het voorjaar van 2026 naar de raad.',
  ])('contains "%s"', (fact) => expect(out).toContain(fact));
  it('names the level without a reason, because 9a is empty (it used to invent one from the scores)', () => {
    expect(out).toContain('Zij maken samen met ons het plan (coproduceren).');
  });
  it('speaks about the future', () => {
    expect(out).toContain('We gaan het kernoverleg en de ondernemers betrekken');
    expect(out).not.toMatch(/\bhielden we\b|\blieten we\b/);
  });
});

describe('a moment typed in the user\'s own words', () => {
  const opening = (omschrijving: string) =>
    renderParagraphText(generateParagraph({ ...example('a-speelruimte'), q11_periode: { omschrijving } }, undefined, { today: '2026-12-02' }))
      .split('\n')
      .find((l) => l.includes('werksessies'));
  it.each([
    ['3 en 17 juni 2026', 'Op 3 en 17 juni 2026 hielden we'],
    ['juni 2026', 'In juni 2026 hielden we'],
    ['2026', 'In 2026 hielden we'],
    ['in het najaar van 2026.', 'In het najaar van 2026 hielden we'],
  ])('%s opens the sentence as "%s"', (typed, start) => expect(opening(typed)).toMatch(new RegExp(`^${start}`)));
});

describe('rendering', () => {
  it('joins blocks with a newline in text and one <p> per block in html', () => {
    const p = { blocks: [{ kind: 'wie' as const, sentences: ['A & B.', 'C.'] }, { kind: 'niveau' as const, sentences: ['<b>x</b>'] }] };
    expect(renderParagraphText(p)).toBe('A & B. C.\n<b>x</b>');
    expect(renderParagraphHtml(p)).toBe('<p>A &amp; B. C.</p>\n<p>&lt;b&gt;x&lt;/b&gt;</p>');
  });
});

describe('formatDatesNl', () => {
  it.each([
    [['2025-06-17', '2025-06-03'], '3 en 17 juni 2025'],
    [['2025-06-03', '2025-07-01'], '3 juni en 1 juli 2025'],
    [['2024-12-30', '2025-01-02'], '30 december 2024 en 2 januari 2025'],
    [['2025-06-03', '2025-06-03'], '3 juni 2025'],
  ])('%j → %s', (dates, expected) => expect(formatDatesNl(dates)).toBe(expected));
});
