// A second reading of a hand-written section, for what the rules in classify.ts miss. Rules read
// the ways of writing they know well, and new writers keep finding other ways (tests/bench/fixtures/
// README.md: after five rounds of rules, each new part still lost 15-35 % of the reasons, uses of
// input and feedback). So per element a linear model over the section's words and word pairs,
// trained on the labelled tuning corpus (`npm run train:scan`), may add what the rules did not find,
// only where it is very sure, and never takes away what the rules found. What it adds keeps the
// sentence that weighed most as evidence and is marked in the report, so a reader can check it.
import { readFileSync } from 'node:fs';
import type { Level } from '../participation/index.ts';
import type { Evidence, RequiredElements, TextReading } from './classify.ts';

export type ModelElement = keyof RequiredElements | 'wanneer' | 'reden';
type LevelClass = Level | 'geen';

/**
 * One element's or level's weights, one per word of the vocabulary, as stored: each weight in
 * thousandths as a little-endian 16-bit integer, the whole array in base64. The same numbers as
 * decimals in JSON made a 2.4 MB file, whose parse brought a folder scan to the edge of its 300 MB.
 */
interface StoredLinear {
  bias: number;
  weights: string;
}

const SCALE = 1000;
const MAX_STORED = 32767;

/** Weights to the stored form; a weight too large for 16 bits is an error, not a silent clip. */
export function encodeWeights(weights: readonly number[]): string {
  const buf = Buffer.alloc(weights.length * 2);
  weights.forEach((w, i) => {
    const n = Math.round(w * SCALE);
    if (Math.abs(n) > MAX_STORED) throw new RangeError(`weight ${w} does not fit the stored form`);
    buf.writeInt16LE(n, i * 2);
  });
  return buf.toString('base64');
}

/** n / 1000 is the same float as the decimal "0.nnn" parsed, so a model reads the same in either form. */
function decodeWeights(stored: string, length: number): Float32Array {
  const buf = Buffer.from(stored, 'base64');
  if (buf.length !== length * 2) throw new RangeError(`stored weights hold ${buf.length / 2} words, the vocabulary ${length}`);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = buf.readInt16LE(i * 2) / SCALE;
  return out;
}

/** src/docx/word-model.json, as `npm run train:scan` writes it. */
export interface StoredWordModel {
  /** Which labelled sections it learnt from: their number and a hash of their ids and labels. */
  trainedOn: { count: number; hash: string };
  /** The words and word pairs the weights belong to, in the order of every weights array. */
  vocabulary: string[];
  elements: Record<ModelElement, StoredLinear>;
  levels: Record<LevelClass, StoredLinear>;
}

interface Linear {
  bias: number;
  weights: Float32Array;
}

export interface WordModel {
  index: ReadonlyMap<string, number>;
  elements: Record<ModelElement, Linear>;
  levels: Record<LevelClass, Linear>;
}

/** Typed arrays and one index: the stored model in about a megabyte, not an object per weight. */
export function loadWordModel(stored: StoredWordModel): WordModel {
  const linear = (m: StoredLinear): Linear => ({ bias: m.bias, weights: decodeWeights(m.weights, stored.vocabulary.length) });
  const map = <K extends string>(r: Record<K, StoredLinear>): Record<K, Linear> =>
    Object.fromEntries(Object.entries<StoredLinear>(r).map(([k, m]) => [k, linear(m)])) as Record<K, Linear>;
  return { index: new Map(stored.vocabulary.map((w, i) => [w, i])), elements: map(stored.elements), levels: map(stored.levels) };
}

let bundled: WordModel | undefined;

/**
 * Read on first use with JSON.parse, not imported: a JSON module of this size costs a transform
 * and a parse tree of about 100 MB in a tsx or Vite process, the parsed file a few MB.
 */
function bundledModel(): WordModel {
  bundled ??= loadWordModel(JSON.parse(readFileSync(new URL('./word-model.json', import.meta.url), 'utf8')) as StoredWordModel);
  return bundled;
}

/**
 * How sure the model must be before it adds what the rules did not find. Chosen on parts the rules
 * or the model had not seen: part H with a model trained on parts A-G (rules of round 4), part I
 * with one trained on A-H (round 5), and checked again on parts J and K with models trained on the
 * parts before them; per element the lowest bar where precision stayed within about 0.03 of the
 * rules alone. Feedback needs one of the highest bars: letters and meetings are told in the same
 * words whether or not they bring the outcome back.
 */
const ELEMENT_THRESHOLD: Record<ModelElement, number> = {
  wie: 0.98,
  niveauWaarom: 0.98,
  watGedaan: 0.97,
  watMetInbreng: 0.95,
  terugkoppeling: 0.98,
  wanneer: 0.98,
  reden: 0.9,
};
/**
 * A level the model is this sure of replaces the rules' guess where that rests on a loose cue only,
 * not on a named or described rung ("we vroegen hen om advies"): part H 0.88 to 0.95 right, part I
 * 0.85 to 0.92; taking over the rules' surer guesses too gained no more than 0.01.
 */
const LEVEL_THRESHOLD = 0.7;
const RULES_SURE = 0.7;

export const MODEL_ELEMENTS: readonly ModelElement[] = ['wie', 'niveauWaarom', 'watGedaan', 'watMetInbreng', 'terugkoppeling', 'wanneer', 'reden'];
export const LEVEL_CLASSES: readonly LevelClass[] = ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer', 'geen'];

function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // A number is a number: "2026" and "14" weigh the same, so a new year reads like a known one.
      .replace(/\d+/g, '0')
      .replace(/[\n\t]+/g, ' . ')
      .match(/[a-z0]+|[.:;?]/g) ?? []
  );
}

/**
 * The words, the first five letters of longer words (a crude stem: "terugkoppeling", "teruggekoppeld")
 * and the pairs of neighbouring words of a text, each once.
 */
export function textFeatures(text: string): string[] {
  const t = tokens(text);
  const out = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    out.add(`u:${w}`);
    if (w.length > 5) out.add(`p:${w.slice(0, 5)}`);
    if (i + 1 < t.length) out.add(`b:${w}_${t[i + 1]!}`);
  }
  return [...out];
}

/** The vocabulary positions of a text's features; features the model never saw weigh nothing. */
function known(model: WordModel, features: readonly string[]): number[] {
  const out: number[] = [];
  for (const f of features) {
    const i = model.index.get(f);
    if (i !== undefined) out.push(i);
  }
  return out;
}

function weighOf(m: Linear, positions: readonly number[]): number {
  let z = 0;
  for (const i of positions) z += m.weights[i]!;
  return z;
}

function probability(m: Linear, positions: readonly number[]): number {
  return 1 / (1 + Math.exp(-(m.bias + weighOf(m, positions))));
}

const EVIDENCE_WORDS = 20;

/** The sentence whose words weigh most for the element: what a reader should look at. */
function weightiestSentence(model: WordModel, m: Linear, text: string): string {
  let best = '';
  let bestWeight = -Infinity;
  for (const s of text.split(/(?<=[.!?;])\s+|\n+/)) {
    if (!/\p{L}/u.test(s)) continue;
    const w = weighOf(m, known(model, textFeatures(s)));
    if (w > bestWeight) {
      best = s;
      bestWeight = w;
    }
  }
  const words = best.trim().split(/\s+/);
  return words.length > EVIDENCE_WORDS ? `${words.slice(0, EVIDENCE_WORDS).join(' ')} …` : words.join(' ');
}

/** What the word model added to the rules' reading; the level as 'niveau'. */
export type ModelFinding = ModelElement | 'niveau';

export interface CombinedReading extends TextReading {
  byModel: ModelFinding[];
}

/** The rules' reading with what the word model is very sure of and the rules did not find. */
export function addWordModel(reading: TextReading, text: string, given?: WordModel): CombinedReading {
  if (reading.kind === 'leeg') return { ...reading, byModel: [] };
  const model = given ?? bundledModel();
  const features = known(model, textFeatures(text));
  const sure = (key: ModelElement): boolean => probability(model.elements[key], features) > ELEMENT_THRESHOLD[key];
  const elements: RequiredElements = { ...reading.elements };
  const evidence: Evidence = { ...reading.evidence };
  const byModel: ModelFinding[] = [];
  let kind = reading.kind;
  for (const key of MODEL_ELEMENTS) {
    if (key === 'wanneer') {
      if (evidence.wanneer !== undefined || !sure(key)) continue;
    } else if (key === 'reden') {
      if (kind === 'geen-met-reden' || !sure(key)) continue;
      kind = 'geen-met-reden';
    } else {
      if (elements[key] || !sure(key)) continue;
      elements[key] = true;
    }
    evidence[key] = weightiestSentence(model, model.elements[key], text);
    byModel.push(key);
  }
  let guess = reading.guess;
  const [top, p] = LEVEL_CLASSES.map((l) => [l, probability(model.levels[l], features)] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
  if (top !== 'geen' && p > LEVEL_THRESHOLD && top !== guess?.level && (guess?.confidence ?? 0) < RULES_SURE) {
    // Capped below 1 like the rules' guesses: a text guess is never certain.
    guess = { level: top, confidence: Math.min(0.95, Math.round(p * 100) / 100), evidence: weightiestSentence(model, model.levels[top], text) };
    byModel.push('niveau');
  }
  return { kind, elements, evidence, ...(guess ? { guess } : {}), byModel };
}
