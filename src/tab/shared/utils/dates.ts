const AMS = 'Europe/Amsterdam';
const dayFmt = new Intl.DateTimeFormat('en-CA', { timeZone: AMS, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFmt = new Intl.DateTimeFormat('nl-NL', { timeZone: AMS, hour: '2-digit', minute: '2-digit', hour12: false });
const weekdayFmt = new Intl.DateTimeFormat('nl-NL', { timeZone: AMS, weekday: 'long' });
// Same text as src/text formatDateNl ('12 maart 2025'), but with the browser's Intl so the first page does
// not carry date-fns and its Dutch locale; tests compare the two.
const longDateFmt = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** '12 maart 2025' for a 'YYYY-MM-DD' day. */
export function formatDayNl(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Geen geldige datum: ${day}`);
  return longDateFmt.format(d);
}

/** The calendar day in Amsterdam of an instant, 'YYYY-MM-DD'. */
export function amsterdamDay(instant: string | Date): string {
  return dayFmt.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** '14:00' in Amsterdam. */
export function amsterdamClock(instant: string): string {
  return timeFmt.format(new Date(instant));
}

/** 'dinsdag 6 januari 2026 om 14:00 uur' */
export function formatMeetingNl(start: string): string {
  return `${weekdayFmt.format(new Date(start))} ${formatDayNl(amsterdamDay(start))} om ${amsterdamClock(start)} uur`;
}

/** formatDateNl that never throws on a bad date from Graph. */
export function safeDateNl(date: string | undefined): string {
  if (!date) return '';
  try {
    return formatDayNl(date.slice(0, 10));
  } catch {
    return date;
  }
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
