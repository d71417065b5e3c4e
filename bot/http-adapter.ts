import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';

const MAX_BODY = 512 * 1024;

export type ExtraRoute = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface NodeHttpAdapterOptions {
  /**
   * Refuse a bearer token without a numeric `exp` before the SDK sees it. The SDK checks tokens with
   * jsonwebtoken, which accepts a token that never expires as long as its signature is good.
   */
  requireTokenExpiry?: boolean;
  /** How long stop() waits for requests in flight (a card click waiting on Planner) to finish. Default 10 s. */
  drainMs?: number;
  /** The answer for a request still running when the drain time is up (the activity is passed in). */
  abortedResponse?: (body: unknown) => { status: number; body: unknown };
}

interface InFlight {
  res: ServerResponse;
  body: unknown;
}

/**
 * The SDK's route handlers on plain node:http: no Express, the body size is capped, and the caller
 * chooses the host to bind (tests and the dev launcher bind 127.0.0.1 only). stop() is graceful: no new
 * requests, the ones in flight get `drainMs` to finish, and any still running then get `abortedResponse`,
 * so a click never ends in silence.
 */
export class NodeHttpAdapter implements IHttpServerAdapter {
  readonly server: Server;
  private readonly routes = new Map<string, HttpRouteHandler>();
  private readonly extra: ExtraRoute[] = [];
  private readonly inFlight = new Set<InFlight>();
  private readonly idleWaiters: (() => void)[] = [];
  private draining = false;

  constructor(private readonly options: NodeHttpAdapterOptions = {}) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent) send(res, 500, { error: 'Internal server error' });
      });
    });
    this.server.keepAliveTimeout = 65_000;
  }

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    this.routes.set(`${method} ${path}`, handler);
  }

  /** Routes of ours (health checks) tried before the SDK's. */
  addRoute(route: ExtraRoute): void {
    this.extra.push(route);
  }

  async start(port: number | string): Promise<void> {
    await this.listen(Number(port), '127.0.0.1');
  }

  listen(port: number, host: string): Promise<{ url: string; port: number }> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        const addr = this.server.address() as AddressInfo;
        resolve({ url: `http://${host}:${addr.port}`, port: addr.port });
      });
    });
  }

  /** Requests being handled now. */
  get pending(): number {
    return this.inFlight.size;
  }

  async stop(): Promise<void> {
    if (!this.server.listening) return;
    this.draining = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    if (this.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.idleWaiters.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, this.options.drainMs ?? 10_000))),
      ]);
      clearTimeout(timer);
    }
    // Still running after the drain time: say so rather than cut the connection without a word.
    for (const r of this.inFlight) {
      if (r.res.headersSent) continue;
      const answer = this.options.abortedResponse?.(r.body) ?? { status: 503, body: { error: 'Shutting down' } };
      r.res.setHeader('connection', 'close');
      send(r.res, answer.status, answer.body);
    }
    this.inFlight.clear();
    this.server.closeAllConnections();
    await closed;
    this.draining = false;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const route of this.extra) if (await route(req, res)) return;
    const path = (req.url ?? '/').split('?')[0];
    const handler = this.routes.get(`${req.method} ${path}`);
    if (!handler) return send(res, req.method === 'POST' ? 404 : 405, { error: 'Not found' });
    if (this.draining) {
      res.setHeader('connection', 'close');
      res.setHeader('retry-after', '5');
      return send(res, 503, { error: 'Shutting down' });
    }
    if (this.options.requireTokenExpiry && !hasExpiry(req.headers.authorization)) return send(res, 401, { error: 'JWT validation failed' });
    const entry: InFlight = { res, body: undefined };
    this.inFlight.add(entry);
    try {
      const raw = await readBody(req);
      if (raw === undefined) {
        res.setHeader('connection', 'close');
        return send(res, 413, { error: 'Payload too large' });
      }
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, { error: 'Invalid JSON' });
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return send(res, 400, { error: 'Invalid activity' });
      entry.body = body;
      const result = await handler({ body, headers: req.headers as Record<string, string | string[]> });
      // Answered already by stop() when the drain time ran out.
      if (res.headersSent) return;
      if (this.draining) res.setHeader('connection', 'close');
      send(res, result.status, result.body);
    } finally {
      this.inFlight.delete(entry);
      if (this.inFlight.size === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }
}

const expiryChecked = new Map<string, boolean>();

/**
 * False only for a bearer token whose payload has no numeric `exp`; a missing header is left to the SDK,
 * which answers 401 itself.
 */
function hasExpiry(header: string | undefined): boolean {
  if (!header) return true;
  // Bot Framework sends one token on many requests: decode each header once.
  const known = expiryChecked.get(header);
  if (known !== undefined) return known;
  const result = decodeHasExpiry(header);
  if (expiryChecked.size >= 256) expiryChecked.delete(expiryChecked.keys().next().value!);
  expiryChecked.set(header, result);
  return result;
}

function decodeHasExpiry(header: string): boolean {
  const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1] ?? header.trim();
  const payload = token.split('.')[1];
  if (!payload) return false;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp);
  } catch {
    return false;
  }
}

/** The request body as text, or undefined when it is larger than `max` bytes (the rest is drained). */
export function readBody(req: IncomingMessage, max = MAX_BODY): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        // Drain the rest without keeping it, so the client still gets the 413.
        req.removeAllListeners('data');
        req.resume();
        resolve(undefined);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function send(res: ServerResponse, status: number, body: unknown): void {
  if (body === undefined || body === null || body === '') {
    res.writeHead(status).end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' });
  res.end(text);
}
