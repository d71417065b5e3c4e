import { describe, expect, it } from 'vitest';
import { AppError } from '../text/index.ts';
import {
  assertCanActOnAction,
  assigneesOf,
  canActOnAction,
  groupOpenActionsByOwner,
  handOverAction,
  handOverFrom,
  isOverdue,
  markActionDone,
  nextMeeting,
  orderAssignees,
  snoozeAction,
} from './actions.ts';
import type { Actie, Vergadering, Werkgroep } from './types.ts';

const werkgroep: Werkgroep = { id: 'w1', naam: 'Interactief beleid', voorzitterId: 'v1', ledenIds: ['u1', 'u2'], mtLidIds: ['mt1'] };
const actie: Actie = { id: 't1', werkgroepId: 'w1', titel: 'Verslag rondsturen', trekkerId: 'u1', dueDate: '2026-11-25', status: 'open', etag: 'W/"1"' };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : 'not an AppError';
  }
  return undefined;
}

describe('canActOnAction', () => {
  it.each([
    ['u1', actie, true], // trekker
    ['v1', actie, true], // voorzitter
    ['mt1', actie, true], // MT-lid of the werkgroep
    ['u2', actie, false], // another member
    ['stranger', actie, false],
    ['u1', { ...actie, werkgroepId: 'w2' }, false], // action of another werkgroep
    ['u1', { ...actie, trekkerId: undefined }, false],
    ['v1', { ...actie, trekkerId: undefined }, true],
    ['u2', { ...actie, coAssigneeIds: ['u2'] }, true], // assigned too, not the trekker
  ])('%s → %s', (userId, action, expected) => {
    expect(canActOnAction(userId, action, werkgroep)).toBe(expected);
  });

  it.each([
    ['u2', actie, 'WORKGROUPS.NOT_ALLOWED'],
    ['u1', { ...actie, werkgroepId: 'w2' }, 'WORKGROUPS.WRONG_WERKGROEP'],
    ['mt1', actie, undefined],
  ])('assertCanActOnAction(%s) → %s', (userId, action, code) => {
    expect(codeOf(() => assertCanActOnAction(userId, action, werkgroep))).toBe(code);
  });
});

describe('markActionDone', () => {
  it('marks done with the time and keeps the rest', () => {
    const done = markActionDone(actie, '2026-11-23T09:00:00Z');
    expect(done).toEqual({ ...actie, status: 'klaar', completedAt: '2026-11-23T09:00:00Z' });
    expect(actie.status).toBe('open');
  });

  it('changes nothing when already done', () => {
    const done = { ...actie, status: 'klaar' as const, completedAt: '2026-11-20T09:00:00Z' };
    expect(markActionDone(done, '2026-11-23T09:00:00Z')).toBe(done);
  });
});

describe('snoozeAction', () => {
  it.each([
    [1, '2026-11-23T09:00:00Z', '2026-11-24'],
    [3, '2026-11-23T09:00:00Z', '2026-11-26'],
    [5, '2026-11-23T09:00:00Z', '2026-11-30'],
    [1, '2026-11-20T16:00:00Z', '2026-11-23'], // Friday → Monday
    [1, '2026-12-24T10:00:00Z', '2026-12-28'], // over Kerst
    [5, '2026-04-24T08:00:00Z', '2026-05-04'], // over Koningsdag
    [1, '2026-12-31T23:30:00Z', '2027-01-04'], // already 1 January in Amsterdam
    [1, '2026-05-13T21:59:00Z', '2026-05-15'], // 23:59 on the eve of Hemelvaart
  ] as const)('%i working days from %s → %s', (days, now, until) => {
    expect(snoozeAction(actie, days, now)).toEqual({ actionId: 't1', userId: 'u1', until });
  });

  it('takes calendar options', () => {
    expect(snoozeAction(actie, 1, '2026-04-02T09:00:00Z', { goedeVrijdag: true }).until).toBe('2026-04-07');
  });

  it('refuses other amounts and done actions', () => {
    expect(codeOf(() => snoozeAction(actie, 2 as 1, '2026-11-23T09:00:00Z'))).toBe('WORKGROUPS.INVALID_SNOOZE');
    expect(codeOf(() => snoozeAction({ ...actie, status: 'klaar' }, 1, '2026-11-23T09:00:00Z'))).toBe('WORKGROUPS.ACTION_DONE');
  });
});

describe('handOverAction', () => {
  it.each([
    ['u2', 'u2', undefined],
    ['v1', 'v1', undefined], // the voorzitter is a member
    ['u1', 'u1', undefined], // to the current trekker: unchanged
    ['mt1', undefined, 'WORKGROUPS.NOT_A_MEMBER'], // an MT-lid is not a werkgroep member
    ['stranger', undefined, 'WORKGROUPS.NOT_A_MEMBER'],
  ])('to %s → trekker %s, error %s', (to, trekker, code) => {
    if (code) expect(codeOf(() => handOverAction(actie, to, werkgroep))).toBe(code);
    else expect(handOverAction(actie, to, werkgroep)).toEqual({ ...actie, trekkerId: trekker });
  });

  it('refuses done actions and actions of another werkgroep', () => {
    expect(codeOf(() => handOverAction({ ...actie, status: 'klaar' }, 'u2', werkgroep))).toBe('WORKGROUPS.ACTION_DONE');
    expect(codeOf(() => handOverAction({ ...actie, werkgroepId: 'w2' }, 'u2', werkgroep))).toBe('WORKGROUPS.WRONG_WERKGROEP');
  });
});

describe('orderAssignees: who is the trekker', () => {
  const at = (userId: string, assignedDateTime?: string, orderHint?: string) => ({ userId, ...(assignedDateTime ? { assignedDateTime } : {}), ...(orderHint ? { orderHint } : {}) });
  it.each([
    ['one assignee', [at('a', '2026-11-01T09:00:00Z')], ['a']],
    ['none', [], []],
    ['the newest assignment first', [at('a', '2026-11-01T09:00:00Z'), at('b', '2026-11-20T09:00:00Z')], ['b', 'a']],
    ['three, by time', [at('a', '2026-11-02T09:00:00Z'), at('b', '2026-11-01T09:00:00Z'), at('c', '2026-11-03T09:00:00.5Z')], ['c', 'a', 'b']],
    ['instants compared as times, not text', [at('a', '2026-11-01T10:00:00+01:00'), at('b', '2026-11-01T09:30:00Z')], ['b', 'a']],
    ['same time: Planner order hint', [at('a', '2026-11-01T09:00:00Z', '8585'), at('b', '2026-11-01T09:00:00Z', '8584')], ['b', 'a']],
    ['same time and hint: as Graph lists them', [at('a', '2026-11-01T09:00:00Z', 'x'), at('b', '2026-11-01T09:00:00Z', 'x')], ['a', 'b']],
    ['without a time: oldest', [at('a'), at('b', '2026-11-01T09:00:00Z')], ['b', 'a']],
    ['a broken time: oldest', [at('a', 'gisteren'), at('b', '2026-11-01T09:00:00Z')], ['b', 'a']],
    ['duplicates and empty ids dropped', [at('a', '2026-11-01T09:00:00Z'), at(''), at('a', '2026-11-05T09:00:00Z')], ['a']],
  ])('%s', (_name, list, expected) => {
    expect(orderAssignees(list)).toEqual(expected);
  });

  it('assigneesOf: trekker first', () => {
    expect(assigneesOf({ trekkerId: 'a', coAssigneeIds: ['b', 'c'] })).toEqual(['a', 'b', 'c']);
    expect(assigneesOf({})).toEqual([]);
  });
});

describe('handOverFrom and handOverAction with several assignees', () => {
  const shared: Actie = { ...actie, trekkerId: 'u1', coAssigneeIds: ['u2'] };
  it.each([
    ['u1', 'u1'], // the trekker gives his own part
    ['u2', 'u2'], // assigned too: her own part
    ['v1', 'u1'], // voorzitter, not assigned: the trekker's part
    ['mt1', 'u1'],
  ])('%s clicks → replaces %s', (clicker, from) => {
    expect(handOverFrom(shared, clicker)).toBe(from);
  });

  it.each([
    ['one assignee', { ...actie, trekkerId: 'u1' }, 'u1', 'v1', { trekkerId: 'v1' }],
    ['two, the trekker gives', shared, 'u1', 'v1', { trekkerId: 'v1', coAssigneeIds: ['u2'] }],
    ['two, the other gives', shared, 'u2', 'v1', { trekkerId: 'v1', coAssigneeIds: ['u1'] }],
    ['three', { ...actie, trekkerId: 'u1', coAssigneeIds: ['u2', 'v1'] }, 'u2', 'x1', { trekkerId: 'x1', coAssigneeIds: ['u1', 'v1'] }],
    ['to someone already assigned', shared, 'u1', 'u2', { trekkerId: 'u2' }],
  ])('%s', (_name, action, from, to, expected) => {
    const wg = { ...werkgroep, ledenIds: [...werkgroep.ledenIds, 'x1'] };
    const result = handOverAction(action, to, wg, from);
    expect({ trekkerId: result.trekkerId, ...(result.coAssigneeIds ? { coAssigneeIds: result.coAssigneeIds } : {}) }).toEqual(expected);
  });
});

describe('isOverdue', () => {
  it.each([
    [{ dueDate: '2026-11-22' }, true],
    [{ dueDate: '2026-11-23' }, false], // due today is not late
    [{ dueDate: '2026-11-24' }, false],
    [{ dueDate: undefined }, false],
    [{ dueDate: '2026-11-22', status: 'klaar' as const }, false],
    [{ dueDate: '2025-12-31' }, true],
  ])('%o on 2026-11-23 → %s', (patch, expected) => {
    expect(isOverdue({ ...actie, ...patch }, '2026-11-23')).toBe(expected);
  });
});

describe('groupOpenActionsByOwner', () => {
  const a = (id: string, trekkerId: string | undefined, dueDate: string | undefined, status: 'open' | 'klaar' = 'open'): Actie => ({
    id,
    werkgroepId: 'w1',
    titel: `Actie ${id}`,
    status,
    ...(trekkerId === undefined ? {} : { trekkerId }),
    ...(dueDate === undefined ? {} : { dueDate }),
  });
  const members = [
    { id: 'u1', displayName: 'Zoë de Vries' },
    { id: 'u2', displayName: 'Ahmed el Amrani' },
  ];

  it('groups by owner name, unassigned last, earliest due first', () => {
    const groups = groupOpenActionsByOwner(
      [a('1', 'u1', '2026-12-01'), a('2', undefined, '2026-11-01'), a('3', 'u2', undefined), a('4', 'u2', '2026-11-30'), a('5', 'u1', '2026-11-01'), a('6', 'u1', '2026-10-01', 'klaar'), a('7', 'ghost', '2026-11-11')],
      members,
    );
    expect(groups.map((g) => [g.ownerId, g.owner?.displayName, g.actions.map((x) => x.id)])).toEqual([
      ['u2', 'Ahmed el Amrani', ['4', '3']],
      ['ghost', undefined, ['7']],
      ['u1', 'Zoë de Vries', ['5', '1']],
      [undefined, undefined, ['2']],
    ]);
  });

  it('gives an empty list for no open actions', () => {
    expect(groupOpenActionsByOwner([a('1', 'u1', '2026-12-01', 'klaar')])).toEqual([]);
  });
});

describe('nextMeeting', () => {
  const m = (id: string, start: string, end: string): Vergadering => ({ id, werkgroepId: 'w1', subject: 'Werkgroep', start, end });
  const meetings = [
    m('dec', '2026-12-01T13:00:00Z', '2026-12-01T14:30:00Z'),
    m('nov', '2026-11-03T13:00:00Z', '2026-11-03T14:30:00Z'),
    m('jan', '2027-01-05T13:00:00Z', '2027-01-05T14:30:00Z'),
  ];
  it.each([
    ['2026-10-01T00:00:00Z', 'nov'],
    ['2026-11-03T14:00:00Z', 'nov'], // going on now
    ['2026-11-03T14:30:00Z', 'dec'], // just ended
    ['2026-12-31T00:00:00Z', 'jan'],
    ['2027-02-01T00:00:00Z', undefined],
  ])('at %s → %s', (now, id) => {
    expect(nextMeeting(meetings, now)?.id).toBe(id);
  });
});
