// The participatieregister as a file: the tab downloads it, `npm run scan -- --register` reads it back
// for the raad report. Plain JSON, one object per traject, the field names of the Traject type.
import type { Traject, TrajectStatus } from '../participation/index.ts';
import { registerFileText as T } from '../text/ui-report.ts';

// Spelled out rather than imported: the tab loads this module and must not load the core's runtime.
const STATUSES: ReadonlySet<string> = new Set(['gepland', 'afgerond', 'geen'] satisfies TrajectStatus[]);
const DATE_FIELDS = ['periodeStart', 'periodeEind', 'terugkoppelingDatum', 'vervolgDatum'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerToJson(trajecten: readonly Traject[]): string {
  return `${JSON.stringify({ trajecten }, null, 2)}\n`;
}

export type RegisterParse = { ok: true; trajecten: Traject[] } | { ok: false; nr: number; problem: string };

/**
 * Checks what the report relies on (id, onderwerp, status, opsteller, dates, numbers) and keeps the
 * rest as written. Accepts `{ trajecten: [...] }` as downloaded, or a bare array.
 */
export function parseRegisterJson(raw: unknown): RegisterParse {
  const list = Array.isArray(raw) ? raw : raw !== null && typeof raw === 'object' ? (raw as { trajecten?: unknown }).trajecten : undefined;
  if (!Array.isArray(list)) return { ok: false, nr: 0, problem: T.notAList };
  const out: Traject[] = [];
  for (const [i, item] of list.entries()) {
    const nr = i + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return { ok: false, nr, problem: T.notAnObject };
    const t = item as Record<string, unknown>;
    if (typeof t.documentId !== 'string' || t.documentId === '') return { ok: false, nr, problem: T.field('documentId') };
    if (typeof t.onderwerp !== 'string') return { ok: false, nr, problem: T.field('onderwerp') };
    if (typeof t.status !== 'string' || !STATUSES.has(t.status)) return { ok: false, nr, problem: T.field('status') };
    const opsteller = t.opsteller as { naam?: unknown } | undefined;
    if (opsteller === undefined || opsteller === null || typeof opsteller !== 'object' || typeof opsteller.naam !== 'string') {
      return { ok: false, nr, problem: T.field('opsteller.naam') };
    }
    for (const f of DATE_FIELDS) {
      if (t[f] !== undefined && (typeof t[f] !== 'string' || !ISO_DATE.test(t[f] as string))) return { ok: false, nr, problem: T.date(f) };
    }
    if (t.aantalDeelnemers !== undefined && (typeof t.aantalDeelnemers !== 'number' || !Number.isInteger(t.aantalDeelnemers) || t.aantalDeelnemers < 0)) {
      return { ok: false, nr, problem: T.field('aantalDeelnemers') };
    }
    out.push(t as unknown as Traject);
  }
  return { ok: true, trajecten: out };
}
