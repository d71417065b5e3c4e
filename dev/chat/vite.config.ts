import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The chat view's page: plain TypeScript and the Adaptive Cards renderer, served by the chat server
// from dist/chat. `base: './'` keeps it servable from any path.
export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/chat', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { chat: fileURLToPath(new URL('./client/chat.html', import.meta.url)) } },
  },
});
