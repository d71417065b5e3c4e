import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { nl } from 'date-fns/locale/nl';

/**
 * A calendar date written out the Dutch B1 way.
 * @example formatDateNl('2025-03-12') //=> '12 maart 2025'
 */
export function formatDateNl(date: string | Date): string {
  const d = typeof date === 'string' ? parseISO(date) : date;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Geen geldige datum: ${String(date)}`);
  return format(d, 'd MMMM yyyy', { locale: nl });
}

/**
 * A date range written out, dropping the repeated year or month.
 * @example formatDateRangeNl('2025-02-05', '2025-03-20') //=> '5 februari tot 20 maart 2025'
 */
export function formatDateRangeNl(from: string, to: string): string {
  const a = parseISO(from);
  const b = parseISO(to);
  if (a.getFullYear() !== b.getFullYear()) return `${formatDateNl(a)} tot ${formatDateNl(b)}`;
  if (a.getMonth() === b.getMonth()) return `${format(a, 'd', { locale: nl })} tot ${formatDateNl(b)}`;
  return `${format(a, 'd MMMM', { locale: nl })} tot ${formatDateNl(b)}`;
}

/** Month and year, for plans that are not tied to a day. @example formatMonthNl('2025-09') //=> 'september 2025' */
export function formatMonthNl(yearMonth: string): string {
  return format(parseISO(`${yearMonth.slice(0, 7)}-01`), 'MMMM yyyy', { locale: nl });
}

/**
 * Joins items the natural Dutch way.
 * @example joinListNl(['inwoners', 'ondernemers', 'de wijkraad']) //=> 'inwoners, ondernemers en de wijkraad'
 */
export function joinListNl(items: readonly string[], conjunction: 'en' | 'of' = 'en'): string {
  const parts = items.map((s) => s.trim()).filter((s) => s.length > 0);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts[parts.length - 1]}`;
}

/** Amount in euros as written in Dutch documents. @example formatEuro(250000) //=> '€ 250.000' */
export function formatEuro(amount: number): string {
  const fixed = Number.isInteger(amount) ? amount.toString() : amount.toFixed(2);
  const [whole = '0', cents] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return cents ? `€ ${grouped},${cents}` : `€ ${grouped}`;
}

/** First letter upper case, for a sentence that starts with a list or a name. */
export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
