// One reminder cycle on demand (`npm run remind -- --at 2026-12-01T08:00 [--dry-run]`), against the tenant
// in the settings. Without them it needs the demo that dev/start/remind.ts passes in: production never
// imports dev/, so bot/remind-cli.ts alone refuses to run without a tenant.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, describeError, formatDateNl } from '../src/text/index.ts';
import { botText } from '../src/text/ui-bot.ts';
import { openSqliteStore, type BotStore } from '../src/store/index.ts';
import { amsterdamTime, toAmsterdamDate, amsterdamClock, type Member, type Reminder } from '../src/workgroups/index.ts';
import { safeText, tabLinksFromSettings } from './cards/index.ts';
import { createLogger } from './logger.ts';
import { openStore, productionGraph, type DemoGraphFactory, type GraphAccess } from './runtime.ts';
import { trajectFollowUps, type TrajectFollowUp } from '../src/participation/index.ts';
import { createGraphReminderSource, createGraphTrajectService, createScheduler } from './scheduler/index.ts';

function parseAt(value: string | undefined, now: Date): string {
  if (!value) return now.toISOString();
  // A local time without zone is Amsterdam time, as the user thinks of it.
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/.exec(value);
  if (local) return amsterdamTime(local[1]!, local[2]!);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new AppError('BOT.INVALID_DATE');
  return new Date(ms).toISOString();
}

function describe(r: Reminder, names: Map<string, string>, reachable: boolean): string {
  const who =
    r.recipient.type === 'user'
      ? `${botText.dryRun.to} ${safeText(names.get(r.recipient.userId) ?? r.recipient.userId, 80)}`
      : `${botText.dryRun.to} ${botText.dryRun.channel} ${safeText(names.get(r.recipient.werkgroepId) ?? r.recipient.werkgroepId, 80)}`;
  const what =
    r.kind === 'vergadering'
      ? `${safeText(r.werkgroep.naam, 80)}, ${formatDateNl(r.date)}`
      : r.kind === 'weekoverzicht'
        ? botText.dryRun.digestSummary(r.werkgroepen.length, r.overdueActions.length)
        : `"${safeText(r.actie.titel, 120)}" (${safeText(r.werkgroep.naam, 80)}, ${botText.dryRun.due} ${formatDateNl(r.dueDate)})`;
  return `- ${botText.dryRun.kind[r.kind]} ${who}: ${what}${reachable ? '' : ` [${botText.dryRun.unreachable}]`}`;
}

function describeFollowUp(f: TrajectFollowUp, reachable: boolean): string {
  const who = `${botText.dryRun.to} ${safeText(f.traject.opsteller.naam || f.recipientId, 80)}`;
  return `- ${botText.traject.kind[f.kind]} ${who}: "${safeText(f.traject.onderwerp, 120)}"${reachable ? '' : ` [${botText.dryRun.unreachable}]`}`;
}

/** The demo for a run without tenant settings: the demo tenant, and a local Bot Connector for a real cycle. */
export interface RemindDemo {
  graph: DemoGraphFactory;
  /** Listening until closed; takes what the demo cycle sends. */
  connector(): Promise<{ close(): Promise<void> }>;
}

async function main(argv: string[], env: NodeJS.ProcessEnv, demo: RemindDemo | undefined): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: { at: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } }, allowPositionals: false });
  } catch {
    throw new AppError('BOT.BAD_ARGUMENTS');
  }
  const now = parseAt(args.values.at, new Date());
  const dryRun = args.values['dry-run'] === true;
  const log = createLogger({ level: env.LOG_LEVEL ?? 'silent' });
  // A dry run only reads: an existing store shows who is reachable; otherwise an empty one in memory.
  const dbFile = join(env.DATA_DIR ?? 'data', 'bot.db');
  const store: BotStore = dryRun && env.STORE !== 'azure-tables' && !existsSync(dbFile) ? openSqliteStore({ file: ':memory:' }) : await openStore(env);
  let graph: GraphAccess | undefined = productionGraph(env, store);
  if (!graph) {
    if (!demo) {
      await store.close();
      throw new AppError('BOT.CREDENTIALS_MISSING', { details: { names: ['TENANT_ID', 'CLIENT_ID', 'CLIENT_SECRET'].filter((n) => !env[n]).join(', ') } });
    }
    console.log(botText.dryRun.demo);
    graph = await demo.graph(toAmsterdamDate(now), store);
  }
  try {
    const access = graph;
    const source = createGraphReminderSource(access.client, {
      werkgroepIds: access.werkgroepIds,
      ...(access.mtGroupId ? { mtGroupId: access.mtGroupId } : {}),
    });
    const trajecten = access.participationSiteId ? createGraphTrajectService(access.client, access.participationSiteId) : undefined;
    const links = tabLinksFromSettings(env);
    const clock = { now: () => now };
    const atText = `${formatDateNl(toAmsterdamDate(now))} ${amsterdamClock(now)}`;
    if (dryRun) {
      const loaded = await source.load(now);
      const names = new Map<string, string>([
        ...loaded.members.map((m: Member) => [m.id, m.displayName] as [string, string]),
        ...loaded.werkgroepen.map((w) => [w.id, w.naam] as [string, string]),
      ]);
      const cached = { load: async () => loaded };
      const scheduler = createScheduler({ store, sender: { send: () => Promise.reject(new Error('dry run')) }, source: cached, links, log, clock });
      const plan = await scheduler.plan(now);
      const followUps = trajecten ? trajectFollowUps(await trajecten.list(), new Date(now)) : [];
      console.log(botText.dryRun.header(atText, plan.length + followUps.length));
      if (plan.length + followUps.length === 0) console.log(botText.dryRun.none);
      for (const p of plan) console.log(describe(p.reminder, names, p.reachable));
      for (const f of followUps) console.log(describeFollowUp(f, (await store.findPersonalConversation(f.recipientId)) !== undefined));
      return 0;
    }
    const { createProactiveSender } = await import('./proactive.ts');
    const { Client } = await import('@microsoft/teams.common');
    const { localConnectorToken } = await import('./config.ts');
    if (!access.demo || !demo) {
      console.error(botText.dryRun.useDryRun);
      return 2;
    }
    // Demo: send to a local stub Bot Connector and show what arrived.
    const connector = await demo.connector();
    try {
      const sender = createProactiveSender(new Client({ token: () => localConnectorToken('demo-bot') }));
      const scheduler = createScheduler({ store, sender, source, links, log, clock, ...(trajecten ? { trajecten } : {}) });
      const report = await scheduler.runCycle(now);
      console.log(botText.dryRun.cycle(atText, report));
      return 0;
    } finally {
      await connector.close();
    }
  } finally {
    await graph.close();
    await store.close();
  }
}

/** Runs the command with the process's arguments and settings, and exits with its code (2: wrong input). */
export function runRemindCli(demo?: RemindDemo): void {
  main(process.argv.slice(2), process.env, demo).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(describeError(error));
      process.exit(error instanceof AppError && (error.code === 'BOT.BAD_ARGUMENTS' || error.code === 'BOT.INVALID_DATE') ? 2 : 1);
    },
  );
}
