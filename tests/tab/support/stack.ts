import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { buildEmulator } from '../../../dev/graph-emulator/index.ts';
import type { Emulator, TenantSeed } from '../../../dev/graph-emulator/index.ts';
import type { TabConfig } from '../../../src/tab/app/host.ts';
import { tabViteConfig } from '../../../src/tab/vite.config.ts';
import { startTabServer } from '../../../dev/tab/static-server.ts';
import { IDS } from './seed.ts';

const built = new Map<'demo' | 'production', Promise<string>>();

/**
 * Builds the tab once per process and variant into its own temp folder, so tests always run the current
 * sources and parallel runs (a test run next to `npm run build:tab`) never replace files under a running
 * server. The demo build is the default; `production` is what `npm run build` ships.
 */
export function ensureTabBuilt(variant: 'demo' | 'production' = 'demo'): Promise<string> {
  let done = built.get(variant);
  if (!done) {
    done = (async () => {
      const outDir = mkdtempSync(join(tmpdir(), `tab-build-${variant}-`));
      const config = tabViteConfig({ demo: variant === 'demo' });
      await build({ ...config, build: { ...config.build, outDir, emptyOutDir: true } });
      return outDir;
    })();
    built.set(variant, done);
  }
  return done;
}

export interface TabStack {
  emulator: Emulator;
  /** The emulator's own https address, for a Node Graph client in a test. */
  emulatorUrl: string;
  url: string;
  close(): Promise<void>;
}

/** Emulator (port 0) + the built tab behind its own origin with `/graph` proxied to the emulator. */
export async function startTabStack(
  seed: TenantSeed,
  user: string = IDS.voorzitter,
  options: { variant?: 'demo' | 'production'; tabConfig?: Partial<TabConfig> } = {},
): Promise<TabStack> {
  const dir = await ensureTabBuilt(options.variant);
  const emulator = buildEmulator({ seed });
  const { url: emulatorUrl } = await emulator.listen(0, '127.0.0.1');
  const tab = await startTabServer({
    dir,
    target: {
      emulatorUrl: emulatorUrl.replace(/\/+$/, ''),
      ca: emulator.ca,
      issueToken: (userId) => emulator.issueDevToken(userId ?? user),
      tabConfig: { demo: true, demoGroupId: IDS.werkgroep, demoUserId: user, mtGroupId: IDS.mt, ...options.tabConfig },
    },
  });
  return {
    emulator,
    emulatorUrl: emulatorUrl.replace(/\/+$/, ''),
    url: tab.url,
    async close() {
      await tab.close();
      await emulator.close();
    },
  };
}
