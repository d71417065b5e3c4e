// Date helpers for the demo seed, in the shapes the seed files use, on top of the core's date rules
// (calendar dates and the monthly series from src/workgroups, Amsterdam time from src/text) so the demo
// can never count days differently from the product.
import { formatDateNl } from '../../src/text/index.ts';
import { WEEKDAYS, WEEK_INDEXES, addDays, amsterdamTime, isWeekend, makeDate, relativeMonthlyDate } from '../../src/workgroups/index.ts';

export { addDays };
/** '7 december 2026'. */
export { formatDateNl as formatDutchDate };

/** Skips Saturdays and Sundays; enough for demo due dates (holidays are the reminder policy's job). */
export function addWeekdays(d: string, n: number): string {
  let cur = d;
  let left = Math.abs(n);
  const step = n < 0 ? -1 : 1;
  while (left > 0) {
    cur = addDays(cur, step);
    if (!isWeekend(cur)) left--;
  }
  return cur;
}

/** The n-th (1 = first … 4 = fourth) given weekday (0 = Sunday … 6 = Saturday) of a month. */
export function nthWeekdayOfMonth(year: number, month1: number, day: number, n: number): string {
  return relativeMonthlyDate(year, month1, WEEKDAYS[day % 7]!, WEEK_INDEXES[n - 1]!);
}

export function addMonths(year: number, month1: number, n: number): { year: number; month: number } {
  const first = makeDate(year, month1 + n, 1);
  return { year: Number(first.slice(0, 4)), month: Number(first.slice(5, 7)) };
}

/** Amsterdam wall time → UTC instant written without milliseconds ('...:00Z'), as the seed stores it. */
export function amsterdamInstant(date: string, time: string): string {
  return amsterdamTime(date, time).replace('.000Z', 'Z');
}

/** Moves every four-digit year in the text by `shift`, so the seed's plan reads as this year's plan. */
export function shiftYears(text: string, shift: number, years: readonly number[]): string {
  return text.replace(/\b(20\d\d)\b/g, (y) => (years.includes(Number(y)) ? String(Number(y) + shift) : y));
}
