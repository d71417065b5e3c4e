import { defineConfig } from 'vite';
import { tabViteConfig } from './vite/config.ts';

// Build only: `vite build` is the production tab (dist/tab), `--mode demo` the demo tab (dist/tab-demo).
// `npm run dev:tab` (src/tab/vite/dev-server.ts) adds the demo wiring to the emulator.
export default defineConfig(({ mode }) => tabViteConfig({ demo: mode === 'demo' }));
