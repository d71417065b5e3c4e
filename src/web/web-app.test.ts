import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAMS_FRAME_ANCESTORS, securityHeaders } from './headers.ts';
import { INFO_PAGE_PATHS, renderInfoPage } from './pages.ts';
import { createWebAppRoute } from './web-app.ts';

let dist: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'web-app-'));
  await mkdir(join(dist, 'tab'), { recursive: true });
  await mkdir(join(dist, 'addin'), { recursive: true });
  await writeFile(join(dist, 'tab', 'tab.html'), '<h1>tab</h1>');
  await writeFile(join(dist, 'addin', 'taskpane.html'), '<h1>pane</h1>');
  const route = createWebAppRoute({ distDir: dist, tabConfig: { clientId: 'c1' }, gemeenteNaam: 'Gemeente <Weert>' });
  // As in the bot's router: what no route takes answers 405 (the thing a missing file must not get).
  server = createServer((req, res) => {
    void route(req, res).then((done) => {
      if (!done) res.writeHead(req.method === 'POST' ? 404 : 405).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  await rm(dist, { recursive: true, force: true });
});

function frameAncestors(csp: string | null): string[] {
  const directive = (csp ?? '').split(';').map((d) => d.trim()).find((d) => d.startsWith('frame-ancestors '));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

describe('security headers', () => {
  it('let Teams, Outlook, Microsoft 365 and Word on the web frame the pages, and nothing else', () => {
    const ancestors = frameAncestors(securityHeaders()['content-security-policy']!);
    expect(ancestors).toEqual(expect.arrayContaining(["'self'", ...TEAMS_FRAME_ANCESTORS, 'https://*.officeapps.live.com', 'https://*.sharepoint.com']));
    expect(ancestors.some((a) => a === '*' || a === 'https:' || a.includes('localhost'))).toBe(false);
    expect(securityHeaders()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(securityHeaders()['x-content-type-options']).toBe('nosniff');
    expect(frameAncestors(securityHeaders({ extraAncestors: ['http://localhost:*'] })['content-security-policy']!)).toContain('http://localhost:*');
  });
});

describe('production web app routes', () => {
  it.each(['/tab/tab.html', '/addin/taskpane.html', '/tab/tab-config.json'])('%s carries CSP frame-ancestors and Referrer-Policy (GET and HEAD)', async (path) => {
    for (const method of ['GET', 'HEAD']) {
      const res = await fetch(`${base}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(200);
      expect(frameAncestors(res.headers.get('content-security-policy'))).toContain('https://teams.microsoft.com');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it.each(['/tab/no-such-file.js', '/addin/nope.html', '/favicon.ico', '/tab/../../etc/passwd'])('a missing file %s answers 404, not 405', async (path) => {
    expect((await fetch(`${base}${path}`)).status).toBe(404);
    expect((await fetch(`${base}${path}`, { method: 'HEAD' })).status).toBe(404);
  });

  it('leaves POSTs and /api/ to the bot', async () => {
    expect((await fetch(`${base}/api/messages`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${base}/api/other`)).status).toBe(405);
  });

  it('serves the privacy, terms and support pages in Dutch with the municipality name, escaped', async () => {
    for (const path of Object.values(INFO_PAGE_PATHS)) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      const html = await res.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain('Gemeente &lt;Weert&gt;');
      expect(html).not.toContain('<Weert>');
    }
  });
});

describe('the pages', () => {
  it('say what data the app uses and where it lives, and who to contact', () => {
    const privacy = renderInfoPage('privacy', 'Gemeente Bergen');
    for (const word of ['Microsoft 365-omgeving van Gemeente Bergen', 'Planner', 'opslag', 'functionaris gegevensbescherming', 'in het document']) {
      expect(privacy).toContain(word);
    }
    expect(renderInfoPage('gebruiksvoorwaarden', 'Gemeente Bergen')).toContain('servicedesk van Gemeente Bergen');
    expect(renderInfoPage('support', '')).toContain('servicedesk van de gemeente');
    expect(renderInfoPage('support', 'X')).toContain('href="./privacy.html"');
  });
});
