// The production tab build carries the error texts of the areas the tab runs (graph, workgroups, tab) and
// none of the others; a tab module that names a code of another area stops the build.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { tabViteConfig } from '../../src/tab/vite.config.ts';
import { botErrors } from '../../src/text/errors-bot.ts';
import { graphErrors } from '../../src/text/errors-graph.ts';
import { participationErrors } from '../../src/text/errors-participation.ts';
import { scanErrors } from '../../src/text/errors-scan.ts';
import { storeErrors } from '../../src/text/errors-store.ts';
import { tabErrors } from '../../src/text/errors-tab.ts';
import { wordErrors } from '../../src/text/errors-word.ts';
import { workgroupsErrors } from '../../src/text/errors-workgroups.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function buildTab(plugins: Plugin[] = []): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'tab-build-'));
  dirs.push(outDir);
  const config = tabViteConfig({ plugins });
  await build({ ...config, logLevel: 'silent', build: { ...config.build, outDir } });
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

describe('tab build: error texts', () => {
  it('keeps the texts of graph, workgroups and tab codes, leaves out bot, participation, scan, store and word', async () => {
    const js = await buildTab();
    for (const text of [...Object.values(tabErrors), ...Object.values(graphErrors), ...Object.values(workgroupsErrors)]) {
      expect(js).toContain(text);
    }
    for (const text of [botErrors, participationErrors, scanErrors, storeErrors, wordErrors].flatMap((a) => Object.values(a))) {
      expect(js).not.toContain(text);
    }
  }, 120_000);

  it('fails when a tab module names a code whose text was left out', async () => {
    const namesScanCode: Plugin = {
      name: 'names-scan-code',
      enforce: 'pre',
      load(id) {
        return id.endsWith('/src/tab/main.tsx') ? `${readFileSync(id, 'utf8')}\nconsole.log('SCAN.NOT_FOUND');\n` : undefined;
      },
    };
    await expect(buildTab([namesScanCode])).rejects.toThrow(/names 'SCAN\.NOT_FOUND'/);
  }, 120_000);
});
