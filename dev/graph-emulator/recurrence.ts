// Expands an Outlook patternedRecurrence into local dates. Date-only maths in UTC, so DST never
// shifts a date; the wall-clock time is applied afterwards in the series' own time zone.
import type { PatternedRecurrence } from './types.ts';
import { badRequest } from './http-util.ts';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const INDEX: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, last: -1 };
const MAX_OCCURRENCES = 10_000;

const toDay = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const fromDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const weekday = (day: number): number => new Date(day * 86_400_000).getUTCDay();
const daysInMonth = (y: number, m0: number): number => new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();

function dayNumbers(names: string[] | undefined): number[] {
  const out = (names ?? []).map((n) => DAYS.indexOf(n.toLowerCase()));
  if (out.length === 0 || out.some((d) => d < 0)) throw badRequest('The recurrence pattern needs valid daysOfWeek.', 'ErrorInvalidRecurrence');
  return out;
}

function relativeInMonth(y: number, m0: number, days: number[], index: string): number | undefined {
  const i = INDEX[index];
  if (i === undefined) throw badRequest(`Invalid recurrence index '${index}'.`, 'ErrorInvalidRecurrence');
  const first = Date.UTC(y, m0, 1) / 86_400_000;
  const last = first + daysInMonth(y, m0) - 1;
  // Walk from the start (or the end, for 'last') until the i-th day that is one of `days`.
  const firstWd = weekday(first);
  const lastWd = weekday(last);
  let seen = 0;
  for (let k = 0; k < 31; k++) {
    const day = i === -1 ? last - k : first + k;
    if (day < first || day > last) return undefined;
    const wd = i === -1 ? (((lastWd - k) % 7) + 7) % 7 : (firstWd + k) % 7;
    if (!days.includes(wd)) continue;
    if (i === -1 || seen === i) return day;
    seen++;
  }
  return undefined;
}

export function validateRecurrence(rec: PatternedRecurrence): void {
  const { pattern, range } = rec;
  if (!pattern || !range) throw badRequest('A recurrence needs a pattern and a range.', 'ErrorInvalidRecurrence');
  if (!['daily', 'weekly', 'absoluteMonthly', 'relativeMonthly', 'absoluteYearly', 'relativeYearly'].includes(pattern.type))
    throw badRequest(`Unknown recurrence pattern type '${String(pattern.type)}'.`, 'ErrorInvalidRecurrence');
  if (!Number.isInteger(pattern.interval) || pattern.interval < 1) throw badRequest('The recurrence interval must be 1 or more.', 'ErrorInvalidRecurrence');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(range.startDate ?? '')) throw badRequest('The recurrence range needs a startDate.', 'ErrorInvalidRecurrence');
  if (!['noEnd', 'endDate', 'numbered'].includes(range.type)) throw badRequest(`Unknown recurrence range type '${String(range.type)}'.`, 'ErrorInvalidRecurrence');
  if (range.type === 'endDate' && !/^\d{4}-\d{2}-\d{2}$/.test(range.endDate ?? '')) throw badRequest('The recurrence range needs an endDate.', 'ErrorInvalidRecurrence');
  if (range.type === 'numbered' && !((range.numberOfOccurrences ?? 0) > 0)) throw badRequest('The recurrence range needs numberOfOccurrences.', 'ErrorInvalidRecurrence');
  if (pattern.type === 'weekly' || pattern.type.startsWith('relative')) dayNumbers(pattern.daysOfWeek);
}

/** Local dates of the series up to and including `untilDate`, in order. */
export function expandDates(rec: PatternedRecurrence, untilDate: string): string[] {
  const { pattern, range } = rec;
  const start = toDay(range.startDate);
  const until = Math.min(toDay(untilDate), range.type === 'endDate' && range.endDate ? toDay(range.endDate) : Infinity);
  const limit = range.type === 'numbered' ? (range.numberOfOccurrences ?? 0) : MAX_OCCURRENCES;
  const out: string[] = [];
  const push = (day: number | undefined): boolean => {
    if (day === undefined || day < start) return true;
    if (day > until || out.length >= limit) return false;
    out.push(fromDay(day));
    return true;
  };
  const sy = Number(range.startDate.slice(0, 4));
  const sm = Number(range.startDate.slice(5, 7)) - 1;
  switch (pattern.type) {
    case 'daily':
      for (let d = start; d <= until && out.length < limit; d += pattern.interval) push(d);
      break;
    case 'weekly': {
      const days = dayNumbers(pattern.daysOfWeek).sort((a, b) => a - b);
      const fdw = Math.max(0, DAYS.indexOf((pattern.firstDayOfWeek ?? 'sunday').toLowerCase()));
      let weekStart = start - ((weekday(start) - fdw + 7) % 7);
      for (; weekStart <= until && out.length < limit; weekStart += 7 * pattern.interval) {
        const week = days.map((d) => weekStart + ((d - fdw + 7) % 7)).sort((a, b) => a - b);
        if (!week.every((d) => push(d))) break;
      }
      break;
    }
    case 'absoluteMonthly':
    case 'relativeMonthly':
    case 'absoluteYearly':
    case 'relativeYearly': {
      const yearly = pattern.type.endsWith('Yearly');
      const step = yearly ? 12 * pattern.interval : pattern.interval;
      let y = sy;
      let m0 = yearly ? (pattern.month ?? sm + 1) - 1 : sm;
      if (yearly && m0 < sm) y++;
      for (let guard = 0; guard < MAX_OCCURRENCES && out.length < limit; guard++) {
        const first = Date.UTC(y, m0, 1) / 86_400_000;
        if (first > until) break;
        const day = pattern.type.startsWith('absolute')
          ? first + Math.min(pattern.dayOfMonth ?? 1, daysInMonth(y, m0)) - 1
          : relativeInMonth(y, m0, dayNumbers(pattern.daysOfWeek), pattern.index ?? 'first');
        if (!push(day)) break;
        m0 += step;
        y += Math.floor(m0 / 12);
        m0 %= 12;
      }
      break;
    }
  }
  return out;
}
