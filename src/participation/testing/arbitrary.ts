// Seeded generator of valid checklist answers for property-style tests. Not exported from index.ts.
import {
  BELEIDSFASE,
  BELEIDSRUIMTE,
  CHECKLIST_VERSION,
  DOELGROEPEN,
  INFORMEER_KANALEN,
  METHODEN,
  OMGEVINGSWET,
  PARTICIPATIE,
  REDENEN,
  SOORT_STUK,
  TERUGKOPPEL_KANALEN,
  UITKOMSTEN,
} from '../answers.ts';
import type { Answers } from '../answers.ts';
import { LEVEL_IDS } from '../types.ts';

/** mulberry32: small, fast, good enough to spread test cases. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ArbitraryOptions {
  /** Free text to draw from for every field; by default short phrases, clauses and sentences that fit each field. */
  texts?: readonly string[];
  /** Most items in the lists (groups, methods, points). */
  maxItems?: number;
}

const PHRASES = ['de nieuwe fietsroute', 'het groen in de wijk', 'meer bankjes in het park', 'een veilige oversteek', 'Bouwbedrijf Jansen'];
const CLAUSES = ['zij de buurt goed kennen', 'het om hun eigen straat gaat'];
const SENTENCES = ['Het plan komt in mei naar de raad.', 'Veel mensen willen meer groen', 'De weg is te smal.'];

export function arbitraryAnswers(seed: number, options: ArbitraryOptions = {}): Answers {
  const rnd = seededRandom(seed);
    const maxItems = options.maxItems ?? 3;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const text = () => pick(options.texts ?? PHRASES);
  const clause = () => pick(options.texts ?? CLAUSES);
  const sentence = () => pick(options.texts ?? SENTENCES);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const n = int(min, Math.min(max, xs.length));
    return [...xs].sort(() => rnd() - 0.5).slice(0, n);
  };
  const day = (year: number) => `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;

  const q4 = pick(OMGEVINGSWET);
  const q7 = pick(PARTICIPATIE);
  const a: Answers = {
    checklistVersion: CHECKLIST_VERSION,
    q1_soortStuk: pick(SOORT_STUK),
    q2_onderwerp: text(),
    q3_beleidsfase: pick(BELEIDSFASE),
    q4_omgevingswet: q4,
    q5_beleidsruimte: pick(BELEIDSRUIMTE),
    q6_prioriteit: { speerpunt: int(0, 3), impact: int(0, 3), omvang: int(0, 3), afbreukrisico: int(0, 3) },
    q7_participatie: q7,
  };
  if (q4 === 'bopa') a.q4a_bopaOpLijst = pick(['ja', 'nee', 'onbekend'] as const);
  if ((q4 === 'bopa' || q4 === 'vergunning') && chance(0.7)) a.q4b_initiatiefnemer = text();
  if ((q4 === 'bopa' || q4 === 'vergunning') && chance(0.7)) a.q4b_verslag = pick(['ja', 'nee'] as const);
  if ((q4 === 'bopa' || q4 === 'vergunning') && chance(0.5)) a.q4c_oordeel = pick(['voldoende', 'onvoldoende'] as const);
  if (q7 === 'nee') {
    a.q7a_redenen = some(REDENEN, 1, 3);
    a.q7b_toelichting = sentence();
    if (chance(0.6)) a.q7c_informeren = some(INFORMEER_KANALEN, 1, 3).map((k) => (k === 'anders' ? { kanaal: k, omschrijving: text() } : { kanaal: k }));
  } else {
    a.q8_betrokkenen = some(DOELGROEPEN, 1, maxItems).map((g) => (g === 'anders' || chance(0.2) ? { groep: g, omschrijving: text() } : { groep: g }));
    const level = pick(LEVEL_IDS);
    a.q9_niveau = level;
    if (chance(0.5)) a.q9a_waarom = clause();
    if ((level === 'coproduceren' || level === 'meebeslissen') && chance(0.7)) {
      a.q16_mandaat = { vastgelegd: chance(0.8) };
      if (chance(0.7)) a.q16_mandaat.budget = int(0, 500) * 1000;
      if (chance(0.6)) a.q16_mandaat.kaders = [text()];
      if (chance(0.6)) a.q16_mandaat.wieBeslist = pick(['het college', 'de raad']);
      if (chance(0.3)) a.q16_mandaat.beslissen = chance(0.5);
    }
    a.q10_methoden = some(METHODEN, 1, maxItems).map((m) => {
      const out: NonNullable<Answers['q10_methoden']>[number] = { methode: m };
      if (chance(0.4)) out.aantal = int(1, 12);
      if (m === 'anders' || chance(0.1)) out.omschrijving = text();
      return out;
    });
    const year = q7 === 'afgerond' ? int(2020, 2025) : int(2027, 2028);
    const kind = int(0, 3);
    if (kind === 0) {
      const [van, tot] = [day(year), day(year + int(0, 1))].sort() as [string, string];
      a.q11_periode = { van, tot };
    } else if (kind === 1) a.q11_periode = { van: `${year}-${String(int(1, 12)).padStart(2, '0')}` };
    else if (kind === 2) a.q11_periode = { data: Array.from({ length: int(1, 3) }, () => day(year)) };
    else a.q11_periode = { omschrijving: 'in het najaar' };
    if (q7 === 'afgerond') {
      if (chance(0.6)) a.q12_aantal = int(0, 2000);
      const punten = Array.from({ length: int(0, maxItems + 2) }, () => sentence());
      if (punten.length > 0) a.q13_inbreng = punten;
      const wat = punten.slice(0, int(0, punten.length)).map(() => (chance(0.5) ? { uitkomst: pick(UITKOMSTEN), toelichting: sentence() } : { uitkomst: pick(UITKOMSTEN) }));
      if (wat.length > 0) a.q14_watMetInbreng = wat;
    }
    if (chance(0.7)) {
      const gedaan = chance(0.8);
      a.q15_terugkoppeling = { terugkoppeling: gedaan };
      if (gedaan) {
        const k = pick(TERUGKOPPEL_KANALEN);
        a.q15_terugkoppeling.kanaal = k;
        if (k === 'anders') a.q15_terugkoppeling.omschrijving = text();
        const when = rnd();
        if (when < 0.5) a.q15_terugkoppeling.datum = day(q7 === 'afgerond' ? 2025 : 2027);
        else if (when < 0.75) a.q15_terugkoppeling.moment = 'na elke bijeenkomst';
        if (chance(0.3)) a.q15_terugkoppeling.ontvangers = 'alle inwoners';
      }
    }
  }
  if (chance(0.5)) {
    a.q17_vervolg = { vervolg: chance(0.6) };
    if (a.q17_vervolg.vervolg && chance(0.5)) a.q17_vervolg.tekst = sentence();
    if (a.q17_vervolg.vervolg && chance(0.5)) a.q17_vervolg.datum = chance(0.5) ? day(2027) : '2027-03';
    if (chance(0.4)) a.q17_vervolg.zienswijze = true;
  }
  if (chance(0.5)) a.q18_afstemming = chance(0.7) ? { afgestemd: true, naam: 'Remco van Dooren' } : { afgestemd: false };
  return a;
}
