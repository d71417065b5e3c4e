import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeHtml } from '../text/index.ts';
import { infoPagesText, type InfoPageKind } from '../text/ui-pages.ts';
import { securityHeaders } from './headers.ts';
import type { StaticHandler } from './static.ts';

/**
 * Where the public pages live. The Teams manifest points privacyUrl and termsOfUseUrl at the first two,
 * the Word add-in manifest its SupportUrl at the third (`{PUBLIC_BASE_URL}/privacy.html` and so on).
 */
export const INFO_PAGE_PATHS = {
  privacy: '/privacy.html',
  gebruiksvoorwaarden: '/gebruiksvoorwaarden.html',
  support: '/support.html',
} as const satisfies Record<InfoPageKind, string>;

const KINDS = Object.keys(INFO_PAGE_PATHS) as InfoPageKind[];

/** One page as a small, self-contained HTML document: no scripts, no outside resources. */
export function renderInfoPage(kind: InfoPageKind, gemeenteNaam: string): string {
  const t = infoPagesText.pages[kind](gemeenteNaam.trim() || 'de gemeente');
  const e = escapeHtml;
  const sections = t.sections
    .map(
      (s) =>
        `<section><h2>${e(s.heading)}</h2>${(s.paragraphs ?? []).map((p) => `<p>${e(p)}</p>`).join('')}${
          s.items?.length ? `<ul>${s.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : ''
        }</section>`,
    )
    .join('\n');
  // Relative links, so the pages work under any base address.
  const others = KINDS.filter((k) => k !== kind)
    .map((k) => `<li><a href=".${INFO_PAGE_PATHS[k]}">${e(infoPagesText.linkLabels[k])}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.title)}</title>
<style>
body { font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; max-width: 42rem; margin: 0 auto; padding: 1.5rem; color: #242424; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 1.75rem; }
a { color: #115ea3; }
@media (prefers-color-scheme: dark) { body { background: #1f1f1f; color: #f0f0f0; } a { color: #7fb4ff; } }
</style>
</head>
<body>
<main>
<h1>${e(t.title)}</h1>
<p>${e(t.intro)}</p>
${sections}
</main>
<nav aria-label="${e(infoPagesText.otherPages)}"><h2>${e(infoPagesText.otherPages)}</h2><ul>${others}</ul></nav>
</body>
</html>
`;
}

/**
 * Serves the three pages at INFO_PAGE_PATHS (GET and HEAD), rendered once for the municipality's name.
 * Answers false for every other request.
 */
export function createInfoPagesHandler(options: { gemeenteNaam?: string; extraAncestors?: readonly string[] } = {}): StaticHandler {
  const pages = new Map(KINDS.map((k) => [INFO_PAGE_PATHS[k] as string, Buffer.from(renderInfoPage(k, options.gemeenteNaam ?? ''))]));
  const headers = securityHeaders({ kind: 'page', ...(options.extraAncestors ? { extraAncestors: options.extraAncestors } : {}) });
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const body = pages.get(path);
    if (!body) return false;
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=3600', 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
