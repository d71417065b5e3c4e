import { addDays, isoWeekday, makeDate } from './dates.ts';
import type { CalendarOptions, Holiday } from './types.ts';

/**
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * @example easterSunday(2026) //=> '2026-04-05'
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDate(year, month, day);
}

/**
 * Koningsdag: 27 April, or 26 April when the 27th is a Sunday. Before 2014 it was
 * Koninginnedag on 30 April (29 April when that was a Sunday).
 * @example koningsdag(2025) //=> '2025-04-26'
 */
export function koningsdag(year: number): string {
  const day = year >= 2014 ? 27 : 30;
  const date = makeDate(year, 4, day);
  return isoWeekday(date) === 7 ? addDays(date, -1) : date;
}

function hasBevrijdingsdag(year: number, option: CalendarOptions['bevrijdingsdag']): boolean {
  if (option === 'lustrum') return year % 5 === 0;
  return option === true;
}

/**
 * The Dutch public holidays of a year, in date order. Goede Vrijdag and Bevrijdingsdag are
 * days off only by option, as collective agreements differ.
 * @example dutchHolidays(2026).map((h) => h.date)[0] //=> '2026-01-01'
 */
export function dutchHolidays(year: number, options: CalendarOptions = {}): Holiday[] {
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { date: makeDate(year, 1, 1), kind: 'nieuwjaarsdag' },
    { date: easter, kind: 'eerste-paasdag' },
    { date: addDays(easter, 1), kind: 'tweede-paasdag' },
    { date: koningsdag(year), kind: 'koningsdag' },
    { date: addDays(easter, 39), kind: 'hemelvaartsdag' },
    { date: addDays(easter, 49), kind: 'eerste-pinksterdag' },
    { date: addDays(easter, 50), kind: 'tweede-pinksterdag' },
    { date: makeDate(year, 12, 25), kind: 'eerste-kerstdag' },
    { date: makeDate(year, 12, 26), kind: 'tweede-kerstdag' },
  ];
  if (options.goedeVrijdag) list.push({ date: addDays(easter, -2), kind: 'goede-vrijdag' });
  if (hasBevrijdingsdag(year, options.bevrijdingsdag)) list.push({ date: makeDate(year, 5, 5), kind: 'bevrijdingsdag' });
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * Which holidays a meeting date is checked against: every public holiday, and also Goede Vrijdag and
 * Bevrijdingsdag in a lustrum year, because many people are off then even where the agreement does not
 * make it a day off. A flag only warns; the werkgroep decides whether to move the meeting.
 */
export const MEETING_HOLIDAYS: CalendarOptions = { goedeVrijdag: true, bevrijdingsdag: 'lustrum' };

/**
 * The public holiday on a date (YYYY-MM-DD), if any.
 * @example holidayOn('2026-04-06')?.kind //=> 'tweede-paasdag'
 */
export function holidayOn(date: string, options: CalendarOptions = MEETING_HOLIDAYS): Holiday | undefined {
  return dutchHolidays(Number(date.slice(0, 4)), options).find((h) => h.date === date);
}
