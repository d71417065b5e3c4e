// Exactly-once as the user sees it: two scheduler instances over 365 simulated days, killed at random between
// claim and send, deliver every reminder once (counted at the stub Bot Connector). And a 429/503 storm from
// Graph and the connector loses nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, demoTenantSeed } from '../../dev/demo-tenant/index.ts';
import { createGraphReminderSource, type ReminderSource, type SourceData } from '../../bot/scheduler/index.ts';
import { Killed, kill } from '../../bot/scheduler/scheduler.ts';
import { clientRequestId, type ProactiveSender } from '../../bot/proactive.ts';
import { seededRandom } from '../../src/participation/testing/arbitrary.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import { addDays, amsterdamTime, isWorkingDay } from '../../src/workgroups/index.ts';
import { personalInstall, teamInstall } from './support/activities.ts';
import { startHarness, type Harness } from './support/harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Both instances read the same Microsoft 365 state per tick; loading it once keeps the simulation fast. */
function oncePerTick(source: ReminderSource): ReminderSource {
  let at = '';
  let data: Promise<SourceData> | undefined;
  return {
    load(now) {
      if (now !== at || !data) {
        at = now;
        data = source.load(now);
      }
      return data;
    },
  };
}

async function installEveryone(harness: Harness, seed: ReturnType<typeof demoTenantSeed>): Promise<void> {
  for (const u of seed.users) await harness.send(personalInstall({ serviceUrl: harness.connectorUrl, userId: u.id }));
  for (const g of [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen]) {
    await harness.send(teamInstall({ serviceUrl: harness.connectorUrl, userId: seed.users[0]!.id, groupId: g }));
  }
  harness.connector.reset();
}

describe('scheduler reliability', () => {
  it('two instances, 365 days, random kills between claim and send: zero duplicates, zero missed', async () => {
    const start = '2026-01-05';
    const seed = demoTenantSeed({ today: start });
    h = await startHarness({ seed, now: amsterdamTime(start, '08:00'), werkgroepIds: [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen], mtGroupId: DEMO_GROUP_IDS.mt });
    const harness = h;
    await installEveryone(harness, seed);
    const source = oncePerTick(createGraphReminderSource(harness.graph, { werkgroepIds: async () => harness.werkgroepIds, mtGroupId: DEMO_GROUP_IDS.mt }));
    const random = seededRandom(20261123);
    let kills = 0;
    // Each instance has its own connection to the same SQLite file, as two processes would.
    const spawn = () => {
      const state = { dead: false };
      const store = openSqliteStore({ file: harness.dbFile });
      const sender: ProactiveSender = {
        send: (ref, msg, key) => (state.dead ? kill() : harness.bot.sender.send(ref, msg, key)),
      };
      const scheduler = harness.scheduler({
        store,
        source,
        sender,
        hooks: {
          afterClaim: () => {
            if (state.dead) kill();
            if (random() < 0.08) {
              state.dead = true;
              kills++;
              kill();
            }
          },
        },
      });
      return { state, store, scheduler };
    };
    let instances = [spawn(), spawn()];
    const expected = new Set<string>();
    let takeovers = 0;
    for (let d = 0; d < 366; d++) {
      const day = addDays(start, d);
      if (!isWorkingDay(day)) continue;
      const now = amsterdamTime(day, '08:00');
      harness.clock.set(now);
      for (const p of await instances[0]!.scheduler.plan(now)) expected.add(p.reminder.key);
      const results = await Promise.allSettled(instances.map((i) => i.scheduler.runCycle(now)));
      for (const r of results) {
        if (r.status === 'fulfilled') takeovers += r.value.reconciled;
        else expect(r.reason).toBeInstanceOf(Killed);
      }
      // A killed process restarts with a new identity; its claims wait in the ledger for their lease to end.
      instances = await Promise.all(
        instances.map(async (i) => {
          if (!i.state.dead) return i;
          await i.store.close();
          return spawn();
        }),
      );
    }
    // One more working day after the year, so the last claims of crashed instances are reconciled.
    const last = amsterdamTime(addDays(start, 368), '08:00');
    harness.clock.set(last);
    for (const p of await instances[0]!.scheduler.plan(last)) expected.add(p.reminder.key);
    await Promise.all(instances.map((i) => i.scheduler.runCycle(last).catch(() => undefined)));
    for (const i of instances) await i.store.close();

    const posts = harness.connector.activities;
    const ids = posts.map((p) => p.clientRequestId);
    const wanted = new Set([...expected].map(clientRequestId));
    console.log(`reliability: ${expected.size} reminders, ${posts.length} posts, ${kills} kills, ${takeovers} takeovers`);
    expect(expected.size).toBeGreaterThan(200);
    expect(kills).toBeGreaterThan(10);
    expect(takeovers).toBeGreaterThan(0);
    expect(harness.connector.stats.duplicates).toBe(0);
    expect(new Set(ids).size).toBe(posts.length);
    expect(new Set(ids)).toEqual(wanted);
  }, 180_000);

  it('a 429/503 storm from Graph and the Bot Connector: everything is still delivered, once', async () => {
    const today = '2026-11-26';
    const seed = demoTenantSeed({ today });
    h = await startHarness({ seed, now: amsterdamTime(today, '08:00'), werkgroepIds: [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen], mtGroupId: DEMO_GROUP_IDS.mt, graphRetries: 2 });
    const harness = h;
    await installEveryone(harness, seed);
    const expected = new Set((await harness.scheduler().plan(harness.clock.now())).map((p) => p.reminder.key));
    expect(expected.size).toBeGreaterThan(5);
    harness.emulator.faults.add({ path: /.*/, status: 429, retryAfter: 0, times: 25 });
    harness.emulator.faults.add({ path: /.*/, status: 503, times: 25 });
    harness.connector.faults.add({ status: 429, retryAfter: 60, times: 12 });
    harness.connector.faults.add({ status: 503, times: 12 });
    const schedulers = [harness.scheduler(), harness.scheduler()];
    let failedCycles = 0;
    for (let minutes = 0; minutes < 9 * 60; minutes += 5) {
      const now = new Date(Date.parse(amsterdamTime(today, '08:00')) + minutes * 60_000).toISOString();
      harness.clock.set(now);
      const results = await Promise.allSettled(schedulers.map((s) => s.runCycle(now)));
      failedCycles += results.filter((r) => r.status === 'rejected').length;
    }
    const delivered = new Set(harness.connector.activities.map((a) => a.clientRequestId));
    console.log(`storm: ${expected.size} reminders, connector rejected ${harness.connector.stats.rejected}, ${failedCycles} cycles failed on Graph`);
    expect(harness.connector.stats.rejected).toBe(24);
    expect(harness.connector.stats.duplicates).toBe(0);
    expect(delivered).toEqual(new Set([...expected].map(clientRequestId)));
    expect((await harness.store.listByState('retry')).length).toBe(0);
  }, 120_000);
});

describe('the one window the ledger cannot close', () => {
  it('a crash after the connector accepted but before markSent resends with the same client request id', async () => {
    const today = '2026-11-26';
    const seed = demoTenantSeed({ today });
    h = await startHarness({ seed, now: amsterdamTime(today, '08:00'), werkgroepIds: [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen], mtGroupId: DEMO_GROUP_IDS.mt });
    const harness = h;
    await installEveryone(harness, seed);
    let killedKey: string | undefined;
    const crashing = harness.scheduler({
      concurrency: 1,
      hooks: {
        afterSend: (key) => {
          killedKey ??= key;
          if (key === killedKey) kill();
        },
      },
    });
    await expect(crashing.runCycle()).rejects.toBeInstanceOf(Killed);
    const later = new Date(Date.parse(harness.clock.now()) + 11 * 60_000).toISOString();
    harness.clock.set(later);
    const report = await harness.scheduler().runCycle(later);
    expect(report.reconciled).toBe(1);
    const posts = harness.connector.activities.filter((a) => a.clientRequestId === clientRequestId(killedKey!));
    // Teams does not deduplicate, so this is at-least-once; the repeat carries the same id for a connector that does.
    expect(posts).toHaveLength(2);
    expect(posts[1]!.duplicateOf).toBe(posts[0]!.id);
    expect(harness.connector.stats.duplicates).toBe(1);
  }, 60_000);
});
