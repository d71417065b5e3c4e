import { AppError } from '../text/index.ts';
import { groupOpenActionsByOwner, isOverdue, werkgroepMemberIds } from './actions.ts';
import { amsterdamClock, toAmsterdamDate } from '../text/amsterdam.ts';
import { addDays, daysBetween, fromDayNumber, isoWeekday, minutesOfClock, toDayNumber } from './dates.ts';
import { isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore, workingDaysBetween } from './working-days.ts';
import type {
  Actie,
  ActionReminder,
  Agendapunt,
  DigestReminder,
  MeetingReminder,
  Member,
  Reminder,
  ReminderInput,
  ReminderKind,
  ReminderPolicy,
  ReminderRecipient,
  Resultaat,
  Snooze,
  TimeWindow,
  Verbeterpunt,
  Vergadering,
  Werkgroep,
} from './types.ts';
import { clockTimeSchema, instantSchema } from './types.ts';

/*
 * The reminder policy. computeReminders answers "what should have gone out by now?" rather than
 * "what is due in this very minute": every tick returns each reminder whose moment has come and
 * whose window is still open, under a stable key. The bot's ledger claims keys, so a reminder
 * that fell in a scheduler outage (a weekend, a holiday, a crash) still goes out once, and the
 * ticks after it send nothing new.
 */

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  dueSoonWorkingDays: 2,
  meetingWorkingDays: 3,
  overdueRepeatDays: 7,
  digestWeekday: 1,
  digestTime: '08:00',
  sendingHours: { start: '08:00', end: '17:00' },
  calendar: {},
};

/** The default policy with the given parts replaced. */
export function resolvePolicy(policy: Partial<ReminderPolicy> = {}): ReminderPolicy {
  return { ...DEFAULT_REMINDER_POLICY, ...policy };
}

/**
 * Whether a clock time (minutes since midnight) is in a window [start, end). A window whose end
 * is before its start spans midnight (quiet hours 18:00–08:00).
 * @example isInWindow({ start: '22:00', end: '07:00' }, 23 * 60) //=> true
 */
export function isInWindow(window: TimeWindow, minutes: number): boolean {
  const start = minutesOfClock(window.start);
  const end = minutesOfClock(window.end);
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** Where an action is in its reminder cycle on a day; undefined when nothing is due. */
export type ActionStage =
  | { kind: 'actie-bijna'; key: string }
  | { kind: 'actie-vandaag'; key: string }
  | { kind: 'actie-verlopen'; key: string; round: number };

/**
 * Which action reminder is due on `today` (a working day). One per stage, keyed by action, due
 * date and trekker, so a new due date or a new trekker starts a fresh cycle:
 * - 'actie-bijna' from N working days before the deadline day until the day before;
 * - 'actie-vandaag' on the deadline day: the due date, or the last working day before it when the
 *   due date is a weekend or holiday;
 * - 'actie-verlopen' from the first working day after the due date, then every `overdueRepeatDays`
 *   (a new key per round, so one reminder a week and not one a day). After a snooze ends the rounds
 *   count from the snooze's end, so "Later" gives a reminder on the day it promised.
 * A stage missed during an outage is replaced by the stage of the day, never sent late.
 */
export function actionStage(
  action: Pick<Actie, 'id' | 'dueDate' | 'trekkerId'>,
  today: string,
  policy: Pick<ReminderPolicy, 'dueSoonWorkingDays' | 'overdueRepeatDays' | 'calendar'>,
  endedSnoozeUntil?: string,
): ActionStage | undefined {
  const due = action.dueDate;
  if (due === undefined) return undefined;
  const base = `action:${action.id}`;
  const suffix = `${due}:${action.trekkerId ?? '-'}`;
  if (today > due) {
    const firstOverdue = workingDayOnOrAfter(addDays(due, 1), policy.calendar);
    if (today < firstOverdue) return undefined;
    const snoozeStart =
      endedSnoozeUntil !== undefined && endedSnoozeUntil > firstOverdue && endedSnoozeUntil <= today
        ? workingDayOnOrAfter(endedSnoozeUntil, policy.calendar)
        : undefined;
    const anchor = snoozeStart !== undefined && snoozeStart <= today ? snoozeStart : firstOverdue;
    const round = Math.floor(daysBetween(anchor, today) / policy.overdueRepeatDays);
    const snoozePart = anchor === firstOverdue ? '' : `:snoozed-${endedSnoozeUntil}`;
    return { kind: 'actie-verlopen', key: `${base}:overdue:${suffix}${snoozePart}:${round}`, round };
  }
  const deadline = workingDayOnOrBefore(due, policy.calendar);
  if (today >= deadline) return { kind: 'actie-vandaag', key: `${base}:due-today:${suffix}` };
  if (workingDaysBetween(today, deadline, policy.calendar) <= policy.dueSoonWorkingDays) {
    return { kind: 'actie-bijna', key: `${base}:due-soon:${suffix}` };
  }
  return undefined;
}

/**
 * The kind of reminder card for an action on `today`, also on a day no reminder is due (a card rebuilt
 * after a conflict): the stage of the day in working days, as the reminders use it; between stages,
 * 'actie-verlopen' once the due date has passed and 'actie-bijna' before it. Without a due date the
 * card speaks of today.
 */
export function actionCardKind(
  action: Pick<Actie, 'id' | 'dueDate' | 'trekkerId'>,
  today: string,
  policy: Pick<ReminderPolicy, 'dueSoonWorkingDays' | 'overdueRepeatDays' | 'calendar'>,
): ActionStage['kind'] {
  if (action.dueDate === undefined) return 'actie-vandaag';
  return actionStage(action, today, policy)?.kind ?? (today > action.dueDate ? 'actie-verlopen' : 'actie-bijna');
}

/** The snoozes of an action that apply to its current trekker (a handed-over action is not snoozed). */
function snoozesFor(snoozes: readonly Snooze[] | undefined, trekkerId: string): Snooze[] {
  return (snoozes ?? []).filter((s) => s.userId === undefined || s.userId === trekkerId);
}

interface Context {
  input: ReminderInput;
  policy: ReminderPolicy;
  now: string;
  today: string;
  clock: number;
  werkgroepById: Map<string, Werkgroep>;
  memberById: Map<string, Member>;
  meetingById: Map<string, Vergadering>;
  openActionsByWerkgroep: Map<string, Actie[]>;
  actionsByWerkgroep: Map<string, Actie[]>;
  snoozesByAction: Map<string, Snooze[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Malformed items are skipped rather than failing the whole cycle; the loader validates at the edge.
function validDate(s: string | undefined): boolean {
  return s !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s) && fromDayNumber(toDayNumber(s)) === s;
}

function buildContext(input: ReminderInput): Context {
  if (!instantSchema.safeParse(input.now).success) {
    throw new AppError('WORKGROUPS.INVALID_INPUT', { details: { field: 'now' } });
  }
  const policy = resolvePolicy(input.policy);
  const clocks = { digestTime: policy.digestTime, sendingHoursStart: policy.sendingHours.start, sendingHoursEnd: policy.sendingHours.end };
  for (const [field, value] of Object.entries(clocks)) {
    if (!clockTimeSchema.safeParse(value).success) throw new AppError('WORKGROUPS.INVALID_INPUT', { details: { field } });
  }
  const ctx: Context = {
    input,
    policy,
    now: input.now,
    today: toAmsterdamDate(input.now),
    clock: minutesOfClock(amsterdamClock(input.now)),
    werkgroepById: new Map(input.werkgroepen.map((w) => [w.id, w])),
    memberById: new Map(input.members.map((m) => [m.id, m])),
    meetingById: new Map(input.meetings.map((m) => [m.id, m])),
    openActionsByWerkgroep: new Map(),
    actionsByWerkgroep: new Map(),
    snoozesByAction: new Map(),
  };
  for (const a of input.actions) {
    pushTo(ctx.actionsByWerkgroep, a.werkgroepId, a);
    if (a.status === 'open') pushTo(ctx.openActionsByWerkgroep, a.werkgroepId, a);
  }
  for (const s of input.snoozes) pushTo(ctx.snoozesByAction, s.actionId, s);
  return ctx;
}

function werkgroepRef(w: Werkgroep): { id: string; naam: string } {
  return { id: w.id, naam: w.naam };
}

function actionReminders(ctx: Context): ActionReminder[] {
  const out: ActionReminder[] = [];
  const { today, policy } = ctx;
  for (const action of ctx.input.actions) {
    if (action.status !== 'open' || action.trekkerId === undefined || !validDate(action.dueDate)) continue;
    const werkgroep = ctx.werkgroepById.get(action.werkgroepId);
    if (!werkgroep) continue;
    const snoozes = snoozesFor(ctx.snoozesByAction.get(action.id), action.trekkerId);
    if (snoozes.some((s) => today < s.until)) continue;
    const lastEnded = snoozes.reduce<string | undefined>((acc, s) => (acc === undefined || s.until > acc ? s.until : acc), undefined);
    const stage = actionStage(action, today, policy, lastEnded);
    if (!stage) continue;
    const due = action.dueDate as string;
    const reminder: ActionReminder = {
      key: stage.key,
      kind: stage.kind,
      recipient: { type: 'user', userId: action.trekkerId },
      actie: action,
      dueDate: due,
      werkgroep: werkgroepRef(werkgroep),
      workingDaysLeft: workingDaysBetween(today, due, policy.calendar),
      daysOverdue: Math.max(0, daysBetween(due, today)),
      handOverCandidates: werkgroepMemberIds(werkgroep)
        .filter((id) => id !== action.trekkerId)
        .flatMap((id) => ctx.memberById.get(id) ?? []),
    };
    const trekker = ctx.memberById.get(action.trekkerId);
    if (trekker) reminder.trekker = trekker;
    const vergadering = action.vergaderingId === undefined ? undefined : ctx.meetingById.get(action.vergaderingId);
    if (vergadering) reminder.vergadering = vergadering;
    out.push(reminder);
  }
  return out;
}

function meetingReminders(ctx: Context): MeetingReminder[] {
  const { today, policy } = ctx;
  const agendaByMeeting = new Map<string, Agendapunt[]>();
  for (const item of ctx.input.agenda) pushTo(agendaByMeeting, item.vergaderingId, item);
  const out: MeetingReminder[] = [];
  for (const meeting of ctx.input.meetings) {
    if (!instantSchema.safeParse(meeting.start).success) continue;
    const werkgroep = ctx.werkgroepById.get(meeting.werkgroepId);
    if (!werkgroep) continue;
    const date = toAmsterdamDate(meeting.start);
    // Cheap guard first: a meeting months away needs no working-day count.
    if (date <= today || daysBetween(today, date) > policy.meetingWorkingDays * 3 + 14) continue;
    const workingDaysUntil = workingDaysBetween(today, date, policy.calendar);
    if (workingDaysUntil > policy.meetingWorkingDays) continue;
    out.push({
      key: `meeting:${meeting.id}:soon:${new Date(meeting.start).toISOString()}`,
      kind: 'vergadering',
      recipient: { type: 'werkgroep', werkgroepId: werkgroep.id },
      werkgroep: werkgroepRef(werkgroep),
      vergadering: meeting,
      date,
      workingDaysUntil,
      agenda: [...(agendaByMeeting.get(meeting.id) ?? [])].sort((a, b) => a.volgorde - b.volgorde),
      openActionsByOwner: groupOpenActionsByOwner(ctx.openActionsByWerkgroep.get(werkgroep.id) ?? [], ctx.memberById),
    });
  }
  return out;
}

/** The digest day of the current digest week, or undefined before its time on that day. */
export function digestAnchor(today: string, clockMinutes: number, policy: Pick<ReminderPolicy, 'digestWeekday' | 'digestTime'>): string | undefined {
  const delta = (isoWeekday(today) - policy.digestWeekday + 7) % 7;
  if (delta === 0 && clockMinutes < minutesOfClock(policy.digestTime)) return undefined;
  return addDays(today, -delta);
}

/** Whose a result or verbeterpunt is: its MT-lid, else the MT-leden of its werkgroep. */
function isTheirs(item: Resultaat | Verbeterpunt, userId: string, theirWerkgroepen: ReadonlySet<string>): boolean {
  if (item.verantwoordelijkMtLidId !== undefined) return item.verantwoordelijkMtLidId === userId;
  return theirWerkgroepen.has(item.werkgroepId);
}

const byWerkgroepAndNr = (a: { werkgroepId: string; nr: number }, b: { werkgroepId: string; nr: number }): number =>
  a.werkgroepId < b.werkgroepId ? -1 : a.werkgroepId > b.werkgroepId ? 1 : a.nr - b.nr;

function digestReminders(ctx: Context): DigestReminder[] {
  const { input, today, policy } = ctx;
  const anchor = digestAnchor(today, ctx.clock, policy);
  if (anchor === undefined) return [];
  const recipients = new Set<string>(input.mtLidIds ?? []);
  for (const w of input.werkgroepen) for (const id of w.mtLidIds) recipients.add(id);
  for (const item of [...input.results, ...input.verbeterpunten]) {
    if (item.verantwoordelijkMtLidId !== undefined) recipients.add(item.verantwoordelijkMtLidId);
  }
  const weekAgo = new Date(new Date(ctx.now).getTime() - 7 * 86_400_000).getTime();
  const nowMs = new Date(ctx.now).getTime();
  const unreachable = new Set(input.unreachableUserIds ?? []);
  const werkgroepenByMtLid = new Map<string, Werkgroep[]>();
  for (const w of input.werkgroepen) for (const id of new Set(w.mtLidIds)) pushTo(werkgroepenByMtLid, id, w);
  const out: DigestReminder[] = [];
  for (const userId of [...recipients].sort()) {
    const werkgroepen = werkgroepenByMtLid.get(userId) ?? [];
    const ids = new Set(werkgroepen.map((w) => w.id));
    const resultaten = input.results.filter((r) => isTheirs(r, userId, ids)).sort(byWerkgroepAndNr);
    const verbeterpunten = input.verbeterpunten.filter((v) => isTheirs(v, userId, ids)).sort(byWerkgroepAndNr);
    const inTheirs = werkgroepen.flatMap((w) => ctx.actionsByWerkgroep.get(w.id) ?? []);
    const completedActions = inTheirs.filter((a) => {
      if (a.status !== 'klaar' || a.completedAt === undefined) return false;
      const t = new Date(a.completedAt).getTime();
      return t > weekAgo && t <= nowMs;
    });
    const last = input.lastWeek;
    const unreachableIds = new Set(werkgroepen.flatMap((w) => werkgroepMemberIds(w)).filter((id) => unreachable.has(id)));
    out.push({
      key: `digest:${userId}:${anchor}`,
      kind: 'weekoverzicht',
      recipient: { type: 'user', userId },
      weekOf: anchor,
      werkgroepen: werkgroepen.map(werkgroepRef),
      resultaten,
      verbeterpunten,
      overdueActions: inTheirs
        .filter((a) => isOverdue(a, today))
        .sort((a, b) => ((a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : (a.dueDate ?? '') > (b.dueDate ?? '') ? 1 : 0)),
      changes: {
        completedActions,
        resultaten: last
          ? resultaten.flatMap((r) => {
              const from = last.resultaatStatus[r.id];
              return from !== undefined && from !== r.status ? [{ resultaat: r, from, to: r.status }] : [];
            })
          : [],
        verbeterActies: last
          ? verbeterpunten.flatMap((v) =>
              v.acties.flatMap((a) => {
                const from = last.verbeterActieStatus[`${v.id}#${a.nr}`];
                return from !== undefined && from !== a.status ? [{ verbeterpunt: v, actie: a, from, to: a.status }] : [];
              }),
            )
          : [],
      },
      unreachable: [...unreachableIds].sort().flatMap((id) => ctx.memberById.get(id) ?? []),
    });
  }
  return out;
}

function recipientId(r: ReminderRecipient): string {
  return r.type === 'user' ? r.userId : r.werkgroepId;
}

/** The sending-hours gate: a working day, inside the sending hours (Amsterdam time). */
function isSendingTime(today: string, clock: number, policy: ReminderPolicy): boolean {
  return isWorkingDay(today, policy.calendar) && isInWindow(policy.sendingHours, clock);
}

function inQuietHours(recipient: ReminderRecipient, preferences: ReminderInput['preferences'], clock: number): boolean {
  const quiet = preferences[recipientId(recipient)]?.quietHours;
  return quiet !== undefined && isInWindow(quiet, clock);
}

/** The recipient wants this kind of reminder now (kind switched on, not in quiet hours). */
function isWelcome(kind: ReminderKind, recipient: ReminderRecipient, ctx: Context): boolean {
  if (ctx.input.preferences[recipientId(recipient)]?.kinds?.[kind] === false) return false;
  return !inQuietHours(recipient, ctx.input.preferences, ctx.clock);
}

/**
 * Whether a reminder computed earlier (a retry, or a claim taken over from a crashed instance) may be
 * delivered at `input.now`: the same gate as computeReminders, a working day inside the sending hours,
 * and not in the recipient's quiet hours.
 */
export function mayDeliverReminder(recipient: ReminderRecipient, input: Pick<ReminderInput, 'now' | 'policy' | 'preferences'>): boolean {
  const clock = minutesOfClock(amsterdamClock(input.now));
  return isSendingTime(toAmsterdamDate(input.now), clock, resolvePolicy(input.policy)) && !inQuietHours(recipient, input.preferences, clock);
}

/**
 * The reminders that should have gone out by `input.now`, each under a stable idempotency key.
 * Nothing on weekends, holidays or outside the sending hours (Amsterdam time); nothing in a
 * recipient's quiet hours or of a kind they switched off; no action reminders while snoozed.
 * Sorted by key, so the same input always gives the same list.
 * @example computeReminders({ now: '2026-11-23T08:07:00Z', ... }).map((r) => r.key)
 * //=> ['action:t1:due-soon:2026-11-25:u1', 'digest:mt1:2026-11-23', ...]
 */
export function computeReminders(input: ReminderInput): Reminder[] {
  const ctx = buildContext(input);
  if (!isSendingTime(ctx.today, ctx.clock, ctx.policy)) return [];
  const all: Reminder[] = [...actionReminders(ctx), ...meetingReminders(ctx), ...digestReminders(ctx)];
  return all.filter((r) => isWelcome(r.kind, r.recipient, ctx)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
