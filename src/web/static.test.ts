import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from './static.ts';

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-'));
  await mkdir(join(root, 'tab', 'assets'), { recursive: true });
  await writeFile(join(root, 'tab', 'tab.html'), '<h1>tab</h1>');
  await writeFile(join(root, 'tab', 'assets', 'a-123.js'), 'x');
  await writeFile(join(root, 'geheim.txt'), 'niet voor de browser');
  await mkdir(join(root, 'tab-evil'));
  await writeFile(join(root, 'tab-evil', 'x.html'), 'nee');
  const handle = createStaticHandler([{ prefix: '/tab/', dir: join(root, 'tab') }]);
  server = createServer((req, res) => {
    void handle(req, res).then((done) => {
      if (!done) res.writeHead(404).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  await rm(root, { recursive: true, force: true });
});

describe('createStaticHandler', () => {
  it('serves files with their type and caching', async () => {
    const page = await fetch(`${base}/tab/tab.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${base}/tab/assets/a-123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('redirects the bare prefix', async () => {
    const r = await fetch(`${base}/tab`, { redirect: 'manual' });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/tab/');
  });

  it.each(['/tab/../geheim.txt', '/tab/%2e%2e/geheim.txt', '/tab/..%2fgeheim.txt', '/tab-evil/x.html', '/tab/nope.js'])('refuses %s', async (path) => {
    const r = await fetch(`${base}${path}`);
    expect(r.status).toBe(404);
    expect(await r.text()).not.toContain('niet voor de browser');
  });

  it('answers only GET and HEAD', async () => {
    expect((await fetch(`${base}/tab/tab.html`, { method: 'POST' })).status).toBe(404);
    const head = await fetch(`${base}/tab/tab.html`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });
});
