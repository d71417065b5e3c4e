import { createBrowserTokenProvider, createGraphClient } from '../../graph/index.ts';
import type { GraphClient } from '../../graph/index.ts';
import { AppError } from '../../text/index.ts';
import { createGraphTabData } from '../shared/data/graph-data.ts';
import type { TabData } from '../shared/data/tab-data.ts';
import { withTrajectRegister } from '../shared/data/trajecten-data.ts';
import { DEMO_BUILD } from './build-flags.ts';
import type { TabConfig, TabContext } from './host.ts';
import { createSsoOboTokenProvider } from './sso-obo.ts';

/** Delegated permissions the tab uses (least privilege for what the pages do). */
export const TAB_GRAPH_SCOPES = [
  'User.ReadBasic.All',
  'GroupMember.Read.All',
  'Group.ReadWrite.All',
  'Calendars.ReadWrite',
  'Tasks.ReadWrite',
  'Sites.Manage.All',
].map((s) => `https://graph.microsoft.com/${s}`);

/**
 * Picks the sign-in for where the tab runs and builds the data port on the Graph gateway:
 * - demo (demo build only, outside Teams or in a test host): a dev token from the local dev server, Graph
 *   via the same-origin proxy;
 * - Teams with nested app authentication: msal-browser NAA, Graph called directly;
 * - other Teams hosts: Teams SSO + on-behalf-of through our own API.
 */
export async function connectTabData(context: TabContext, config: TabConfig, win: Window, now?: () => Date): Promise<TabData> {
  let client: GraphClient;
  // Only the demo build has a demo path at all; in the production bundle this branch and the dev-token
  // client are dropped, so nothing there can ever ask a server for /dev/token.
  if (DEMO_BUILD && context.demo) {
    const user = context.userId ?? '';
    const { createSameOriginGraphClient } = await import('./demo-client.ts');
    client = createSameOriginGraphClient({
      origin: win.location.origin,
      getToken: async () => {
        const res = await fetch(`${win.location.origin}/dev/token?user=${encodeURIComponent(user)}`);
        if (!res.ok) throw new AppError('TAB.DEMO_UNAVAILABLE', { details: { status: res.status } });
        return res.text();
      },
    });
  } else {
    if (!config.clientId) throw new AppError('TAB.SIGN_IN_FAILED', { details: { reason: 'no-client-id' } });
    const teams = await import('../shared/teams-sdk.ts');
    const naa = safe(() => teams.nestedAppAuth.isNAAChannelRecommended());
    const tokenProvider = naa
      ? createBrowserTokenProvider({
          clientId: config.clientId,
          authority: `https://login.microsoftonline.com/${config.tenantId ?? 'organizations'}`,
          isNestedAppAuthSupported: () => true,
        })
      : createSsoOboTokenProvider({ oboUrl: config.oboUrl ?? '/api/auth/obo', authentication: teams.authentication });
    client = createGraphClient({ tokenProvider, scopes: TAB_GRAPH_SCOPES, baseUrl: config.graphBaseUrl });
  }
  // The tab's clock (the demo clock in the demo) also decides which meetings go into the Vergaderingen list.
  const data = createGraphTabData(client, { userId: context.userId ?? '', mtGroupId: config.mtGroupId, ...(now ? { now: () => now().getTime() } : {}) });
  return withTrajectRegister(data, client, config.participationSiteId);
}

function safe(fn: () => boolean): boolean {
  try {
    return fn();
  } catch {
    return false;
  }
}
