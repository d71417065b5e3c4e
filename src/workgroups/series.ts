import { AppError } from '../text/index.ts';
import { GRAPH_TIME_ZONE, addMinutesToInstant, amsterdamTime } from '../text/amsterdam.ts';
import { fromDayNumber, isoWeekdayOfDayNumber, makeDate, toDayNumber } from './dates.ts';
import { WEEKDAYS, monthlyRuleSchema } from './types.ts';
import type { GraphRecurrence, MonthlyRule, SeriesOccurrence, WeekIndex, Weekday } from './types.ts';

const INDEX_NUMBER: Record<Exclude<WeekIndex, 'last'>, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** ISO weekday (Monday 1 ... Sunday 7) of a Weekday name. */
const isoOf = (weekday: Weekday): number => WEEKDAYS.indexOf(weekday) || 7;

/**
 * The day of "the first/second/.../last <weekday>" in a month (month 1–12). Given several weekdays,
 * as Graph's daysOfWeek allows, it counts any of them: "the last of Saturday and Sunday" is the
 * month's last weekend day.
 * @example relativeMonthlyDate(2026, 1, 'tuesday', 'first') //=> '2026-01-06'
 */
export function relativeMonthlyDate(year: number, month: number, weekdays: Weekday | readonly Weekday[], index: WeekIndex): string {
  const wanted = new Set((typeof weekdays === 'string' ? [weekdays] : weekdays).map(isoOf));
  if (wanted.size === 0) throw new AppError('WORKGROUPS.INVALID_SERIES', { details: { field: 'weekday' } });
  const first = toDayNumber(makeDate(year, month, 1));
  const last = toDayNumber(makeDate(year, month + 1, 0));
  // Every weekday comes at least four times a month, so the walk always ends inside it.
  if (index === 'last') {
    let day = last;
    while (!wanted.has(isoWeekdayOfDayNumber(day))) day--;
    return fromDayNumber(day);
  }
  let seen = 0;
  for (let day = first; ; day++) {
    if (wanted.has(isoWeekdayOfDayNumber(day)) && ++seen === INDEX_NUMBER[index]) return fromDayNumber(day);
  }
}

function parseRule(rule: MonthlyRule): MonthlyRule {
  const parsed = monthlyRuleSchema.safeParse(rule);
  if (!parsed.success) {
    throw new AppError('WORKGROUPS.INVALID_SERIES', { details: { field: parsed.error.issues[0]?.path.join('.') ?? 'regel' } });
  }
  if (parsed.data.endDate !== undefined && parsed.data.endDate < parsed.data.startDate) {
    throw new AppError('WORKGROUPS.INVALID_SERIES', { details: { field: 'endDate' } });
  }
  return parsed.data;
}

/** Dates of the series in order, from its first occurrence on or after startDate. */
function* seriesDates(rule: MonthlyRule): Generator<string> {
  const interval = rule.interval ?? 1;
  let year = Number(rule.startDate.slice(0, 4));
  let month = Number(rule.startDate.slice(5, 7));
  if (relativeMonthlyDate(year, month, rule.weekday, rule.index) < rule.startDate) month += 1;
  for (;;) {
    if (month > 12) {
      year += Math.floor((month - 1) / 12);
      month = ((month - 1) % 12) + 1;
    }
    const date = relativeMonthlyDate(year, month, rule.weekday, rule.index);
    if (rule.endDate !== undefined && date > rule.endDate) return;
    yield date;
    month += interval;
  }
}

/** The day of the series' first meeting (Graph wants the range to start there). */
export function firstSeriesDate(rule: MonthlyRule): string {
  const first = seriesDates(parseRule(rule)).next();
  if (first.done) throw new AppError('WORKGROUPS.INVALID_SERIES', { details: { field: 'endDate' } });
  return first.value;
}

/**
 * The Graph `recurrence` for a monthly series, e.g. "first Tuesday of the month".
 * @example toGraphRecurrence({ index: 'first', weekday: 'tuesday', time: '14:00', durationMinutes: 90, startDate: '2026-01-01' })
 * //=> { pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'first', firstDayOfWeek: 'monday' },
 * //     range: { type: 'noEnd', startDate: '2026-01-06', recurrenceTimeZone: 'W. Europe Standard Time' } }
 */
export function toGraphRecurrence(rule: MonthlyRule): GraphRecurrence {
  const valid = parseRule(rule);
  const startDate = firstSeriesDate(valid);
  const pattern: GraphRecurrence['pattern'] = {
    type: 'relativeMonthly',
    interval: valid.interval ?? 1,
    daysOfWeek: [valid.weekday],
    index: valid.index,
    firstDayOfWeek: 'monday',
  };
  const range: GraphRecurrence['range'] =
    valid.endDate === undefined
      ? { type: 'noEnd', startDate, recurrenceTimeZone: GRAPH_TIME_ZONE }
      : { type: 'endDate', startDate, endDate: valid.endDate, recurrenceTimeZone: GRAPH_TIME_ZONE };
  return { pattern, range };
}

/**
 * Start and end of the series master event as Graph wants them: local wall-clock time plus the
 * Windows time-zone name, so Exchange keeps 14:00 across daylight-saving changes.
 */
export function graphSeriesTimes(rule: MonthlyRule): {
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
} {
  const valid = parseRule(rule);
  const date = firstSeriesDate(valid);
  const startMinutes = Number(valid.time.slice(0, 2)) * 60 + Number(valid.time.slice(3, 5));
  const endTotal = startMinutes + valid.durationMinutes;
  const endDate = makeDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)) + Math.floor(endTotal / 1440));
  const pad = (n: number): string => String(n).padStart(2, '0');
  const endClock = `${pad(Math.floor((endTotal % 1440) / 60))}:${pad(endTotal % 60)}`;
  return {
    start: { dateTime: `${date}T${valid.time}:00`, timeZone: GRAPH_TIME_ZONE },
    end: { dateTime: `${endDate}T${endClock}:00`, timeZone: GRAPH_TIME_ZONE },
  };
}

/**
 * The next `count` meetings of the series that have not ended at `now`, with their instants
 * computed in Amsterdam time (14:00 stays 14:00 in summer and winter).
 * @example nextSeriesOccurrences(rule, '2026-03-01T00:00:00Z', 2).map((o) => o.start)
 * //=> ['2026-03-03T13:00:00.000Z', '2026-04-07T12:00:00.000Z']
 */
export function nextSeriesOccurrences(rule: MonthlyRule, now: string, count: number): SeriesOccurrence[] {
  const valid = parseRule(rule);
  const nowMs = new Date(now).getTime();
  if (Number.isNaN(nowMs)) throw new AppError('WORKGROUPS.INVALID_INPUT', { details: { field: 'now' } });
  const out: SeriesOccurrence[] = [];
  if (count <= 0) return out;
  for (const date of seriesDates(valid)) {
    const start = amsterdamTime(date, valid.time);
    const end = addMinutesToInstant(start, valid.durationMinutes);
    if (new Date(end).getTime() > nowMs) out.push({ date, start, end });
    if (out.length >= count) break;
  }
  return out;
}
