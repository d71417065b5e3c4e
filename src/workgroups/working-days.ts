import { addDays, fromDayNumber, isWeekend, toDayNumber, yearOf } from './dates.ts';
import { dutchHolidays } from './holidays.ts';
import type { CalendarOptions } from './types.ts';

// Holidays per (options, year): computeReminders asks about the same few years thousands of times.
const dayOffCache = new Map<string, ReadonlySet<string>>();
// The same holidays as day numbers, weekend ones left out, for counting.
const weekdayOffCache = new Map<string, readonly number[]>();

function optionsKey(options: CalendarOptions): string {
  return `${options.goedeVrijdag ? 1 : 0}|${String(options.bevrijdingsdag ?? false)}`;
}

function daysOff(year: number, options: CalendarOptions): ReadonlySet<string> {
  const key = `${optionsKey(options)}|${year}`;
  let set = dayOffCache.get(key);
  if (!set) {
    set = new Set(dutchHolidays(year, options).map((h) => h.date));
    if (dayOffCache.size > 500) dayOffCache.clear();
    dayOffCache.set(key, set);
  }
  return set;
}

/**
 * A working day: not a weekend, not a Dutch public holiday (with the chosen options), not an
 * extra day off.
 * @example isWorkingDay('2026-04-27') //=> false (Koningsdag)
 */
export function isWorkingDay(date: string, options: CalendarOptions = {}): boolean {
  if (isWeekend(date)) return false;
  if (daysOff(yearOf(date), options).has(date)) return false;
  return !(options.extraDaysOff?.includes(date) ?? false);
}

/**
 * Moves n working days forward (n < 0: back). Each working day stepped onto counts once, so from a
 * weekend one working day forward is Monday. n = 0 returns the date itself.
 * @example addWorkingDays('2026-12-24', 1) //=> '2026-12-28'
 */
export function addWorkingDays(date: string, n: number, options: CalendarOptions = {}): string {
  if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let current = date;
  while (left > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, options)) left -= 1;
  }
  return current;
}

function weekdayDaysOff(year: number, options: CalendarOptions): readonly number[] {
  const key = `${optionsKey(options)}|${year}`;
  let list = weekdayOffCache.get(key);
  if (!list) {
    list = [...daysOff(year, options)].filter((d) => !isWeekend(d)).map(toDayNumber);
    if (weekdayOffCache.size > 500) weekdayOffCache.clear();
    weekdayOffCache.set(key, list);
  }
  return list;
}

/** Weekdays (Mon–Fri) among the day numbers lo..hi inclusive. */
function weekdaysIn(lo: number, hi: number): number {
  if (hi < lo) return 0;
  const total = hi - lo + 1;
  let count = Math.floor(total / 7) * 5;
  for (let d = lo + Math.floor(total / 7) * 7; d <= hi; d += 1) if (!isWeekend(fromDayNumber(d))) count += 1;
  return count;
}

/** Working days among the day numbers lo..hi inclusive; O(years), not O(days). */
function workingDaysIn(lo: number, hi: number, options: CalendarOptions): number {
  if (hi < lo) return 0;
  let count = weekdaysIn(lo, hi);
  const firstYear = yearOf(fromDayNumber(lo));
  const lastYear = yearOf(fromDayNumber(hi));
  for (let y = firstYear; y <= lastYear; y += 1) {
    for (const n of weekdayDaysOff(y, options)) if (n >= lo && n <= hi) count -= 1;
  }
  for (const d of new Set(options.extraDaysOff ?? [])) {
    const n = toDayNumber(d);
    if (n >= lo && n <= hi && !isWeekend(d) && !daysOff(yearOf(d), options).has(d)) count -= 1;
  }
  return count;
}

/**
 * The number of working days from a to b, so that `addWorkingDays(a, n)` is b whenever b is a
 * working day: forward it counts the working days in (a, b], backward minus those in [b, a).
 * @example workingDaysBetween('2026-04-24', '2026-04-28') //=> 1 (weekend and Koningsdag skipped)
 */
export function workingDaysBetween(a: string, b: string, options: CalendarOptions = {}): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  if (from === to) return 0;
  if (from < to) return workingDaysIn(from + 1, to, options);
  return 0 - workingDaysIn(to, from - 1, options);
}

/** The date itself when it is a working day, else the next working day. */
export function workingDayOnOrAfter(date: string, options: CalendarOptions = {}): string {
  return isWorkingDay(date, options) ? date : addWorkingDays(date, 1, options);
}

/** The date itself when it is a working day, else the working day before. */
export function workingDayOnOrBefore(date: string, options: CalendarOptions = {}): string {
  return isWorkingDay(date, options) ? date : addWorkingDays(date, -1, options);
}
