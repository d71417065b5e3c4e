// The core must give the same results in the task pane (browser) as in Node: the hash in
// particular, since the add-in compares it with what the scan computed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { generateParagraph, hashParagraphText, parseAnswersXml, renderParagraphText, serializeAnswersXml } from './index.ts';
import type { Answers } from './index.ts';

const SAMPLES = [
  'abc',
  '  Participatie \r\n met\u00a0spaties\t',
  'één e\u0301e\u0301n 👩‍👩‍👧‍👦 \u202eRTL\u202c',
  'Null\u0000byte\u0007 <script>alert(1)</script> & "quotes"',
  'x'.repeat(10_000),
];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('./index.ts', import.meta.url)), formats: ['iife'], name: 'Participation', fileName: 'p' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const code = outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: code });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('in the browser', () => {
  it('hashParagraphText gives the same hash as in Node, synchronously', async () => {
    const inBrowser = await page.evaluate((samples) => {
      const P = (globalThis as unknown as { Participation: { hashParagraphText(t: string): string } }).Participation;
      return samples.map((s) => P.hashParagraphText(s));
    }, SAMPLES);
    expect(inBrowser).toEqual(SAMPLES.map(hashParagraphText));
  });

  it('generates the same paragraph and reads the same answers XML', async () => {
    const answers = JSON.parse(readFileSync(new URL('../../examples/voorbeeld-a-speelruimte.json', import.meta.url), 'utf8')) as Answers;
    const xml = serializeAnswersXml({ answers, generatedHash: 'h' });
    const result = await page.evaluate(
      ({ answers, xml }) => {
        type P = {
          generateParagraph(a: unknown): unknown;
          renderParagraphText(p: unknown): string;
          parseAnswersXml(x: string): { answers: unknown };
        };
        const P = (globalThis as unknown as { Participation: P }).Participation;
        return { text: P.renderParagraphText(P.generateParagraph(answers)), answers: P.parseAnswersXml(xml).answers };
      },
      { answers, xml },
    );
    expect(result.text).toBe(renderParagraphText(generateParagraph(answers)));
    expect(result.answers).toEqual(parseAnswersXml(xml).answers);
  });
});
