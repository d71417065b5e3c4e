import { describe, expect, it } from 'vitest';
import type { TextReading } from './classify.ts';
import { addWordModel, encodeWeights, LEVEL_CLASSES, loadWordModel, MODEL_ELEMENTS, textFeatures } from './word-model.ts';
import type { ModelElement, StoredWordModel } from './word-model.ts';

describe('textFeatures', () => {
  it('gives words, the stems of longer words and neighbouring pairs, each once', () => {
    const f = textFeatures('Bewoners kregen een brief. Bewoners lazen hem.');
    expect(f).toEqual(expect.arrayContaining(['u:bewoners', 'p:bewon', 'b:bewoners_kregen', 'b:brief_.', 'u:.']));
    expect(f.filter((x) => x === 'u:bewoners')).toHaveLength(1);
    expect(f).not.toContain('p:een');
  });

  it('reads numbers as one word and letters without their accents, as people type them either way', () => {
    expect(textFeatures('In 2026 zijn zij geïnformeerd')).toEqual(expect.arrayContaining(['u:0', 'b:in_0', 'u:geinformeerd']));
    expect(textFeatures('In 14 dagen zijn zij geinformeerd')).toEqual(expect.arrayContaining(['u:0', 'b:in_0', 'u:geinformeerd']));
  });

  it('ends a paragraph or a table cell like a sentence', () => {
    expect(textFeatures('Terugkoppeling\tper brief')).toContain('b:terugkoppeling_.');
  });
});

describe('stored weights', () => {
  const stored = (weights: number[]): StoredWordModel => {
    const linear = { bias: 0, weights: encodeWeights(weights) };
    return {
      trainedOn: { count: 0, hash: '' },
      vocabulary: weights.map((_, i) => `u:w${i}`),
      elements: Object.fromEntries(MODEL_ELEMENTS.map((k) => [k, linear])) as StoredWordModel['elements'],
      levels: Object.fromEntries(LEVEL_CLASSES.map((l) => [l, linear])) as StoredWordModel['levels'],
    };
  };

  it('reads back the same floats as the weights in thousandths would parse to', () => {
    const weights = [0, 0.001, -0.001, 0.123, -4.314, 32.767, -32.767, 1.5];
    const model = loadWordModel(stored(weights));
    expect([...model.elements.wie.weights]).toEqual([...Float32Array.from(weights)]);
  });

  it('refuses a weight too large to store instead of clipping it', () => {
    expect(() => encodeWeights([32.768])).toThrow(RangeError);
  });

  it('refuses weights that do not match the vocabulary', () => {
    const broken = stored([1, 2]);
    broken.vocabulary.push('u:extra');
    expect(() => loadWordModel(broken)).toThrow(/2 words, the vocabulary 3/);
  });
});

/** A model that knows a few words, each enough on its own to make it sure of one thing. */
function tinyModel(sure: Partial<Record<ModelElement | `niveau ${string}`, string>>, weight = 20): ReturnType<typeof loadWordModel> {
  const vocabulary = [...new Set(Object.values(sure))].map((w) => `u:${w}`).sort();
  const linear = (word: string | undefined) => ({ bias: -10, weights: encodeWeights(vocabulary.map((v) => (v === `u:${word}` ? weight : 0))) });
  const stored: StoredWordModel = {
    trainedOn: { count: 0, hash: '' },
    vocabulary,
    elements: Object.fromEntries(MODEL_ELEMENTS.map((k) => [k, linear(sure[k])])) as StoredWordModel['elements'],
    levels: Object.fromEntries(LEVEL_CLASSES.map((l) => [l, linear(sure[`niveau ${l}`])])) as StoredWordModel['levels'],
  };
  return loadWordModel(stored);
}

const NOTHING: TextReading = {
  kind: 'uitgevoerd',
  elements: { wie: false, niveauWaarom: false, watGedaan: false, watMetInbreng: false, terugkoppeling: false },
  evidence: {},
};

describe('addWordModel', () => {
  const model = tinyModel({ terugkoppeling: 'uitkomsten', wanneer: 'voorjaar', reden: 'spoed', 'niveau meebeslissen': 'stemden', 'niveau geen': 'nvt' });

  it('adds what it is sure of and the rules missed, with the sentence that weighed most, and says it was the model', () => {
    const text = 'We hielden een avond in het dorpshuis. Daarna kregen alle deelnemers de uitkomsten per post.';
    const r = addWordModel(NOTHING, text, model);
    expect(r.elements.terugkoppeling).toBe(true);
    expect(r.evidence.terugkoppeling).toBe('Daarna kregen alle deelnemers de uitkomsten per post.');
    expect(r.byModel).toEqual(['terugkoppeling']);
    expect(r.elements.wie).toBe(false);
  });

  it('adds nothing where its words are absent', () => {
    const r = addWordModel(NOTHING, 'We hielden een avond in het dorpshuis.', model);
    expect(r).toEqual({ ...NOTHING, byModel: [] });
  });

  it('keeps what the rules found, with their words, and takes nothing away', () => {
    const rules: TextReading = { ...NOTHING, elements: { ...NOTHING.elements, terugkoppeling: true, wie: true }, evidence: { terugkoppeling: 'kregen een brief', wie: 'bewoners' } };
    const r = addWordModel(rules, 'Bewoners kregen een brief met de uitkomsten.', model);
    expect(r.evidence).toEqual({ terugkoppeling: 'kregen een brief', wie: 'bewoners' });
    expect(r.elements).toEqual(rules.elements);
    expect(r.byModel).toEqual([]);
  });

  it('adds only above its bar: less sure than that, the rules stand alone', () => {
    // bias -10 + 12.5 = 2.5: p = 0.92, under the bar for feedback (0.99).
    const unsure = tinyModel({ terugkoppeling: 'uitkomsten' }, 12.5);
    expect(addWordModel(NOTHING, 'Deelnemers kregen de uitkomsten.', unsure).elements.terugkoppeling).toBe(false);
    const sure = tinyModel({ terugkoppeling: 'uitkomsten' }, 16);
    expect(addWordModel(NOTHING, 'Deelnemers kregen de uitkomsten.', sure).elements.terugkoppeling).toBe(true);
  });

  it('leaves an empty section empty', () => {
    const empty: TextReading = { kind: 'leeg', elements: NOTHING.elements, evidence: {} };
    expect(addWordModel(empty, 'uitkomsten', model)).toEqual({ ...empty, byModel: [] });
  });

  it('reads a reason for no participation the rules did not see, and when the participation took place', () => {
    const none: TextReading = { ...NOTHING, kind: 'geen-zonder-reden' };
    const r = addWordModel(none, 'Geen participatie. Het besluit moest met spoed worden genomen.', model);
    expect(r.kind).toBe('geen-met-reden');
    expect(r.evidence.reden).toBe('Het besluit moest met spoed worden genomen.');
    const when = addWordModel(NOTHING, 'Bewoners dachten mee. Dat was in het voorjaar.', model);
    expect(when.evidence.wanneer).toBe('Dat was in het voorjaar.');
    expect(when.byModel).toEqual(['wanneer']);
  });

  it('takes over the level where the rules had none or only a loose cue, not where they read the rung', () => {
    const text = 'De bewoners stemden over drie ontwerpen.';
    const none = addWordModel(NOTHING, text, model);
    expect(none.guess).toMatchObject({ level: 'meebeslissen', evidence: text });
    expect(none.guess!.confidence).toBeLessThan(1);
    expect(none.byModel).toEqual(['niveau']);
    const cue = addWordModel({ ...NOTHING, guess: { level: 'raadplegen', confidence: 0.5, evidence: 'ontwerpen' } }, text, model);
    expect(cue.guess?.level).toBe('meebeslissen');
    const read = { ...NOTHING, guess: { level: 'adviseren' as const, confidence: 0.7, evidence: 'vroegen om advies' } };
    expect(addWordModel(read, text, model).guess).toEqual(read.guess);
    // Sure there is no rung to tell: the rules' guess stands.
    expect(addWordModel({ ...NOTHING, guess: { level: 'raadplegen', confidence: 0.5 } }, 'nvt', model).guess?.level).toBe('raadplegen');
  });

  it('shows at most twenty words of a long sentence', () => {
    const long = `De deelnemers kregen ${'een heel lange brief met '.repeat(6)}de uitkomsten.`;
    const e = addWordModel(NOTHING, long, model).evidence.terugkoppeling!;
    expect(e.split(' ')).toHaveLength(21);
    expect(e.endsWith(' …')).toBe(true);
  });
});
