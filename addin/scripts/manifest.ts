// Writes the Word add-in manifest for the address the task pane is served from:
//   ADDIN_BASE_URL=https://addin.gemeente.nl [ADDIN_PROFILE_URL=https://…/profiel.json] npm run manifest:addin
// Output: dist/addin/manifest.xml (the template in manifest/ keeps https://localhost:3000).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { escapeXml } from '../../src/text/index.ts';

export function manifestFor(template: string, baseUrl: string, profileUrl?: string): string {
  const base = new URL(baseUrl);
  if (base.protocol !== 'https:') throw new Error('ADDIN_BASE_URL moet met https:// beginnen (Office eist HTTPS).');
  const origin = base.href.replace(/\/$/, '');
  // AppDomain takes the origin only; every other URL gets the full base (the pane may live in a sub-path).
  let xml = template
    .replace('<AppDomain>https://localhost:3000</AppDomain>', `<AppDomain>${escapeXml(base.origin)}</AppDomain>`)
    .replaceAll('https://localhost:3000', escapeXml(origin));
  if (profileUrl) {
    // The administrator's profile travels as a query parameter of the task pane URL.
    const pane = `${origin}/taskpane.html`;
    xml = xml.replaceAll(`"${escapeXml(pane)}"`, `"${escapeXml(`${pane}?profiel=${encodeURIComponent(profileUrl)}`)}"`);
  }
  return xml;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const template = readFileSync(new URL('../../manifest/word-addin.xml', import.meta.url), 'utf8');
  const out = manifestFor(template, process.env.ADDIN_BASE_URL ?? 'https://localhost:3000', process.env.ADDIN_PROFILE_URL);
  const dir = new URL('../../dist/addin/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('manifest.xml', dir), out);
  console.log(`manifest: ${new URL('manifest.xml', dir).pathname}`);
}
