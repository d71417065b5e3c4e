import { readFile } from 'node:fs/promises';
import { validateXML } from 'xmllint-wasm';
import { escapeXml } from '../src/text/index.ts';

const TEMPLATE = new URL('./word-addin.xml', import.meta.url);
const SCHEMA = new URL('./schemas/office-taskpane-manifest-subset.xsd', import.meta.url);

export function readWordAddinTemplate(): Promise<string> {
  return readFile(TEMPLATE, 'utf8');
}

/**
 * The add-in manifest for the address the task pane is served from. The template in manifest/
 * keeps https://localhost:3000 (what `npm run dev:addin` serves) so it can be sideloaded as it is.
 */
export function manifestFor(template: string, baseUrl: string, profileUrl?: string): string {
  const base = new URL(baseUrl);
  if (base.protocol !== 'https:') throw new Error('Het adres van de add-in moet met https:// beginnen (Office eist HTTPS).');
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

/**
 * Validates offline against our subset of Microsoft's taskpane manifest XSD (element order,
 * required elements, formats, https URLs, permissions): the official validator needs the internet.
 */
export async function validateWordAddinManifest(xml: string): Promise<string[]> {
  const schema = await readFile(SCHEMA, 'utf8');
  const result = await validateXML({ xml: [{ fileName: 'manifest.xml', contents: xml }], schema: [schema] });
  return result.valid ? [] : result.errors.map((e) => e.message);
}
