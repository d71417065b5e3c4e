import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { parseISO } from 'date-fns/parseISO';
import type { BotStore, ConversationRef, LedgerEntry } from '../../src/store/index.ts';
import { AppError } from '../../src/text/index.ts';
import {
  addDays,
  computeReminders,
  mayDeliverReminder,
  toAmsterdamDate,
  type Actie,
  type DigestSnapshot,
  type Member,
  type Preferences,
  type Reminder,
  type ReminderRecipient,
  type ReminderInput,
  type ReminderPolicy,
  type Resultaat,
  type Verbeterpunt,
  type Werkgroep,
} from '../../src/workgroups/index.ts';
import { trajectFollowUps, type TrajectFollowUp } from '../../src/participation/index.ts';
import type { TabLinks } from '../cards/index.ts';
import type { Logger } from '../logger.ts';
import type { Clock } from '../ports.ts';
import type { OutgoingCard, ProactiveSender } from '../proactive.ts';
import { cardForReminder } from './cards.ts';
import { cardForTrajectFollowUp, type TrajectService } from './trajecten.ts';
import type { PersonalConversationFinder } from './conversations.ts';
import type { InstallOutcome, ProactiveInstaller } from './installer.ts';

/** What the policy needs from Microsoft 365 at `now`; preferences, snoozes and reachability come from the store. */
export type SourceData = Omit<ReminderInput, 'now' | 'preferences' | 'snoozes' | 'unreachableUserIds' | 'policy'> & {
  /** How the read went; without it the source is taken to have read everything. */
  health?: SourceHealth;
};

/** How a cycle's read of Microsoft 365 went. */
export interface SourceHealth {
  /** Werkgroepen asked for. */
  werkgroepen: number;
  /** Werkgroepen of which at least one read failed (or that could not be read at all). */
  groupsFailed: number;
  /** Reads that failed (a list, a plan, the members of a group, …). */
  resourcesFailed: number;
  /** The distinct error codes, for the log. */
  codes: string[];
}

/** Graph reachability as the last cycle found it: what /readyz reports, without a Graph call per probe. */
export interface GraphHealth extends SourceHealth {
  /** False when nothing could be read: no werkgroep at all, or the read threw. */
  reachable: boolean;
  at: string;
}

export interface ReminderSource {
  load(now: string): Promise<SourceData>;
  /**
   * The same data per chunk of werkgroepen (each chunk complete for its werkgroepen, with the MT-leden),
   * so a cycle sends as it reads instead of holding the whole tenant; returns how the read went.
   */
  stream?(now: string, onChunk: (data: Omit<SourceData, 'health'>) => Promise<void>): Promise<SourceHealth>;
}

export interface SchedulerOptions {
  store: BotStore;
  sender: ProactiveSender;
  source: ReminderSource;
  links: TabLinks;
  log: Logger;
  clock: Clock;
  /** Unique per process; claims carry it. */
  owner?: string;
  /** How long a claim protects a reminder from other instances (must exceed the send timeout). */
  leaseMs?: number;
  installer?: ProactiveInstaller;
  /** Finds the 1:1 conversation of a user who has the app but none stored (install answered 409, app setup policy). */
  conversations?: PersonalConversationFinder;
  policy?: Partial<ReminderPolicy>;
  /** The traject register: its follow-ups go to the opsteller like action reminders (same ledger, same sending hours). */
  trajecten?: TrajectService;
  /** Attempts before a reminder is given up as unreachable. */
  maxAttempts?: number;
  /** Parallel sends per cycle. */
  concurrency?: number;
  /** Test seams to simulate a crash at a precise point (throwing stops this instance's cycle). */
  hooks?: { afterClaim?(key: string): void | Promise<void>; afterSend?(key: string): void | Promise<void> };
}

export interface CycleReport {
  due: number;
  sent: number;
  /** Already claimed or sent by this or another instance. */
  skipped: number;
  /** Given back for a later attempt (429/503, install pending). */
  retried: number;
  unreachable: number;
  /** Expired claims and due retries taken over from the ledger. */
  reconciled: number;
  /** How the read of Microsoft 365 went: "due 0" means nothing only when this is reachable without failures. */
  graph?: GraphHealth;
}

export interface PlannedReminder {
  reminder: Reminder;
  reachable: boolean;
  state?: LedgerEntry['state'];
}

export interface Scheduler {
  readonly owner: string;
  runCycle(now?: string): Promise<CycleReport>;
  /** The dry run: what would be sent at `now`, with nothing claimed or sent. */
  plan(now: string): Promise<PlannedReminder[]>;
  start(pattern?: string): void;
  stop(): Promise<void>;
  /** Graph reachability from the last cycle; undefined before the first. */
  graphHealth(): GraphHealth | undefined;
}

/** What the ledger keeps per reminder: a werkgroep reminder or a traject follow-up. */
type Payload = { v: 1; reminder: Reminder } | { v: 1; traject: TrajectFollowUp };

function recipientOf(p: Payload): ReminderRecipient {
  return 'traject' in p ? { type: 'user', userId: p.traject.recipientId } : p.reminder.recipient;
}

function kindOf(p: Payload): string {
  return 'traject' in p ? `traject-${p.traject.kind}` : p.reminder.kind;
}

class Killed extends Error {}

const MINUTE = 60_000;

/** '2026-W49' for an Amsterdam date. */
export function isoWeekKey(date: string): string {
  const d = parseISO(date);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
}

function backoffMs(attempts: number, retryAfterSeconds: number | undefined): number {
  if (retryAfterSeconds !== undefined) return Math.max(retryAfterSeconds * 1000, MINUTE);
  return Math.min(2 ** Math.max(0, attempts - 1) * 2 * MINUTE, 60 * MINUTE);
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, sender, source, links, log } = options;
  const owner = options.owner ?? `bot-${randomUUID()}`;
  const leaseMs = options.leaseMs ?? 10 * MINUTE;
  const maxAttempts = options.maxAttempts ?? 12;
  const concurrency = options.concurrency ?? 8;
  let cron: Cron | undefined;
  let running: Promise<CycleReport> | undefined;
  const installs = new Map<string, Promise<InstallOutcome | AppError>>();
  const lookups = new Map<string, Promise<ConversationRef | undefined | AppError>>();
  let lastHealth: GraphHealth | undefined;

  function healthOf(h: SourceHealth | undefined, at: string): GraphHealth {
    const health = h ?? { werkgroepen: 0, groupsFailed: 0, resourcesFailed: 0, codes: [] };
    const reachable = health.werkgroepen === 0 ? health.resourcesFailed === 0 : health.groupsFailed < health.werkgroepen;
    return { ...health, reachable, at };
  }

  /** Asks for a user's 1:1 conversation once per cycle, and stores what is found. */
  function lookUpConversation(userId: string, now: string): Promise<ConversationRef | undefined | AppError> {
    const finder = options.conversations;
    if (!finder) return Promise.resolve(undefined);
    let pending = lookups.get(userId);
    if (!pending) {
      pending = finder.find(userId).then(
        async (ref) => {
          if (!ref) return undefined;
          await store.saveConversation(ref);
          await store.saveInstallation({ userId, status: 'installed', updatedAt: now });
          log.info({ conversationId: ref.conversationId }, 'personal conversation found');
          return ref;
        },
        (e: unknown) => (e instanceof AppError ? e : new AppError('BOT.CONNECTOR_UNAVAILABLE')),
      );
      lookups.set(userId, pending);
    }
    return pending;
  }

  /** Statuses at the start of each ISO week, so the MT digest can say what changed since last week. */
  async function lastWeekSnapshot(data: SourceData, now: string, write: boolean): Promise<DigestSnapshot | undefined> {
    const today = toAmsterdamDate(now);
    if (write) {
      const snapshot: DigestSnapshot = { resultaatStatus: {}, verbeterActieStatus: {} };
      for (const r of data.results) snapshot.resultaatStatus[r.id] = r.status;
      for (const v of data.verbeterpunten) for (const a of v.acties) snapshot.verbeterActieStatus[`${v.id}#${a.nr}`] = a.status;
      await store.putStateIfAbsent(`digest-snapshot:${isoWeekKey(today)}`, JSON.stringify(snapshot));
    }
    const previous = await store.getState(`digest-snapshot:${isoWeekKey(addDays(today, -7))}`);
    return previous ? (JSON.parse(previous) as DigestSnapshot) : undefined;
  }

  /** What the store says about people at `now`: preferences, snoozes, who cannot be reached. */
  async function peopleInput(now: string): Promise<Pick<ReminderInput, 'now' | 'preferences' | 'snoozes' | 'unreachableUserIds' | 'policy'>> {
    const [prefs, snoozes, unreachable] = await Promise.all([store.listPreferences(), store.listSnoozes(), store.listInstallations('unreachable')]);
    const preferences: Record<string, Preferences> = {};
    for (const p of prefs) {
      preferences[p.userId] = { ...(p.quietHours ? { quietHours: p.quietHours } : {}), ...(p.kinds ? { kinds: p.kinds as Preferences['kinds'] } : {}) };
    }
    return {
      now,
      preferences,
      snoozes: snoozes.map((s) => ({ actionId: s.actionId, until: s.until, ...(s.userId ? { userId: s.userId } : {}) })),
      unreachableUserIds: unreachable.map((u) => u.userId),
      ...(options.policy ? { policy: options.policy } : {}),
    };
  }

  async function buildInput(now: string, write = true): Promise<ReminderInput> {
    const [{ health, ...data }, people] = await Promise.all([source.load(now), peopleInput(now)]);
    const lastWeek = await lastWeekSnapshot(data, now, write);
    if (write) lastHealth = healthOf(health, now);
    return { ...data, ...people, ...(lastWeek ? { lastWeek } : {}) };
  }

  function mayDeliverNow(entry: LedgerEntry, input: Pick<ReminderInput, 'now' | 'policy' | 'preferences'>): boolean {
    return mayDeliverReminder(recipientOf(JSON.parse(entry.payload) as Payload), input);
  }

  async function target(recipient: ReminderRecipient): Promise<ConversationRef | undefined> {
    return recipient.type === 'user' ? store.findPersonalConversation(recipient.userId) : store.findWerkgroepConversation(recipient.werkgroepId);
  }

  function cardOf(p: Payload, now: string): OutgoingCard {
    return 'traject' in p ? cardForTrajectFollowUp(p.traject, now) : cardForReminder(p.reminder, links, now);
  }

  type Outcome = 'sent' | 'retry' | 'unreachable' | 'skipped';

  /** Claimed: resolve the conversation, send, mark. Every exit leaves the ledger entry in a defined state. */
  async function deliver(entry: LedgerEntry, now: string): Promise<Outcome> {
    const payload = JSON.parse(entry.payload) as Payload;
    const recipient = recipientOf(payload);
    const key = entry.key;
    await options.hooks?.afterClaim?.(key);
    let ref = await target(recipient);
    if (!ref && recipient.type === 'user') {
      const known = await store.getInstallation(recipient.userId);
      // Installed before, or no way to install: the app may be there without a stored conversation.
      if (!options.installer || known?.status === 'installed' || known?.status === 'pending') {
        const found = await lookUpConversation(recipient.userId, now);
        if (found instanceof AppError) {
          await store.release(key, owner, new Date(Date.parse(now) + backoffMs(entry.attempts, undefined)).toISOString(), found.code, now);
          return 'retry';
        }
        ref = found;
      }
    }
    if (!ref) {
      const known = recipient.type === 'user' ? await store.getInstallation(recipient.userId) : undefined;
      // A refused install is not asked again every cycle; once a day is enough to notice a policy change.
      const refusedRecently =
        known?.status === 'unreachable' && known.reason === 'BOT.INSTALL_FORBIDDEN' && Date.parse(known.updatedAt) > Date.parse(now) - 86_400_000;
      if (recipient.type === 'user' && options.installer && entry.attempts < maxAttempts && !refusedRecently) {
        const userId = recipient.userId;
        const installer = options.installer;
        // Several reminders for one person in a cycle: install once.
        let pending = installs.get(userId);
        if (!pending) {
          pending = installer.install(userId).catch((e: unknown) => (e instanceof AppError ? e : new AppError('GRAPH.UNAVAILABLE')));
          installs.set(userId, pending);
        }
        const outcome = await pending;
        // Already installed: Teams sends no install activity, so look the conversation up now.
        const found = outcome === 'already-installed' ? await lookUpConversation(userId, now) : undefined;
        if (found && !(found instanceof AppError)) return send(entry, payload, found, now);
        if (outcome === 'requested' || outcome === 'already-installed') {
          await store.saveInstallation({ userId, status: 'pending', updatedAt: now });
          await store.release(key, owner, new Date(Date.parse(now) + 10 * MINUTE).toISOString(), 'BOT.NO_CONVERSATION', now);
          return 'retry';
        }
        if (outcome instanceof AppError) {
          await store.release(key, owner, new Date(Date.parse(now) + backoffMs(entry.attempts, undefined)).toISOString(), outcome.code, now);
          return 'retry';
        }
        await store.saveInstallation({ userId, status: 'unreachable', reason: 'BOT.INSTALL_FORBIDDEN', updatedAt: now });
      } else if (recipient.type === 'user' && !refusedRecently) {
        await store.saveInstallation({ userId: recipient.userId, status: 'unreachable', reason: 'BOT.NO_CONVERSATION', updatedAt: now });
      }
      await store.markUnreachable(key, owner, now, 'BOT.NO_CONVERSATION');
      log.info({ key, kind: kindOf(payload) }, 'reminder unreachable');
      return 'unreachable';
    }
    return send(entry, payload, ref, now);
  }

  async function send(entry: LedgerEntry, payload: Payload, ref: ConversationRef, now: string): Promise<Outcome> {
    const key = entry.key;
    try {
      // A claim whose lease ran out may already be someone else's: never send on an expired lease.
      if (Date.parse(entry.leaseUntil) <= Date.parse(options.clock.now())) return 'skipped';
      const { activityId } = await sender.send(ref, cardOf(payload, now), key);
      await options.hooks?.afterSend?.(key);
      if (!(await store.markSent(key, owner, options.clock.now(), activityId))) log.warn({ key }, 'sent but the claim was taken over');
      log.info({ key, kind: kindOf(payload), conversationId: ref.conversationId }, 'reminder sent');
      return 'sent';
    } catch (error) {
      if (error instanceof Killed) throw error;
      const code = error instanceof AppError ? error.code : 'BOT.CONNECTOR_UNAVAILABLE';
      if (code === 'BOT.NO_CONVERSATION') {
        // The bot was removed from this conversation: forget it, the next attempt may install again.
        await store.removeConversation(ref.conversationId);
      }
      if (entry.attempts >= maxAttempts || code === 'BOT.CONNECTOR_REJECTED') {
        await store.markUnreachable(key, owner, now, code);
        log.warn({ key, code, attempts: entry.attempts }, 'reminder given up');
        return 'unreachable';
      }
      const retryAfter = error instanceof AppError && typeof error.details.retryAfter === 'number' ? error.details.retryAfter : undefined;
      const at = new Date(Date.parse(now) + backoffMs(entry.attempts, retryAfter)).toISOString();
      await store.release(key, owner, at, code, now);
      log.info({ key, code, retryAt: at }, 'reminder will be retried');
      return 'retry';
    }
  }

  async function pool<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
    let i = 0;
    const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (i < items.length) await fn(items[i++]!);
    });
    // Wait for every worker, even when one failed: no send may still be in flight when the cycle ends.
    const failed = (await Promise.allSettled(workers)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  async function sendLeftovers(input: ReminderInput, now: string, report: CycleReport, count: (o: Outcome) => void): Promise<void> {
    const leftovers = (await store.listDue(now)).filter((e) => mayDeliverNow(e, input));
    await pool(leftovers, async (e) => {
      const claim = await store.claim({ key: e.key, owner, now, leaseMs, payload: e.payload });
      if (!claim.claimed) return void report.skipped++;
      report.reconciled++;
      count(await deliver(claim.entry, now));
    });
  }

  async function cycle(now: string): Promise<CycleReport> {
    const report: CycleReport = { due: 0, sent: 0, skipped: 0, retried: 0, unreachable: 0, reconciled: 0 };
    installs.clear();
    lookups.clear();
    const count = (o: Outcome) => {
      if (o === 'sent') report.sent++;
      else if (o === 'retry') report.retried++;
      else if (o === 'unreachable') report.unreachable++;
      else report.skipped++;
    };
    if (source.stream) return streamingCycle(now, source.stream.bind(source), report, count);
    let input: ReminderInput;
    try {
      input = await buildInput(now);
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'UNKNOWN';
      lastHealth = { werkgroepen: 0, groupsFailed: 0, resourcesFailed: 1, codes: [code], reachable: false, at: now };
      log.error({ owner, code }, 'reminder cycle could not read Microsoft 365');
      throw error;
    }
    const health = lastHealth;
    if (health) report.graph = health;
    // First what earlier cycles left: claims of crashed instances and retries whose time has come —
    // but, like new reminders, only on working days in the sending hours and outside the recipient's quiet hours.
    await sendLeftovers(input, now, report, count);
    await sendAll(computeReminders(input), now, report, count);
    await sendTrajectFollowUps(input, now, report, count);
    logCycle(report, health);
    return report;
  }

  /**
   * The traject follow-ups due at `now`, each to its opsteller under its own ledger key, outside their quiet
   * hours. A register that cannot be read is logged and tried again next cycle; the werkgroep reminders
   * are not held up by it.
   */
  async function sendTrajectFollowUps(
    people: Pick<ReminderInput, 'now' | 'policy' | 'preferences'>,
    now: string,
    report: CycleReport,
    count: (o: Outcome) => void,
  ): Promise<void> {
    if (!options.trajecten) return;
    let due: TrajectFollowUp[];
    try {
      const all = await options.trajecten.list();
      due = trajectFollowUps(all, new Date(now), options.policy ? { policy: options.policy } : {});
    } catch (error) {
      log.warn({ code: error instanceof AppError ? error.code : 'UNKNOWN' }, 'traject register could not be read');
      return;
    }
    const welcome = due.filter((f) => mayDeliverReminder({ type: 'user', userId: f.recipientId }, people));
    report.due += welcome.length;
    await pool(welcome, async (followUp) => {
      const payload: Payload = { v: 1, traject: followUp };
      const claim = await store.claim({ key: followUp.key, owner, now, leaseMs, payload: JSON.stringify(payload) });
      if (!claim.claimed) return void report.skipped++;
      count(await deliver(claim.entry, now));
    });
  }

  async function sendAll(reminders: readonly Reminder[], now: string, report: CycleReport, count: (o: Outcome) => void): Promise<void> {
    report.due += reminders.length;
    await pool(reminders, async (reminder) => {
      const payload: Payload = { v: 1, reminder };
      const claim = await store.claim({ key: reminder.key, owner, now, leaseMs, payload: JSON.stringify(payload) });
      if (!claim.claimed) return void report.skipped++;
      count(await deliver(claim.entry, now));
    });
  }

  /**
   * A cycle over a source that reads per chunk of werkgroepen: each chunk's action and meeting reminders
   * are sent before the next chunk is read, so the cycle never holds every card at once. The MT digest
   * spans all werkgroepen: it is computed at the end from what the chunks left (werkgroepen, actions,
   * digest lists), which is small next to the cards.
   */
  async function streamingCycle(
    now: string,
    stream: NonNullable<ReminderSource['stream']>,
    report: CycleReport,
    count: (o: Outcome) => void,
  ): Promise<CycleReport> {
    const people = await peopleInput(now);
    const werkgroepen: Werkgroep[] = [];
    const actions: Actie[] = [];
    const results: Resultaat[] = [];
    const verbeterpunten: Verbeterpunt[] = [];
    const all: Omit<SourceData, 'health'> = { werkgroepen, members: [], actions, meetings: [], agenda: [], results, verbeterpunten, mtLidIds: [] };
    const members = new Map<string, Member>();
    let leftoversDone = false;
    let health: SourceHealth;
    try {
      health = await stream(now, async (chunk) => {
        // What earlier cycles left goes first, once Graph answers at all (as in a cycle that reads at once).
        if (!leftoversDone) {
          leftoversDone = true;
          await sendLeftovers({ ...people, ...all }, now, report, count);
        }
        // No MT-leden here: the digest is made once, over all werkgroepen, below.
        const withoutMt = chunk.werkgroepen.map((w) => ({ ...w, mtLidIds: [] }));
        const reminders = computeReminders({ ...people, ...chunk, werkgroepen: withoutMt, results: [], verbeterpunten: [], mtLidIds: [] });
        werkgroepen.push(...chunk.werkgroepen);
        actions.push(...chunk.actions);
        results.push(...chunk.results);
        verbeterpunten.push(...chunk.verbeterpunten);
        all.mtLidIds = chunk.mtLidIds;
        for (const m of chunk.members) members.set(m.id, m);
        await sendAll(reminders, now, report, count);
      });
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'UNKNOWN';
      lastHealth = { werkgroepen: 0, groupsFailed: 0, resourcesFailed: 1, codes: [code], reachable: false, at: now };
      log.error({ owner, code }, 'reminder cycle could not read Microsoft 365');
      throw error;
    }
    all.members = [...members.values()];
    if (!leftoversDone) await sendLeftovers({ ...people, ...all }, now, report, count);
    const lastWeek = await lastWeekSnapshot(all, now, true);
    lastHealth = healthOf(health, now);
    report.graph = lastHealth;
    const digests = computeReminders({ ...people, ...all, ...(lastWeek ? { lastWeek } : {}) }).filter((r) => r.kind === 'weekoverzicht');
    await sendAll(digests, now, report, count);
    await sendTrajectFollowUps(people, now, report, count);
    logCycle(report, lastHealth);
    return report;
  }

  function logCycle(report: CycleReport, health: GraphHealth | undefined): void {
    // A cycle that could not read Graph must not look like a quiet day.
    if (health && !health.reachable) log.error({ owner, ...report }, 'reminder cycle could not read Microsoft Graph: reminders are unknown, not zero');
    else if (health && health.resourcesFailed > 0) log.warn({ owner, ...report }, 'reminder cycle read Microsoft Graph only in part');
    else log.info({ owner, ...report }, 'reminder cycle done');
  }

  return {
    owner,
    runCycle(now = options.clock.now()) {
      // One cycle at a time per process: the cron tick and an on-demand run share it.
      if (!running) running = cycle(now).finally(() => (running = undefined));
      return running;
    },
    async plan(now) {
      const reminders = computeReminders(await buildInput(now, false));
      const out: PlannedReminder[] = [];
      for (const reminder of reminders) {
        const [ref, entry] = await Promise.all([target(reminder.recipient), store.getEntry(reminder.key)]);
        out.push({ reminder, reachable: ref !== undefined, ...(entry ? { state: entry.state } : {}) });
      }
      return out;
    },
    start(pattern = '*/5 * * * *') {
      cron ??= new Cron(pattern, { protect: true, timezone: 'Europe/Amsterdam' }, async () => {
        try {
          await this.runCycle();
        } catch (error) {
          log.error({ code: error instanceof AppError ? error.code : 'UNKNOWN' }, 'reminder cycle failed');
        }
      });
    },
    graphHealth: () => lastHealth,
    async stop() {
      cron?.stop();
      cron = undefined;
      // Graceful shutdown: let a running cycle finish.
      await running?.catch(() => undefined);
    },
  };
}

/** Thrown by test hooks to simulate the process dying at that point. */
export function kill(): never {
  throw new Killed('killed');
}
export { Killed };
