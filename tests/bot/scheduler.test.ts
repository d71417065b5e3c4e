// Reaching people: proactive install through Graph when allowed, "unreachable" in the MT digest when not,
// and each conversation's own serviceUrl honoured.
import { afterEach, describe, expect, it } from 'vitest';
import { buildBotConnector } from '../../dev/bot-connector/index.ts';
import { DEMO_GROUP_IDS, DEMO_TEAMS_APP, demoTenantSeed } from '../../dev/demo-tenant/index.ts';
import { createGraphInstaller } from '../../bot/scheduler/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { resultaatStatusLabel } from '../../src/text/ui-workgroups.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { personalInstall } from './support/activities.ts';
import { cardOf, startHarness, visibleText, type Harness } from './support/harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MONDAY = '2026-11-30';
const seed = demoTenantSeed({ today: MONDAY });
const start = (today = MONDAY) =>
  startHarness({ seed, now: amsterdamTime(today, '08:00'), werkgroepIds: [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen], mtGroupId: DEMO_GROUP_IDS.mt });

describe('reaching members', () => {
  it('installs the app for members without a conversation, then sends once Teams reports the install', async () => {
    h = await start();
    const harness = h;
    const scheduler = harness.scheduler({ installer: createGraphInstaller(harness.graph, { teamsAppCatalogId: DEMO_TEAMS_APP.id }) });
    const plan = await scheduler.plan(harness.clock.now());
    const users = [...new Set(plan.flatMap((p) => (p.reminder.recipient.type === 'user' ? [p.reminder.recipient.userId] : [])))];
    expect(users.length).toBeGreaterThan(2);
    const first = await scheduler.runCycle();
    expect(first.sent).toBe(0);
    expect(first.retried).toBeGreaterThan(0);
    expect((await harness.store.listInstallations('pending')).map((r) => r.userId).sort()).toEqual([...users].sort());
    expect(harness.emulator.log.filter((e) => e.method === 'POST' && e.path.endsWith('/teamwork/installedApps')).length).toBe(users.length);
    // Teams answers each proactive install with an installationUpdate to the bot.
    for (const u of users) await harness.send(personalInstall({ serviceUrl: harness.connectorUrl, userId: u }));
    harness.connector.reset();
    const later = new Date(Date.parse(harness.clock.now()) + 15 * 60_000).toISOString();
    harness.clock.set(later);
    const keys = new Set([...plan, ...(await scheduler.plan(later))].filter((p) => p.reminder.recipient.type === 'user').map((p) => p.reminder.key));
    const second = await scheduler.runCycle(later);
    expect(second.reconciled).toBeGreaterThan(0);
    const personal = keys.size;
    expect(harness.connector.delivered().filter((a) => a.conversationId.startsWith('a:personal-')).length).toBe(personal);
  });

  it('records members it may not install for as unreachable and shows them in the MT digest', async () => {
    h = await start();
    const harness = h;
    const mt = seed.groups.find((g) => g.id === DEMO_GROUP_IDS.mt)!.memberIds;
    for (const u of mt) await harness.send(personalInstall({ serviceUrl: harness.connectorUrl, userId: u }));
    harness.connector.reset();
    // A catalog id the tenant does not have: Graph refuses the install.
    const scheduler = harness.scheduler({ installer: createGraphInstaller(harness.graph, { teamsAppCatalogId: 'not-allowed' }) });
    const report = await scheduler.runCycle();
    expect(report.unreachable).toBeGreaterThan(0);
    const unreachable = await harness.store.listInstallations('unreachable');
    expect(unreachable.length).toBeGreaterThan(0);
    expect(unreachable.every((r) => r.reason === 'BOT.INSTALL_FORBIDDEN')).toBe(true);
    // The same day, new reminders for them do not ask Graph again.
    const installCalls = () => harness.emulator.log.filter((e) => e.method === 'POST' && e.path.endsWith('/teamwork/installedApps')).length;
    const before = installCalls();
    expect(before).toBeGreaterThan(0);
    const soon = amsterdamTime(MONDAY, '12:00');
    harness.clock.set(soon);
    await scheduler.runCycle(soon);
    expect(installCalls()).toBe(before);
    // The next Monday's digest names them.
    const nextMonday = amsterdamTime('2026-12-07', '08:00');
    harness.clock.set(nextMonday);
    await scheduler.runCycle(nextMonday);
    const digests = harness.connector
      .delivered()
      .map((a) => visibleText(cardOf(a.activity)).join('\n'))
      .filter((t) => t.includes(botText.weekoverzicht.title) && t.includes(botText.weekoverzicht.unreachable));
    expect(digests.length).toBeGreaterThan(0);
    const names = seed.users.filter((u) => unreachable.some((r) => r.userId === u.id)).map((u) => u.displayName);
    expect(names.some((n) => digests.some((d) => d.includes(n)))).toBe(true);
  });

  it('sends to the serviceUrl stored with each conversation', async () => {
    h = await start();
    const harness = h;
    const other = buildBotConnector();
    const otherUrl = (await other.listen()).url;
    try {
      const users = seed.users.map((u) => u.id);
      for (const [i, u] of users.entries()) await harness.send(personalInstall({ serviceUrl: i % 2 ? otherUrl : harness.connectorUrl, userId: u }));
      harness.connector.reset();
      other.reset();
      const plan = (await harness.scheduler().plan(harness.clock.now())).filter((p) => p.reminder.recipient.type === 'user');
      await harness.scheduler().runCycle();
      for (const p of plan) {
        const userId = (p.reminder.recipient as { userId: string }).userId;
        const target = users.indexOf(userId) % 2 ? other : harness.connector;
        const elsewhere = users.indexOf(userId) % 2 ? harness.connector : other;
        expect(target.byConversation(`a:personal-${userId}`).length).toBeGreaterThan(0);
        expect(elsewhere.byConversation(`a:personal-${userId}`)).toHaveLength(0);
      }
    } finally {
      await other.close();
    }
  });
});

describe('weekly MT digest', () => {
  it('says which results changed status since last week', async () => {
    const { ensureWerkgroepLists, listResultaten, saveResultaat } = await import('../../src/graph/index.ts');
    h = await start();
    const harness = h;
    const mt = seed.groups.find((g) => g.id === DEMO_GROUP_IDS.mt)!.memberIds;
    for (const u of mt) await harness.send(personalInstall({ serviceUrl: harness.connectorUrl, userId: u }));
    const scheduler = harness.scheduler();
    await scheduler.runCycle();
    // A werkgroep member changes the result in the tab (delegated); the bot's app may only read the site.
    const tab = await harness.tabGraph(seed.groups.find((g) => g.id === DEMO_GROUP_IDS.weert)!.ownerIds[0]!);
    const lists = await ensureWerkgroepLists(tab, { groupId: DEMO_GROUP_IDS.weert });
    const ids = { siteId: lists.siteId, listId: lists.lists.Resultaten, werkgroepId: DEMO_GROUP_IDS.weert };
    const result = (await listResultaten(tab, ids)).find((r) => r.status !== 'gereed')!;
    await saveResultaat(tab, ids, { ...result, status: 'gereed' });
    harness.connector.reset();
    const nextMonday = amsterdamTime('2026-12-07', '08:00');
    harness.clock.set(nextMonday);
    await scheduler.runCycle(nextMonday);
    const digests = harness.connector.delivered().map((a) => visibleText(cardOf(a.activity)).join('\n')).filter((t) => t.includes(botText.weekoverzicht.title));
    expect(digests.some((d) => d.includes(botText.weekoverzicht.statusChanged) && d.includes(result.titel.slice(0, 30)) && d.includes(resultaatStatusLabel.gereed))).toBe(true);
  });
});

describe('retries keep to the sending hours', () => {
  it('a reminder that failed just before 17:00 waits for the next working morning', async () => {
    h = await start('2026-11-27');
    const harness = h;
    for (const u of seed.users) await harness.send(personalInstall({ serviceUrl: harness.connectorUrl, userId: u.id }));
    harness.connector.reset();
    harness.connector.faults.add({ status: 503, times: Infinity });
    const late = amsterdamTime('2026-11-27', '16:55');
    harness.clock.set(late);
    const scheduler = harness.scheduler();
    const first = await scheduler.runCycle(late);
    expect(first.retried).toBeGreaterThan(0);
    harness.connector.faults.clear();
    const evening = amsterdamTime('2026-11-27', '19:00');
    harness.clock.set(evening);
    expect((await scheduler.runCycle(evening)).sent).toBe(0);
    const monday = amsterdamTime('2026-11-30', '08:00');
    harness.clock.set(monday);
    const next = await scheduler.runCycle(monday);
    expect(next.reconciled).toBe(first.retried);
    expect((await harness.store.listByState('retry')).length).toBe(0);
  });
});
