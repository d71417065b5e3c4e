// Word add-in figures measured in this run: task pane JS size (gzip) from a fresh production build,
// and context.sync round trips per action against the Word fake. Goals from issue 4:
// entry JS <= 150 KB gzip; insert and update 2 syncs each (1 read, 1 write).
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { readDocumentState, saveAnswers, writeParticipatieParagraph } from '../../addin/word/index.ts';
import { buildBwVoorstel, createFakeHost } from '../../addin/word-fake/index.ts';
import { NOW, TEXT_V1, TEXT_V2, exampleAnswers } from '../addin/support.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function bundleSizes(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'addin-bench-'));
  try {
    await build({ configFile: join(root, 'addin/vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const html = await readFile(join(outDir, 'taskpane.html'), 'utf8');
    const gz = async (rel: string) => gzipSync(await readFile(join(outDir, rel))).length;
    const entry = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g)].map((m) => m[1]!);
    const preload = [...html.matchAll(/rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]!);
    const entrySize = (await Promise.all(entry.map(gz))).reduce((a, b) => a + b, 0);
    const staticSize = (await Promise.all(preload.map(gz))).reduce((a, b) => a + b, 0);
    const assets = (await readdir(join(outDir, 'assets'))).filter((f) => f.endsWith('.js'));
    const sizes = await Promise.all(assets.map(async (f) => [f, await gz(join('assets', f))] as const));
    const onStartup = sizes.filter(([f]) => /^(word-ops|paragraph-ops|answers|parse|escape)-/.test(f)).reduce((a, [, n]) => a + n, 0);
    const first = entrySize + staticSize;
    console.log(`task pane entry script:                 ${kb(entrySize)} gzip`);
    console.log(`entry + static imports (first step):    ${kb(first)} gzip  (goal <= 150 KB: ${first <= 150 * 1024 ? 'met' : 'NOT met'})`);
    console.log(`+ document read on open (lazy chunks):  ${kb(first + onStartup)} gzip`);
    console.log(`all task pane + demo JS:                ${kb(sizes.reduce((a, [, n]) => a + n, 0))} gzip`);
    for (const [f, n] of sizes.sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`  ${f.padEnd(36)} ${kb(n)}`);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function syncCounts(): Promise<void> {
  const doc = buildBwVoorstel('with-heading');
  const host = createFakeHost(doc);
  const measure = async (label: string, action: () => Promise<unknown>) => {
    doc.syncCount = 0;
    const result = (await action()) as { status?: string } | undefined;
    console.log(`${label.padEnd(40)} ${doc.syncCount} sync(s)${result?.status ? `  -> ${result.status}` : ''}`);
    return doc.syncCount;
  };
  await measure('open: read state', () => readDocumentState(host));
  await measure('save answers as you go', () => saveAnswers(host, { q1_soortStuk: 'raadsvoorstel' }));
  // The fixture has hand-written text under its heading: keep it, as most scenarios do (otherwise the pane asks first).
  const insert = await measure('insert', () => writeParticipatieParagraph(host, { answers: exampleAnswers, text: TEXT_V1, generatedAt: NOW, existingText: 'keep' }));
  const update = await measure('update', () => writeParticipatieParagraph(host, { answers: exampleAnswers, text: TEXT_V2, generatedAt: NOW }));
  doc.editControlText('participatieparagraaf', 'Eigen tekst');
  await measure('update after hand edit (asks, no write)', () =>
    writeParticipatieParagraph(host, { answers: exampleAnswers, text: TEXT_V1, generatedAt: NOW }),
  );
  console.log(`insert + update: ${insert} and ${update} syncs (goal: 2 each, 1 of them a write)`);
}

export async function run(): Promise<void> {
  await bundleSizes();
  await syncCounts();
}
