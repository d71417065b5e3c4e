import { TZDate } from '@date-fns/tz';
import { instantSchema } from './types.ts';

/** The organisation's time zone; Graph calls it "W. Europe Standard Time". */
export const AMSTERDAM = 'Europe/Amsterdam';
export const GRAPH_TIME_ZONE = 'W. Europe Standard Time';

const pad = (n: number): string => String(n).padStart(2, '0');

function toTzDate(instant: string): TZDate {
  if (!instantSchema.safeParse(instant).success) throw new RangeError(`Not an instant: ${instant}`);
  return new TZDate(new Date(instant).getTime(), AMSTERDAM);
}

/**
 * The calendar day an instant falls on in Amsterdam.
 * @example toAmsterdamDate('2026-12-31T23:30:00Z') //=> '2027-01-01'
 */
export function toAmsterdamDate(instant: string): string {
  const t = toTzDate(instant);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/**
 * The Amsterdam wall-clock time 'HH:mm' of an instant.
 * @example amsterdamClock('2026-03-29T06:00:00Z') //=> '08:00' (summer time)
 */
export function amsterdamClock(instant: string): string {
  const t = toTzDate(instant);
  return `${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/**
 * The instant (ISO, UTC) of an Amsterdam wall-clock time on a day. A time that does not exist
 * (02:30 when the clocks go forward) moves forward an hour; a time that happens twice (02:30 when
 * they go back) gives the second one, in winter time.
 * @example amsterdamTime('2026-10-25', '08:00') //=> '2026-10-25T07:00:00.000Z'
 */
export function amsterdamTime(date: string, time: string): string {
  const t = new TZDate(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
    AMSTERDAM,
  );
  return new Date(t.getTime()).toISOString();
}

/** Adds minutes to an instant. */
export function addMinutesToInstant(instant: string, minutes: number): string {
  return new Date(new Date(instant).getTime() + minutes * 60_000).toISOString();
}
