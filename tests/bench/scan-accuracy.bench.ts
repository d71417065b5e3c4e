// Scan accuracy on hand-written Participatie sections that are not the scan's own test cases
// (tests/bench/fixtures/scan-corpus-*.ts, labelled by reading each section; see the README there).
// Every case becomes a real .docx (a B&W-voorstel around the section) and goes through analyseDocx,
// as in a folder scan. Prints precision and recall per element against the goal of issue 16
// (>= 0.95) for the tuning part (corpus A, B, C, D and parts E to K: rules may be improved while
// looking at their misses, and the word model of src/docx/word-model.ts learns from it, so its
// figures are the rules' alone) and for the held-out part (HELD_OUT: written by other hands without
// the rules or the model; only its figures are printed, never its misses), read as the scan reads
// (rules and word model) and by the rules alone, plus how often the level is right where a reader
// can tell it (goal >= 0.90).
// `npm run bench -- scan-accuracy` ; add SCAN_ACCURACY_MISSES=1 to list the tuning part's misses.
import { analyseDocx } from '../../src/docx/index.ts';
import type { DocumentSummary } from '../../src/docx/index.ts';
import { buildDocx } from '../fixtures/ooxml.ts';
import type { FixtureBlock } from '../fixtures/ooxml.ts';
import { CORPUS_A } from './fixtures/scan-corpus-a.ts';
import { CORPUS_B } from './fixtures/scan-corpus-b.ts';
import { CORPUS_C } from './fixtures/scan-corpus-c.ts';
import { CORPUS_D } from './fixtures/scan-corpus-d.ts';
import { CORPUS_E1 } from './fixtures/scan-corpus-e1.ts';
import { CORPUS_E2 } from './fixtures/scan-corpus-e2.ts';
import { CORPUS_F1 } from './fixtures/scan-corpus-f1.ts';
import { CORPUS_F2 } from './fixtures/scan-corpus-f2.ts';
import { CORPUS_G1 } from './fixtures/scan-corpus-g1.ts';
import { CORPUS_G2 } from './fixtures/scan-corpus-g2.ts';
import { CORPUS_G3 } from './fixtures/scan-corpus-g3.ts';
import { CORPUS_H1 } from './fixtures/scan-corpus-h1.ts';
import { CORPUS_H2 } from './fixtures/scan-corpus-h2.ts';
import { CORPUS_H3 } from './fixtures/scan-corpus-h3.ts';
import { CORPUS_H4 } from './fixtures/scan-corpus-h4.ts';
import { CORPUS_I1 } from './fixtures/scan-corpus-i1.ts';
import { CORPUS_I2 } from './fixtures/scan-corpus-i2.ts';
import { CORPUS_I3 } from './fixtures/scan-corpus-i3.ts';
import { CORPUS_I4 } from './fixtures/scan-corpus-i4.ts';
import { CORPUS_I5 } from './fixtures/scan-corpus-i5.ts';
import { CORPUS_J1 } from './fixtures/scan-corpus-j1.ts';
import { CORPUS_J2 } from './fixtures/scan-corpus-j2.ts';
import { CORPUS_J3 } from './fixtures/scan-corpus-j3.ts';
import { CORPUS_J4 } from './fixtures/scan-corpus-j4.ts';
import { CORPUS_J5 } from './fixtures/scan-corpus-j5.ts';
import { CORPUS_J6 } from './fixtures/scan-corpus-j6.ts';
import { CORPUS_K1 } from './fixtures/scan-corpus-k1.ts';
import { CORPUS_K2 } from './fixtures/scan-corpus-k2.ts';
import { CORPUS_K3 } from './fixtures/scan-corpus-k3.ts';
import { CORPUS_K4 } from './fixtures/scan-corpus-k4.ts';
import { CORPUS_K5 } from './fixtures/scan-corpus-k5.ts';
import { CORPUS_K6 } from './fixtures/scan-corpus-k6.ts';
import { CORPUS_K7 } from './fixtures/scan-corpus-k7.ts';
import { CORPUS_K8 } from './fixtures/scan-corpus-k8.ts';
import { CORPUS_L1 } from './fixtures/scan-corpus-l1.ts';
import { CORPUS_L2 } from './fixtures/scan-corpus-l2.ts';
import { CORPUS_L3 } from './fixtures/scan-corpus-l3.ts';
import { CORPUS_L4 } from './fixtures/scan-corpus-l4.ts';
import { CORPUS_L5 } from './fixtures/scan-corpus-l5.ts';
import { CORPUS_L6 } from './fixtures/scan-corpus-l6.ts';
import { CORPUS_L7 } from './fixtures/scan-corpus-l7.ts';
import { CORPUS_L8 } from './fixtures/scan-corpus-l8.ts';
import type { CorpusCase } from './fixtures/scan-corpus-types.ts';

const GOAL = 0.95;
const LEVEL_GOAL = 0.9;
const TODAY = '2026-12-02';

/**
 * Corpus C and D were held out until their misses were studied for issue 16, parts E to K until
 * their first run; they are tuning data since.
 */
export const TUNING: CorpusCase[] = [
  ...CORPUS_A,
  ...CORPUS_B,
  ...CORPUS_C,
  ...CORPUS_D,
  ...CORPUS_E1,
  ...CORPUS_E2,
  ...CORPUS_F1,
  ...CORPUS_F2,
  ...CORPUS_G1,
  ...CORPUS_G2,
  ...CORPUS_G3,
  ...CORPUS_H1,
  ...CORPUS_H2,
  ...CORPUS_H3,
  ...CORPUS_H4,
  ...CORPUS_I1,
  ...CORPUS_I2,
  ...CORPUS_I3,
  ...CORPUS_I4,
  ...CORPUS_I5,
  ...CORPUS_J1,
  ...CORPUS_J2,
  ...CORPUS_J3,
  ...CORPUS_J4,
  ...CORPUS_J5,
  ...CORPUS_J6,
  ...CORPUS_K1,
  ...CORPUS_K2,
  ...CORPUS_K3,
  ...CORPUS_K4,
  ...CORPUS_K5,
  ...CORPUS_K6,
  ...CORPUS_K7,
  ...CORPUS_K8,
];
/**
 * The held-out part: sections written by other hands without knowing the rules, run once after
 * the rules were frozen. Its misses are never printed, so it stays out of tuning.
 */
export const HELD_OUT: CorpusCase[] = [
  ...CORPUS_L1,
  ...CORPUS_L2,
  ...CORPUS_L3,
  ...CORPUS_L4,
  ...CORPUS_L5,
  ...CORPUS_L6,
  ...CORPUS_L7,
  ...CORPUS_L8,
];
const HELD_OUT_NAME = 'deel L';
export const CORPUS: CorpusCase[] = [...TUNING, ...HELD_OUT];

function bodyBlock(line: string): FixtureBlock {
  if (line.startsWith('#')) return { kind: 'p', text: line.slice(1), bold: true };
  // A row may end with or without its closing bar, as authors type them.
  if (line.startsWith('|')) return { kind: 'table', rows: [line.slice(1).replace(/\|$/, '').split('|')] };
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

const ELEMENTS = ['heading', 'wie', 'niveau', 'waarom', 'gedaan', 'wanneer', 'watMetInbreng', 'terugkoppeling', 'reden'] as const;
type Element = (typeof ELEMENTS)[number];
const LABEL: Record<Element, string> = {
  heading: 'Participatie-kop gevonden',
  wie: 'wie',
  niveau: 'niveau (schatting)',
  waarom: 'waarom dit niveau',
  gedaan: 'wat gedaan',
  wanneer: 'wanneer',
  watMetInbreng: 'wat met de inbreng',
  terugkoppeling: 'terugkoppeling',
  reden: 'reden geen participatie',
};
/** Labelled only on cases marked full (corpus C and cases labelled later). */
const FULL_ONLY = new Set<Element>(['wie', 'waarom', 'gedaan', 'wanneer', 'reden']);

interface Outcome {
  c: CorpusCase;
  s: DocumentSummary;
}

interface Score {
  counts: Record<Element, Count>;
  /** Sections whose level a reader can tell, and how many of those the scan got right. */
  levelTold: number;
  levelRight: number;
  /** Cases labelled for every element (full); without them the full-only elements were not labelled. */
  full: number;
}

function score(outcomes: readonly Outcome[], misses?: string[]): Score {
  const counts = Object.fromEntries(ELEMENTS.map((e) => [e, { tp: 0, fp: 0, fn: 0 }])) as Record<Element, Count>;
  let levelTold = 0;
  let levelRight = 0;
  let full = 0;
  const add = (e: Element, truth: boolean, found: boolean, id: string, detail: string): void => {
    if (truth && found) counts[e].tp++;
    else if (found) counts[e].fp++;
    else if (truth) counts[e].fn++;
    if (truth !== found) misses?.push(`${id} ${e}: ${found ? 'onterecht gevonden' : 'gemist'}${detail ? ` (${detail})` : ''}`);
  };
  for (const { c, s } of outcomes) {
    add('heading', c.heading !== null, s.headingCount > 0, c.id, '');
    if (c.heading === null) continue;
    const ev = s.evidence ?? {};
    add('terugkoppeling', c.fb === true, s.elements.terugkoppeling, c.id, ev.terugkoppeling ?? '');
    add('watMetInbreng', c.used === true, s.elements.watMetInbreng, c.id, ev.watMetInbreng ?? '');
    if (c.full) {
      full++;
      add('wie', c.wie === true, s.elements.wie, c.id, ev.wie ?? '');
      add('waarom', c.waarom === true, s.elements.niveauWaarom, c.id, ev.niveauWaarom ?? '');
      add('gedaan', c.gedaan === true, s.elements.watGedaan, c.id, ev.watGedaan ?? '');
      add('wanneer', c.wanneer === true, ev.wanneer !== undefined, c.id, ev.wanneer ?? '');
      add('reden', c.reden === true, s.status === 'geen-met-reden', c.id, s.status);
    }
    // A level counts as found only when it is the level the reader sees; a wrong level is both a
    // false positive and a miss.
    const guessed = s.level?.level;
    if (c.level) levelTold++;
    if (guessed && guessed === c.level) {
      counts.niveau.tp++;
      levelRight++;
    } else {
      if (guessed) counts.niveau.fp++;
      if (c.level) counts.niveau.fn++;
      if (guessed || c.level) misses?.push(`${c.id} niveau: ${guessed ?? '-'} in plaats van ${c.level ?? '-'} (${s.level?.evidence ?? ''})`);
    }
  }
  return { counts, levelTold, levelRight, full };
}

const ratio = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(2));

function print(title: string, sc: Score, n: number): number {
  console.log(`\n${title} (${n} secties)`);
  let below = 0;
  for (const e of ELEMENTS) {
    const { tp, fp, fn } = sc.counts[e];
    if (sc.full === 0 && FULL_ONLY.has(e)) {
      console.log(`  ${LABEL[e].padEnd(26)} (niet gelabeld in dit deel)`);
      continue;
    }
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    if (p < GOAL || r < GOAL) below++;
    console.log(
      `  ${LABEL[e].padEnd(26)} precision ${ratio(tp, tp + fp).padStart(4)}  recall ${ratio(tp, tp + fn).padStart(4)}  (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
  }
  const share = sc.levelTold === 0 ? 1 : sc.levelRight / sc.levelTold;
  if (share < LEVEL_GOAL) below++;
  console.log(`  niveau juist waar een lezer het kan zien: ${sc.levelRight} van ${sc.levelTold} (${ratio(sc.levelRight, sc.levelTold)}, doel ${LEVEL_GOAL})`);
  return below;
}

/** Each case read as the scan reads it, and by the rules alone (without the word model). */
async function evaluate(cases: readonly CorpusCase[], rulesOnly: boolean): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    const buf = await buildDocx({ header: [['Weert, 2 december 2026']], blocks: caseDocument(c) });
    outcomes.push({ c, s: await analyseDocx(buf, `${c.id}.docx`, { today: TODAY, rulesOnly }) });
  }
  return outcomes;
}

export async function run(): Promise<void> {
  const ids = new Set<string>();
  for (const c of CORPUS) {
    if (ids.has(c.id)) throw new Error(`duplicate corpus id ${c.id}`);
    ids.add(c.id);
  }
  const tuning = await evaluate(TUNING, true);
  // While rules are being worked on, SCAN_ACCURACY_TUNING_ONLY=1 keeps even the held-out figures out of sight.
  const heldOut = process.env.SCAN_ACCURACY_TUNING_ONLY ? [] : await evaluate(HELD_OUT, false);
  const misses: string[] = [];
  console.log(`scan-accuracy: ${CORPUS.length} hand-written sections, goal precision and recall >= ${GOAL}`);
  const part = (prefix: string): Outcome[] => tuning.filter((o) => o.c.id.startsWith(prefix));
  for (const [prefix, name] of [
    ['a', 'corpus A'],
    ['b', 'corpus B'],
    ['c', 'corpus C (held out tot issue 16, sindsdien tuning)'],
    ['d', 'corpus D (held out tot issue 16, sindsdien tuning)'],
    ['e', 'deel E (held out tot de eerste meting, sindsdien tuning)'],
    ['f', 'deel F (held out tot de eerste meting, sindsdien tuning)'],
    ['g', 'deel G (held out tot de eerste meting, sindsdien tuning)'],
    ['h', 'deel H (held out tot de eerste meting, sindsdien tuning)'],
    ['i', 'deel I (held out tot de eerste meting, sindsdien tuning)'],
    ['j', 'deel J (held out tot de eerste meting, sindsdien tuning)'],
    ['k', 'deel K (held out tot de eerste meting, sindsdien tuning)'],
  ] as const) {
    const o = part(prefix);
    print(`tuning ${name}`, score(o), o.length);
  }
  const tuningBelow = print('tuning-deel samen (corpus A, B, C, D en delen E tot en met K)', score(tuning, misses), tuning.length);
  console.log('  (tuning: alleen de regels; het woordmodel leerde van deze secties, dus zijn cijfers hier zeggen niets)');
  let heldOutBelow: number | undefined;
  if (HELD_OUT.length === 0) {
    console.log(`\ngeen held-out deel: ${HELD_OUT_NAME} is nog niet in de bench opgenomen`);
  } else if (heldOut.length === 0) {
    console.log(`\nheld-out (${HELD_OUT_NAME}) overgeslagen (SCAN_ACCURACY_TUNING_ONLY)`);
  } else {
    heldOutBelow = print(`held-out (${HELD_OUT_NAME}, niet gebruikt om regels te kiezen of het woordmodel te trainen)`, score(heldOut), heldOut.length);
    const rulesAlone = await evaluate(HELD_OUT, true);
    print(`held-out (${HELD_OUT_NAME}), alleen de regels: wat het woordmodel toevoegt`, score(rulesAlone), rulesAlone.length);
  }
  if (process.env.SCAN_ACCURACY_MISSES) {
    console.log('\nmissers in het tuning-deel:');
    for (const m of misses) console.log(`  ${m}`);
  }
  console.log(
    tuningBelow === 0
      ? `\ntuning: every element meets the goal of ${GOAL} and the level is right in >= ${LEVEL_GOAL}`
      : `\ntuning: ${tuningBelow} figures below the goal (${GOAL} per element, ${LEVEL_GOAL} for the level)`,
  );
  if (heldOutBelow !== undefined) {
    console.log(
      heldOutBelow === 0
        ? `held-out: every element meets the goal of ${GOAL} and the level is right in >= ${LEVEL_GOAL}`
        : `held-out: ${heldOutBelow} figures below the goal (${GOAL} per element, ${LEVEL_GOAL} for the level)`,
    );
  }
}
