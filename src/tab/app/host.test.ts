import { describe, expect, it, vi } from 'vitest';
import { initHost, looksHosted } from './host.ts';

// teams-js as the tab loads it, with initialize and getContext under the test's control.
const teamsSdk = vi.hoisted(() => ({
  initialize: vi.fn<() => Promise<void>>(),
  getContext: vi.fn<() => Promise<unknown>>(),
  notifySuccess: vi.fn(),
}));
vi.mock('../shared/teams-sdk.ts', () => ({
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
