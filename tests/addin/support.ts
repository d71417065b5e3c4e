// Shared pieces for the add-in tests: a complete answer set and an independent .docx reader.
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Answers } from '../../src/participation/index.ts';
import type { FakeParagraph, FakeWordDocument } from '../../addin/word-fake/index.ts';

/** Example A of the domain brief (raadsvoorstel, adviseren), as complete answers. */
export const exampleAnswers: Answers = {
  checklistVersion: 2,
  q1_soortStuk: 'raadsvoorstel',
  q2_onderwerp: 'het nieuwe speelruimtebeleid',
  q3_beleidsfase: 'voorbereiding',
  q4_omgevingswet: 'geen',
  q5_beleidsruimte: 'ruim',
  q6_prioriteit: { speerpunt: 2, impact: 3, omvang: 2, afbreukrisico: 1 },
  q7_participatie: 'afgerond',
  q8_betrokkenen: [{ groep: 'inwoners' }, { groep: 'wijkraad' }],
  q9_niveau: 'adviseren',
  q9a_waarom: 'zij goed weten wat er in hun buurt nodig is',
  q10_methoden: [{ methode: 'enquete' }, { methode: 'werksessie', aantal: 3 }],
  q11_periode: { van: '2025-02-05', tot: '2025-03-20' },
  q12_aantal: 412,
  q13_inbreng: ['Meer plekken voor tieners'],
  q14_watMetInbreng: [{ uitkomst: 'overgenomen' }],
  q15_terugkoppeling: { terugkoppeling: true, kanaal: 'nieuwsbrief', datum: '2025-04-15' },
};

export const TEXT_V1 =
  'We hebben inwoners en de wijkraden betrokken bij het nieuwe speelruimtebeleid.\nZij konden advies geven (adviseren).';
export const TEXT_V2 =
  'We hebben inwoners, ouders en de wijkraden betrokken bij het nieuwe speelruimtebeleid.\nZij konden advies geven (adviseren).\n412 mensen deden mee.';
export const NOW = '2025-05-01T09:00:00.000Z';

/** Body-level view of the fake: [kind, text] so order checks read naturally. */
export function outline(doc: FakeWordDocument): string[] {
  return doc.blocks.map((b) => (b.kind === 'p' ? `${b.styleBuiltIn}: ${b.text}` : `[${b.tag}] ${visible(b.paragraphs)}`));
}

export function visible(paragraphs: readonly FakeParagraph[]): string {
  return paragraphs
    .filter((p) => p.revision !== 'deleted')
    .map((p) => p.text)
    .join('\n');
}

export interface ReadBack {
  /** Plain text via mammoth. */
  text: string;
  /** Headings via mammoth's HTML (h1..h6). */
  headings: string[];
  sdts: { tag: string; alias: string; lock: string; text: string; ins: number; del: number }[];
  customXml: { path: string; xml: string; schemaRef: string; related: boolean }[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Reads a .docx with parsers that share nothing with the fake's writer. */
export async function readDocx(bytes: Uint8Array): Promise<ReadBack> {
  const buffer = Buffer.from(bytes);
  const { value: text } = await mammoth.extractRawText({ buffer });
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const headings = [...html.matchAll(/<h\d>(.*?)<\/h\d>/g)].map((m) => m[1] ?? '');

  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const dom = new DOMParser().parseFromString(documentXml, 'text/xml');
  const sdtNodes = dom.getElementsByTagNameNS(W, 'sdt');
  const sdts: ReadBack['sdts'] = [];
  for (let i = 0; i < sdtNodes.length; i++) {
    const sdt = sdtNodes.item(i)!;
    const attr = (name: string) => sdt.getElementsByTagNameNS(W, name).item(0)?.getAttributeNS(W, 'val') ?? '';
    const texts: string[] = [];
    const ps = sdt.getElementsByTagNameNS(W, 'p');
    for (let j = 0; j < ps.length; j++) {
      const ts = ps.item(j)!.getElementsByTagNameNS(W, 't');
      let line = '';
      for (let k = 0; k < ts.length; k++) line += ts.item(k)!.textContent ?? '';
      if (ts.length) texts.push(line);
    }
    sdts.push({
      tag: attr('tag'),
      alias: attr('alias'),
      lock: attr('lock'),
      text: texts.join('\n'),
      ins: sdt.getElementsByTagNameNS(W, 'ins').length,
      del: sdt.getElementsByTagNameNS(W, 'del').length,
    });
  }

  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const customXml: ReadBack['customXml'] = [];
  for (const path of Object.keys(zip.files).filter((p) => /^customXml\/item\d+\.xml$/.test(p))) {
    const n = /item(\d+)/.exec(path)![1];
    const xml = await zip.file(path)!.async('string');
    const props = await zip.file(`customXml/itemProps${n}.xml`)?.async('string');
    const schemaRef = props ? (/ds:uri="([^"]*)"/.exec(props)?.[1] ?? '') : '';
    customXml.push({ path, xml, schemaRef, related: rels.includes(`Target="../${path}"`) });
  }
  return { text, headings, sdts, customXml };
}
