// Trains the scan's word model (src/docx/word-model.json) on the tuning part of the labelled corpus,
// never on the held-out part. Each section goes through the same .docx and text reading as in a
// folder scan, so the model learns from the text it will see. Deterministic: the same corpus gives
// the same file. Prints the heaviest words per element, so a reader can see what the model leans on.
// `npm run train:scan`
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readParticipationText } from '../../src/docx/index.ts';
import { encodeWeights, LEVEL_CLASSES, MODEL_ELEMENTS, textFeatures } from '../../src/docx/word-model.ts';
import type { ModelElement, StoredWordModel } from '../../src/docx/word-model.ts';
import { buildDocx } from '../fixtures/ooxml.ts';
import { caseDocument, HELD_OUT, TUNING } from './scan-accuracy.bench.ts';
import type { CorpusCase } from './fixtures/scan-corpus-types.ts';

const OUT = fileURLToPath(new URL('../../src/docx/word-model.json', import.meta.url));
const EPOCHS = 25;
const RATE = 0.3;
const L2 = 1e-4;
/** A word seen in one or two sections only says something about those sections, not about how people write. */
const MIN_SECTIONS = 3;
const KEEP = 0.005;

const LABEL: Record<ModelElement, (c: CorpusCase) => boolean> = {
  wie: (c) => c.wie === true,
  niveauWaarom: (c) => c.waarom === true,
  watGedaan: (c) => c.gedaan === true,
  watMetInbreng: (c) => c.used === true,
  terugkoppeling: (c) => c.fb === true,
  wanneer: (c) => c.wanneer === true,
  reden: (c) => c.reden === true,
};
/** Labelled on full cases only (older parts carry fb, used and level alone). */
const FULL_ONLY = new Set<ModelElement>(['wie', 'niveauWaarom', 'watGedaan', 'wanneer', 'reden']);

/** The labels the model learns from, so a test can see it was trained on the current tuning part. */
export function trainingHash(cases: readonly CorpusCase[]): string {
  const rows = cases
    .filter((c) => c.heading !== null)
    .map((c) => [c.id, c.full ? 1 : 0, c.fb, c.used, c.level, c.wie, c.waarom, c.gedaan, c.wanneer, c.reden].map((v) => String(v ?? '')).join(','))
    .sort();
  return createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16);
}

/** Logistic regression with AdaGrad steps and a fixed shuffle, so a run is repeatable. */
function train(xs: readonly string[][], ys: readonly number[]): Trained {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let gBias = 1e-8;
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = xs.map((_, i) => i);
  for (let e = 0; e < EPOCHS; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = xs[i]!;
      let z = bias;
      for (const f of x) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - ys[i]!;
      for (const f of x) {
        const wf = w.get(f) ?? 0;
        const gf = g + L2 * wf;
        const acc = (g2.get(f) ?? 1e-8) + gf * gf;
        g2.set(f, acc);
        w.set(f, wf - (RATE * gf) / Math.sqrt(acc));
      }
      gBias += g * g;
      bias -= (RATE * g) / Math.sqrt(gBias);
    }
  }
  return { bias, weights: w };
}

interface Trained {
  bias: number;
  weights: Map<string, number>;
}

/** Every weights array follows the vocabulary; a weight too small to matter is stored as 0. */
function store(models: Record<string, Trained>): Pick<StoredWordModel, 'vocabulary'> & { models: Record<string, { bias: number; weights: string }> } {
  const vocab = new Set<string>();
  for (const m of Object.values(models)) for (const [f, v] of m.weights) if (Math.abs(v) >= KEEP) vocab.add(f);
  const vocabulary = [...vocab].sort();
  const round = (v: number): number => Math.round(v * 1e3) / 1e3;
  return {
    vocabulary,
    models: Object.fromEntries(
      Object.entries(models).map(([k, m]) => [k, { bias: round(m.bias), weights: encodeWeights(vocabulary.map((f) => (Math.abs(m.weights.get(f) ?? 0) >= KEEP ? round(m.weights.get(f)!) : 0))) }]),
    ),
  };
}

function heaviest(m: Trained, n = 12): string {
  return [...m.weights]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([f, v]) => `${f.slice(2)} ${v.toFixed(2)}`)
    .join(', ');
}

async function main(): Promise<void> {
  const heldOut = new Set(HELD_OUT.map((c) => c.id));
  const cases = TUNING.filter((c) => c.heading !== null && !heldOut.has(c.id));
  const texts = await Promise.all(cases.map(async (c) => readParticipationText(await buildDocx({ blocks: caseDocument(c) }))));
  const all = texts.map(textFeatures);
  const seen = new Map<string, number>();
  for (const fs of all) for (const f of fs) seen.set(f, (seen.get(f) ?? 0) + 1);
  const feats = all.map((fs) => fs.filter((f) => (seen.get(f) ?? 0) >= MIN_SECTIONS));
  const fit = (keep: (c: CorpusCase) => boolean, label: (c: CorpusCase) => boolean): Trained => {
    const idx = cases.map((c, i) => (keep(c) ? i : -1)).filter((i) => i >= 0);
    return train(
      idx.map((i) => feats[i]!),
      idx.map((i) => (label(cases[i]!) ? 1 : 0)),
    );
  };
  const elements = Object.fromEntries(MODEL_ELEMENTS.map((k) => [k, fit((c) => !FULL_ONLY.has(k) || c.full === true, LABEL[k])]));
  const levels = Object.fromEntries(LEVEL_CLASSES.map((l) => [`niveau ${l}`, fit(() => true, (c) => (c.level ?? 'geen') === l)]));
  const { vocabulary, models } = store({ ...elements, ...levels });
  const model: StoredWordModel = {
    trainedOn: { count: cases.length, hash: trainingHash(cases) },
    vocabulary,
    elements: Object.fromEntries(MODEL_ELEMENTS.map((k) => [k, models[k]!])) as StoredWordModel['elements'],
    levels: Object.fromEntries(LEVEL_CLASSES.map((l) => [l, models[`niveau ${l}`]!])) as StoredWordModel['levels'],
  };
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  console.log(`word model: ${cases.length} labelled sections, ${vocabulary.length} words and word pairs, written to src/docx/word-model.json`);
  for (const [k, m] of Object.entries({ ...elements, ...levels })) console.log(`  ${k}: ${heaviest(m)}`);
}

// Run as a script; a test imports trainingHash only.
if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
