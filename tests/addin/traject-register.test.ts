// The task pane registers the traject, in headless Chromium against the Graph emulator with the demo
// tenant: the demo page behind the same middleware `npm start` uses (/graph/, /dev/token, tab-config.json).
// Checked in the emulator's list: one traject per document, updated in place; consent asked once; no
// sign-in, no consent or a Graph error leave the paragraph in place and say so; the administrator's
// profile loads without asking, is recorded in the answers part, and another version is warned about.
import { mkdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PARTICIPATION_SITE_ID, demoTenantSeed, seedDemoProfile } from '../../dev/demo-tenant/index.ts';
import { buildEmulator, type Emulator } from '../../dev/graph-emulator/index.ts';
import { createDemoGraphMiddleware } from '../../dev/tab/graph-proxy.ts';
import { demoConfigFromSeed } from '../../dev/tab/demo-target.ts';
import { PROFILE_FILE_PATH, createDevTokenProvider, createGraphClient, createTrustingDispatcher, listTrajecten, readSiteJsonFile, type GraphClient } from '../../src/graph/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildAddin, sendFile } from '../support/static-files.ts';
import { changeAantal, expectAxeClean, pane, walkChecklist, writeParagraph } from './traject-support.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(root, 'tests/artifacts');
const TODAY = '2026-12-02';
const SITE = DEMO_PARTICIPATION_SITE_ID;

/** Profiles the "administrator" publishes, served next to the pane. */
const PROFILES: Record<string, unknown> = {
  '/profielen/weert-1.json': { gemeentenaam: 'Weert', naam: 'Participatieprofiel Weert', versie: '2026.1' },
  '/profielen/weert-2.json': { gemeentenaam: 'Weert', naam: 'Participatieprofiel Weert', versie: '2026.2', kanalen: { gemeentepagina: 'Weert Extra' } },
  '/profielen/kapot.json': { gemeentenaam: 'Weert', niveaus: { raadplegen: { label: 42 } } },
};

let outDir: string;
let server: Server;
let baseUrl: string;
let browser: Browser;
let emulator: Emulator;
let graph: GraphClient;
let shared: Page;
const pageErrors: string[] = [];

function serve(dir: string, middleware: ReturnType<typeof createDemoGraphMiddleware>): Server {
  return createServer((req, res) => {
    middleware(req, res, () => {
      void (async () => {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const profile = PROFILES[pathname];
        if (profile) {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(profile));
          return;
        }
        await sendFile(dir, pathname, res);
      })();
    });
  });
}

beforeAll(async () => {
  outDir = await buildAddin('addin-traject-');
  const seed = demoTenantSeed({ today: TODAY });
  emulator = buildEmulator({ seed, now: () => new Date(`${TODAY}T09:00:00Z`) });
  const emulatorUrl = (await emulator.listen(0, '127.0.0.1')).url.replace(/\/+$/, '');
  seedDemoProfile(emulator, new Date(`${TODAY}T09:00:00Z`));
  const tabConfig = demoConfigFromSeed(seed);
  expect(tabConfig.participationSiteId).toBe(SITE);
  server = serve(outDir, createDemoGraphMiddleware(async () => ({ emulatorUrl, ca: emulator.ca, issueToken: (u) => emulator.issueDevToken(u), tabConfig })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The test reads the register as the bot does (app-only, Sites.Selected write grant on the site).
  graph = createGraphClient({
    tokenProvider: createDevTokenProvider(() => emulator.issueDevToken()),
    baseUrl: `${emulatorUrl}/`,
    dispatcher: await createTrustingDispatcher(emulator.ca),
    retry: { maxRetries: 0, delaySeconds: 0 },
  });
  browser = await launchBrowser();
  // One page for all tests: the single-process Chromium ends when a page closes, and pages left open
  // would slow the later tests down on a busy machine.
  shared = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  shared.on('pageerror', (e) => pageErrors.push(String(e)));
  await mkdir(artifacts, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await emulator?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function openPane(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = shared;
  // The machine is shared: generous waits, the checks stay exact.
  page.setDefaultTimeout(30_000);
  const errors = pageErrors;
  errors.length = 0;
  await page.goto(`${baseUrl}/demo.html?document=with-heading${query}`);
  await expect.poll(() => pane(page).getByText('Stap 1 van').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  // The consent is remembered in localStorage, per user and computer: forget an earlier test's answer.
  await page.evaluate(() => window.localStorage.clear());
  return { page, errors };
}

const register = (page: Page) => pane(page).getByRole('region', { name: 'Trajectregister' });
const trajectenOf = async (onderwerp: string) => (await listTrajecten(graph, SITE)).filter((t) => t.onderwerp === onderwerp);
const documentIdIn = (page: Page) =>
  page.evaluate(() => (window as unknown as { participatieDemo: { answersXml(): string } }).participatieDemo.answersXml()).then((xml) => /<documentId>([^<]+)</.exec(xml)?.[1]);

describe('the pane registers the traject', () => {
  it('asks consent once, registers, and an update changes the same traject instead of adding one', async () => {
    const { page, errors } = await openPane();
    const onderwerp = 'speelruimte in Weert-Noord';
    await walkChecklist(page, { onderwerp });
    await writeParagraph(page);
    // Nothing goes to Microsoft 365 before the user agreed.
    await expect.poll(() => register(page).getByRole('button', { name: 'Ja, zet het in het register' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await trajectenOf(onderwerp)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'addin-traject-consent.png'), fullPage: true });
    await expectAxeClean(page);
    await register(page).getByRole('button', { name: 'Ja, zet het in het register' }).click();
    await expect.poll(() => register(page).getByText('Het traject staat in het trajectregister.').count(), { timeout: 15_000 }).toBe(1);

    const [first] = await trajectenOf(onderwerp);
    const documentId = await documentIdIn(page);
    expect(documentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first).toMatchObject({
      documentId,
      status: 'afgerond',
      soortStuk: 'raadsvoorstel',
      gekozenNiveau: 'adviseren',
      aantalDeelnemers: 412,
      terugkoppelingDatum: '2025-04-15',
      // From the header lines of the demo's B&W-voorstel.
      afdeling: 'OCSW - Zorg & Participatie',
      zaaknummer: '1749933',
      portefeuillehouder: 'M.J. (Martijn) van den Heuvel Msc.',
      profielNaam: 'Standaardprofiel',
    });
    expect(first!.opsteller.naam.length).toBeGreaterThan(0);
    expect(first!.documentUrl).toContain('/demo.html');
    await page.screenshot({ path: join(artifacts, 'addin-traject-registered.png'), fullPage: true });

    // Update: consent is not asked again, the same item changes.
    await changeAantal(page, '450');
    await writeParagraph(page);
    await expect.poll(() => register(page).getByText('Het traject in het trajectregister is bijgewerkt.').count(), { timeout: 15_000 }).toBe(1);
    const after = await trajectenOf(onderwerp);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ itemId: first!.itemId, documentId, aantalDeelnemers: 450 });

    // Reopening the document and writing again still finds the same traject (the id is in the document).
    await page.getByRole('button', { name: 'Document opnieuw openen' }).click();
    await expect.poll(() => pane(page).getByRole('button', { name: 'Bijwerken' }).count(), { timeout: 10_000 }).toBe(1);
    await changeAantal(page, '460');
    await writeParagraph(page);
    await expect.poll(() => register(page).getByText('Het traject in het trajectregister is bijgewerkt.').count(), { timeout: 15_000 }).toBe(1);
    expect(await trajectenOf(onderwerp)).toMatchObject([{ itemId: first!.itemId, aantalDeelnemers: 460 }]);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
  }, 180_000);

  it('without consent: the paragraph is written, the register is not, and the pane says so', async () => {
    const { page } = await openPane();
    const onderwerp = 'groen in de Biest';
    await walkChecklist(page, { onderwerp });
    await writeParagraph(page);
    await register(page).getByRole('button', { name: 'Nee, niet nu' }).click();
    await expect.poll(() => register(page).getByText(/Het trajectregister is niet bijgewerkt, omdat je daar geen toestemming voor gaf/).count()).toBe(1);
    expect(await page.getByTestId('document').locator('section.content-control').innerText()).toContain(onderwerp);
    expect(await trajectenOf(onderwerp)).toEqual([]);
    // The "no" is remembered: the next write does not ask again, and does not register.
    await changeAantal(page, '413');
    await writeParagraph(page);
    await expect.poll(() => register(page).getByText(/geen toestemming/).count()).toBe(1);
    expect(await register(page).getByRole('button', { name: 'Ja, zet het in het register' }).count()).toBe(0);
    expect(await trajectenOf(onderwerp)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'addin-traject-declined.png'), fullPage: true });
    await expectAxeClean(page);
    // Changing one's mind works from the same message.
    await register(page).getByRole('button', { name: 'Toch in het register zetten' }).click();
    await expect.poll(() => register(page).getByText('Het traject staat in het trajectregister.').count(), { timeout: 15_000 }).toBe(1);
    expect(await trajectenOf(onderwerp)).toHaveLength(1);
  }, 180_000);

  it('when sign-in fails: the paragraph is written and the pane says the register was not updated', async () => {
    const { page } = await openPane('&aanmelden=mislukt');
    const onderwerp = 'de markt op zaterdag';
    await walkChecklist(page, { onderwerp });
    await writeParagraph(page);
    await register(page).getByRole('button', { name: 'Ja, zet het in het register' }).click();
    const failed = register(page).getByText(/Het trajectregister is niet bijgewerkt\. Je bent niet \(meer\) aangemeld bij Microsoft 365/);
    await expect.poll(() => failed.count(), { timeout: 15_000 }).toBe(1);
    expect(await register(page).innerText()).toContain('De paragraaf staat wel in het document.');
    expect(await page.getByTestId('document').locator('section.content-control').innerText()).toContain(onderwerp);
    expect(await trajectenOf(onderwerp)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'addin-traject-no-sign-in.png'), fullPage: true });
    await expectAxeClean(page);
  }, 180_000);

  for (const [status, text, message] of [
    [403, 'Je hebt geen toegang tot dit onderdeel van Microsoft 365', undefined],
    [503, 'Microsoft 365 is nu niet bereikbaar', undefined],
    [429, 'Microsoft 365 is even druk', undefined],
    // An access token that ran out while the pane was open.
    [401, 'Je aanmelding bij Microsoft 365 is verlopen', 'Lifetime validation failed, the token is expired.'],
  ] as const) {
    it(`on Graph ${status}: says so in Dutch, and "Opnieuw proberen" registers once Graph is back`, async () => {
      const { page } = await openPane();
      const onderwerp = `fietspaden ${status}`;
      await walkChecklist(page, { onderwerp });
      await writeParagraph(page);
      const fault = emulator.faults.add({ method: 'POST', path: /\/lists\/[^/]+\/items$/, status, times: Infinity, retryAfter: 0, ...(message ? { code: 'InvalidAuthenticationToken', message } : {}) });
      try {
        await register(page).getByRole('button', { name: 'Ja, zet het in het register' }).click();
        await expect.poll(() => register(page).getByText(text, { exact: false }).count(), { timeout: 30_000 }).toBe(1);
        expect(await trajectenOf(onderwerp)).toEqual([]);
      } finally {
        fault.remove();
      }
      await register(page).getByRole('button', { name: 'Opnieuw proberen' }).click();
      await expect.poll(() => register(page).getByText('Het traject staat in het trajectregister.').count(), { timeout: 15_000 }).toBe(1);
      expect(await trajectenOf(onderwerp)).toHaveLength(1);
    }, 180_000);
  }
});

describe("the administrator's profile", () => {
  it('loads without asking, is recorded with the paragraph, and another version is warned about', async () => {
    const { page } = await openPane('&profiel=/profielen/weert-1.json');
    await expect.poll(() => pane(page).getByText('We gebruiken het gemeenteprofiel van je beheerder: Participatieprofiel Weert (versie 2026.1).').count(), { timeout: 15_000 }).toBe(1);
    const onderwerp = 'het profiel van Weert';
    await walkChecklist(page, { onderwerp });
    await writeParagraph(page);
    const xml = await page.evaluate(() => (window as unknown as { participatieDemo: { answersXml(): string } }).participatieDemo.answersXml());
    expect(xml).toContain('<profielNaam>Participatieprofiel Weert</profielNaam>');
    expect(xml).toContain('<profielVersie>2026.1</profielVersie>');
    expect(await pane(page).getByText(/geschreven met/).count()).toBe(0);
    await expectAxeClean(page);
  }, 180_000);

  it('warns when the paragraph in the document was written with another profile version', async () => {
    const { page } = await openPane('&profiel=/profielen/weert-1.json');
    await expect.poll(() => pane(page).getByText(/versie 2026\.1/).count(), { timeout: 15_000 }).toBe(1);
    await walkChecklist(page, { onderwerp: 'twee versies' });
    await writeParagraph(page);
    // Same document, pane opened again with the new version of the profile (after the closed dialog has
    // gone, see document-panel.tsx: unmounting it sooner leaves aria-hidden behind, fluentui #35139).
    await page.waitForTimeout(1500);
    await page.evaluate(() => (window as unknown as { participatieDemo: { reopen(profileUrl: string | null): void } }).participatieDemo.reopen('/profielen/weert-2.json'));
    const warning = pane(page).getByText(
      'De paragraaf in dit document is geschreven met Participatieprofiel Weert (versie 2026.1). Je gebruikt nu Participatieprofiel Weert (versie 2026.2).',
      { exact: false },
    );
    await expect.poll(() => warning.count(), { timeout: 15_000 }).toBe(1);
    await page.screenshot({ path: join(artifacts, 'addin-profile-other-version.png'), fullPage: true });
    await expectAxeClean(page);
    // Updating writes with 2026.2, and the warning goes.
    await changeAantal(page, '500');
    await writeParagraph(page);
    await expect.poll(() => warning.count(), { timeout: 15_000 }).toBe(0);
    const xml = await page.evaluate(() => (window as unknown as { participatieDemo: { answersXml(): string } }).participatieDemo.answersXml());
    expect(xml).toContain('<profielVersie>2026.2</profielVersie>');
  }, 180_000);

  it('a broken profile: a Dutch message naming the field, the default profile, nothing lost', async () => {
    const { page } = await openPane('&profiel=/profielen/kapot.json');
    await expect
      .poll(() => pane(page).getByText('Het gemeenteprofiel klopt niet bij het veld "niveaus.raadplegen.label"', { exact: false }).count(), { timeout: 15_000 })
      .toBe(1);
    expect(await pane(page).getByText('We gebruiken nu het standaardprofiel. Je antwoorden blijven staan.', { exact: false }).count()).toBe(1);
    await walkChecklist(page, { onderwerp: 'kapot profiel' });
    await writeParagraph(page);
    expect(await page.getByTestId('document').locator('section.content-control').innerText()).toContain('kapot profiel');
    await page.screenshot({ path: join(artifacts, 'addin-profile-broken.png'), fullPage: true });
    await expectAxeClean(page);
  }, 180_000);

  it('comes from the participation site once the user agreed to connect, and is recorded with the paragraph', async () => {
    const { page } = await openPane();
    await page.evaluate(() => window.localStorage.setItem('participatie.trajectregister.toestemming', 'ja'));
    await page.reload();
    await expect.poll(() => pane(page).getByText('We gebruiken het gemeenteprofiel van je beheerder: Weert (versie 2026.1).').count(), { timeout: 20_000 }).toBe(1);
    const onderwerp = 'het profiel van de participatiesite';
    await walkChecklist(page, { onderwerp });
    await writeParagraph(page);
    // The profile's own channel name reaches the text; consent was given before, so no question.
    await expect.poll(() => register(page).getByText('Het traject staat in het trajectregister.').count(), { timeout: 15_000 }).toBe(1);
    const xml = await page.evaluate(() => (window as unknown as { participatieDemo: { answersXml(): string } }).participatieDemo.answersXml());
    expect(xml).toContain('<profielNaam>Weert</profielNaam>');
    expect(await trajectenOf(onderwerp)).toMatchObject([{ profielNaam: 'Weert', profielVersie: '2026.1' }]);
    await page.screenshot({ path: join(artifacts, 'addin-profile-from-site.png'), fullPage: true });
    await expectAxeClean(page);
  }, 180_000);

  it('the gateway reads the file by path, and says "none" for a site without one', async () => {
    // As the bot reads it (app-only, its Sites.Selected grant on the site); the pane's delegated read is above.
    expect(await readSiteJsonFile(graph, SITE, PROFILE_FILE_PATH)).toMatchObject({ naam: 'Weert', versie: '2026.1' });
    expect(await readSiteJsonFile(graph, SITE, 'Gemeenteprofiel/bestaat-niet.json')).toBeUndefined();
  });
});
