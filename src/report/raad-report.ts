// What the annual participation report for the raad says: the trajects from the register, the advices
// the participatiescan found outside it, and the werkgroep results and verbeterpunten. Pure: the data
// and `today` come in, numbers and lists go out; the .docx writer and the tab page only show them.
// Only types and the bare level ids from the core: the Teams tab loads this module, and the core's
// runtime (the profile, the checklist and their error codes) must stay out of the tab's build.
import type { Level, Traject } from '../participation/index.ts';
import { LEVEL_IDS } from '../participation/types.ts';
import type { Resultaat, Verbeterpunt } from '../workgroups/index.ts';
import { formatDateNl } from '../text/index.ts';
import { raadReportText as T } from '../text/ui-report.ts';

/** One advice the participatiescan read (a folder or a document library), reduced to what the report needs. */
export interface ScannedAdvice {
  /** Where it was found: a path in the folder or a file name in the library. */
  path: string;
  /** The id in the document's answers part, when the add-in wrote it: ties it to its traject. */
  documentId?: string;
  onderwerp?: string;
  afdeling?: string;
  portefeuillehouder?: string;
  source: 'add-in' | 'hand' | 'geen';
  status: 'uitgevoerd' | 'gepland' | 'geen-met-reden' | 'geen-zonder-reden' | 'leeg' | 'ontbreekt';
  level?: Level;
  /** The level is a guess from the words of a hand-written text. */
  levelGuessed?: boolean;
  /** The text says how the participants hear back. */
  terugkoppeling: boolean;
}

export interface WerkgroepResults {
  naam: string;
  resultaten: readonly Resultaat[];
  verbeterpunten: readonly Verbeterpunt[];
}

export interface RaadReportInput {
  year: number;
  /** 'YYYY-MM-DD' in Amsterdam. */
  today: string;
  /** The municipality, for the title page. */
  gemeente?: string;
  trajecten: readonly Traject[];
  /** The register was not at hand (the CLI without --register): the report says so instead of "0 trajecten". */
  withoutRegister?: boolean;
  /** The participatiescan, when one was run; `source` names the folder or library. */
  scan?: { source: string; documents: readonly ScannedAdvice[]; unreadable: number };
  werkgroepen?: readonly WerkgroepResults[];
  /** Typed in the tab; empty leaves a placeholder to fill in Word. */
  evaluatie?: string;
  vooruitblik?: string;
}

export interface CountRow {
  name: string;
  /** Register trajects plus scanned advices outside the register. */
  total: number;
  /** Participation done or planned. */
  participatie: number;
  /** No participation (with or without a reason), or no paragraph at all. */
  geen: number;
  /** Participants heard back (register) or the text says how they will (scan). */
  terugkoppeling: number;
}

export interface LevelRow {
  level: Level | 'onbekend';
  label: string;
  register: number;
  scan: number;
  total: number;
}

export interface RaadReport {
  year: number;
  today: string;
  gemeente?: string;
  /** Register trajects that ran in the year, by start date. */
  register: Traject[];
  withoutRegister?: boolean;
  /** Scanned advices whose document is not in the register. */
  extra: ScannedAdvice[];
  scanSource?: string;
  /** Scanned advices skipped because the register already holds their traject. */
  scanInRegister: number;
  scanUnreadable: number;
  totals: {
    register: number;
    extra: number;
    all: number;
    gepland: number;
    afgerond: number;
    geen: number;
    geenZonderReden: number;
    /** Scanned advices without a Participatie paragraph, or with one that says nothing: whether people took part is not known. */
    onbekend: number;
    /** Sum of the participants the trajects counted; `withCount` says over how many trajects. */
    deelnemers: number;
    withCount: number;
    inbreng: { ja: number; deels: number; nee: number; onbekend: number };
  };
  terugkoppeling: {
    /** Completed trajects in the register: these owe the participants an answer. */
    afgerond: number;
    gedaan: number;
    /** Percentage, rounded; undefined when no traject is completed. */
    rate?: number;
    overdue: Traject[];
  };
  perLevel: LevelRow[];
  perAfdeling: CountRow[];
  perPortefeuillehouder: CountRow[];
  werkgroepen: WerkgroepResults[];
  evaluatie?: string;
  vooruitblik?: string;
}

/**
 * Whether a traject belongs to a year: its period touches the year, or without a period it was last
 * updated in it. A traject running from November to March shows in both years' reports.
 */
export function trajectInYear(t: Traject, year: number): boolean {
  const y = String(year);
  const start = t.periodeStart ?? t.periodeEind;
  const end = t.periodeEind ?? t.periodeStart;
  if (start && end) return start.slice(0, 4) <= y && end.slice(0, 4) >= y;
  return (t.bijgewerkt ?? t.terugkoppelingDatum ?? '').slice(0, 4) === y;
}

/** The terugkoppeling date has passed and nobody marked it done. */
export function terugkoppelingOverdue(t: Traject, today: string): boolean {
  return t.status !== 'geen' && t.terugkoppelingGedaan !== true && t.terugkoppelingDatum !== undefined && t.terugkoppelingDatum < today;
}

/** A register date written out ('12 maart 2025'); one that is not a date stays as it was entered. */
export function dateNl(d: string | undefined): string {
  if (!d) return '';
  try {
    return formatDateNl(d.slice(0, 10));
  } catch {
    return d;
  }
}

export function levelLabel(level: Level | undefined): string {
  return level ? T.levelLabel[level] : T.unknownLevel;
}

/** The level a traject ran at: the chosen one, else the advised one. */
export function trajectLevel(t: Traject): Level | undefined {
  return t.gekozenNiveau ?? t.geadviseerdNiveau;
}

function scanHasParticipation(a: ScannedAdvice): boolean {
  return a.status === 'uitgevoerd' || a.status === 'gepland';
}

/** The paragraph itself says there was no participation; a missing or empty one does not say so. */
function scanSaysNone(a: ScannedAdvice): boolean {
  return a.status === 'geen-met-reden' || a.status === 'geen-zonder-reden';
}

interface Counted {
  afdeling?: string;
  portefeuillehouder?: string;
  participatie: boolean;
  terugkoppeling: boolean;
}

function countBy(items: readonly Counted[], key: (c: Counted) => string | undefined): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const c of items) {
    const name = key(c)?.trim() || T.unknown;
    const row = rows.get(name) ?? { name, total: 0, participatie: 0, geen: 0, terugkoppeling: 0 };
    row.total++;
    if (c.participatie) row.participatie++;
    else row.geen++;
    if (c.terugkoppeling) row.terugkoppeling++;
    rows.set(name, row);
  }
  // Most trajects first, as the raad reads it; unknown always last.
  return [...rows.values()].sort((a, b) =>
    a.name === T.unknown ? 1 : b.name === T.unknown ? -1 : b.total - a.total || a.name.localeCompare(b.name, 'nl'),
  );
}

export function buildRaadReport(input: RaadReportInput): RaadReport {
  const { year, today } = input;
  const register = input.trajecten
    .filter((t) => trajectInYear(t, year))
    .sort((a, b) => (a.periodeStart ?? a.bijgewerkt ?? '').localeCompare(b.periodeStart ?? b.bijgewerkt ?? '') || a.onderwerp.localeCompare(b.onderwerp, 'nl'));
  // Dedupe against the whole register, not just this year's part: a document already registered is
  // never a second traject, whatever year its period says.
  const known = new Set(input.trajecten.map((t) => t.documentId));
  const scanned = input.scan?.documents ?? [];
  const seen = new Set<string>();
  const extra: ScannedAdvice[] = [];
  let scanInRegister = 0;
  for (const a of scanned) {
    if (a.documentId && known.has(a.documentId)) {
      scanInRegister++;
      continue;
    }
    // Two copies of one document in a folder are one advice.
    if (a.documentId) {
      if (seen.has(a.documentId)) continue;
      seen.add(a.documentId);
    }
    extra.push(a);
  }
  extra.sort((a, b) => a.path.localeCompare(b.path, 'nl'));

  const completed = register.filter((t) => t.status === 'afgerond');
  const gedaan = completed.filter((t) => t.terugkoppelingGedaan === true).length;
  const withCount = register.filter((t) => t.aantalDeelnemers !== undefined);
  const inbreng = { ja: 0, deels: 0, nee: 0, onbekend: 0 };
  for (const t of completed) inbreng[t.inbrengOvergenomen ?? 'onbekend']++;

  const counted: Counted[] = [
    ...register.map((t) => ({
      ...(t.afdeling ? { afdeling: t.afdeling } : {}),
      ...(t.portefeuillehouder ? { portefeuillehouder: t.portefeuillehouder } : {}),
      participatie: t.status !== 'geen',
      terugkoppeling: t.terugkoppelingGedaan === true,
    })),
    ...extra.map((a) => ({
      ...(a.afdeling ? { afdeling: a.afdeling } : {}),
      ...(a.portefeuillehouder ? { portefeuillehouder: a.portefeuillehouder } : {}),
      participatie: scanHasParticipation(a),
      terugkoppeling: a.terugkoppeling,
    })),
  ];

  const perLevel: LevelRow[] = LEVEL_IDS.map((level) => {
    const r = register.filter((t) => t.status !== 'geen' && trajectLevel(t) === level).length;
    const s = extra.filter((a) => scanHasParticipation(a) && a.level === level).length;
    return { level, label: levelLabel(level), register: r, scan: s, total: r + s };
  });
  const unknownRegister = register.filter((t) => t.status !== 'geen' && !trajectLevel(t)).length;
  const unknownScan = extra.filter((a) => scanHasParticipation(a) && !a.level).length;
  if (unknownRegister + unknownScan > 0) {
    perLevel.push({ level: 'onbekend', label: T.unknownLevel, register: unknownRegister, scan: unknownScan, total: unknownRegister + unknownScan });
  }

  return {
    year,
    today,
    ...(input.gemeente ? { gemeente: input.gemeente } : {}),
    register,
    ...(input.withoutRegister ? { withoutRegister: true } : {}),
    extra,
    ...(input.scan ? { scanSource: input.scan.source } : {}),
    scanInRegister,
    scanUnreadable: input.scan?.unreadable ?? 0,
    totals: {
      register: register.length,
      extra: extra.length,
      all: register.length + extra.length,
      gepland: register.filter((t) => t.status === 'gepland').length + extra.filter((a) => a.status === 'gepland').length,
      afgerond: completed.length + extra.filter((a) => a.status === 'uitgevoerd').length,
      geen: register.filter((t) => t.status === 'geen').length + extra.filter(scanSaysNone).length,
      geenZonderReden: register.filter((t) => t.status === 'geen' && !t.redenGeen?.trim()).length + extra.filter((a) => a.status === 'geen-zonder-reden').length,
      onbekend: extra.filter((a) => !scanHasParticipation(a) && !scanSaysNone(a)).length,
      deelnemers: withCount.reduce((sum, t) => sum + (t.aantalDeelnemers ?? 0), 0),
      withCount: withCount.length,
      inbreng,
    },
    terugkoppeling: {
      afgerond: completed.length,
      gedaan,
      ...(completed.length > 0 ? { rate: Math.round((gedaan / completed.length) * 100) } : {}),
      overdue: register.filter((t) => terugkoppelingOverdue(t, today)),
    },
    perLevel,
    perAfdeling: countBy(counted, (c) => c.afdeling),
    perPortefeuillehouder: countBy(counted, (c) => c.portefeuillehouder),
    werkgroepen: (input.werkgroepen ?? []).filter((w) => w.resultaten.length > 0 || w.verbeterpunten.length > 0).map((w) => ({ ...w })),
    ...(input.evaluatie?.trim() ? { evaluatie: input.evaluatie.trim() } : {}),
    ...(input.vooruitblik?.trim() ? { vooruitblik: input.vooruitblik.trim() } : {}),
  };
}
