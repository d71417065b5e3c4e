// The participatietraject: what the register on the participation site keeps about one document's
// participation, made from the checklist answers, and which follow-ups the bot owes its opsteller.
// Pure: the clock comes in as `now`, nothing is read or written here.
import {
  addWorkingDays,
  amsterdamClock,
  isInWindow,
  isWorkingDay,
  resolvePolicy,
  toAmsterdamDate,
  workingDayOnOrAfter,
} from '../workgroups/index.ts';
import type { ReminderPolicy } from '../workgroups/index.ts';
import type { Answers } from './answers.ts';
import { adviseLevel } from './advice.ts';
import { feedbackTense, tenseOf } from './generate.ts';
import { questionById, visibleAnswer } from './checklist.ts';
import type { ProfileStamp } from './document.ts';
import type { QuestionId } from './answers.ts';
import type { Level } from './types.ts';

export type TrajectStatus = 'gepland' | 'afgerond' | 'geen';
/** Ja / deels / nee: whether input was taken over, or whether participants heard back. */
export type JaDeelsNee = 'ja' | 'deels' | 'nee';
export const TRAJECT_STATUSES: readonly TrajectStatus[] = ['gepland', 'afgerond', 'geen'];
export const JA_DEELS_NEE: readonly JaDeelsNee[] = ['ja', 'deels', 'nee'];

export interface TrajectPerson {
  /** Entra object id; the bot reaches the opsteller by it. */
  id?: string;
  naam: string;
  email?: string;
}

export interface Traject {
  /** The document's id from its answers part (a UUID): one traject per document. */
  documentId: string;
  onderwerp: string;
  zaaknummer?: string;
  afdeling?: string;
  portefeuillehouder?: string;
  opsteller: TrajectPerson;
  soortStuk?: string;
  gekozenNiveau?: Level;
  geadviseerdNiveau?: Level;
  status: TrajectStatus;
  redenGeen?: string;
  /** yyyy-mm-dd */
  periodeStart?: string;
  /** yyyy-mm-dd */
  periodeEind?: string;
  aantalDeelnemers?: number;
  watGedaanMetInbreng?: string;
  inbrengOvergenomen?: JaDeelsNee;
  /** yyyy-mm-dd */
  terugkoppelingDatum?: string;
  terugkoppelingKanaal?: string;
  terugkoppelingGedaan?: boolean;
  /** yyyy-mm-dd */
  vervolgDatum?: string;
  documentUrl?: string;
  evaluatieGehoord?: JaDeelsNee;
  evaluatieAndersDoen?: string;
  profielNaam?: string;
  profielVersie?: string;
  /** ISO instant of the last write by the add-in. */
  bijgewerkt?: string;
}

/** A traject as read from the list: its item id and ETag travel with it so every write can send If-Match. */
export type TrajectRecord = Traject & { itemId: string; etag: string };

export interface TrajectMeta {
  documentId: string;
  documentUrl?: string;
  opsteller: TrajectPerson;
  profiel?: ProfileStamp;
  /** Not asked by the checklist; the pane may know them from the document or the user. */
  zaaknummer?: string;
  afdeling?: string;
  portefeuillehouder?: string;
  now: Date;
}

/** The fields the bot and the opsteller fill in after the paragraph was written; the add-in never clears them. */
export const FOLLOW_UP_FIELDS = ['terugkoppelingGedaan', 'evaluatieGehoord', 'evaluatieAndersDoen'] as const satisfies readonly (keyof Traject)[];

function optionLabel(id: QuestionId, value: string): string {
  return questionById(id).options?.find((o) => o.value === value)?.label ?? value;
}

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 'yyyy-mm' as its first or last day; a full date stays as it is. */
function dayOf(value: string | undefined, end: 'first' | 'last'): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}$/.test(value)) return end === 'first' ? `${value}-01` : `${value}-${String(daysInMonth(value)).padStart(2, '0')}`;
  return value;
}

const trimmed = (s: string | undefined): string | undefined => {
  const t = s?.trim();
  return t ? t : undefined;
};

/** Drops undefined values, so a traject compares and serialises without empty keys. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function periodOf(answers: Answers): { periodeStart?: string; periodeEind?: string } {
  const p = visibleAnswer(answers, 'q11_periode');
  if (!p) return {};
  const dates = [...(p.data ?? [])].sort();
  const start = dayOf(p.van, 'first') ?? dates[0];
  const eind = dayOf(p.tot, 'last') ?? (p.van === undefined ? dates.at(-1) : /^\d{4}-\d{2}$/.test(p.van) ? dayOf(p.van, 'last') : undefined);
  return compact({ periodeStart: start, periodeEind: eind });
}

function inbrengOf(answers: Answers): { watGedaanMetInbreng?: string; inbrengOvergenomen?: JaDeelsNee } {
  const wat = visibleAnswer(answers, 'q14_watMetInbreng') ?? [];
  if (wat.length === 0) return {};
  const punten = visibleAnswer(answers, 'q13_inbreng') ?? [];
  const lines = wat.map((w, i) => {
    const punt = trimmed(punten[i])?.replace(/[.!?;:]+$/, '');
    const uitkomst = optionLabel('q14_watMetInbreng', w.uitkomst);
    const toelichting = trimmed(w.toelichting);
    return `${punt ? `${punt}: ` : ''}${uitkomst}${toelichting ? ` (${toelichting})` : ''}`;
  });
  const uitkomsten = new Set(wat.map((w) => w.uitkomst));
  const overgenomen: JaDeelsNee = uitkomsten.size === 1 && uitkomsten.has('overgenomen') ? 'ja' : uitkomsten.size === 1 && uitkomsten.has('niet') ? 'nee' : 'deels';
  return { watGedaanMetInbreng: lines.join('\n'), inbrengOvergenomen: overgenomen };
}

function terugkoppelingOf(answers: Answers, today: string): { terugkoppelingDatum?: string; terugkoppelingKanaal?: string; terugkoppelingGedaan?: true } {
  const t = visibleAnswer(answers, 'q15_terugkoppeling');
  if (!t?.terugkoppeling) return {};
  const kanaal = t.kanaal === undefined ? undefined : t.kanaal === 'anders' ? trimmed(t.omschrijving) : optionLabel('q15_terugkoppeling', t.kanaal);
  // "Op 20 oktober lieten we de deelnemers weten …": where the paragraph tells the feedback as given,
  // the register must not call it late, nor the bot chase the opsteller for it.
  const told = feedbackTense(t.datum, tenseOf(answers), today) === 'afgerond';
  return compact({
    terugkoppelingDatum: t.datum,
    terugkoppelingKanaal: [kanaal, trimmed(t.moment)].filter(Boolean).join(', ') || undefined,
    terugkoppelingGedaan: told ? (true as const) : undefined,
  });
}

function redenGeenOf(answers: Answers): string | undefined {
  const redenen = (visibleAnswer(answers, 'q7a_redenen') ?? []).filter((r) => r !== 'anders').map((r) => optionLabel('q7a_redenen', r));
  const toelichting = trimmed(visibleAnswer(answers, 'q7b_toelichting'));
  const text = [...redenen, ...(toelichting ? [toelichting] : [])].join('. ');
  return text === '' ? undefined : text;
}

const STATUS_OF: Record<Answers['q7_participatie'], TrajectStatus> = { afgerond: 'afgerond', gepland: 'gepland', nee: 'geen' };

/**
 * The traject that the checklist answers describe. Answers to hidden questions are ignored, like
 * everywhere else. The follow-up fields (terugkoppeling gedaan, evaluatie) belong to the register and
 * are never cleared here; only a feedback the paragraph tells as given is marked done.
 * @example trajectFromAnswers(answers, { documentId, opsteller: { naam: 'An' }, now }).status //=> 'gepland'
 */
export function trajectFromAnswers(answers: Answers, meta: TrajectMeta): Traject {
  const status = STATUS_OF[answers.q7_participatie];
  const vervolg = visibleAnswer(answers, 'q17_vervolg');
  return compact<Traject>({
    documentId: meta.documentId,
    onderwerp: answers.q2_onderwerp.trim(),
    zaaknummer: trimmed(meta.zaaknummer),
    afdeling: trimmed(meta.afdeling),
    portefeuillehouder: trimmed(meta.portefeuillehouder),
    opsteller: compact({ ...meta.opsteller }),
    soortStuk: answers.q1_soortStuk,
    gekozenNiveau: status === 'geen' ? undefined : visibleAnswer(answers, 'q9_niveau'),
    geadviseerdNiveau: adviseLevel(answers).level,
    status,
    redenGeen: status === 'geen' ? redenGeenOf(answers) : undefined,
    ...periodOf(answers),
    aantalDeelnemers: visibleAnswer(answers, 'q12_aantal'),
    ...inbrengOf(answers),
    ...terugkoppelingOf(answers, toAmsterdamDate(meta.now.toISOString())),
    vervolgDatum: vervolg?.vervolg ? dayOf(vervolg.datum, 'first') : undefined,
    documentUrl: trimmed(meta.documentUrl),
    profielNaam: meta.profiel?.naam,
    profielVersie: meta.profiel?.versie,
    bijgewerkt: meta.now.toISOString(),
  });
}

// ---------------------------------------------------------------------------------------------
// Follow-ups

export type TrajectFollowUpKind = 'terugkoppeling-binnenkort' | 'terugkoppeling-verlopen' | 'periode-gestart' | 'evaluatie';

export interface TrajectFollowUp {
  /**
   * Ledger key: `traject:{documentId}:{kind}:{date}` (the evaluation, asked once per traject:
   * `traject:{documentId}:evaluatie`); the same follow-up always has the same key.
   */
  key: string;
  kind: TrajectFollowUpKind;
  /** The date the follow-up is about: the terugkoppeling date or the period's start; none for the evaluation. */
  date?: string;
  /** Who gets it: the opsteller's Entra object id. */
  recipientId: string;
  traject: TrajectRecord;
}

export interface TrajectFollowUpOptions {
  /** Working days before the terugkoppeling date that the first reminder goes out; default 5. */
  leadWorkingDays?: number;
  /** Sending hours and calendar, as for the werkgroep reminders. */
  policy?: Partial<ReminderPolicy>;
}

export const DEFAULT_TERUGKOPPELING_LEAD = 5;

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function followUpsOf(t: TrajectRecord, today: string, lead: number, policy: ReminderPolicy): Omit<TrajectFollowUp, 'key' | 'recipientId' | 'traject'>[] {
  const out: Omit<TrajectFollowUp, 'key' | 'recipientId' | 'traject'>[] = [];
  const calendar = policy.calendar;
  if (t.status !== 'geen' && t.terugkoppelingDatum && t.terugkoppelingGedaan !== true) {
    const datum = t.terugkoppelingDatum;
    // A date on a weekend or holiday is announced from the working days before it, counted from the next working day.
    const from = addWorkingDays(workingDayOnOrAfter(datum, calendar), -lead, calendar);
    if (today > datum) out.push({ kind: 'terugkoppeling-verlopen', date: datum });
    else if (today >= from) out.push({ kind: 'terugkoppeling-binnenkort', date: datum });
  }
  if (t.status === 'gepland' && t.periodeStart && today >= t.periodeStart && (t.periodeEind === undefined || today <= t.periodeEind)) {
    out.push({ kind: 'periode-gestart', date: t.periodeStart });
  }
  const evaluated = t.evaluatieGehoord !== undefined;
  const feedbackSettled = t.terugkoppelingGedaan === true || (t.status === 'afgerond' && t.terugkoppelingDatum === undefined);
  if (!evaluated && feedbackSettled && (t.status === 'afgerond' || t.terugkoppelingGedaan === true)) {
    out.push({ kind: 'evaluatie' });
  }
  return out;
}

/**
 * The follow-ups the bot owes at `now`: a reminder when the terugkoppeling date is near (from
 * `leadWorkingDays` working days before) or passed and not marked done; a question to update the
 * document when a planned traject's period has started; an evaluation once the traject is done and
 * the participants were told (or no terugkoppeling was planned). Nothing outside the sending hours,
 * on weekends or on Dutch public holidays (Europe/Amsterdam), and nothing for a traject without an
 * opsteller id. Each has a stable ledger key, so the caller sends it once. Sorted by key.
 */
export function trajectFollowUps(trajecten: readonly TrajectRecord[], now: Date, options: TrajectFollowUpOptions = {}): TrajectFollowUp[] {
  const policy = resolvePolicy(options.policy);
  const instant = now.toISOString();
  const today = toAmsterdamDate(instant);
  if (!isWorkingDay(today, policy.calendar) || !isInWindow(policy.sendingHours, minutesOf(amsterdamClock(instant)))) return [];
  const lead = options.leadWorkingDays ?? DEFAULT_TERUGKOPPELING_LEAD;
  const out: TrajectFollowUp[] = [];
  for (const t of trajecten) {
    const recipientId = t.opsteller.id;
    if (!recipientId) continue;
    for (const f of followUpsOf(t, today, lead, policy)) out.push({ ...f, key: `traject:${t.documentId}:${f.kind}${f.date ? `:${f.date}` : ''}`, recipientId, traject: t });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Only the opsteller may mark the terugkoppeling done or answer the evaluation. */
export function isOpsteller(traject: Pick<Traject, 'opsteller'>, userId: string | undefined): boolean {
  return userId !== undefined && userId !== '' && traject.opsteller.id === userId;
}
