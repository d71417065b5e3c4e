// The demo tenant in an in-process Graph emulator, composed with the bot's production Graph client: for the
// reminder command and the bot when no tenant is configured. dev/ passes this in; production never imports it.
import type { GraphAccess } from '../../bot/runtime.ts';
import { werkgroepIdsWithInstalls } from '../../bot/runtime.ts';
import { createDevTokenProvider, createGraphClient, createTrustingDispatcher } from '../../src/graph/index.ts';
import type { BotStore } from '../../src/store/index.ts';
import { DEMO_GROUP_IDS, DEMO_PARTICIPATION_SITE_ID, DEMO_TEAMS_APP, demoTenantSeed } from '../demo-tenant/index.ts';
import { buildEmulator } from '../graph-emulator/index.ts';

/** HTTPS on loopback. The demo's dates are placed around `today`, so a dry run at any date shows realistic reminders. */
export async function startDemoGraph(today: string, store?: BotStore): Promise<GraphAccess> {
  const emulator = buildEmulator({ seed: demoTenantSeed({ today }) });
  const { url } = await emulator.listen(0, '127.0.0.1');
  const client = createGraphClient({
    tokenProvider: createDevTokenProvider(() => emulator.issueDevToken()),
    baseUrl: `${url.replace(/\/$/, '')}/`,
    dispatcher: await createTrustingDispatcher(emulator.ca),
    retry: { maxRetries: 3, delaySeconds: 0 },
  });
  const configured = [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen];
  return {
    client,
    demo: true,
    mtGroupId: DEMO_GROUP_IDS.mt,
    teamsAppCatalogId: DEMO_TEAMS_APP.id,
    participationSiteId: DEMO_PARTICIPATION_SITE_ID,
    werkgroepIds: async () => werkgroepIdsWithInstalls(configured, store),
    requests: () => emulator.httpRequestCount(),
    close: () => emulator.close(),
  };
}
