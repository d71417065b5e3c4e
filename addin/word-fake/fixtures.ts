// Documents shaped like the Weert B&W-voorstel DJ-1765074 (2023): header lines, then the
// sections in their fixed order. Built by code so every test starts from a known shape.
import { FakeWordDocument, type FakeBlock, type FakeDocumentOptions } from './fake-word.ts';

const HEADER = [
  'Afdeling: OCSW - Zorg & Participatie    B&W-voorstel: DJ-1765074',
  'Naam opsteller voorstel: Saskia Doek-De Rooij    Zaaknummer: 1749933',
  'Portefeuillehouder: M.J. (Martijn) van den Heuvel Msc.    Publicatie: Openbaar',
];

const SECTIONS: [heading: string, body: string][] = [
  ['Onderwerp', 'Plan van aanpak Borging strategische visie Weert 2030.'],
  ['Voorstel', 'Het Plan van aanpak Borging strategische visie Weert 2030 vast te stellen.'],
  ['Inleiding', 'In het coalitieprogramma is aangegeven dat de strategische visie moet worden geborgd.'],
  ['Beoogd(e) doel(en)', 'Raad, college en ambtelijke organisatie werken samen aan de strategische visie 2030.'],
  ['Te behalen resultaten', 'De strategische visie van de gemeente Weert is zichtbaar aanwezig in de Weerter samenleving.'],
  ['Uit te voeren activiteiten', 'Communicatiestrategie opstellen, vaststellen en uitvoeren.'],
  ['Argumenten', 'De strategische visie is vastgesteld door de raad en intern geborgd.'],
  ["Kanttekeningen en risico's", 'N.v.t.'],
  ['Financiële, personele en juridische gevolgen', 'Er zijn geen juridische gevolgen.'],
  ['Overleg gevoerd met', 'Intern: Remco van Dooren (adviseur Participatie), Christel Knoops (strategisch communicatieadviseur).'],
  ['Participatie', 'Bij het tot stand komen van de strategische visie zijn inwoners, ondernemers en maatschappelijke organisaties betrokken.'],
  ['Communicatie', 'N.v.t.'],
  ['Planning en uitvoering', 'De procesregie is belegd bij de strateeg Directie.'],
  ['Evaluatie', 'Bij de jaarrekening kan worden vastgesteld of de activiteiten zijn uitgevoerd.'],
  ['Bijlage(n)', 'Plan van aanpak Borging strategische visie Weert 2030.'],
];

export type FixtureShape = 'with-heading' | 'without-heading' | 'two-headings';

export interface FixtureOptions extends FakeDocumentOptions {
  /** Heading style of the section titles; real documents vary. */
  headingStyle?: string;
  /** Write the heading text differently to check tolerant matching, e.g. '  PARTICIPATIE '. */
  participatieHeadingText?: string;
}

/** A fresh B&W-voorstel-shaped fake document. */
export function buildBwVoorstel(shape: FixtureShape, options: FixtureOptions = {}): FakeWordDocument {
  const style = options.headingStyle ?? 'Heading2';
  const blocks: FakeBlock[] = HEADER.map((text) => ({ kind: 'p', text, styleBuiltIn: 'Normal' }));
  for (const [heading, body] of SECTIONS) {
    if (heading === 'Participatie' && shape === 'without-heading') continue;
    const text = heading === 'Participatie' ? (options.participatieHeadingText ?? heading) : heading;
    blocks.push({ kind: 'p', text, styleBuiltIn: style }, { kind: 'p', text: body, styleBuiltIn: 'Normal' });
    if (heading === 'Evaluatie' && shape === 'two-headings') {
      // A second "Participatie" section, e.g. pasted from an older proposal.
      blocks.push(
        { kind: 'p', text: 'Participatie', styleBuiltIn: style },
        { kind: 'p', text: 'Oude tekst over participatie uit een eerder voorstel.', styleBuiltIn: 'Normal' },
      );
    }
  }
  return new FakeWordDocument(blocks, options);
}

/** Index of the first body-level block whose text is exactly `text` (for tests placing the cursor). */
export function blockIndexOf(doc: FakeWordDocument, text: string): number {
  return doc.blocks.findIndex((b) => b.kind === 'p' && b.text === text);
}
