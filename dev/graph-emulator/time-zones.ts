// Outlook speaks Windows time-zone names; the maths runs on IANA zones. Offsets are looked up once
// per zone and hour through Intl and cached: calendarView for a thousand groups stays cheap.
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

const formatters = new Map<string, Intl.DateTimeFormat | null>();
function formatterFor(iana: string): Intl.DateTimeFormat | null {
  let f = formatters.get(iana);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: iana, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      f = null;
    }
    formatters.set(iana, f);
  }
  return f;
}

export function toIana(zone: string): string | undefined {
  const mapped = WINDOWS_TO_IANA[zone];
  if (mapped) return mapped;
  return formatterFor(zone) ? zone : undefined;
}

export function ianaOrThrow(zone: string): string {
  const iana = toIana(zone);
  if (!iana) throw badRequest(`A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`, 'TimeZoneNotSupportedException');
  return iana;
}

const HOUR = 3_600_000;
const offsetCache = new Map<string, number>();

/** Offset of `iana` from UTC at instant `ms`, in ms (every real zone offset is constant within a clock hour). */
function offsetAt(ms: number, iana: string): number {
  if (iana === 'UTC') return 0;
  const bucket = Math.floor(ms / HOUR);
  const key = `${iana}|${bucket}`;
  let off = offsetCache.get(key);
  if (off === undefined) {
    const at = bucket * HOUR;
    const parts: Record<string, number> = {};
    for (const p of formatterFor(iana)!.formatToParts(new Date(at))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    off = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - at;
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(key, off);
  }
  return off;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** `{ dateTime: '2026-01-06T14:00:00', timeZone }` → epoch ms. */
export function parseLocalDateTime(value: DateTimeTimeZone): number {
  const m = LOCAL_RE.exec(value.dateTime.replace(/Z$/, ''));
  if (!m) throw badRequest(`Cannot convert the literal '${value.dateTime}' to the expected type 'Edm.DateTimeOffset'.`);
  const zone = ianaOrThrow(value.timeZone || 'UTC');
  return instantOf(`${m[1]}-${m[2]}-${m[3]}`, Number(m[4]), Number(m[5]), Number(m[6] ?? 0), zone);
}

/**
 * Wall time in a zone → instant. An ambiguous time (autumn) is read as standard time, as .NET's
 * TimeZoneInfo does; a time that DST skips (spring) moves forward by the gap.
 */
export function instantOf(localDate: string, h: number, min: number, s: number, iana: string): number {
  const wall = Date.UTC(Number(localDate.slice(0, 4)), Number(localDate.slice(5, 7)) - 1, Number(localDate.slice(8, 10)), h, min, s);
  const before = offsetAt(wall - 14 * HOUR, iana);
  const after = offsetAt(wall + 14 * HOUR, iana);
  const candidates = [wall - before, wall - after].sort((a, b) => b - a);
  const valid = candidates.find((c) => offsetAt(c, iana) === wall - c);
  return valid ?? wall - before;
}

const pad = (n: number, w = 2): string => n.toString().padStart(w, '0');

export function localParts(ms: number, iana: string): { date: string; h: number; m: number; s: number } {
  const d = new Date(ms + offsetAt(ms, iana));
  return { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, h: d.getUTCHours(), m: d.getUTCMinutes(), s: d.getUTCSeconds() };
}

/** Outlook's shape: seven fractional digits, no offset, the zone named beside it. */
export function formatInZone(ms: number, zone: string): DateTimeTimeZone {
  const iana = toIana(zone);
  const p = localParts(ms, iana ?? 'UTC');
  return { dateTime: `${p.date}T${pad(p.h)}:${pad(p.m)}:${pad(p.s)}.0000000`, timeZone: iana ? zone : 'UTC' };
}
