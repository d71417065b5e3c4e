import { z } from 'zod';

/** Bumped whenever the answer shape changes; `migrateAnswers` lifts older files to this version. */
export const CHECKLIST_VERSION = 2;

export const SOORT_STUK = ['collegevoorstel', 'raadsvoorstel', 'raadsinformatiebrief'] as const;
export const BELEIDSFASE = ['voorbereiding', 'uitvoering', 'evaluatie'] as const;
export const OMGEVINGSWET = [
  'geen',
  'omgevingsvisie',
  'programma',
  'omgevingsplan',
  'projectbesluit',
  'bopa',
  'vergunning',
] as const;
export const JA_NEE_ONBEKEND = ['ja', 'nee', 'onbekend'] as const;
export const BELEIDSRUIMTE = ['geen', 'beperkt', 'ruim'] as const;
export const PARTICIPATIE = ['afgerond', 'gepland', 'nee'] as const;
export const REDENEN = [
  'wettelijk-niet-mogelijk',
  'geen-beleidsruimte',
  'bestaand-beleid',
  'eerder-participatie',
  'spoed',
  'technische-wijziging',
  'begroting-tarieven',
  'latere-fase',
  'anders',
] as const;
export const INFORMEER_KANALEN = ['website', 'gemeentepagina', 'nieuwsbrief', 'bewonersbrief', 'sociale-media', 'anders'] as const;
export const DOELGROEPEN = [
  'inwoners',
  'omwonenden',
  'wijkraad',
  'ondernemers',
  'maatschappelijke-organisaties',
  'adviesraad-sociaal-domein',
  'jongeren',
  'woningcorporatie',
  'andere-overheden',
  'anders',
] as const;
export const METHODEN = [
  'bewonersbrief',
  'informatieavond',
  'inloopbijeenkomst',
  'enquete',
  'klankbordgroep',
  'werksessie',
  'wijkschouw',
  'advies-adviesraad',
  'keukentafelgesprekken',
  'anders',
] as const;
export const UITKOMSTEN = ['overgenomen', 'deels', 'niet'] as const;
export const TERUGKOPPEL_KANALEN = ['nieuwsbrief', 'brief', 'e-mail', 'website', 'bijeenkomst', 'verslag', 'anders'] as const;

/** Calendar date 'YYYY-MM-DD' that really exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  });

/** A day or, when the day is not known yet, a month: '2025-09'. */
export const isoDateOrMonth = z.union([isoDate, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]);

const text = z.string().refine((s) => s.trim().length > 0);
const score = z.number().int().min(0).max(3);

/**
 * A count of people or sessions: a whole number from `min`. The messages are error codes
 * (src/text/errors-participation.ts) that parseAnswers turns into Dutch text at the question;
 * clamping a wrong number to a right one would let the paragraph state what nobody answered.
 */
function count(min: number, max: number) {
  return z.number().int({ message: 'PART.COUNT_NOT_WHOLE' }).min(min, { message: 'PART.COUNT_TOO_LOW' }).max(max);
}

export const doelgroepSchema = z
  .strictObject({ groep: z.enum(DOELGROEPEN), omschrijving: text.optional() })
  .refine((v) => v.groep !== 'anders' || v.omschrijving !== undefined, { path: ['omschrijving'], message: 'anders' });

export const methodeSchema = z
  .strictObject({ methode: z.enum(METHODEN), aantal: count(1, 10_000).optional(), omschrijving: text.optional() })
  .refine((v) => v.methode !== 'anders' || v.omschrijving !== undefined, { path: ['omschrijving'], message: 'anders' });

export const informeerKanaalSchema = z
  .strictObject({ kanaal: z.enum(INFORMEER_KANALEN), omschrijving: text.optional() })
  .refine((v) => v.kanaal !== 'anders' || v.omschrijving !== undefined, { path: ['omschrijving'], message: 'anders' });

export const periodeSchema = z
  .strictObject({
    van: isoDateOrMonth.optional(),
    tot: isoDateOrMonth.optional(),
    data: z.array(isoDate).max(50).optional(),
    /** For plans without dates yet, e.g. 'in het najaar van 2025'. */
    omschrijving: text.optional(),
  })
  .refine((v) => v.van !== undefined || (v.data?.length ?? 0) > 0 || v.omschrijving !== undefined, { message: 'leeg' })
  .refine((v) => v.van === undefined || v.tot === undefined || v.van <= v.tot, { path: ['tot'], message: 'PART.PERIOD_ORDER' });

export const watMetInbrengSchema = z.strictObject({ uitkomst: z.enum(UITKOMSTEN), toelichting: text.optional() });

export const terugkoppelingSchema = z
  .strictObject({
    terugkoppeling: z.boolean(),
    kanaal: z.enum(TERUGKOPPEL_KANALEN).optional(),
    omschrijving: text.optional(),
    datum: isoDate.optional(),
    /** When there is no single date, e.g. 'Na elke bijeenkomst'. */
    moment: text.optional(),
    /** Who hears back; default 'de deelnemers'. */
    ontvangers: text.optional(),
  })
  .refine((v) => v.kanaal !== 'anders' || v.omschrijving !== undefined, { path: ['omschrijving'], message: 'anders' });

export const mandaatSchema = z.strictObject({
  vastgelegd: z.boolean(),
  budget: z.number().min(0, { message: 'PART.BUDGET_NEGATIVE' }).max(1e12).optional(),
  kaders: z.array(text).max(20).optional(),
  /** Who adopts the outcome, e.g. 'het college'. */
  wieBeslist: text.optional(),
  /** What is made together, e.g. 'het gezamenlijke ontwerp'. */
  uitkomst: text.optional(),
  /** The participants take the decision themselves within the kaders (meebeslissen). */
  beslissen: z.boolean().optional(),
});

export const vervolgSchema = z.strictObject({
  vervolg: z.boolean(),
  datum: isoDateOrMonth.optional(),
  tekst: text.optional(),
  zienswijze: z.boolean().optional(),
});

export const afstemmingSchema = z.strictObject({ afgestemd: z.boolean(), naam: text.optional() });

export const prioriteitSchema = z.strictObject({ speerpunt: score, impact: score, omvang: score, afbreukrisico: score });

/**
 * The checklist answers. Keys are question ids. Which conditional answers are required is decided
 * by the checklist data (`required` + `when`), checked in parseAnswers; answers to hidden questions
 * are kept (the user may switch back) but never used.
 */
export const answersSchema = z.strictObject({
  checklistVersion: z.literal(CHECKLIST_VERSION),
  q1_soortStuk: z.enum(SOORT_STUK),
  q2_onderwerp: text,
  q3_beleidsfase: z.enum(BELEIDSFASE),
  q4_omgevingswet: z.enum(OMGEVINGSWET),
  q4a_bopaOpLijst: z.enum(JA_NEE_ONBEKEND).optional(),
  q4b_initiatiefnemer: text.optional(),
  q4b_verslag: z.enum(['ja', 'nee']).optional(),
  q4c_oordeel: z.enum(['voldoende', 'onvoldoende']).optional(),
  q5_beleidsruimte: z.enum(BELEIDSRUIMTE),
  q6_prioriteit: prioriteitSchema,
  q7_participatie: z.enum(PARTICIPATIE),
  q7a_redenen: z.array(z.enum(REDENEN)).min(1).optional(),
  q7b_toelichting: text.optional(),
  q7c_informeren: z.array(informeerKanaalSchema).optional(),
  q8_betrokkenen: z.array(doelgroepSchema).min(1).max(20).optional(),
  q9_niveau: z.enum(['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer']).optional(),
  q9a_waarom: text.optional(),
  q10_methoden: z.array(methodeSchema).min(1).max(20).optional(),
  q11_periode: periodeSchema.optional(),
  q12_aantal: count(0, 10_000_000).optional(),
  q13_inbreng: z.array(text).max(50).optional(),
  q14_watMetInbreng: z.array(watMetInbrengSchema).max(50).optional(),
  q15_terugkoppeling: terugkoppelingSchema.optional(),
  q16_mandaat: mandaatSchema.optional(),
  q17_vervolg: vervolgSchema.optional(),
  q18_afstemming: afstemmingSchema.optional(),
});

export type Answers = z.infer<typeof answersSchema>;
export type QuestionId = Exclude<keyof Answers, 'checklistVersion'>;
export type Doelgroep = z.infer<typeof doelgroepSchema>;
export type Methode = z.infer<typeof methodeSchema>;
export type Periode = z.infer<typeof periodeSchema>;
