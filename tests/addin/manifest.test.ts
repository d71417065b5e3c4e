// The Word add-in manifest, checked offline: XSD (our subset of Microsoft's published schema, see
// manifest/schemas/), the VersionOverrides resources, the icons it names, and the configured-URL copy.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { manifestFor, validateWordAddinManifest } from '../../manifest/word-addin.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifestPath = `${root}manifest/word-addin.xml`;
const OV = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const O = 'http://schemas.microsoft.com/office/appforoffice/1.1';

async function validate(xml: string) {
  const errors = await validateWordAddinManifest(xml);
  return { valid: errors.length === 0, errors };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Word add-in manifest', () => {
  it('is valid against the schema subset, and the schema does catch mistakes', async () => {
    const xml = await readFile(manifestPath, 'utf8');
    const result = await validate(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);

    const swapped = xml.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, '$3$2$1');
    expect((await validate(swapped)).valid).toBe(false);
    expect((await validate(xml.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'))).valid).toBe(false);
    expect((await validate(xml.replace('ReadWriteDocument', 'Everything'))).valid).toBe(false);
  });

  it('asks for WordApi 1.3 in Word, and every resid resolves to an https resource', async () => {
    const xml = await readFile(manifestPath, 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const set = doc.getElementsByTagNameNS(O, 'Set').item(0)!;
    expect([set.getAttribute('Name'), set.getAttribute('MinVersion')]).toEqual(['WordApi', '1.3']);
    expect(doc.getElementsByTagNameNS(O, 'Host').item(0)!.getAttribute('Name')).toBe('Document');

    const overrides = doc.getElementsByTagNameNS(OV, 'VersionOverrides').item(0)!;
    expect(overrides.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('VersionOverridesV1_0');
    const defined = new Map<string, string>();
    for (const kind of ['Image', 'Url', 'String']) {
      const nodes = overrides.getElementsByTagNameNS(BT, kind);
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes.item(i)!;
        if (node.getAttribute('id')) defined.set(node.getAttribute('id')!, node.getAttribute('DefaultValue') ?? '');
      }
    }
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(8);
    for (const id of used) expect(defined.has(id), id).toBe(true);
    for (const [id, value] of defined) {
      if (id.startsWith('Icon') || id.endsWith('Url')) expect(value, id).toMatch(/^https:\/\//);
      else expect(value.length, id).toBeLessThanOrEqual(id.includes('Tooltip') || id.includes('Description') ? 250 : 125);
    }
    // Short strings stay short (ribbon labels), long strings within the 250 limit.
    expect(defined.get('Button.Label')!.length).toBeLessThanOrEqual(32);
  });

  it('names icons that exist as PNGs of the stated size', async () => {
    const xml = await readFile(manifestPath, 'utf8');
    const urls = new Set([...xml.matchAll(/https:\/\/localhost:3000\/(icon-(\d+)\.png)/g)].map((m) => [m[1]!, Number(m[2])] as const));
    expect(urls.size).toBeGreaterThanOrEqual(4);
    for (const [file, size] of urls) {
      expect(pngSize(await readFile(`${root}manifest/icons/${file}`))).toEqual({ width: size, height: size });
    }
  });

  it('can be written for another https address and an administrator profile', async () => {
    const template = await readFile(manifestPath, 'utf8');
    const xml = manifestFor(template, 'https://addin.weert.nl/participatie/', 'https://intranet.weert.nl/profiel.json');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('<AppDomain>https://addin.weert.nl</AppDomain>');
    expect(xml).toContain('<SourceLocation DefaultValue="https://addin.weert.nl/participatie/taskpane.html?profiel=https%3A%2F%2Fintranet.weert.nl%2Fprofiel.json"/>');
    expect((await validate(xml)).valid).toBe(true);
    expect(() => manifestFor(template, 'http://addin.weert.nl')).toThrow(/https/);
  });
});
