import { describe, expect, it } from 'vitest';
import { findElements, guessLevel, readSectionText } from './classify.ts';
import { parseDutchDate, readHeaderLine } from './structure.ts';
import { GOOD_HAND_WRITTEN, WEERT_PARTICIPATIE } from '../../tests/fixtures/scan-fixtures.ts';

describe('readSectionText', () => {
  it.each([
    ['', 'leeg'],
    ['-', 'leeg'],
    ['N.v.t.', 'leeg'],
    ['Niet van toepassing.', 'leeg'],
    ['nvt', 'leeg'],
    ['Er is geen participatie gedaan.', 'geen-zonder-reden'],
    ['Geen participatie.', 'geen-zonder-reden'],
    ['N.v.t., omdat het een wettelijke verplichting is.', 'geen-met-reden'],
    [
      'Voor dit voorstel is geen participatie gedaan. Het gaat om een aanpassing die de wet verplicht. We informeren inwoners via de website.',
      'geen-met-reden',
    ],
    ['Niet van toepassing: dit is uitvoering van vastgesteld beleid.', 'geen-met-reden'],
    [GOOD_HAND_WRITTEN.join('\n'), 'uitgevoerd'],
    [WEERT_PARTICIPATIE.join('\n'), 'uitgevoerd'],
  ])('%j -> %s', (text, kind) => {
    expect(readSectionText(text).kind).toBe(kind);
  });

  it('finds all five elements in a complete hand-written text', () => {
    expect(findElements(GOOD_HAND_WRITTEN.join(' '))).toEqual({
      wie: true,
      niveauWaarom: true,
      watGedaan: true,
      watMetInbreng: true,
      terugkoppeling: true,
    });
  });

  it('sees that the Weert 2023 text names who and what, but not the level, the use of input or feedback', () => {
    expect(findElements(WEERT_PARTICIPATIE.join(' '))).toEqual({
      wie: true,
      niveauWaarom: false,
      watGedaan: true,
      watMetInbreng: false,
      terugkoppeling: false,
    });
  });
});

describe('the reason for the level', () => {
  it.each([
    'Zij konden advies geven (adviseren), omdat zij de buurt kennen.',
    'Zij konden advies geven (adviseren). Zij kennen de buurt het best.',
    'Meer invloed was niet mogelijk: de provincie heeft de maatregel al vastgesteld. We informeerden de buurt met een bewonersbrief.',
    'Niveau: raadplegen\nReden: de kaders liggen vast.',
  ])('finds it in "%s"', (text) => expect(findElements(text).niveauWaarom).toBe(true));

  it.each([
    'We hielden een enquête (raadplegen). De straat wordt smaller, omdat er bomen komen.',
    'Zij konden advies geven (adviseren). Zij gaven op 2 april een schriftelijk advies.',
  ])('does not take another "because" for it: "%s"', (text) => expect(findElements(text).niveauWaarom).toBe(false));
});

describe('guessLevel', () => {
  it.each([
    ['Zij konden advies geven (adviseren), omdat zij de buurt kennen.', 'adviseren'],
    ['We hielden een enquête en een inloopavond. Inwoners gaven hun mening.', 'raadplegen'],
    ['We hebben het plan samen met het kernoverleg ontworpen in 4 werksessies.', 'coproduceren'],
    ['We informeren omwonenden met een bewonersbrief en op de gemeentepagina.', 'informeren'],
    ['Bewoners nemen het beheer van het park over via het uitdaagrecht (zelfbeheer).', 'zelfbeheer'],
    ['De deelnemers mogen meebeslissen over de inrichting binnen het budget.', 'meebeslissen'],
  ])('%s -> %s', (text, level) => {
    const g = guessLevel(text);
    expect(g?.level).toBe(level);
    expect(g!.confidence).toBeGreaterThan(0);
    expect(g!.confidence).toBeLessThan(1);
  });

  it('is more sure when the level is named than when it is only hinted at', () => {
    const named = guessLevel('Zij konden advies geven (adviseren).')!;
    const hinted = guessLevel('We hielden een enquête.')!;
    expect(hinted.level).toBe('raadplegen');
    expect(named.confidence).toBeGreaterThan(hinted.confidence);
  });

  it.each(['De klankbordgroep dacht mee.', 'Er waren drie werksessies met de buurt.', 'Bewoners konden meedenken over het plein.'])(
    'guesses nothing from words that fit several rungs: %s',
    (text) => expect(guessLevel(text)).toBeUndefined(),
  );

  it('takes the named level over cue words, and ignores a level that is denied', () => {
    expect(guessLevel('We hielden een enquête. Het niveau is adviseren.')?.level).toBe('adviseren');
    expect(guessLevel('Bewoners konden niet meebeslissen, omdat de raad al besloot. Wel konden zij vragen stellen.')?.level).not.toBe('meebeslissen');
  });

  it.each([
    ['Zij schrijven samen met de beleidsadviseur de tekst.', 'coproduceren'],
    ['De jongeren tekenden samen met de ontwerper het plein.', 'coproduceren'],
    ['Omwonenden konden op de avond hun zorgen kwijt.', 'raadplegen'],
  ])('reads a described level in any tense: %s -> %s', (text, level) => expect(guessLevel(text)?.level).toBe(level));

  it('takes the highest rung the text describes', () => {
    const g = guessLevel('Bewoners kozen binnen het budget de speeltoestellen. We informeerden de buurt met een bewonersbrief.');
    expect(g?.level).toBe('meebeslissen');
  });

  it('guesses nothing when no word points to a level', () => {
    expect(guessLevel('Bij het werken aan de visie worden belanghebbenden betrokken.')).toBeUndefined();
  });
});

describe('readHeaderLine', () => {
  it.each([
    ['Afdeling\t: OCSW - Zorg & Participatie\tB&W-voorstel: DJ-1765074', { afdeling: 'OCSW - Zorg & Participatie', voorstelnr: 'DJ-1765074' }],
    ['Naam opsteller voorstel\t: Saskia Doek-De Rooij (0495-575487)\tZaaknummer: 1749933', { opsteller: 'Saskia Doek-De Rooij (0495-575487)', zaaknummer: '1749933' }],
    ['Portefeuillehouder\t: M.J. (Martijn) van den Heuvel Msc.\tPublicatie: Openbaar', { portefeuillehouder: 'M.J. (Martijn) van den Heuvel Msc.', publicatie: 'Openbaar' }],
    ['Afdeling: Ruimte', { afdeling: 'Ruimte' }],
    ['Zaaknr.: 123 Collegevoorstel nr: CV-9', { zaaknummer: '123', voorstelnr: 'CV-9' }],
    ['Onderwerp: Nieuwe speeltuin', { onderwerp: 'Nieuwe speeltuin' }],
  ])('%j', (line, expected) => {
    expect(readHeaderLine(line)).toEqual(expected);
  });
});

describe('parseDutchDate', () => {
  it.each([
    ['Weert, 10 januari 2023', '2023-01-10'],
    ['Datum: 3-2-2026', '2026-02-03'],
    ['2026-05-01', '2026-05-01'],
    ['31 februari 2026', undefined],
    ['geen datum', undefined],
  ])('%s -> %s', (text, iso) => {
    expect(parseDutchDate(text)).toBe(iso);
  });
});

describe('Dutch text of the scan', () => {
  it('passes the B1 check: short sentences, no officialese', async () => {
    const { checkB1 } = await import('../participation/index.ts');
    const { scanErrors } = await import('../text/errors-scan.ts');
    const ui = await import('../text/ui-scan.ts');
    const texts: string[] = Object.values(scanErrors);
    for (const v of Object.values(ui)) {
      if (typeof v === 'object' && !Array.isArray(v)) texts.push(...Object.values(v as Record<string, string>));
    }
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.flatMap((t) => checkB1(t).map((h) => `${h.kind}: ${h.excerpt}`))).toEqual([]);
  });
});
