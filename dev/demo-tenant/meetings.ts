// The Vergaderingen list rows of a seeded monthly series, exactly as the tab writes them when it creates
// the series and keeps the list in step (src/graph/meeting-list.ts): the bot reads meetings only there.
import { meetingListFields } from '../../src/graph/index.ts';
import { occurrenceId } from '../graph-emulator/index.ts';
import type { SeedListItem } from '../graph-emulator/index.ts';
import { addMonths, amsterdamInstant, nthWeekdayOfMonth } from './dates.ts';

export interface SeededMonthlySeries {
  /** The series master's event id. */
  eventId: string;
  groupId: string;
  subject: string;
  joinUrl?: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** 1 = first … 4 = fourth. */
  n: number;
  /** Amsterdam wall time 'HH:mm'. */
  time: string;
  minutes: number;
  /** The series' first day, 'YYYY-MM-DD'. */
  startDate: string;
}

type Slot = { date: string; start: string; end: string };
// A thousand werkgroepen share five patterns: the time-zone maths is done once per pattern.
const slotCache = new Map<string, Slot[]>();

function slotsOf(series: SeededMonthlySeries, range: { from: string; to: string }): Slot[] {
  const key = [series.weekday, series.n, series.time, series.minutes, series.startDate, range.from, range.to].join('|');
  const hit = slotCache.get(key);
  if (hit) return hit;
  const slots: Slot[] = [];
  const first = { year: Number(series.startDate.slice(0, 4)), month: Number(series.startDate.slice(5, 7)) };
  for (let i = 0; ; i++) {
    const m = addMonths(first.year, first.month, i);
    const date = nthWeekdayOfMonth(m.year, m.month, series.weekday, series.n);
    if (date >= range.to) break;
    if (date < series.startDate || date < range.from) continue;
    const start = new Date(amsterdamInstant(date, series.time));
    slots.push({ date, start: start.toISOString(), end: new Date(start.getTime() + series.minutes * 60_000).toISOString() });
  }
  slotCache.set(key, slots);
  return slots;
}

/** One row per occurrence on a day in [from, to) ('YYYY-MM-DD'), earliest first. */
export function meetingListItems(series: SeededMonthlySeries, range: { from: string; to: string }, createdById?: string): SeedListItem[] {
  return slotsOf(series, range).map(({ date, start, end }) => ({
    fields: meetingListFields(
      {
        id: occurrenceId(series.eventId, date),
        werkgroepId: series.groupId,
        seriesMasterId: series.eventId,
        subject: series.subject,
        start,
        end,
        ...(series.joinUrl ? { joinUrl: series.joinUrl } : {}),
      },
      false,
    ),
    ...(createdById ? { createdById } : {}),
  }));
}
