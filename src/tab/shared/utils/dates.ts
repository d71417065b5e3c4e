import { AMSTERDAM, amsterdamClock, toAmsterdamDate } from '../../../text/amsterdam.ts';
import { addDays } from '../../../workgroups/dates.ts';

// The Amsterdam day and clock, and date arithmetic, are the core's; the tab only adds Dutch text.
export { addDays, amsterdamClock };

const weekdayFmt = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, weekday: 'long' });
// Same text as src/text formatDateNl ('12 maart 2025'), but with the browser's Intl so the first page does
// not carry date-fns and its Dutch locale; tests compare the two.
const longDateFmt = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** '12 maart 2025' for a 'YYYY-MM-DD' day. */
export function formatDayNl(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Geen geldige datum: ${day}`);
  return longDateFmt.format(d);
}

/** The calendar day in Amsterdam of an instant, 'YYYY-MM-DD'; the tab's clock gives a Date. */
export function amsterdamDay(instant: string | Date): string {
  return toAmsterdamDate(typeof instant === 'string' ? instant : instant.toISOString());
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
