import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildParts, isStale, newestSourceTime, type BuildTarget } from './build.ts';

let root: string;
const target: BuildTarget = { part: 'chat', label: 'de chat', script: 'build:x', output: 'dist/x/x.html', sources: ['app', 'package-lock.json'] };
const at = (file: string, seconds: number) => utimesSync(join(root, file), seconds, seconds);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'start-build-'));
  mkdirSync(join(root, 'app/node_modules'), { recursive: true });
  mkdirSync(join(root, 'dist/x'), { recursive: true });
  writeFileSync(join(root, 'app/a.ts'), 'a');
  writeFileSync(join(root, 'app/a.test.ts'), 't');
  writeFileSync(join(root, 'app/node_modules/m.js'), 'm');
  writeFileSync(join(root, 'package-lock.json'), '{}');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('isStale', () => {
  it('is stale without output', () => {
    expect(isStale(root, target)).toBe(true);
  });

  it('compares the output with the newest source, ignoring tests and node_modules', () => {
    writeFileSync(join(root, 'dist/x/x.html'), '<html>');
    at('app/a.ts', 1000);
    at('package-lock.json', 1000);
    at('dist/x/x.html', 2000);
    at('app/a.test.ts', 5000);
    at('app/node_modules/m.js', 5000);
    expect(newestSourceTime(root, target.sources)).toBe(1000 * 1000);
    expect(isStale(root, target)).toBe(false);
    at('app/a.ts', 3000);
    expect(isStale(root, target)).toBe(true);
  });
});

describe('buildParts', () => {
  it('reports a part without its npm script as not made, and --no-build as skipped', async () => {
    writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts: {} }));
    const lines: string[] = [];
    const [noScript] = await buildParts({ root, logDir: join(root, 'logs'), build: true, print: (l) => lines.push(l), targets: [target] });
    expect(noScript).toEqual({ part: 'chat', state: 'no-script', available: true });
    const [skipped] = await buildParts({ root, logDir: join(root, 'logs'), build: false, print: (l) => lines.push(l), targets: [target] });
    expect(skipped).toEqual({ part: 'chat', state: 'skipped', available: true });
    expect(lines).toEqual([]);
  });

  it('runs the script when stale, prints Dutch progress, and reports a failure without stopping', async () => {
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({ scripts: { 'build:x': 'node -e "require(\'fs\').writeFileSync(\'dist/x/x.html\', \'new\')"', 'build:y': 'node -e "process.exit(3)"' } }),
    );
    at('app/a.ts', 9000);
    const lines: string[] = [];
    const failing: BuildTarget = { ...target, part: 'tab', label: 'de tab', script: 'build:y', output: 'dist/y/y.html' };
    const outcomes = await buildParts({ root, logDir: join(root, 'logs'), build: true, print: (l) => lines.push(l), targets: [target, failing] });
    expect(outcomes).toEqual([
      { part: 'chat', state: 'built', available: true },
      { part: 'tab', state: 'failed', available: false },
    ]);
    expect(lines[0]).toBe('Bouwen: de chat ...');
    expect(lines[1]).toMatch(/^Klaar: de chat is gebouwd \(\d+ s\)\.$/);
    expect(lines[3]).toMatch(/^Het bouwen van de tab is mislukt\. Kijk in .*build-y\.log/);
    expect(isStale(root, target)).toBe(false);
  });
});
