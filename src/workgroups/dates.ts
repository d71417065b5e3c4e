/*
 * Calendar dates as 'YYYY-MM-DD' strings. Arithmetic goes through a day number (days since
 * 1970-01-01) so no local time zone or daylight-saving change can shift a date.
 */

// Integer civil-calendar conversions (H. Hinnant's days_from_civil / civil_from_days): the reminder
// policy converts dates hundreds of thousands of times per cycle, and Date objects were the bottleneck.

/** Days since 1970-01-01 for a year, month (1–12; out of range rolls over) and day (may be 0 or > 31). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m0 = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = m0 <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m0 + (m0 > 2 ? -3 : 9)) + 2) / 5) + 1 - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468 + (day - 1);
}

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date. */
export function toDayNumber(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The 'YYYY-MM-DD' date of a day number. */
export function fromDayNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** A date from its parts (month 1–12), zero-padded; out-of-range months and days roll over like Date.UTC. */
export function makeDate(year: number, month: number, day: number): string {
  return fromDayNumber(daysFromCivil(year, month, day));
}

/**
 * Adds calendar days.
 * @example addDays('2026-12-31', 1) //=> '2027-01-01'
 */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * ISO weekday: 1 = Monday ... 7 = Sunday.
 * @example isoWeekday('2026-04-27') //=> 1
 */
export function isoWeekday(date: string): number {
  return isoWeekdayOfDayNumber(toDayNumber(date));
}

/** ISO weekday of a day number (1 = Monday ... 7 = Sunday). */
export function isoWeekdayOfDayNumber(day: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** True on Saturday and Sunday. */
export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** The year of a date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Minutes since midnight for 'HH:mm'. */
export function minutesOfClock(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
