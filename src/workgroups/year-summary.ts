import { toAmsterdamDate } from '../text/amsterdam.ts';
import { RESULTAAT_STATUSES, VERBETERACTIE_STATUSES } from './types.ts';
import type {
  Actie,
  ResultaatStatus,
  Resultaat,
  VerbeterActieStatus,
  Verbeterpunt,
  Vergadering,
  Werkgroep,
  WerkgroepRef,
} from './types.ts';

export interface YearSummaryInput {
  year: number;
  /** The werkgroepen the report covers; items of other werkgroepen are left out. */
  werkgroepen: readonly Werkgroep[];
  meetings: readonly Vergadering[];
  actions: readonly Actie[];
  results: readonly Resultaat[];
  verbeterpunten: readonly Verbeterpunt[];
  /** 'YYYY-MM-DD' (Amsterdam): meetings up to today count as held, open actions before it as late. */
  today: string;
}

export interface YearCounts {
  meetings: { held: number; planned: number };
  actions: {
    total: number;
    done: number;
    /** Done on or before the due date (or without one). */
    doneOnTime: number;
    /** Done after the due date. */
    doneLate: number;
    open: number;
    /** Open and past the due date; also counted in open. */
    overdue: number;
  };
  resultaten: Record<ResultaatStatus, number> & { total: number };
  verbeterpunten: number;
  verbeterActies: Record<VerbeterActieStatus, number> & { total: number };
}

export interface YearSummary extends YearCounts {
  year: number;
  werkgroepen: number;
  perWerkgroep: (YearCounts & { werkgroep: WerkgroepRef })[];
}

/** The year an action belongs to: its due date, else the day it was completed. */
function actionYear(a: Actie, today: string): number | undefined {
  if (a.dueDate !== undefined) return Number(a.dueDate.slice(0, 4));
  if (a.completedAt !== undefined) return Number(toAmsterdamDate(a.completedAt).slice(0, 4));
  // An open action without a date belongs to the year we are in.
  return a.status === 'open' ? Number(today.slice(0, 4)) : undefined;
}

/** A result counts in a year when its doorlooptijd overlaps the year (or is unknown). */
function resultInYear(r: Resultaat, year: number): boolean {
  const { start, eind } = r.doorlooptijd;
  if (start !== undefined && Number(start.slice(0, 4)) > year) return false;
  if (eind !== undefined && Number(eind.slice(0, 4)) < year) return false;
  return true;
}

function zeroCounts<S extends string>(statuses: readonly S[]): Record<S, number> & { total: number } {
  const counts: Record<string, number> = { total: 0 };
  for (const s of statuses) counts[s] = 0;
  return counts as Record<S, number> & { total: number };
}

function countYear(input: YearSummaryInput, ids: ReadonlySet<string>): YearCounts {
  const { year, today } = input;
  const counts: YearCounts = {
    meetings: { held: 0, planned: 0 },
    actions: { total: 0, done: 0, doneOnTime: 0, doneLate: 0, open: 0, overdue: 0 },
    resultaten: zeroCounts(RESULTAAT_STATUSES),
    verbeterpunten: 0,
    verbeterActies: zeroCounts(VERBETERACTIE_STATUSES),
  };
  for (const m of input.meetings) {
    if (!ids.has(m.werkgroepId)) continue;
    const date = toAmsterdamDate(m.start);
    if (Number(date.slice(0, 4)) !== year) continue;
    if (date <= today) counts.meetings.held += 1;
    else counts.meetings.planned += 1;
  }
  for (const a of input.actions) {
    if (!ids.has(a.werkgroepId) || actionYear(a, today) !== year) continue;
    counts.actions.total += 1;
    if (a.status === 'klaar') {
      counts.actions.done += 1;
      const late = a.dueDate !== undefined && a.completedAt !== undefined && toAmsterdamDate(a.completedAt) > a.dueDate;
      if (late) counts.actions.doneLate += 1;
      else counts.actions.doneOnTime += 1;
    } else {
      counts.actions.open += 1;
      if (a.dueDate !== undefined && a.dueDate < today) counts.actions.overdue += 1;
    }
  }
  for (const r of input.results) {
    if (!ids.has(r.werkgroepId) || !resultInYear(r, year)) continue;
    counts.resultaten[r.status] += 1;
    counts.resultaten.total += 1;
  }
  for (const v of input.verbeterpunten) {
    if (!ids.has(v.werkgroepId)) continue;
    counts.verbeterpunten += 1;
    for (const a of v.acties) {
      counts.verbeterActies[a.status] += 1;
      counts.verbeterActies.total += 1;
    }
  }
  return counts;
}

/**
 * The numbers for the Jaarverslag: meetings held, actions done/late/open, results and
 * verbeterpunt-acties per status, in total and per werkgroep.
 * @example summarizeYear({ year: 2026, werkgroepen, meetings, actions, results, verbeterpunten, today: '2026-12-31' }).actions.doneLate
 */
export function summarizeYear(input: YearSummaryInput): YearSummary {
  const all = new Set(input.werkgroepen.map((w) => w.id));
  return {
    year: input.year,
    werkgroepen: all.size,
    ...countYear(input, all),
    perWerkgroep: input.werkgroepen.map((w) => ({ werkgroep: { id: w.id, naam: w.naam }, ...countYear(input, new Set([w.id])) })),
  };
}
