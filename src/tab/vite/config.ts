import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { InlineConfig, UserConfig } from 'vite';
import { demoGraphPlugin } from './graph-proxy.ts';
import type { DemoGraphTarget } from './graph-proxy.ts';

export const TAB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TAB_OUT_DIR = resolve(TAB_ROOT, '../../dist/tab');

/**
 * The tab's Vite config. `target` wires the demo: `/graph` → the emulator behind the tab's own origin.
 * Used by vite.config.ts (dev:tab, build:tab) and programmatically by npm start, e2e tests and the bench.
 */
export function tabViteConfig(target?: () => Promise<DemoGraphTarget>): UserConfig & InlineConfig {
  return {
    root: TAB_ROOT,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), ...(target ? [demoGraphPlugin(target)] : [])],
    build: {
      outDir: TAB_OUT_DIR,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: { tab: resolve(TAB_ROOT, 'tab.html') },
        // Node-only paths of the gateway (app-only tokens, the emulator's CA) are dynamic imports the
        // browser never reaches; keep them out of the bundle.
        external: ['undici', '@azure/msal-node'],
      },
    },
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  };
}
