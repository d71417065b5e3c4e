import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

export interface StaticMount {
  /** URL prefix with slashes, e.g. '/tab/'. */
  prefix: string;
  dir: string;
}

/** Serves one request from a mount, or answers false so the caller can try its own routes. */
export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface StaticOptions {
  /** Sent with every answer from a mount, found or not (securityHeaders(): CSP frame-ancestors and friends). */
  headers?: Readonly<Record<string, string>>;
}

/**
 * Built files (the tab, the task pane) under their prefix: GET and HEAD only, no directory listing,
 * nothing outside the mounted folder, hashed assets cached for a year and everything else revalidated.
 * A path under a mount that names no file is answered here with 404, so no router behind this one
 * answers it with something else (such as 405).
 */
export function createStaticHandler(mounts: readonly StaticMount[], options: StaticOptions = {}): StaticHandler {
  const roots = mounts.map((m) => ({ prefix: m.prefix, dir: resolve(m.dir) }));
  const extra = { 'x-content-type-options': 'nosniff', ...options.headers };
  const notFound = (res: ServerResponse): true => {
    res.writeHead(404, { ...extra, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('Niet gevonden');
    return true;
  };
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname);
    } catch {
      return false;
    }
    for (const { prefix, dir } of roots) {
      if (pathname === prefix.slice(0, -1)) {
        res.writeHead(302, { location: prefix });
        res.end();
        return true;
      }
      if (!pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, pathname.slice(prefix.length)));
      if (!file.startsWith(dir + sep)) return notFound(res);
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        return notFound(res);
      }
      res.writeHead(200, {
        ...extra,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'content-length': String(body.length),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    return false;
  };
}
