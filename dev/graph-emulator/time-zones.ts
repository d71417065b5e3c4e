// Outlook speaks Windows time-zone names; the maths runs on IANA zones, through the core's time-zone
// module (src/text/amsterdam.ts, @date-fns/tz), so the emulator and production read a wall-clock time alike.
import { isTimeZone, zonedParts, zonedTimeToMs } from '../../src/text/amsterdam.ts';
import { badRequest } from './http-util.ts';
import type { DateTimeTimeZone } from './types.ts';

const WINDOWS_TO_IANA: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Amsterdam',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Eastern Standard Time': 'America/New_York',
  'Pacific Standard Time': 'America/Los_Angeles',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
};

export function toIana(zone: string): string | undefined {
  const mapped = WINDOWS_TO_IANA[zone];
  if (mapped) return mapped;
  return isTimeZone(zone) ? zone : undefined;
}

export function ianaOrThrow(zone: string): string {
  const iana = toIana(zone);
  if (!iana) throw badRequest(`A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`, 'TimeZoneNotSupportedException');
  return iana;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** `{ dateTime: '2026-01-06T14:00:00', timeZone }` → epoch ms. */
export function parseLocalDateTime(value: DateTimeTimeZone): number {
  const m = LOCAL_RE.exec(value.dateTime.replace(/Z$/, ''));
  if (!m) throw badRequest(`Cannot convert the literal '${value.dateTime}' to the expected type 'Edm.DateTimeOffset'.`);
  const zone = ianaOrThrow(value.timeZone || 'UTC');
  return instantOf(`${m[1]}-${m[2]}-${m[3]}`, Number(m[4]), Number(m[5]), Number(m[6] ?? 0), zone);
}

/** Wall time in a zone → instant (epoch ms); the nights the clocks change are read as the core reads them. */
export function instantOf(localDate: string, h: number, min: number, s: number, iana: string): number {
  return zonedTimeToMs(localDate, h, min, s, iana);
}

const pad = (n: number, w = 2): string => n.toString().padStart(w, '0');

export function localParts(ms: number, iana: string): { date: string; h: number; m: number; s: number } {
  const p = zonedParts(ms, iana);
  return { date: p.date, h: p.hour, m: p.minute, s: p.second };
}

/** Outlook's shape: seven fractional digits, no offset, the zone named beside it. */
export function formatInZone(ms: number, zone: string): DateTimeTimeZone {
  const iana = toIana(zone);
  const p = localParts(ms, iana ?? 'UTC');
  return { dateTime: `${p.date}T${pad(p.h)}:${pad(p.m)}:${pad(p.s)}.0000000`, timeZone: iana ? zone : 'UTC' };
}
