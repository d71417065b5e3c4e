// Answers + profile → the participatieparagraaf as blocks of sentences (PARTICIPATION.md §4).
// Only answers to visible questions are used. Free text is inserted as text; renderers escape it.
import { capitalize, formatDateNl, formatDateRangeNl, formatEuro, formatMonthNl, joinListNl } from '../text/index.ts';
import { paragraphText as T } from '../text/ui-participation.ts';
import type { Answers, Doelgroep, Methode, Periode, QuestionId } from './answers.ts';
import { visibleAnswer } from './checklist.ts';
import { defaultProfile } from './profile.ts';
import type { Profile } from './profile.ts';
import type { BlockKind, Paragraph } from './types.ts';

type Tense = 'afgerond' | 'gepland';

/** Participation that is finished is told in the past, planned participation in the future. */
export function tenseOf(a: Answers): Tense {
  return a.q7_participatie === 'gepland' ? 'gepland' : 'afgerond';
}

/**
 * Whether the feedback is told as given or as to come: a dated moment is past or future by the
 * calendar, whatever the state of the participation; an undated one follows that state. The
 * register marks the feedback done by the same rule, so it never contradicts the paragraph.
 */
export function feedbackTense(datum: string | undefined, tense: Tense, today: string | undefined): Tense {
  return datum !== undefined && today !== undefined ? (datum <= today ? 'afgerond' : 'gepland') : tense;
}
type Actor = 'gemeente' | 'initiatiefnemer';

/** Fills {name}; {Name} gives the value with a capital first letter. Values are never re-scanned. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => {
    const direct = values[key];
    if (direct !== undefined) return direct;
    const lower = values[key[0]!.toLowerCase() + key.slice(1)];
    return lower === undefined ? m : capitalize(lower);
  });
}

/** Free text as a sentence of its own: capital first letter, end mark added when missing. */
export function asSentence(text: string): string {
  const t = text.trim();
  if (t.length === 0) return '';
  return /[.!?…]["'”’)\]]*$/u.test(t) ? capitalize(t) : `${capitalize(t)}.`;
}

/** Free text used inside a sentence ("omdat …"): no trailing full stop. */
function asClause(text: string): string {
  return text.trim().replace(/[.\s]+$/u, '');
}

function formatCount(n: number): string {
  return formatEuro(n).slice(2);
}

/** A day ('2025-03-12') or a month ('2025-09') written out. */
export function formatWhenNl(value: string): string {
  return value.length === 7 ? formatMonthNl(value) : formatDateNl(value);
}

/**
 * Several days written out, month and year said once where they repeat.
 * @example formatDatesNl(['2025-06-03', '2025-06-17']) //=> '3 en 17 juni 2025'
 */
export function formatDatesNl(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort();
  const parts = sorted.map((d) => formatDateNl(d).split(' ') as [string, string, string]);
  if (parts.length === 0) return '';
  const sameYear = parts.every((p) => p[2] === parts[0]![2]);
  const sameMonth = sameYear && parts.every((p) => p[1] === parts[0]![1]);
  const last = parts[parts.length - 1]!;
  if (sameMonth) return `${joinListNl(parts.map((p) => p[0]))} ${last[1]} ${last[2]}`;
  if (sameYear) return `${joinListNl(parts.map((p) => `${p[0]} ${p[1]}`))} ${last[2]}`;
  return joinListNl(parts.map((p) => p.join(' ')));
}

/** "maart 2026" and "20 mei 2026" with the year said once when both share it. */
function vanTot(van: string, tot: string): { van: string; tot: string } {
  const a = formatWhenNl(van);
  const b = formatWhenNl(tot);
  return van.slice(0, 4) === tot.slice(0, 4) ? { van: a.replace(/ \d{4}$/, ''), tot: b } : { van: a, tot: b };
}

function periodPhrase(p: Periode): string {
  if (p.van !== undefined && p.tot !== undefined) {
    if (p.van === p.tot && p.van.length === 10) return fill(T.periode.op, { data: formatDateNl(p.van) });
    // A period inside one month, given as a month on either side: "In maart 2026", not "Van maart 2026 tot maart 2026".
    if (p.van.slice(0, 7) === p.tot.slice(0, 7) && (p.van.length === 7 || p.tot.length === 7)) {
      return fill(T.periode.in, { maand: formatMonthNl(p.van.slice(0, 7)) });
    }
    if (p.van.length === 10 && p.tot.length === 10) return `Van ${formatDateRangeNl(p.van, p.tot)}`;
    return fill(T.periode.vanTot, vanTot(p.van, p.tot));
  }
  if (p.van !== undefined) return fill(T.periode.vanaf, { van: formatWhenNl(p.van) });
  if (p.data !== undefined && p.data.length > 0) return fill(T.periode.op, { data: formatDatesNl(p.data) });
  return whenPhrase(p.omschrijving ?? '');
}

const MONTH_OR_YEAR = /^(?:\d{4}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/iu;

/**
 * A moment typed in the user's own words opens the sentence: "3 en 17 juni 2026" becomes "Op 3 en
 * 17 juni 2026", "juni 2026" "In juni 2026", so no sentence starts with a bare number or month.
 */
function whenPhrase(typed: string): string {
  const t = asClause(typed);
  if (MONTH_OR_YEAR.test(t)) return fill(T.periode.in, { maand: t });
  if (/^\d/u.test(t)) return fill(T.periode.op, { data: t });
  return capitalize(t);
}

function groupPhrase(g: Doelgroep, profile: Profile): string {
  if (g.omschrijving !== undefined) return g.omschrijving.trim();
  return g.groep === 'anders' ? '' : profile.doelgroepen[g.groep];
}

function methodPhrase(m: Methode, profile: Profile): string {
  if (m.omschrijving !== undefined) return m.omschrijving.trim();
  if (m.methode === 'anders') return '';
  const p = profile.methoden[m.methode];
  return m.aantal === undefined || m.aantal === 1 ? p.een : fill(p.meer, { n: formatCount(m.aantal) });
}

/**
 * Where a sentence comes from: the answers it states, as dotted paths into the answers
 * ('q15_terugkoppeling.datum', 'q14_watMetInbreng.1.toelichting'). A sentence is written only
 * when every answer it names is there, so the paragraph never states what nobody said.
 */
export type AnswerPath = QuestionId | `${QuestionId}.${string}`;

export interface TracedSentence {
  text: string;
  from: readonly AnswerPath[];
}

export interface TracedBlock {
  kind: BlockKind;
  sentences: TracedSentence[];
}

export interface GenerateOptions {
  /** Today as 'YYYY-MM-DD' (Europe/Amsterdam), passed in: a feedback date after today is written in the future tense. */
  today?: string;
}

const said = (text: string, ...from: AnswerPath[]): TracedSentence => ({ text, from });

function block(kind: BlockKind, sentences: readonly (TracedSentence | undefined)[]): TracedBlock | undefined {
  const s = sentences.filter((x): x is TracedSentence => x !== undefined && x.text.length > 0);
  return s.length === 0 ? undefined : { kind, sentences: s };
}

const AT_END_INSTRUMENTS = new Set(['omgevingsvisie', 'programma', 'omgevingsplan', 'projectbesluit']);
const PERMITS = new Set(['bopa', 'vergunning']);

/**
 * Names the initiatiefnemer once, at the first of our sentences that mentions them
 * ("de initiatiefnemer, Bouwbedrijf X,"), and plainly after that.
 */
class Initiatiefnemer {
  private named = false;
  constructor(private readonly naam: string | undefined) {}
  /** The phrase for the next sentence, and whether it used the name (4b). */
  next(): { phrase: string; from: AnswerPath[] } {
    if (this.naam === undefined || this.named) return { phrase: T.initiatiefnemer.kaal, from: [] };
    this.named = true;
    return { phrase: fill(T.initiatiefnemer.metNaam, { naam: this.naam }), from: ['q4b_initiatiefnemer'] };
  }
}

function omgevingswetBlock(a: Answers, profile: Profile): TracedBlock | undefined {
  const instrument = a.q4_omgevingswet;
  const s: TracedSentence[] = [];
  if (instrument === 'bopa') {
    const onList = visibleAnswer(a, 'q4a_bopaOpLijst');
    if (onList === 'ja') s.push(said(T.bopa.opLijst, 'q4_omgevingswet', 'q4a_bopaOpLijst'));
    else if (profile.bopa.alleBopa && onList !== 'nee') s.push(said(T.bopa.alleBopa, 'q4_omgevingswet'));
    else if (onList === 'nee') s.push(said(T.bopa.nietOpLijst, 'q4_omgevingswet', 'q4a_bopaOpLijst'));
    else s.push(said(T.vergunning, 'q4_omgevingswet'));
  } else if (instrument === 'vergunning') {
    s.push(said(T.vergunning, 'q4_omgevingswet'));
  } else if (instrument === 'projectbesluit') {
    s.push(said(T.projectbesluit, 'q4_omgevingswet'));
  } else if (instrument === 'omgevingsvisie' || instrument === 'programma' || instrument === 'omgevingsplan') {
    const t = fill(a.q7_participatie === 'nee' ? T.motivering.nee : T.motivering.ja, { instrument: T.instrumenten[instrument] });
    s.push(said(t, 'q4_omgevingswet', 'q7_participatie'));
  }
  return block('omgevingswet', s);
}

function noParticipationBlock(a: Answers, profile: Profile, ini: Initiatiefnemer | undefined): TracedBlock | undefined {
  const stuk = profile.stukken[a.q1_soortStuk];
  const values = { besluiter: stuk.besluiter };
  const s: TracedSentence[] = [];
  if (ini !== undefined) {
    // For a permit the applicant does the participation, not the gemeente.
    const { phrase, from } = ini.next();
    s.push(said(fill(T.geenParticipatieInitiatiefnemer, { initiatiefnemer: phrase }), 'q7_participatie', ...from));
  } else s.push(said(stuk.geenParticipatie, 'q7_participatie'));
  for (const reden of visibleAnswer(a, 'q7a_redenen') ?? []) {
    s.push(...profile.redenen[reden].map((t) => said(fill(t, values), 'q7a_redenen')));
  }
  const toelichting = visibleAnswer(a, 'q7b_toelichting');
  if (toelichting !== undefined) s.push(said(asSentence(toelichting), 'q7b_toelichting'));
  const kanalen = (visibleAnswer(a, 'q7c_informeren') ?? [])
    .map((k) => (k.omschrijving !== undefined ? k.omschrijving.trim() : k.kanaal === 'anders' ? '' : profile.kanalen[k.kanaal]))
    .filter((k) => k.length > 0);
  // Only when the user said how people hear of the decision: no default channel is assumed.
  if (kanalen.length > 0) s.push(said(fill(T.informeren, { kanalen: joinListNl(kanalen) }), 'q7c_informeren'));
  return block('geenParticipatie', s);
}

function participationBlocks(a: Answers, profile: Profile, ini: Initiatiefnemer | undefined, options: GenerateOptions): TracedBlock[] {
  const tense = tenseOf(a);
  const actor: Actor = ini !== undefined ? 'initiatiefnemer' : 'gemeente';
  const level = visibleAnswer(a, 'q9_niveau');
  const levelText = level === undefined ? undefined : profile.niveaus[level];
  const stuk = profile.stukken[a.q1_soortStuk];
  const out: (TracedBlock | undefined)[] = [];
  const by = () => ini?.next() ?? { phrase: '', from: [] as AnswerPath[] };

  const wie = joinListNl((visibleAnswer(a, 'q8_betrokkenen') ?? []).map((g) => groupPhrase(g, profile)));
  if (wie.length > 0) {
    const i = by();
    const t = fill(T.wie[actor][tense], { wie, onderwerp: a.q2_onderwerp.trim(), initiatiefnemer: i.phrase });
    out.push(block('wie', [said(t, 'q7_participatie', 'q8_betrokkenen', 'q2_onderwerp', ...i.from)]));
  }

  if (level !== undefined && levelText !== undefined) {
    const waarom = visibleAnswer(a, 'q9a_waarom');
    const zin =
      actor === 'initiatiefnemer'
        ? (tense === 'gepland' ? levelText.zinInitiatiefnemerGepland : levelText.zinInitiatiefnemerAfgerond) ??
          (tense === 'gepland' ? levelText.zinGepland : levelText.zinAfgerond)
        : tense === 'gepland'
          ? levelText.zinGepland
          : levelText.zinAfgerond;
    // The reason is the user's own (9a). Without it we name the level and give no reason:
    // any reason we made up could argue against the choice (validation asks for 9a instead).
    out.push(
      block('niveau', [
        waarom !== undefined
          ? said(fill(T.niveau.metWaarom, { zin, label: levelText.label, waarom: asClause(waarom) }), 'q9_niveau', 'q9a_waarom')
          : said(fill(T.niveau.zonderWaarom, { zin, label: levelText.label }), 'q9_niveau'),
      ]),
    );
  }

  const mandaat = visibleAnswer(a, 'q16_mandaat');
  if (mandaat?.vastgelegd === true) {
    const kaders = [
      ...(mandaat.budget !== undefined ? [fill(T.budget, { bedrag: formatEuro(mandaat.budget) })] : []),
      ...(mandaat.kaders ?? []).map(asClause),
    ].filter((k) => k.length > 0);
    const kaderFrom: AnswerPath[] = [
      'q16_mandaat.vastgelegd',
      ...(mandaat.budget !== undefined ? (['q16_mandaat.budget'] as const) : []),
      ...((mandaat.kaders ?? []).length > 0 ? (['q16_mandaat.kaders'] as const) : []),
    ];
    const wieBeslist = mandaat.wieBeslist?.trim();
    const beslissen = level === 'meebeslissen' || mandaat.beslissen === true;
    const beslissenFrom: AnswerPath[] = level === 'meebeslissen' ? ['q9_niveau'] : ['q16_mandaat.beslissen'];
    out.push(
      block('kaders', [
        said(fill(kaders.length > 0 ? T.kaders[tense] : T.kadersZonderLijst[tense], { kadersVan: stuk.kadersVan, kaders: joinListNl(kaders) }), ...kaderFrom),
        beslissen ? said(T.meebeslissen[tense], ...beslissenFrom) : undefined,
        // Who adopts the outcome only when the user said who (16).
        wieBeslist === undefined
          ? undefined
          : beslissen
            ? said(fill(T.overnemen[tense], { wieBeslist }), 'q16_mandaat.wieBeslist')
            : said(fill(T.volgen[tense], { wieBeslist, uitkomst: mandaat.uitkomst?.trim() ?? T.uitkomstStandaard }), 'q16_mandaat.wieBeslist'),
      ]),
    );
  }

  const what: (TracedSentence | undefined)[] = [];
  const methoden = joinListNl((visibleAnswer(a, 'q10_methoden') ?? []).map((m) => methodPhrase(m, profile)));
  const periode = visibleAnswer(a, 'q11_periode');
  if (methoden.length > 0) {
    const wanneer = periode === undefined ? '' : periodPhrase(periode);
    const i = by();
    const template = wanneer.length > 0 ? T.activiteiten[actor][tense] : T.activiteitenZonderWanneer[actor][tense];
    const from: AnswerPath[] = ['q10_methoden', ...(wanneer.length > 0 ? (['q11_periode'] as const) : []), ...i.from];
    what.push(said(fill(template, { wanneer, methoden, initiatiefnemer: i.phrase }), ...from));
  }
  const aantal = visibleAnswer(a, 'q12_aantal');
  if (aantal !== undefined) {
    what.push(said(aantal === 0 ? T.deelnemers.geen : aantal === 1 ? T.deelnemers.een : fill(T.deelnemers.meer, { n: formatCount(aantal) }), 'q12_aantal'));
  }
  out.push(block('watWanneer', what));

  const punten = visibleAnswer(a, 'q13_inbreng') ?? [];
  const wat = visibleAnswer(a, 'q14_watMetInbreng') ?? [];
  const inbreng: TracedSentence[] = [];
  punten.slice(0, 3).forEach((punt, n) => {
    inbreng.push(said(asSentence(punt), `q13_inbreng.${n}`));
    const w = wat[n];
    if (w !== undefined) {
      if (actor === 'initiatiefnemer') {
        const i = by();
        inbreng.push(said(fill(T.uitkomst.initiatiefnemer[w.uitkomst], { initiatiefnemer: i.phrase }), `q14_watMetInbreng.${n}`, ...i.from));
      } else inbreng.push(said(T.uitkomst.gemeente[w.uitkomst], `q14_watMetInbreng.${n}`));
      if (w.toelichting !== undefined) inbreng.push(said(asSentence(w.toelichting), `q14_watMetInbreng.${n}.toelichting`));
    }
  });
  if (punten.length > 3) {
    inbreng.push(said(punten.length === 4 ? T.meerPunten.een : fill(T.meerPunten.meer, { n: String(punten.length - 3) }), 'q13_inbreng.3'));
  }
  out.push(block('inbreng', inbreng));

  const tk = visibleAnswer(a, 'q15_terugkoppeling');
  if (tk !== undefined) {
    const ontvangers = tk.ontvangers?.trim() ?? T.standaardOntvangers;
    const ontvangersFrom: AnswerPath[] = tk.ontvangers !== undefined ? ['q15_terugkoppeling.ontvangers'] : [];
    const inbrengWoord = levelText?.inbrengWoord ?? T.inbrengStandaard;
    if (tk.terugkoppeling === true) {
      const kanaal = tk.omschrijving?.trim() ?? (tk.kanaal !== undefined && tk.kanaal !== 'anders' ? profile.terugkoppelKanalen[tk.kanaal] : '');
      const via = kanaal.length > 0 ? fill(T.terugkoppeling.via, { kanaal }) : '';
      const wanneer = tk.datum !== undefined ? fill(T.periode.op, { data: formatDateNl(tk.datum) }) : tk.moment !== undefined ? whenPhrase(tk.moment) : '';
      const when = feedbackTense(tk.datum, tense, options.today);
      const templates = T.terugkoppeling[actor][when];
      const i = by();
      const from: AnswerPath[] = [
        'q15_terugkoppeling.terugkoppeling',
        ...(via.length > 0 ? ([tk.omschrijving !== undefined ? 'q15_terugkoppeling.omschrijving' : 'q15_terugkoppeling.kanaal'] as const) : []),
        ...(tk.datum !== undefined ? (['q15_terugkoppeling.datum'] as const) : tk.moment !== undefined ? (['q15_terugkoppeling.moment'] as const) : []),
        ...ontvangersFrom,
        ...i.from,
      ];
      const t = fill(wanneer.length > 0 ? templates.metMoment : templates.zonderMoment, { wanneer, ontvangers, via, inbreng: inbrengWoord, initiatiefnemer: i.phrase });
      out.push(block('terugkoppeling', [said(t, ...from)]));
    } else if (tk.terugkoppeling === false) {
      const i = by();
      const t = fill(T.terugkoppeling.nietGedaan[actor][tense], { ontvangers, inbreng: inbrengWoord, initiatiefnemer: i.phrase });
      out.push(block('terugkoppeling', [said(t, 'q15_terugkoppeling.terugkoppeling', ...ontvangersFrom, ...i.from)]));
    }
  }
  return out.filter((b): b is TracedBlock => b !== undefined);
}

function permitBlock(a: Answers): TracedBlock | undefined {
  const verslag = visibleAnswer(a, 'q4b_verslag');
  const oordeel = visibleAnswer(a, 'q4c_oordeel');
  return block('verslag', [
    verslag === undefined ? undefined : said(T.verslag[verslag], 'q4b_verslag'),
    oordeel === undefined ? undefined : said(T.oordeel[oordeel], 'q4c_oordeel'),
  ]);
}

function followUpBlock(a: Answers): TracedBlock | undefined {
  const v = visibleAnswer(a, 'q17_vervolg');
  if (v === undefined) return undefined;
  const s: TracedSentence[] = [];
  if (v.vervolg) {
    if (v.tekst !== undefined) s.push(said(asSentence(v.tekst), 'q17_vervolg.tekst'));
    if (v.datum !== undefined) {
      s.push(said(fill(v.datum.length === 7 ? T.vervolgDatum.maand : T.vervolgDatum.dag, { datum: formatWhenNl(v.datum) }), 'q17_vervolg.datum'));
    }
  }
  if (v.zienswijze === true) s.push(said(T.zienswijze, 'q17_vervolg.zienswijze'));
  return block('vervolg', s);
}

/**
 * The participatieparagraaf with, per sentence, the answers it states. Blocks in order:
 * Omgevingswet (permits), geen participatie | wie, niveau, kaders, wat/wanneer, inbreng,
 * terugkoppeling; verslag, vervolg, Omgevingswet (plans). Empty blocks are left out.
 */
export function traceParagraph(answers: Answers, profile: Profile = defaultProfile, options: GenerateOptions = {}): { blocks: TracedBlock[] } {
  const ow = omgevingswetBlock(answers, profile);
  const owAtEnd = AT_END_INSTRUMENTS.has(answers.q4_omgevingswet);
  // Under the Omgevingswet the applicant of a permit involves the neighbours; we name them once.
  const ini = PERMITS.has(answers.q4_omgevingswet) ? new Initiatiefnemer(visibleAnswer(answers, 'q4b_initiatiefnemer')?.trim()) : undefined;
  const blocks: (TracedBlock | undefined)[] = [owAtEnd ? undefined : ow];
  if (answers.q7_participatie === 'nee') blocks.push(noParticipationBlock(answers, profile, ini));
  else blocks.push(...participationBlocks(answers, profile, ini, options));
  blocks.push(permitBlock(answers), followUpBlock(answers), owAtEnd ? ow : undefined);
  return { blocks: blocks.filter((b): b is TracedBlock => b !== undefined) };
}

/** The participatieparagraaf for these answers (see traceParagraph). */
export function generateParagraph(answers: Answers, profile: Profile = defaultProfile, options: GenerateOptions = {}): Paragraph {
  return { blocks: traceParagraph(answers, profile, options).blocks.map((b) => ({ kind: b.kind, sentences: b.sentences.map((s) => s.text) })) };
}
