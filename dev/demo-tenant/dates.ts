// Date helpers for the demo seed: plain calendar maths on 'YYYY-MM-DD' plus Amsterdam wall times.
import { TZDate } from '@date-fns/tz';

const DAY = 86_400_000;
const toMs = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (d: string, n: number): string => fromMs(toMs(d) + n * DAY);
export const weekday = (d: string): number => new Date(toMs(d)).getUTCDay();

/** Skips Saturdays and Sundays; enough for demo due dates (holidays are the reminder policy's job). */
export function addWeekdays(d: string, n: number): string {
  let cur = d;
  let left = Math.abs(n);
  const step = n < 0 ? -1 : 1;
  while (left > 0) {
    cur = addDays(cur, step);
    if (weekday(cur) !== 0 && weekday(cur) !== 6) left--;
  }
  return cur;
}

/** The n-th (1-based) given weekday (0 = Sunday) of a month. */
export function nthWeekdayOfMonth(year: number, month1: number, day: number, n: number): string {
  const first = `${year}-${String(month1).padStart(2, '0')}-01`;
  const offset = (day - weekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

export function addMonths(year: number, month1: number, n: number): { year: number; month: number } {
  const idx = year * 12 + (month1 - 1) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** Amsterdam wall time → UTC instant ('...Z'), DST included. */
export function amsterdamInstant(date: string, time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), h, m, 0, 'Europe/Amsterdam').getTime())
    .toISOString()
    .replace('.000Z', 'Z');
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export function formatDutchDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** Moves every four-digit year in the text by `shift`, so the seed's plan reads as this year's plan. */
export function shiftYears(text: string, shift: number, years: readonly number[]): string {
  return text.replace(/\b(20\d\d)\b/g, (y) => (years.includes(Number(y)) ? String(Number(y) + shift) : y));
}
