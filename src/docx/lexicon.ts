// The words the participatiescan reads hand-written Participatie sections by, in one place.
// Patterns work on normalised text (lower case, straight quotes, single spaces), one sentence at
// a time. They look for meaning-bearing combinations (a verb of informing + the people + a result)
// rather than for the wording of any one municipality; the classifier keeps the phrase that
// matched, so the report can show why it decided what it decided.
import type { Level } from '../participation/index.ts';

const alt = (words: readonly string[]) => `(?:${words.join('|')})`;
/** Up to n words in between. */
const gap = (n: number) => `(?:\\S+ ){0,${n}}?`;

/** Who can take part: residents, groups, organisations. */
export const PEOPLE = alt([
  'inwoners?',
  'bewoners?',
  'bewonersgroep(?:en)?',
  'bewonerscommissies?',
  '(?:buurt|wijk|bewoners|huurders)verenigingen?',
  'jongerenraad',
  'kinderraad',
  'buurtbewoners',
  'wijkbewoners',
  'dorpsbewoners',
  'omwonenden',
  'ondernemers?',
  'winkeliers',
  'agrariërs',
  'belanghebbenden',
  'betrokkenen',
  'stakeholders',
  'deelnemers',
  'aanwezigen',
  'bezoekers',
  'insprekers?',
  'indieners?',
  'reactiegevers',
  'gesprekspartners',
  'panelleden',
  'stemmers',
  'respondenten',
  'maatschappelijke organisaties?',
  'organisaties',
  'verenigingen',
  'wijkraad',
  'wijkraden',
  'dorpsraad',
  'dorpsraden',
  'kernoverleg',
  'wijkplatform',
  'adviesraad',
  'jongeren',
  'kinderen',
  'leerlingen',
  'ouders',
  'ouderen',
  'huurders',
  'eigenaren',
  'woningcorporaties?',
  'corporaties?',
  'partners',
  'ketenpartners',
  'cliënten',
  'mantelzorgers',
  'vrijwilligers',
  'klankbordgroep',
  'werkgroep',
  'scholen',
  'instellingen',
  'initiatiefnemer',
  'gebruikers',
  'burgers',
  'mensen',
  'velen',
  'leden',
  'commissie',
  'meerderheid',
  'de meesten',
  'groep',
  'partijen',
  'zorgpartijen',
  'jeugdgemeenteraad',
  'seniorenraad',
  'cliëntenraad',
  'ouderraad',
  'medezeggenschapsraad',
  'medezeggenschapsraden',
  'adviesraden',
  'burgerpanel',
  'burgerberaad',
  'panel',
  'wie (?:meedeed|meedoet|meededen|reageerde|reageerden|kwam)',
  'iedereen',
  'de buurt',
  'de wijk',
  'het dorp',
  'de straat',
  'de omgeving',
  'de samenleving',
]);

/** Ways of involving people: meetings, surveys, talks. */
export const DONE = new RegExp(
  `\\b${alt([
    '\\w*(?:bijeenkomst|middag|ochtend|avond|sessie|gesprek|enquête|enquete|atelier|vragenlijst)(?:en|s|ken)?',
    'bijeenkomst(?:en)?',
    'informatieavond(?:en)?',
    'inloopavond(?:en)?',
    'inloopbijeenkomst(?:en)?',
    'inloopmiddag(?:en)?',
    'bewonersavond(?:en)?',
    'avond(?:en)?',
    'enquête',
    'enquete',
    'vragenlijst(?:en)?',
    'peiling',
    '(?:werk|ontwerp|denk)?sessies?',
    'bibliotheeksessie',
    'gesprek(?:ken)?',
    'keukentafelgesprekken',
    'straatgesprekken',
    'gesproken',
    'spraken',
    'bewonersbrief',
    'klankbordgroep',
    'meedenkgroep',
    'werkgroep',
    'ontwerpteam',
    'atelier',
    'wijkschouw',
    'schouw',
    'rondgang',
    'wandeling',
    'kernbezoek',
    'platform',
    'panel',
    'workshops?',
    'rondetafel(?:gesprek(?:ken)?)?',
    'spreekuur',
    'huis-aan-huis',
    'dialoog',
    'excursie',
    'georganiseerd',
    'organiseerden',
    'gehouden',
    'hielden',
    'opgehaald',
    'bezocht(?:en)?',
  ])}\\b`,
);

export const WHO = new RegExp(`\\b${PEOPLE}\\b`);

/** "Because": the reason for the level. */
export const WHY = /\b(?:omdat|want|daarom|zodat|vanwege|hierdoor|reden|doordat|om die reden|gezien)\b/;

// --- Terugkoppeling: people heard back what happened with what they said -------------------

/** Words that name the feedback itself. */
const FEEDBACK_WORDS = new RegExp(
  `\\b${alt([
    `(?:reactie|antwoord|brief|uitleg) aan (?:de |het |alle )?(?:\\S+ )?${PEOPLE}`,
    '(?:brief|mail|e-mail|bericht|reactie|antwoord|uitleg|toelichting) (?:van|namens) (?:de wethouder|het college|de gemeente|de burgemeester|ons)',
    'terugkoppel\\w*',
    'teruggehoord',
    'terug gehoord',
    'terughoren',
    'teruggekoppeld',
    'koppel\\w* ' + gap(6) + 'terug',
    'nota van beantwoording',
    'reactienota',
    'antwoordnota',
    'participatieverslag (?:is|wordt|werd) ' + gap(3) + '(?:gedeeld|gestuurd|verstuurd|gepubliceerd)',
  ])}\\b`,
);

/** "We lieten de deelnemers weten …" / "… laten we weten wat we met hun inbreng doen". */
const LET_KNOW = new RegExp(
  `\\b(?:(?:we|wij|de gemeente|het college|de initiatiefnemer) ${gap(6)}(?:laten|lieten|liet|laat)\\b ${gap(8)}weten|(?:laten|lieten|liet|laat) ${gap(12)}weten wat (?:we|wij|de gemeente|het college|er|hij|zij) )`,
);

/** "… horen wat er met hun inbreng gebeurt", "… op de hoogte gebracht van de uitkomst". */
const HEAR_BACK = new RegExp(
  `\\b(?:(?:horen|hoorden|gehoord) ${gap(4)}wat (?:er|we|wij|de gemeente|het college)|op de hoogte (?:gebracht|gesteld|gehouden) ${gap(2)}(?:van|over) (?:de uitkomst|het resultaat|de resultaten|wat|het besluit|de keuze|het vervolg))`,
);

/** What the gemeente gives back: results, its answer, the decision, the changed plan. */
/** What the gemeente gives back and that only the gemeente can give: its answer, its choice, what it did. */
const RESULT_OURS = alt([
  'onze reactie',
  'onze antwoorden',
  'ons antwoord',
  '\\w*notitie',
  'nota (?:van )?(?:zienswijzen|inspraakreacties|inspraak|beantwoording)',
  'onze keuzes?',
  'een (?:\\S+ )?reactie (?:op|van)',
  'antwoord(?:en)? op',
  'reactienota',
  '(?:het|de) (?:\\S+ )?\\w*besluit(?:en)?',
  'de besluitvorming',
  'de uitslag',
  'de (?:definitieve|uiteindelijke|gemaakte) (?:keuzes?|plannen)',
  'het (?:definitieve|aangepaste|nieuwe|uiteindelijke|gewijzigde) (?:plan|ontwerp|voorstel)',
  'wat (?:we|wij|de gemeente|het college|er) (?:\\S+ ){0,4}?met',
  'hoe (?:we|wij|de gemeente|het college) (?:\\S+ ){0,4}?met',
  'wat er (?:is )?(?:gebeurd|veranderd|gedaan|verandert|gebeurt)',
  'welke (?:wensen|ideeën|punten|reacties|voorstellen|suggesties|keuzes|adviezen|zienswijzen|opmerkingen|vragen)',
  'beantwoording',
  'waarom (?:we|wij|de gemeente|het college|het plan|het ontwerp|de|het|er)',
]);

/** Results of the participation, which may also be shared between participants. */
const RESULT = alt([
  RESULT_OURS,
  'uitkomst(?:en)?',
  'resultaten',
  'resultaat',
  'opbrengst',
  'conclusies?',
  '(?:eind|slot|participatie|gespreks|avond)?verslag(?:en)?',
  'samenvatting',
  'overzicht',
  '(?:de |het )?(?:concept|eind|ontwerp)-?\\S*(?:visie|plan|ontwerp|nota|versie|tekst|rapport|besluit)',
]);

/** Receiving: the people are the subject ("alle deelnemers kregen een mail met de uitkomsten"). */
const RECEIVE =
  /\b(?:kregen|krijgen|krijgt|kreeg|gekregen|ontvingen|ontvangen|ontving|ontvangt|lazen|lezen|leest|nalezen|hoorden|horen|zagen|terugvinden|teruglezen|terugzien)\b/;
/** Where the gemeente puts its answer: "op de projectpagina staat een overzicht met onze antwoorden". */
const CHANNEL = /\b(?:website|projectpagina|webpagina|nieuwsbrief|wijkkrant|dorpskrant|buurtkrant|\w*blad|gemeentepagina|huis-aan-huisblad|krant|brief|e-?mail|mail|platform)\b/;
/** Sending or publishing: the gemeente is the subject ("we stuurden iedereen een brief met onze reactie"). */
const SEND =
  /\b(?:stuurden|sturen|stuurt|stuurde|gestuurd|verstuurd|toegestuurd|nagestuurd|gemaild|mailden|mailen|informeerden|informeren|geïnformeerd|geinformeerd|berichtten|bericht|gedeeld|deelden|delen|deelt|gepubliceerd|publiceren|publiceerden|gepresenteerd|presenteerden|presenteren|toegelicht|toe te lichten|lichtten|teruggelegd|verteld|vertelden|vertellen|uitgelegd|legden|besproken|bespraken|bespreken|gebeld|belden|bekendgemaakt|bekend gemaakt|gemeld|meegedeeld|maakten|maakte|laten zien|lieten zien|teruggegaan|teruggekomen|staan op|staat op|stonden op|te lezen|na te lezen)\b/;
/** "Inwoners konden een reactie sturen": that is taking part, not hearing back. */
const TAKING_PART = /\b(?:konden|kunnen|kon|mochten|mogen|mocht)\b/;
/** Received an answer of their own: "alle insprekers kregen een schriftelijke reactie". */
const PERSONAL_ANSWER = /\b(?:een|hun|onze) (?:\S+ )?(?:reactie|antwoord)\b|\bpersoonlijke? (?:antwoord|bericht|brief|reactie|e-?mail|mail)\b|\b(?:krijgen|kregen|krijgt|ontvangen|ontvingen) (?:\S+ ){0,3}?bericht\b/;

export interface Cue {
  /** The words that matched, for the report. */
  phrase: string;
  /** Where the anchor word starts in the sentence, for the negation check. */
  index: number;
}

function hit(re: RegExp, s: string): Cue | undefined {
  const m = re.exec(s);
  return m ? { phrase: m[0].trim(), index: m.index } : undefined;
}

/** A feedback cue in one sentence, or undefined. */
const RESULT_RE = new RegExp(`\\b${RESULT}`);
const RESULT_OURS_RE = new RegExp(`\\b${RESULT_OURS}`);

/** The formal publication of a decision tells no participant what happened with their input. */
const FORMAL_PUBLICATION = /\b(?:gemeenteblad|staatscourant|officiële bekendmaking|officieel bekendgemaakt|ter inzage|elektronisch gemeenteblad|overheid\.nl)\b/;

export function feedbackCue(s: string): Cue | undefined {
  if (FORMAL_PUBLICATION.test(s) && !FEEDBACK_WORDS.test(s)) return undefined;
  const direct = hit(FEEDBACK_WORDS, s) ?? hit(LET_KNOW, s) ?? hit(HEAR_BACK, s) ?? hit(TOLD_BACK, s) ?? hit(TOLD_BACK_LATER, s);
  if (direct) return direct;
  const people = WHO.test(s);
  const result = RESULT_RE.exec(s);
  const ours = RESULT_OURS_RE.exec(s);
  const receive = RECEIVE.exec(s);
  // An invitation is received before taking part, not afterwards.
  if (receive && ((people && (result || PERSONAL_ANSWER.test(s)) && !/uitnodig/.test(s)) || ours)) {
    return { phrase: span(s, receive.index, result ?? ours), index: receive.index };
  }
  const send = SEND.exec(s);
  if (send && result && !(TAKING_PART.test(s) && !/\b(?:uitkomst|resultat|verslag|besluit)/.test(s))) {
    return { phrase: span(s, send.index, result), index: send.index };
  }
  const channel = CHANNEL.exec(s);
  if (ours && channel && !TAKING_PART.test(s.slice(0, ours.index))) return { phrase: span(s, channel.index, ours), index: ours.index };
  return undefined;
}

/** The words from the first to the last anchor, at most about 12 words, for the report. */
function span(s: string, a: number, b: RegExpExecArray | null | undefined): string {
  const from = Math.min(a, b?.index ?? a);
  const to = Math.max(a, b ? b.index + b[0].length - 1 : a);
  const wordEnd = s.indexOf(' ', to);
  return s.slice(from, wordEnd < 0 ? s.length : wordEnd).split(' ').slice(0, 14).join(' ').trim();
}

/** "Dat hebben we de ouders uitgelegd": the sentence points back to the decision just described. */
const TOLD_BACK = new RegExp(
  `^(?:dat|dit|daarover|hierover|die keuze|dat besluit|deze keuze|dit besluit)\\b[^.;]*\\b${PEOPLE}\\b[^.;]*\\b(?:uitgelegd|verteld|laten weten|toegelicht|gemaild|geschreven|bericht|geïnformeerd|gemeld|uitleggen|vertellen|laten we weten)\\b`,
);

/** "In de tweede bijeenkomst is dat aan de omwonenden verteld": a pointer back, told to the people. */
const TOLD_BACK_LATER = new RegExp(
  `\\b(?:dat|dit|dat besluit|deze keuze|die keuze) (?:\\S+ ){0,3}?aan (?:de |het |alle )?(?:\\S+ )?${PEOPLE} (?:\\S+ )?(?:verteld|uitgelegd|gemeld|meegedeeld|toegelicht|laten weten)\\b`,
);

/** Showing the plan to the people: feedback only after the text said what was done with the input. */
const SHOW_PLAN = new RegExp(
  `\\b(?:gepresenteerd|presenteerden|toegelicht|lichtten|gedeeld|deelden|laten zien|lieten zien|verstuurd|gestuurd|voorgelegd)\\b[^.;]*\\b(?:aan|met) (?:de |het |alle )?(?:\\S+ )?${PEOPLE}|\\b(?:aan|met) (?:de |het |alle )?(?:\\S+ )?${PEOPLE} (?:\\S+ ){0,4}?(?:gepresenteerd|toegelicht|gedeeld|laten zien|voorgelegd)\\b`,
);

export function showPlanCue(s: string): Cue | undefined {
  return /\b(?:plan|ontwerp|visie|voorstel|resultaat|keuzes?)\b/.test(s) ? hit(SHOW_PLAN, s) : undefined;
}

/** "niet", "geen" close to the anchor: "we hebben (nog) niet teruggekoppeld", "kregen geen bericht". */
export function isNegated(s: string, cue: Cue): boolean {
  if (/\bnog (?:niet|geen)\b/.test(s)) return true;
  const before = s.slice(0, cue.index).trim().split(' ').slice(-3).join(' ');
  const after = s.slice(cue.index).split(' ').slice(0, 3).join(' ');
  return /\b(?:geen|niet|nooit|niets|zonder)\b/.test(before) || /\b(?:geen|niet|nooit|ontbreekt|ontbrak)\b/.test(after);
}

// --- Wat met de inbreng: what was done with what people said ---------------------------------

/** What people gave. */
const INPUT = alt([
  'inbreng',
  'input',
  'reacties?',
  'opmerkingen',
  'wensen',
  'wens',
  'ideeën',
  'idee',
  'suggesties?',
  'zorgen',
  'bezwaren',
  'zienswijzen?',
  'adviezen?',
  'advies',
  'voorstellen',
  'voorstel van',
  'uitkomst(?:en)?',
  'resultaten',
  'signalen',
  'klachten',
  'kritiek',
  'punt',
  'punten',
  'voorkeur',
  'voorkeursvariant',
]);

/** Where the input came from: only with "op basis van", "naar aanleiding van". */
const SOURCES = alt(['enquête', 'enquete', 'peiling', 'vragenlijst', 'gesprekken', 'bijeenkomst(?:en)?', 'avond(?:en)?', 'sessies?', 'schouw']);

const ASKED = alt([
  'vroegen',
  'vroeg',
  'wilden',
  'wilde',
  'wensten',
  'voorstelden',
  'voorstelde',
  'aangaven',
  'gaven aan',
  'gaf aan',
  'adviseerden',
  'adviseerde',
  'bepleitten',
  'hadden gevraagd',
  'hebben gevraagd',
  'voorgesteld',
  'gevraagd',
  'gewenst',
  'aangedragen',
  'ingebracht',
  'inbrachten',
  'ingestuurd',
  'aangeleverd',
  'genoemd',
  'noemden',
  'willen',
  'wil',
  'vragen',
  'vraagt',
  'wensen',
  'missen',
]);

/** Says by itself what happened with the input. */
const USED_STRONG = new RegExp(
  `\\b${alt([
    '(?:niet |deels |gedeeltelijk |grotendeels |volledig )?overgenomen',
    'nemen we (?:niet )?over',
    'namen we (?:niet )?over',
    'nam (?:\\S+ ){0,3}?over',
    '(?:heeft|hebben|hadden|had) (?:\\S+ ){0,2}?(?:ertoe |er toe )?geleid (?:tot|dat)',
    '(?:leidde|leidden|leidt|leiden) (?:\\S+ ){0,2}?tot',
    '(?:neemt|nemen) (?:\\S+ ){0,5}?over',
    `(?:volgt|volgen|volgde|volgden) (?:\\S+ ){0,2}?(?:het|hun|dit|dat|de|deze) (?:\\S+ )?(?:${INPUT})`,
    '(?:uitslag|uitkomst|keuze|stemming) (?:\\S+ ){0,3}?(?:is|was|wordt|zijn|werd) (?:\\S+ )?(?:leidend|bindend|overgenomen|gevolgd)',
    `${INPUT} (?:\\S+ ){0,3}?(?:komt|komen|kwam|kwamen) (?:\\S+ ){0,2}?in het (?:\\S+ )?(?:plan|ontwerp|voorstel)`,
    '(?:niet )?(?:gehonoreerd|honoreren|honoreerden|ingewilligd|tegemoetgekomen|tegemoet gekomen|gehoor gegeven)',
    'rekening (?:mee )?gehouden',
    'ingepast',
    'nemen we (?:niet )?mee',
    '(?:niet )?meegenomen',
    // Only an input can be followed: "een inspraakprocedure gevolgd" says nothing about the input.
    `${INPUT} (?:\\S+ ){0,4}?(?:niet )?gevolgd`,
    `${INPUT} (?:\\S+ ){0,4}?(?:reden|aanleiding) (?:\\S+ ){0,3}?(?:om|voor|tot)\\b`,
    `(?:sluit|sluiten|sloot) (?:\\S+ ){0,3}?aan (?:bij|op) (?:de |deze |die |hun |alle )?(?:\\S+ )?${INPUT}`,
    `(?:gekozen|kiest|koos|kozen) (?:\\S+ ){0,8}?(?:een|één) van de (?:\\S+ )?${INPUT}`,
    `${INPUT} (?:\\S+ ){0,2}?(?:die |dat )?tot (?:een )?(?:aanpassing|wijziging|verandering)\\w*`,
    `zoals (?:\\S+ ){0,5}?${ASKED}`,
    `(?:op basis|naar aanleiding|n\\.?a\\.?v\\.?) (?:van )?(?:de |het |hun |deze |die |alle )?(?:\\S+ )?(?:${INPUT}|${SOURCES})`,
    `dankzij (?:de |het |hun )?(?:\\S+ )?${INPUT}`,
    `(?:op|na) (?:het |hun |uitdrukkelijk )?(?:verzoek|voorstel|advies|aandringen|wens) (?:van )?(?:de |het )?(?:\\S+ )?${PEOPLE}`,
    '(?:op|na) (?:hun|het) (?:verzoek|voorstel|advies|aandringen)',
    `(?:aangepast|gewijzigd|veranderd|bijgesteld|herzien) (?:\\S+ ){0,3}?(?:na|naar aanleiding van|op basis van|door|dankzij|vanwege) (?:de |het |hun |deze |die |alle )?(?:\\S+ )?(?:${INPUT}|${SOURCES})`,
    `omdat (?:\\S+ ){0,10}?(?:${ASKED}|vonden|misten|klaagden|maakten zich zorgen)\\b[^.;]{0,40}?, (?:\\S+ )?(?:we|wij|de gemeente|het college|er)\\b`,
    `met (?:de |hun |deze |die )${INPUT} (?:\\S+ ){0,4}?(?:gedaan|gebeurd|aan de slag|verwerkt|gebruikt)`,
    `(?:de |hun |deze |die |alle |beide |veel |de meeste |twee |drie )${INPUT} (?:\\S+ ){0,6}?(?:gebruikt|verwerkt|meegenomen|opgenomen|overgenomen|verwerken|gebruiken|uitgevoerd|opgevolgd|aangepakt|opgepakt)`,
  ])}\\b`,
);

/** A change to the plan: counts only next to words about the input (same or previous sentence). */
const USED_WEAK =
  /\b(?:(?:nemen|namen|neemt) (?:we |wij )?(?:\S+ ){0,4}?op (?:in|als)|daarom|hierom|hierdoor|daardoor|om die reden|(?:op basis|naar aanleiding) (?:hiervan|daarvan)|(?:daarop|hierop) (?:een )?antwoord|als (?:het |de )?(?:uitgangspunt|basis|vertrekpunt)|verduidelijkt|aangescherpt|bijgesteld|verwerkt|gebruikt|uitgewerkt|terechtgekomen|handhaaft|handhaven|gehandhaafd|houdt vast|(?:is|vormt|vormde|vormen|was|werd) (?:de )?(?:basis|uitgangspunt|vertrekpunt|kern) (?:voor|van)|terecht gekomen|aangepast|aanpassen|gewijzigd|veranderd|toegevoegd|opgenomen|verplaatst|geschrapt|verschoven|verlaagd|verhoogd|komt (?:er )?nu|komen (?:er )?nu|komt er|komen er|blijft|blijven|niet mogelijk|kiezen we|kozen we|hebben we gekozen|gaan we niet|doen we niet)\b/;

/** The people as the subject of a sentence. */
const SUBJECT = `(?:${PEOPLE}|zij|ze)`;

/** Input was given: "bewoners vroegen om", "de reacties", "zorgen over", "de ouders waren tegen". */
const INPUT_CONTEXT = new RegExp(
  `\\b(?:uit (?:de |het )?(?:\\S+ )?(?:${SOURCES}|interviews|reacties) (?:blijkt|bleek|kwam)|(?:\\d+ ?%|\\d+ procent|de meerderheid|de helft) (?:\\S+ ){0,3}?(?:wil|wilde|willen|zei|zeiden|koos|kozen|kiest|vindt|vond|vonden|is voor|was voor|is tegen|was tegen)|${INPUT}|${SUBJECT} (?:\\S+ ){0,6}?(?:${ASKED}|vonden|vinden|misten|klaagden|maakten zich zorgen|maken zich zorgen|waren (?:\\S+ )?(?:tegen|voor|kritisch)|waren het (?:niet )?eens|hadden bezwaar))\\b`,
);

/** Not done (yet): "de inbreng wordt nog verwerkt", "nog niet meegenomen", "niets mee gedaan". */
const NOT_YET = /\b(?:nog (?:niet|geen)|niets)\b|\b(?:wordt|worden|zal|zullen|gaan|gaat)\b(?: \S+){0,3}? nog\b/;

/** A cue for "what was done with the input" in sentence i of the text, or undefined. */
export function usedCue(sentences: readonly string[], i: number): Cue | undefined {
  // "… horen wat we met hun inbreng hebben gedaan" is about feedback, not about the use itself.
  const s = sentences[i]!.replace(/\bwat (?:we|wij|de gemeente|het college|er|hij|zij) (?:\S+ ){0,4}?met (?:\S+ ){0,4}?(?:gedaan|doen|doet|gebeurd|gebeurt|is gedaan)\b/g, ' ');
  const strong = hit(USED_STRONG, s);
  if (strong && !NOT_YET.test(s)) return strong;
  const weak = hit(USED_WEAK, s);
  // The context may also follow when it points back: "De bomen blijven staan; dat was de wens van de buurt."
  const next = sentences[i + 1];
  const context = INPUT_CONTEXT.test(s) || (i > 0 && INPUT_CONTEXT.test(sentences[i - 1]!)) || (next !== undefined && /^(?:dat|dit|zo|daar)\b/.test(next) && INPUT_CONTEXT.test(next));
  // "De resultaten zijn als bijlage toegevoegd" is about the document, not about the plan.
  if (weak && !NOT_YET.test(s) && context && !/\b(?:bijlage|bijgevoegd|bijgevoegde)\b/.test(s)) {
    return { phrase: i > 0 && !INPUT_CONTEXT.test(s) ? `${lastWords(sentences[i - 1]!, 6)} … ${weak.phrase}` : s.split(' ').slice(0, 14).join(' '), index: weak.index };
  }
  return undefined;
}

function lastWords(s: string, n: number): string {
  return s.split(' ').slice(-n).join(' ');
}

// --- Niveau: the rung of the ladder, named or described -------------------------------------


export interface LevelLexicon {
  level: Level;
  /** The level named: "(adviseren)", "het niveau is raadplegen". */
  named: RegExp;
  /** The level described in other words: "bewoners kozen binnen het budget" → meebeslissen. */
  described: RegExp;
  /** Words that lean towards the level; weak on their own. */
  cues: RegExp;
}

export const LEVEL_LEXICON: readonly LevelLexicon[] = [
  {
    level: 'informeren',
    named: /\binformeren\b(?=[^a-z]*(?:\)|niveau|trede))|\(informeren\)|(?:niveau|trede) (?:is |was |van )?informeren/,
    described: new RegExp(
      `\\b(?:(?:we|wij) (?:\\S+ ){0,3}?(?:hielden|houden) (?:\\S+ ){0,3}?op de hoogte|alleen (?:ge)?informeerd|geen invloed (?:op|hebben|hadden))`,
    ),
    cues: /\b(?:informeren|geïnformeerd|informatieavond|informatiebijeenkomst|bewonersbrief|nieuwsbrief|op de hoogte|gemeentepagina|kennisgeving|gepubliceerd|persbericht|flyer|bekendgemaakt)\b/g,
  },
  {
    level: 'raadplegen',
    named: /\b(?:raadplegen|geraadpleegd|raadpleging|consulteren|consultatie|bevraagd|ondervraagd|gepeild)\b/,
    described: new RegExp(
      `\\b(?:(?:vroegen|gevraagd|vragen) (?:\\S+ ){0,4}?(?:naar )?(?:hun |de |een )?(?:mening|reactie|ervaringen)|(?:hun|een) mening (?:geven|gaven|gegeven|vragen)|konden (?:\\S+ ){0,3}?(?:reageren|hun mening)|(?:reacties|meningen|input) (?:\\S+ ){0,2}?(?:opgehaald|verzameld|gevraagd)|(?:horen|weten) wat ${PEOPLE} (?:\\S+ ){0,4}?(?:vinden|vonden|willen|denken|dachten)|(?:is|werd|zijn|werden|hebben|heeft) (?:\\S+ ){0,6}?gevraagd (?:of|wat|hoe|welke|waar)\\b|(?:vroegen|vragen) (?:\\S+ ){0,6}?(?:of|wat|hoe|welke|waar) ${SUBJECT}\\b)`,
    ),
    cues: /\b(?:\w*enquête|\w*enquete|\w*vragenlijst|\w*peiling|mening|meningen|reacties|reageren|inloopbijeenkomst|inloopavond|opgehaald|ophalen|interviews?|geïnterviewd)\b/g,
  },
  {
    level: 'adviseren',
    named: /\b(?:adviseren)\b/,
    described: new RegExp(
      `\\b(?:(?:vroegen|vraagt|vragen|gevraagd) (?:\\S+ ){0,4}?(?:om )?(?:hun |een |zijn |haar )?(?:\\S+ )?advies|om advies gevraagd|advies (?:gevraagd|uitgebracht|gegeven|geven|gaven)|(?:heeft|hebben|gaf|gaven) (?:\\S+ ){0,3}?geadviseerd|adviseerden?|(?:kwamen|kwam) (?:zelf )?met (?:\\S+ )?(?:ideeën|voorstellen|oplossingen)|${SUBJECT} (?:bedachten|bedacht) (?:zelf )?(?:\\S+ )?(?:ideeën|oplossingen|voorstellen)|(?:volgen|volgden) (?:we |wij )?(?:\\S+ ){0,2}?(?:het|hun) advies)`,
    ),
    cues: /\b(?:advies|adviezen|adviesraad|geadviseerd|klankbordgroep|meedenken|meegedacht|dachten mee|denkt mee|aanbevelingen)\b/g,
  },
  {
    level: 'coproduceren',
    named: /\b(?:coproduceren|coproductie|cocreëren|cocreatie|co-creatie|co-produceren)\b/,
    described: new RegExp(
      `\\b(?:(?:tekenden|ontwierpen|ontwikkelden|maakten|schreven|bedachten|werkten) (?:\\S+ ){0,5}?samen\\b|samen (?:\\S+ ){0,6}?(?:getekend|ontworpen|ontwikkeld|uitgewerkt|opgesteld|gemaakt|geschreven)\\b|samen met (?:\\S+ ){1,14}?(?:ontworpen|ontwerpen|gemaakt|maken|opgesteld|opstellen|ontwikkeld|ontwikkelen|uitgewerkt|uitwerken|bedacht|geschreven)|${SUBJECT} (?:\\S+ ){0,2}?(?:bedachten|bedacht|ontwierpen|ontworpen|maakten|gemaakt|schreven|geschreven) (?:\\S+ ){0,2}?(?:zelf|samen) (?:\\S+ ){0,2}?(?:het|een) (?:\\S+ )?(?:plan|ontwerp|visie|agenda|programma)|zelf (?:het|een) (?:\\S+ )?(?:plan|ontwerp) (?:bedacht|gemaakt|ontworpen|geschreven)|(?:gezamenlijk|samen) (?:\\S+ )?(?:opgesteld|ontworpen|ontwikkeld)|ontwerpteam|in gezamenlijkheid)`,
    ),
    cues: /\b(?:samen (?:met [^.]{0,60})?(?:ontworpen|ontwerpen|gemaakt|maken|opgesteld|opstellen|ontwikkeld|ontwikkelen)|gezamenlijk(?:e)? (?:ontwerp|plan)|werksessies?|\w*ateliers?|ontwerpsessies?)\b/g,
  },
  {
    level: 'meebeslissen',
    named: /\b(?:meebeslissen|mee beslissen|meebeslist|beslissen mee|beslisten mee|beslist mee)\b/,
    described: new RegExp(
      `\\b(?:${SUBJECT} (?:\\S+ ){0,4}?(?:kozen|kiezen|kiest|koos|gekozen|beslisten|beslissen|besliste|besloten|bepaalden|bepaalde|bepalen|bepaalt|bepaald|stemden|stemmen|stemde) (?:\\S+ ){0,8}?(?:binnen|uit|tussen) |(?:kozen|bepaalden|beslisten|stemden|kiezen|bepalen|beslissen) ${SUBJECT} (?:\\S+ ){0,3}?(?:welke|wat|wie|hoe|waar|over|uit|tussen)\\b|${SUBJECT} (?:\\S+ ){0,2}?(?:stemden|stemmen|stemde) (?:over|op|voor) |de meeste stemmen|(?:mochten|mogen|konden) ${SUBJECT} (?:\\S+ ){0,3}?(?:kiezen|beslissen|bepalen)|de (?:keuze|beslissing) (?:\\S+ ){0,4}?(?:lag|ligt|was) (?:\\S+ ){0,2}?(?:bij|aan) (?:de )?${SUBJECT}|(?:nemen|namen|neemt|nam) (?:we|wij|het college|de gemeente|de raad) (?:\\S+ ){0,2}?(?:hun|de|die) (?:keuze|uitkomst|beslissing|stemming) (?:\\S+ ){0,3}?over|wat (?:\\S+ ){0,2}?${SUBJECT} (?:kiest|kiezen|kozen|beslist|besluiten|bepalen)(?:,)? (?:voeren|gaan|doen) (?:we|wij)|binnen (?:\\S+ ){0,2}?(?:kaders?|budget|randvoorwaarden|grenzen|spelregels) (?:\\S+ ){0,6}?(?:kiezen|kozen|beslissen|beslisten|bepalen|bepaalden))`,
    ),
    cues: /\b(?:beslissen zelf|zelf beslissen|gestemd|stemming|bindend|burgerberaad|burgerbegroting)\b/g,
  },
  {
    level: 'zelfbeheer',
    named: /\bzelfbeheer\b/,
    described: new RegExp(
      `\\b(?:(?:onderhouden|onderhoudt|onderhielden|beheren|beheert|beheerden|voeren|voert|voerden) (?:\\S+ ){0,6}?zelf\\b|(?:nemen|namen|neemt) (?:\\S+ ){0,2}?het beheer (?:\\S+ ){0,3}?over|het beheer (?:\\S+ ){0,5}?overgenomen|${SUBJECT} (?:\\S+ ){0,1}?(?:beheren|beheert|beheerden|onderhouden|onderhoudt) (?:de|het|hun|een) |zelf (?:beheren|uitvoeren|onderhouden)|zelf (?:\\S+ ){0,8}?(?:voert|voeren|voerden|voerde) (?:\\S+ ){0,3}?uit\\b|(?:beheer|onderhoud|uitvoering) (?:\\S+ ){0,6}?(?:ligt|lag|komt|kwam) (?:\\S+ ){0,3}?bij (?:de |het )?(?:stichting|vereniging|${PEOPLE}))`,
    ),
    cues: /\b(?:zelf beheren|beheren zelf|uitdaagrecht|right to challenge|bewonersinitiatief|zelf uitvoeren)\b/g,
  },
];

// --- Geen participatie ------------------------------------------------------------------------

/** Phrases that say "no participation". Matched on normalised text with spaces around it. */
export const NONE =
  /(?:^|[\s(])(?:geen participatie|niet van toepassing|n\.\s?v\.\s?t\.?|nvt|niet aan de orde|geen inspraak|niet geparticipeerd|participatie is niet (?:nodig|mogelijk|zinvol|aan de orde)|er is geen participatie|heeft geen participatie)(?=[\s.,;:)!]|$)/;
export const NOT_APPLICABLE = /niet van toepassing|n\.\s?v\.\s?t|nvt|niet aan de orde/;
export const REASON =
  /\b(?:omdat|want|vanwege|daardoor|wettelijk|de wet|verplicht|geen (?:beleids)?ruimte|uitvoering van|bestaand beleid|vastgesteld beleid|eerder|al participatie|spoed|crisis|technisch|ondergeschikt|begroting|belasting|tarie(?:f|ven)|latere fase|volgt later|gaat om|alleen)\b/;

// --- Gepland of gedaan ------------------------------------------------------------------------

/** A sentence about something that already happened. */
export const PAST =
  /\b(?:hebben|heeft|hadden|had|zijn|is|waren|was|werden|werd) (?:\S+ ){0,8}?(?:\S*ge\S+(?:d|t|en)|betrokken|besproken|ontvangen|opgehaald|verstuurd|bezocht|benaderd|uitgenodigd)\b|\b(?:hielden|hield|organiseerden|organiseerde|spraken|sprak|kregen|kreeg|deden|deed|kwamen|kwam|vroegen|vroeg|gaven|gaf|stuurden|stuurde|bezochten|konden|kon|mochten|lieten|vonden|vond|dachten|kozen|bedachten|maakten|waren|was)\b/;
/** A sentence about something still to come. */
export const FUTURE =
  /\b(?:gaan|gaat|zullen|zal|komende|binnenkort|straks|nog (?:te )?(?:houden|organiseren)|(?:houden|organiseren|betrekken|vragen|starten|nodigen|beginnen|stellen|zetten|richten) (?:we|wij)|(?:we|wij) (?:houden|organiseren|betrekken|vragen|starten|nodigen|beginnen))\b/;
