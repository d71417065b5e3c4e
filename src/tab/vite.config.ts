import { defineConfig } from 'vite';
import { tabViteConfig } from './vite/config.ts';

// Build only. `npm run dev:tab` (src/tab/vite/dev-server.ts) adds the demo wiring to the emulator.
export default defineConfig(tabViteConfig());
