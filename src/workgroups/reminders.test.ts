import { describe, expect, it } from 'vitest';
import { AppError } from '../text/index.ts';
import { snoozeAction } from './actions.ts';
import { amsterdamTime } from '../text/amsterdam.ts';
import { addDays } from './dates.ts';
import { actionCardKind, actionStage, computeReminders, digestAnchor, isInWindow, mayDeliverReminder, resolvePolicy } from './reminders.ts';
import type { Actie, DigestReminder, MeetingReminder, ActionReminder, ReminderInput, Vergadering, Werkgroep } from './types.ts';

const w1: Werkgroep = { id: 'w1', naam: 'Interactief beleid', voorzitterId: 'v1', ledenIds: ['v1', 'u1', 'u2'], mtLidIds: ['mt1'] };
const members = [
  { id: 'v1', displayName: 'Vera Voorzitter' },
  { id: 'u1', displayName: 'Ulla Trekker', mail: 'ulla@gemeente.nl' },
  { id: 'u2', displayName: 'Bram Lid' },
  { id: 'mt1', displayName: 'Marc Knaapen' },
];

function actie(id: string, dueDate: string | undefined, extra: Partial<Actie> = {}): Actie {
  const a: Actie = { id, werkgroepId: 'w1', titel: `Actie ${id}`, trekkerId: 'u1', status: 'open', ...extra };
  if (dueDate !== undefined) a.dueDate = dueDate;
  return a;
}

/** An Amsterdam wall-clock moment, default 09:07 (a tick after the scheduler came back). */
const at = (date: string, time = '09:07'): string => amsterdamTime(date, time);

function input(now: string, extra: Partial<ReminderInput> = {}): ReminderInput {
  return {
    now,
    werkgroepen: [w1],
    members,
    actions: [],
    meetings: [],
    agenda: [],
    results: [],
    verbeterpunten: [],
    snoozes: [],
    ...extra,
    // The digest has its own tests; keep it out of the other tables unless a test asks for it.
    preferences: { mt1: { kinds: { weekoverzicht: false } }, ...extra.preferences },
  };
}

const keys = (inp: ReminderInput): string[] => computeReminders(inp).map((r) => r.key);

describe('isInWindow', () => {
  it.each([
    [{ start: '08:00', end: '17:00' }, '07:59', false],
    [{ start: '08:00', end: '17:00' }, '08:00', true],
    [{ start: '08:00', end: '17:00' }, '16:59', true],
    [{ start: '08:00', end: '17:00' }, '17:00', false],
    [{ start: '22:00', end: '07:00' }, '23:30', true],
    [{ start: '22:00', end: '07:00' }, '06:59', true],
    [{ start: '22:00', end: '07:00' }, '07:00', false],
    [{ start: '12:00', end: '12:00' }, '12:00', false],
  ])('%o at %s → %s', (window, clock, expected) => {
    const minutes = Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
    expect(isInWindow(window, minutes)).toBe(expected);
  });
});

describe('action reminders by day', () => {
  // [case, due date, tick (Amsterdam date), expected key suffix or null]
  const cases: [string, string, string, string | null][] = [
    ['three working days before', '2026-11-25', '2026-11-20', null],
    ['two working days before', '2026-11-25', '2026-11-23', 'due-soon:2026-11-25:u1'],
    ['one working day before', '2026-11-25', '2026-11-24', 'due-soon:2026-11-25:u1'],
    ['on the day', '2026-11-25', '2026-11-25', 'due-today:2026-11-25:u1'],
    ['first day late', '2026-11-25', '2026-11-26', 'overdue:2026-11-25:u1:0'],
    ['six days late: still round 0', '2026-11-25', '2026-12-02', 'overdue:2026-11-25:u1:0'],
    ['a week later: round 1', '2026-11-25', '2026-12-03', 'overdue:2026-11-25:u1:1'],
    ['due on a Saturday: today on Friday', '2026-11-28', '2026-11-27', 'due-today:2026-11-28:u1'],
    ['due on a Saturday: late on Monday', '2026-11-28', '2026-11-30', 'overdue:2026-11-28:u1:0'],
    // Koningsdag, Monday 27 April 2026
    ['Koningsdag due: 4 working days before', '2026-04-27', '2026-04-21', null],
    ['Koningsdag due: soon on Wednesday', '2026-04-27', '2026-04-22', 'due-soon:2026-04-27:u1'],
    ['Koningsdag due: today on Friday', '2026-04-27', '2026-04-24', 'due-today:2026-04-27:u1'],
    ['Koningsdag due: late on Tuesday', '2026-04-27', '2026-04-28', 'overdue:2026-04-27:u1:0'],
    // Hemelvaart, Thursday 14 May 2026
    ['Hemelvaart due: today on Wednesday', '2026-05-14', '2026-05-13', 'due-today:2026-05-14:u1'],
    ['Hemelvaart due: late on Friday', '2026-05-14', '2026-05-15', 'overdue:2026-05-14:u1:0'],
    ['Hemelvaart due: round 1 a week later', '2026-05-14', '2026-05-22', 'overdue:2026-05-14:u1:1'],
    // Round 1 falls on Tweede Pinksterdag (25 May) and comes the next working day
    ['round on Pinkstermaandag moves to Tuesday', '2026-05-17', '2026-05-26', 'overdue:2026-05-17:u1:1'],
    // Year end
    ['due 31 Dec: 3 working days before', '2026-12-31', '2026-12-28', null],
    ['due 31 Dec: soon on the 29th', '2026-12-31', '2026-12-29', 'due-soon:2026-12-31:u1'],
    ['due 31 Dec: today', '2026-12-31', '2026-12-31', 'due-today:2026-12-31:u1'],
    ['due 31 Dec: late in 2027', '2026-12-31', '2027-01-04', 'overdue:2026-12-31:u1:0'],
    ['due 31 Dec: round 1 in 2027', '2026-12-31', '2027-01-11', 'overdue:2026-12-31:u1:1'],
    ['due on Tweede Kerstdag (Saturday)', '2026-12-26', '2026-12-24', 'due-today:2026-12-26:u1'],
  ];
  it.each(cases)('%s (due %s, tick %s)', (_name, due, day, suffix) => {
    const result = keys(input(at(day), { actions: [actie('t1', due)] }));
    expect(result).toEqual(suffix === null ? [] : [`action:t1:${suffix}`]);
  });

  it('sends nothing on weekends and holidays', () => {
    for (const day of ['2026-11-28', '2026-11-29', '2027-01-01', '2026-04-27', '2026-05-14', '2026-12-25']) {
      expect(keys(input(at(day), { actions: [actie('t1', addDays(day, -1))] }))).toEqual([]);
    }
  });

  it.each([
    ['2026-11-23', '07:59', false],
    ['2026-11-23', '08:00', true],
    ['2026-11-23', '16:59', true],
    ['2026-11-23', '17:00', false],
    // DST: spring forward on Sunday 29 March, fall back on Sunday 25 October 2026
    ['2026-03-27', '08:00', true],
    ['2026-03-30', '07:59', false],
    ['2026-03-30', '08:00', true],
    ['2026-10-26', '07:59', false],
    ['2026-10-26', '08:00', true],
    ['2026-10-26', '16:59', true],
  ])('sending hours in Amsterdam time: %s %s → %s', (day, time, sends) => {
    const inp = input(at(day, time), { actions: [actie('t1', addDays(day, 2))] });
    expect(computeReminders(inp).length > 0).toBe(sends);
  });

  it('uses the UTC offset of the day across DST changes', () => {
    // 06:00Z is 08:00 in summer time (30 March) but 07:00 in winter time (26 October).
    expect(keys(input('2026-03-30T06:00:00Z', { actions: [actie('t1', '2026-03-31')] }))).toHaveLength(1);
    expect(keys(input('2026-10-26T06:00:00Z', { actions: [actie('t1', '2026-10-27')] }))).toHaveLength(0);
    expect(keys(input('2026-10-26T07:00:00Z', { actions: [actie('t1', '2026-10-27')] }))).toHaveLength(1);
  });

  it('leaves out done actions, actions without trekker or date, unknown werkgroepen and broken dates', () => {
    const actions = [
      actie('done', '2026-11-23', { status: 'klaar', completedAt: '2026-11-22T10:00:00Z' }),
      actie('nobody', '2026-11-23', { trekkerId: undefined }),
      actie('nodate', undefined),
      actie('elsewhere', '2026-11-23', { werkgroepId: 'w9' }),
      actie('broken', '2026-02-30'),
      actie('ok', '2026-11-23'),
    ];
    expect(keys(input(at('2026-11-23'), { actions }))).toEqual(['action:ok:due-today:2026-11-23:u1']);
  });

  it('carries what the card needs', () => {
    const meeting: Vergadering = { id: 'm0', werkgroepId: 'w1', subject: 'Werkgroep', start: at('2026-11-03', '14:00'), end: at('2026-11-03', '15:30') };
    const [r] = computeReminders(
      input(at('2026-11-26'), { actions: [actie('t1', '2026-11-25', { vergaderingId: 'm0' })], meetings: [meeting] }),
    ) as ActionReminder[];
    expect(r).toMatchObject({
      kind: 'actie-verlopen',
      recipient: { type: 'user', userId: 'u1' },
      werkgroep: { id: 'w1', naam: 'Interactief beleid' },
      trekker: { id: 'u1', displayName: 'Ulla Trekker' },
      vergadering: { id: 'm0' },
      dueDate: '2026-11-25',
      daysOverdue: 1,
      workingDaysLeft: -1,
    });
    expect(r?.handOverCandidates.map((m) => m.id)).toEqual(['v1', 'u2']);
  });

  it('starts a new cycle for a new trekker or a new due date', () => {
    const base = keys(input(at('2026-11-23'), { actions: [actie('t1', '2026-11-25')] }));
    const handedOver = keys(input(at('2026-11-23'), { actions: [actie('t1', '2026-11-25', { trekkerId: 'u2' })] }));
    const moved = keys(input(at('2026-11-23'), { actions: [actie('t1', '2026-11-24')] }));
    expect(new Set([...base, ...handedOver, ...moved]).size).toBe(3);
  });
});

describe('actionStage', () => {
  it('respects dueSoonWorkingDays', () => {
    const policy = resolvePolicy({ dueSoonWorkingDays: 5 });
    expect(actionStage({ id: 't', dueDate: '2026-11-30', trekkerId: 'u' }, '2026-11-23', policy)?.kind).toBe('actie-bijna');
    expect(actionStage({ id: 't', dueDate: '2026-12-01', trekkerId: 'u' }, '2026-11-23', policy)).toBeUndefined();
  });
});

describe('actionCardKind', () => {
  const policy = resolvePolicy();
  const kind = (dueDate: string | undefined, today: string) => actionCardKind({ id: 't', trekkerId: 'u', ...(dueDate ? { dueDate } : {}) }, today, policy);

  it('counts working days as the reminders do: a deadline on a weekend or holiday is due the working day before', () => {
    // Saturday 28 November: the Friday before is the deadline day.
    expect(kind('2026-11-28', '2026-11-27')).toBe('actie-vandaag');
    // Christmas Day: due on the 24th.
    expect(kind('2026-12-25', '2026-12-24')).toBe('actie-vandaag');
    expect(kind('2026-11-25', '2026-11-25')).toBe('actie-vandaag');
  });

  it('gives a kind between stages too', () => {
    expect(kind('2026-11-28', '2026-11-29')).toBe('actie-verlopen');
    expect(kind('2026-11-25', '2026-12-03')).toBe('actie-verlopen');
    expect(kind('2027-03-01', '2026-11-23')).toBe('actie-bijna');
    expect(kind(undefined, '2026-11-23')).toBe('actie-vandaag');
  });
});

describe('mayDeliverReminder', () => {
  const user = { type: 'user', userId: 'u1' } as const;
  const group = { type: 'werkgroep', werkgroepId: 'w1' } as const;
  const gate = (now: string, recipient: typeof user | typeof group, preferences: ReminderInput['preferences'] = {}) =>
    mayDeliverReminder(recipient, { now, preferences });

  it('applies the sending hours on working days, in Amsterdam time', () => {
    expect(gate(at('2026-11-23', '09:07'), user)).toBe(true);
    expect(gate(at('2026-11-23', '07:59'), user)).toBe(false);
    expect(gate(at('2026-11-23', '17:00'), user)).toBe(false);
    expect(gate(at('2026-11-28', '10:00'), user)).toBe(false);
    expect(gate(at('2026-12-25', '10:00'), user)).toBe(false);
  });

  it("keeps to the recipient's quiet hours only", () => {
    const preferences = { u1: { quietHours: { start: '09:00', end: '10:00' } } };
    expect(gate(at('2026-11-23', '09:07'), user, preferences)).toBe(false);
    expect(gate(at('2026-11-23', '09:07'), group, preferences)).toBe(true);
  });

  it('is the gate computeReminders applies', () => {
    for (const now of [at('2026-11-23', '07:59'), at('2026-11-23', '08:00'), at('2026-11-28', '10:00'), at('2026-11-24', '16:59')]) {
      const due = computeReminders(input(now, { actions: [actie('t1', '2026-11-25')] }));
      expect(due.length > 0).toBe(gate(now, user));
    }
  });
});

describe('snoozes and preferences', () => {
  it('a snooze suppresses action reminders until its day, then they come back', () => {
    const a = actie('t1', '2026-11-25');
    const snooze = snoozeAction(a, 1, at('2026-11-23', '10:00'));
    expect(snooze).toEqual({ actionId: 't1', userId: 'u1', until: '2026-11-24' });
    expect(keys(input(at('2026-11-23', '11:00'), { actions: [a], snoozes: [snooze] }))).toEqual([]);
    expect(keys(input(at('2026-11-24'), { actions: [a], snoozes: [snooze] }))).toEqual(['action:t1:due-soon:2026-11-25:u1']);
  });

  it('after a snooze on an overdue action the next reminder comes on the snooze day, then weekly', () => {
    const a = actie('t1', '2026-11-20');
    const snooze = snoozeAction(a, 3, at('2026-11-23', '10:00'));
    expect(snooze.until).toBe('2026-11-26');
    const on = (day: string): string[] => keys(input(at(day), { actions: [a], snoozes: [snooze] }));
    expect(on('2026-11-24')).toEqual([]);
    expect(on('2026-11-25')).toEqual([]);
    expect(on('2026-11-26')).toEqual(['action:t1:overdue:2026-11-20:u1:snoozed-2026-11-26:0']);
    expect(on('2026-12-02')).toEqual(['action:t1:overdue:2026-11-20:u1:snoozed-2026-11-26:0']);
    expect(on('2026-12-03')).toEqual(['action:t1:overdue:2026-11-20:u1:snoozed-2026-11-26:1']);
  });

  it('a snooze by the old trekker does not silence the new one', () => {
    const snooze = { actionId: 't1', userId: 'u1', until: '2026-12-31' };
    const a = actie('t1', '2026-11-25', { trekkerId: 'u2' });
    expect(keys(input(at('2026-11-23'), { actions: [a], snoozes: [snooze] }))).toEqual(['action:t1:due-soon:2026-11-25:u2']);
  });

  it.each([
    [{ quietHours: { start: '08:00', end: '10:00' } }, '09:07', false],
    [{ quietHours: { start: '08:00', end: '10:00' } }, '10:00', true],
    [{ quietHours: { start: '16:00', end: '09:00' } }, '08:30', false],
    [{ quietHours: { start: '16:00', end: '09:00' } }, '12:00', true],
    [{ kinds: { 'actie-bijna': false } }, '09:07', false],
    [{ kinds: { 'actie-verlopen': false } }, '09:07', true],
  ])('preferences %o at %s → sends %s', (prefs, time, sends) => {
    const inp = input(at('2026-11-23', time), { actions: [actie('t1', '2026-11-25')], preferences: { u1: prefs } });
    expect(keys(inp).length === 1).toBe(sends);
  });
});

describe('exactly once over a simulated month (with the bot ledger)', () => {
  /** Ticks every 15 minutes; returns the Amsterdam day each key was first produced. */
  function simulate(from: string, to: string, inp: Omit<ReminderInput, 'now'>, down: (day: string) => boolean): Map<string, string> {
    const firstSeen = new Map<string, string>();
    for (let day = from; day <= to; day = addDays(day, 1)) {
      if (down(day)) continue;
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        for (const key of keys({ ...inp, now: at(day, time) })) if (!firstSeen.has(key)) firstSeen.set(key, `${day} ${time}`);
      }
    }
    return firstSeen;
  }

  it('due 31 December: soon, today, then weekly into 2027', () => {
    const seen = simulate('2026-12-20', '2027-01-20', input('', { actions: [actie('t1', '2026-12-31')] }), () => false);
    expect([...seen]).toEqual([
      ['action:t1:due-soon:2026-12-31:u1', '2026-12-29 08:00'],
      ['action:t1:due-today:2026-12-31:u1', '2026-12-31 08:00'],
      ['action:t1:overdue:2026-12-31:u1:0', '2027-01-04 08:00'],
      ['action:t1:overdue:2026-12-31:u1:1', '2027-01-11 08:00'],
      ['action:t1:overdue:2026-12-31:u1:2', '2027-01-18 08:00'],
    ]);
  });

  it('a reminder due while the scheduler was down comes once when it is back', () => {
    // Down on Tuesday 29 December: the due-soon reminder comes Wednesday morning.
    const seen = simulate('2026-12-20', '2027-01-05', input('', { actions: [actie('t1', '2026-12-31')] }), (d) => d === '2026-12-29');
    expect(seen.get('action:t1:due-soon:2026-12-31:u1')).toBe('2026-12-30 08:00');
    // Down on the deadline day itself: no late "due today", the overdue one comes instead.
    const seen2 = simulate('2026-12-20', '2027-01-05', input('', { actions: [actie('t1', '2026-12-31')] }), (d) => d === '2026-12-31');
    expect(seen2.has('action:t1:due-today:2026-12-31:u1')).toBe(false);
    expect(seen2.get('action:t1:overdue:2026-12-31:u1:0')).toBe('2027-01-04 08:00');
  });

  it('tick at 09:07 after Easter Monday still sends the Monday digest, once', () => {
    const inp = input('', { preferences: { mt1: {} } });
    const seen = simulate('2026-04-03', '2026-04-14', inp, () => false);
    expect(seen.get('digest:mt1:2026-04-06')).toBe('2026-04-07 08:00');
    expect(seen.get('digest:mt1:2026-04-13')).toBe('2026-04-13 08:00');
    expect(keys(input(at('2026-04-07', '09:07'), { preferences: { mt1: {} } }))).toEqual(['digest:mt1:2026-04-06']);
  });
});

describe('meeting reminders', () => {
  const meeting = (start: string): Vergadering => ({
    id: 'm1',
    werkgroepId: 'w1',
    seriesMasterId: 's1',
    subject: 'Werkgroep interactief beleid',
    start,
    end: new Date(new Date(start).getTime() + 90 * 60_000).toISOString(),
    joinUrl: 'https://teams.example/join',
  });

  it.each([
    ['2026-12-01', '2026-11-25', null],
    ['2026-12-01', '2026-11-26', 3],
    ['2026-12-01', '2026-11-30', 1],
    ['2026-12-01', '2026-12-01', null], // the day itself: Teams reminds them
    ['2026-04-28', '2026-04-21', null], // after Koningsdag: Wed 22 is 3 working days before
    ['2026-04-28', '2026-04-22', 3],
    ['2026-04-28', '2026-04-24', 1],
    ['2027-01-05', '2026-12-30', 3], // over Nieuwjaarsdag
    ['2027-01-05', '2026-12-29', null],
  ])('meeting on %s, tick on %s → %s working days', (meetingDay, day, until) => {
    const m = meeting(at(meetingDay, '14:00'));
    const result = computeReminders(input(at(day), { meetings: [m] })) as MeetingReminder[];
    if (until === null) expect(result).toEqual([]);
    else {
      expect(result).toHaveLength(1);
      expect(result[0]?.key).toBe(`meeting:m1:soon:${m.start}`);
      expect(result[0]?.workingDaysUntil).toBe(until);
      expect(result[0]?.date).toBe(meetingDay);
    }
  });

  it('brings the agenda in order and the open actions per owner', () => {
    const m = meeting(at('2026-12-01', '14:00'));
    const agenda = [
      { id: 'a2', werkgroepId: 'w1', vergaderingId: 'm1', titel: 'Resultaat 2', volgorde: 2 },
      { id: 'a1', werkgroepId: 'w1', vergaderingId: 'm1', titel: 'Opening', volgorde: 1 },
      { id: 'ax', werkgroepId: 'w1', vergaderingId: 'other', titel: 'Andere vergadering', volgorde: 0 },
    ];
    const actions = [
      actie('t1', '2026-12-20'),
      actie('t2', '2026-12-10', { trekkerId: 'u2' }),
      actie('t3', '2026-12-05'),
      actie('t4', '2026-12-05', { status: 'klaar' }),
    ];
    const [r] = computeReminders(input(at('2026-11-26'), { meetings: [m], agenda, actions: actions })).filter(
      (x): x is MeetingReminder => x.kind === 'vergadering',
    );
    expect(r?.recipient).toEqual({ type: 'werkgroep', werkgroepId: 'w1' });
    expect(r?.agenda.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(r?.openActionsByOwner.map((g) => [g.owner?.displayName, g.actions.map((a) => a.id)])).toEqual([
      ['Bram Lid', ['t2']],
      ['Ulla Trekker', ['t3', 't1']],
    ]);
  });

  it('can be switched off for the channel', () => {
    const inp = input(at('2026-11-26'), { meetings: [meeting(at('2026-12-01', '14:00'))], preferences: { w1: { kinds: { vergadering: false } } } });
    expect(computeReminders(inp)).toEqual([]);
  });
});

describe('weekly MT digest', () => {
  it.each([
    ['2026-11-23', '07:59', undefined], // Monday before the digest time
    ['2026-11-23', '08:00', '2026-11-23'],
    ['2026-11-27', '16:00', '2026-11-23'], // later in the week: still this week's digest
    ['2026-11-22', '12:00', '2026-11-16'],
  ])('digestAnchor(%s %s) → %s', (day, time, anchor) => {
    const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    expect(digestAnchor(day, minutes, resolvePolicy())).toBe(anchor);
  });

  it('holds their results, verbeterpunten, overdue actions, changes and unreachable members', () => {
    const now = at('2026-11-23', '08:00');
    const w2: Werkgroep = { id: 'w2', naam: 'Wijkgericht werken', voorzitterId: 'v2', ledenIds: ['v2'], mtLidIds: ['mt2'] };
    const resultaat = (id: string, werkgroepId: string, mt: string | undefined, status: 'gepland' | 'loopt' | 'gereed') => ({
      id,
      werkgroepId,
      nr: Number(id.slice(1)),
      titel: `Resultaat ${id}`,
      doel: '',
      doelgroep: [],
      watIsErGebeurd: '',
      methode: '',
      doorlooptijd: {},
      capaciteit: '',
      verankering: '',
      status,
      ...(mt === undefined ? {} : { verantwoordelijkMtLidId: mt }),
    });
    const results = [resultaat('r2', 'w1', 'mt1', 'loopt'), resultaat('r1', 'w1', undefined, 'gereed'), resultaat('r3', 'w1', 'mt2', 'loopt'), resultaat('r4', 'w2', 'mt1', 'gepland')];
    const verbeterpunten = [
      {
        id: 'vp1',
        werkgroepId: 'w1',
        nr: 1,
        evaluatieNr: 5,
        titel: 'Bundel de krachten van wijkverenigingen',
        probleem: ['Wijkverenigingen werken langs elkaar heen'],
        watWillenWeBereiken: ['Samenwerking'],
        acties: [
          { nr: 1, omschrijving: 'Overleg organiseren', status: 'loopt' as const },
          { nr: 2, omschrijving: 'Convenant', status: 'gepland' as const },
        ],
        verantwoordelijkMtLidId: 'mt1',
      },
    ];
    const actions = [
      actie('late', '2026-11-10'),
      actie('soon', '2026-11-30'),
      actie('done3', '2026-11-18', { status: 'klaar', completedAt: '2026-11-20T10:00:00Z' }),
      actie('done10', '2026-11-10', { status: 'klaar', completedAt: '2026-11-13T10:00:00Z' }),
      actie('w2late', '2026-11-10', { werkgroepId: 'w2', trekkerId: 'v2' }),
    ];
    const reminders = computeReminders(
      input(now, {
        preferences: { mt1: {} },
        werkgroepen: [w1, w2],
        results,
        verbeterpunten,
        actions,
        mtLidIds: ['mt9'],
        unreachableUserIds: ['u2', 'v2'],
        lastWeek: { resultaatStatus: { r2: 'gepland', r1: 'gereed' }, verbeterActieStatus: { 'vp1#1': 'gepland', 'vp1#2': 'gepland' } },
      }),
    );
    const digests = reminders.filter((r): r is DigestReminder => r.kind === 'weekoverzicht');
    expect(digests.map((d) => d.key)).toEqual(['digest:mt1:2026-11-23', 'digest:mt2:2026-11-23', 'digest:mt9:2026-11-23']);
    const d = digests[0]!;
    expect(d.werkgroepen).toEqual([{ id: 'w1', naam: 'Interactief beleid' }]);
    expect(d.resultaten.map((r) => r.id)).toEqual(['r1', 'r2', 'r4']);
    expect(d.verbeterpunten.map((v) => v.id)).toEqual(['vp1']);
    expect(d.overdueActions.map((a) => a.id)).toEqual(['late']);
    expect(d.changes.completedActions.map((a) => a.id)).toEqual(['done3']);
    expect(d.changes.resultaten.map((c) => [c.resultaat.id, c.from, c.to])).toEqual([['r2', 'gepland', 'loopt']]);
    expect(d.changes.verbeterActies.map((c) => [c.actie.nr, c.from, c.to])).toEqual([[1, 'gepland', 'loopt']]);
    expect(d.unreachable.map((m) => m.id)).toEqual(['u2']);
    expect(digests[1]!.overdueActions.map((a) => a.id)).toEqual(['w2late']);
    expect(digests[1]!.resultaten.map((r) => r.id)).toEqual(['r3']);
    expect(digests[2]!.werkgroepen).toEqual([]);
  });

  it('respects a digest switched off or quiet hours', () => {
    const now = at('2026-11-23', '08:30');
    expect(keys(input(now, { preferences: { mt1: { kinds: { weekoverzicht: false } } } }))).toEqual([]);
    expect(keys(input(now, { preferences: { mt1: { quietHours: { start: '08:00', end: '09:00' } } } }))).toEqual([]);
    expect(keys(input(at('2026-11-23', '09:00'), { preferences: { mt1: { quietHours: { start: '08:00', end: '09:00' } } } }))).toEqual([
      'digest:mt1:2026-11-23',
    ]);
  });
});

describe('computeReminders as a whole', () => {
  const inp = input(at('2026-11-26'), {
    policy: { digestWeekday: 4 },
    preferences: { mt1: {} },
    actions: [actie('b', '2026-11-27'), actie('a', '2026-11-25'), actie('c', '2026-11-26', { trekkerId: 'u2' })],
    meetings: [{ id: 'm1', werkgroepId: 'w1', subject: 'W', start: at('2026-12-01', '14:00'), end: at('2026-12-01', '15:00') }],
  });

  it('is deterministic and independent of input order', () => {
    const first = computeReminders(inp);
    expect(computeReminders(inp)).toEqual(first);
    const shuffled = { ...inp, actions: [...inp.actions].reverse(), werkgroepen: [...inp.werkgroepen] };
    expect(computeReminders(shuffled).map((r) => r.key)).toEqual(first.map((r) => r.key));
    expect(first.map((r) => r.key)).toEqual([
      'action:a:overdue:2026-11-25:u1:0',
      'action:b:due-soon:2026-11-27:u1',
      'action:c:due-today:2026-11-26:u2',
      'digest:mt1:2026-11-26',
      `meeting:m1:soon:${at('2026-12-01', '14:00')}`,
    ]);
  });

  it('does not change its input', () => {
    const copy = structuredClone(inp);
    computeReminders(inp);
    expect(inp).toEqual(copy);
  });

  it.each(['', 'morgen', '2026-11-26', '2026-11-26T09:00'])('rejects now = %j with a coded error', (now) => {
    expect(() => computeReminders({ ...inp, now })).toThrow(AppError);
    try {
      computeReminders({ ...inp, now });
    } catch (e) {
      expect((e as AppError).code).toBe('WORKGROUPS.INVALID_INPUT');
    }
  });

  it('rejects a broken policy time', () => {
    expect(() => computeReminders({ ...inp, policy: { digestTime: '25:00' } })).toThrow(AppError);
  });
});
