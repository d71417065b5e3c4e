import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// Two pages: the real task pane (office.js from Microsoft's CDN) and the demo page that runs the
// same pane next to the simulated document. `base: './'` keeps the build servable from any path.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  // The manifest's icons are served from the root of the task pane's origin.
  publicDir: fileURLToPath(new URL('../manifest/icons', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../dist/addin', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      // The participation core, the text module and the Word layer are pure by design: a module
      // is only bundled where its exports are used, which keeps zod and the XML code out of the
      // first step of the wizard. @xmldom/xmldom has no global side effects either; the pane
      // never parses XML with it (only the core's parseAnswersXml does, which the pane does not use).
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/](src[\\/](participation|text)|addin[\\/]word|node_modules[\\/]@xmldom)[\\/]/.test(id),
      },
      input: {
        taskpane: fileURLToPath(new URL('taskpane.html', import.meta.url)),
        demo: fileURLToPath(new URL('demo.html', import.meta.url)),
      },
    },
  },
  server: { port: 3000, strictPort: true },
  preview: { port: 3000 },
});
