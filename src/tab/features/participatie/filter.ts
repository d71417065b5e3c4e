// Which trajects the Participatie page shows, and in which order. Pure: the page passes today.
import type { Level, Traject, TrajectStatus } from '../../../participation/index.ts';
import { terugkoppelingOverdue, trajectInYear, trajectLevel } from '../../../report/raad-report.ts';

export interface TrajectFilter {
  /** '' is every afdeling; UNKNOWN_AFDELING the trajects without one. */
  afdeling: string;
  niveau: Level | '';
  status: TrajectStatus | '';
  /** 0 is every year. */
  year: number;
}

export const UNKNOWN_AFDELING = '\u0000onbekend';

export const NO_FILTER: TrajectFilter = { afdeling: '', niveau: '', status: '', year: 0 };

export interface TrajectRow<T extends Traject = Traject> {
  traject: T;
  overdue: boolean;
}

/** The afdelingen and years the register holds, for the filter menus; this year is always offered. */
export function filterChoices(trajecten: readonly Traject[], thisYear: number): { afdelingen: string[]; unknownAfdeling: boolean; years: number[] } {
  const afdelingen = new Set<string>();
  let unknownAfdeling = false;
  const years = new Set<number>([thisYear]);
  for (const t of trajecten) {
    const a = t.afdeling?.trim();
    if (a) afdelingen.add(a);
    else unknownAfdeling = true;
    const from = Number((t.periodeStart ?? t.periodeEind ?? t.bijgewerkt ?? '').slice(0, 4));
    const to = Number((t.periodeEind ?? t.periodeStart ?? t.bijgewerkt ?? '').slice(0, 4));
    // A guard against a typo like 2206: a register spans a few years, not centuries.
    if (from > 1999 && to >= from && to - from < 10) for (let y = from; y <= to; y++) years.add(y);
  }
  return {
    afdelingen: [...afdelingen].sort((a, b) => a.localeCompare(b, 'nl')),
    unknownAfdeling,
    years: [...years].sort((a, b) => b - a),
  };
}

/**
 * The trajects that pass the filter: overdue terugkoppeling first (that is what needs doing), then the
 * latest period first.
 */
export function filterTrajecten<T extends Traject>(trajecten: readonly T[], filter: TrajectFilter, today: string): TrajectRow<T>[] {
  return trajecten
    .filter((t) => {
      const afdeling = t.afdeling?.trim();
      if (filter.afdeling === UNKNOWN_AFDELING ? Boolean(afdeling) : filter.afdeling !== '' && afdeling !== filter.afdeling) return false;
      if (filter.niveau !== '' && (t.status === 'geen' || trajectLevel(t) !== filter.niveau)) return false;
      if (filter.status !== '' && t.status !== filter.status) return false;
      if (filter.year !== 0 && !trajectInYear(t, filter.year)) return false;
      return true;
    })
    .map((traject) => ({ traject, overdue: terugkoppelingOverdue(traject, today) }))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (b.traject.periodeStart ?? b.traject.bijgewerkt ?? '').localeCompare(a.traject.periodeStart ?? a.traject.bijgewerkt ?? '') ||
        a.traject.onderwerp.localeCompare(b.traject.onderwerp, 'nl'),
    );
}

/** Only links a browser can open safely go into an href: http(s), never javascript: or data:. */
export function safeDocumentUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
