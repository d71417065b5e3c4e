import { AppError } from '../../text/index.ts';
import type { DemoClockConfig } from './demo-clock.ts';

export type ThemeName = 'default' | 'dark' | 'contrast';

/** What the tab knows about where it runs. */
export interface TabContext {
  inTeams: boolean;
  /** Outside Teams: demo data against the local emulator. */
  demo: boolean;
  groupId?: string;
  teamName?: string;
  channelId?: string;
  channelName?: string;
  userId?: string;
  userName?: string;
  locale: string;
  theme: ThemeName;
  /** Deep link target from a bot card (Teams subPageId), e.g. 'actie/{id}'. */
  subPageId?: string;
  /** 'settings' when Teams shows the configuration page. */
  frameContext?: string;
  /** Personal scope: no team, only "Mijn acties". */
  personal: boolean;
}

/** Runtime settings served next to tab.html; the server fills them from its configuration. */
export interface TabConfig {
  demo?: boolean;
  demoUserId?: string;
  demoGroupId?: string;
  clientId?: string;
  tenantId?: string;
  /** Our API endpoint that swaps a Teams SSO token for a Graph token (on-behalf-of). */
  oboUrl?: string;
  graphBaseUrl?: string;
  mtGroupId?: string;
  /** The organisation's participation site (PARTICIPATION_SITE_ID) with the traject register; the Word add-in reads it here too. */
  participationSiteId?: string;
  /** Demo only (`npm start -- --clock`): the bot's demo clock, so the tab's "today" is the bot's today. */
  demoClock?: DemoClockConfig;
  /** After how many ms without an answer from Teams the tab says so (default 20 s); for tests. */
  hostSlowMs?: number;
}

export function toThemeName(theme: string | undefined): ThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * Whether Teams (or another Microsoft 365 host) can be hosting this page: in an iframe (web, desktop), as
 * a window opened by the host, or frameless in the iOS and Android apps, where teams-js talks to the app
 * through `window.nativeInterface` instead of a parent window.
 */
export function looksHosted(win: Window): boolean {
  try {
    if ('nativeInterface' in win && (win as { nativeInterface?: unknown }).nativeInterface) return true;
    return win.parent !== win || win.opener != null;
  } catch {
    return true;
  }
}

export interface TeamsHandle {
  context: TabContext;
  onThemeChange(handler: (theme: ThemeName) => void): void;
}

export interface HostOptions {
  /** The demo build (a build-time flag): may run outside Teams on demo data. Production never does. */
  demoBuild: boolean;
  /**
   * Demo build only: how long a host may take before the tab runs as a demo after all (a plain iframe,
   * such as the start page, never answers teams-js).
   */
  demoFallbackMs?: number;
}

export const DEMO_FALLBACK_MS = 2500;

/**
 * Connects to the host. The production build waits for teams-js however long it takes (a slow phone,
 * a cold start); the caller shows a Dutch message with a retry when that gets long. It fails at once
 * only when there is no host at all (`TAB.NOT_IN_TEAMS`). The demo build runs as a demo outside Teams,
 * and inside a host that does not answer.
 */
export async function initHost(win: Window, config: TabConfig, options: HostOptions): Promise<TeamsHandle> {
  const demo = options.demoBuild;
  const params = new URLSearchParams(win.location.search);
  const demoContext = (): TeamsHandle => ({
    context: {
      inTeams: false,
      demo: true,
      groupId: params.get('group') ?? config.demoGroupId,
      userId: params.get('user') ?? config.demoUserId,
      locale: 'nl-NL',
      theme: toThemeName(params.get('theme') ?? undefined),
      personal: params.get('personal') === '1',
      ...(params.get('config') === '1' ? { frameContext: 'settings' } : {}),
    },
    onThemeChange: () => undefined,
  });
  if (!looksHosted(win)) {
    if (demo) return demoContext();
    throw new AppError('TAB.NOT_IN_TEAMS');
  }

  // Loaded only when hosted, so the demo and the first paint outside Teams do not pay for it.
  const teams = await import('../shared/teams-sdk.ts');
  const wait = <T>(p: Promise<T>): Promise<T> => (demo ? withTimeout(p, options.demoFallbackMs ?? DEMO_FALLBACK_MS) : p);
  let ctx: Awaited<ReturnType<typeof teams.app.getContext>>;
  try {
    await wait(teams.app.initialize());
    ctx = await wait(teams.app.getContext());
  } catch (error) {
    if (demo) return demoContext();
    // The page is hosted, so the host did not answer in time (teams-js gives up after a minute).
    throw new AppError('TAB.HOST_TIMEOUT', { cause: error });
  }
  const groupId = ctx.team?.groupId ?? ctx.channel?.ownerGroupId;
  const context: TabContext = {
    inTeams: true,
    // A demo build inside a (test) host shows the host's user and team on the demo tenant's data.
    demo: demo && config.demo === true,
    groupId,
    teamName: ctx.team?.displayName,
    channelId: ctx.channel?.id,
    channelName: ctx.channel?.displayName,
    userId: ctx.user?.id,
    userName: ctx.user?.displayName,
    locale: ctx.app.locale,
    theme: toThemeName(ctx.app.theme),
    subPageId: ctx.page.subPageId,
    frameContext: ctx.page.frameContext,
    personal: !groupId,
  };
  teams.app.notifySuccess();
  return {
    context,
    onThemeChange: (handler) => teams.app.registerOnThemeChangeHandler((t) => handler(toThemeName(t))),
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('host timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
