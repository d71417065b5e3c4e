// `npm run dev:tab`: the tab with hot reload, the Graph emulator with the demo tenant in this process,
// and the emulator behind the tab's own origin (/graph), so the browser shows no certificate warning.
import { createServer } from 'vite';
import { tabViteConfig } from '../../src/tab/vite.config.ts';
import { startDemoEmulator } from './demo-target.ts';
import { demoGraphPlugin } from './graph-proxy.ts';

const demo = await startDemoEmulator();
const server = await createServer(tabViteConfig({ demo: true, plugins: [demoGraphPlugin(async () => demo.target)] }));
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`Tab (demo): ${url}tab.html`);

const stop = async () => {
  await server.close();
  await demo.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
