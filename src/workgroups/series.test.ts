import { describe, expect, it } from 'vitest';
import { AppError } from '../text/index.ts';
import { firstSeriesDate, graphSeriesTimes, nextSeriesOccurrences, relativeMonthlyDate, toGraphRecurrence } from './series.ts';
import type { MonthlyRule, WeekIndex, Weekday } from './types.ts';

const firstTuesday: MonthlyRule = { index: 'first', weekday: 'tuesday', time: '14:00', durationMinutes: 90, startDate: '2026-01-01' };

describe('relativeMonthlyDate', () => {
  it.each([
    [2026, 1, 'tuesday', 'first', '2026-01-06'],
    [2026, 2, 'tuesday', 'first', '2026-02-03'],
    [2026, 12, 'tuesday', 'first', '2026-12-01'], // the 1st itself
    [2027, 1, 'tuesday', 'first', '2027-01-05'],
    [2026, 2, 'monday', 'fourth', '2026-02-23'],
    [2026, 4, 'wednesday', 'second', '2026-04-08'],
    [2026, 2, 'friday', 'last', '2026-02-27'],
    [2026, 12, 'friday', 'last', '2026-12-25'],
    [2026, 3, 'sunday', 'last', '2026-03-29'],
    [2026, 10, 'sunday', 'last', '2026-10-25'],
    [2026, 5, 'sunday', 'first', '2026-05-03'],
    [2026, 1, 'thursday', 'first', '2026-01-01'],
    [2026, 1, 'saturday', 'last', '2026-01-31'],
  ] as [number, number, Weekday, WeekIndex, string][])('%i-%i %s %s → %s', (year, month, weekday, index, date) => {
    expect(relativeMonthlyDate(year, month, weekday, index)).toBe(date);
  });
});

describe('relativeMonthlyDate with several weekdays (Graph daysOfWeek)', () => {
  it.each([
    [2026, 1, ['saturday', 'sunday'], 'last', '2026-01-31'],
    [2026, 3, ['saturday', 'sunday'], 'last', '2026-03-29'],
    [2026, 2, ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], 'first', '2026-02-02'],
    [2026, 2, ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], 'third', '2026-02-04'],
    [2026, 8, ['saturday', 'sunday'], 'fourth', '2026-08-09'],
  ] as [number, number, Weekday[], WeekIndex, string][])('%i-%i %j %s → %s', (year, month, weekdays, index, date) => {
    expect(relativeMonthlyDate(year, month, weekdays, index)).toBe(date);
  });

  it('refuses an empty set of weekdays', () => {
    expect(() => relativeMonthlyDate(2026, 1, [], 'first')).toThrow(AppError);
  });
});

describe('firstSeriesDate', () => {
  it.each([
    [{ index: 'first', weekday: 'tuesday', startDate: '2026-01-01' }, '2026-01-06'],
    [{ index: 'first', weekday: 'tuesday', startDate: '2026-01-07' }, '2026-02-03'],
    [{ index: 'last', weekday: 'friday', startDate: '2026-01-01' }, '2026-01-30'],
    [{ index: 'third', weekday: 'monday', startDate: '2026-12-22' }, '2027-01-18'],
  ] as const)('first meeting of %j is %s', (rule, date) => {
    expect(firstSeriesDate({ ...rule, time: '14:00', durationMinutes: 90 })).toBe(date);
  });
});

describe('toGraphRecurrence', () => {
  it('gives the relativeMonthly pattern, starting on the first meeting', () => {
    expect(toGraphRecurrence(firstTuesday)).toEqual({
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'first', firstDayOfWeek: 'monday' },
      range: { type: 'noEnd', startDate: '2026-01-06', recurrenceTimeZone: 'W. Europe Standard Time' },
    });
  });

  it('ends on an end date', () => {
    expect(toGraphRecurrence({ ...firstTuesday, endDate: '2026-12-31', interval: 2 })).toMatchObject({
      pattern: { interval: 2 },
      range: { type: 'endDate', startDate: '2026-01-06', endDate: '2026-12-31' },
    });
  });

  it.each([
    [{ ...firstTuesday, time: '25:00' }],
    [{ ...firstTuesday, endDate: '2025-12-01' }],
    [{ ...firstTuesday, startDate: '2026-01-07', endDate: '2026-01-31' }], // no meeting in the range
    [{ ...firstTuesday, durationMinutes: 0 }],
    [{ ...firstTuesday, weekday: 'dinsdag' as Weekday }],
  ])('refuses %o', (rule) => {
    expect(() => toGraphRecurrence(rule)).toThrow(AppError);
  });
});

describe('graphSeriesTimes', () => {
  it('gives wall-clock times with the Windows time zone', () => {
    expect(graphSeriesTimes(firstTuesday)).toEqual({
      start: { dateTime: '2026-01-06T14:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2026-01-06T15:30:00', timeZone: 'W. Europe Standard Time' },
    });
  });

  it('rolls over midnight', () => {
    expect(graphSeriesTimes({ ...firstTuesday, time: '23:30', durationMinutes: 60 }).end.dateTime).toBe('2026-01-07T00:30:00');
  });
});

describe('nextSeriesOccurrences', () => {
  it('keeps 14:00 Amsterdam time across daylight saving', () => {
    expect(nextSeriesOccurrences(firstTuesday, '2026-02-10T00:00:00Z', 4)).toEqual([
      { date: '2026-03-03', start: '2026-03-03T13:00:00.000Z', end: '2026-03-03T14:30:00.000Z' },
      { date: '2026-04-07', start: '2026-04-07T12:00:00.000Z', end: '2026-04-07T13:30:00.000Z' },
      { date: '2026-05-05', start: '2026-05-05T12:00:00.000Z', end: '2026-05-05T13:30:00.000Z' },
      { date: '2026-06-02', start: '2026-06-02T12:00:00.000Z', end: '2026-06-02T13:30:00.000Z' },
    ]);
    expect(nextSeriesOccurrences(firstTuesday, '2026-10-01T00:00:00Z', 2).map((o) => o.start)).toEqual([
      '2026-10-06T12:00:00.000Z',
      '2026-11-03T13:00:00.000Z',
    ]);
  });

  it('includes a meeting going on now and crosses the year end', () => {
    expect(nextSeriesOccurrences(firstTuesday, '2026-12-01T13:30:00Z', 2).map((o) => o.date)).toEqual(['2026-12-01', '2027-01-05']);
  });

  it('honours interval, start and end', () => {
    expect(nextSeriesOccurrences({ ...firstTuesday, interval: 2 }, '2025-01-01T00:00:00Z', 3).map((o) => o.date)).toEqual([
      '2026-01-06',
      '2026-03-03',
      '2026-05-05',
    ]);
    expect(nextSeriesOccurrences({ ...firstTuesday, endDate: '2026-03-03' }, '2026-01-01T00:00:00Z', 10).map((o) => o.date)).toEqual([
      '2026-01-06',
      '2026-02-03',
      '2026-03-03',
    ]);
    expect(nextSeriesOccurrences({ ...firstTuesday, startDate: '2026-01-07' }, '2025-01-01T00:00:00Z', 1)[0]?.date).toBe('2026-02-03');
  });

  it('gives nothing for count 0 and refuses a broken now', () => {
    expect(nextSeriesOccurrences(firstTuesday, '2026-01-01T00:00:00Z', 0)).toEqual([]);
    expect(() => nextSeriesOccurrences(firstTuesday, 'gisteren', 1)).toThrow(AppError);
  });

  it('matches the Graph range start', () => {
    expect(firstSeriesDate({ ...firstTuesday, index: 'last', weekday: 'friday', startDate: '2026-12-26' })).toBe('2027-01-29');
  });
});
