// Best-effort reading of a hand-written Participatie section. Everything here is a guess from
// word patterns (see lexicon.ts); callers must present the level as "schatting" with its
// confidence, never as fact. Each element found keeps the phrase that matched as evidence.
import type { Level } from '../participation/index.ts';
import {
  ADOPTED_NEXT,
  CHOSE,
  DOCUMENT_REQUEST,
  DONE,
  EMPTY_CONTENT,
  EVENING_ONLY,
  FUTURE,
  INFO_ONLY,
  INPUT_ARRIVED,
  INVOLVED,
  INPUT_WORD,
  INVITED,
  KNOW_BEST,
  LEVEL_LEXICON,
  LEVEL_TALK,
  NONE,
  NOT_APPLICABLE,
  OPEN_RUNG,
  PARTICIPANTS,
  PAST,
  PRAGMATIC,
  PROMISED,
  QUESTION_START,
  REPORT_NAMED,
  REASON,
  REASON_MISSING,
  REASON_PLAIN,
  SHOWS_RESULT,
  TURNED_DOWN,
  VOICED,
  WHY,
  askedFor,
  feedbackCue,
  pointedBackCue,
  isNegated,
  labelOf,
  notAnAnswer,
  questionLabel,
  showPlanCue,
  timeCue,
  usedCue,
  vagueUse,
  whoCue,
} from './lexicon.ts';
import type { LabelKey } from './lexicon.ts';
import { mistyped } from './headings.ts';

export interface RequiredElements {
  wie: boolean;
  niveauWaarom: boolean;
  watGedaan: boolean;
  watMetInbreng: boolean;
  terugkoppeling: boolean;
}

export type SectionKind = 'uitgevoerd' | 'gepland' | 'geen-met-reden' | 'geen-zonder-reden' | 'leeg';

export interface LevelGuess {
  level: Level;
  /** 0..1; capped below 1 because a text guess is never certain. */
  confidence: number;
  /** The words the guess rests on. */
  evidence?: string;
}

/**
 * Per element, the words in the text that made us count it; also when the participation took
 * place (wanneer) and, for a section without participation, the reason it gives (reden).
 */
export type Evidence = Partial<Record<keyof RequiredElements | 'wanneer' | 'reden', string>>;

export interface TextReading {
  kind: SectionKind;
  elements: RequiredElements;
  evidence: Evidence;
  guess?: LevelGuess;
}

function normalise(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u00a0\s]+/g, ' ')
    // Diaereses left out on a keyboard without them: "ideeen", "geinformeerd", "enquete" is read as written.
    .replace(/\bideeen\b/g, 'ideeën')
    .replace(/\bgeinformeerd\b/g, 'geïnformeerd')
    // "Geen particpatie": one keystroke off is read as the word, as in the heading.
    .replace(/\bpa[a-z]{9,11}\b/g, mistyped)
    .trim()} `;
}

/** "Hoe is teruggekoppeld? Per brief in juni.": a question and, after it, its answer. */
const QUESTION_LINE = /^([^?.!:]{3,90})\?\s*(.*)$/u;

/** "V:" / "Vraag:" before a question, "A:" / "Antwoord:" before its answer. */
const QA_PREFIX = /^(?:v|vraag|a|antwoord)\s*:\s*/iu;

const BULLET = /^\s*(?:[-–•*·▪]|\d+[.)]|[a-z][.)])\s+/iu;

function splitSentences(line: string): string[] {
  return line
    // Not after an abbreviation: "(advies d.d. 12 november)", "o.a. de wijkraad", "i.v.m. spoed".
    .split(/(?<=[.!?;])(?<!\b(?:d\.d|o\.a|i\.v\.m|m\.b\.t|t\.b\.v|t\.a\.v|bijv|ca|nr|incl|excl|e\.d|enz|z\.s\.m|jl|a\.s)\.)\s+(?=\S)/iu)
    .map((s) => normalise(s.replace(BULLET, '')).trim())
    .filter((s) => /[a-z0-9]/.test(s));
}

/** One sentence, list item or table row, and the label it stands under, if any. */
export interface Unit {
  s: string;
  label?: LabelKey;
}

/**
 * The section split into sentences, list items and table rows, each with the label it stands
 * under: a sub-heading ("Terugkoppeling"), a "Label:" at the start of the line or the first cell
 * of a table row. Text under a label that names no element stands under no label.
 */
export function unitsOf(text: string): Unit[] {
  const out: Unit[] = [];
  let current: LabelKey | undefined;
  for (const raw of text.split(/\n+/)) {
    // "V: Weten de huurders dat? A: Ja, per brief.": a question-and-answer section with its prefixes.
    const line = raw.replace(BULLET, '').trim().replace(QA_PREFIX, '');
    if (!line) continue;
    const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
    const colon = /^([^:.!?]{2,45}):\s*(.*)$/u.exec(line);
    const question = QUESTION_LINE.exec(line);
    let label: LabelKey | undefined;
    let content = line;
    if (question && questionLabel(question[1]!.toLowerCase())) {
      // "Hoe is teruggekoppeld? Per brief in juni.": the question is the label of its answer.
      label = questionLabel(question[1]!.toLowerCase());
      content = question[2]!.replace(QA_PREFIX, '');
      if (!content) {
        current = label;
        continue;
      }
    } else if (cells.length > 1 && labelOf(cells[0]!.toLowerCase())) {
      label = labelOf(cells[0]!.toLowerCase());
      content = cells.slice(1).join(', ');
    } else if (cells.length > 1) {
      content = cells.join(', ');
    } else if (colon && labelOf(colon[1]!.toLowerCase())) {
      label = labelOf(colon[1]!.toLowerCase());
      content = colon[2]!;
      if (!content) {
        current = label;
        continue;
      }
    } else if (line.split(/\s+/).length <= (QUESTION_START.test(line.toLowerCase()) ? 9 : 6) && !/[.!?;]$/.test(line)) {
      // A short line without an end mark reads as a sub-heading; a question without its mark
      // ("Wat hebben we met de reacties gedaan") says what its answer is about, as one with it does.
      const lower = line.toLowerCase();
      const l = labelOf(lower) ?? (QUESTION_START.test(lower) ? questionLabel(lower) : undefined);
      // "4 Uitkomsten": a numbered sub-heading ends the label before it, as an unnumbered one does.
      if (l || /^(?:\d+(?:\.\d+)*\.?\s+)?[A-Z#]/.test(line)) {
        current = l;
        if (l) continue;
      }
    }
    for (const s of splitSentences(content)) out.push({ s, ...(label ?? current ? { label: label ?? current } : {}) });
  }
  return out;
}

/** Ways of taking part in which people say something back. */
const EXCHANGE = /\b(?:gesproken|gesprek\w*|spraken|overleg\w*|enquête|enquete|vragenlijst|peiling|advies|meegedacht|om tafel|werksessie\w*|gereageerd)\b/;

/** Words that tell people took part, beyond the methods in DONE. */
// Voting is taking part too: "2.206 inwoners brachten hun stem uit", "61 huishoudens stemden".
const TOOK_PART = /\b(?:betrokken|overlegd|meegedacht|meegelezen|meegepraat|samenwerking|samen met|geconsulteerd|geraadpleegd|om tafel|ontworpen|opgesteld|ingevuld|invulden|meegedaan|deden mee|(?:vaakst|meest|vaak|veel) genoemd|stemden|gestemd|(?:brachten|bracht) (?:\S+ ){0,3}?stem(?:men)? uit)\b/;

const NO_ELEMENTS: RequiredElements = { wie: false, niveauWaarom: false, watGedaan: false, watMetInbreng: false, terugkoppeling: false };

/**
 * A sentence that points back to the choice just described: "Dat doen we omdat …", "Het college
 * stemt hiermee in, omdat …". Its "because" gives the reason for that choice, not for something else.
 * "De exploitanten wilden een dag langer; dat doen we niet, omdat …" points back to a wish turned down: that is the use.
 */
const POINTS_BACK =
  /\b(?:(?:dat|dit) (?:doen|deden|kiezen|kozen) (?:we|wij)(?! niet\b)|(?:we|wij) (?:doen|deden) (?:dat|dit)|(?:hier|daar)(?:voor|om) (?:\S+ ){0,3}?(?:gekozen|kiezen|kozen)|(?:kiezen|kozen|kies|koos) (?:we |wij |het college )?(?:hier|daar)voor|(?:stemt|stemmen|stemde|stemden|gaat|gaan|ging) (?:\S+ ){0,2}?(?:hiermee|daarmee) (?:in|akkoord)|voor deze (?:aanpak|vorm|werkwijze)|(?:werken|werkten|doen|deden|pakken|pakten) (?:we|wij) (?:het |dit |dat )?zo\b|zo (?:werken|werkten|doen|deden) (?:we|wij)|(?:we|wij) (?:werken|werkten|doen|deden|pakken|pakten) (?:het |dit |dat )?zo\b|(?:kiezen|kozen|kies|koos) (?:we |wij |het college |de gemeente )?(?:er )?(?:voor|ervoor) (?:om )?(?:\S+ ){0,6}?(?:samen|zelf|mee)\b|^(?:dat|dit|deze vorm|deze aanpak|die keuze|deze keuze) (?:ligt|lag) (?:\S+ )?voor de hand)\b/;

/**
 * The rung weighed as a judgement: "Alleen meedenken is hier te weinig", "Co-creatie lag voor de hand", "Raadplegen
 * past hier het best". A sentence that judges the rung by name gives its why, with or without a because.
 */
const RUNG_NAMED = /\b(?:informeren|raadplegen|adviseren|coproduceren|coproductie|cocreatie|co-creatie|meebeslissen|zelfbeheer|meedenken|meepraten|samen maken|dit niveau|deze trede|deze vorm|deze rol)\b/;
const JUDGED = /\b(?:(?:ligt|lag) (?:\S+ )?voor de hand|(?:is|was|blijft|bleef) (?:hier |daarbij |daarom )?(?:te weinig|te veel|te zwaar|niet genoeg|onvoldoende|(?:het )?(?:meest |best )?passend|logisch|vanzelfsprekend|de juiste (?:vorm|trede|keuze))|past (?:hier |daarom )?(?:het )?(?:best|beter)|(?:het )?meest geschikt)\b/;
/**
 * How much the participants' work counts: "de uitkomsten vormen de basis van de visie", "we nemen
 * hun keuze over". A "because" on such a sentence says why they get that much say.
 */
const INFLUENCE =
  /\b(?:(?:vormen|vormt|vormden|vormde|is|zijn|was|waren) (?:de |het )?(?:basis|uitgangspunt|vertrekpunt|leidend|bindend)|(?:nemen|neemt|namen|nam) (?:we |wij |het college |de gemeente )?(?:hun|de|het) (?:\S+ )?(?:keuzes?|ontwerpen?|advie(?:s|zen)|plan(?:nen)?|voorstel(?:len)?|uitkomst\w*) (?:\S+ ){0,3}?over|(?:volgen|volgt|volgden) (?:we |wij |het college )?(?:hun|het|de) (?:\S+ )?(?:advies|adviezen|keuzes?|ontwerp)|(?:kan|kunnen|zal|zullen|gaat|gaan|wil|willen) (?:we |wij |het college |de gemeente )?(?:hun|het|de) (?:\S+ ){0,4}?(?:advies|adviezen|keuzes?|ontwerp|voorkeur) (?:\S+ ){0,4}?(?:volgen|overnemen))\b/;

/** "We nemen hun ontwerp over, omdat …": the because belongs to the influence, not to a clause after a colon or semicolon. */
function becauseOfInfluence(s: string): boolean {
  const m = INFLUENCE.exec(s);
  if (!m) return false;
  // "Omdat de schoolbesturen de gebouwen beheren" says why they get this much say; "omdat het past binnen
  // het budget" says why this one advice is taken over, not why this rung.
  const clause = BECAUSE.test(s.slice(0, m.index)) ? s.slice(0, m.index) : s.slice(m.index + m[0].length).split(/[:;]/)[0]!;
  // "…; daarom kan het college de keuze van de bewoners volgen": the reason stands just before it.
  if (/\b(?:daarom|om die reden|hierom)\b/.test(s.slice(0, m.index))) return true;
  const because = BECAUSE.exec(clause);
  return because !== null && !PRAGMATIC.test(clause.slice(because.index));
}

/**
 * "Meer invloed was niet mogelijk: de maatregel volgt uit een besluit van de provincie": a colon after
 * words about influence gives the reason. A colon after the kaders lists them ("de raad stelde de
 * kaders: € 60.000 en …"); that is what people may choose within, not why.
 */
function colonReason(s: string, level?: Level): boolean {
  const [head, ...rest] = s.split(/: /);
  // "Van meebeslissen is geen sprake: de ouders zijn alleen per brief geïnformeerd" says what people got instead, not why.
  if (rest.length > 0 && INFORMING.test(rest.join(': ')) && !WHY.test(rest.join(': ')) && !REASON_PLAIN.test(rest.join(': '))) return false;
  // "Inspraak op de planning was er niet: …": the rung held back is talk about the say, and its colon gives the why.
  const bare = /\b(?:niet|geen|nooit|alleen|slechts|bewust|beperkt)\b/.test(head!) ? head! : head!.replace(RUNG_ONLY, ' ');
  return rest.length > 0 && LEVEL_TALK.test(frameless(bare, level).replace(/\bkaders?\b/g, ' '));
}

/**
 * "Raadplegen: de reacties zijn gebruikt …", "In co-creatie met het veld tot stand gekomen: twintig makers …", "Over
 * de verordening is inspraak gehouden: van 1 tot …": after the rung or the activity by name a colon says what people
 * did, as a label does. Only words about how much say there was ("meer invloed was niet mogelijk:") introduce a why.
 */
const RUNG_ONLY = /\b(?:informeren|raadplegen|adviseren|coproduceren|coproductie|cocreatie|co-creatie|meebeslissen|zelfbeheer|inspraak)\b/g;

/**
 * Where people choose or run it themselves, what is fixed beforehand ("de spelregels waren vooraf vastgelegd", "het
 * budget en de eisen van de brandweer liggen vast") is the frame they choose within, not why they get that say. For a
 * lower rung the same words say why people could not have more.
 */
function frameless(s: string, level: Level | undefined): string {
  if (level === undefined || RUNG[level] < RUNG.meebeslissen) return s;
  return s.replace(/\b(?:(?:ligt|liggen|lag|lagen|staat|staan|stond|stonden) (?:\S+ ){0,2}?vast|vast\w*|spelregels|(?:al|eerder|vooraf) (?:\S+ ){0,3}?(?:besloten|bepaald))\b/g, ' ');
}
const BECAUSE = /\b(?:omdat|want|aangezien|vanwege|doordat)\b/;
/**
 * Where one sentence runs on into another clause ("…, waar bewoners hun mening gaven over de varianten, en waar de
 * boulevard op weerstand stuitte omdat …", "We voeren daarom gesprekken, en we zetten een vragenlijst uit waarin …"),
 * a because in that other clause explains what it says, not the rung. A because joined with a comma ("…, omdat …")
 * stays with its clause.
 */
const WISH_TO_KNOW = /\b(?:wilden|wilde|willen|wil) (?:graag )?(?:weten|horen)\b(?![^.;]*\b(?:eerst|alleen|vooral|slechts)\b)/;
const CLAUSE_BREAK = /: |; |, (?=(?:en|maar|terwijl) |waar(?:bij|in|na)? )/;
const REASON_POINTER = /^(?:de )?reden (?:hiervoor|daarvoor|daarvan|is)\b|^(?:dit|dat) (?:is|komt) (?:omdat|doordat|zo omdat)\b/;
const CONTACT_FOR = /\b(?:telefoonnummer|nummer|adres|mailadres|e-mailadres|meldpunt|loket|contactpersoon) (?:voor|bij) (?:\S+ )?(?:vragen|klachten|meldingen|opmerkingen)\b/g;
/** "Het plan is niet aangepast, want …": whether the plan changed after the input, which a because then explains. */
const PLAN_CHANGED = /\b(?:het|de|dit|dat) (?:\S+ )?(?:plan|ontwerp|voorstel|besluit)\b[^.;]*\b(?:is|wordt|werd|zijn|worden|werden) (?:\S+ )?(?:niet )?(?:aangepast|gewijzigd|veranderd)\b/;
const BECAUSE_OR_THEREFORE = /\b(?:omdat|want|aangezien|daarom|om die reden)\b/;

/** The gemeente's answer to what people asked or said: "alle vragen en antwoorden", "wat we met hun vragen doen". */
const ANSWERED = /\b(?:antwoord\w*|beantwoord\w*|onze reactie|(?:wat|hoe) (?:\S+ ){1,6}?met (?:hun|de|deze|die|uw) (?:\S+ )?(?:vragen|inbreng|reacties?|ideeën|wensen|opmerkingen|zorgen)\b)/;

/** A document with the gemeente's answers, which a "die" in the next sentence points back to. */
const REPLY_DOCUMENT = /\b(?:reactienota|nota van beantwoording|antwoordnota|inspraaknotitie|reactiebrief|onze (?:reactie|antwoorden)|ons antwoord)\b/;

/** Rungs from least to most influence; the highest rung a text describes is the level it reports. */
const RUNG: Record<Level, number> = { informeren: 0, raadplegen: 1, adviseren: 2, coproduceren: 3, meebeslissen: 4, zelfbeheer: 5 };

/**
 * "Meebeslissen over de inzameling kan niet", "Reageren was niet gevraagd": the rung named and then
 * denied by the verb after it, within the same clause.
 */
const DENIED_AFTER = /^[^,;:]{0,40}?\b(?:(?:kan|kon|konden|kunnen|mag|mocht|mochten|mogen) (?:hier |daar |er )?niet\b|(?:is|was|waren|zijn|werd|wordt) (?:hier |daar |er )?(?:niet|geen) (?:mogelijk|gevraagd|nodig|aan de orde|de bedoeling)\b|(?:had|heeft|hadden|hebben) geen zin\b|(?:is|was|waren|zijn) (?:hier |daar |er )?geen sprake\b|zou(?:den)? \S+ (?:\S+ )?(?:wekken|geven|betekenen|kosten|vragen|zijn)\b|(?:vonden|vinden|vond|vindt) (?:we |wij )?(?:\S+ )?(?:te weinig|niet genoeg|onvoldoende)\b|(?:is|was) (?:hier |daar )?(?:te weinig|niet genoeg|onvoldoende)\b)/;

/** "(meeweten – meedenken – meepraten – meedoen – meebeslissen)": a rung inside a list of the ladder's rungs is the ladder, not the rung. */
const LADDER_WORD = /\b(?:informeren|raadplegen|adviseren|coproduceren|meebeslissen|zelfbeheer|meeweten|meedenken|meepraten|meedoen|meewerken|meebeslissen|co-creatie|cocreatie)\b/g;
function inLadderList(s: string, index: number): boolean {
  const around = s.slice(Math.max(0, index - 60), index + 60);
  if (!/[–—/-]|, /.test(around)) return false;
  return new Set(around.match(LADDER_WORD) ?? []).size >= 4;
}

function negatedAt(s: string, index: number, length = 0): boolean {
  if (length > 0 && DENIED_AFTER.test(s.slice(index + length))) return true;
  const before = s.slice(0, index).trim().split(' ').slice(-3).join(' ');
  // "Er was geen ruimte om omwonenden te laten meebeslissen of adviseren": the rung denied further back.
  // "We kozen voor een adviesaanvraag en niet voor een brede raadpleging": the rung set aside.
  return /\b(?:niet|geen|nooit|zonder)\b/.test(before) || /\bniet (?:voor|om) (?:\S+ ){0,3}$/.test(s.slice(0, index)) || inLadderList(s, index) || /\bgeen (?:\S+ )?(?:ruimte|mogelijkheid|gelegenheid|tijd) (?:om|voor)\b(?![^,;:]*[,;:])/.test(s.slice(0, index));
}

interface LevelHit {
  level: Level;
  kind: 'named' | 'described' | 'cue';
  evidence: string;
  unit: number;
  /** A cue that people said what they think (VOICED), not a method: it points to raadplegen only where no method leaves the rung open. */
  voiced?: boolean;
}

// Level hits and feedback sentences are needed several times per section; keep them per units array.
const hitsMemo = new WeakMap<readonly Unit[], LevelHit[]>();
const feedbackMemo = new WeakMap<readonly Unit[], Map<number, string>>();

function levelHits(units: readonly Unit[]): LevelHit[] {
  const known = hitsMemo.get(units);
  if (known) return known;
  const hits: LevelHit[] = [];
  hitsMemo.set(units, hits);
  units.forEach((u, i) => {
    // "Niveau: raadplegen" or a line with only the rung: the author named it.
    const alone = /^(informeren|raadplegen|adviseren|coproduceren|meebeslissen|zelfbeheer)[.!]?$/.exec(u.s);
    if (alone) hits.push({ level: alone[1] as Level, kind: 'named', evidence: alone[1]!, unit: i });
    for (const lex of LEVEL_LEXICON) {
      const named = lex.named.exec(u.s);
      if (named && !negatedAt(u.s, named.index, named[0].length)) hits.push({ level: lex.level, kind: 'named', evidence: named[0].trim(), unit: i });
      const described = lex.described.exec(u.s);
      if (described && !negatedAt(u.s, described.index, described[0].length)) hits.push({ level: lex.level, kind: 'described', evidence: described[0].trim(), unit: i });
      for (const m of u.s.matchAll(lex.cues)) {
        if (!negatedAt(u.s, m.index, m[0].length)) hits.push({ level: lex.level, kind: 'cue', evidence: m[0].trim(), unit: i });
      }
    }
    // "Er kwamen 46 reacties", "bewoners vonden de containers te ver weg": input given, not merely possible.
    const voiced = /\b(?:geen|niet|konden|kunnen|mochten|mogen)\b/.test(u.s) ? null : VOICED.exec(u.s);
    if (voiced) hits.push({ level: 'raadplegen', kind: 'cue', evidence: voiced[0].trim(), unit: i, voiced: true });
    const chose = CHOSE.exec(u.s);
    if (chose && !negatedAt(u.s, chose.index) && ADOPTED_NEXT.test(units[i + 1]?.s ?? '')) hits.push({ level: 'meebeslissen', kind: 'described', evidence: chose[0].trim(), unit: i });
  });
  return hits;
}

/**
 * The ladder level a text reports, or undefined when a reader could not tell. A level that is
 * named wins; else the highest rung the text describes in other words ("bewoners kozen binnen
 * het budget"); else the highest rung its methods point to (an enquête asks opinions). Informing
 * counts only when nobody gave any input. Words that fit several rungs ("meedenken",
 * "klankbordgroep", "werksessie") point nowhere by themselves.
 * @example guessLevel('Zij konden advies geven (adviseren), omdat ...') //=> { level: 'adviseren', confidence: 0.85, … }
 */
export function guessLevel(text: string): LevelGuess | undefined {
  return guessFromUnits(unitsOf(text));
}

const guessMemo = new WeakMap<readonly Unit[], { guess: LevelGuess | undefined }>();

function guessFromUnits(units: readonly Unit[]): LevelGuess | undefined {
  const known = guessMemo.get(units);
  if (known) return known.guess;
  const guess = guessOnce(units);
  guessMemo.set(units, { guess });
  return guess;
}

function guessOnce(units: readonly Unit[]): LevelGuess | undefined {
  const fb = feedbackUnits(units);
  const hits = levelHits(units);
  const labelled = hits.find((h) => h.kind === 'named' && units[h.unit]!.label === 'niveau');
  // "Op de ladder is dat raadplegen in de enquête en adviseren in de ateliers": where one sentence names two rungs,
  // the highest that people had counts.
  // "Participatieniveau: raadplegen (inwoners) en adviseren (wijkplatforms)" likewise.
  const firstNamed = labelled ?? hits.find((h) => h.kind === 'named' && !fb.has(h.unit));
  // "Inwoners zijn geïnformeerd (informeren). De adviesraad heeft advies uitgebracht (adviseren).", or several sentences
  // under "Welke invloed?": the author labels the rung per group, and the highest that people had counts.
  const authored = (h: LevelHit): boolean =>
    h.kind === 'named' && !fb.has(h.unit) && (units[h.unit]!.label === 'niveau' || /^\(.*\)$/.test(h.evidence) || units[h.unit]!.s.includes(`(${h.evidence})`));
  const byAuthor = firstNamed && authored(firstNamed) ? hits.filter(authored) : [];
  const named =
    firstNamed &&
    (byAuthor.length > 0 ? byAuthor : hits.filter((h) => h.kind === 'named' && h.unit === firstNamed.unit)).sort((a, b) => RUNG[b.level] - RUNG[a.level])[0];
  if (named) return { level: named.level, confidence: 0.85, evidence: named.evidence };
  // Input actually given: not "geen zienswijzen", not "zij konden een zienswijze indienen".
  // Talks, surveys and advice are more than informing, even when the text names no input.
  // "Deelnemers" alone does not say they gave input: there are deelnemers of an informatieavond too.
  const inputGiven = units.some(
    (u, i) =>
      !fb.has(i) &&
      !/\b(?:geen|niet|konden|kunnen|mochten|mogen)\b/.test(u.s) &&
      // "een telefoonnummer voor klachten" is a way to reach the organiser, not input given.
      (INPUT_WORD.test(u.s.replace(CONTACT_FOR, ' ')) || EXCHANGE.test(u.s)),
  );
  // An invitation to think along is a step towards input, not informing as the rung.
  // "Er was geen ruimte om mee te praten" is the opposite of an invitation.
  const invited = units.some((u) => {
    const m = INVITED.exec(u.s);
    return m !== null && !negatedAt(u.s, m.index) && !/\bgeen (?:\S+ )?(?:ruimte|mogelijkheid|gelegenheid|tijd)\b/.test(u.s.slice(0, m.index));
  });
  const openRung = units.some((u) => OPEN_RUNG.test(u.s));
  // A method or an activity must be there before a cue word can tell the rung: "De mening van de
  // inwoners is meegenomen" says nothing about how much say they had.
  const somethingDone = units.some((u, i) => !fb.has(i) && DONE.test(u.s));
  // Informing the raad ("u bent geïnformeerd", a raadsinformatiebrief) is not a rung for residents.
  // A walk-in or residents' evening is often only informative: it points to raadplegen once people gave input.
  // A request under the uitdaagrecht that was turned down leaves the task with the gemeente.
  const turnedDown = units.some((u) => TURNED_DOWN.test(u.s));
  const usable = (h: LevelHit): boolean =>
    (h.kind !== 'cue' || somethingDone) &&
    (h.level !== 'zelfbeheer' || !turnedDown) &&
    (h.kind !== 'cue' || !EVENING_ONLY.test(h.evidence) || inputGiven || units.some((u, i) => !fb.has(i) && askedFor(u.s))) &&
    (!h.voiced || (!openRung && !fb.has(h.unit))) &&
    (h.level !== 'informeren' || (!inputGiven && !invited && !fb.has(h.unit) && !/\b(?:u|raadsinformatiebrief|raadsleden|gemeenteraad)\b/.test(units[h.unit]!.s)));
  const best = (kind: LevelHit['kind']): LevelHit | undefined =>
    hits.filter((h) => h.kind === kind && usable(h)).sort((a, b) => RUNG[b.level] - RUNG[a.level])[0];
  const described = best('described');
  if (described) return { level: described.level, confidence: 0.7, evidence: described.evidence };
  const cue = best('cue');
  if (cue) return { level: cue.level, confidence: 0.5, evidence: cue.evidence };
  return undefined;
}

/** A question the section puts to itself ("Hoe is teruggekoppeld?"): the answer follows it. */
function asks(u: Unit): boolean {
  return u.s.endsWith('?');
}

function substantive(u: Unit): boolean {
  return u.s.split(' ').length >= 2 && !EMPTY_CONTENT.test(u.s);
}

/** Units that tell of feedback, by label or by the words of the sentence. */
function feedbackUnits(units: readonly Unit[]): Map<number, string> {
  const known = feedbackMemo.get(units);
  if (known) return known;
  const out = new Map<number, string>();
  feedbackMemo.set(units, out);
  let together = false;
  let participated = false;
  let afterUse = false;
  let reportNamed = false;
  const sentences = units.map((u) => u.s);
  units.forEach((u, i) => {
    // "Is er teruggekoppeld? Nog niet.": a question asks; its answer tells.
    if (asks(u)) {
      /* nothing told */
    } else if (u.label === 'terugkoppeling') {
      const cue = feedbackCue(u.s);
      // "Er is geen aparte terugkoppeling georganiseerd" under the label says there was none.
      // "Terugkoppeling: de deelnemers krijgen een uitnodiging voor de opening" is news, not their answer.
      const denied = (/\b(?:geen|niet|nooit)\b/.test(u.s) && (!cue || isNegated(u.s, cue))) || (!cue && INFO_ONLY.test(u.s)) || notAnAnswer(u.s);
      if (substantive(u) && !denied && !/\bnog (?:niet|geen)\b/.test(u.s)) out.set(i, u.s.split(' ').slice(0, 12).join(' '));
    } else {
      let cue = feedbackCue(u.s, participated, afterUse || together, reportNamed);
      // "We beantwoorden alle reacties in een reactienota. Die wordt naar alle deelnemers gestuurd.": the pronoun is the answer.
      if (!cue && i > 0 && /^(?:die|deze|dat|dit)\b/.test(u.s) && REPLY_DOCUMENT.test(units[i - 1]!.s)) cue = feedbackCue(u.s.replace(/^\S+/, 'onze reactie'), participated, true, reportNamed);
      // "Wij hebben dit in januari met de huurders besproken": after the use, "dit" is what was done with their input.
      if (!cue && afterUse) cue = pointedBackCue(u.s);
      if (cue && !isNegated(u.s, cue)) out.set(i, cue.phrase);
      // "Er is nog geen terugkoppeling geweest. Dat doen we na het besluit": promised, so it will be told.
      else if (cue && /\bnog (?:geen|niet)\b/.test(u.s) && (PROMISED.test(u.s) || PROMISED.test(units[i + 1]?.s ?? ''))) out.set(i, cue.phrase);
    }
    // People asking for something ("bewoners vroegen om drempels") took part as much as people who filled in a survey.
    if (INPUT_WORD.test(u.s) || PARTICIPANTS.test(u.s) || DONE.test(u.s) || TOOK_PART.test(u.s) || askedFor(u.s)) participated = true;
    if (REPORT_NAMED.test(u.s)) reportNamed = true;
    if (!afterUse && usedCue(sentences, i)) afterUse = true;
    if (afterUse) participated = true;
    if (!together && madeTogether([u.s])) together = true;
  });
  return out;
}

function labelled(units: readonly Unit[], key: LabelKey): string | undefined {
  const u = units.find((x) => x.label === key && substantive(x));
  return u ? u.s.split(' ').slice(0, 12).join(' ') : undefined;
}

/** Earlier sentences describe a plan made or chosen by the participants themselves. */
function madeTogether(before: readonly string[]): boolean {
  const lex = LEVEL_LEXICON.filter((l) => l.level === 'coproduceren' || l.level === 'meebeslissen');
  return before.some((s) => lex.some((l) => l.described.test(s) || l.named.test(s)));
}

const OTHER_LABEL: ReadonlySet<LabelKey> = new Set(['terugkoppeling', 'waarom', 'niveau', 'wie', 'wanneer']);

/** Which required elements a text mentions, with the words that show it. */
export function readElements(text: string): { elements: RequiredElements; evidence: Evidence } {
  return elementsOfUnits(unitsOf(text));
}

function elementsOfUnits(units: readonly Unit[]): { elements: RequiredElements; evidence: Evidence } {
  const sentences = units.map((u) => u.s);
  const evidence: Evidence = {};
  const level = guessFromUnits(units);
  // Where people were only informed, nobody gave input, so nothing can be fed back: a letter about
  // the decision is more informing ("Zij krijgen in december een brief over het besluit").
  const onlyInformed = level?.level === 'informeren';
  // Answers to the questions people asked still count: they are the gemeente's answer to them.
  const answers = (s: string | undefined): boolean => s !== undefined && ANSWERED.test(s);
  const fb = onlyInformed ? new Map([...feedbackUnits(units)].filter(([i]) => answers(units[i]!.s) || answers(units[i - 1]?.s))) : feedbackUnits(units);
  const first = fb.values().next();
  if (!first.done) evidence.terugkoppeling = first.value;

  const wie = labelled(units, 'wie') ?? units.map((u) => whoCue(u.s)?.phrase).find((p) => p !== undefined);
  if (wie) evidence.wie = wie;
  // A level described in other words ("samen met de buurt ontworpen", "bewoners kozen") also says what was done.
  const hits = levelHits(units);
  // Running something oneself for years already ("de stichting beheert het dorpshuis al twaalf jaar zelf") is how
  // things stand, not something done now to involve people.
  const standing = (h: LevelHit): boolean => h.level === 'zelfbeheer' && /\bal (?:\S+ )?(?:jaren|jaar)\b/.test(units[h.unit]!.s);
  const described = hits.find((h) => h.kind === 'described' && !standing(h) && !fb.has(h.unit));
  const describedUnits = new Set(hits.filter((h) => h.kind === 'described').map((h) => units[h.unit]!));
  // Informing the raad ("u bent geïnformeerd") is not something done with residents.
  // "Betrokken partijen: zie 'Overleg gevoerd met'": a pointer to another section tells nothing here.
  const toRaad = (u: Unit): boolean => /\b(?:u|raadsinformatiebrief)\b/.test(u.s) || /^zie\b/.test(u.s);
  // A request for a document ("gevraagd het verslag alsnog aan te leveren") involves nobody either.
  const notInvolving = (u: Unit): boolean => toRaad(u) || DOCUMENT_REQUEST.test(u.s);
  const done =
    labelled(units, 'watGedaan') ??
    units.map((u, i) => (fb.has(i) || notInvolving(u) ? undefined : DONE.exec(u.s)?.[0])).find((p) => p !== undefined) ??
    described?.evidence ??
    units.map((u, i) => (fb.has(i) || notInvolving(u) ? undefined : INVOLVED.exec(u.s)?.[0])).find((p) => p !== undefined);
  if (done) evidence.watGedaan = done.trim();
  // A time counts where the sentence is about taking part, not about a decision or the feedback.
  // Also input arriving ("het advies is op 18 november ontvangen") and, where people decided, their choice being made.
  const aboutTakingPart = (u: Unit): boolean =>
    u.label === 'wanneer' ||
    u.label === 'watGedaan' ||
    DONE.test(u.s) ||
    INVOLVED.test(u.s) ||
    PARTICIPANTS.test(u.s) ||
    whoCue(u.s) !== undefined ||
    describedUnits.has(u) ||
    INPUT_ARRIVED.test(u.s) ||
    // "In 2025 is breed geparticipeerd", "De participatie start na de zomer": the taking part itself.
    /\b(?:geparticipeerd|participatie(?!verordening|beleid|leidraad|nota|visie|raad|verslag|plan)\w*|inspraakperiode|inspraaktermijn)\b/.test(u.s) ||
    (level?.level === 'meebeslissen' && /\b(?:(?:de|hun) keuze|de stemming|gestemd|gekozen|kiezen|kozen|stemmen)\b/.test(u.s));
  // A sentence cut at a semicolon goes on about the same thing: "… beoordeelt de aanvragen; de eerste ronde loopt van september tot december".
  // "Het ontwerpteam presenteert het ontwerp op 8 mei aan de buurt": the finished work shown, like feedback, is no time of taking part.
  const showsResult = (u: Unit): boolean =>
    SHOWS_RESULT.test(u.s) &&
    !INPUT_WORD.test(u.s) &&
    !EXCHANGE.test(u.s) &&
    !/\breage\w+/.test(u.s);
  // "Dat was in maart en april", "Dit alles gebeurde in september": a sentence that points back to the taking part before it.
  const pointsBack = (i: number): boolean =>
    i > 0 && /^(?:dat|dit|dit alles|dat alles|die|deze|beide|allebei)\b(?: \S+){0,3}? (?:was|waren|gebeurde|gebeurden|vond|vonden|is|zijn|gebeurt|vindt)\b/.test(units[i]!.s) && !fb.has(i - 1) && aboutTakingPart(units[i - 1]!);
  const about = (i: number): boolean =>
    !showsResult(units[i]!) && (aboutTakingPart(units[i]!) || pointsBack(i) || (i > 0 && /;$/.test(units[i - 1]!.s) && aboutTakingPart(units[i - 1]!)));
  const when = units
    .map((u, i) => (fb.has(i) || !about(i) ? undefined : timeCue(u.s)?.phrase))
    .find((p) => p !== undefined);
  if (when) evidence.wanneer = when;

  if (level) {
    const why = labelled(units, 'waarom') ?? labelled(units, 'reden');
    // The reason stands in the sentence that gives the level, in the one after it, or in a sentence
    // about influence: "Meer invloed was niet mogelijk: de maatregel volgt uit een besluit van de provincie."
    const levelUnit = units.findIndex((u) => u.s.includes(level.evidence ?? '\u0000'));
    const because = (u: Unit): boolean => WHY.test(u.s) || colonReason(u.s, level.level);
    // "We vroegen advies, omdat de locatie voor het hele dorp telt", "daarom ontwerpen we het samen met de buurt":
    // a because on a sentence that itself shows the rung read explains that rung.
    const rungHits = levelHits(units).filter((h) => h.level === level.level && h.kind !== 'cue');
    const sameRung = new Set(rungHits.map((h) => h.unit));
    // Only the clause that holds the rung: in "Het college volgt dat advies, op één punt na: de nieuwbouw schuift
    // op, omdat …" the because after the colon explains the exception, not the rung.
    const rungClause = (i: number): string => {
      const s = units[i]!.s;
      const ev = [level.evidence, ...rungHits.filter((h) => h.unit === i).map((h) => h.evidence)].find((e) => e !== undefined && s.includes(e));
      if (ev === undefined) return s;
      const c = s.split(CLAUSE_BREAK).find((x) => x.includes(ev)) ?? s;
      // "De adviesraad heeft geadviseerd om de hulp niet bij één aanbieder te leggen, omdat cliënten dan niet kunnen
      // kiezen": a because after what was advised or asked ("om …", "dat …") is their argument, not the why of the rung.
      const end = c.indexOf(ev) + ev.length;
      const clause = /^ (?:om|dat) /.test(c.slice(end)) ? c.slice(0, end) : c;
      // "We wilden weten wat inwoners verwachten. Daarom vroegen we 120 mensen naar hun mening": the "daarom" gives the
      // purpose of asking at all, not why people got no more say than that.
      return i > 0 && WISH_TO_KNOW.test(units[i - 1]!.s) ? clause.replace(/\bdaarom\b/g, ' ') : clause;
    };
    // "We hebben inwoners bewust alleen om hun mening gevraagd: het besluit ligt bij de raad": a colon after the
    // rung held back (alleen, bewust, niet) says why it stops there.
    const heldBackColon = (i: number): boolean => {
      const parts = units[i]!.s.split(/: /);
      return parts.length > 1 && (sameRung.has(i) || i === levelUnit) && /\b(?:alleen|bewust|slechts|uitsluitend|niet|geen|beperkt)\b/.test(parts[0]!);
    };
    // A sentence about what was done with the input ("het plan is niet aangepast, want …", "daarom is de
    // venstertijd vastgesteld op …") explains that use, not the rung.
    const aboutUse = (i: number): boolean =>
      !sameRung.has(i) && !INFLUENCE.test(units[i]!.s) && !/\b(?:niveau|trede|invloed|inspraak|zeggenschap|(?:kozen|kiezen|gekozen) (?:\S+ ){0,3}?voor (?:\S+ ){0,3}?(?:vorm|aanpak|werkwijze|raadpleging|adviesaanvraag|adviesvraag))\b/.test(units[i]!.s) && (usedCue(sentences, i) !== undefined || PLAN_CHANGED.test(units[i]!.s));
    // A level read from a cue word only ("opmerkingen") gives no sentence whose "because" explains the rung.
    const told = (level.confidence ?? 0) >= 0.7;
    const reason =
      why ??
      units
        .map((u, i) =>
          !fb.has(i) &&
          ((because(u) &&
            ((LEVEL_TALK.test(u.s) && !aboutUse(i)) ||
              (i === levelUnit && told && (WHY.test(rungClause(i)) || colonReason(u.s, level.level))) ||
              (told && sameRung.has(i) && BECAUSE_OR_THEREFORE.test(rungClause(i)) && !usedCue([u.s], 0)) ||
              // "Niveau: coproduceren. Het beleid stellen we samen op, omdat …": the sentence after the label explains it.
              (i === levelUnit + 1 && units[levelUnit]!.label === 'niveau' && BECAUSE_OR_THEREFORE.test(u.s)) ||
              // "We kiezen hiervoor omdat …", "We deden dat samen, omdat …": a choice pointed back to, wherever it follows the rung.
              (i > levelUnit && POINTS_BACK.test(u.s) && BECAUSE.test(u.s)))) ||
            // "De reden hiervoor is dat …", "Dat komt doordat …": the sentence after the rung points back to it.
            (i === levelUnit + 1 && told && REASON_POINTER.test(u.s)) ||
            (told && heldBackColon(i)) ||
            becauseOfInfluence(u.s) ||
            ((i === levelUnit || i === levelUnit + 1) && (KNOW_BEST.test(u.s) || REASON_PLAIN.test(frameless(u.s, level.level))) && !aboutUse(i)) ||
            (RUNG_NAMED.test(u.s) && JUDGED.test(u.s) && !aboutUse(i)) ||
            // "Het ontwerp staat vast, dus er valt niets te kiezen. Wel houden we iedereen op de hoogte": the limit stands
            // just before the "wel" that gives what is left.
            (i === levelUnit - 1 && RUNG[level.level] < RUNG.meebeslissen && /\bwel\b/.test(units[levelUnit]!.s) && REASON_PLAIN.test(frameless(u.s, level.level)) && !aboutUse(i)))
            ? u.s
            : undefined,
        )
        .find((s) => s !== undefined);
    if (reason) evidence.niveauWaarom = `${level.evidence ?? level.level} … ${reason.split(' ').slice(0, 14).join(' ')}`;
  }

  // "Wat is met de inbreng gedaan? De resultaten worden meegenomen bij de uitwerking" under the label still says nothing done.
  // The label is answered by its first sentence; what follows it may be about the next step.
  const usedUnit = units.find((u, i) => u.label === 'watMetInbreng' && substantive(u) && !vagueUse(u.s) && !(i > 0 && units[i - 1]!.label === 'watMetInbreng' && vagueUse(units[i - 1]!.s)));
  const used = usedUnit?.s.split(' ').slice(0, 12).join(' ');
  if (used) evidence.watMetInbreng = used;
  let together = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!onlyInformed && evidence.terugkoppeling === undefined && (evidence.watMetInbreng !== undefined || together)) {
      const cue = showPlanCue(s);
      if (cue && !isNegated(s, cue)) evidence.terugkoppeling = cue.phrase;
    }
    // Text under "Terugkoppeling", "Waarom", "Niveau", "Wie" or "Wanneer" tells what its label asks, not what was done with the input.
    if (evidence.watMetInbreng === undefined && !OTHER_LABEL.has(units[i]!.label ?? 'watMetInbreng')) {
      const cue = usedCue(sentences, i);
      if (cue) evidence.watMetInbreng = cue.phrase;
    }
    if (!together && madeTogether([s])) together = true;
  }
  // Meebeslissen means the gemeente adopts what the participants chose (PARTICIPATION.md §1):
  // a section that says they chose within the kaders has said what happened with their input.
  // Under zelfbeheer people decide for themselves ("zij bepalen zelf wat er gebeurt"): nothing of theirs is taken over.
  if (evidence.watMetInbreng === undefined && level?.level !== 'zelfbeheer') {
    const decided = LEVEL_LEXICON.find((l) => l.level === 'meebeslissen')!;
    const m = sentences.map((s) => decided.described.exec(s)).find((x) => x !== null && !negatedAt(x.input, x.index));
    const adopted = /\b(?:won|wint|voeren (?:we|wij)|nemen (?:we|wij)|overgenomen|uitgevoerd|gevolgd|was aan|lag bij|ligt bij|voer\w* (?:\S+ ){0,4}?uit|(?:wordt|worden) het|(?<!\bafspraken (?:\S+ ){0,12})gemaakt|aangelegd|gebouwd|geplaatst|stelt (?:die|deze|hun|de gekozen) (?:\S+ )?vast)\b/;
    // "Bewoners kozen …" is their decision, which meebeslissen adopts; "bewoners mochten kiezen" is only the chance,
    // and "de wijkraad beslist zelf over het budget" the standing arrangement: neither says a choice was adopted.
    // "De dorpsraad verdeelt het budget" is the arrangement too.
    const chance = /\b(?:mochten|mogen|mag|mocht|konden|kunnen|kon|kan|beslist|beslissen|bepaalt|bepalen|kiest|kiezen|besluit|besluiten|stemt|stemmen|verdeelt|verdelen)\b/;
    if (m && (!chance.test(m[0]) || adopted.test(sentences.join(' ')))) evidence.watMetInbreng = m[0].trim();
    // "De bewoners kozen voor een plateau. Dat plateau leggen we in de herfst aan."
    const carried = sentences.findIndex((s, i) => CHOSE.test(s) && ADOPTED_NEXT.test(sentences[i + 1] ?? ''));
    if (evidence.watMetInbreng === undefined && carried >= 0) evidence.watMetInbreng = `${CHOSE.exec(sentences[carried]!)![0].trim()} … ${sentences[carried + 1]!.split(' ').slice(0, 6).join(' ')}`;
  }
  return {
    elements: {
      wie: evidence.wie !== undefined,
      niveauWaarom: evidence.niveauWaarom !== undefined,
      watGedaan: evidence.watGedaan !== undefined,
      watMetInbreng: evidence.watMetInbreng !== undefined,
      terugkoppeling: evidence.terugkoppeling !== undefined,
    },
    evidence,
  };
}

/** Which required elements a text mentions. */
export function findElements(text: string): RequiredElements {
  return readElements(text).elements;
}

/** The words that give the reason, from the reason word on: "omdat het om een technische wijziging gaat". */
function reasonWords(rest: string, reason: RegExpExecArray | null): string {
  const from = reason ? rest.slice(reason.index) : rest;
  // Not cut after an abbreviation: "i.v.m. spoed".
  return from.split(/(?<=[a-z0-9)]{2}[.!?;])\s/)[0]!.split(' ').filter(Boolean).slice(0, 14).join(' ').replace(/[.,;:]$/, '');
}

/** A clause that says something about the proposal: "de raad besliste hier al over". */
const EXPLAINS = /^ (?:het|dit|dat|de|deze|die|er|hier\w*|daar\w*|want|we|wij|het college)\b(?: \S+){3,}/;
/** Telling people about the decision, which is no reason for having no participation. */
/** Saying only that it was a choice ("Er is bewust voor gekozen dit niet te doen") gives no reason for it. */
const CHOICE_ONLY = /^ ?(?:er |we |wij |het college |de gemeente )?(?:is |zijn |heeft |hebben )?(?:\S+ ){0,3}?(?:gekozen|besloten|kiezen|kozen)\b(?![^.;]*\b(?:omdat|want|vanwege|doordat|aangezien|gezien|gelet)\b)/;
/** "Welke inwoners zijn betrokken?", "Hebben inwoners meegedacht?": a question whether anyone took part. */
const TOOK_PART_ASKED = /\b(?:betrokken|meegedacht|meegepraat|meegedaan|geraadpleegd|geparticipeerd)\b/;
/** A clause about talks among governments only: other gemeenten, the provincie, a regional body. */
const AMONG_GOVERNMENTS = /\b(?:(?:andere |omliggende |de |twee |drie |vier |\S+ )?gemeenten|provincies?|waterschappen?|ministerie|regionaal overleg|regiogemeenten)\b/;
const INFORMING = /\b(?:informe\w+|geïnformeerd|website|gemeentepagina|\w*brief|nieuwsbrief|publice\w+|bekendma\w+|op de hoogte)\b/;

/** Participation still to come: sentences in the future tense and none in the past. */
function isPlanned(sentences: readonly string[]): boolean {
  return sentences.some((s) => FUTURE.test(s)) && !sentences.some((s) => PAST.test(s) && !FUTURE.test(s));
}

/**
 * "Zie bijlage 3", one stray word: text under the heading that names nothing of the participation
 * (no element, no moment, no rung) is no paragraph, and must not count as participation done. Read
 * after the word model, so that it has its say first.
 */
export function emptyWhenSilent<T extends TextReading>(reading: T): T {
  const silent =
    (reading.kind === 'uitgevoerd' || reading.kind === 'gepland') &&
    !Object.values(reading.elements).some(Boolean) &&
    reading.evidence.wanneer === undefined &&
    reading.guess === undefined;
  return silent ? { ...reading, kind: 'leeg' } : reading;
}

/**
 * Reads a hand-written section: empty, "no participation" (with or without a reason) or a
 * description of participation done or planned, plus the elements it mentions and a level guess.
 */
export function readSectionText(text: string): TextReading {
  const t = normalise(text);
  const words = t.trim().split(' ').filter((w) => /[a-z0-9]/.test(w));
  if (words.length === 0 || /^\s*[-–—.]*\s*$/.test(t)) return { kind: 'leeg', elements: NO_ELEMENTS, evidence: {} };
  // "Terugkoppeling: n.v.t." says one element is empty, not that there was no participation.
  const emptyLabel = (line: string): boolean => {
    // "Wat is er met de inbreng gedaan? n.v.t." in a section of questions and answers, likewise.
    const q = QUESTION_LINE.exec(line.trim());
    const qKey = q ? questionLabel(q[1]!.toLowerCase()) : undefined;
    // "Welke inwoners zijn betrokken? Geen." answers whether anyone took part: that is the "no" itself.
    if (q && qKey !== undefined && qKey !== 'reden' && EMPTY_CONTENT.test(normalise(q[2]!))) return !TOOK_PART_ASKED.test(q[1]!.toLowerCase());
    const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
    const m = /^([^:.!?]{2,45}):\s*(.*)$/u.exec(line.trim());
    const [label, content] = cells.length === 2 ? [cells[0]!, cells[1]!] : m ? [m[1]!, m[2]!] : ['', ''];
    const key = labelOf(label.toLowerCase());
    // "Reden:" with nothing after it gives no reason; "Reden: n.v.t." is read as written.
    if (key === 'reden') return /^[\s\-–—.…]*$/.test(content);
    return key !== undefined && EMPTY_CONTENT.test(normalise(content));
  };
  const tn = normalise(text.split('\n').filter((l) => !emptyLabel(l)).join('\n'));
  const noneMatch = NONE.exec(tn);
  // "Brede participatie was niet mogelijk. Wel is het plan besproken met de dorpsraad": some people
  // did take part. Informing them only ("wel sturen we een brief") stays no participation, as in
  // the domain's own "geen participatie" paragraph.
  // "Inwoners zelf zijn nog niet betrokken; dat gebeurt in het najaar": not yet for them, while partners already took part.
  // Talks between governments ("besproken in het Regionaal Overleg Jeugd met de gemeenten") are no taking part by people.
  const others = noneMatch === null ? '' : tn.replace(noneMatch[0], ' ').split(/(?<=[.!?;])\s/).filter((c) => !AMONG_GOVERNMENTS.test(c)).join(' ');
  // "Meer participatie is niet nodig", "Er was geen ruimte voor inspraak over de plek": only more, or a part, was denied.
  // The "no" with the words just before it: "nog niet betrokken", "meer participatie is niet nodig".
  const around = noneMatch === null ? '' : tn.slice(Math.max(0, noneMatch.index - 12), noneMatch.index + noneMatch[0].length);
  const partly = /\b(?:meer|verdere|aanvullende|extra|bredere|brede|ruimte)\b/.test(around);
  const someTookPart =
    noneMatch !== null &&
    // "In overleg met de schoolbesturen is gekozen … Ouders zijn hier niet bij betrokken": one group left out, another took part.
    (/\bwel\b/.test(tn) || partly || /\bnog (?:niet|geen)\b/.test(noneMatch[0]) || (/\bbetrokken\b/.test(noneMatch[0]) && !/\b(?:participatie|inspraak)\b/.test(noneMatch[0]))) &&
    // "Voor dit advies is geen participatie gedaan": the advice is the proposal itself, not advice people gave.
    (/\b(?:besproken|gesproken|gesprek\w*|\w*overleg\w*|gevraagd|bijeenkomst\w*|meegedacht|advies|geraadpleegd|enquête|vragenlijst|peiling)\b/.test(others.replace(/\b(?:dit|deze) (?:\S+ )?advies\b/g, ' ')) ||
      // "Geen inspraak over de plek. Wel konden zij op een avond meepraten over de inrichting": a way of taking part after "wel".
      (/\bwel\b/.test(tn) && others.split(/(?<=[.!?;])\s/).some((c) => /\bwel\b/.test(c) && DONE.test(c) && !INFORMING.test(c))) ||
      // "De aanvrager heeft de tekeningen laten zien aan de buren; zij tekenden voor akkoord. Meer participatie is niet nodig."
      (partly && /\b(?:laten zien|voorgelegd|getekend|tekenden|enquête|vragenlijst|gereageerd|reacties)\b/.test(others) && whoCue(others) !== undefined));
  // "In maart hielden we twee avonden met bewoners. Ondernemers zijn niet apart gesproken": another sentence tells of
  // taking part by people, now and without a denial, so only a part was left out. Informing them, or talks held
  // back then ("waarover toen is gesproken"), do not count.
  // Only where the "no" is about one group or one point, not about participation as a whole.
  const tookPartElsewhere =
    noneMatch !== null &&
    !/\b(?:\w*particip\w*|inspraak\w*)\b/.test(noneMatch[0]) &&
    tn
      .split(/(?<=[.!?;])\s/)
      .filter((c) => !c.includes(noneMatch[0].trim()))
      .some(
        (c) =>
          DONE.test(c) &&
          (whoCue(c) !== undefined || PARTICIPANTS.test(c)) &&
          !/\?$/.test(c) &&
          !/\b(?:niet|geen|nooit|al|toen|destijds|eerder|eerdere|vorige|kunnen|zullen|zal|gaan|gaat|volgt|straks|later)\b/.test(c) &&
          !INFORMING.test(c) &&
          !AMONG_GOVERNMENTS.test(c),
      );
  // "De omwonenden zijn per brief geïnformeerd … Er is geen sprake van inspraak, omdat …": people were told,
  // only without a say. That is the lowest rung with its reason, not a section without participation.
  // "Bewoners kregen een brief over de werkzaamheden. Meepraten over het ontwerp was niet mogelijk": what is denied
  // is a say, after the section told how they were informed.
  const toldWithoutSay =
    noneMatch !== null &&
    // "… via een nieuwsbrief geïnformeerd. Geen andere participatie.": nothing beyond the informing.
    (/\b(?:andere|verdere|overige)\b/.test(around) ||
      (/\b(?:inspraak|mee te (?:praten|denken|beslissen)|meegepraat|meegedacht|meepraten|meedenken)\b/.test(noneMatch[0]) && !/\bparticipatie\b/.test(noneMatch[0]))) &&
    (/\b(?:zijn|is|werden|werd|hebben|heeft) (?:\S+ ){0,10}?geïnformeerd\b/.test(tn.replace(noneMatch[0], ' ')) ||
      /\b(?:geïnformeerd|op de hoogte|bijgepraat|\w*brief|bericht|website)\b/.test(tn.slice(0, noneMatch.index)));
  // "Participatie vindt plaats in de volgende fase. Dan kiezen bewoners uit twee varianten; de gekozen variant wordt
  // uitgevoerd. De uitslag krijgen alle bewoners per brief": taking part planned for later, told with its when or in
  // several sentences about the people, is a plan. One line that it starts later ("Die volgt in de planfase, als
  // inwoners kunnen reageren") only says why there is none yet.
  const plannedLater =
    noneMatch !== null &&
    /\b(?:nog (?:niet|geen)|latere|volgende)\b/.test(around) &&
    DONE.test(others) &&
    (timeCue(others) !== undefined || others.split(/(?<=[.!?;])\s/).filter((c) => whoCue(c) !== undefined).length >= 2);
  if (noneMatch && !someTookPart && !tookPartElsewhere && !toldWithoutSay && !plannedLater) {
    const rest = (tn.slice(0, noneMatch.index) + ' ' + tn.slice(noneMatch.index + noneMatch[0].length)).trim();
    const restWords = rest.split(' ').filter((w) => /[a-z]/.test(w));
    // "N.v.t." alone counts as empty: the reader learns nothing, not even that it was a choice.
    // "Participatie is bij een besluit op bezwaar wettelijk niet mogelijk": the reason may stand inside the "no".
    const inner = REASON.exec(noneMatch[0].replace(/\b(?:participatie|inspraak)\b/g, ' '));
    if (restWords.length === 0 && !inner) return { kind: NOT_APPLICABLE.test(noneMatch[0]) ? 'leeg' : 'geen-zonder-reden', elements: NO_ELEMENTS, evidence: {} };
    if (restWords.length === 0) return { kind: 'geen-met-reden', elements: NO_ELEMENTS, evidence: { reden: noneMatch[0].trim().split(' ').slice(0, 14).join(' ') } };
    const reason = REASON.exec(rest);
    // "Geen participatie: de raad besliste hier al over", "…; het is een herhaling van 2023": a clause
    // after the "no" that says something about the proposal explains it. Telling how people are
    // informed ("We informeren inwoners via de website") does not.
    const after = tn.slice(noneMatch.index + noneMatch[0].length);
    // "Nee, dit is een jaarlijkse actualisatie": when the "no" ends in a mark, its first clause already explains.
    const explains = after
      .split(/[:;,.](?= )/)
      .slice(/[.,:;]$/.test(noneMatch[0]) ? 0 : 1)
      .find((c) => EXPLAINS.test(c) && !INFORMING.test(c) && !CHOICE_ONLY.test(c));
    // A long rest gives a reason only by what it says about the proposal: "Wel krijgen de huurders een
    // brief over de sloop" tells how people are informed, however many words it takes.
    // "Bij het opstellen is gekeken naar andere gemeenten" tells how it was made instead, not why there was no participation.
    const explaining = rest.split(/(?<=[.!?;])\s/).filter((c) => (!INFORMING.test(c) || REASON.test(c)) && !/^(?:bij|voor|tijdens) (?:het|de) \S+(?: \S+){0,6}? (?:is|zijn|werd|werden) (?:\S+ ){0,3}?(?:gekeken|gebruikt|gewerkt|uitgegaan)\b/.test(c));
    // "Door de storm was er geen tijd voor participatie": the "no" itself may carry the reason.
    const hasReason = !REASON_MISSING.test(rest) && (reason !== null || inner !== null || explaining.join(' ').split(' ').filter((w) => /[a-z]/.test(w)).length >= 12 || explains !== undefined);
    // The evidence: from "omdat" on when the text says so, else the clause that explains, else the reason word.
    const conjunction = reason !== null && /^(?:omdat|want|vanwege|daardoor|doordat|aangezien)$/.test(reason[0]);
    const reden = !conjunction && explains !== undefined ? explains.trim().split(' ').slice(0, 14).join(' ') : reasonWords(rest, reason);
    // A long text that mentions "geen participatie" in passing is still a description.
    if (restWords.length < 60) {
      return hasReason
        ? { kind: 'geen-met-reden', elements: NO_ELEMENTS, evidence: { reden } }
        : { kind: 'geen-zonder-reden', elements: NO_ELEMENTS, evidence: {} };
    }
  }
  const units = unitsOf(text);
  const guess = guessFromUnits(units);
  const { elements, evidence } = elementsOfUnits(units);
  return { kind: isPlanned(units.map((u) => u.s)) ? 'gepland' : 'uitgevoerd', elements, evidence, ...(guess ? { guess } : {}) };
}
