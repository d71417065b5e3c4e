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
}

export function toThemeName(theme: string | undefined): ThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/** Teams always hosts a tab in an iframe (web) or a webview with a parent; a top-level page is never in Teams. */
export function looksHosted(win: Window): boolean {
  try {
    return win.parent !== win || win.opener != null;
  } catch {
    return true;
  }
}

export interface TeamsHandle {
  context: TabContext;
  onThemeChange(handler: (theme: ThemeName) => void): void;
}

const INIT_TIMEOUT_MS = 2500;

/**
 * Initializes teams-js when the page looks hosted; falls back to a demo context quickly when it does not,
 * or when the host does not answer (a plain iframe, a preview tool).
 */
export async function initHost(win: Window, config: TabConfig): Promise<TeamsHandle> {
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
  if (!looksHosted(win)) return demoContext();

  // Loaded only when hosted, so the demo and the first paint outside Teams do not pay for it.
  const teams = await import('../shared/teams-sdk.ts');
  try {
    await withTimeout(teams.app.initialize(), INIT_TIMEOUT_MS);
    const ctx = await withTimeout(teams.app.getContext(), INIT_TIMEOUT_MS);
    const groupId = ctx.team?.groupId ?? ctx.channel?.ownerGroupId;
    const context: TabContext = {
      inTeams: true,
      demo: false,
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
  } catch {
    return demoContext();
  }
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
