// The composition bot/server.ts (Azure) and `npm start -- --tenant` share: its scheduler installs the app for
// people without it, finds the chat of people who already have it (the install answered 409), and its
// /readyz follows the last cycle's Graph health without a Graph call per probe.
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, DEMO_TEAMS_APP, demoTenantSeed } from '../../dev/demo-tenant/index.ts';
import { composeBotSystem, type BotSystem } from '../../bot/compose.ts';
import { createLogger, localConnectorToken } from '../../bot/index.ts';
import { installAppForUser, type GraphClient } from '../../src/graph/index.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { TENANT, teamInstall } from './support/activities.ts';
import { APP_ID, badCredentials, links, startHarness, type Harness } from './support/harness.ts';

let h: Harness | undefined;
let system: BotSystem | undefined;
afterEach(async () => {
  await system?.scheduler.stop();
  await system?.bot.close();
  system = undefined;
  await h?.close();
  h = undefined;
});

const MONDAY = '2026-11-30';
const seed = demoTenantSeed({ today: MONDAY });
const werkgroepIds = [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen];
const installPath = /\/users\/([^/]+)\/teamwork\/installedApps$/;

function compose(harness: Harness, client: GraphClient): BotSystem {
  return composeBotSystem({
    auth: {
      mode: 'production',
      clientId: APP_ID,
      tenantId: TENANT,
      token: () => localConnectorToken(APP_ID),
      cloud: withOverrides(PUBLIC, { openIdMetadataUrl: harness.openId.metadataUrl }),
    },
    store: harness.store,
    graph: { client, werkgroepIds: async () => werkgroepIds, mtGroupId: DEMO_GROUP_IDS.mt, teamsAppCatalogId: DEMO_TEAMS_APP.id },
    links,
    clock: harness.clock,
    log: createLogger({ level: 'silent' }),
  });
}

async function start(): Promise<{ harness: Harness; users: string[] }> {
  h = await startHarness({ seed, now: amsterdamTime(MONDAY, '08:00'), werkgroepIds, mtGroupId: DEMO_GROUP_IDS.mt });
  const harness = h;
  // The bot is in the werkgroep teams (so it knows the tenant's serviceUrl), but has no personal chats stored.
  for (const g of werkgroepIds) await harness.send(teamInstall({ serviceUrl: harness.connectorUrl, userId: seed.users[0]!.id, groupId: g }));
  harness.connector.reset();
  const plan = await harness.scheduler().plan(harness.clock.now());
  const users = [...new Set(plan.flatMap((p) => (p.reminder.recipient.type === 'user' ? [p.reminder.recipient.userId] : [])))];
  expect(users.length).toBeGreaterThan(1);
  return { harness, users };
}

describe('the composed bot system', () => {
  it('installs the app for people without it and finds the chat of people who already have it', async () => {
    const { harness, users } = await start();
    const [already, ...without] = users;
    // One person got the app earlier (an app setup policy): the install call will answer 409.
    await installAppForUser(harness.graph, { userId: already!, teamsAppId: DEMO_TEAMS_APP.id });
    system = compose(harness, harness.graph);
    await system.scheduler.runCycle();

    const log = harness.emulator.log;
    const installedFor = new Set(log.filter((e) => e.method === 'POST' && installPath.test(e.path)).map((e) => installPath.exec(e.path)![1]));
    for (const userId of without) expect(installedFor.has(userId)).toBe(true);
    // The one who already had it: the installation's chat from Graph, stored, and the reminder delivered there.
    const ref = await harness.store.findPersonalConversation(already!);
    expect(ref).toMatchObject({ scope: 'personal', userId: already, serviceUrl: harness.connectorUrl, tenantId: TENANT, botId: `28:${APP_ID}` });
    expect(ref!.conversationId).toMatch(/@unq\.gbl\.spaces$/);
    expect(harness.connector.byConversation(ref!.conversationId).length).toBeGreaterThan(0);
    expect(log.some((e) => e.method === 'GET' && e.path.includes(already!) && /\/teamwork\/installedApps\/[^/]+\/chat$/.test(e.path))).toBe(true);
  });

  it('/readyz follows the last cycle, without a Graph call per probe', async () => {
    const { harness } = await start();
    system = compose(harness, await badCredentials(harness));
    const { url } = await system.bot.listen(0);
    const probe = async () => (await fetch(`${url}/readyz`)).status;
    // Before the first cycle Graph counts as reachable.
    expect(await probe()).toBe(200);
    expect(await system.readiness()).toEqual({ store: true, graph: true });
    await system.scheduler.runCycle();
    const requests = harness.emulator.log.length;
    expect(await probe()).toBe(503);
    expect(await probe()).toBe(503);
    expect(await system.readiness()).toEqual({ store: true, graph: false });
    expect(harness.emulator.log.length).toBe(requests);
  });
});
