import { readFile } from 'node:fs/promises';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { TAB_GRAPH_SCOPES } from '../src/tab/app/connect.ts';
import { colorIconProblems, drawTeamsColorIcon, drawTeamsOutlineIcon, outlineIconProblems } from './icons.ts';

/** Values that differ per environment; the template's {{NAME}} placeholders. */
export interface PackageValues {
  PUBLIC_BASE_URL: string;
  TEAMS_APP_ID: string;
  BOT_ID: string;
  AAD_APP_CLIENT_ID: string;
  GEMEENTE_NAAM: string;
  APP_VERSION: string;
}

/**
 * Values for the local demo: fixed ids, so the demo tenant knows the app. The demo package is for looking at
 * and validating only, not for uploading to Teams: https://localhost:3978 is the bot's plain-HTTP port, no
 * HTTPS server serves the tab there, and the bot and Entra ids are placeholders no Bot Framework knows.
 */
export const localPackageValues: PackageValues = {
  PUBLIC_BASE_URL: 'https://localhost:3978',
  TEAMS_APP_ID: '05af1c5d-6d19-54b0-af79-03fd4da6b59d',
  BOT_ID: '00000000-0000-0000-0000-00000000b07d',
  AAD_APP_CLIENT_ID: '00000000-0000-0000-0000-0000000074ab',
  GEMEENTE_NAAM: 'Gemeente Weert (demo)',
  APP_VERSION: '0.1.0',
};

const TEMPLATE = new URL('./teams/manifest.template.json', import.meta.url);

/** File name of the zip: the demo one says in its name that it is not for uploading. */
export function teamsPackageFileName(demo: boolean): string {
  return demo ? 'participatie-teams-app-demo-niet-uploaden.zip' : 'participatie-teams-app.zip';
}

/**
 * Lists that are the same in every build, written into the template where a string array stands as
 * `["{{NAME}}"]`. The nested app authentication scopes are the tab's own MSAL request, in its order: Teams
 * serves the token it prefetched only when scopes, redirect URI and claims match that request exactly
 * (https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/authentication/nested-authentication#token-prefetching-for-nested-app-authentication-naa;
 * schema: https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/root-web-application-info-nested-app-auth-info,
 * "order must match that of the proceeding NAA request"). Full scope URIs, as msal-browser is asked for them.
 */
export const TEMPLATE_LISTS: Record<string, readonly string[]> = {
  TAB_GRAPH_SCOPES,
};

/** Fills the placeholders; JSON-escapes each value so a name with quotes cannot break the manifest. */
export function fillTemplate(template: string, values: PackageValues): string {
  const host = new URL(values.PUBLIC_BASE_URL).host;
  const all: Record<string, string> = { ...values, PUBLIC_BASE_URL: values.PUBLIC_BASE_URL.replace(/\/+$/, ''), PUBLIC_HOST: host };
  const withLists = template.replace(/\[\s*"\{\{([A-Z_]+)\}\}"\s*\]/g, (m, name: string) => {
    const list = TEMPLATE_LISTS[name];
    return list ? JSON.stringify(list) : m;
  });
  const filled = withLists.replace(/\{\{([A-Z_]+)\}\}/g, (m, name: string) => {
    const v = all[name];
    if (v === undefined) throw new Error(`Onbekende plaatshouder ${m} in het manifest`);
    return JSON.stringify(v).slice(1, -1);
  });
  return filled;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.length < 24 || view.getUint32(12) !== 0x49484452) throw new Error('geen PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface TeamsPackage {
  manifest: Record<string, unknown>;
  files: Record<string, Uint8Array>;
  problems: string[];
}

/**
 * Checks a manifest against Microsoft's schema (shipped in @microsoft/app-manifest, no network) and the icons
 * against Microsoft's icon rules, pixel by pixel (see icons.ts).
 */
export async function validateTeamsPackage(manifest: Record<string, unknown>, files: Record<string, Uint8Array>): Promise<string[]> {
  const problems = await AppManifestUtils.validateAgainstSchema(manifest as never);
  const icons = (manifest.icons ?? {}) as { color?: string; outline?: string };
  const expect = [
    [icons.color, colorIconProblems],
    [icons.outline, outlineIconProblems],
  ] as const;
  for (const [name, check] of expect) {
    const file = name ? files[name] : undefined;
    if (!file) {
      problems.push(`pictogram ${name ?? '(geen naam)'} ontbreekt in het pakket`);
      continue;
    }
    try {
      problems.push(...check(file, name));
    } catch (error) {
      problems.push(`pictogram ${name} is geen bruikbare PNG: ${(error as Error).message}`);
    }
  }
  return problems;
}

export async function buildTeamsPackage(values: PackageValues): Promise<TeamsPackage> {
  const manifest = JSON.parse(fillTemplate(await readFile(TEMPLATE, 'utf8'), values)) as Record<string, unknown>;
  const files: Record<string, Uint8Array> = {
    'color.png': drawTeamsColorIcon(),
    'outline.png': drawTeamsOutlineIcon(),
  };
  return { manifest, files, problems: await validateTeamsPackage(manifest, files) };
}

/** The app package zip: manifest.json and the icons at the root, as Teams requires. */
export async function zipTeamsPackage(pkg: TeamsPackage): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(pkg.manifest, null, 2));
  for (const [name, data] of Object.entries(pkg.files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
