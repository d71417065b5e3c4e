import { describe, expect, it } from 'vitest';
import { findHeaderFacts, findOnderwerp, findParticipatieHeadings, planNewHeading, type ParagraphInfo } from './placement.ts';

function doc(...lines: [style: string, text: string][]): ParagraphInfo[] {
  return lines.map(([styleBuiltIn, text], index) => ({ index, text, styleBuiltIn }));
}

describe('findParticipatieHeadings', () => {
  it.each([
    ['Heading1', 'Participatie', 1],
    ['Heading3', '  participatie  ', 1],
    ['Heading2', '11. Participatie:', 1],
    ['Heading2', 'Participatie en communicatie', 0],
    ['Normal', 'Participatie', 1], // tolerant: no styled heading anywhere
  ])('%s "%s" → %i', (style, text, count) => {
    expect(findParticipatieHeadings(doc(['Heading2', 'Onderwerp'], [style, text], ['Normal', 'tekst']))).toHaveLength(count);
  });

  it('prefers styled headings over a body line that happens to read "Participatie"', () => {
    const found = findParticipatieHeadings(doc(['Normal', 'Participatie'], ['Heading2', 'Participatie'], ['Normal', 'Tekst eronder.']));
    expect(found).toEqual([{ ordinal: 1, index: 1, text: 'Participatie', previousHeading: null, excerpt: 'Tekst eronder.' }]);
  });
});

describe('planNewHeading', () => {
  it('goes before the first section after Participatie, even when Communicatie is missing', () => {
    const plan = planNewHeading(doc(['Heading1', 'Overleg gevoerd met'], ['Normal', 'x'], ['Heading1', 'Planning en uitvoering']));
    expect(plan).toEqual({ kind: 'before', anchorIndex: 2, anchorText: 'Planning en uitvoering', headingStyle: 'Heading1' });
  });

  it('goes before the next heading after "Overleg gevoerd met" when later sections are unknown', () => {
    const plan = planNewHeading(doc(['Heading2', 'Overleg gevoerd met'], ['Normal', 'x'], ['Heading2', 'Iets anders']));
    expect(plan).toMatchObject({ kind: 'before', anchorIndex: 2 });
  });

  it('goes at the end when "Overleg gevoerd met" is the last section', () => {
    expect(planNewHeading(doc(['Heading2', 'Overleg gevoerd met'], ['Normal', 'x']))).toMatchObject({ kind: 'after', anchorIndex: 1 });
  });

  it('falls back to the cursor in a document without known sections', () => {
    expect(planNewHeading(doc(['Title', 'Notitie'], ['Normal', 'x']))).toEqual({ kind: 'cursor', headingStyle: 'Heading2' });
  });
});

describe('findOnderwerp', () => {
  it('takes the first line under "Onderwerp" without its final full stop', () => {
    expect(findOnderwerp(doc(['Heading2', 'Onderwerp'], ['Normal', ''], ['Normal', 'Nieuw speelruimtebeleid.']))).toBe('Nieuw speelruimtebeleid');
  });
  it('is null when the section is empty', () => {
    expect(findOnderwerp(doc(['Heading2', 'Onderwerp'], ['Heading2', 'Voorstel']))).toBeNull();
  });
});

describe('findHeaderFacts', () => {
  it('reads the Weert header, where several pairs share one line', () => {
    const facts = findHeaderFacts(
      doc(
        ['Normal', 'Afdeling: OCSW - Zorg & Participatie    B&W-voorstel: DJ-1765074'],
        ['Normal', 'Naam opsteller voorstel: Saskia Doek-De Rooij\tZaaknummer: 1749933'],
        ['Normal', 'Portefeuillehouder: M.J. (Martijn) van den Heuvel Msc.    Publicatie: Openbaar'],
        ['Heading2', 'Onderwerp'],
        ['Normal', 'Afdeling: niet uit de tekst onder een kop'],
      ),
    );
    expect(facts).toEqual({ afdeling: 'OCSW - Zorg & Participatie', zaaknummer: '1749933', portefeuillehouder: 'M.J. (Martijn) van den Heuvel Msc.' });
  });

  it.each([
    [[['Normal', 'Zaaknr.: Z-2026-17']], { zaaknummer: 'Z-2026-17' }],
    [[['Normal', 'Afdeling:']], {}],
    [[['Heading2', 'Onderwerp'], ['Normal', 'Zaaknummer: 1']], {}],
    [[], {}],
  ] as [[string, string][], object][])('%j → %j', (lines, facts) => {
    expect(findHeaderFacts(doc(...lines))).toEqual(facts);
  });
});
