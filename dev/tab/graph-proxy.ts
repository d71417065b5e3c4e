import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, Connect } from 'vite';
import type { TabConfig } from '../../src/tab/app/host.ts';

/** How the demo dev/preview server reaches the Graph emulator. */
export interface DemoGraphTarget {
  /** `https://127.0.0.1:PORT`, the emulator's own address. */
  emulatorUrl: string;
  /** The emulator's CA (PEM). The proxy trusts exactly this CA; TLS checks stay on. */
  ca: string;
  /** Dev token for a user (the emulator's `issueDevToken`). */
  issueToken(userId?: string): string;
  /** Served as tab-config.json: demo user, werkgroep and MT group. */
  tabConfig: TabConfig;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'accept-encoding']);

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

/**
 * Absolute emulator links (`@odata.nextLink`) become links relative to the client's base URL, so the
 * browser keeps talking to its own origin (the SDK treats a non-https path as relative to baseUrl).
 */
export function rewriteLinks(body: string, emulatorUrl: string): string {
  const u = new URL(emulatorUrl);
  const bases = [`https://${u.host}/v1.0/`, `https://localhost:${u.port}/v1.0/`, `https://127.0.0.1:${u.port}/v1.0/`];
  let out = body;
  for (const b of bases) out = out.split(`"${b}`).join('"');
  return out;
}

/**
 * Connect middleware: `/graph/*` → emulator (HTTPS, trusting its CA), `/dev/token` → a dev token for
 * the demo user, `/tab-config.json` → the demo's runtime config. Only for the local demo and tests.
 */
export function createDemoGraphMiddleware(target: () => Promise<DemoGraphTarget>): Connect.NextHandleFunction {
  let dispatcher: Promise<unknown> | undefined;
  const agent = async (ca: string) =>
    (dispatcher ??= import('undici').then(({ Agent }) => new Agent({ connect: { ca }, keepAliveTimeout: 10_000 })));

  return (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const path = url.pathname;
    const handle = async () => {
      if (path.endsWith('/tab-config.json')) {
        const t = await target();
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify({ ...t.tabConfig, demo: true }));
        return;
      }
      if (path === '/dev/token') {
        const t = await target();
        res.setHeader('Content-Type', 'text/plain');
        res.setHeader('Cache-Control', 'no-store');
        res.end(t.issueToken(url.searchParams.get('user') || t.tabConfig.demoUserId));
        return;
      }
      if (!path.startsWith('/graph/')) return next();
      const t = await target();
      const { request } = await import('undici');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) {
        if (!HOP_BY_HOP.has(k) && typeof v === 'string') headers[k] = v;
      }
      const upstream = await request(`${t.emulatorUrl}${path.slice('/graph'.length)}${url.search}`, {
        method: (req.method ?? 'GET') as 'GET',
        headers,
        body: await readBody(req),
        dispatcher: (await agent(t.ca)) as never,
      });
      const type = String(upstream.headers['content-type'] ?? '');
      res.statusCode = upstream.statusCode;
      for (const [k, v] of Object.entries(upstream.headers)) {
        if (!HOP_BY_HOP.has(k) && v !== undefined) res.setHeader(k, v as string | string[]);
      }
      const raw = Buffer.from(await upstream.body.arrayBuffer());
      const out = type.includes('json') ? Buffer.from(rewriteLinks(raw.toString('utf8'), t.emulatorUrl)) : raw;
      res.setHeader('Content-Length', out.length);
      res.end(out);
    };
    handle().catch((error: unknown) => {
      console.error('[tab demo proxy]', error);
      if (!res.headersSent) {
        res.statusCode = 502;
        res.setHeader('Content-Type', 'application/json');
      }
      res.end(JSON.stringify({ error: { code: 'BadGateway', message: 'Graph emulator unreachable' } }));
    });
  };
}

/** The demo wiring as a Vite plugin, for `vite dev` and `vite preview` alike. */
export function demoGraphPlugin(target: () => Promise<DemoGraphTarget>): Plugin {
  const middleware = createDemoGraphMiddleware(target);
  return {
    name: 'tab-demo-graph',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
