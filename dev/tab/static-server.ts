import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { LOCAL_FRAME_ANCESTORS, createStaticHandler, securityHeaders } from '../../src/web/index.ts';
import { createDemoGraphMiddleware } from './graph-proxy.ts';
import type { DemoGraphTarget } from './graph-proxy.ts';
import { TAB_DEMO_OUT_DIR } from '../../src/tab/vite.config.ts';

/**
 * Serves the built demo tab (dist/tab-demo) with the demo wiring in front: for `npm start`, the e2e tests and the
 * bench. Listens on 127.0.0.1; port 0 picks a free port.
 */
export async function startTabServer(options: {
  target: DemoGraphTarget;
  dir?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const root = resolve(options.dir ?? TAB_DEMO_OUT_DIR);
  const demo = createDemoGraphMiddleware(async () => options.target);
  const serveFile = createStaticHandler([{ prefix: '/', dir: root }], { headers: securityHeaders({ kind: 'embed', extraAncestors: LOCAL_FRAME_ANCESTORS }) });
  const server = createServer((req, res) => {
    demo(req, res, () => {
      // The bare origin opens the tab itself.
      if (req.url === '/' || req.url?.startsWith('/?')) req.url = `/tab.html${req.url.slice(1)}`;
      serveFile(req, res).then(
        (done) => {
          if (!done) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
        },
        () => res.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
