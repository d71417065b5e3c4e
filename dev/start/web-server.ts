// The launcher's web server: the built tab and task pane under /tab/ and /addin/, the Graph emulator
// behind the same origin (/graph, so the browser never sees the emulator's certificate), a start page,
// the privacy, terms and support pages the manifests point to, and /healthz + /readyz. Every page sends
// the same security headers as production (src/web/headers.ts), with the local origins added as frame
// ancestors so the demo's own pages can frame the tab and the pane.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { LOCAL_FRAME_ANCESTORS, createInfoPagesHandler, createStaticHandler, securityHeaders } from '../../src/web/index.ts';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export interface WebServerOptions {
  /** URL prefix (with slashes) → folder with built files. Only parts that exist are mounted. */
  mounts: { prefix: string; dir: string }[];
  /** Runs first (the demo Graph proxy: /graph/, /dev/token, tab-config.json). */
  middleware?: Middleware;
  startPage: () => Promise<string> | string;
  /** Readiness per dependency (store, Graph); all true → 200. */
  ready: () => Promise<Record<string, boolean>>;
  onError?: (message: string, error: unknown) => void;
  /** Request log: id, method, path without query, status, duration. No bodies, no names. */
  log?: Logger;
  /** The municipality's name on the privacy, terms and support pages. */
  gemeenteNaam?: string;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
  res.end(body);
}

export function createWebServer(options: WebServerOptions): Server {
  const embed = securityHeaders({ kind: 'embed', extraAncestors: LOCAL_FRAME_ANCESTORS });
  const serveFile = createStaticHandler(options.mounts, { headers: embed });
  const servePage = createInfoPagesHandler({ gemeenteNaam: options.gemeenteNaam ?? process.env.GEMEENTE_NAAM ?? '', extraAncestors: LOCAL_FRAME_ANCESTORS });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://web.local');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'Ongeldig adres');
    }
    const method = req.method ?? 'GET';
    if (method === 'GET' && pathname === '/healthz') return send(res, 200, 'application/json', JSON.stringify({ status: 'ok' }));
    if (method === 'GET' && pathname === '/readyz') {
      const checks = await options.ready().catch(() => ({ ready: false }));
      const ok = Object.values(checks).every(Boolean);
      return send(res, ok ? 200 : 503, 'application/json', JSON.stringify({ status: ok ? 'ready' : 'not ready', checks }));
    }
    if (method === 'GET' && pathname === '/') {
      return send(res, 200, 'text/html; charset=utf-8', await options.startPage(), securityHeaders({ kind: 'page', extraAncestors: LOCAL_FRAME_ANCESTORS }));
    }
    if (await servePage(req, res)) return;
    if (await serveFile(req, res)) return;
    send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden', securityHeaders({ kind: 'page' }));
  }

  return createServer((req, res) => {
    // A request id per request, echoed back, so a browser error can be found in the log.
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    res.once('finish', () => {
      options.log?.debug(
        { reqId: requestId, method: req.method, path: (req.url ?? '/').split('?')[0], status: res.statusCode, ms: Math.round(performance.now() - started) },
        'request',
      );
    });
    const next = (err?: unknown) => {
      if (err) {
        options.onError?.('web middleware failed', err);
        if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Er ging iets mis');
        return;
      }
      route(req, res).catch((error: unknown) => {
        options.onError?.('web request failed', error);
        if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Er ging iets mis');
        else res.end();
      });
    };
    if (options.middleware) options.middleware(req, res, next);
    else next();
  });
}
