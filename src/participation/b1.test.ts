import { describe, expect, it } from 'vitest';
import { checkB1 } from './index.ts';
import { countWords, splitSentences } from './b1.ts';

describe('checkB1', () => {
  it('passes short, active, plain sentences', () => {
    expect(checkB1('We hebben inwoners betrokken bij het plan. Zij konden advies geven.')).toEqual([]);
  });

  it('flags sentences above the limit, with the number of words', () => {
    const long = `${'We praten met veel mensen '.repeat(5)}in de wijk.`;
    const [hint] = checkB1(long);
    expect(hint).toMatchObject({ kind: 'long-sentence', excerpt: long });
    expect(hint!.message).toContain('heeft 28 woorden');
    expect(checkB1(long, { maxWords: 30 })).toEqual([]);
  });

  it.each([
    ['We informeren u middels een brief.', 'middels', 'via'],
    ['Teneinde iedereen te bereiken, sturen we een brief.', 'Teneinde', 'om'],
    ['Dit is een brief inzake het park.', 'inzake', 'over'],
    ['We hebben reeds een avond gehouden.', 'reeds', 'al'],
    ['Indien je wilt, kun je reageren.', 'Indien', 'als'],
    ['Het college dient een besluit te nemen.', 'dient een besluit te', 'moet'],
    ['De participanten kregen een brief.', 'participanten', 'deelnemers'],
  ])('flags officialese in "%s"', (text, word, suggestion) => {
    const hit = checkB1(text).find((h) => h.kind === 'officialese');
    expect(hit).toMatchObject({ excerpt: word, suggestion });
    expect(hit!.message).toBe(`"${word}" is ambtelijke taal. Schrijf liever "${suggestion}".`);
  });

  it('does not flag words that merely contain an officialese word', () => {
    expect(checkB1('De reedsfabriek en de indieners.').filter((h) => h.kind === 'officialese')).toEqual([]);
  });

  it.each(['Het plan wordt door de raad vastgesteld.', 'De bewoners werden betrokken.', 'Er wordt een avond georganiseerd.'])(
    'flags the passive in "%s"',
    (text) => expect(checkB1(text).map((h) => h.kind)).toContain('passive'),
  );

  it.each(['We stellen het plan vast.', 'Het wordt een mooi plein.', 'Zij worden blij.'])('leaves active "%s" alone', (text) => {
    expect(checkB1(text).map((h) => h.kind)).not.toContain('passive');
  });

  it('splits sentences and counts words like a reader does', () => {
    expect(splitSentences('Eén. Twee! Drie?\nVier')).toEqual(['Eén.', 'Twee!', 'Drie?', 'Vier']);
    expect(countWords('Een budget van € 250.000 – mooi.')).toBe(5);
  });
});
