// Shared by the tab's end-to-end tests in Chromium: the stack and one page per file, axe, and day arithmetic.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { TabStack } from '../tab/support/stack.ts';
import { launchBrowser } from './browser.ts';

export const ARTIFACTS = 'tests/artifacts';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What a test file drives; set once its `beforeAll` has run. */
export interface TabE2e {
  stack: TabStack;
  browser: Browser;
  page: Page;
  /** Errors the page threw: a test ends by expecting none. */
  problems: string[];
}

/**
 * Starts the stack and Chromium with one page before the file's tests and closes both after them.
 * One page for all tests: the single-process Chromium from npm ends when a page's own context closes.
 */
export function useTabE2e(start: () => Promise<TabStack>, options: { acceptDownloads?: boolean; timeout?: number } = {}): TabE2e {
  const e2e = { problems: [] as string[] } as TabE2e;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    e2e.stack = await start();
    e2e.browser = await launchBrowser();
    e2e.page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: options.acceptDownloads ?? false });
    e2e.page.on('pageerror', (e) => e2e.problems.push(`pageerror: ${e.message}`));
  }, options.timeout ?? 120_000);
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.stack?.close();
  });
  return e2e;
}

/** axe-core on the page as it is now; no violations expected. */
export async function expectAxeClean(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(async () => {
    // Tabster's focus-trap helpers (<i data-tabster-dummy tabindex=0 aria-hidden>) hand focus on at
    // once; axe flags them as aria-hidden-focus, a known false positive for Fluent UI v9.
    const r = await (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ exclude: [['[data-tabster-dummy]']] });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  })) as { id: string; targets: string[] }[];
  expect(result, `axe on ${label}`).toEqual([]);
}

/** The calendar day in Amsterdam (yyyy-mm-dd), worked out apart from the tab's own date code. */
export function amsterdamDay(d: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
