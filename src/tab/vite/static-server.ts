import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { createDemoGraphMiddleware } from './graph-proxy.ts';
import type { DemoGraphTarget } from './graph-proxy.ts';
import { TAB_OUT_DIR } from './config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * Serves the built tab (dist/tab) with the demo wiring in front: for `npm start`, the e2e tests and the
 * bench. Listens on 127.0.0.1; port 0 picks a free port.
 */
export async function startTabServer(options: {
  target: DemoGraphTarget;
  dir?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const root = resolve(options.dir ?? TAB_OUT_DIR);
  const demo = createDemoGraphMiddleware(async () => options.target);
  const server = createServer((req, res) => {
    demo(req, res, () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname);
      const rel = pathname === '/' ? 'tab.html' : pathname;
      const file = normalize(join(root, rel));
      if (!file.startsWith(root)) {
        res.statusCode = 403;
        res.end();
        return;
      }
      readFile(file).then(
        (body) => {
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
          res.end(body);
        },
        () => {
          res.statusCode = 404;
          res.end('Niet gevonden');
        },
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
