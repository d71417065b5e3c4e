import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';

const MAX_BODY = 512 * 1024;

export type ExtraRoute = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/**
 * The SDK's route handlers on plain node:http: no Express, the body size is capped, and the caller
 * chooses the host to bind (tests and the dev launcher bind 127.0.0.1 only).
 */
export class NodeHttpAdapter implements IHttpServerAdapter {
  readonly server: Server;
  private readonly routes = new Map<string, HttpRouteHandler>();
  private readonly extra: ExtraRoute[] = [];

  constructor() {
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

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server.listening) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const route of this.extra) if (await route(req, res)) return;
    const path = (req.url ?? '/').split('?')[0];
    const handler = this.routes.get(`${req.method} ${path}`);
    if (!handler) return send(res, req.method === 'POST' ? 404 : 405, { error: 'Not found' });
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
    const result = await handler({ body, headers: req.headers as Record<string, string | string[]> });
    send(res, result.status, result.body);
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
