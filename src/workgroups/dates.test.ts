import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isoWeekday, makeDate, toDayNumber } from './dates.ts';

describe('day numbers', () => {
  it('agree with Date.UTC for every day from 1899 to 2101', () => {
    for (let ms = Date.UTC(1899, 0, 1); ms <= Date.UTC(2101, 11, 31); ms += 86_400_000) {
      const date = new Date(ms).toISOString().slice(0, 10);
      const n = ms / 86_400_000;
      expect(toDayNumber(date)).toBe(n);
      expect(fromDayNumber(n)).toBe(date);
    }
  });

  it.each([
    [2026, 13, 1, '2027-01-01'],
    [2026, 3, 0, '2026-02-28'],
    [2028, 3, 0, '2028-02-29'],
    [2026, 0, 1, '2025-12-01'],
    [2026, 12, 32, '2027-01-01'],
    [2026, -1, 15, '2025-11-15'],
  ])('makeDate(%i, %i, %i) rolls over to %s', (y, m, d, expected) => {
    expect(makeDate(y, m, d)).toBe(expected);
    expect(makeDate(y, m, d)).toBe(new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10));
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-03-29', 1, '2026-03-30'], // DST does not matter for dates
    ['2026-01-01', -1, '2025-12-31'],
  ])('addDays(%s, %i) → %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  it.each([
    ['2026-11-23', 1],
    ['2026-11-29', 7],
    ['1970-01-01', 4],
    ['2027-01-01', 5],
  ])('isoWeekday(%s) → %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });
});
