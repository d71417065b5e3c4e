import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { validateXML } from 'xmllint-wasm';
import { addinText, escapeXml } from '../src/text/index.ts';

const TEMPLATE = new URL('./word-addin.xml', import.meta.url);
// No npm package ships Microsoft's add-in manifest XSDs (checked: office-addin-manifest, office-addin-validator,
// office-addin-manifest-converter, @microsoft/m365agentstoolkit-cli, @microsoft/teamsfx-core), and copies of
// the XSDs from GitHub are not kept in this repository; so the check runs against our subset, written from
// Microsoft's element reference. See manifest/schemas/.
const SCHEMA = new URL('./schemas/office-taskpane-manifest-subset.xsd', import.meta.url);

/** The address in the template: what `npm run dev:addin` serves over HTTPS, so the template sideloads as it is. */
export const DEV_ADDIN_BASE_URL = 'https://localhost:3000';

export function readWordAddinTemplate(): Promise<string> {
  return readFile(TEMPLATE, 'utf8');
}

/** Who the add-in belongs to in a municipality's build; the template carries development values instead. */
export interface AddinIdentity {
  /** `<Id>`: one per deployment, stable across releases, so an upload replaces the earlier version. */
  id: string;
  /** `<ProviderName>`: the municipality. */
  providerName: string;
  /** `<DisplayName>`. */
  displayName: string;
}

export interface AddinManifestOptions {
  /** The administrator's profile, passed to the task pane as a query parameter. */
  profileUrl?: string;
  /** `<Version>`; the template's stays when absent. */
  version?: string;
  /** The municipality's identity (tenant build); the template's development identity stays when absent. */
  identity?: AddinIdentity;
  /** `<SupportUrl>`; defaults to `/support.html` at the origin of the task pane. */
  supportUrl?: string;
}

/**
 * The add-in manifest for the address the task pane is served from. The template in manifest/
 * keeps https://localhost:3000 (what `npm run dev:addin` serves) so it can be sideloaded as it is.
 */
export function manifestFor(template: string, baseUrl: string, options: string | AddinManifestOptions = {}): string {
  const opts: AddinManifestOptions = typeof options === 'string' ? { profileUrl: options } : options;
  const base = new URL(baseUrl);
  if (base.protocol !== 'https:') throw new Error('Het adres van de add-in moet met https:// beginnen (Office eist HTTPS).');
  const origin = base.href.replace(/\/$/, '');
  const supportUrl = opts.supportUrl ?? `${base.origin}/support.html`;
  if (new URL(supportUrl).protocol !== 'https:') throw new Error('De ondersteuningspagina van de add-in moet met https:// beginnen.');
  // AppDomain takes the origin only and SupportUrl is a page of the web app, not of the pane; every other
  // URL gets the full base (the pane may live in a sub-path).
  let xml = template.replaceAll(DEV_ADDIN_BASE_URL, escapeXml(origin));
  xml = replaceElement(xml, 'AppDomain', escapeXml(base.origin));
  xml = replaceDefaultValue(xml, 'SupportUrl', supportUrl);
  if (opts.profileUrl) {
    // The administrator's profile travels as a query parameter of the task pane URL.
    const pane = `${origin}/taskpane.html`;
    xml = xml.replaceAll(`"${escapeXml(pane)}"`, `"${escapeXml(`${pane}?profiel=${encodeURIComponent(opts.profileUrl)}`)}"`);
  }
  if (opts.version) xml = replaceElement(xml, 'Version', escapeXml(opts.version));
  if (opts.identity) {
    xml = replaceElement(xml, 'Id', escapeXml(opts.identity.id));
    xml = replaceElement(xml, 'ProviderName', escapeXml(opts.identity.providerName));
    xml = replaceDefaultValue(xml, 'DisplayName', opts.identity.displayName);
  }
  return xml;
}

function replaceElement(xml: string, name: string, escapedValue: string): string {
  const pattern = new RegExp(`<${name}>[^<]*</${name}>`);
  if (!pattern.test(xml)) throw new Error(`<${name}> ontbreekt in het add-in-manifest`);
  return xml.replace(pattern, () => `<${name}>${escapedValue}</${name}>`);
}

function replaceDefaultValue(xml: string, name: string, value: string): string {
  const pattern = new RegExp(`<${name} DefaultValue="[^"]*"/>`);
  if (!pattern.test(xml)) throw new Error(`<${name}> ontbreekt in het add-in-manifest`);
  return xml.replace(pattern, () => `<${name} DefaultValue="${escapeXml(value)}"/>`);
}

/** The `<Version>` in a manifest, if any. */
export function readAddinVersion(xml: string): string | undefined {
  return /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
}

/** Builds are counted in hours from here; 99 999 hours (the schema's five digits) last until 2037. */
const BUILD_EPOCH = Date.UTC(2026, 0, 1);
const MAX_VERSION_PART = 99_999;

/**
 * `<Version>` of a release build: package.json's major.minor.patch plus a build number, because Microsoft 365
 * only takes an update of an add-in with a higher version. The build number is the higher of
 * - the hours since 2026-01-01 (UTC): later builds are higher even on a fresh checkout with no earlier output;
 * - the previous build's number in the output folder plus one: a second build within the hour is higher too.
 * A CI pipeline can pass its own run number (BUILD_NUMBER); it must then itself only go up.
 */
export function releaseAddinVersion(packageVersion: string, options: { now: Date; previousVersion?: string; buildNumber?: string }): string {
  const core = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion);
  if (!core) throw new Error(`De versie in package.json (${packageVersion}) is geen major.minor.patch.`);
  const prefix = `${Number(core[1])}.${Number(core[2])}.${Number(core[3])}`;
  let build: number;
  if (options.buildNumber !== undefined && options.buildNumber !== '') {
    if (!/^\d+$/.test(options.buildNumber)) throw new Error(`BUILD_NUMBER (${options.buildNumber}) moet een heel getal zijn.`);
    build = Number(options.buildNumber);
  } else {
    const hours = Math.floor((options.now.getTime() - BUILD_EPOCH) / 3_600_000);
    const previous = options.previousVersion?.startsWith(`${prefix}.`) ? Number(options.previousVersion.slice(prefix.length + 1)) : -1;
    build = Math.max(hours, Number.isInteger(previous) ? previous + 1 : 0, 0);
  }
  for (const part of [...prefix.split('.').map(Number), build]) {
    if (part > MAX_VERSION_PART) throw new Error(`Versiedeel ${part} is groter dan ${MAX_VERSION_PART}; Office staat dat niet toe.`);
  }
  return `${prefix}.${build}`;
}

// Fixed namespace for the add-in ids derived below (a random UUID chosen once for this product).
const ADDIN_ID_NAMESPACE = 'b7f0c3c2-5d1e-4f7a-9a57-3c8e2d6f41a9';

/** A name-based UUID (RFC 9562 version 5, SHA-1). */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The municipality's add-in identity for a tenant build. The id follows from TEAMS_APP_ID: stable from
 * release to release (an upload replaces the earlier version), different for every deployment (test and
 * production of one municipality do not collide), and never the template's development id.
 */
export function tenantAddinIdentity(settings: { TEAMS_APP_ID: string; GEMEENTE_NAAM: string }): AddinIdentity {
  return {
    id: uuidV5(`word-addin:${settings.TEAMS_APP_ID.toLowerCase()}`, ADDIN_ID_NAMESPACE),
    providerName: settings.GEMEENTE_NAAM,
    displayName: addinText.appTitle,
  };
}

/**
 * Validates offline against our subset of Microsoft's taskpane manifest XSD (element order,
 * required elements, formats, https URLs, permissions): Microsoft's own XSDs are in no npm package
 * (see SCHEMA above) and the official validator needs the internet.
 */
export async function validateWordAddinManifest(xml: string): Promise<string[]> {
  const schema = await readFile(SCHEMA, 'utf8');
  const result = await validateXML({ xml: [{ fileName: 'manifest.xml', contents: xml }], schema: [schema] });
  return result.valid ? [] : result.errors.map((e) => e.message);
}
