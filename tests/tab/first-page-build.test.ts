// What the production tab's first page is made of: one entry chunk (plus the bundler's small runtime)
// holding the shell and the Overzicht, no lazy page, and none of the Graph SDK's parts the tab never runs.
// The size itself is measured by `npm run bench -- tab`; this keeps the shape that size depends on.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compactFluentTokens, tabViteConfig } from '../../src/tab/vite.config.ts';

let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'tab-first-page-'));
  const config = tabViteConfig();
  await build({ ...config, logLevel: 'silent', build: { ...config.build, outDir, sourcemap: true } });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The entry script of tab.html and every chunk it imports statically, as paths below outDir. */
function firstPageFiles(): string[] {
  const html = readFileSync(join(outDir, 'tab.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('tab.html has no module script');
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    // Static imports only (`import{a as b}from"./x.js"`, `import"./x.js"`); `import("./x.js")` is lazy.
    for (const m of code.matchAll(/\bimport\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*(?:from\s*)?["']\.\/([^"']+)["']/g)) {
      visit(join(file, '..', m[1]!));
    }
  };
  visit(entry);
  return [...seen];
}

/** The source files a built chunk was made from, from its source map (the runtime chunk has none). */
function sourcesOf(file: string): string[] {
  if (!existsSync(join(outDir, `${file}.map`))) return [];
  const map = JSON.parse(readFileSync(join(outDir, `${file}.map`), 'utf8')) as { sources: string[] };
  return map.sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
}

describe('the production tab first page', () => {
  it('is one entry chunk, apart from the bundler runtime', () => {
    const files = firstPageFiles();
    const others = files.slice(1).filter((f) => !/rolldown-runtime|preload-helper/.test(f));
    expect(others).toEqual([]);
  });

  it('holds the shell and the Overzicht, but no lazy page and no unused part of the Graph SDK', () => {
    const sources = firstPageFiles().flatMap(sourcesOf);
    expect(sources.some((s) => s.endsWith('src/tab/app/app.tsx'))).toBe(true);
    expect(sources.some((s) => s.endsWith('src/tab/features/overzicht/overzicht-page.tsx'))).toBe(true);
    const lazy = sources.filter((s) => /src\/tab\/features\/(?!overzicht\/)[^/]+\/[^/]+-page\.tsx$/.test(s));
    expect(lazy).toEqual([]);
    const sdk = sources.filter((s) => s.includes('microsoft-graph-client/'));
    expect(sdk.some((s) => s.endsWith('/GraphRequest.js'))).toBe(true);
    expect(sdk.filter((s) => /LargeFileUploadTask|ChaosStrategy|BatchRequestContent/.test(s))).toEqual([]);
  });
});

describe('the compacted Fluent tokens', () => {
  it('are the same object as Fluent writes out, key for key and in the same order', async () => {
    const file = fileURLToPath(new URL('../../node_modules/@fluentui/tokens/lib/tokens.js', import.meta.url));
    const plugin = compactFluentTokens() as { transform: (code: string, id: string) => { code: string } | undefined };
    const out = plugin.transform(readFileSync(file, 'utf8'), file);
    expect(out).toBeDefined();
    expect(out!.code.length).toBeLessThan(readFileSync(file, 'utf8').length / 2);
    const compact = (await import(`data:text/javascript,${encodeURIComponent(out!.code)}`)) as { tokens: Record<string, string> };
    const original = (await import(pathToFileURL(file).href)) as { tokens: Record<string, string> };
    expect(Object.entries(compact.tokens)).toEqual(Object.entries(original.tokens));
  });
});
