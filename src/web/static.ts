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

/**
 * Built files (the tab, the task pane) under their prefix: GET and HEAD only, no directory listing,
 * nothing outside the mounted folder, hashed assets cached for a year and everything else revalidated.
 */
export function createStaticHandler(mounts: readonly StaticMount[]): StaticHandler {
  const roots = mounts.map((m) => ({ prefix: m.prefix, dir: resolve(m.dir) }));
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
      if (!file.startsWith(dir + sep)) return false;
      try {
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
          'x-content-type-options': 'nosniff',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return true;
      } catch {
        return false;
      }
    }
    return false;
  };
}
