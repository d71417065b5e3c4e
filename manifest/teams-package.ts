import { readFile } from 'node:fs/promises';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { drawLadderIcon } from './icons.ts';

/** Values that differ per environment; the template's {{NAME}} placeholders. */
export interface PackageValues {
  PUBLIC_BASE_URL: string;
  TEAMS_APP_ID: string;
  BOT_ID: string;
  AAD_APP_CLIENT_ID: string;
  GEMEENTE_NAAM: string;
  APP_VERSION: string;
}

/** Values for the local demo: fixed ids so a sideloaded demo package stays the same app. */
export const localPackageValues: PackageValues = {
  PUBLIC_BASE_URL: 'https://localhost:3978',
  TEAMS_APP_ID: '05af1c5d-6d19-54b0-af79-03fd4da6b59d',
  BOT_ID: '00000000-0000-0000-0000-00000000b07d',
  AAD_APP_CLIENT_ID: '00000000-0000-0000-0000-0000000074ab',
  GEMEENTE_NAAM: 'Gemeente Weert (demo)',
  APP_VERSION: '0.1.0',
};

const TEMPLATE = new URL('./teams/manifest.template.json', import.meta.url);

/** Fills the placeholders; JSON-escapes each value so a name with quotes cannot break the manifest. */
export function fillTemplate(template: string, values: PackageValues): string {
  const host = new URL(values.PUBLIC_BASE_URL).host;
  const all: Record<string, string> = { ...values, PUBLIC_BASE_URL: values.PUBLIC_BASE_URL.replace(/\/+$/, ''), PUBLIC_HOST: host };
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (m, name: string) => {
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

/** Checks a manifest against Microsoft's schema (shipped in @microsoft/app-manifest, no network) and the icon rules. */
export async function validateTeamsPackage(manifest: Record<string, unknown>, files: Record<string, Uint8Array>): Promise<string[]> {
  const problems = await AppManifestUtils.validateAgainstSchema(manifest as never);
  const icons = (manifest.icons ?? {}) as { color?: string; outline?: string };
  const expect = [
    [icons.color, 192],
    [icons.outline, 32],
  ] as const;
  for (const [name, size] of expect) {
    const file = name ? files[name] : undefined;
    if (!file) {
      problems.push(`pictogram ${name ?? '(geen naam)'} ontbreekt in het pakket`);
      continue;
    }
    const { width, height } = pngSize(file);
    if (width !== size || height !== size) problems.push(`pictogram ${name} is ${width}x${height}, moet ${size}x${size} zijn`);
  }
  return problems;
}

export async function buildTeamsPackage(values: PackageValues): Promise<TeamsPackage> {
  const manifest = JSON.parse(fillTemplate(await readFile(TEMPLATE, 'utf8'), values)) as Record<string, unknown>;
  const files: Record<string, Uint8Array> = {
    'color.png': drawLadderIcon(192),
    'outline.png': drawLadderIcon(32, { outline: true }),
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
