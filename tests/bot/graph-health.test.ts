// A Graph outage must not look like a quiet day: a cycle that could not read Graph says so at error level with
// counts, /readyz follows the last cycle (no Graph call per probe), and a Key Vault reference App Service could
// not resolve stops the start with a message that names the setting.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, demoTenantSeed } from '../../dev/demo-tenant/index.ts';
import { assertProductionAuth, createBot, createGraphWorkgroupService, readBotAuthFromEnv } from '../../bot/index.ts';
import { assertNoUnresolvedSecrets } from '../../bot/config.ts';
import { createReadiness } from '../../bot/runtime.ts';
import { createGraphReminderSource, sourceHealthOf } from '../../bot/scheduler/index.ts';
import { readTenantSettings } from '../../src/config/index.ts';
import { AppError, messageFor } from '../../src/text/index.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { badCredentials, startHarness, type Harness } from './support/harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MONDAY = '2026-11-30';
const seed = demoTenantSeed({ today: MONDAY });
const werkgroepIds = [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen];

function captureLog() {
  const lines: { level: number; msg: string; [k: string]: unknown }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as (typeof lines)[number]);
      done();
    },
  });
  return { log: pino({ level: 'info', base: undefined }, stream), lines };
}

describe('a cycle that cannot read Graph', () => {
  it('says so at error level with counts, instead of "due 0" at info', async () => {
    h = await startHarness({ seed, now: amsterdamTime(MONDAY, '08:00'), werkgroepIds, mtGroupId: DEMO_GROUP_IDS.mt });
    const { log, lines } = captureLog();
    const source = createGraphReminderSource(await badCredentials(h), { werkgroepIds: async () => werkgroepIds, mtGroupId: DEMO_GROUP_IDS.mt });
    const scheduler = h.scheduler({ source, log });
    const report = await scheduler.runCycle();
    expect(report.due).toBe(0);
    expect(report.graph).toMatchObject({ reachable: false, werkgroepen: 2, groupsFailed: 2 });
    expect(report.graph!.resourcesFailed).toBeGreaterThan(0);
    expect(report.graph!.codes).toContain('GRAPH.UNAUTHORIZED');
    const end = lines.find((l) => l.msg.startsWith('reminder cycle'))!;
    expect(end.level).toBeGreaterThanOrEqual(50); // pino: 50 = error
    expect(end).toMatchObject({ due: 0, graph: { groupsFailed: 2, reachable: false } });
    expect(lines.some((l) => l.level <= 30 && l.msg === 'reminder cycle done')).toBe(false);
    expect(scheduler.graphHealth()?.reachable).toBe(false);
  });

  it('a partial read is a warning that names how much failed; a clean read stays info', async () => {
    h = await startHarness({ seed, now: amsterdamTime(MONDAY, '08:00'), werkgroepIds, mtGroupId: DEMO_GROUP_IDS.mt });
    const { log, lines } = captureLog();
    const scheduler = h.scheduler({ log });
    const clean = await scheduler.runCycle();
    expect(clean.graph).toMatchObject({ reachable: true, groupsFailed: 0, resourcesFailed: 0 });
    expect(lines.find((l) => l.msg.startsWith('reminder cycle'))).toMatchObject({ level: 30, msg: 'reminder cycle done' });
    // One werkgroep's reads fail, the other's succeed.
    const health = sourceHealthOf(werkgroepIds, {
      werkgroepen: [{ id: DEMO_GROUP_IDS.weert }, { id: DEMO_GROUP_IDS.bergen }] as never,
      problems: [
        { werkgroepId: DEMO_GROUP_IDS.bergen, resource: 'plans', code: 'GRAPH.UNAVAILABLE' },
        { werkgroepId: DEMO_GROUP_IDS.bergen, resource: 'site', code: 'GRAPH.UNAVAILABLE' },
        { werkgroepId: DEMO_GROUP_IDS.weert, resource: 'plans', code: 'GRAPH.NO_PLAN' },
      ],
    });
    expect(health).toEqual({ werkgroepen: 2, groupsFailed: 1, resourcesFailed: 2, codes: ['GRAPH.UNAVAILABLE'] });
    lines.splice(0);
    const partial = await h.scheduler({ log, source: { load: async () => ({ ...emptyData(), health }) } }).runCycle();
    expect(partial.graph).toMatchObject({ reachable: true, groupsFailed: 1, resourcesFailed: 2 });
    expect(lines.find((l) => l.msg.startsWith('reminder cycle'))!.level).toBe(40);
  });

  it('/readyz follows the last cycle, without calling Graph per probe', async () => {
    h = await startHarness({ seed, now: amsterdamTime(MONDAY, '08:00'), werkgroepIds, mtGroupId: DEMO_GROUP_IDS.mt });
    const harness = h;
    let good = false;
    const source = createGraphReminderSource(await badCredentials(harness), { werkgroepIds: async () => werkgroepIds });
    const working = createGraphReminderSource(harness.graph, { werkgroepIds: async () => werkgroepIds });
    const scheduler = harness.scheduler({ source: { load: (now) => (good ? working : source).load(now) } });
    const bot = createBot(
      {
        store: harness.store,
        workgroups: createGraphWorkgroupService(harness.graph, { werkgroepIds: async () => werkgroepIds }),
        clock: harness.clock,
        links: { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' },
        log: pino({ level: 'silent' }),
      },
      { auth: { mode: 'development' }, ready: createReadiness({ store: harness.store, graphHealth: () => scheduler.graphHealth() }) },
    );
    const { url } = await bot.listen(0);
    try {
      const probe = async () => (await fetch(`${url}/readyz`)).status;
      // Before any cycle: nothing known against Graph.
      expect(await probe()).toBe(200);
      await scheduler.runCycle();
      const requests = harness.emulator.log.length;
      expect(await probe()).toBe(503);
      expect(await probe()).toBe(503);
      expect(harness.emulator.log.length).toBe(requests);
      good = true;
      const later = new Date(Date.parse(harness.clock.now()) + 5 * 60_000).toISOString();
      harness.clock.set(later);
      await scheduler.runCycle(later);
      expect(await probe()).toBe(200);
    } finally {
      await bot.close();
    }
  });
});

function emptyData() {
  return { werkgroepen: [], members: [], actions: [], meetings: [], agenda: [], results: [], verbeterpunten: [], mtLidIds: [] };
}

describe('an unresolved Key Vault reference', () => {
  const ref = '@Microsoft.KeyVault(VaultName=kv-participatie;SecretName=bot-client-secret)';
  const env = { CLIENT_ID: '11111111-1111-4111-8111-111111111111', TENANT_ID: '22222222-2222-4222-8222-222222222222', CLIENT_SECRET: ref };

  it('is refused at start, naming the setting, like a missing one', () => {
    const auth = readBotAuthFromEnv(env);
    let error: unknown;
    try {
      assertProductionAuth(auth);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BOT.SECRET_UNRESOLVED');
    const text = messageFor((error as AppError).code, (error as AppError).details);
    expect(text).toContain('CLIENT_SECRET');
    expect(text).toContain('Key Vault');
    expect(() => assertNoUnresolvedSecrets({ ...env, CLIENT_SECRET: 'x', TAB_CLIENT_SECRET: ref })).toThrow(AppError);
    expect(() => assertNoUnresolvedSecrets({ ...env, CLIENT_SECRET: 'a-real-secret' })).not.toThrow();
  });

  it('is named by the tenant settings check', () => {
    const r = readTenantSettings({
      PUBLIC_BASE_URL: 'https://participatie.weert.nl',
      TENANT_ID: env.TENANT_ID,
      CLIENT_ID: env.CLIENT_ID,
      CLIENT_SECRET: ref,
      TAB_CLIENT_ID: '33333333-3333-4333-8333-333333333333',
      TEAMS_APP_ID: '44444444-4444-4444-8444-444444444444',
      MT_GROUP_ID: '55555555-5555-4555-8555-555555555555',
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.find((p) => p.name === 'CLIENT_SECRET')?.problem).toMatch(/Key Vault/);
  });
});
