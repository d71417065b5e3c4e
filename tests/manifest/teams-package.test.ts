import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { drawLadderIcon } from '../../manifest/icons.ts';
import {
  buildTeamsPackage,
  fillTemplate,
  localPackageValues,
  pngSize,
  validateTeamsPackage,
  zipTeamsPackage,
} from '../../manifest/teams-package.ts';

describe('Teams app package', () => {
  it('builds a package that passes the schema and icon rules', async () => {
    const pkg = await buildTeamsPackage(localPackageValues);
    expect(pkg.problems).toEqual([]);
    const m = pkg.manifest as { bots: { botId: string; scopes: string[] }[]; validDomains: string[]; webApplicationInfo: { resource: string } };
    expect(m.bots[0]?.botId).toBe(localPackageValues.BOT_ID);
    expect(m.bots[0]?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(m.validDomains).toEqual(['localhost:3978']);
    expect(m.webApplicationInfo.resource).toBe(`api://localhost:3978/${localPackageValues.AAD_APP_CLIENT_ID}`);
  });

  it('zips manifest.json and both icons at the root', async () => {
    const pkg = await buildTeamsPackage(localPackageValues);
    const zip = await JSZip.loadAsync(await zipTeamsPackage(pkg));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const color = await zip.file('color.png')!.async('uint8array');
    expect(pngSize(color)).toEqual({ width: 192, height: 192 });
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { id: string };
    expect(manifest.id).toBe(localPackageValues.TEAMS_APP_ID);
  });

  it('catches a manifest that breaks the schema', async () => {
    const pkg = await buildTeamsPackage(localPackageValues);
    const broken = { ...pkg.manifest, id: 'geen-guid', bots: [{ botId: localPackageValues.BOT_ID, scopes: ['kantine'] }] };
    const problems = await validateTeamsPackage(broken, pkg.files);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/\/id|scopes/);
  });

  it('catches an icon of the wrong size', async () => {
    const pkg = await buildTeamsPackage(localPackageValues);
    const problems = await validateTeamsPackage(pkg.manifest, { ...pkg.files, 'outline.png': drawLadderIcon(48, { outline: true }) });
    expect(problems).toContain('pictogram outline.png is 48x48, moet 32x32 zijn');
  });

  it('escapes values so a name with quotes stays valid JSON', () => {
    const json = fillTemplate('{"n":"{{GEMEENTE_NAAM}}","u":"{{PUBLIC_BASE_URL}}","h":"{{PUBLIC_HOST}}"}', {
      ...localPackageValues,
      GEMEENTE_NAAM: 'Gemeente "Test" \\ ',
      PUBLIC_BASE_URL: 'https://app.example.nl/',
    });
    expect(JSON.parse(json)).toEqual({ n: 'Gemeente "Test" \\ ', u: 'https://app.example.nl', h: 'app.example.nl' });
  });
});

describe('local demo package', () => {
  it('has the app id the demo tenant knows, so proactive install works in the demo', async () => {
    const { DEMO_TEAMS_APP } = await import('../../dev/demo-tenant/index.ts');
    expect(localPackageValues.TEAMS_APP_ID).toBe(DEMO_TEAMS_APP.externalId);
  });
});
