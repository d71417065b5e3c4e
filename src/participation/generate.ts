// Answers + profile → the participatieparagraaf as blocks of sentences (PARTICIPATION.md §4).
// Only answers to visible questions are used. Free text is inserted as text; renderers escape it.
import { capitalize, formatDateNl, formatDateRangeNl, formatEuro, formatMonthNl, joinListNl } from '../text/index.ts';
import { paragraphText as T } from '../text/ui-participation.ts';
import { becauseClause } from './advice.ts';
import { countWords } from './b1.ts';
import type { Answers, Doelgroep, Methode, Periode } from './answers.ts';
import { visibleAnswer } from './checklist.ts';
import { defaultProfile } from './profile.ts';
import type { Profile } from './profile.ts';
import type { BlockKind, Paragraph, ParagraphBlock } from './types.ts';

type Tense = 'afgerond' | 'gepland';
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

function periodPhrase(p: Periode): string {
  if (p.van !== undefined && p.tot !== undefined) {
    if (p.van.length === 10 && p.tot.length === 10) return `Van ${formatDateRangeNl(p.van, p.tot)}`;
    return fill(T.periode.vanTot, { van: formatWhenNl(p.van), tot: formatWhenNl(p.tot) });
  }
  if (p.van !== undefined) return fill(T.periode.vanaf, { van: formatWhenNl(p.van) });
  if (p.data !== undefined && p.data.length > 0) return fill(T.periode.op, { data: formatDatesNl(p.data) });
  return capitalize(asClause(p.omschrijving ?? ''));
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

function block(kind: BlockKind, sentences: readonly string[]): ParagraphBlock | undefined {
  const s = sentences.filter((x) => x.length > 0);
  return s.length === 0 ? undefined : { kind, sentences: s };
}

const AT_END_INSTRUMENTS = new Set(['omgevingsvisie', 'programma', 'omgevingsplan', 'projectbesluit']);

function omgevingswetBlock(a: Answers, profile: Profile): ParagraphBlock | undefined {
  const instrument = a.q4_omgevingswet;
  const s: string[] = [];
  if (instrument === 'bopa') {
    const onList = visibleAnswer(a, 'q4a_bopaOpLijst');
    if (onList === 'ja') s.push(T.bopa.opLijst);
    else if (profile.bopa.alleBopa && onList !== 'nee') s.push(T.bopa.alleBopa);
    else if (onList === 'nee') s.push(T.bopa.nietOpLijst);
    else s.push(T.vergunning);
  } else if (instrument === 'vergunning') {
    s.push(T.vergunning);
  } else if (instrument === 'projectbesluit') {
    s.push(T.projectbesluit);
  } else if (instrument === 'omgevingsvisie' || instrument === 'programma' || instrument === 'omgevingsplan') {
    s.push(fill(a.q7_participatie === 'nee' ? T.motivering.nee : T.motivering.ja, { instrument: T.instrumenten[instrument] }));
  }
  return block('omgevingswet', s);
}

function noParticipationBlock(a: Answers, profile: Profile): ParagraphBlock | undefined {
  const stuk = profile.stukken[a.q1_soortStuk];
  const values = { besluiter: stuk.besluiter };
  const s: string[] = [stuk.geenParticipatie];
  for (const reden of visibleAnswer(a, 'q7a_redenen') ?? []) s.push(...profile.redenen[reden].map((t) => fill(t, values)));
  const toelichting = visibleAnswer(a, 'q7b_toelichting');
  if (toelichting !== undefined) s.push(asSentence(toelichting));
  const kanalen = (visibleAnswer(a, 'q7c_informeren') ?? [])
    .map((k) => (k.omschrijving !== undefined ? k.omschrijving.trim() : k.kanaal === 'anders' ? '' : profile.kanalen[k.kanaal]))
    .filter((k) => k.length > 0);
  s.push(kanalen.length > 0 ? fill(T.informeren, { kanalen: joinListNl(kanalen) }) : profile.informerenStandaard);
  return block('geenParticipatie', s);
}

function participationBlocks(a: Answers, profile: Profile): ParagraphBlock[] {
  const tense: Tense = a.q7_participatie === 'gepland' ? 'gepland' : 'afgerond';
  const naam = visibleAnswer(a, 'q4b_initiatiefnemer');
  const actor: Actor = naam !== undefined ? 'initiatiefnemer' : 'gemeente';
  const level = visibleAnswer(a, 'q9_niveau') ?? 'informeren';
  const levelText = profile.niveaus[level];
  const stuk = profile.stukken[a.q1_soortStuk];
  const out: (ParagraphBlock | undefined)[] = [];

  const wie = joinListNl((visibleAnswer(a, 'q8_betrokkenen') ?? []).map((g) => groupPhrase(g, profile)));
  out.push(block('wie', [fill(T.wie[actor][tense], { wie, onderwerp: a.q2_onderwerp.trim(), naam: naam?.trim() ?? '' })]));

  const waarom = visibleAnswer(a, 'q9a_waarom');
  const niveau = (because: string) =>
    fill(T.niveau, { zin: tense === 'gepland' ? levelText.zinGepland : levelText.zinAfgerond, label: levelText.label, waarom: because });
  let niveauZin = niveau(waarom !== undefined ? asClause(waarom) : becauseClause(a));
  // B1: keep our own sentence within about 20 words by dropping the beleidsruimte part.
  if (waarom === undefined && countWords(niveauZin) > 20) niveauZin = niveau(becauseClause(a, true));
  out.push(block('niveau', [niveauZin]));

  const mandaat = visibleAnswer(a, 'q16_mandaat');
  if (mandaat?.vastgelegd === true) {
    const kaders = [
      ...(mandaat.budget !== undefined ? [fill(T.budget, { bedrag: formatEuro(mandaat.budget) })] : []),
      ...(mandaat.kaders ?? []).map(asClause),
    ].filter((k) => k.length > 0);
    const wieBeslist = mandaat.wieBeslist?.trim() ?? stuk.besluiter;
    out.push(
      block('kaders', [
        fill(kaders.length > 0 ? T.kaders[tense] : T.kadersZonderLijst[tense], { kadersVan: stuk.kadersVan, kaders: joinListNl(kaders) }),
        level === 'meebeslissen' || mandaat.beslissen === true
          ? fill(T.meebeslissen[tense], { wieBeslist })
          : fill(T.volgen[tense], { wieBeslist, uitkomst: mandaat.uitkomst?.trim() ?? T.uitkomstStandaard }),
      ]),
    );
  }

  const what: string[] = [];
  const methoden = joinListNl((visibleAnswer(a, 'q10_methoden') ?? []).map((m) => methodPhrase(m, profile)));
  const periode = visibleAnswer(a, 'q11_periode');
  if (methoden.length > 0) {
    const wanneer = periode === undefined ? '' : periodPhrase(periode);
    const sentence = fill(T.activiteiten[actor][tense], { wanneer, methoden });
    what.push(wanneer.length > 0 ? sentence : capitalize(sentence.trimStart()));
  }
  const aantal = visibleAnswer(a, 'q12_aantal');
  if (aantal !== undefined) {
    what.push(aantal === 0 ? T.deelnemers.geen : aantal === 1 ? T.deelnemers.een : fill(T.deelnemers.meer, { n: formatCount(aantal) }));
  }
  out.push(block('watWanneer', what));

  const punten = visibleAnswer(a, 'q13_inbreng') ?? [];
  const wat = visibleAnswer(a, 'q14_watMetInbreng') ?? [];
  const inbreng: string[] = [];
  punten.slice(0, 3).forEach((punt, i) => {
    inbreng.push(asSentence(punt));
    const w = wat[i];
    if (w !== undefined) {
      inbreng.push(T.uitkomst[actor][w.uitkomst]);
      if (w.toelichting !== undefined) inbreng.push(asSentence(w.toelichting));
    }
  });
  if (punten.length > 3) inbreng.push(punten.length === 4 ? T.meerPunten.een : fill(T.meerPunten.meer, { n: String(punten.length - 3) }));
  out.push(block('inbreng', inbreng));

  const tk = visibleAnswer(a, 'q15_terugkoppeling');
  if (tk !== undefined) {
    const ontvangers = tk.ontvangers?.trim() ?? T.standaardOntvangers;
    const inbrengWoord = levelText.inbrengWoord;
    if (tk.terugkoppeling) {
      const kanaal = tk.omschrijving?.trim() ?? (tk.kanaal !== undefined && tk.kanaal !== 'anders' ? profile.terugkoppelKanalen[tk.kanaal] : '');
      const via = kanaal.length > 0 ? fill(T.terugkoppeling.via, { kanaal }) : '';
      const wanneer = tk.datum !== undefined ? fill(T.periode.op, { data: formatDateNl(tk.datum) }) : tk.moment !== undefined ? capitalize(asClause(tk.moment)) : '';
      const templates = T.terugkoppeling[actor][tense];
      out.push(
        block('terugkoppeling', [
          fill(wanneer.length > 0 ? templates.metMoment : templates.zonderMoment, { wanneer, ontvangers, via, inbreng: inbrengWoord }),
        ]),
      );
    } else {
      out.push(block('terugkoppeling', [fill(T.terugkoppeling.nietGedaan[tense], { ontvangers, inbreng: inbrengWoord })]));
    }
  }
  return out.filter((b): b is ParagraphBlock => b !== undefined);
}

function permitBlock(a: Answers): ParagraphBlock | undefined {
  const verslag = visibleAnswer(a, 'q4b_verslag');
  const oordeel = visibleAnswer(a, 'q4c_oordeel');
  return block('verslag', [verslag === undefined ? '' : T.verslag[verslag], oordeel === undefined ? '' : T.oordeel[oordeel]]);
}

function followUpBlock(a: Answers): ParagraphBlock | undefined {
  const v = visibleAnswer(a, 'q17_vervolg');
  if (v === undefined) return undefined;
  const s: string[] = [];
  if (v.vervolg) {
    if (v.tekst !== undefined) s.push(asSentence(v.tekst));
    if (v.datum !== undefined) s.push(fill(v.datum.length === 7 ? T.vervolgDatum.maand : T.vervolgDatum.dag, { datum: formatWhenNl(v.datum) }));
  }
  if (v.zienswijze === true) s.push(T.zienswijze);
  return block('vervolg', s);
}

/**
 * The participatieparagraaf for these answers. Blocks in order: Omgevingswet (permits), geen
 * participatie | wie, niveau, kaders, wat/wanneer, inbreng, terugkoppeling; verslag, vervolg,
 * Omgevingswet (plans). Empty blocks are left out.
 */
export function generateParagraph(answers: Answers, profile: Profile = defaultProfile): Paragraph {
  const ow = omgevingswetBlock(answers, profile);
  const owAtEnd = AT_END_INSTRUMENTS.has(answers.q4_omgevingswet);
  const blocks: (ParagraphBlock | undefined)[] = [owAtEnd ? undefined : ow];
  if (answers.q7_participatie === 'nee') blocks.push(noParticipationBlock(answers, profile));
  else blocks.push(...participationBlocks(answers, profile));
  blocks.push(permitBlock(answers), followUpBlock(answers), owAtEnd ? ow : undefined);
  return { blocks: blocks.filter((b): b is ParagraphBlock => b !== undefined) };
}
