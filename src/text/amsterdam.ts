// The subpath keeps TZDate, which patches its prototype when loaded, out of bundles that need only offsets.
import { tzOffset } from '@date-fns/tz/tzOffset';
import * as z from 'zod/mini';

/*
 * Wall-clock time in a time zone, above all Amsterdam's: the one home of the time-zone maths for the
 * core (workgroups, participation) and, through them, the bot, the tab and the Graph emulator. Pure:
 * every instant is passed in. Here rather than in one of the core folders so both may import it.
 */

/** The organisation's time zone; Graph calls it "W. Europe Standard Time". */
export const AMSTERDAM = 'Europe/Amsterdam';
export const GRAPH_TIME_ZONE = 'W. Europe Standard Time';

const instantSchema = z.iso.datetime({ offset: true });

const pad = (n: number): string => String(n).padStart(2, '0');

/** True for a time zone the runtime knows: an IANA name such as 'Europe/Amsterdam', or 'UTC'. */
export function isTimeZone(zone: string): boolean {
  return zone !== '' && !Number.isNaN(tzOffset(zone, new Date(0)));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The zone's offset from UTC at an instant, in ms. */
const offsetAt = (ms: number, zone: string): number => tzOffset(zone, new Date(ms)) * MINUTE;

/** The wall-clock date and time of an instant (epoch ms) in a time zone. */
export function zonedParts(ms: number, zone: string): { date: string; hour: number; minute: number; second: number } {
  const t = new Date(ms + offsetAt(ms, zone));
  return {
    date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`,
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
  };
}

/**
 * The instant (epoch ms) of a wall-clock time on a day in a time zone. A time that does not exist
 * (02:30 when the clocks go forward) moves forward by the gap; a time that happens twice (02:30 when
 * they go back) is read as standard time, as Windows' TimeZoneInfo (and so Exchange) reads it. TZDate
 * alone does not do this the same way east and west of Greenwich, so the two readings are compared here.
 */
export function zonedTimeToMs(date: string, hour: number, minute: number, second: number, zone: string): number {
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute, second);
  // No zone changes its offset twice within 28 hours: the offsets either side are the two readings.
  const before = offsetAt(wall - 14 * HOUR, zone);
  const after = offsetAt(wall + 14 * HOUR, zone);
  // The later instant first: of two valid readings, that is the one with the smaller (standard) offset.
  const readings = [wall - before, wall - after].sort((a, b) => b - a);
  return readings.find((at) => offsetAt(at, zone) === wall - at) ?? wall - before;
}

function toMs(instant: string): number {
  if (!instantSchema.safeParse(instant).success) throw new RangeError(`Not an instant: ${instant}`);
  return new Date(instant).getTime();
}

/**
 * The calendar day an instant falls on in Amsterdam.
 * @example toAmsterdamDate('2026-12-31T23:30:00Z') //=> '2027-01-01'
 */
export function toAmsterdamDate(instant: string): string {
  return zonedParts(toMs(instant), AMSTERDAM).date;
}

/**
 * The Amsterdam wall-clock time 'HH:mm' of an instant.
 * @example amsterdamClock('2026-03-29T06:00:00Z') //=> '08:00' (summer time)
 */
export function amsterdamClock(instant: string): string {
  const t = zonedParts(toMs(instant), AMSTERDAM);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

/**
 * The instant (ISO, UTC) of an Amsterdam wall-clock time 'HH:mm' on a day (see zonedTimeToMs for the
 * nights the clocks change).
 * @example amsterdamTime('2026-10-25', '08:00') //=> '2026-10-25T07:00:00.000Z'
 */
export function amsterdamTime(date: string, time: string): string {
  return new Date(zonedTimeToMs(date, Number(time.slice(0, 2)), Number(time.slice(3, 5)), 0, AMSTERDAM)).toISOString();
}

/** Adds minutes to an instant. */
export function addMinutesToInstant(instant: string, minutes: number): string {
  return new Date(new Date(instant).getTime() + minutes * 60_000).toISOString();
}
