import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  DEV_ADDIN_BASE_URL,
  manifestFor,
  readAddinVersion,
  readWordAddinTemplate,
  releaseAddinVersion,
  tenantAddinIdentity,
  uuidV5,
  validateWordAddinManifest,
} from '../../manifest/word-addin.ts';

const settings = { TEAMS_APP_ID: '44444444-5555-4666-8777-888888888888', GEMEENTE_NAAM: 'Gemeente Weert' };
const at = (iso: string) => new Date(iso);

describe('release version of the Word add-in', () => {
  it('is package.json major.minor.patch plus a build number that goes up with every build', () => {
    const first = releaseAddinVersion('0.1.0', { now: at('2026-12-02T18:00:00Z') });
    const second = releaseAddinVersion('0.1.0', { now: at('2026-12-02T18:20:00Z'), previousVersion: first });
    const third = releaseAddinVersion('0.1.0', { now: at('2026-12-02T18:40:00Z'), previousVersion: second });
    // A fresh checkout (no earlier output) a day later is still higher.
    const fresh = releaseAddinVersion('0.1.0', { now: at('2026-12-03T09:00:00Z') });
    const builds = [first, second, third, fresh].map((v) => Number(v.split('.')[3]));
    expect(first).toMatch(/^0\.1\.0\.\d+$/);
    for (let i = 1; i < builds.length; i++) expect(builds[i]!).toBeGreaterThan(builds[i - 1]!);
  });

  it('takes a pipeline run number when there is one, and refuses what Office cannot read', () => {
    expect(releaseAddinVersion('1.2.3', { now: at('2026-12-02T18:00:00Z'), buildNumber: '417' })).toBe('1.2.3.417');
    expect(() => releaseAddinVersion('1.2.3', { now: at('2026-12-02T18:00:00Z'), buildNumber: '4a' })).toThrow(/heel getal/);
    expect(() => releaseAddinVersion('1.2.3', { now: at('2026-12-02T18:00:00Z'), buildNumber: '100000' })).toThrow(/99999/);
    expect(() => releaseAddinVersion('versie-een', { now: at('2026-12-02T18:00:00Z') })).toThrow(/major\.minor\.patch/);
  });
});

describe('municipality identity of the Word add-in', () => {
  it('derives a stable id per deployment (RFC 9562 name-based UUID), never the template id', async () => {
    // RFC 9562 / Python uuid5 test vector: DNS namespace, "www.example.com".
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    const a = tenantAddinIdentity(settings);
    expect(tenantAddinIdentity({ ...settings, TEAMS_APP_ID: settings.TEAMS_APP_ID.toUpperCase() }).id).toBe(a.id);
    expect(tenantAddinIdentity({ ...settings, TEAMS_APP_ID: '44444444-5555-4666-8777-888888888889' }).id).not.toBe(a.id);
    const template = await readWordAddinTemplate();
    expect(template).not.toContain(a.id);
  });

  it('writes the identity, version and support page into a manifest that still validates', async () => {
    const template = await readWordAddinTemplate();
    const identity = tenantAddinIdentity({ ...settings, GEMEENTE_NAAM: 'Gemeente "Weert" & Nederweert <test>' });
    const xml = manifestFor(template, 'https://participatie.weert.nl/addin', {
      version: '0.1.0.8059',
      identity,
      supportUrl: 'https://participatie.weert.nl/support.html',
    });
    expect(xml).toContain(`<Id>${identity.id}</Id>`);
    expect(xml).toContain('<ProviderName>Gemeente &quot;Weert&quot; &amp; Nederweert &lt;test&gt;</ProviderName>');
    expect(xml).toContain('<DisplayName DefaultValue="Participatieparagraaf"/>');
    expect(readAddinVersion(xml)).toBe('0.1.0.8059');
    expect(xml).toContain('<SupportUrl DefaultValue="https://participatie.weert.nl/support.html"/>');
    expect(xml).toContain('<AppDomain>https://participatie.weert.nl</AppDomain>');
    expect(xml).toContain('<SourceLocation DefaultValue="https://participatie.weert.nl/addin/taskpane.html"/>');
    expect(xml).not.toMatch(/localhost|\(lokaal\)|\(ontwikkeling\)/);
    expect(await validateWordAddinManifest(xml)).toEqual([]);
  });

  it('points SupportUrl at the support page, not at the task pane', async () => {
    const template = await readWordAddinTemplate();
    expect(template).toContain('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>');
    expect(manifestFor(template, 'https://addin.weert.nl/participatie/')).toContain('<SupportUrl DefaultValue="https://addin.weert.nl/support.html"/>');
  });
});

describe('Word add-in manifest validation', () => {
  // Microsoft's own add-in manifest XSDs ship in no npm package (office-addin-manifest, office-addin-validator,
  // office-addin-manifest-converter, @microsoft/m365agentstoolkit-cli and @microsoft/teamsfx-core checked), and
  // copies from GitHub are not kept here: this validates against our subset in manifest/schemas/, written from
  // Microsoft's element reference.
  it('is done against the subset, which catches a bad version and a bad id', async () => {
    const template = await readWordAddinTemplate();
    expect(await validateWordAddinManifest(template)).toEqual([]);
    expect(await validateWordAddinManifest(manifestFor(template, DEV_ADDIN_BASE_URL, { version: '1.2.3.4.5' }))).not.toEqual([]);
    expect(await validateWordAddinManifest(template.replace(/<Id>[^<]*<\/Id>/, '<Id>geen-guid</Id>'))).not.toEqual([]);
  });
});

describe('the template is the demo build and sideloads as it is', () => {
  it('points only at the HTTPS server of npm run dev:addin', async () => {
    const template = await readWordAddinTemplate();
    const urls = [...template.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => new URL(m[1]!));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.origin).toBe(DEV_ADDIN_BASE_URL);
    const devServer = await readFile(new URL('../../addin/scripts/dev-server.ts', import.meta.url), 'utf8');
    expect(devServer).toMatch(new RegExp(`server: \\{ https, host: 'localhost', port: ${new URL(DEV_ADDIN_BASE_URL).port}\\b`));
    expect(manifestFor(template, DEV_ADDIN_BASE_URL)).toBe(template);
  });
});
