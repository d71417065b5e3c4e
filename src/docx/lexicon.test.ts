import { describe, expect, it } from 'vitest';
import { feedbackCue, labelOf, timeCue, whoCue } from './lexicon.ts';
import { readElements, readSectionText, unitsOf } from './classify.ts';

// Sentences are matched lower-cased with spaces around them, as classify.ts hands them over.
const n = (s: string): string => s.toLowerCase();

describe('timeCue: when the participation took place', () => {
  it.each([
    'in maart hebben we twee avonden gehouden',
    'we hebben in novmber een bijeenkomst gehouden',
    'buurtbewoners zijn op 3 okt. 2025 uitgenodigd',
    'in de periode januari-maart zijn gesprekken gevoerd',
    'in het voorjaar stemmen de bewoners',
    'vanaf 2027 beheert de stichting het park',
    'omwonenden krijgen twee weken voor de start een brief',
  ])('finds a time in "%s"', (s) => expect(timeCue(n(s))).toBeDefined());

  it.each(['er kwamen zes weken lang reacties binnen', 'zie het raadsvoorstel van 12 oktober 2025', 'de kalender voor 2027 is klaar'])(
    'finds none in "%s"',
    (s) => expect(timeCue(n(s))).toBeUndefined(),
  );
});

describe('whoCue: who took part, named', () => {
  it.each([
    ['de wmo-raad heeft positief geadviseerd', 'wmo-raad'],
    ['het platform gehandicaptenbeleid heeft het ontwerp getoetst', 'platform'],
    ['met de direct aanwonenden zijn gesprekken gevoerd', 'aanwonenden'],
  ])('"%s" names %s', (s, who) => expect(whoCue(n(s))?.phrase).toBe(who));

  it.each(['er kwamen 38 mensen', 'de indieners krijgen een brief', 'er zijn bijeenkomsten geweest met belanghebbenden', 'de gemeenteraad besluit in mei'])(
    '"%s" names no one',
    (s) => expect(whoCue(n(s))).toBeUndefined(),
  );
});

describe('feedbackCue: telling the participants the outcome, in any tense and voice', () => {
  it.each([
    'de wijkraad is hierover geïnformeerd.',
    'de indieners van de petitie hebben een brief gekregen met dit besluit.',
    'bewoners lezen dat in de buurtkrant van augustus.',
    'de dorpsraad zet een samenvatting van de avond en ons antwoord in het dorpsblad.',
    'we sturen alle gesprekspartners het vastgestelde plan toe met een bedankbrief.',
    'de uitslag is bekendgemaakt op het platform en in de buurtkrant.',
  ])('counts "%s"', (s) => expect(feedbackCue(n(s))).toBeDefined());

  it.each([
    'het ontwerpteam presenteert het ontwerp op 8 mei zelf aan de buurt.',
    'bij een omgevingsvisie moeten we uitleggen hoe we mensen betrekken en wat we met hun inbreng doen.',
    'via een stemming kozen inwoners welke drie buurtinitiatieven geld krijgen.',
    'alle leden van het panel kregen een mail met een uitnodiging voor de enquête.',
  ])('does not count "%s"', (s) => expect(feedbackCue(n(s))).toBeUndefined());

  it('counts handing over the plan only after the text said what was done with the input', () => {
    expect(feedbackCue('daar is het plan toegelicht aan de omwonenden.', true, false)).toBeUndefined();
    expect(feedbackCue('daar is het plan toegelicht aan de omwonenden.', true, true)).toBeDefined();
  });
});

describe('labels and tables: sections written as a form', () => {
  it('reads "Label:" lines, sub-headings and first table cells as the element they name', () => {
    expect(labelOf('terugkoppeling')).toBe('terugkoppeling');
    expect(labelOf('wat met de inbreng:')).toBe('watMetInbreng');
    expect(labelOf('wanneer')).toBe('wanneer');
    const units = unitsOf('Terugkoppeling\nDe raden krijgen een schriftelijke reactie.\nWie\tDe wijkraad Keent\nWanneer: maart 2026');
    expect(units.map((u) => u.label)).toEqual(['terugkoppeling', 'wie', 'wanneer']);
  });

  it('counts a labelled element only when something is filled in', () => {
    expect(readElements('We hielden een enquête.\nTerugkoppeling: volgt na het besluit per brief.').elements.terugkoppeling).toBe(true);
    expect(readElements('We hielden een enquête.\nTerugkoppeling: nog niet.').elements.terugkoppeling).toBe(false);
    expect(readElements('We hielden een enquête.\nTerugkoppeling: n.v.t.').elements.terugkoppeling).toBe(false);
  });
});

describe('no participation, with and without a reason', () => {
  it.each([
    'Wij hebben geen inwoners betrokken bij dit voorstel. Het gaat om de jaarrekening van de veiligheidsregio.',
    'Voor dit onderwerp is participatie niet mogelijk. Het Rijk heeft de regels vastgesteld.',
    'Nee. Er is geen beleidsruimte.',
    'n.v.t. (uitvoering wettelijke taak)',
  ])('"%s" has a reason', (t) => expect(readSectionText(t).kind).toBe('geen-met-reden'));

  it.each(['Participatie is niet nodig.', 'Geen.', 'Bij dit voorstel is geen participatie toegepast.'])('"%s" has none', (t) =>
    expect(readSectionText(t).kind).toBe('geen-zonder-reden'),
  );

  it('keeps the reason as evidence for the report', () => {
    expect(readSectionText('Er is geen participatie geweest, omdat het om een technische wijziging gaat.').evidence.reden).toMatch(/omdat/);
  });
});
