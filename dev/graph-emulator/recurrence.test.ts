import { describe, expect, it } from 'vitest';
import { expandDates } from './recurrence.ts';
import { instantOf, localParts } from './time-zones.ts';
import type { PatternedRecurrence } from './types.ts';

const monthly = (index: 'first' | 'second' | 'third' | 'fourth' | 'last', days = ['tuesday']): PatternedRecurrence => ({
  pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: days, index },
  range: { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 4 },
});

describe('expandDates', () => {
  it.each([
    ['first', ['2026-01-06', '2026-02-03', '2026-03-03', '2026-04-07']],
    ['fourth', ['2026-01-27', '2026-02-24', '2026-03-24', '2026-04-28']],
    ['last', ['2026-01-27', '2026-02-24', '2026-03-31', '2026-04-28']],
  ] as const)('relativeMonthly %s Tuesday', (index, expected) => {
    expect(expandDates(monthly(index), '2027-01-01')).toEqual(expected);
  });

  it('handles several days, yearly, weekly with an interval, absolute days past the month end and end dates', () => {
    expect(expandDates(monthly('last', ['saturday', 'sunday']), '2026-03-31').slice(0, 3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-29']);
    expect(
      expandDates({ pattern: { type: 'relativeYearly', interval: 1, month: 4, daysOfWeek: ['monday'], index: 'last' }, range: { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 3 } }, '2030-01-01'),
    ).toEqual(['2026-04-27', '2027-04-26', '2028-04-24']);
    expect(
      expandDates({ pattern: { type: 'weekly', interval: 2, daysOfWeek: ['monday', 'thursday'], firstDayOfWeek: 'monday' }, range: { type: 'endDate', startDate: '2026-03-05', endDate: '2026-04-10' } }, '2030-01-01'),
    ).toEqual(['2026-03-05', '2026-03-16', '2026-03-19', '2026-03-30', '2026-04-02']);
    expect(expandDates({ pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 }, range: { type: 'noEnd', startDate: '2026-01-01' } }, '2026-04-30')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    expect(expandDates({ pattern: { type: 'daily', interval: 3 }, range: { type: 'noEnd', startDate: '2026-12-30' } }, '2027-01-06')).toEqual(['2026-12-30', '2027-01-02', '2027-01-05']);
  });
});

describe('time zones', () => {
  it.each([
    ['2026-03-29', 1, 30, '2026-03-29T00:30:00.000Z'],
    // 02:30 does not exist that night: it moves forward by the gap.
    ['2026-03-29', 2, 30, '2026-03-29T01:30:00.000Z'],
    ['2026-03-29', 3, 0, '2026-03-29T01:00:00.000Z'],
    // 02:30 happens twice in October: read as standard time.
    ['2026-10-25', 2, 30, '2026-10-25T01:30:00.000Z'],
    ['2026-10-25', 1, 0, '2026-10-24T23:00:00.000Z'],
  ] as const)('Amsterdam %s %i:%i is %s', (date, h, m, instant) => {
    expect(new Date(instantOf(date, h, m, 0, 'Europe/Amsterdam')).toISOString()).toBe(instant);
  });

  it('reads instants back as Amsterdam wall time on both sides of a change', () => {
    expect(localParts(Date.parse('2026-10-25T00:59:00Z'), 'Europe/Amsterdam')).toEqual({ date: '2026-10-25', h: 2, m: 59, s: 0 });
    expect(localParts(Date.parse('2026-10-25T01:00:00Z'), 'Europe/Amsterdam')).toEqual({ date: '2026-10-25', h: 2, m: 0, s: 0 });
    expect(localParts(Date.parse('2026-12-31T23:30:00Z'), 'Europe/Amsterdam')).toEqual({ date: '2027-01-01', h: 0, m: 30, s: 0 });
  });
});
