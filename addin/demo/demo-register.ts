// The demo's way to the traject register: the dev token of the local Graph emulator for the demo user,
// Graph through the page's own origin (/graph/, proxied by `npm start`), behind the same port as MSAL in
// Office. Without that server (a plain static copy of the build) there is no register, and the pane says so.
import { getMe } from '../../src/graph/index.ts';
import { createSameOriginGraphClient } from '../../src/tab/app/demo-client.ts';
import { AppError } from '../../src/text/index.ts';
import type { RegisterConnector } from '../src/features/traject/connection.ts';

interface DemoConfig {
  demo?: boolean;
  demoUserId?: string;
  participationSiteId?: string;
}

/**
 * `?aanmelden=mislukt` plays a user whose sign-in fails (no session, popup closed), to show that the
 * paragraph still works and the pane says the register was not updated.
 */
export async function demoRegisterConnector(win: Window): Promise<RegisterConnector | null> {
  let config: DemoConfig;
  try {
    const res = await fetch(new URL('tab-config.json', win.location.href));
    if (!res.ok) return null;
    config = (await res.json()) as DemoConfig;
  } catch {
    return null;
  }
  const siteId = config.participationSiteId;
  if (!config.demo || !siteId) return null;
  const signInFails = new URLSearchParams(win.location.search).get('aanmelden') === 'mislukt';
  const user = new URLSearchParams(win.location.search).get('user') ?? config.demoUserId ?? '';
  const client = createSameOriginGraphClient({
    origin: win.location.origin,
    getToken: async () => {
      if (signInFails) throw new AppError('GRAPH.UNAUTHORIZED', { details: { reason: 'demo' } });
      const res = await fetch(`${win.location.origin}/dev/token?user=${encodeURIComponent(user)}`);
      if (!res.ok) throw new AppError('GRAPH.UNAUTHORIZED', { details: { status: res.status } });
      return res.text();
    },
  });
  return {
    async connect() {
      if (signInFails) throw new AppError('GRAPH.UNAUTHORIZED', { details: { reason: 'demo' } });
      const me = await getMe(client);
      return { client, siteId, opsteller: { id: me.id, naam: me.displayName, ...(me.mail ? { email: me.mail } : {}) } };
    },
  };
}
