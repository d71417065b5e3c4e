// Tab bench: first-page JS (gzip) as the browser actually loads it, and the time to render a werkgroep
// with 500 actions relative to an empty werkgroep, both measured in headless Chromium in this run.
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { tabTestSeed } from '../tab/support/seed.ts';
import { ensureTabBuilt, startTabStack } from '../tab/support/stack.ts';
import type { TabStack } from '../tab/support/stack.ts';

const GOAL_KB = 150;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Gzip size of every script the browser fetched until the Overzicht stood on screen. `hosted` loads the
 * tab in an iframe, as Teams does, so teams-js is loaded too (no host answers, so it falls back to demo).
 */
async function firstPageJs(page: Page, url: string, hosted = false): Promise<{ gzip: number; files: number }> {
  const bodies: Promise<Buffer>[] = [];
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === 'script') bodies.push(r.body());
  };
  page.on('response', onResponse);
  if (hosted) {
    await page.setContent(`<iframe title="tab" src="${url}" style="width:1200px;height:800px"></iframe>`);
    await page.frameLocator('iframe').getByTestId('open-actions').waitFor({ timeout: 30_000 });
  } else {
    await page.goto(url);
    await page.getByTestId('open-actions').waitFor();
  }
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const all = await Promise.all(bodies);
  return { gzip: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0), files: all.length };
}

async function renderMs(page: Page, stack: TabStack, expectText: RegExp): Promise<number> {
  await page.goto('about:blank');
  const started = Date.now();
  await page.goto(`${stack.url}/tab.html#/overzicht`);
  await page.getByTestId('open-actions').getByText(expectText).first().waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

export async function run(): Promise<void> {
  await ensureTabBuilt();
  const now = new Date();
  const big = await startTabStack(tabTestSeed({ now, extraActions: 500, emptyWerkgroep: true }));
  const empty = await startTabStack(tabTestSeed({ now, emptyWerkgroep: true }));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const js = await firstPageJs(page, `${empty.url}/tab.html#/overzicht`);
    const kb = js.gzip / 1024;
    console.log(`first-page JS (demo, outside Teams): ${kb.toFixed(1)} KB gzip in ${js.files} files (goal <= ${GOAL_KB} KB) ${kb <= GOAL_KB ? 'OK' : 'OVER'}`);
    const inFrame = await firstPageJs(page, `${empty.url}/tab.html#/overzicht`, true);
    console.log(`first-page JS when hosted in a frame (adds teams-js): ${(inFrame.gzip / 1024).toFixed(1)} KB gzip in ${inFrame.files} files`);

    // Warm up both once (JIT, HTTP cache), then alternate so drift hits both alike.
    await renderMs(page, empty, /Er zijn geen open acties/);
    await renderMs(page, big, /open acties/);
    const tEmpty: number[] = [];
    const tBig: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      tEmpty.push(await renderMs(page, empty, /Er zijn geen open acties/));
      tBig.push(await renderMs(page, big, /Actie 500:/));
    }
    const count = await page.getByTestId('action-item').count();
    const e = median(tEmpty);
    const b = median(tBig);
    console.log(`render Overzicht, empty werkgroep: median ${e} ms over ${RUNS} runs`);
    console.log(`render Overzicht, 500 actions (${count} open shown): median ${b} ms over ${RUNS} runs`);
    console.log(`ratio 500 actions / empty: ${(b / e).toFixed(2)}x`);
  } finally {
    await browser.close();
    await big.close();
    await empty.close();
  }
}
