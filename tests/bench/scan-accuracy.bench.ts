// Scan accuracy on hand-written Participatie sections that are not the scan's own test cases
// (tests/bench/fixtures/scan-corpus-*.ts, labelled by reading each section). Every case becomes a
// real .docx (a B&W-voorstel around the section) and goes through analyseDocx, as in a folder scan.
// Prints precision and recall per element against the goal of issue 16 (>= 0.95), for the tuning
// half (every even case: patterns may be improved while looking at its misses), the held-out half
// (every odd case: only its figures are shown, never its misses) and both together.
// `npm run bench -- scan-accuracy` ; add SCAN_ACCURACY_MISSES=1 to list the tuning half's misses.
import { analyseDocx } from '../../src/docx/index.ts';
import type { DocumentSummary } from '../../src/docx/index.ts';
import { buildDocx } from '../fixtures/ooxml.ts';
import type { FixtureBlock } from '../fixtures/ooxml.ts';
import { CORPUS_A } from './fixtures/scan-corpus-a.ts';
import { CORPUS_B } from './fixtures/scan-corpus-b.ts';
import type { CorpusCase } from './fixtures/scan-corpus-types.ts';

const GOAL = 0.95;
const TODAY = '2026-12-02';

export const CORPUS: CorpusCase[] = [...CORPUS_A, ...CORPUS_B];

function bodyBlock(line: string): FixtureBlock {
  if (line.startsWith('#')) return { kind: 'p', text: line.slice(1), bold: true };
  if (line.startsWith('|')) return { kind: 'table', rows: [line.slice(1, -1).split('|')] };
  if (line.startsWith('~')) {
    const [before = '', inserted = '', deleted = '', after = ''] = line.slice(1).split('~');
    return { kind: 'tracked', before, inserted, deleted, ...(after ? { after } : {}) };
  }
  return { kind: 'p', text: line };
}

/** Consecutive table rows form one table, as an author would draw it. */
function bodyBlocks(lines: readonly string[]): FixtureBlock[] {
  const out: FixtureBlock[] = [];
  for (const line of lines) {
    const b = bodyBlock(line);
    const last = out[out.length - 1];
    if (b.kind === 'table' && last?.kind === 'table') last.rows.push(...b.rows);
    else out.push(b);
  }
  return out;
}

export function caseDocument(c: CorpusCase): FixtureBlock[] {
  const h = (text: string): FixtureBlock => ({ kind: 'heading', text, styled: c.styled ?? false });
  const p = (text: string): FixtureBlock => ({ kind: 'p', text });
  const section: FixtureBlock[] = c.heading === null ? [] : [h(c.heading), ...bodyBlocks(c.body)];
  const others = (c.otherHeadings ?? []).flatMap(([head, text]) => [h(head), p(text)]);
  return [
    h('Onderwerp'),
    p('Voorstel over de openbare ruimte.'),
    h('Voorstel'),
    p('Het voorstel vast te stellen.'),
    h('Inleiding'),
    p('In het coalitieprogramma is aangegeven dat dit onderwerp aandacht nodig heeft.'),
    h('Argumenten'),
    p('Het voorstel sluit aan bij de strategische visie.'),
    h('Financiële, personele en juridische gevolgen'),
    p('De kosten passen binnen de begroting.'),
    ...others,
    ...section,
    h('Planning en uitvoering'),
    p('De uitvoering start na het besluit.'),
    h('Bijlage(n)'),
    p('Geen.'),
  ];
}

interface Count {
  tp: number;
  fp: number;
  fn: number;
}

const ELEMENTS = ['heading', 'terugkoppeling', 'watMetInbreng', 'niveau'] as const;
type Element = (typeof ELEMENTS)[number];
const LABEL: Record<Element, string> = {
  heading: 'Participatie-kop gevonden',
  terugkoppeling: 'terugkoppeling',
  watMetInbreng: 'wat met de inbreng',
  niveau: 'niveau (schatting)',
};

interface Outcome {
  c: CorpusCase;
  s: DocumentSummary;
}

function score(outcomes: readonly Outcome[], misses?: string[]): Record<Element, Count> {
  const counts = Object.fromEntries(ELEMENTS.map((e) => [e, { tp: 0, fp: 0, fn: 0 }])) as Record<Element, Count>;
  const add = (e: Element, truth: boolean, found: boolean, id: string, detail: string): void => {
    if (truth && found) counts[e].tp++;
    else if (found) counts[e].fp++;
    else if (truth) counts[e].fn++;
    if (truth !== found) misses?.push(`${id} ${e}: ${found ? 'onterecht gevonden' : 'gemist'}${detail ? ` (${detail})` : ''}`);
  };
  for (const { c, s } of outcomes) {
    add('heading', c.heading !== null, s.headingCount > 0, c.id, '');
    if (c.heading === null) continue;
    add('terugkoppeling', c.fb === true, s.elements.terugkoppeling, c.id, s.evidence?.terugkoppeling ?? '');
    add('watMetInbreng', c.used === true, s.elements.watMetInbreng, c.id, s.evidence?.watMetInbreng ?? '');
    // A level counts as found only when it is the level the reader sees; a wrong level is both a
    // false positive and a miss.
    const guessed = s.level?.level;
    if (guessed && guessed === c.level) counts.niveau.tp++;
    else {
      if (guessed) counts.niveau.fp++;
      if (c.level) counts.niveau.fn++;
      if (guessed || c.level) misses?.push(`${c.id} niveau: ${guessed ?? '-'} in plaats van ${c.level ?? '-'} (${s.level?.evidence ?? ''})`);
    }
  }
  return counts;
}

const ratio = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(2));

function print(title: string, counts: Record<Element, Count>, n: number): number {
  console.log(`\n${title} (${n} secties)`);
  let below = 0;
  for (const e of ELEMENTS) {
    const { tp, fp, fn } = counts[e];
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    if (p < GOAL || r < GOAL) below++;
    console.log(
      `  ${LABEL[e].padEnd(26)} precision ${ratio(tp, tp + fp).padStart(4)}  recall ${ratio(tp, tp + fn).padStart(4)}  (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
  }
  return below;
}

export async function evaluate(): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const c of CORPUS) {
    const buf = await buildDocx({ header: [['Weert, 2 december 2026']], blocks: caseDocument(c) });
    outcomes.push({ c, s: await analyseDocx(buf, `${c.id}.docx`, { today: TODAY }) });
  }
  return outcomes;
}

export async function run(): Promise<void> {
  const ids = new Set<string>();
  for (const c of CORPUS) {
    if (ids.has(c.id)) throw new Error(`duplicate corpus id ${c.id}`);
    ids.add(c.id);
  }
  const outcomes = await evaluate();
  const tuning = outcomes.filter((_, i) => i % 2 === 0);
  const heldOut = outcomes.filter((_, i) => i % 2 === 1);
  const misses: string[] = [];
  console.log(`scan-accuracy: ${CORPUS.length} hand-written sections, goal precision and recall >= ${GOAL}`);
  print('tuning-helft', score(tuning, misses), tuning.length);
  const below = print('held-out-helft (niet gebruikt om patronen te kiezen)', score(heldOut), heldOut.length);
  print('totaal', score(outcomes), outcomes.length);
  if (process.env.SCAN_ACCURACY_MISSES) {
    console.log('\nmissers in de tuning-helft:');
    for (const m of misses) console.log(`  ${m}`);
  }
  console.log(
    below === 0
      ? `\nheld-out: every element meets the goal of ${GOAL}`
      : `\nheld-out: ${below} of ${ELEMENTS.length} elements below the goal of ${GOAL}`,
  );
}
