// Median time to generate and render one participatieparagraaf, per worked example (goal: <= 1 ms).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateParagraph, parseAnswers, renderParagraphHtml, renderParagraphText, validateAnswers } from '../../src/participation/index.ts';
import type { Answers } from '../../src/participation/index.ts';

const EXAMPLES = ['a-speelruimte', 'b-leges', 'c-bopa', 'd-dorpsplein'];
const WARMUP = 200;
const ROUNDS = 2000;

function load(name: string): Answers {
  const parsed = parseAnswers(JSON.parse(readFileSync(new URL(`../../examples/voorbeeld-${name}.json`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`voorbeeld-${name}.json: ${parsed.problems.map((p) => p.message).join(' ')}`);
  return parsed.answers;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 0 ? (s[mid - 1]! + s[mid]!) / 2 : s[mid]!;
}

function measure(fn: () => void): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function run(): Promise<void> {
  const all: number[] = [];
  let sink = 0;
  console.log(`generate + render text + html, median of ${ROUNDS} runs per example (goal <= 1 ms per paragraph):`);
  for (const name of EXAMPLES) {
    const answers = load(name);
    const ms = measure(() => {
      const p = generateParagraph(answers);
      sink += renderParagraphText(p).length + renderParagraphHtml(p).length;
    });
    const withChecks = measure(() => {
      sink += validateAnswers(answers, { today: '2026-01-01' }).length;
    });
    all.push(ms);
    console.log(`  voorbeeld ${name.padEnd(14)} ${(ms * 1000).toFixed(1).padStart(7)} µs   (validation ${(withChecks * 1000).toFixed(1)} µs)`);
  }
  const worst = Math.max(...all);
  console.log(`  median over examples: ${(median(all) * 1000).toFixed(1)} µs; slowest example ${(worst * 1000).toFixed(1)} µs; goal 1000 µs → ${worst <= 1 ? 'met' : 'NOT met'}`);
  if (sink < 0) console.log(sink);
}
