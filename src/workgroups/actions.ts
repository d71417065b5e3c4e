import { AppError } from '../text/index.ts';
import { toAmsterdamDate } from '../text/amsterdam.ts';
import { addWorkingDays } from './working-days.ts';
import type { Actie, CalendarOptions, Member, OwnerActions, Snooze, Vergadering, Werkgroep } from './types.ts';

/** Everyone in the werkgroep: the voorzitter and the leden. */
export function werkgroepMemberIds(werkgroep: Werkgroep): string[] {
  return [...new Set([werkgroep.voorzitterId, ...werkgroep.ledenIds])];
}

/** One assignment of a Planner task, as far as choosing the trekker needs it. */
export interface TaskAssignment {
  userId: string;
  /** When Planner made the assignment (an instant). */
  assignedDateTime?: string;
  /** Planner's order hint among the task's assignees. */
  orderHint?: string;
}

function instantMs(value: string | undefined): number {
  const ms = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? -Infinity : ms;
}

/**
 * The assignees of a task in trekker order: the first is "the trekker" everywhere (tab, cards, reminders).
 * Planner has no main assignee, so the rule is: whoever was assigned last is the trekker. A handover from a
 * card, or a new trekker chosen in the tab, is always the newest assignment, so the person it went to is the
 * trekker afterwards even when others stay assigned. Ties (assigned in the same request) follow Planner's own
 * order of assignees (orderHint, ordinal), then the order Graph lists them.
 * @example orderAssignees([{ userId: 'a', assignedDateTime: '2026-11-01T09:00:00Z' }, { userId: 'b', assignedDateTime: '2026-11-20T09:00:00Z' }]) //=> ['b', 'a']
 */
export function orderAssignees(assignments: readonly TaskAssignment[]): string[] {
  const seen = new Set<string>();
  const unique = assignments.filter((a) => a.userId !== '' && !seen.has(a.userId) && seen.add(a.userId));
  return unique
    .map((a, index) => ({ a, index, at: instantMs(a.assignedDateTime) }))
    .sort((x, y) => {
      if (x.at !== y.at) return y.at - x.at;
      const hx = x.a.orderHint ?? '';
      const hy = y.a.orderHint ?? '';
      if (hx !== hy) return hx < hy ? -1 : 1;
      return x.index - y.index;
    })
    .map((x) => x.a.userId);
}

/** Everyone assigned to the action: the trekker first, then the others. */
export function assigneesOf(action: Pick<Actie, 'trekkerId' | 'coAssigneeIds'>): string[] {
  return action.trekkerId === undefined ? [] : [action.trekkerId, ...(action.coAssigneeIds ?? [])];
}

/**
 * Who may change an action: anyone assigned to it (its trekker first of all), the werkgroep's voorzitter,
 * or an MT-lid of that werkgroep.
 * @example canActOnAction('u1', { ...actie, trekkerId: 'u1' }, werkgroep) //=> true
 */
export function canActOnAction(userId: string, action: Actie, werkgroep: Werkgroep): boolean {
  if (action.werkgroepId !== werkgroep.id) return false;
  return assigneesOf(action).includes(userId) || werkgroep.voorzitterId === userId || werkgroep.mtLidIds.includes(userId);
}

/** Throws WORKGROUPS.NOT_ALLOWED (or WRONG_WERKGROEP) when the user may not change the action. */
export function assertCanActOnAction(userId: string, action: Actie, werkgroep: Werkgroep): void {
  if (action.werkgroepId !== werkgroep.id) throw new AppError('WORKGROUPS.WRONG_WERKGROEP');
  if (!canActOnAction(userId, action, werkgroep)) throw new AppError('WORKGROUPS.NOT_ALLOWED');
}

/**
 * The action marked done at `at`. Marking a done action again changes nothing, so a double
 * click on a card is harmless.
 * @example markActionDone(actie, '2026-11-23T09:00:00Z').status //=> 'klaar'
 */
export function markActionDone(action: Actie, at: string): Actie {
  if (action.status === 'klaar') return action;
  return { ...action, status: 'klaar', completedAt: at };
}

export type SnoozeDays = 1 | 3 | 5;

/**
 * A snooze of the action's reminders by 1, 3 or 5 working days from today (Amsterdam): reminders
 * may come again on `until`.
 * @example snoozeAction(actie, 1, '2026-12-24T10:00:00Z').until //=> '2026-12-28'
 */
export function snoozeAction(action: Actie, workingDays: SnoozeDays, now: string, options: CalendarOptions = {}): Snooze {
  if (workingDays !== 1 && workingDays !== 3 && workingDays !== 5) throw new AppError('WORKGROUPS.INVALID_SNOOZE');
  if (action.status === 'klaar') throw new AppError('WORKGROUPS.ACTION_DONE');
  const until = addWorkingDays(toAmsterdamDate(now), workingDays, options);
  return action.trekkerId === undefined ? { actionId: action.id, until } : { actionId: action.id, userId: action.trekkerId, until };
}

/**
 * Whose assignment a handover replaces: the clicker's own when they are assigned to the action; otherwise
 * (a voorzitter or MT-lid acting for someone) the trekker's, the person the reminder card was for.
 * @example handOverFrom({ ...actie, trekkerId: 'u1', coAssigneeIds: ['u2'] }, 'u2') //=> 'u2'
 */
export function handOverFrom(action: Pick<Actie, 'trekkerId' | 'coAssigneeIds'>, clickerId: string): string | undefined {
  return assigneesOf(action).includes(clickerId) ? clickerId : action.trekkerId;
}

/**
 * The action handed over to `toMemberId`, who must be in the werkgroep: the assignment of `from` (default:
 * the trekker; see handOverFrom) is replaced by the new trekker, other assignees stay. The new trekker is the
 * newest assignment, so orderAssignees makes them the trekker.
 * @example handOverAction(actie, 'u2', werkgroep).trekkerId //=> 'u2'
 */
export function handOverAction(action: Actie, toMemberId: string, werkgroep: Werkgroep, from: string | undefined = action.trekkerId): Actie {
  if (action.werkgroepId !== werkgroep.id) throw new AppError('WORKGROUPS.WRONG_WERKGROEP');
  if (action.status === 'klaar') throw new AppError('WORKGROUPS.ACTION_DONE');
  if (!werkgroepMemberIds(werkgroep).includes(toMemberId)) throw new AppError('WORKGROUPS.NOT_A_MEMBER');
  if (action.trekkerId === toMemberId) return action;
  const others = assigneesOf(action).filter((id) => id !== from && id !== toMemberId);
  const next: Actie = { ...action, trekkerId: toMemberId };
  delete next.coAssigneeIds;
  if (others.length > 0) next.coAssigneeIds = others;
  return next;
}

/**
 * An open action with a due date before today (Amsterdam date). Due today is not overdue.
 * @example isOverdue({ ...actie, dueDate: '2026-11-20' }, '2026-11-23') //=> true
 */
export function isOverdue(action: Actie, today: string): boolean {
  return action.status === 'open' && action.dueDate !== undefined && action.dueDate < today;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function compareActions(a: Actie, b: Actie): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === undefined) return 1;
    if (b.dueDate === undefined) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return collator.compare(a.titel, b.titel) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Open actions per trekker: owners by name, actions without a trekker last; within an owner the
 * earliest due date first, actions without a date last.
 */
export function groupOpenActionsByOwner(
  actions: readonly Actie[],
  members: readonly Member[] | ReadonlyMap<string, Member> = [],
): OwnerActions[] {
  const byId: ReadonlyMap<string, Member> = members instanceof Map ? members : new Map((members as readonly Member[]).map((m) => [m.id, m]));
  const groups = new Map<string | undefined, Actie[]>();
  for (const a of actions) {
    if (a.status !== 'open') continue;
    const list = groups.get(a.trekkerId);
    if (list) list.push(a);
    else groups.set(a.trekkerId, [a]);
  }
  const result: OwnerActions[] = [...groups].map(([ownerId, list]) => {
    const owner = ownerId === undefined ? undefined : byId.get(ownerId);
    const group: OwnerActions = { actions: list.sort(compareActions) };
    if (ownerId !== undefined) group.ownerId = ownerId;
    if (owner) group.owner = owner;
    return group;
  });
  const nameOf = (g: OwnerActions): string => g.owner?.displayName ?? g.ownerId ?? '';
  return result.sort((a, b) => {
    if (a.ownerId === undefined) return 1;
    if (b.ownerId === undefined) return -1;
    return collator.compare(nameOf(a), nameOf(b)) || (a.ownerId < b.ownerId ? -1 : 1);
  });
}

/**
 * The meeting that is going on or comes first after `now`; undefined when none is planned.
 * @example nextMeeting(meetings, '2026-11-23T09:00:00Z')?.start
 */
export function nextMeeting(meetings: readonly Vergadering[], now: string): Vergadering | undefined {
  const t = new Date(now).getTime();
  let best: Vergadering | undefined;
  let bestStart = Infinity;
  for (const m of meetings) {
    if (new Date(m.end).getTime() <= t) continue;
    const start = new Date(m.start).getTime();
    if (start < bestStart) {
      best = m;
      bestStart = start;
    }
  }
  return best;
}
