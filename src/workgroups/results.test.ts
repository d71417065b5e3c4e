import { describe, expect, it } from 'vitest';
import {
  applyActieLinks,
  formatActieLinks,
  formatVerbeterActies,
  formatVoortgang,
  isResultaatOverdue,
  nextNr,
  parseVerbeterActies,
  parseVoortgang,
  setVoortgang,
  suggestMembers,
} from './results.ts';
import type { VerbeterActie } from './types.ts';

describe('isResultaatOverdue', () => {
  it.each([
    ['loopt, end yesterday', 'loopt', '2026-12-01', '2026-12-02', true],
    ['gepland, end long ago', 'gepland', '2011-03-31', '2026-12-02', true],
    ['loopt, ends today (not yet past)', 'loopt', '2026-12-02', '2026-12-02', false],
    ['loopt, ends tomorrow', 'loopt', '2026-12-03', '2026-12-02', false],
    ['gereed, end long ago', 'gereed', '2011-03-31', '2026-12-02', false],
    ['no end date', 'loopt', undefined, '2026-12-02', false],
  ] as const)('%s', (_, status, eind, today, expected) => {
    expect(isResultaatOverdue({ status, doorlooptijd: eind ? { eind } : {} }, today)).toBe(expected);
  });
});

describe('Wat is er gebeurd per vergadering', () => {
  it('keeps old undated text first and one dated line per meeting, in date order', () => {
    let text = 'Drie projecten zijn aangewezen als pilot.';
    text = setVoortgang(text, { datum: '2026-12-01', tekst: 'Klankbordgroep Stadspark is gestart.' });
    text = setVoortgang(text, { datum: '2026-11-03', tekst: 'Format besproken.\nTweede regel.' });
    expect(text).toBe('Drie projecten zijn aangewezen als pilot.\nVergadering 3-11-2026: Format besproken.\nTweede regel.\nVergadering 1-12-2026: Klankbordgroep Stadspark is gestart.');
    expect(parseVoortgang(text)).toEqual([
      { tekst: 'Drie projecten zijn aangewezen als pilot.' },
      { datum: '2026-11-03', tekst: 'Format besproken.\nTweede regel.' },
      { datum: '2026-12-01', tekst: 'Klankbordgroep Stadspark is gestart.' },
    ]);
  });

  it('replaces the entry of the same meeting and removes it when emptied', () => {
    const one = setVoortgang('', { datum: '2026-12-01', tekst: 'Eerste versie.' });
    expect(setVoortgang(one, { datum: '2026-12-01', tekst: 'Verbeterd.' })).toBe('Vergadering 1-12-2026: Verbeterd.');
    expect(setVoortgang(one, { datum: '2026-12-01', tekst: '  ' })).toBe('');
  });

  it.each([
    ['empty', '', []],
    ['a line that looks dated but is no real day stays text', 'Vergadering 31-2-2026: nee', [{ tekst: 'Vergadering 31-2-2026: nee' }]],
    ['a meeting without text', 'Vergadering 1-12-2026:', [{ datum: '2026-12-01', tekst: '' }]],
  ])('%s', (_, text, expected) => {
    expect(parseVoortgang(text)).toEqual(expected);
  });

  it('formats what it parses back to the same text', () => {
    const text = 'Oud.\nVergadering 3-11-2026: A\nVergadering 1-12-2026: B';
    expect(formatVoortgang(parseVoortgang(text))).toBe(text);
  });
});

describe('verbeterpunt actions as plain text', () => {
  const acties: VerbeterActie[] = [
    {
      nr: 1,
      omschrijving: 'In 2014 zijn er maximaal 8 kernoverleggen.',
      toelichting: 'De wijkverenigingen krijgen tot medio 2013 de tijd.\nDaarna besluit het college.',
      trekker: 'Wijkcoördinatoren',
      planning: 'medio 2013',
      status: 'loopt',
    },
    { nr: 2, omschrijving: 'Zoeken naar verbindingen — ook buiten de wijk.', status: 'onderdeel bedrijfsvoering', trekker: 'Linda Kok', trekkerId: 'u-kok', taskId: 't-9' },
  ];

  it('writes one readable line per action with its explanation indented below', () => {
    expect(formatVerbeterActies(acties)).toBe(
      [
        '1. In 2014 zijn er maximaal 8 kernoverleggen. — Trekker: Wijkcoördinatoren — Planning: medio 2013 — Status: loopt',
        '   Toelichting: De wijkverenigingen krijgen tot medio 2013 de tijd.',
        '   Daarna besluit het college.',
        '2. Zoeken naar verbindingen — ook buiten de wijk. — Trekker: Linda Kok — Status: onderdeel bedrijfsvoering',
      ].join('\n'),
    );
  });

  it('reads its own text back, the ids coming from the hidden links column', () => {
    const text = formatVerbeterActies(acties);
    const links = formatActieLinks(acties);
    expect(links).toBe('2;u-kok;t-9');
    expect(applyActieLinks(parseVerbeterActies(text)!, links)).toEqual(acties);
  });

  it('reads the JSON older versions wrote (migration on read)', () => {
    const json = JSON.stringify([{ nr: 1, omschrijving: 'In 2014 maximaal 8 kernoverleggen.', status: 'loopt', trekker: 'Wijkcoördinatoren' }]);
    expect(parseVerbeterActies(json)).toEqual([{ nr: 1, omschrijving: 'In 2014 maximaal 8 kernoverleggen.', status: 'loopt', trekker: 'Wijkcoördinatoren' }]);
  });

  it.each([
    ['empty cell', '', []],
    ['broken JSON', '[{"nr":1', undefined],
    ['JSON of the wrong shape', '[{"nr":"een"}]', undefined],
    ['text before the first number', 'Zomaar tekst', undefined],
    ['unknown status stays in the description', '1. Iets doen — Status: misschien', [{ nr: 1, omschrijving: 'Iets doen — Status: misschien', status: 'gepland' }]],
    ['typed by hand in SharePoint without labels', '1. Iets doen\n2. Nog iets', [{ nr: 1, omschrijving: 'Iets doen', status: 'gepland' }, { nr: 2, omschrijving: 'Nog iets', status: 'gepland' }]],
  ])('%s', (_, text, expected) => {
    expect(parseVerbeterActies(text)).toEqual(expected);
  });

  it('ignores link lines it cannot read', () => {
    expect(applyActieLinks([{ nr: 1, omschrijving: 'x', status: 'gepland' }], 'rommel\n1;;t-1')).toEqual([{ nr: 1, omschrijving: 'x', status: 'gepland', taskId: 't-1' }]);
  });
});

describe('suggestMembers', () => {
  const members = [
    { id: 'a', displayName: 'Marc Knaapen' },
    { id: 'b', displayName: 'Linda Kok' },
    { id: 'c', displayName: 'Dennis Zwart' },
  ];
  it.each([
    ['M. Knaapen', ['a']],
    ['linda', ['b']],
    ['Wijkcoördinatoren', []],
    ['', []],
  ])('%s', (name, expected) => {
    expect(suggestMembers(name, members).map((m) => m.id)).toEqual(expected);
  });
});

describe('nextNr', () => {
  it.each([
    [[], 1],
    [[{ nr: 1 }, { nr: 5 }, { nr: 3 }], 6],
  ])('%j → %i', (items, expected) => expect(nextNr(items)).toBe(expected));
});
