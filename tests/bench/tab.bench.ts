// Tab bench: first-page JS (gzip) as the browser actually loads it, and the time to render a werkgroep
// with 500 actions relative to an empty werkgroep, both measured in headless Chromium in this run.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { IDS, tabTestSeed } from '../tab/support/seed.ts';
import { ensureTabBuilt, startTabStack } from '../tab/support/stack.ts';
import type { TabStack } from '../tab/support/stack.ts';
import { fakeTeamsHostScript } from '../tab/support/teams-host.ts';

const GOAL_KB = 150;
const RUNS = 5;
const GRAPH = 'https://graph.microsoft.com';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Gzip size of every script the browser fetched until the Overzicht stood on screen. */
async function firstPageJs(page: Page, url: string): Promise<{ gzip: number; files: number; names: Map<string, number> }> {
  const bodies: Promise<[string, Buffer]>[] = [];
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === 'script') bodies.push(r.body().then((b) => [new URL(r.url()).pathname, b]));
  };
  page.on('response', onResponse);
  await page.goto(url);
  await page.getByTestId('open-actions').waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const names = new Map((await Promise.all(bodies)).map(([name, b]) => [name, gzipSync(b, { level: 9 }).length]));
  return { gzip: [...names.values()].reduce((n, b) => n + b, 0), files: names.size, names };
}

/**
 * The production build as Teams hosts it: a Teams host (the frameless one teams-js talks to on iOS and
 * Android) that answers initialize, getContext and getAuthToken; the SSO token is swapped at `/api/auth/obo`
 * for a Graph token, and https://graph.microsoft.com is answered by the emulator behind the tab's server.
 * Nothing demo-only runs: this is the bundle `npm run build:tab` ships.
 */
async function hostedInTeams(context: BrowserContext, stack: TabStack): Promise<void> {
  await context.addInitScript(
    fakeTeamsHostScript({ context: { entityId: 'overzicht', groupId: IDS.werkgroep, userObjectId: IDS.voorzitter, channelId: '19:bench@thread.tacv2' } }),
  );
  // The fake host answers initialize and getContext; Teams SSO is one more message of the same kind.
  await context.addInitScript(`(() => {
    const host = window.nativeInterface.framelessPostMessage;
    window.nativeInterface.framelessPostMessage = (json) => {
      const msg = JSON.parse(json);
      if (msg.func !== 'authentication.getAuthToken') return host(json);
      setTimeout(() => window.onNativeMessage({ data: { id: msg.id, args: [true, 'teams-sso-token'] } }), 0);
    };
  })();`);
  await context.route('**/api/auth/obo', (route) =>
    route.fulfill({
      json: { accessToken: stack.emulator.issueDevToken(IDS.voorzitter), expiresOn: new Date(Date.now() + 3_600_000).toISOString() },
    }),
  );
  await context.route(`${GRAPH}/**`, async (route) => {
    const req = route.request();
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': '*', 'access-control-expose-headers': '*' };
    if (req.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    const response = await route.fetch({ url: `${stack.url}/graph${req.url().slice(GRAPH.length)}` });
    // The demo proxy makes paging links relative to itself; in production they point at Graph.
    const body = (await response.text()).replaceAll(`${stack.url}/graph`, GRAPH);
    return route.fulfill({ response, body, headers: { ...response.headers(), ...cors } });
  });
}

async function renderMs(page: Page, stack: TabStack, expectText: RegExp): Promise<number> {
  await page.goto('about:blank');
  const started = Date.now();
  await page.goto(`${stack.url}/tab.html#/overzicht`);
  await page.getByTestId('open-actions').getByText(expectText).first().waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

function verdict(kb: number): string {
  return kb <= GOAL_KB ? 'OK' : 'OVER';
}

export async function run(): Promise<void> {
  await Promise.all([ensureTabBuilt(), ensureTabBuilt('production')]);
  const now = new Date();
  const big = await startTabStack(tabTestSeed({ now, extraActions: 500, emptyWerkgroep: true }));
  const empty = await startTabStack(tabTestSeed({ now, emptyWerkgroep: true }));
  const production = await startTabStack(tabTestSeed({ now, emptyWerkgroep: true }), IDS.voorzitter, {
    variant: 'production',
    tabConfig: { clientId: '00000000-0000-0000-0000-00000000b3c4', tenantId: 'bench', oboUrl: '/api/auth/obo' },
  });
  const browser = await launchBrowser();
  try {
    const teams = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await hostedInTeams(teams, production);
    const hosted = await firstPageJs(await teams.newPage(), `${production.url}/tab.html#/overzicht`);
    const hostedKb = hosted.gzip / 1024;
    console.log(`tab first page hosted in Teams: ${hostedKb.toFixed(1)} KB gzip in ${hosted.files} files (goal ${GOAL_KB} KB) ${verdict(hostedKb)}`);
    if (process.env.BENCH_VERBOSE) {
      for (const [name, size] of [...hosted.names].sort((a, b) => b[1] - a[1])) console.log(`  ${(size / 1024).toFixed(1).padStart(6)} KB ${name}`);
    }


    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const js = await firstPageJs(page, `${empty.url}/tab.html#/overzicht`);
    const kb = js.gzip / 1024;
    console.log(`first-page JS (demo, outside Teams): ${kb.toFixed(1)} KB gzip in ${js.files} files (goal ${GOAL_KB} KB) ${verdict(kb)}`);

    // Warm up both once (JIT, HTTP cache), then alternate so drift hits both alike.
    await renderMs(page, empty, /Er zijn geen open acties/);
    await renderMs(page, big, /open acties/);
    const tEmpty: number[] = [];
    const tBig: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      tEmpty.push(await renderMs(page, empty, /Er zijn geen open acties/));
      tBig.push(await renderMs(page, big, /Actie 500:/));
    }
    const count = await page.getByTestId('action-item').count();
    const e = median(tEmpty);
    const b = median(tBig);
    console.log(`render Overzicht, empty werkgroep: median ${e} ms over ${RUNS} runs`);
    console.log(`render Overzicht, 500 actions (${count} open shown): median ${b} ms over ${RUNS} runs`);
    console.log(`ratio 500 actions / empty: ${(b / e).toFixed(2)}x`);
  } finally {
    await browser.close();
    await big.close();
    await empty.close();
    await production.close();
  }
}
