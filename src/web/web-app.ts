import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { securityHeaders } from './headers.ts';
import { createInfoPagesHandler } from './pages.ts';
import { createStaticHandler } from './static.ts';

export interface WebAppOptions {
  /** The build (`npm run build`): dist/tab (the production tab) and dist/addin. */
  distDir: string;
  /** Served as /tab/tab-config.json: the tab's sign-in settings, so one build serves every tenant. */
  tabConfig: Readonly<Record<string, unknown>>;
  /** For the privacy, terms and support pages. */
  gemeenteNaam?: string;
}

/**
 * The production web app's own routes, tried before the bot's: the tab under /tab/, the task pane under
 * /addin/, the privacy, terms and support pages, `/` to the tab. Every other GET or HEAD answers 404
 * here (the bot's router would say 405), except under /api/. Answers false for everything else (POST
 * /api/messages and the like).
 */
export function createWebAppRoute(options: WebAppOptions): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const embed = securityHeaders({ kind: 'embed' });
  const serveFile = createStaticHandler(
    [
      { prefix: '/tab/', dir: join(options.distDir, 'tab') },
      { prefix: '/addin/', dir: join(options.distDir, 'addin') },
    ],
    { headers: embed },
  );
  const servePage = createInfoPagesHandler(options.gemeenteNaam ? { gemeenteNaam: options.gemeenteNaam } : {});
  const tabConfig = JSON.stringify(options.tabConfig);
  return async (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return false;
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/tab/tab-config.json') {
      res.writeHead(200, { ...embed, 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(method === 'HEAD' ? undefined : tabConfig);
      return true;
    }
    if (path === '/') {
      res.writeHead(302, { location: '/tab/tab.html' }).end();
      return true;
    }
    if (await servePage(req, res)) return true;
    if (await serveFile(req, res)) return true;
    // /api/ stays with the routes added after this one.
    if (path?.startsWith('/api/')) return false;
    res.writeHead(404, { ...securityHeaders({ kind: 'page' }), 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(method === 'HEAD' ? undefined : 'Niet gevonden');
    return true;
  };
}
