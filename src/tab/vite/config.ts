import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { InlineConfig, UserConfig } from 'vite';
import { LOCAL_FRAME_ANCESTORS, securityHeaders } from '../../web/index.ts';
import { demoGraphPlugin } from './graph-proxy.ts';
import type { DemoGraphTarget } from './graph-proxy.ts';

export const TAB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The production build (`npm run build:tab`): no demo path in it. */
export const TAB_OUT_DIR = resolve(TAB_ROOT, '../../dist/tab');
/** The demo build (`npm run build:tab:demo`, used by `npm start`): runs outside Teams on demo data. */
export const TAB_DEMO_OUT_DIR = resolve(TAB_ROOT, '../../dist/tab-demo');

const devHeaders = securityHeaders({ kind: 'embed', extraAncestors: LOCAL_FRAME_ANCESTORS });

export interface TabViteOptions {
  /** Build-time flag: the demo build may run outside Teams with dev tokens; production never can. */
  demo?: boolean;
  /** Wires the demo: `/graph` → the emulator behind the tab's own origin (dev server only). */
  target?: () => Promise<DemoGraphTarget>;
}

/**
 * The tab's Vite config. Used by vite.config.ts (build:tab, build:tab:demo), the dev server, and
 * programmatically by the e2e tests and the bench. A `target` implies the demo build.
 */
export function tabViteConfig(options: TabViteOptions = {}): UserConfig & InlineConfig {
  const { target } = options;
  const demo = options.demo ?? target !== undefined;
  return {
    root: TAB_ROOT,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), ...(target ? [demoGraphPlugin(target)] : [])],
    define: { __TAB_DEMO_BUILD__: JSON.stringify(demo) },
    build: {
      outDir: demo ? TAB_DEMO_OUT_DIR : TAB_OUT_DIR,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: { tab: resolve(TAB_ROOT, 'tab.html') },
        // Node-only paths of the gateway (app-only tokens, the emulator's CA) are dynamic imports the
        // browser never reaches; keep them out of the bundle.
        external: ['undici', '@azure/msal-node'],
      },
    },
    // The same security headers as production, with the local origins that frame the tab in development.
    server: { host: '127.0.0.1', port: 5173, strictPort: false, headers: devHeaders },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false, headers: devHeaders },
  };
}
