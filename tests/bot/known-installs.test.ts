// People who already have the app: the install call answers 409 and Teams sends no install activity, so the
// bot must find the 1:1 conversation itself — through Graph (the installation's chat) or through the Bot
// Connector (createConversation with the user's Entra object id) — store it, and deliver.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, DEMO_TEAMS_APP, demoTenantSeed } from '../../dev/demo-tenant/index.ts';
import { createGraphInstaller, createPersonalConversationFinder } from '../../bot/scheduler/index.ts';
import { installAppForUser } from '../../src/graph/index.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { TENANT, teamInstall } from './support/activities.ts';
import { APP_ID, startHarness, type Harness } from './support/harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MONDAY = '2026-11-30';
const seed = demoTenantSeed({ today: MONDAY });
const installPath = /\/users\/[^/]+\/teamwork\/installedApps$/;

async function start(): Promise<{ harness: Harness; users: string[] }> {
  h = await startHarness({ seed, now: amsterdamTime(MONDAY, '08:00'), werkgroepIds: [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen], mtGroupId: DEMO_GROUP_IDS.mt });
  const harness = h;
  // The bot is in the werkgroep teams (so it knows the tenant's serviceUrl), but has no personal chats stored.
  for (const g of [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen]) {
    await harness.send(teamInstall({ serviceUrl: harness.connectorUrl, userId: seed.users[0]!.id, groupId: g }));
  }
  harness.connector.reset();
  const plan = await harness.scheduler().plan(harness.clock.now());
  const users = [...new Set(plan.flatMap((p) => (p.reminder.recipient.type === 'user' ? [p.reminder.recipient.userId] : [])))];
  expect(users.length).toBeGreaterThan(1);
  return { harness, users };
}

const finder = (harness: Harness, withGraph: boolean) =>
  createPersonalConversationFinder({
    sender: harness.bot.sender,
    appId: APP_ID,
    tenantId: TENANT,
    store: harness.store,
    ...(withGraph ? { graph: { client: harness.graph, teamsAppCatalogId: DEMO_TEAMS_APP.id } } : {}),
    clock: harness.clock,
  });

describe('reminders to people who already have the app', () => {
  it('after a 409 from the install call, finds the chat through Graph, stores it and delivers in the same cycle', async () => {
    const { harness, users } = await start();
    // The app came to these people earlier (an app setup policy, or an install whose activity was lost).
    for (const userId of users) await installAppForUser(harness.graph, { userId, teamsAppId: DEMO_TEAMS_APP.id });
    const scheduler = harness.scheduler({
      installer: createGraphInstaller(harness.graph, { teamsAppCatalogId: DEMO_TEAMS_APP.id }),
      conversations: finder(harness, true),
    });
    const report = await scheduler.runCycle();
    expect(report.unreachable).toBe(0);
    expect(report.retried).toBe(0);
    for (const userId of users) {
      const ref = await harness.store.findPersonalConversation(userId);
      // The installation's chat id from Graph, at the serviceUrl the bot knows for this tenant.
      expect(ref).toMatchObject({ scope: 'personal', userId, serviceUrl: harness.connectorUrl, tenantId: TENANT, botId: `28:${APP_ID}` });
      expect(ref!.conversationId).toMatch(/^19:.*@unq\.gbl\.spaces$/);
      expect(harness.connector.byConversation(ref!.conversationId).length).toBeGreaterThan(0);
      expect((await harness.store.getInstallation(userId))?.status).toBe('installed');
    }
    const log = harness.emulator.log;
    expect(log.filter((e) => e.method === 'GET' && /\/teamwork\/installedApps$/.test(e.path)).length).toBe(users.length);
    expect(log.filter((e) => e.method === 'GET' && /\/teamwork\/installedApps\/[^/]+\/chat$/.test(e.path)).length).toBe(users.length);
    // Nothing went through the Bot Connector's createConversation on this path.
    expect(harness.connector.conversations).toHaveLength(0);

    // The next cycle uses the stored conversations: no install call, no lookup.
    const installs = log.filter((e) => e.method === 'POST' && installPath.test(e.path)).length;
    const later = new Date(Date.parse(harness.clock.now()) + 24 * 3_600_000).toISOString();
    harness.clock.set(later);
    await scheduler.runCycle(later);
    expect(log.filter((e) => e.method === 'POST' && installPath.test(e.path)).length).toBe(installs);
  });

  it('without Graph, creates the 1:1 conversation through the Bot Connector with the Entra object id', async () => {
    const { harness, users } = await start();
    const [refused, ...reachable] = users;
    // Teams refuses a 1:1 with someone who does not have the app.
    harness.connector.refuseConversationsWith.add(refused!);
    const scheduler = harness.scheduler({ conversations: finder(harness, false) });
    const report = await scheduler.runCycle();
    expect(report.sent).toBeGreaterThan(0);
    for (const userId of reachable) {
      const created = harness.connector.conversations.find((c) => c.userId === userId);
      expect(created).toMatchObject({ tenantId: TENANT, botId: `28:${APP_ID}` });
      const ref = await harness.store.findPersonalConversation(userId);
      expect(ref).toMatchObject({ conversationId: created!.id, serviceUrl: harness.connectorUrl, scope: 'personal' });
      expect(harness.connector.byConversation(created!.id).length).toBeGreaterThan(0);
    }
    // Nobody to reach for the refused one: unreachable, nothing sent, nothing stored.
    expect(await harness.store.findPersonalConversation(refused!)).toBeUndefined();
    expect((await harness.store.getInstallation(refused!))?.status).toBe('unreachable');
    expect(report.unreachable).toBeGreaterThan(0);
  });

  it('someone recorded as installed without a stored conversation is looked up, not installed again', async () => {
    const { harness, users } = await start();
    const userId = users[0]!;
    await installAppForUser(harness.graph, { userId, teamsAppId: DEMO_TEAMS_APP.id });
    await harness.store.saveInstallation({ userId, status: 'installed', updatedAt: harness.clock.now() });
    const scheduler = harness.scheduler({
      installer: createGraphInstaller(harness.graph, { teamsAppCatalogId: DEMO_TEAMS_APP.id }),
      conversations: finder(harness, true),
    });
    const posts = () => harness.emulator.log.filter((e) => e.method === 'POST' && installPath.test(e.path) && e.path.includes(userId)).length;
    const before = posts();
    await scheduler.runCycle();
    const ref = await harness.store.findPersonalConversation(userId);
    expect(ref?.conversationId).toMatch(/@unq\.gbl\.spaces$/);
    expect(harness.connector.byConversation(ref!.conversationId).length).toBeGreaterThan(0);
    expect(posts()).toBe(before);
  });
});
