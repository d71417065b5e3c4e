import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { drawLadderIcon } from '../../manifest/icons.ts';
import {
  buildTeamsPackage,
  fillTemplate,
  localPackageValues,
  pngSize,
  teamsPackageFileName,
  validateTeamsPackage,
  zipTeamsPackage,
} from '../../manifest/teams-package.ts';
import { TAB_GRAPH_SCOPES } from '../../src/tab/app/connect.ts';

interface Manifest {
  id: string;
  bots: { botId: string; scopes: string[] }[];
  validDomains: string[];
  developer: { privacyUrl: string; termsOfUseUrl: string; websiteUrl: string };
  configurableTabs: { scopes: string[]; context: string[] }[];
  webApplicationInfo: { id: string; resource: string; nestedAppAuthInfo: { redirectUri: string; scopes: string[]; claims?: string }[] };
  supportsChannelFeatures?: string;
  supportedChannelTypes?: string[];
}

const tenantValues = {
  ...localPackageValues,
  PUBLIC_BASE_URL: 'https://participatie.weert.nl',
  GEMEENTE_NAAM: 'Gemeente Weert',
};

describe('Teams app package', () => {
  it('builds a package that passes the schema and icon rules', async () => {
    const pkg = await buildTeamsPackage(localPackageValues);
    expect(pkg.problems).toEqual([]);
    const m = pkg.manifest as unknown as Manifest;
    expect(m.bots[0]?.botId).toBe(localPackageValues.BOT_ID);
    expect(m.bots[0]?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(m.validDomains).toEqual(['localhost:3978']);
    expect(m.webApplicationInfo.resource).toBe(`api://localhost:3978/${localPackageValues.AAD_APP_CLIENT_ID}`);
  });

  it('asks Teams to prefetch exactly the token the tab requests from MSAL: same scope URIs, same order, no claims', async () => {
    const m = (await buildTeamsPackage(tenantValues)).manifest as unknown as Manifest;
    const [naa, ...more] = m.webApplicationInfo.nestedAppAuthInfo;
    expect(more).toEqual([]);
    expect(naa!.scopes).toEqual(TAB_GRAPH_SCOPES);
    for (const scope of naa!.scopes) expect(scope).toMatch(/^https:\/\/graph\.microsoft\.com\/[A-Za-z.]+$/);
    expect(naa!.redirectUri).toBe('brk-multihub://participatie.weert.nl');
    // The tab's request sends no claims, so the entry must not carry any either.
    expect(naa!.claims).toBeUndefined();
    expect(m.webApplicationInfo.id).toBe(tenantValues.AAD_APP_CLIENT_ID);
  });

  it('offers the configurable tab only where a team-scoped tab can be: a standard team channel', async () => {
    const m = (await buildTeamsPackage(localPackageValues)).manifest as unknown as Manifest;
    expect(m.configurableTabs).toHaveLength(1);
    expect(m.configurableTabs[0]!.scopes).toEqual(['team']);
    // privateChatTab and the meeting contexts are group-chat surfaces; they need the groupChat scope.
    expect(m.configurableTabs[0]!.context).toEqual(['channelTab']);
    // A werkgroep is a whole team (its group, Planner plan and team site); shared and private channels have
    // their own members and site, so the app does not declare support for them (see README).
    expect(m.supportsChannelFeatures).toBeUndefined();
    expect(m.supportedChannelTypes).toBeUndefined();
  });

  it('links the privacy statement and the terms of use to the pages the web app serves', async () => {
    const m = (await buildTeamsPackage(tenantValues)).manifest as unknown as Manifest;
    expect(m.developer.privacyUrl).toBe('https://participatie.weert.nl/privacy.html');
    expect(m.developer.termsOfUseUrl).toBe('https://participatie.weert.nl/gebruiksvoorwaarden.html');
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

  it('catches icons that break the rules: wrong size, rounded transparent corners', async () => {
    const pkg = await buildTeamsPackage(localPackageValues);
    const wrongSize = await validateTeamsPackage(pkg.manifest, { ...pkg.files, 'outline.png': drawLadderIcon(48) });
    expect(wrongSize).toContain('pictogram outline.png is 48x48, moet 32x32 zijn');
    // The add-in's rounded icon, at Teams' size, has transparent corners and a symbol outside the middle.
    const rounded = await validateTeamsPackage(pkg.manifest, { ...pkg.files, 'color.png': drawLadderIcon(192) });
    expect(rounded.join('\n')).toMatch(/dekkende achtergrondkleur/);
    expect(rounded.join('\n')).toMatch(/middelste 96x96/);
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

  it('says in its file name that it is not for uploading; the tenant package keeps the name the toolkit expects', () => {
    expect(teamsPackageFileName(true)).toMatch(/demo-niet-uploaden\.zip$/);
    expect(teamsPackageFileName(false)).toBe('participatie-teams-app.zip');
  });
});
