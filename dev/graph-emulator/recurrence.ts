// Expands an Outlook patternedRecurrence into local dates, as Exchange does
// (https://learn.microsoft.com/graph/api/resources/patternedrecurrence). The date maths and the
// relative day of a month ("the last Tuesday", "the first weekday") are the core's own
// (src/workgroups), so the emulator and production cannot disagree about a series; the wall-clock
// time is applied afterwards in the series' own time zone.
import { WEEKDAYS, WEEK_INDEXES, fromDayNumber, isoWeekdayOfDayNumber, makeDate, relativeMonthlyDate, toDayNumber } from '../../src/workgroups/index.ts';
import type { WeekIndex, Weekday } from '../../src/workgroups/index.ts';
import type { PatternedRecurrence } from './types.ts';
import { badRequest } from './http-util.ts';

const MAX_OCCURRENCES = 10_000;

/** Day of the week of a day number, Sunday 0 ... Saturday 6 (Graph's dayOfWeek order). */
const weekday = (day: number): number => isoWeekdayOfDayNumber(day) % 7;
const daysInMonth = (y: number, m0: number): number => Number(makeDate(y, m0 + 2, 0).slice(8, 10));

function weekdayNames(names: string[] | undefined): Weekday[] {
  const out = (names ?? []).map((n) => n.toLowerCase());
  if (out.length === 0 || out.some((d) => !(WEEKDAYS as readonly string[]).includes(d)))
    throw badRequest('The recurrence pattern needs valid daysOfWeek.', 'ErrorInvalidRecurrence');
  return out as Weekday[];
}

const dayNumbers = (names: string[] | undefined): number[] => weekdayNames(names).map((n) => WEEKDAYS.indexOf(n));

function relativeInMonth(y: number, m0: number, days: Weekday[], index: string): number {
  if (!(WEEK_INDEXES as readonly string[]).includes(index)) throw badRequest(`Invalid recurrence index '${index}'.`, 'ErrorInvalidRecurrence');
  return toDayNumber(relativeMonthlyDate(y, m0 + 1, days, index as WeekIndex));
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
  const start = toDayNumber(range.startDate);
  const until = Math.min(toDayNumber(untilDate), range.type === 'endDate' && range.endDate ? toDayNumber(range.endDate) : Infinity);
  const limit = range.type === 'numbered' ? (range.numberOfOccurrences ?? 0) : MAX_OCCURRENCES;
  const out: string[] = [];
  const push = (day: number | undefined): boolean => {
    if (day === undefined || day < start) return true;
    if (day > until || out.length >= limit) return false;
    out.push(fromDayNumber(day));
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
      const fdw = Math.max(0, (WEEKDAYS as readonly string[]).indexOf((pattern.firstDayOfWeek ?? 'sunday').toLowerCase()));
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
        const first = toDayNumber(makeDate(y, m0 + 1, 1));
        if (first > until) break;
        const day = pattern.type.startsWith('absolute')
          ? first + Math.min(pattern.dayOfMonth ?? 1, daysInMonth(y, m0)) - 1
          : relativeInMonth(y, m0, weekdayNames(pattern.daysOfWeek), pattern.index ?? 'first');
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
