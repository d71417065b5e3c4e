import { describe, expect, it, vi } from 'vitest';
import { parseRoute, routeHref } from '../../src/tab/app/router.ts';
import { initHost, looksHosted } from '../../src/tab/app/host.ts';
import { createSsoOboTokenProvider } from '../../src/tab/app/sso-obo.ts';
import { rewriteLinks } from '../../dev/tab/graph-proxy.ts';
import { AppError } from '../../src/text/index.ts';

describe('routes (deep links from bot cards)', () => {
  it.each([
    ['#/actie/abc', { page: 'actie', actionId: 'abc' }],
    ['#/actie/a%2Fb/g1', { page: 'actie', actionId: 'a/b', groupId: 'g1' }],
    ['actie/xyz', { page: 'actie', actionId: 'xyz' }],
    ['#/vergadering/AAMk%3D', { page: 'vergadering', vergaderingId: 'AAMk=' }],
    ['#/mijn-acties', { page: 'mijn-acties' }],
    ['#/onbekend', { page: 'overzicht' }],
    ['', { page: 'overzicht' }],
    ['#/actie/%E0%A4%A', { page: 'actie', actionId: '%E0%A4%A' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
  it('round-trips', () => {
    const r = { page: 'actie' as const, actionId: 'a/b c', groupId: 'g' };
    expect(parseRoute(routeHref(r))).toEqual(r);
  });
});

// teams-js as the tab loads it, with initialize and getContext under the test's control.
const teamsSdk = vi.hoisted(() => ({
  initialize: vi.fn<() => Promise<void>>(),
  getContext: vi.fn<() => Promise<unknown>>(),
  notifySuccess: vi.fn(),
}));
vi.mock('../../src/tab/shared/teams-sdk.ts', () => ({
  app: {
    initialize: teamsSdk.initialize,
    getContext: teamsSdk.getContext,
    notifySuccess: teamsSdk.notifySuccess,
    registerOnThemeChangeHandler: vi.fn(),
  },
  authentication: {},
  nestedAppAuth: {},
  pages: {},
}));

const TEAMS_CONTEXT = {
  app: { locale: 'nl-nl', theme: 'default' },
  page: { id: 'mijn-acties', frameContext: 'content', subPageId: 'actie/t1/g1' },
  user: { id: 'u1', displayName: 'Anouk' },
};

function topWindow(search = '', extra: Record<string, unknown> = {}): Window {
  const win = { parent: null as unknown, opener: null, location: { search }, ...extra } as unknown as Window;
  (win as { parent: unknown }).parent = win;
  return win;
}

describe('host detection', () => {
  it('knows frameless Teams (iOS, Android) by window.nativeInterface, and iframes by their parent', () => {
    expect(looksHosted(topWindow())).toBe(false);
    expect(looksHosted(topWindow('', { nativeInterface: { framelessPostMessage: () => undefined } }))).toBe(true);
    expect(looksHosted({ parent: {}, opener: null } as unknown as Window)).toBe(true);
  });

  it('demo build: runs as a demo at once when the page is not hosted, honouring ?group, ?user and ?theme', async () => {
    const started = performance.now();
    const { context } = await initHost(topWindow('?group=g9&user=u9&theme=dark'), { demoGroupId: 'g1', demoUserId: 'u1' }, { demoBuild: true });
    expect(performance.now() - started).toBeLessThan(100);
    expect(context).toMatchObject({ inTeams: false, demo: true, groupId: 'g9', userId: 'u9', theme: 'dark', personal: false });
  });

  it('production build: outside Teams it refuses with TAB.NOT_IN_TEAMS, never demo data', async () => {
    await expect(initHost(topWindow(), { demo: true, demoGroupId: 'g1' }, { demoBuild: false })).rejects.toMatchObject({ code: 'TAB.NOT_IN_TEAMS' });
  });

  it('production build on Teams mobile with a slow start: waits for teams-js, takes its context, no demo', async () => {
    vi.useFakeTimers();
    try {
      let answer!: () => void;
      teamsSdk.initialize.mockReturnValueOnce(new Promise<void>((ok) => (answer = ok)));
      teamsSdk.getContext.mockResolvedValueOnce(TEAMS_CONTEXT);
      const win = topWindow('', { nativeInterface: { framelessPostMessage: () => undefined } });
      let settled = false;
      const started = initHost(win, { demo: true, demoGroupId: 'g-demo' }, { demoBuild: false }).finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(10_000);
      expect(settled).toBe(false);
      answer();
      const { context } = await started;
      expect(context).toMatchObject({ inTeams: true, demo: false, userId: 'u1', subPageId: 'actie/t1/g1', personal: true });
      expect(teamsSdk.notifySuccess).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('demo build in a frame that never answers teams-js: falls back to the demo', async () => {
    teamsSdk.initialize.mockReturnValueOnce(new Promise<void>(() => undefined));
    const { context } = await initHost({ parent: {}, opener: null, location: { search: '' } } as unknown as Window, { demoGroupId: 'g1' }, { demoBuild: true, demoFallbackMs: 20 });
    expect(context).toMatchObject({ inTeams: false, demo: true, groupId: 'g1' });
  });
});

describe('Teams SSO + on-behalf-of fallback', () => {
  it('swaps the SSO token at our API, caches the Graph token and sends it nowhere else', async () => {
    const fetchFn = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(JSON.stringify({ accessToken: 'graph-token', expiresOn: new Date(Date.now() + 3600_000).toISOString() }), { status: 200 }),
    );
    const provider = createSsoOboTokenProvider({ oboUrl: '/api/auth/obo', authentication: { getAuthToken: async () => 'sso-token' }, fetchFn: fetchFn as typeof fetch });
    expect(await provider.getToken(['https://graph.microsoft.com/Tasks.ReadWrite'])).toBe('graph-token');
    expect(await provider.getToken(['https://graph.microsoft.com/Tasks.ReadWrite'])).toBe('graph-token');
    expect(fetchFn).toHaveBeenCalledTimes(1);
    const [url, init] = fetchFn.mock.calls[0]!;
    expect(url).toBe('/api/auth/obo');
    expect((init!.headers as Record<string, string>).Authorization).toBe('Bearer sso-token');
  });
  it('maps missing consent and failures to tab error codes', async () => {
    const p403 = createSsoOboTokenProvider({ oboUrl: '/obo', authentication: { getAuthToken: async () => 't' }, fetchFn: (async () => new Response('', { status: 403 })) as typeof fetch });
    await expect(p403.getToken(['x'])).rejects.toMatchObject({ code: 'TAB.CONSENT_REQUIRED' });
    const pFail = createSsoOboTokenProvider({ oboUrl: '/obo', authentication: { getAuthToken: async () => Promise.reject(new Error('no sso')) } });
    await expect(pFail.getToken(['x'])).rejects.toBeInstanceOf(AppError);
  });
});

describe('demo proxy link rewriting', () => {
  it('turns absolute emulator nextLinks into links relative to the client base', () => {
    const body = JSON.stringify({ '@odata.nextLink': 'https://127.0.0.1:4443/v1.0/groups/g/members?$skiptoken=abc', value: [{ webUrl: 'https://gemeente.sharepoint.com/x' }] });
    const out = JSON.parse(rewriteLinks(body, 'https://127.0.0.1:4443')) as Record<string, unknown>;
    expect(out['@odata.nextLink']).toBe('groups/g/members?$skiptoken=abc');
    expect(JSON.stringify(out)).toContain('https://gemeente.sharepoint.com/x');
  });
});

describe('tab date text matches src/text', () => {
  it.each(['2025-03-12', '2026-01-01', '2026-12-31', '2024-02-29'])('%s', async (day) => {
    const { formatDayNl } = await import('../../src/tab/shared/utils/dates.ts');
    const { formatDateNl } = await import('../../src/text/index.ts');
    expect(formatDayNl(day)).toBe(formatDateNl(day));
  });
});
