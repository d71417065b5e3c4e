// Best-effort reading of a hand-written Participatie section. Everything here is a guess from
// word patterns; callers must present the level as "schatting" with its confidence, never as fact.
import type { Level } from '../participation/index.ts';

export interface RequiredElements {
  wie: boolean;
  niveauWaarom: boolean;
  watGedaan: boolean;
  watMetInbreng: boolean;
  terugkoppeling: boolean;
}

export type SectionKind = 'uitgevoerd' | 'geen-met-reden' | 'geen-zonder-reden' | 'leeg';

export interface LevelGuess {
  level: Level;
  /** 0..1; capped below 1 because a text guess is never certain. */
  confidence: number;
}

export interface TextReading {
  kind: SectionKind;
  elements: RequiredElements;
  guess?: LevelGuess;
}

function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim()} `;
}

// Phrases that say "no participation". Matched on normalised text with spaces around it.
const NONE =
  /(?:^|[\s(])(?:geen participatie|niet van toepassing|n\.\s?v\.\s?t\.?|nvt|niet aan de orde|geen inspraak|niet geparticipeerd|participatie is niet (?:nodig|mogelijk|zinvol|aan de orde)|er is geen participatie|heeft geen participatie)(?=[\s.,;:)!]|$)/;
const NOT_APPLICABLE = /niet van toepassing|n\.\s?v\.\s?t|nvt|niet aan de orde/;
const REASON =
  /\b(?:omdat|want|vanwege|daardoor|wettelijk|de wet|verplicht|geen (?:beleids)?ruimte|uitvoering van|bestaand beleid|vastgesteld beleid|eerder|al participatie|spoed|crisis|technisch|ondergeschikt|begroting|belasting|tarie(?:f|ven)|latere fase|volgt later|gaat om|alleen)\b/;

const WHO =
  /\b(?:inwoners?|bewoners?|buurtbewoners|omwonenden|ondernemers?|belanghebbenden|stakeholders|maatschappelijke organisaties?|organisaties|verenigingen|wijkraad|wijkraden|dorpsraad|dorpsraden|kernoverleg|adviesraad|jongeren|ouders|deelnemers|woningcorporaties?|corporaties?|partners|cliënten|klankbordgroep|ketenpartners|scholen|instellingen|initiatiefnemer|gebruikers)\b/;
const WHY = /\b(?:omdat|want|daarom|zodat|vanwege|hierdoor|reden|doordat|om die reden)\b/;
const DONE =
  /\b(?:bijeenkomst(?:en)?|informatieavond(?:en)?|inloopavond(?:en)?|inloopbijeenkomst(?:en)?|avond(?:en)?|enquête|vragenlijst|peiling|sessies?|werksessies?|bibliotheeksessie|gesprek(?:ken)?|keukentafelgesprekken|bewonersbrief|brief|klankbordgroep|atelier|wijkschouw|schouw|kernbezoek|platform|panel|workshops?|rondetafel|spreekuur|huis-aan-huis|georganiseerd|gehouden|gesproken)\b/;
const USED =
  /\b(?:overgenomen|verwerkt|aangepast|meegenomen|opgenomen|rekening (?:mee )?gehouden|gewijzigd|veranderd|toegevoegd|ingepast|heeft geleid tot|hebben geleid tot|niet gevolgd|gevolgd)\b/;
const FEEDBACK =
  /\b(?:teruggekoppeld|terugkoppeling|terugkoppelen|koppelen .{0,40}terug|laten weten|lieten .{0,60}weten|laten we .{0,60}weten|horen wat|verslag .{0,40}(?:gedeeld|gestuurd|verstuurd|gepubliceerd)|gedeeld met (?:de )?deelnemers|informeren .{0,40}over (?:de uitkomst|het besluit|wat))/;

interface LevelCue {
  level: Level;
  explicit: RegExp;
  cues: RegExp;
}

const LEVEL_CUES: LevelCue[] = [
  {
    level: 'informeren',
    explicit: /\binformeren\b(?=[^a-z]*(?:\)|niveau|trede))|\(informeren\)|niveau (?:is )?informeren/,
    cues: /\b(?:informeren|geïnformeerd|informatieavond|informatiebijeenkomst|bewonersbrief|nieuwsbrief|op de hoogte|gemeentepagina|kennisgeving)\b/g,
  },
  {
    level: 'raadplegen',
    explicit: /\braadplegen\b/,
    cues: /\b(?:geraadpleegd|enquête|vragenlijst|peiling|mening|meningen|reacties|reageren|inloopbijeenkomst|inloopavond|consultatie|opgehaald|ophalen)\b/g,
  },
  {
    level: 'adviseren',
    explicit: /\badviseren\b/,
    cues: /\b(?:advies|adviezen|adviesraad|geadviseerd|klankbordgroep|meedenken|meegedacht|aanbevelingen)\b/g,
  },
  {
    level: 'coproduceren',
    explicit: /\b(?:coproduceren|coproductie|cocreëren|cocreatie|co-creatie)\b/,
    cues: /\b(?:samen (?:met [^.]{0,60})?(?:ontworpen|ontwerpen|gemaakt|maken|opgesteld|opstellen|ontwikkeld|ontwikkelen)|gezamenlijk(?:e)? (?:ontwerp|plan)|werksessies?|atelier|ontwerpsessies?)\b/g,
  },
  {
    level: 'meebeslissen',
    explicit: /\b(?:meebeslissen|mee beslissen|meebeslist)\b/,
    cues: /\b(?:beslissen zelf|zelf beslissen|gestemd|stemming|bindend|burgerberaad|burgerbegroting)\b/g,
  },
  {
    level: 'zelfbeheer',
    explicit: /\bzelfbeheer\b/,
    cues: /\b(?:zelf beheren|beheren zelf|uitdaagrecht|right to challenge|bewonersinitiatief|zelf uitvoeren)\b/g,
  },
];

/**
 * A guess of the ladder level from the words in the text, or undefined when nothing points anywhere.
 * @example guessLevel('Zij konden advies geven (adviseren), omdat ...') //=> { level: 'adviseren', confidence: 0.85 }
 */
export function guessLevel(text: string): LevelGuess | undefined {
  const t = normalise(text);
  let best: { level: Level; score: number; explicit: boolean } | undefined;
  let total = 0;
  // Later rungs win ties: texts about advising usually also mention informing people.
  for (const cue of LEVEL_CUES) {
    const explicit = cue.explicit.test(t);
    const hits = t.match(cue.cues)?.length ?? 0;
    const score = (explicit ? 3 : 0) + Math.min(hits, 4);
    total += score;
    if (score > 0 && (!best || score >= best.score)) best = { level: cue.level, score, explicit };
  }
  if (!best) return undefined;
  const share = best.score / total;
  const raw = 0.2 + 0.45 * share + (best.explicit ? 0.2 : 0) + Math.min(best.score, 4) * 0.025;
  const confidence = Math.round(Math.min(0.9, Math.max(0.15, raw)) * 100) / 100;
  return { level: best.level, confidence };
}

/** Which required elements a text mentions. */
export function findElements(text: string): RequiredElements {
  const t = normalise(text);
  const levelNamed = LEVEL_CUES.some((c) => c.explicit.test(t)) || guessLevel(text) !== undefined;
  return {
    wie: WHO.test(t),
    niveauWaarom: levelNamed && WHY.test(t),
    watGedaan: DONE.test(t),
    watMetInbreng: USED.test(t),
    terugkoppeling: FEEDBACK.test(t),
  };
}

/**
 * Reads a hand-written section: empty, "no participation" (with or without a reason) or a
 * description of participation, plus the elements it mentions and a level guess.
 */
export function readSectionText(text: string): TextReading {
  const t = normalise(text);
  const words = t.trim().split(' ').filter((w) => /[a-z0-9]/.test(w));
  const none = { wie: false, niveauWaarom: false, watGedaan: false, watMetInbreng: false, terugkoppeling: false };
  if (words.length === 0 || /^\s*[-–—.]*\s*$/.test(t)) return { kind: 'leeg', elements: none };
  const noneMatch = NONE.exec(t);
  if (noneMatch) {
    const rest = (t.slice(0, noneMatch.index) + ' ' + t.slice(noneMatch.index + noneMatch[0].length)).trim();
    const restWords = rest.split(' ').filter((w) => /[a-z]/.test(w));
    // "N.v.t." alone counts as empty: the reader learns nothing, not even that it was a choice.
    if (restWords.length === 0) return { kind: NOT_APPLICABLE.test(noneMatch[0]) ? 'leeg' : 'geen-zonder-reden', elements: none };
    const hasReason = REASON.test(rest) || restWords.length >= 6;
    // A long text that mentions "geen participatie" in passing is still a description.
    if (restWords.length < 60) return { kind: hasReason ? 'geen-met-reden' : 'geen-zonder-reden', elements: none };
  }
  const guess = guessLevel(text);
  return { kind: 'uitgevoerd', elements: findElements(text), ...(guess ? { guess } : {}) };
}
