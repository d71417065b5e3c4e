import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from './dates.ts';
import {
  addWorkingDays,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
} from './working-days.ts';

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-23', {}, true], // Monday
    ['2026-11-21', {}, false], // Saturday
    ['2026-11-22', {}, false], // Sunday
    ['2026-04-27', {}, false], // Koningsdag (Monday)
    ['2026-05-14', {}, false], // Hemelvaart
    ['2026-05-15', {}, true], // the Friday after Hemelvaart is not a holiday
    ['2026-05-25', {}, false], // Tweede Pinksterdag
    ['2026-04-03', {}, true], // Goede Vrijdag without the option
    ['2026-04-03', { goedeVrijdag: true }, false],
    ['2026-05-05', {}, true],
    ['2026-05-05', { bevrijdingsdag: true }, false],
    ['2025-05-05', { bevrijdingsdag: 'lustrum' as const }, false],
    ['2026-05-05', { bevrijdingsdag: 'lustrum' as const }, true],
    ['2026-12-24', {}, true],
    ['2026-12-25', {}, false],
    ['2026-12-28', {}, true],
    ['2027-01-01', {}, false],
    ['2026-12-31', { extraDaysOff: ['2026-12-31'] }, false],
  ])('%s %o → %s', (date, options, expected) => {
    expect(isWorkingDay(date, options)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-11-23', 0, '2026-11-23'],
    ['2026-11-21', 0, '2026-11-21'], // a weekend date stays when n = 0
    ['2026-11-20', 1, '2026-11-23'], // Friday + 1 → Monday
    ['2026-11-21', 1, '2026-11-23'], // Saturday + 1 → Monday
    ['2026-11-21', -1, '2026-11-20'], // Saturday − 1 → Friday
    ['2026-11-23', 5, '2026-11-30'],
    ['2026-11-23', -5, '2026-11-16'],
    ['2026-04-24', 1, '2026-04-28'], // over the weekend and Koningsdag
    ['2026-05-13', 1, '2026-05-15'], // over Hemelvaart
    ['2026-12-24', 1, '2026-12-28'], // over Kerst and the weekend
    ['2026-12-31', 1, '2027-01-04'], // year end: Nieuwjaarsdag (Fri) and weekend
    ['2027-01-04', -1, '2026-12-31'],
    ['2026-12-30', 3, '2027-01-05'],
  ])('%s + %i → %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it('rejects fractions', () => {
    expect(() => addWorkingDays('2026-11-23', 1.5)).toThrow(RangeError);
  });

  it('never lands on a weekend or holiday for n ≠ 0 over two years', () => {
    for (let d = '2026-01-01'; d < '2028-01-01'; d = addDays(d, 1)) {
      for (const n of [1, -1, 3]) {
        const r = addWorkingDays(d, n);
        expect(isWorkingDay(r)).toBe(true);
        expect(isoWeekday(r)).toBeLessThan(6);
        expect(workingDaysBetween(d, r)).toBe(n);
      }
    }
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-11-23', '2026-11-23', 0],
    ['2026-11-23', '2026-11-24', 1],
    ['2026-11-24', '2026-11-23', -1],
    ['2026-11-20', '2026-11-23', 1], // Fri → Mon
    ['2026-04-24', '2026-04-28', 1], // Koningsdag skipped
    ['2026-12-24', '2027-01-04', 5], // 28, 29, 30, 31 Dec and 4 Jan
    ['2027-01-04', '2026-12-24', -5], // 24, 28, 29, 30, 31 Dec
    ['2026-11-21', '2026-11-20', -1], // Saturday back to Friday
    ['2026-01-01', '2026-12-31', 255], // 261 weekdays minus 6 holidays on weekdays
  ])('%s → %s = %i', (a, b, expected) => {
    expect(workingDaysBetween(a, b)).toBe(expected);
  });
});

describe('workingDayOnOrAfter / OnOrBefore', () => {
  it.each([
    ['2026-11-23', '2026-11-23', '2026-11-23'],
    ['2026-04-27', '2026-04-28', '2026-04-24'],
    ['2026-04-25', '2026-04-28', '2026-04-24'],
    ['2027-01-01', '2027-01-04', '2026-12-31'],
  ])('%s → after %s, before %s', (date, after, before) => {
    expect(workingDayOnOrAfter(date)).toBe(after);
    expect(workingDayOnOrBefore(date)).toBe(before);
  });
});

describe('workingDaysBetween agrees with a day-by-day count', () => {
  it.each([
    [{}],
    [{ goedeVrijdag: true, bevrijdingsdag: true }],
    [{ extraDaysOff: ['2026-12-31', '2027-12-25', '2026-11-24'] }],
  ])('options %o', (options) => {
    const starts = ['2025-12-20', '2026-03-30', '2026-11-21', '2026-12-31'];
    for (const a of starts) {
      for (const span of [0, 1, 2, 6, 7, 8, 13, 40, 400]) {
        for (const b of [addDays(a, span), addDays(a, -span)]) {
          let expected = 0;
          if (b > a) for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) expected += isWorkingDay(d, options) ? 1 : 0;
          else for (let d = b; d < a; d = addDays(d, 1)) expected -= isWorkingDay(d, options) ? 1 : 0;
          expect(workingDaysBetween(a, b, options)).toBe(expected);
        }
      }
    }
  });
});
