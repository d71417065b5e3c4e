import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer } from './web-server.ts';

let dir: string;
let server: Server;
let base: string;
let graphOk = true;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'start-web-'));
  mkdirSync(join(dir, 'tab/assets'), { recursive: true });
  writeFileSync(join(dir, 'tab/tab.html'), '<html>tab</html>');
  writeFileSync(join(dir, 'tab/assets/a.js'), 'x');
  writeFileSync(join(dir, 'secret.txt'), 'geheim');
  server = createWebServer({
    mounts: [{ prefix: '/tab/', dir: join(dir, 'tab') }],
    middleware: (req, res, next) => (req.url === '/graph/x' ? void res.end('proxied') : next()),
    startPage: () => '<html>start</html>',
    ready: async () => ({ store: true, graph: graphOk }),
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

describe('launcher web server', () => {
  it('serves the mounted build, the start page and the middleware', async () => {
    const tab = await fetch(`${base}/tab/tab.html`);
    expect(tab.status).toBe(200);
    expect(tab.headers.get('content-type')).toContain('text/html');
    expect((await fetch(`${base}/tab/assets/a.js`)).headers.get('cache-control')).toContain('immutable');
    expect(await (await fetch(`${base}/`)).text()).toBe('<html>start</html>');
    expect(await (await fetch(`${base}/graph/x`)).text()).toBe('proxied');
    const redirect = await fetch(`${base}/tab`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/tab/');
  });

  it('never serves files outside a mount', async () => {
    for (const path of ['/tab/../secret.txt', '/tab/%2e%2e/secret.txt', '/tab/..%2fsecret.txt', '/secret.txt', '/addin/demo.html']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });

  it('/healthz is up; /readyz says which dependency is not ready', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    graphOk = false;
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'not ready', checks: { store: true, graph: false } });
    graphOk = true;
  });

  it('sends the one set of security headers on the tab and the pane, with the local origins as frame ancestors', async () => {
    for (const method of ['GET', 'HEAD']) {
      const res = await fetch(`${base}/tab/tab.html`, { method });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/frame-ancestors [^;]*https:\/\/teams\.microsoft\.com/);
      expect(csp).toMatch(/frame-ancestors [^;]*'self'/);
      expect(csp).toMatch(/frame-ancestors [^;]*http:\/\/localhost:\*/);
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
    const missing = await fetch(`${base}/tab/no-such-file.js`, { method: 'HEAD' });
    expect(missing.status).toBe(404);
  });

  it('serves the privacy, terms and support pages the manifests point to', async () => {
    for (const path of ['/privacy.html', '/gebruiksvoorwaarden.html', '/support.html']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('<html lang="nl">');
    }
  });

  it('gives every response a request id, keeping a sane one from the caller', async () => {
    const own = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(own.headers.get('x-request-id')).toBe('abc-123');
    const odd = await fetch(`${base}/healthz`, { headers: { 'x-request-id': '<script>' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
