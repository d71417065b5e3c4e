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
  'buurtschappen',
  // A village's or neighbourhood's own body: "Dorpsbelang Gasselte", "Plaatselijk Belang Vasse".
  // Also in Frisian: "Doarpsbelang Jorwert".
  '(?:dorps|doarps|buurt|wijk)belang(?:en)?',
  'plaatselijk belang',
  '(?:bewoners|huurders|cliënten|patiënten|ouder|jongeren)organisaties?',
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
  'platform',
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
  // People by the ending of a compound: hondenbezitters, weggebruikers, direct aanwonenden, zorgaanbieders.
  '\\w*(?:bezitters|gebruikers|fietsers|wandelaars|sporters|automobilisten|scholieren|studenten|tieners|reizigers|patiënten|klanten|pachters|telers|boeren|vissers|ouders|bedrijven|aanwonenden|aanbieders|kooplieden|handelaren|artsen|nabestaanden|organisaties|exploitanten)',
  // Councils, panels, clubs and the like by their ending: "sportraad", "dorpsoverleg", "fietsersbond".
  'vereniging',
  // "Heemkundekring", "ouderenbonden", "Oranjecomité", "schutterij"; not a "participatieleidraad" (a guide, not a council).
  '(?!gemeentera|bestuursra|participatiepl|projectgr|projectte|stuurgr|kerngr|kernte|managementte|ambtelijk|collegeove|[\\w-]*leidra)[\\wà-ÿ-]+(?:raad|raden|overleg|platform|bond|bonden|vereniging|verenigingen|clubs?|panel|groep|groepen|team|comités?|stichting|collectief|kring|kringen|schutterij|harmonie|fanfare)',
  'schutterij(?:en)?',
  'harmonie',
  'ggd',
  'stichting',
  // "de schoolbesturen", "het kerkbestuur": the boards of schools and churches speak for them.
  '(?:school|kerk|verenigings|club|sport|moskee)besturen?',
  'huishoudens',
  // "een brief aan de 240 adressen rond de Dorpsstraat": the households at them.
  'adressen',
  // "De besturen hebben een brief gekregen": the boards of the clubs or schools that took part.
  'besturen',
  'buren',
  'gezinnen',
  'ervaringsdeskundigen',
  'sportclubs',
  'hen',
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
    // Internal meetings ("projectoverleg", "stuurgroepoverleg") are not with the people.
    '(?!maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|project|stuurgroep|intern|college|ambtelijk|bestuurlijk)\\w*(?:bijeenkomst|middag|ochtend|avond|sessie|gesprek|enquête|enquete|schouw|meeting|overleg|atelier|vragenlijst|peiling)(?:en|s|ken)?',
    'bijeengekomen',
    // "In 2025 zaten we vaak bij elkaar", "rond de tafel gezeten".
    'zaten (?:\\S+ ){0,3}?(?:bij elkaar|aan tafel|om tafel|om de tafel|rond de tafel)',
    '(?:om|rond) de tafel',
    'bijeenkwamen',
    'bij elkaar (?:gekomen|kwamen|kwam|komt|komen)',
    '(?:in )?samenspraak',
    'een bericht',
    'gepubliceerd',
    'publicatie',
    'gereageerd',
    // Not a request people made to the gemeente: "de vereniging heeft om de verhoging gevraagd".
    '(?:werd|werden|is|zijn|hebben|heeft) (?!om (?:de|een|het) )(?:\\S+ ){0,3}?gevraagd',
    // "We hebben de jongeren van het JOC in juni gevraagd wat zij vinden", "… om bewoners te vragen wat zij willen".
    '(?:gevraagd|te vragen|vroegen) (?:\\S+ ){0,3}?(?:wat|hoe|of|welke|naar) (?:zij|ze|hun|\\S+ (?:vinden|vonden|willen|wilden|denken|dachten))',
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
    // Talked or put before people in other words: "met de buren gepraat", "met de buurtvereniging besproken", "bij de buren neergelegd".
    'gepraat',
    'praatten',
    'met (?:\\S+ ){1,5}?besproken',
    '(?:besproken|bespraken) in (?:de |het |een )?(?:\\S+ )?(?:vergadering|overleg|bijeenkomst)\\w*',
    'bij (?:de |het )?(?:\\S+ ){0,2}?(?:neergelegd|voorgelegd)',
    // A walk through the area with people is a schouw: "met bewoners door de wijk gelopen".
    '(?:door|langs) (?:de|het) (?:\\S+ )?(?:wijk|buurt|dorp|straat|straten|park|gebied|kern) (?:gelopen|gewandeld|gefietst)',
    '(?:liepen|wandelden|fietsten) (?:\\S+ ){0,5}?(?:door|langs) (?:de|het) ',
    '(?:neergelegd|voorgelegd) (?:bij|aan) (?:de |het )?(?!raad\\b|gemeenteraad|college)\\S+',
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
    'langs de deuren',
    'deur-aan-deur',
    'aan de deur',
    'huisbezoek(?:en)?',
    '(?:ge|op)?bel(?:d|den|de)',
    'telefonisch',
    '(?:markt)?kraam',
    '\\w*dialoog',
    'raadpleging',
    'mee te (?:denken|praten|doen|lezen)',
    'tekeningen',
    'getekend',
    'tekenden',
    'excursie',
    'georganiseerd',
    'organiseerden',
    '(?<!rekening (?:mee )?)gehouden',
    'hielden',
    'opgehaald',
    'bezocht(?:en)?',
    // Forms that ask or tell without a meeting.
    'ter inzage',
    'zienswijzen?',
    'inspraak\\w*',
    '(?:om )?advies (?:\\S+ ){0,2}?(?:gevraagd|vragen|vroegen|uitgebracht|gegeven|gaf|gaven)',
    '(?:voor|om) advies',
    'advies van (?:de |het )?\\S*(?:raad|raden|commissie|panel|platform)',
    '(?:gevraagd|vragen|vroegen|vraagt) (?:\\S+ ){0,4}?(?:om )?(?:advies|mening|reactie|ideeën|wensen)',
    'geraadpleegd',
    'geconsulteerd',
    'bevraagd',
    'ondervraagd',
    'gepeild',
    'benaderd',
    'aangesproken',
    'stemming',
    'stemden',
    'stem(?:men|den|de|t) (?:\\S+ ){0,6}?(?:op|over|voor)',
    '(?:besproken|bespraken|bespreken|doorgesproken) (?:\\S+ ){0,3}?met',
    '(?:kwam|kwamen|komt|komen) (?:\\S+ ){0,8}?(?:bij elkaar|bijeen)',
    'gestemd',
    'meegelezen',
    'meegedacht',
    'dachten (?:\\S+ )?mee',
    'meedenken',
    'overleg(?:d|gen)?',
    'om tafel',
    'aan tafel',
    'bijgepraat',
    '\\w*conferenties?',
    'uitgenodigd',
    'uitnodiging',
    '(?!raads)\\w*brief',
    'flyers?',
    'website',
    'nieuwsbrief',
    'gemeentepagina',
    '\\w*app',
    'social media',
    'facebook',
    'instagram',
    'online',
    'petitie',
    'reageren',
    'reageerden',
    'ideeën (?:\\S+ ){0,3}?(?:opgehaald|ophalen|verzameld|aangedragen|ingediend)',
    'interviews?',
    'geïnterviewd',
    'uitdaagrecht',
    'ontwerpteam',
    'burgerpanel',
    'inwonerspanel',
    'wijkbudget',
    'informatie\\w*',
    'ge[iï]nformeerd',
    '(?:informeren|informeert) (?:we|wij|de gemeente|het college)',
  ])}\\b`,
);

/**
 * Taking part said with a verb instead of a method: people heard, asked or consulted ("zijn op 8 januari
 * gehoord", "hebben de jongerenraad om zijn mening gevraagd"), a plan agreed or written with them
 * ("afgestemd met", "in co-creatie opgesteld door"), people thinking, writing or working along ("dachten mee",
 * "werkten samen aan het plan"), or a form of it by name ("buurtstemming", "ledenvergadering", "veldbezoeken").
 * People who start something themselves (a burgerinitiatief) are no activity of the gemeente to involve them.
 */
/** Asking for a document ("gevraagd het verslag alsnog aan te leveren") is no asking what people think. */
export const DOCUMENT_REQUEST = /\bgevraagd (?:\S+ ){0,8}?(?:aan te leveren|in te (?:sturen|dienen|leveren)|op te sturen|toe te sturen|aan te vullen|te overleggen)\b/;

export const INVOLVED = new RegExp(
  `\\b${alt([
    `(?:zijn|is|werden|werd|worden|wordt) ${gap(5)}(?:gehoord over|bevraagd|geïnterviewd|geconsulteerd|geraadpleegd)`,
    // Asked for what they think, not for a document ("gevraagd het verslag alsnog aan te leveren").
    `(?:we|wij|de gemeente|het college|de initiatiefnemer) (?:hebben|heeft|hadden|had) ${gap(6)}om (?:hun|zijn|haar|een|de) (?:\\S+ )?(?:mening|advies|reactie|visie|input|ideeën|oordeel|inbreng|kijk) ${gap(4)}gevraagd`,
    // With people, not "intern afgestemd met de afdelingen".
    `(?:afgestemd|overlegd|samengewerkt) (?:met|door) ${gap(2)}${PEOPLE}`,
    `(?:opgesteld|geschreven|ontworpen|gemaakt|ontwikkeld) (?:\\S+ )?(?:door|samen met) ${gap(2)}${PEOPLE}`,
    'co-?creatie',
    'cocreatie',
    `(?:dachten|denken|denkt|dacht|praatten|praten|schreven|schrijven|schreef|lazen|lezen) ${gap(6)}mee`,
    `(?:werkten|werkte|werken|werkt) ${gap(4)}samen (?:met|aan)`,
    // "Samen met hen stellen we de prioriteiten op."
    `samen met ${gap(2)}${PEOPLE}`,
    '(?:buurt|bewoners|dorps|wijk)stemming',
    '(?:leden|bewoners|buurt|dorps|wijk|jaar)vergadering(?:en)?',
    '(?:veld|werk|huis|keukentafel)bezoek(?:en)?',
    'rondgevraagd',
    // "Met de Stichting Dorpshuis is het programma doorgesproken", "besproken met de eigenaren".
    `met ${gap(3)}${PEOPLE} ${gap(12)}(?:besproken|doorgesproken|doorgenomen)`,
    `(?:besproken|doorgesproken|doorgenomen) met ${gap(3)}${PEOPLE}`,
    // "Sportcafés", "een wijkcafé": a meeting by another name.
    '\\w+caf(?:é|e)s?',
    // The people's body set up: "De commissie is in januari ingesteld".
    `(?:bewoners|buurt|wijk|dorps|jongeren)?(?:commissie|panel|platform|klankbordgroep|werkgroep|adviesraad) ${gap(4)}(?:ingesteld|opgericht|samengesteld|geïnstalleerd|opgezet)`,
  ])}\\b`,
);

// A name ending in an accented letter ("Oranjecomité") has no \b after it: the end is where no letter follows.
export const WHO = new RegExp(`\\b${PEOPLE}(?![\\wà-ÿ])`);

/**
 * Words that only say someone took part, not who: "deelnemers", "mensen", "iedereen". A section
 * that names no one else has not said who was involved.
 */
// The initiatiefnemer runs the participation for a permit; who took part are the people it involved.
const ANONYMOUS = /^(?:initiatiefnemer|belanghebbenden|betrokkenen|stakeholders|klankbordgroep|werkgroep|deelnemers|aanwezigen|bezoekers|insprekers?|indieners?|reactiegevers|respondenten|stemmers|mensen|velen|iedereen|leden|groep|partijen|meerderheid|de meesten|hen|wie .*|panel|team|platform|raad|commissie)$/;
/** "Platform Gehandicaptenbeleid", "panel Weert Spreekt": a body with its own name is named. */
// A participle after the word is no name: "in de commissie besproken". (A body doing something, "de commissie
// begint in april", still points to the people's own body named before.)
const OWN_NAME =
  /^ (?!(?:de|het|een|van|is|zijn|was|heeft|hebben|en|of|dat|die|in|op|met|voor|over|om|gaf|gaven|kreeg|kregen|werd|wordt|besproken|besloten|bekeken|beoordeeld|behandeld)\b|(?:ge|ver|door|over|uit|mee)[a-zà-ÿ]{2,7}(?:d|t|en)\b)[a-zà-ÿ]{4,}/;

/** Compiled once: the people alternation is large, and this runs for every sentence of every document. */
const WHO_ALL = new RegExp(`\\b${PEOPLE}(?![\\wà-ÿ])`, 'g');

/** Who was involved, named: residents, a council, organisations; not just "de deelnemers". */
export function whoCue(s: string): Cue | undefined {
  WHO_ALL.lastIndex = 0;
  for (let m = WHO_ALL.exec(s); m !== null; m = WHO_ALL.exec(s)) {
    if (!ANONYMOUS.test(m[0]) || (/^(?:panel|platform|raad|commissie|team|groep|klankbordgroep|werkgroep)$/.test(m[0]) && OWN_NAME.test(s.slice(m.index + m[0].length)))) {
      return { phrase: m[0], index: m.index };
    }
  }
  return undefined;
}

// --- Wanneer: a date, month, season or period ----------------------------------------------

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTH_SHORT = /\b(?:jan|feb|mrt|apr|mei|jun|jul|aug|sep|sept|okt|nov|dec)(?:-|–|\/| tot | t\/m | en )(?:jan|feb|mrt|apr|mei|jun|jul|aug|sep|sept|okt|nov|dec)\b|\b(?:jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec) 20\d\d\b|\b(?:jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.(?= |$)|\((?:jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\)|\b\d{1,2} (?:jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b(?: \d{4})?/;
const RELATIVE = '(?:dit|deze|vorig|vorige|volgend|volgende|afgelopen|komend|komende|het komende|het afgelopen|het volgende|het vorige)';
/**
 * Seasons ("na de zomer", "het voorjaar van 2027"), years and parts of years ("begin volgend jaar",
 * "eind 2026", "het tweede kwartaal", "Q3"), weeks, relative periods and numeric dates.
 */
const PERIOD = new RegExp(
  `\\b(?:(?:in |het |dit |vorig |volgend |afgelopen |komend |na de |voor de |vóór de |rond de |sinds de |na het |voor het |sinds het )?(?:voorjaar|najaar|zomer|winter|lente|herfst|kerst|kerstvakantie|meivakantie|zomervakantie|herfstvakantie|voorjaarsvakantie|jaarwisseling)(?:vakantie)?(?: van 20\\d\\d)?|(?:begin|eind|einde|medio|half|halverwege|midden|in de loop van) (?:van )?(?:het )?(?:\\S+ )?(?:20\\d\\d|jaar|dit jaar|vorig jaar|volgend jaar|kwartaal)|(?:in |sinds |vanaf |tot |na |uit |van )(?:het (?:jaar )?)?20\\d\\d|20\\d\\d(?:-| tot | en | t/m )20\\d\\d|(?:week|wk\\.?) \\d{1,2}|weken \\d{1,2}(?:-| en | tot )\\d{1,2}|${RELATIVE} (?:jaar|kwartaal|maand|maanden|week|weken|half jaar|halfjaar|periode)|(?:eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e) (?:kwartaal|helft|half jaar|halfjaar)|\\d{1,2}-\\d{1,2}-\\d{2,4}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|(?:twee|drie|vier|zes|\\d+) (?:weken|maanden) (?:voor|na|voordat)|over (?:een|twee|drie|vier|zes|\\d+) (?:weken|week|maanden|maand)|op \\d{1,2}-\\d{1,2}(?![-\\d])|q[1-4](?: 20\\d\\d)?)\\b`,
);

/** A month name, also with one letter wrong or missing ("novmber"): typos are common in hand-written text. */
function monthWord(w: string): boolean {
  if (w.length < 3) return false;
  return MONTHS.some((m) => m === w || (w.length >= 6 && m.length >= 6 && editDistanceAtMostOne(m, w)));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  // Two letters swapped ("okotber") is one slip of the fingers too.
  if (a.length === b.length) {
    const i = [...a].findIndex((c, k) => c !== b[k]);
    if (i >= 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return true;
  }
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** When: a month (also misspelt), a season, a year with a preposition, a week, a date. */
export function timeCue(s: string): Cue | undefined {
  // A time that is no time of taking part is skipped and the rest of the sentence read on:
  // "Voor het afvalplan 2027-2030 hielden we in oktober een enquête".
  let t = s;
  for (let tries = 0; tries < 4; tries++) {
    const found = firstTime(t);
    if (!found) return undefined;
    const before = t.slice(0, found.index);
    // "Zie het raadsvoorstel van 12 oktober 2025": the date of a document, not of the participation;
    // but advice sent in a letter of that date was given then: "advies uitgebracht (brief van 12 augustus)".
    const documentDate =
      // "De participatieverordening van 2024": a document named by a compound is a document too.
      /\b(?:\w*voorstel|\w*besluit|\w*brief|\w*nota|\w*verordening|\w*visie|(?:raads|commissie|college)vergadering) van (?:\S+ )?$/.test(/^van /.test(found.phrase) ? `${before}van ` : before) &&
      !/\b(?:uitgebracht|gereageerd|ingediend|advies gegeven)\b/.test(s) &&
      // "Dat doen we via de nieuwsbrief van december": the letter is how people are told, so its date is when.
      !/\b(?:via|in|met) (?:de |een |het |onze )?(?:\S+ )?(?!raads)\w*brief van (?:\S+ )?$/.test(before) &&
      // "Bewonersbrief van 19 januari aan de bewoners": the letter that opens the sentence is what was done.
      !/^(?:de |een )?(?!raads)\w*brief van (?:\S+ )?$/.test(before.trim() + ' ') &&
      // "Omwonenden zijn per brief geïnformeerd (brief van 18 augustus)": the letter that informed them dates it.
      !(/(?<!raads\w*)brief van (?:\S+ )?$/.test(before) && /\b(?:per brief|geïnformeerd|verstuurd|gestuurd)\b/.test(s) && !/\braads\w*brief\b/.test(s));
    // "De Sportnota 2027-2030", "het uitvoeringsprogramma 2026": the title of a document, not a time.
    // "De concept-Woonvisie Hillegom 2026-2035": a place name may stand between the title and its years.
    const title = /^20\d\d/.test(found.phrase) && /\w*(?:nota|plan|visie|programma|beleid|agenda|begroting|strategie|akkoord|verordening|kader)(?: [a-z-]+)? $/.test(before);
    // "Organisaties die in 2024 subsidie kregen", "statushouders die sinds 2022 in Tiel wonen": a time that
    // describes the people, in a clause about them, is not when they took part.
    const relClause = t.slice(found.index).split(/[,;:.](?:\s|$)/)[0]!;
    // "Het plan dat in 2027 wordt uitgevoerd": a relative clause about a thing, with no taking part in it, dates the thing.
    // A relative clause ends in its verb; "maakt die keuzes in het voorjaar" is a demonstrative, not a relative clause.
    const ofAThing =
      /\b(?:die|dat|welke) (?:\S+ ){0,2}$/.test(before) &&
      /\S(?:en|t|d)$/.test(relClause.trim()) &&
      !DESCRIBES_PEOPLE.test(before) &&
      !DONE.test(relClause) &&
      !INVOLVED.test(relClause) &&
      !TAKES_PLACE.test(relClause) &&
      !INPUT_ARRIVED.test(`${before}${relClause}`);
    const ofThePeople = (DESCRIBES_PEOPLE.test(before) && STATE_VERB.test(relClause)) || ofAThing;
    // "Omdat het ontwerp in 2023 door de raad is vastgesteld", "Nadat de raad in juni had besloten": the date of a
    // decision (README: it does not count), in a clause with no taking part in it.
    const clause = clauseAt(t, found.index);
    const decision = DECIDED.test(clause) && !DONE.test(clause) && !INVOLVED.test(clause);
    if (!documentDate && !title && !ofThePeople && !decision) return found;
    const end = t.indexOf(' ', found.index + 1);
    const length = Math.max(found.phrase.length, (end < 0 ? t.length : end) - found.index);
    t = t.slice(0, found.index) + ' '.repeat(length) + t.slice(found.index + length);
  }
  return undefined;
}

/** The people, then a relative clause about them: "organisaties die ", "bewoners die al ". */
const DESCRIBES_PEOPLE = new RegExp(`\\b(?:${PEOPLE}|\\w+(?:ers|ders|houders|nemers|genoten))(?![\\wà-ÿ]) (?:die|dat) (?:\\S+ ){0,2}$`);
/** What people are or have, not what they do to take part: "die sinds 2022 in Tiel wonen", "die subsidie kregen". */
const STATE_VERB = /\b(?:wonen|woont|woonden|woonde|kregen|krijgen|kreeg|ontvingen|ontvangen|hebben|hadden|heeft|had|zijn|waren|is|was|werken|werkten|gebruiken|gebruikten|bezoeken|bezochten|huren|huurden|bezitten|staan|stonden|ingeschreven|gevestigd|lid)\s*$/;
/** A meeting or step of taking part that happens: "die in maart plaatsvond", "dat in mei werd gehouden". */
const TAKES_PLACE = /\b(?:plaats\w*|gehouden|georganiseerd|gesproken|besproken|bijeen\w*|meegedacht|meegepraat|gereageerd|gekozen|gestemd|advies|adviseerde\w*|ingevuld|invulden)\b/;
/** A decision by the council, the college or a higher government. */
const DECIDED = /\b(?:raad|gemeenteraad|college|provincie|rijk|minister)\b[^,;:]*\b(?:besloten|besloot|vastgesteld|vastgelegd|vastgesteld|ingestemd|aangenomen|aangewezen)\b|\b(?:besloten|vastgesteld|vastgelegd|ingestemd|aangenomen|aangewezen)\b[^,;:]*\bdoor (?:de |het )?(?:gemeente)?(?:raad|college|provincie|rijk|minister)\b/;

/** The clause around a position: from the last comma, colon, semicolon or conjunction before it to the next mark after it. */
function clauseAt(s: string, index: number): string {
  const head = s.slice(0, index);
  const from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.search(/\b(?:omdat|nadat|want|voordat|zodat|waarna)\b(?!.*\b(?:omdat|nadat|want|voordat|zodat|waarna)\b)/));
  const rest = s.slice(index);
  const to = rest.search(/[,;:.](?:\s|$)/);
  return s.slice(Math.max(0, from), to < 0 ? s.length : index + to);
}

function firstTime(s: string): Cue | undefined {
  const period = hit(PERIOD, s) ?? hit(MONTH_SHORT, s);
  if (period) return period;
  const words = s.split(' ');
  let index = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.split(/[-/–]/).some((part) => monthWord(part.replace(/[^a-z]/g, '')))) {
      // The words that make the date: "op 12 maart 2026", "in novmber".
      const from = /^(?:\d{1,2}|op|in|begin|eind|medio|half|sinds|vanaf|tot)$/.test(words[i - 1] ?? '') ? i - 1 : i;
      const start = from > 0 && /^\d{1,2}$/.test(words[from] ?? '') && /^(?:op|in|tot|vanaf)$/.test(words[from - 1] ?? '') ? from - 1 : from;
      const end = /^\d{4}[.,;:)]*$/.test(words[i + 1] ?? '') ? i + 2 : i + 1;
      return { phrase: words.slice(start, end).join(' ').replace(/[.,;:)]+$/, ''), index };
    }
    index += w.length + 1;
  }
  return undefined;
}

/** "Because": the reason for the level. */
// "Door de korte termijn was er geen ruimte …": a cause in front is a because too.
// "Op grond van de verordening is inspraak gehouden" names the rule a step followed; it is a why for the rung only where
// that rule holds the say back ("staat niet open voor inspraak", "alleen een zienswijze").
export const WHY = /\b(?:omdat|want|aangezien|immers|daarom|zodat|vanwege|hierdoor|reden|doordat|om die reden|gezien|(?:conform|op grond van)\b(?=[^.;:]*\b(?:niet|geen|alleen|slechts|uitsluitend|beperkt|niveau|trede|ten minste|minimaal|gekozen)\b))\b|, daar (?=(?:de|het|deze|dit|die|zij|ze|wij|we|er|hun|haar|zijn)\b)|^door (?:de|het) (?:\S+ ){1,8}?(?:was|is|waren|zijn) er\b/;

/** "Zij kennen de wijk het best": why people get this much say, without a "because". */
export const KNOW_BEST = /\b(?:kennen|kent|weten|weet) (?:\S+ ){0,6}?(?:het )?(?:best|beste|goed)\b|\b(?:kennen|kent) (?:\S+ ){0,2}?(?:hun|de|het|zijn|haar) (?:\S+ )?(?:leden|buurt|wijk|straat|dorp|omgeving|gebied|terrein|situatie|praktijk|doelgroep|achterban)\b|\b(?:weten|weet|kennen|kent|zien|ziet) (?:\S+ ){0,2}?wat (?:\S+ ){0,4}?nodig (?:heeft|hebben|is)\b|\bhet best(?:e)? (?:\S+ ){0,2}?(?:weten|kennen|weet|kent)\b|\b(?:als ervaringsdeskundigen?|(?:vanwege|door|gezien|dankzij|met|gebruiken|benutten|om) (?:\S+ ){0,2}?(?:hun|zijn|haar) (?:eigen )?(?:deskundigheid|ervaring|kennis))\b/;

// --- Terugkoppeling: people heard back what happened with what they said -------------------

/** Words that name the feedback itself. */
const FEEDBACK_WORDS = new RegExp(
  `\\b${alt([
    `(?:reactie|antwoord|brief|uitleg) aan (?:de |het |alle )?(?:\\S+ )?${PEOPLE}`,
    '(?:brief|mail|e-mail|bericht|reactie|antwoord|uitleg|toelichting) (?:van|namens) (?:de wethouder|het college|de gemeente|de burgemeester|ons)',
    'terugkoppel\\w*',
    // "een terugkomavond voor alle deelnemers": an evening to come back to them.
    'terugkom(?:avond|bijeenkomst|sessie|middag|moment)\\w*',
    'teruggehoord',
    'terug gehoord',
    'terughoren',
    'teruggekoppeld',
    'koppel\\w* ' + gap(6) + 'terug',
    // A reply document answers the people only when it answers or reaches them; "staat in de reactienota (bijlage 2)" is for the raad.
    '(?:beantwoord|ingegaan|gereageerd) (?:\\S+ ){0,3}?in (?:de |het )?(?:bijgevoegde )?(?:nota van beantwoording|reactienota|antwoordnota|nota (?:van )?(?:zienswijzen|inspraakreacties))',
    'participatieverslag (?:is|wordt|werd) ' + gap(3) + '(?:gedeeld|gestuurd|verstuurd|gepubliceerd)',
  ])}\\b`,
);

/** "We lieten de deelnemers weten …" / "… laten we weten wat we met hun inbreng doen". */
const LET_KNOW = new RegExp(
  `\\b(?:(?:we|wij|de gemeente|het college|de initiatiefnemer|de wethouder|de burgemeester) ${gap(6)}(?:laten|lieten|liet|laat)\\b ${gap(8)}weten|(?:laten|lieten|liet|laat) ${gap(12)}weten wat (?:we|wij|de gemeente|het college|er|hij|zij) )`,
);

/** "… horen wat er met hun inbreng gebeurt", "… op de hoogte gebracht van de uitkomst". */
const HEAR_BACK = new RegExp(
  `\\b(?:(?:horen|hoorden|hoort|hoorde|gehoord) ${gap(4)}(?:wat|waarom) (?:er|we|wij|de gemeente|het college)|(?:zien|ziet|lezen|leest|nalezen) ${gap(2)}wat (?:er|we|wij|de gemeente|het college) ${gap(3)}met (?:hun|uw|zijn|haar|de (?:\\S+ )?(?:inbreng|reacties?|opmerkingen|adviezen|advies|ideeën|ideeen|wensen|zienswijzen|suggesties|uitkomst\\w*|uitslag|resultaten|stemmen|antwoorden)) |^wat (?:we|wij|de gemeente|het college|er) ${gap(3)}(?:ermee|daarmee|hiermee|met (?:hun|de|het|zijn|haar) \\S+) ${gap(1)}(?:doen|doet|deden|gedaan|gebeurt|gebeurde|gebeurd),? (?:horen|hoort|hoorden|hoorde|lezen|leest|zien|ziet|krijgen|krijgt)\\b|op de hoogte (?:gebracht|gesteld|gehouden) ${gap(2)}(?:van|over) (?:de uitkomst|het resultaat|de resultaten|wat|het besluit|de keuze|het vervolg))`,
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
  // "De reactie op het advies is aan de adviesraad gestuurd": the gemeente's answer to it.
  '(?:de|het) (?:\\S+ )?(?:reactie|antwoord) op (?:het|hun|de|dit|dat|deze|die) (?:\\S+ )?(?:advies|adviezen|verzoek|zienswijze|zienswijzen|voorstel|voorstellen|brief|petitie|vragen)',
  'antwoord(?:en)? op',
  'reactienota',
  '(?:het|de) (?:\\S+ )?\\w*besluit(?:en)?',
  'de besluitvorming',
  'de uitslag',
  '(?:de |het )?winnende \\S+',
  'de (?:definitieve|uiteindelijke|gemaakte) (?:keuzes?|plannen)',
  'het (?:definitieve|aangepaste|nieuwe|uiteindelijke|gewijzigde) (?:plan|ontwerp|voorstel)',
  'wat (?:we|wij|de gemeente|het college|er) (?:\\S+ ){0,4}?met',
  'hoe (?:we|wij|de gemeente|het college) (?:\\S+ ){0,4}?met',
  'wat er (?:is )?(?:gebeurd|veranderd|gedaan|verandert|gebeurt)',
  'wat (?:er|hier|daar)mee (?:\\S+ ){0,2}?(?:gebeurd|gebeurt|gedaan|doen)',
  'welke (?:wensen|ideeën|punten|reacties|voorstellen|suggesties|keuzes|adviezen|zienswijzen|opmerkingen|vragen)',
  'beantwoording',
  '(?:de )?wijze waarop',
  'op welke wijze',
  'de behandeling van',
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
  '(?:eind|slot|participatie)verslag(?:en)?',
  'verslag(?:en)?\\b(?! van (?:de|het|die|deze|dat|dit|elke|iedere|beide|alle) (?:\\S+ )?(?:bijeenkomst|avond|gesprek|sessie|overleg|vergadering|werksessie|schouw|wandeling|atelier)\\w*)',
  'de (?:\\S+ )?(?:maatregelen|aanpassingen|wijzigingen)',
  'samenvatting',
  'overzicht',
  '(?:de |het )?(?:concept|eind|ontwerp)-?\\S*(?:visie|plan|ontwerp|nota|versie|tekst|rapport|besluit)',
]);

/** Where the gemeente puts its answer: "op de projectpagina staat een overzicht met onze antwoorden". */
const CHANNEL = /\b(?:buurthuis|dorpshuis|wijkcentrum|buurtcentrum|wijkgebouw|bibliothe\w*|bieb|posters?|prikbord|website|projectpagina|webpagina|nieuwsbrief|\w*krant|\w*blad|\w*bode|\w*courant|gemeentepagina|huis-aan-huisblad|\w*brief|e-?mail|mail|platform|\w*app|facebook\w*|instagram\w*|linkedin|twitter|social media|sociale media)\b/;
/** "Inwoners konden een reactie sturen": that is taking part, not hearing back. */
const TAKING_PART = /\b(?:konden|kunnen|kon|mochten|mogen|mocht)\b/;

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

/**
 * Handing something over, in any tense, active or passive: sending, telling, showing, publishing
 * to the people, or the people receiving, reading, hearing, seeing it.
 */
const TRANSFER = new RegExp(
  `\\b${alt([
    '(?:ver|toe|na|door|mee|terug)?stu(?:u)?r\\w*',
    '(?:ge|toe)?stuurd',
    'toegezonden',
    'verzonden',
    '(?:ge)?mail\\w*',
    'informe\\w+',
    'ge[iï]nformeerd',
    'bericht(?:en|ten|te)?',
    '(?:laten|lieten|liet|laat) (?:\\S+ ){0,8}?weten',
    'weten (?:\\S+ ){0,3}?(?:laten|gelaten)',
    'verteld',
    'vertel\\w*',
    // "De wethouder schreef de bewoners een brief over …".
    '(?:schreef|schreven|schrijft|schrijven) (?:\\S+ ){0,4}?(?:een )?(?:\\S+ )?(?:brief|mail|e-mail|bericht)',
    'uitgelegd',
    'leg\\w* (?:\\S+ ){0,8}?uit',
    'uitleggen',
    'toegelicht',
    'licht\\w* (?:\\S+ ){0,8}?toe',
    'toelichten',
    'toe te lichten',
    'uit te leggen',
    'te vertellen',
    '(?:ge|op)?bel(?:d|den|de|t|len)',
    '(?:stond|stonden|verscheen|verschenen|staat|staan) (?:\\S+ ){0,2}?(?:een )?(?:artikel|bericht|stuk|overzicht)',
    'meegedeeld',
    'gecommuniceerd',
    'communice\\w+',
    'gemeld',
    'teruggemeld',
    'presente\\w+',
    'gepresenteerd',
    '(?:laten|lieten|liet|laat) (?:\\S+ ){0,6}?zien',
    'te zien (?:gekregen|krijgen|kregen)',
    '(?:hebben|heeft|hadden|had) (?:\\S+ ){0,4}?gezien',
    'gedeeld',
    'deel(?:de|den|t|en)',
    'verspreid\\w*',
    'gepubliceerd',
    'publice\\w+',
    'bekend(?:ge)?ma\\w+',
    'maken (?:\\S+ ){0,3}?bekend',
    'maakten (?:\\S+ ){0,3}?bekend',
    'op de hoogte (?:gebracht|gesteld|brengen|stellen)',
    'bijgepraat',
    'bespr\\w+',
    'besproken',
    'pra\\w+ (?:\\S+ ){0,6}?bij',
    'teruggekomen',
    'kom\\w* (?:\\S+ ){0,6}?terug',
    'kregen',
    'terug(?:ge)?kr\\w+',
    '(?:krijgen|krijgt|kregen|kreeg) (?:\\S+ ){0,6}?terug',
    'krijg\\w*',
    'kreeg',
    'gekregen',
    'ontv\\w+',
    'horen',
    'hoorden',
    'hoort',
    'hoorde',
    // "De bewoners hebben hierover een brief gehad", "van de wethouder gehoord".
    '(?:brief|mail|e-?mail|bericht|nieuwsbrief|antwoord|reactie) (?:\\S+ ){0,3}?gehad',
    'van (?:de |het )?(?:wethouder|burgemeester|gemeente|college|initiatiefnemer) (?:\\S+ ){0,3}?(?:gehoord|gehad|gekregen)',
    // "In de dorpskrant staat welke ideeën zijn overgenomen".
    '(?:staat|staan|stond|stonden) (?:welke|wat|hoe|waarom)',
    'lezen',
    'lazen',
    'leest',
    'teruglezen',
    'terugvinden',
    'staat op',
    'staan op',
    'zet\\w* (?:\\S+ ){0,8}?(?:in|op)',
    'gezet',
    'plaats\\w* (?:\\S+ ){0,8}?(?:in|op)',
    'geplaatst',
    'stond(?:en)? (?:\\S+ ){0,2}?(?:op|in)',
    // "De resultaten staan sinds 1 mei op de projectpagina": put where the people look.
    '(?:staat|staan) (?:\\S+ ){0,4}?op (?:de |het |onze )?(?:\\S+ )?(?:website|projectpagina|webpagina|site|platform)',
    // "Wat we ermee deden, hangt sinds mei in het buurthuis": put up where the people come.
    '(?:hangt|hangen|hing|hingen) (?:\\S+ ){0,4}?(?:op|in|aan)',
    'opgehangen',
  ])}\\b`,
);

/** What can be handed back after people took part: an outcome, the gemeente's answer, the plan as it now is. */
const OUTCOME = new RegExp(
  `\\b(?:${RESULT}|${alt([
    'antwoorden',
    '(?:een|hun|onze|die|deze|persoonlijke?|schriftelijke?) (?:\\S+ )?(?:reactie|antwoord|bericht)',
    'bericht',
    'eindversie',
    // "De winnende ontwerpen zijn bekendgemaakt"; "deze tabel", "deze verwerking" where they point back to what was done.
    'winnende \\S+',
    '(?:deze|die|dit|dat) (?:\\S+ )?(?:tabel|verwerking|uitwerking)',
    'eindrapport',
    'bedankbrief',
    // "Het aangepaste plan"; not "de nieuwe eigenaar": a person is no answer.
    '(?:definitieve|aangepaste|gewijzigde|vastgestelde|nieuwe|gekozen|uiteindelijke|herziene) (?!eigena|bewoner|huurder|beheerder|aannemer|contactpersoon|directeur|medewerker|wethouder)\\S+',
    '(?:het|dit|dat|de|deze|die) \\S*(?:voorstel|ontwerp|plan|nota|beleid|beleidsplan|visie|agenda|lijst|rooster|bestek|variant|locatie|overzicht|keuze|uitkomst|besluit|programma|kalender|regeling|verordening|rapport)',
    '(?:lezen|lazen|leest|horen|hoorden|hoorde|hoort|gehoord|gelezen|weten) (?:dat|dit)',
    '(?:dat|dit) (?:\\S+ ){0,3}?(?:via|in|per|op) (?:de |het |een )?\\S*(?:mail|brief|krant|blad|nieuwsbrief|website|bijeenkomst|avond)',
    'bijlage',
    'hierover',
    'daarover',
    '(?:hier|daar) (?:\\S+ ){1,3}?over',
    'hiervan',
    'daarvan',
    'waarin (?:dit|dat|deze|die|dat alles) (?:\\S+ )?staa?t',
    // "een brief waarin staat wanneer het zebrapad wordt aangelegd".
    'waarin (?:\\S+ ){0,2}?(?:staat|stond|staan) (?:wanneer|wat|welke|hoe|waarom)',
    'waarom',
    'welke',
    'waarin (?:we|wij|de gemeente|het college) (?:\\S+ ){0,4}?(?:reageren|reageert|antwoorden|ingaan|uitleggen|toelichten)',
    'hoe (?:we|wij|de gemeente|het college|hun|de|het|die|deze|dat)',
    'wat (?:we|wij|er|de gemeente|het college|hun|met)',
  ])})`,
);

/** Facts told before or apart from taking part: an invitation, the works, a date to come. */
export const INFO_ONLY = /\b(?:uitnodig\w*|uitgenodigd|werkzaamheden|op de agenda|overlast|afsluiting|omleiding|bereikbaarheid|de kap van|met de vraag (?:of|om)|aan(?:ge)?meld\w*|deel te nemen|deelnemen|mee te doen|oproep\w*|aannemer|(?:volgende|tweede|derde|nieuwe) (?:\S+ )?(?:avond|bijeenkomst|sessie|werksessie|ronde))\b/;

/** Minutes of one meeting ("een verslag van elke sessie", "na elke bijeenkomst een kort verslag"): no answer to the input (README). */
const MINUTES_OF = /\b(?:na|van|bij|over) (?:elke|iedere|ieder|die|dat|deze|de|het|dit|beide|alle) (?:\S+ )?(?:bijeenkomst|avond|gesprek|sessie|overleg|vergadering|werksessie|schouw|wandeling|atelier|bezoek|ronde)\w*/;
const BARE_MINUTES = /^(?:(?:een|het|de|dit|dat) )?(?:kort |beknopt )?verslag(?:en)?$/;

/** The plan itself: feedback only once the text has said what was done with the input. */
const PLAN_ONLY = /^(?:het|de|dit|dat|deze|die) (?!reactie|antwoord)\S*(?:plan|ontwerp|concept|visie|nota|schets\S*)$/;

/** The participants' own work as the subject: "het plan van het platform", "het ontwerp van de werkgroep". */
const OWN_WORK = new RegExp(`^(?:het|de|hun) (?:\\S+ )?\\S*(?:plan|ontwerp|voorstel|advies|visie|idee)\\w* van (?:de |het )?(?:\\S+ )?(?:${PEOPLE}|\\w*platform|\\w*groep|\\w*team|\\w*raad)\\b`);
/** Asking for input while showing a plan: "… de tekeningen laten zien en hen om hun reactie gevraagd". */
const ASKING_INPUT = /\b(?:om (?:hun|een|de|uw|zijn|haar) (?:\S+ )?(?:reactie|mening|advies|ideeën|input) (?:te )?(?:gevraagd|vragen|vroegen)|(?:gevraagd|vragen|vroegen) (?:\S+ ){0,3}?(?:te reageren|wat (?:ze|zij|hij) (?:ervan|daarvan|hiervan) (?:vinden|vonden|vindt|vond)))\b/;

/** The sentence starts with the participants as its subject. */
const SENDERS = new RegExp(`^(?:de |het |een )?(?:\\S+ )?(?:${PEOPLE}|klankbordgroep|ontwerpteam|werkgroep|burgerpanel)\\b`);

/** Nouns for people who have already taken part: their presence says participation happened. */
export const PARTICIPANTS = /\b(?:deelnemers?|insprekers?|indieners?|reactiegevers|respondenten|gesprekspartners|panelleden|stemmers|klankbordgroep|ontwerpteam|werkgroep|burgerpanel|wie (?:meedeed|reageerde|heeft meegedaan|heeft gereageerd))\b/;

/** A report of the whole participation, which a later "het verslag" points back to. */
export const REPORT_NAMED = /\b(?:participatie|eind|slot)verslag\b|\bverslag (?:van|over) (?:de |het )?(?:participatie|traject|opbrengst|uitkomsten)\b/;

/**
 * A feedback cue in one sentence, or undefined. `participated` says an earlier sentence told of
 * people taking part: handing over a plan before anyone took part is informing, not feedback.
 */
export function feedbackCue(s: string, participated = true, afterUse = true, reportNamed = false): Cue | undefined {
  if (FORMAL_PUBLICATION.test(s) && !FEEDBACK_WORDS.test(s)) return undefined;
  if (notAnAnswer(s) || WISH_TO_HEAR.test(s)) return undefined;
  let direct = hit(FEEDBACK_WORDS, s) ?? hit(LET_KNOW, s) ?? hit(HEAR_BACK, s) ?? hit(TOLD_BACK, s) ?? hit(TOLD_BACK_LATER, s);
  // "We hebben laten weten dat de tweede avond in mei is": news of the next meeting, not their answer.
  if (direct && /weten$/.test(direct.phrase) && INFO_ONLY.test(s.slice(direct.index)) && !RESULT_OURS_RE.test(s)) direct = undefined;
  // "Een brief aan alle huishoudens met een uitnodiging voor de avond" invites; it answers nothing.
  if (direct && /^(?:brief|reactie|antwoord|uitleg) aan\b/.test(direct.phrase) && INFO_ONLY.test(s) && !RESULT_OURS_RE.test(s)) return undefined;
  // "… een keukentafelgesprek en een brief aan de overige bewoners": a letter to people says nothing of an answer by itself.
  if (direct && /^brief aan\b/.test(direct.phrase) && !OUTCOME.test(s)) direct = undefined;
  if (direct) return direct;
  const toldUse = useToldCue(s, afterUse);
  if (toldUse) return toldUse;
  // "Belanghebbenden kunnen na de bekendmaking van het besluit bezwaar maken": the publication says when, it informs nobody here.
  const transfer = TRANSFER.exec(s.replace(AFTER_PUBLICATION, (m) => ' '.repeat(m.length)));
  if (!transfer) return undefined;
  // "Het advies van de wijkraad is op 2 mei ontvangen": the gemeente received their input.
  if (/^ontv/.test(transfer[0]) && INPUT_FIRST.test(s)) return undefined;
  // "Na het besluit informeren wij hen over de voorwaarden": "na het besluit" says when, not what.
  const told = s
    .replace(/\b(?:na|voor|vóór|bij|tot|vanaf|sinds) (?:het |de )?(?:\S+ )?(?:\w*besluit\w*|vaststelling|besluitvorming)\b/g, (m) => ' '.repeat(m.length))
    // "Omdat het besluit al vastligt, informeren we de buurt": a reason, not what is handed over.
    .replace(/\b(?:omdat|aangezien|doordat) [^,]*,/g, (m) => ' '.repeat(m.length));
  const before = s.slice(0, transfer.index);
  // "De vragenlijst liet zien dat …": a finding shown, nothing handed to anyone.
  if (/^(?:laten|lieten|liet|laat) (?:\S+ )?zien/.test(transfer[0]) && FINDING_SOURCE.test(before)) return undefined;
  let outcome: { 0: string; index?: number } | undefined = outcomeIn(told, s, transfer.index, reportNamed);
  // "De wethouder heeft dat op de jaarvergadering aan het dorp verteld", "Op 10 november hebben we dit aan het
  // bestuur uitgelegd", "hebben dit van de wethouder gehoord": a pointer back to what was just done with the input.
  // "… verteld dat het advies is overgenomen": the telling says what was done.
  const telling = TELLING.test(transfer[0]);
  const fromGemeente = FROM_GEMEENTE.test(s);
  if (!outcome && (telling || fromGemeente)) {
    const after = s.slice(transfer.index + transfer[0].length);
    const pointer = POINTER_BACK.exec(before);
    if (pointer && afterUse && (TELLER.test(before) || fromGemeente)) outcome = { 0: pointer[0], index: pointer.index };
    else if (telling && /^ dat\b/.test(after) && USED_STRONG.test(after)) outcome = { 0: after.trim(), index: transfer.index + transfer[0].length + 1 };
  }
  if (!outcome) return undefined;
  // "Na vaststelling ontvangen de wijkraden het plan", "het conceptbesluit is per mail gestuurd": a plan or draft
  // merely sent round answers nobody; "deze tabel" answers only where it points back to what was done.
  if (/^(?:het|de|een) (?!concept)\S*(?:plan|ontwerp|visie|schets\S*)$/.test(outcome[0]) && SENT_OR_RECEIVED.test(transfer[0]) && !RESULT_OURS_RE.test(s.replace(outcome[0], ' '))) return undefined;
  // A draft sent round before anything was done with the input asks for a reaction; after it, it shows the result.
  if (/^(?:het |de |een )?concept/.test(outcome[0]) && !afterUse) return undefined;
  // "In onderstaande tabel staat wat …" is the document itself; "in de dorpskrant staat welke …" reaches people.
  if (/^(?:staat|staan|stond|stonden) /.test(transfer[0]) && !CHANNEL.test(s)) return undefined;
  const pointed = POINTER_BACK.test(outcome[0]) && outcome[0].split(' ').length <= 2;
  if (/^(?:deze|die|dit|dat) (?:\S+ )?(?:tabel|verwerking|uitwerking)$/.test(outcome[0]) && !afterUse) return undefined;
  // Talking something through counts only when it is the gemeente's answer: "besproken welke adviezen zijn overgenomen".
  // "De wethouder heeft de uitkomst besproken met de jongerenraad": the gemeente talking the outcome through with them is too.
  const gemeenteTells = /\b(?:wethouder|burgemeester|college|gemeente|we|wij)\b/.test(s.slice(0, transfer.index)) && RESULT_RE.test(s);
  if (/^bespr/.test(transfer[0]) && !/^(?:welke|waarom|hoe|wat)\b/.test(outcome[0]) && !RESULT_OURS_RE.test(s) && !gemeenteTells) return undefined;
  // "De nieuwe afvalkalender" is news about the decision, unless the text said what the input changed in it.
  if ((PLAN_ONLY.test(outcome[0]) || /^nieuwe /.test(outcome[0])) && !afterUse && !/\b(?:dit|deze) (?:voorstel|besluit)\b/.test(s)) return undefined;
  // "… moeten we uitleggen hoe we mensen betrekken": a duty, not something done.
  if (/\b(?:moeten|moet|dient|dienen)\b/.test(s.slice(0, transfer.index))) return undefined;
  const ours = RESULT_OURS_RE.test(s) || /\bonze\b/.test(s);
  // "Inwoners konden een reactie sturen" is taking part; an invitation or the works are news, not an answer.
  if (TAKING_PART.test(s.slice(0, transfer.index)) && !ours) return undefined;
  if (INFO_ONLY.test(s) && !ours) return undefined;
  const toPeople =
    WHO.test(s) ||
    PARTICIPANTS.test(s) ||
    /^(?:(?:ja|nee),? )?(?:ze|zij) /.test(s) ||
    /\b(?:hun|hen) (?:een|de|het|alle)\b/.test(s) ||
    /\baan (?:de |het )?(?:hele |gehele )?(?:buurt|wijk|dorp|straat|centrum|kern|omgeving)\b/.test(s) ||
    /\bhuis[- ]aan[- ]huis\b/.test(s) ||
    (CHANNEL.test(s) && RESULT_RE.test(s) && participated) ||
    // "op een drukke dorpsavond", "een wijkavond waar de gemeente liet zien …": told where the people are.
    /\b(?:tijdens|op|in) (?:(?:de|het|een) \S+ )?(?:de |het |een )?\w*(?:avond|bijeenkomst|sessie|overleg|vergadering)\b|\b\w*(?:avond|bijeenkomst|sessie|vergadering) (?:waar|waarop|waarin)\b/.test(s) ||
    // "De JAR hoort dit van de wethouder", "de DOG heeft een brief gekregen": whoever receives from the gemeente took part.
    (participated && (fromGemeente || (afterUse && RECEIVER_FIRST.test(s)))) ||
    // The gemeente explaining what it does with their input, or telling "dit" to someone, tells those who gave it.
    (telling && TELLER.test(before) && (RESULT_OURS_RE.test(s) || (pointed && /\baan (?:de |het |alle )?\S+/.test(s))));
  if (!toPeople) return undefined;
  // "Het plan van het platform is in oktober gepresenteerd": the participants' own work shown, not the gemeente's answer.
  if (OWN_WORK.test(s) && /^(?:presente|gepresenteerd|deel|gedeeld)/.test(transfer[0])) return undefined;
  // "De initiatiefnemer heeft de tekeningen laten zien en hen om hun reactie gevraagd": a plan shown to ask for input.
  if (ASKING_INPUT.test(s) && !ours) return undefined;
  // "Op 30 mei heeft de kinderraad het ontwerp zelf aan hun klasgenoten gepresenteerd": the participants show their own work.
  if (/\bzelf\b/.test(s) && !TELLER.test(before) && /^(?:presente|gepresenteerd|deel|gedeeld|stuur|stuurde|verstuurd)/.test(transfer[0])) return undefined;
  // "Het ontwerpteam presenteert het ontwerp aan de buurt": the participants hand over their own work.
  if (SENDERS.test(s) && /^(?:\S+ )?(?:presente|stuur|stuurt|stuurde|deel|deelt|deelde|informeer|mailt|mailde)/.test(s.slice(transfer.index))) return undefined;
  // "De marktkooplieden zijn geïnformeerd over het besluit": news of a decision, where nobody took part, is informing.
  if (!participated && !PARTICIPANTS.test(s) && !INPUT_WORD.test(s) && (!ours || /^(?:het|de|dit|dat) (?:\S+ )?\w*besluit\w*$/.test(outcome[0]))) return undefined;
  return { phrase: span(s, transfer.index, outcome), index: transfer.index };
}

/**
 * What was done with the people's input, put as something that can be told: "wat er met hun
 * opmerkingen is gebeurd", "hoe met elk advies is omgegaan", "welke plekken zijn aangepakt",
 * "de keuzes die we hebben gemaakt", "deze aanpassingen". Whatever hands this to them answers them.
 */
const USE_TOLD = new RegExp(
  `\\b${alt([
    // Their input, not any thing: "wat er met hun opmerkingen is gedaan", not "wat er met de bomen gebeurt".
    `wat (?:er |we |wij |het college |de gemeente |de initiatiefnemer |hij |zij )?${gap(3)}(?:met|van) (?:(?:hun|jullie|uw|zijn|haar) |(?:de|het|die|deze|elk|ieder|alle) (?:\\S+ )?(?:inbreng|reacties?|opmerkingen|adviezen|advies|ideeën|ideeen|wensen|wens|zienswijzen?|suggesties|voorstellen|uitkomst|uitslag|resultaten|antwoorden|stemmen|tekeningen|verhalen|ervaringen|enquête|peiling|punten|bezwaren|zorgen|input|klachten|meldingen|keuzes?)\\w* )${gap(4)}(?:(?:is|wordt|werd|was|zijn|worden|hebben|heeft) )?(?:gedaan|gebeurd|gebeurt|terugkomt|terugkwam|doet|doen|deden|overgenomen)`,
    `wat (?:er |we |wij |het college |de gemeente |de initiatiefnemer )?${gap(2)}(?:er|daar|hier)mee ${gap(2)}(?:doet|doen|deden|gedaan|gebeurt|gebeurd|gebeurde)`,
    `hoe (?:er )?met ${gap(4)}(?:is|wordt|werd) omgegaan`,
    // "een brief over de aanpassingen in de woonvisie"; not "de aanpassingen aan de weg" (the works).
    '(?:de|alle) (?:aanpassingen|wijzigingen) (?:in|van) (?:het|de) \\S*(?:plan|ontwerp|visie|nota|voorstel|beleid|verordening|tekening\\w*)',
    // "welke wensen zijn overgenomen": the input named, so it needs nothing before it.
    `welke (?:\\S+ )?(?:wensen|ideeën|ideeen|reacties|adviezen|opmerkingen|suggesties|voorstellen|zienswijzen|punten) ${gap(2)}(?:wel (?:en niet )?)?(?:zijn|worden|werden|waren) ${gap(2)}(?:overgenomen|verwerkt|gehonoreerd|opgenomen|gebruikt)`,
  ])}\\b`,
);
/** The same, in words that need the text to have said what was done first: "welke plekken zijn aangepakt", "deze aanpassingen". */
const USE_TOLD_AFTER = new RegExp(
  `\\b${alt([
    `welke ${gap(3)}(?:zijn|worden|werden|waren) ${gap(2)}(?:aangepakt|overgenomen|gemaakt|verwerkt|gedaan|gehonoreerd|aangepast|afgevallen)`,
    `(?:de|onze) keuzes? die (?:we|wij|het college|de gemeente|de initiatiefnemer) ${gap(3)}(?:hebben|heeft) gemaakt`,
    '(?:deze|die) (?:aanpassingen|aanpassing|wijzigingen|wijziging)',
  ])}\\b`,
);
/** Telling, showing, sending or receiving, also where TRANSFER has no word for it ("kon zien", "uitlegde", "gecommuniceerd"). */
const TOLD_VERB = /\b(?:zien|ziet|zag|zagen|uitleg\w*|leg\w* (?:\S+ ){0,14}?uit|gelezen|gecommuniceerd|communice\w+|geantwoord|gereageerd)\b/;
/** A wish or duty to hear back is input or a rule, not feedback: "inwoners willen horen wat er met hun inbreng gebeurt". */
// "Wie dat wil, krijgt …" is the people's choice to receive it, not a wish voiced as input.
const WISH_TO_HEAR = /(?<!\b(?:die|wie) (?:dat|dit|het) )\b(?:wil|willen|wilde|wilden|verwacht|verwachten|moet|moeten|dient|dienen)\b (?:\S+ ){0,4}?(?:horen|weten|zien|lezen)\b/;

/**
 * "Alle deelnemers kregen een overzicht van wat er met hun opmerkingen is gedaan", "De indiener is per
 * brief over deze aanpassing geïnformeerd": what was done with the input, handed to the people.
 */
export function useToldCue(s: string, afterUse = true): Cue | undefined {
  const told = USE_TOLD.exec(s) ?? (afterUse ? USE_TOLD_AFTER.exec(s) : null);
  if (!told || WISH_TO_HEAR.test(s)) return undefined;
  const verb = TRANSFER.exec(s) ?? TOLD_VERB.exec(s);
  if (!verb) return undefined;
  // "In de tabel hieronder staat wat we ermee doen" is the document itself.
  if (/^(?:staat|staan|stond|stonden)\b/.test(verb[0]) && !CHANNEL.test(s)) return undefined;
  // Told to those who took part, or put where they look; not to the council ("u").
  const toPeople = WHO.test(s) || PARTICIPANTS.test(s) || /\b(?:iedereen|wie|hen|hun|allen|participanten)\b/.test(s) || CHANNEL.test(s);
  if (!toPeople) return undefined;
  // The evidence runs to the first word of the clause told: a "niet" inside it ("welke adviezen wel en niet zijn overgenomen") denies nothing.
  return { phrase: span(s, verb.index, { 0: told[0].split(' ')[0]!, index: told.index }), index: Math.min(verb.index, told.index) };
}

/** A pointer back to what was just done with the input: "dit", "daarvan", "deze reactie", "de uitkomst". */
const POINTED_TOLD = new RegExp(
  `(?:^|\\b(?:heeft|hebben|had|hadden|is|zijn|om|we|wij)\\b (?:\\S+ ){0,2}?)(?:dit|dat)\\b (?:\\S+ ){0,10}?(?:besproken|verteld|te vertellen|gehoord|bericht|geïnformeerd|gemeld|uitgelegd|toegelicht)\\b|\\b(?:daarvan|hiervan|hierover|daarover|deze (?:reactie|uitkomst|keuze|beslissing)|de uitkomst|het resultaat) (?:\\S+ ){0,10}?(?:besproken|verteld|gehoord|bericht|geïnformeerd|gemeld|uitgelegd|toegelicht)\\b`,
);

/**
 * After the text said what was done with the input, the people told about "it": "Wij hebben dit in
 * januari met de huurders besproken", "wie een e-mailadres achterliet, kreeg daarvan bericht", "Het
 * college heeft de adviesraad per brief geantwoord".
 */
export function pointedBackCue(s: string): Cue | undefined {
  if (notAnAnswer(s) || WISH_TO_HEAR.test(s) || /\?$/.test(s)) return undefined;
  // "De scouting heeft dit van de wijkregisseur gehoord": whoever is named receiving it.
  const people = WHO.test(s) || PARTICIPANTS.test(s) || RECEIVER_FIRST.test(s) || /\b(?:hen|allen|alle (?:\S+ )?(?:zes|zeven|acht|tien|\d+)|iedereen|wie)\b/.test(s);
  if (!people) return undefined;
  const pointed = POINTED_TOLD.exec(s);
  // "We hebben dit van de ondernemers gehoord": the gemeente hearing is input, not feedback.
  if (pointed && !(/\bgehoord$/.test(pointed[0]) && /^(?:de gemeente|het college)\b|\b(?:we|wij)\b/.test(s))) return { phrase: pointed[0].trim(), index: pointed.index };
  // "Het college heeft de adviesraad op 30 oktober per brief geantwoord", "… schriftelijk op het advies gereageerd".
  const answered = /^(?:we|wij|de gemeente|het college|de wethouder|de burgemeester|de initiatiefnemer) (?:heeft|hebben) (?:\S+ ){1,12}?(?:geantwoord|gereageerd)\b/.exec(s);
  return answered ? { phrase: answered[0], index: 0 } : undefined;
}

const OUTCOME_ALL = new RegExp(OUTCOME.source, 'g');

/** The first thing handed over that can answer the participants, from `told` (s with its time clauses blanked). */
function outcomeIn(told: string, s: string, transferAt: number, reportNamed: boolean): RegExpMatchArray | undefined {
  for (const m of told.matchAll(OUTCOME_ALL)) {
    // "Het verslag" alone is the minutes, unless the text named a participatieverslag it points back to;
    // feedback otherwise only with what it tells ("een verslag met onze keuzes").
    if (BARE_MINUTES.test(m[0].trim()) && (MINUTES_OF.test(s) || !reportNamed)) continue;
    // "… kozen inwoners welke initiatieven geld krijgen": a which/what clause is handed over only after
    // the verb, unless it is the gemeente's own answer: "Wat we met de kaartjes deden, hangt in de bieb".
    if (/^(?:welke|waarom|hoe|wat)\b/.test(m[0]) && m.index < transferAt && !/^(?:wat|hoe) (?:we|wij|de gemeente|het college|er) (?:\S+ ){0,4}?met\b/.test(told.slice(m.index))) continue;
    return m;
  }
  return undefined;
}

/** Verbs of telling someone something. */
const TELLING = /^(?:verteld|vertel\w*|uitgelegd|uitleggen|leg\w* (?:\S+ ){0,8}?uit|toegelicht|toelichten|licht\w* (?:\S+ ){0,8}?toe|(?:laten|lieten|liet|laat) (?:\S+ ){0,8}?weten|weten (?:\S+ ){0,3}?(?:laten|gelaten)|meegedeeld|gemeld|bericht\w*)$/;
/** The gemeente, or someone speaking for it, as the one who tells. */
const TELLER = /\b(?:we|wij|de gemeente|het college|de wethouder|de burgemeester|de initiatiefnemer|de projectleider)\b/;
/** "… van de wethouder gehoord", "hoort dit van het college": received from the gemeente. */
const FROM_GEMEENTE = /\b(?:hoort|horen|hoorde|hoorden|gehoord|krijgt|krijgen|kreeg|kregen|gekregen|gehad|ontvangt|ontvangen|ontving|ontvingen) (?:\S+ ){0,6}?van (?:de |het )?(?:wethouder|burgemeester|gemeente|college|initiatiefnemer)\b|\bvan (?:de |het )?(?:wethouder|burgemeester|gemeente|college|initiatiefnemer) (?:\S+ ){0,3}?(?:gehoord|gehad|gekregen|ontvangen)\b/;
/** A pointer back to the decision or use just told. */
const POINTER_BACK = /\b(?:dat besluit|dit besluit|die keuze|deze keuze|dat|dit)\b/;
/** Sending or receiving, as opposed to telling or showing. */
const SENT_OR_RECEIVED = /^(?:ontv|krijg|kreeg|kregen|gekregen|(?:ver|toe|door|na)?stu|gestuurd|toegezonden|verzonden|(?:ge)?mail)/;
/** The receiver named first: "De wijkraden ontvingen …", "De DOG heeft in december een brief gekregen". */
const RECEIVER_FIRST = /^(?!(?:we|wij|de gemeente|het college|de raad|de gemeenteraad|de aannemer|de provincie)\b)(?:de |het )?\S+(?: \S+)? (?:(?:heeft|hebben|had|hadden) (?:\S+ ){0,6}?(?:gekregen|ontvangen|gehad|gehoord)|krijgt|krijgen|kreeg|kregen|ontving|ontvingen|ontvangt|hoort|hoorde|hoorden)\b/;
/** What shows a finding rather than hands something over: "de vragenlijst liet zien dat …". */
const FINDING_SOURCE = /^(?:uit )?(?:de |het |een |die |deze )?(?:\S+ )?(?:enquête|enquete|vragenlijst|peiling|onderzoek|survey|analyse|uitkomst\w*|resultaten|reacties|cijfers|telling|meting|inventarisatie)\b/;

/** "Na de bekendmaking van het besluit": a time, not an act of informing. */
const AFTER_PUBLICATION = /\b(?:na|voor|vóór|bij|vanaf|sinds) (?:de |het )?(?:bekendmaking|publicatie|terinzagelegging)(?: van (?:het |de |dit |deze )?\S+)?/g;
/** The input is the subject: "het advies van de participatieraad is ontvangen". */
const INPUT_FIRST = /^(?:het |de |hun |dit |deze |alle |\d+ )?(?:\S+ )?(?:advies|adviezen|reacties?|zienswijzen?|inbreng|ideeën|inspraakreacties?)\b/;
/** The council as the one informed: "de raad wordt via een raadsinformatiebrief geïnformeerd". */
// Not a "Wmo-raad" or "jongerenraad": those are people who took part.
const TO_COUNCIL = /(?<![\w-])(?:gemeente)?raad\b|\braads(?:informatiebrief|leden|commissie|voorstel)\w*/g;
/** Minutes of a meeting: "het verslag van de bijeenkomst", "na elke bijeenkomst het verslag". */
const MINUTES = /\bverslag(?:en)?\b/;
/** Input that will be looked at later: "de mededeling dat de gemeente hun reacties zal bestuderen". */
const STUDY_LATER = /\b(?:zal|zullen|gaat|gaan) (?:\S+ ){0,4}?(?:bestuderen|bekijken|meenemen|meewegen|verwerken|gebruiken|lezen)\b/;
/** A duty, not something done: "elke initiatiefnemer moet een terugkoppeling geven". */
const DUTY = /\b(?:moet|moeten|moest|moesten|dient|dienen|verplicht)\b/;

/**
 * A sentence about handing something over that still answers nobody who took part: only the
 * council is told, only the minutes of a meeting are passed on, only a promise to study the input
 * later is sent, or it is a duty that a rule lays down.
 */
export function notAnAnswer(s: string): boolean {
  const ours = RESULT_OURS_RE.test(s.replace(/\bwat (?:er|we|wij) (?:\S+ ){0,3}?met (?:hun|de) inbreng (?:is )?gedaan\b/, ' '));
  if (TO_COUNCIL.test(s)) {
    TO_COUNCIL.lastIndex = 0;
    const rest = s.replace(TO_COUNCIL, ' ');
    if (!WHO.test(rest) && !PARTICIPANTS.test(rest)) return true;
  }
  TO_COUNCIL.lastIndex = 0;
  if (MINUTES.test(s) && (MINUTES_OF.test(s) || /\bverslag (?:van|over) (?:de|het|die|deze) (?:\S+ )?(?:bijeenkomst|avond|gesprek|sessie|overleg|vergadering|werksessie|schouw)/.test(s)) && !ours && !RESULT_RE.test(s.replace(/\bverslag(?:en)?\b/g, ' '))) return true;
  if (STUDY_LATER.test(s) && !ours) return true;
  // "De reactie van het college zit als bijlage bij dit voorstel": an answer attached for the council reaches no participant.
  if (/\b(?:bijlagen?|bijgevoegd\w*|bij dit (?:voorstel|besluit|raadsvoorstel))\b/.test(s) && !WHO.test(s) && !PARTICIPANTS.test(s) && !/\b(?:gestuurd|verstuurd|toegestuurd|gemaild|ontvangen|ontving|ontvingen|gekregen|kregen|gedeeld)\b/.test(s)) return true;
  // "Het verslag van de avond, met de antwoorden op de vragen": the minutes of an information meeting still.
  // "De antwoorden staan in het verslag": answers to questions, in the minutes, tell nothing done with input.
  if (/\bverslag(?:en)?\b/.test(s) && !REPORT_NAMED.test(s) && /\bantwoorden?\b(?! op (?:de |hun |alle )?(?:\S+ )?(?:reacties|zienswijzen|adviezen|advies|inspraakreacties|opmerkingen|ideeën|wensen)\b)/.test(s) && !/\b(?:onze (?:reactie|keuzes?)|wat (?:we|wij|er) (?:\S+ ){0,3}?met)\b/.test(s)) return true;
  return DUTY.test(s) && !/\b(?:hebben|heeft|hadden|had) (?:\S+ ){0,4}?(?:gedaan|gegeven|gestuurd|teruggekoppeld)\b/.test(s);
}

/** The words from the first to the last anchor, at most about 12 words, for the report. */
function span(s: string, a: number, b: { 0: string; index?: number } | null | undefined): string {
  const from = Math.min(a, b?.index ?? a);
  const to = Math.max(a, b ? (b.index ?? a) + b[0].length - 1 : a);
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

/** "Dat doen we na het besluit", "volgt in juni": feedback not given yet, but promised. */
export const PROMISED = /\b(?:(?:dat|dit|die|deze) (?:doen|geven|sturen|volgt|gebeurt|komt) (?:we |wij )?(?:\S+ ){0,3}?(?:na|in|later|bij|zodra|voor|vóór|direct)|volgt (?:\S+ ){0,2}?(?:na|later|zodra|in)|(?:doen|geven|sturen) (?:we|wij) (?:dat |dit )?(?:na|later|zodra))\b/;

/** "niet", "geen" close to the anchor: "we hebben (nog) niet teruggekoppeld", "kregen geen bericht". */
export function isNegated(s: string, cue: Cue): boolean {
  if (/\bnog (?:niet|geen)\b/.test(s)) return true;
  const before = s.slice(0, cue.index).trim().split(' ').slice(-3).join(' ');
  // "… uitgelegd waarom niet alle wensen zijn overgenomen": a "niet" inside the clause told about denies nothing.
  const after = s.slice(cue.index).split(' ').slice(0, 3).join(' ').replace(/ (?:waarom|welke|wat|hoe|dat|of)\b.*$/, '');
  // "Een terugkoppeling aan de bewoners ontbreekt", "… heeft niet plaatsgevonden": denied later in the sentence.
  const denied = /\b(?:ontbreekt|ontbrak|ontbreken|blijft uit|bleef uit|(?:heeft|hebben|is|zijn) (?:\S+ ){0,2}?niet (?:plaatsgevonden|gegeven|gebeurd|gedaan))\b/.test(s.slice(cue.index));
  // "We hebben de deelnemers niet apart laten weten …": denied inside the words that matched.
  const inside = /\s/.test(cue.phrase) ? cue.phrase.slice(0, cue.phrase.lastIndexOf(' ')) : '';
  return denied || /\b(?:geen|niet|nooit|niets|zonder)\b/.test(before) || /\b(?:geen|niet|nooit|ontbreekt|ontbrak)\b/.test(after) || /\b(?:niet|nooit)\b(?! (?:alleen|meer dan)\b)/.test(inside);
}

// --- Wat met de inbreng: what was done with what people said ---------------------------------

/** What people gave. */
const INPUT = alt([
  'inbreng',
  'verzoek(?:en)?',
  'commentaar',
  'bezwaar',
  'inspraakreacties?',
  'input',
  'reacties?',
  'opmerking(?:en)?',
  // "hun zorg over het verkeer"; "zorg" alone is also care.
  'zorg(?= (?:over|om)\\b)',
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
  // A proposal by the people, not the gemeente's own: "conform het voorstel van het college" is no input.
  'voorstel van(?! (?:het college|de gemeente|de raad|de wethouder|de burgemeester|b&w)\\b)',
  'uitkomst(?:en)?',
  'resultaten',
  'signalen',
  'klachten',
  'kritiek',
  'punt',
  'punten',
  'voorkeur',
  'voorkeursvariant',
  'meldingen',
  'petitie',
  'petities',
  'verhalen',
  'ervaringen',
  'aanbevelingen',
  'verbeterpunten',
  'keuze',
  'bevindingen',
  'knelpunten',
  'aandachtspunten',
]);

/** A word for what people gave, on its own. */
export const INPUT_WORD = new RegExp(`\\b(?:${INPUT}|wensen|ideeën|meldingen)\\b`);

/** Where the input came from: only with "op basis van", "naar aanleiding van". */
const SOURCES = alt(['enquête', 'enquete', 'peiling', 'vragenlijst', 'survey', 'interviews', 'gesprekken', 'bijeenkomst(?:en)?', 'avond(?:en)?', 'sessies?', 'schouw']);

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
  'pleit',
  'pleiten',
  'pleitte',
  'pleitten',
  'stelde (?:\\S+ ){0,3}?voor',
  'stelden (?:\\S+ ){0,3}?voor',
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
    '(?:neemt|nemen) (?:\\S+ ){0,8}?over(?= ?[.,;:!?()]|$| en | maar | omdat | want | zolang | mits | tenzij | zoals | als | binnen | voor zover | in (?:het|de|ons|onze) | om )',
    // "Het college heeft toegezegd het gezamenlijke plan over te nemen".
    '(?:toegezegd|besloten|bereid|beloofd|afgesproken) (?:\\S+ ){0,6}?over te nemen',
    // A promise made in answer: "De initiatiefnemer heeft toegezegd dat er 's nachts niet wordt geladen"; not a promise to keep people informed.
    '(?:heeft|hebben|had|hadden|is|werd) (?:\\S+ ){0,3}?toegezegd (?:dat|om|te|het|de)\\b(?![^.;]*\\b(?:op de hoogte|informeren|terugkoppel\\w*|laten weten|uitnodigen|betrekken)\\b)',
    // "Het college voert die keuze uit": a choice carried out (README: that counts for a planned choice too).
    '(?:voert|voeren|voerde|voerden) (?:\\S+ ){0,3}?(?:die|deze|de|hun|dat|het) (?:\\S+ )?(?:keuze|uitkomst|advies|plan|ontwerp|voorstel|wens|wensen|uitslag|variant|optie|scenario|inrichting|locatie|plek|route) (?:\\S+ ){0,3}?uit\\b',
    // "Het winnende ontwerp wordt in 2027 gebouwd": what the participants chose is carried out.
    '(?:winnende|gekozen) (?:\\S+ )?(?:ontwerp|variant|plan|optie|inrichting|locatie|plek|naam|route)\\b[^.;]*\\b(?:wordt|worden|komt|komen|gaat|gaan)\\b',
    // "Het college wijst het verzoek af".
    `(?:wijst|wijzen|wees|wezen) (?:\\S+ ){0,2}?(?:het|dit|dat|hun|de|deze|die) (?:\\S+ )?(?:${INPUT}) (?:van (?:de |het )?\\S+ )?af\\b`,
    // "… vast te stellen zoals de werkgroep het schreef".
    `zoals (?:de |het )?(?:\\S+ )?${PEOPLE} (?:het |hem |haar |ze |die |dat )?(?:schreef|schreven|maakte|maakten|ontwierp|ontwierpen|tekende|tekenden|opstelde|opstelden|bedacht|bedachten|koos|kozen)\\b`,
    // "De projecten die de commissie kiest, worden uitgevoerd", "Wat het ontwerpteam maakt, neemt het college over".
    `(?:die|dat|wat) (?:de |het )?(?:\\S+ )?${PEOPLE} (?:\\S+ ){0,2}?(?:kiest|kiezen|kozen|koos|bepaalt|bepalen|bepaalden|maakt|maken|maakten|ontwerpt|ontwerpen|bedenkt|bedenken|voorstelt|voorstellen|adviseert|adviseren),? (?:\\S+ ){0,3}?(?:wordt|worden|werd|werden|voeren|voert|neemt|nemen|gaat|gaan|komt|komen|leggen|legt)\\b`,
    // "De filmpjes worden gebruikt precies zoals de jongeren ze maakten".
    `(?:gebruikt|uitgevoerd|aangelegd|overgenomen|ingericht|gebouwd|geplaatst|vastgesteld) (?:\\S+ ){0,3}?zoals (?:de |het )?(?:\\S+ )?${PEOPLE}`,
    // "De hangplek komt verder van de huizen, omdat omwonenden bang zijn voor overlast": the input is the reason for the change.
    `(?:komt|komen|wordt|worden|is|zijn|gaat|gaan|blijft|blijven|kiezen|kozen|leggen|maken)\\b[^.;]{0,60}?,? omdat (?:de |veel |alle |een aantal |sommige |enkele |de meeste )?(?:\\S+ )?${PEOPLE} (?:\\S+ ){0,3}?(?:bang|bezorgd|ongerust|vonden|vinden|klaagden|misten|erom vroegen|daarom vroegen|${ASKED})\\b`,
    `(?:volgt|volgen|volgde|volgden) (?:\\S+ ){0,2}?(?:het|hun|dit|dat|de|deze|die) (?:\\S+ )?(?:${INPUT})`,
    `(?:meeste|\\d+ ?%|\\d+ procent|meerderheid) (?:van de )?stemmen (?:\\S+ ){0,4}?(?:wordt|worden|komt|komen|gaat|gaan|won|wint)\\b`,
    // "Het college gaat op dat verzoek in", "het college gaat daarin mee", "gaat daarmee akkoord": the request granted.
    '(?:gaat|gaan|ging|gingen) (?:\\S+ ){0,2}?(?:op (?:dat|dit|het|hun|de|deze|die) (?:\\S+ )?(?:verzoek|voorstel|advies|wens|initiatief|aanbod) in|(?:daar|hier|er)in mee|(?:daar|hier)mee akkoord|mee in (?:dat|dit|het|hun|de) (?:\\S+ )?(?:verzoek|voorstel|advies|wens))\\b',
    // "Het college volgt die verdeling", "volgt het ontwerp van het team": what the participants made or chose is followed.
    '(?:volgt|volgen|volgde|volgden) (?:\\S+ ){0,2}?(?:het|hun|de|dit|die|deze|dat) (?:\\S+ )?(?:ontwerp|keuze|keuzes|verdeling|uitslag|rangorde|voorkeur)(?= ?[.,;]| van (?!aanpak))',
    // "We nemen hun wens voor een vaste contactpersoon op in de aanbesteding": the input named, however long.
    `(?:nemen|neemt|namen|nam) (?:we |wij |het college |de gemeente )?(?:hun|de|het|deze|die|dat|dit) (?:\\S+ )?${INPUT} (?:\\S+ ){0,10}?op (?:in|als)\\b`,
    '(?:uitslag|uitkomst|keuze|stemming) (?:\\S+ ){0,3}?(?:is|was|wordt|zijn|werd) (?:\\S+ )?(?:leidend|bindend|overgenomen|gevolgd)',
    `${INPUT} (?:\\S+ ){0,3}?(?:komt|komen|kwam|kwamen) (?:\\S+ ){0,2}?in het (?:\\S+ )?(?:plan|ontwerp|voorstel)`,
    // "Wat de werkgroepen opschreven, staat zo in de nota": the people's own text kept as it is.
    `wat (?:de |het )?(?:\\S+ )?${PEOPLE} (?:\\S+ ){0,3}?(?:opschreven|opschreef|schreven|schreef|bedachten|bedacht|tekenden|tekende|maakten|maakte|ontwierpen|ontwierp|opstelden|opstelde|voorstelden|voorstelde|kozen|koos),? (?:staat|staan|komt|komen|gaat|gaan|wordt|worden) (?:zo |ook |letterlijk |precies )?(?:in|ook|zo)\\b`,
    // "De visie ligt aan de raad voor zoals het kernteam hem heeft geschreven".
    '(?:ligt|liggen|gaat|gaan|staat|staan|komt|komen|blijft|blijven) (?:\\S+ ){0,5}?zoals (?:de |het )?\\S+ (?:\\S+ ){0,2}?(?:heeft|hebben|had|hadden) (?:geschreven|gemaakt|ontworpen|opgesteld|bedacht|getekend)',
    '(?:niet )?(?:gehonoreerd|honoreren|honoreert|honoreerde|honoreerden|ingewilligd|tegemoetgekomen|tegemoet gekomen|gehoor gegeven)',
    // "Het college stelt het plan vast zoals het ontwerpteam het heeft gemaakt", "gaat door zoals voorgelegd": adopted as the people made it.
    '(?:vast|omarm\\w*|onderschrij\\w*|bekrachtig\\w*|over|uit|voor|door)\\b[^.;]{0,25}?\\bzoals (?:\\S+ ){0,5}?(?:geschreven|gemaakt|ontworpen|opgesteld|bedacht|getekend|voorgelegd|uitgewerkt|kwam|kwamen)\\b',
    // "Wat de groep voorstelde, voeren we ook zo uit": the people's proposal or choice carried out, whoever they are (not the gemeente's own).
    '(?:wat|die|dat) (?:de |het )?(?!(?:we|wij|gemeente|college|raad)\\b)\\S+ (?:\\S+ )?(?:voorstelde|voorstelden|koos|kozen|vroeg|vroegen|wilde|wilden|adviseerde|adviseerden|bedacht|bedachten|ontwierp|ontwierpen),? (?:\\S+ ){0,2}?(?:(?:voeren|nemen|doen) (?:we|wij)|(?:voert|neemt|doet) (?:het college|de gemeente)|(?:wordt|worden|komt|komen) (?:\\S+ ){0,3}?(?:uitgevoerd|aangelegd|gebouwd|overgenomen|gemaakt|geplaatst|er))\\b',
    // "De gemeente plaatst wat de kinderraad kiest", "plant de soort die de meeste bewoners kiezen", "komt langs de westkant,
    // de route die de meeste bewoners intekenden": the thing carried out is named by the people's choice.
    `(?:koopt|kopen|plaatst|plaatsen|plant|planten|legt|leggen|bouwt|bouwen|voert|voeren|maakt|maken|realiseert|realiseren|komt|komen|wordt|worden|loopt|lopen|ligt|liggen) (?:\\S+ ){0,8}?(?:wat|(?:de|het) \\S+ (?:die|dat)) (?:de |het )?(?:meeste |\\S+ )?${PEOPLE} (?:\\S+ ){0,2}?(?:kiest|kiezen|kozen|koos|intekenden|tekenden|aanwijzen|aanwezen|uitkiezen|uitkozen|uitzoeken|uitzochten|bedenkt|bedenken|bedachten|voorstelt|voorstellen|voorstelden)`,
    // "Het college neemt de agenda over zonder wijzigingen", "bekrachtigt die besluiten zonder ze te wijzigen".
    '(?:neemt|nemen|nam|namen|onderschrijft|onderschrijven|bekrachtigt|bekrachtigen|stelt|stellen) (?:\\S+ ){0,5}?(?:over |vast )?(?:zonder (?:\\S+ )?(?:wijziging(?:en)?|aanpassing(?:en)?|(?:ze|het|hem|die|deze) te (?:wijzigen|veranderen))|ongewijzigd)',
    // "Binnen die kaders is het ontwerp van het team bindend voor het college".
    '(?:is|was|wordt|zijn) (?:\\S+ ){0,2}?(?:het|de|hun) (?:\\S+ )?(?:uitslag|uitkomst|keuze|stemming|ontwerp|advies|plan|voorstel|besluit)\\w* (?:van (?:de |het )?\\S+ )?(?:leidend|bindend)',
    // "\"De Hellen\" won en wordt de naam van de wijk", "Het ontwerp Avonturenbos won en wordt uitgevoerd".
    '(?:won|wint) (?:en |, en |; )(?:\\S+ )?(?:wordt|is|komt|gaat)\\b',
    // "Wat in de sessies is gemaakt, staat ongewijzigd in de nota".
    '(?:staat|staan|komt|komen) (?:\\S+ ){0,2}?(?:ongewijzigd|letterlijk|integraal|één op één) in\\b(?! (?:de |het )?\\S*(?:bijlage|verslag|rapport|notulen|overzicht|samenvatting))',
    // "Per straat plaatsen we de containers op de locatie met de meeste stemmen": the most-voted option is the one carried out.
    '(?:plaatsen|leggen|bouwen|maken|voeren|kiezen) (?:we|wij|het college|de gemeente) (?:\\S+ ){0,8}?(?:met|op) de meeste (?:stemmen|punten|stickers)',
    '(?:voert|voeren|neemt|nemen) (?:\\S+ ){0,2}?(?:het|de|dat|die) (?:\\S+ )?(?:ontwerp|variant|optie|locatie|plek|plan|route|inrichting|project\\w*) met de meeste (?:stemmen|punten|stickers)',
    // "Het college kiest voor de variant die de meeste steun kreeg".
    '(?:kiest|kiezen|koos|kozen|gekozen) (?:\\S+ ){0,2}?voor (?:de |het )?\\S+ (?:die|dat) (?:\\S+ ){0,2}?de meeste (?:stemmen|steun|punten|stickers|voorkeur)',
    // "Gekozen is de noordelijke route, conform de wens van de buurt".
    '(?:conform|overeenkomstig|in lijn met|volgens) (?:de |het |hun |dit |dat )?(?:\\S+ )?(?:wens|wensen|verzoek|advies|adviezen|voorkeur|keuze|inbreng|reacties|uitkomsten?|uitslag|zienswijzen?|suggesties?|ideeën)\\b(?! van (?:het college|de gemeente|de raad|de provincie|het rijk|de ambtelijke)\\b)',
    // "De ideeën van de kinderen zijn allemaal terug te zien in het ontwerp".
    `${INPUT}\\b[^.;]{0,40}?\\b(?:terug te zien|terug te vinden|zien we terug|terug te lezen) in (?:het|de|dit) (?:\\S+ )?(?!\\S*(?:bijlage|verslag|notulen|overzicht))\\S*(?:plan|ontwerp|voorstel|visie|nota|programma|beleid)`,
    // "Dat verzoek wijzen we af, omdat …": turned down is not taken over.
    `${INPUT} (?:\\S+ ){0,4}?(?:(?:wijzen|wijst|wezen|wees) (?:\\S+ ){0,3}?af|afgewezen)\\b`,
    // "Met de opmerkingen over het groen hebben we niets gedaan, omdat het budget op is": not taken over, and why.
    'niets (?:mee )?(?:gedaan|doen|gebeurd),? (?:omdat|want|aangezien|vanwege)',
    // "Met de reacties is rekening gehouden" does not say what was done; "…, door de route te verleggen" does.
    'rekening (?:mee )?gehouden(?: ?:|,? door| doordat)',
    'ingepast',
    `per (?:reactie|zienswijze|inspraakreactie|wens|punt|advies|vraag|opmerking) (?:\\S+ ){0,4}?(?:wat (?:we|wij|er|de gemeente|het college) (?:\\S+ )?(?:er|hier|daar)?mee|ons antwoord|onze reactie|hoe (?:we|wij))`,
    '(?:stemt|stemmen|stemde|stemden) (?:\\S+ ){0,3}?(?:hiermee|daarmee|met (?:het|dit|dat|hun|de) (?:\\S+ )?(?:verzoek|voorstel|plan|advies|initiatief)) in',
    '(?:stemt|stemmen|stemde|stemden) (?:\\S+ ){0,2}?in met (?:het|dit|dat|hun|de) (?:\\S+ )?(?:verzoek|voorstel|plan|advies|initiatief)',
    '(?:gaat|gaan|ging|gingen) (?:\\S+ ){0,2}?akkoord met (?:het|dit|dat|hun|de) (?:\\S+ )?(?:verzoek|voorstel|plan|advies|initiatief)',
    // "Is meegenomen" alone is vague; taken along into the plan, or not taken along, says what happened.
    'nemen we niet mee',
    'niet meegenomen',
    // Counted or named input taken into the plan says which input is in it: "beide wensen zijn meegenomen in het uitvoeringsplan".
    `(?:beide|allebei|(?:alle |de )?(?:twee|drie|vier|vijf|\\d+)) (?:\\S+ )?(?:${INPUT}) (?:\\S+ ){0,3}?(?:meegenomen|opgenomen|verwerkt) (?:in|bij)\\b`,
    // "Meegenomen in het voorstel" says only that the input was weighed, not what it changed (as "is meegenomen" alone);
    // "meegenomen in de voorwaarden: het veld wordt na 22.00 uur niet meer verlicht" goes on to say it.
    '(?:meegenomen|nemen (?:\\S+ ){0,5}?mee|namen (?:\\S+ ){0,5}?mee) (?:\\S+ ){0,2}?(?:in|bij) [^.;:]*: \\S+ \\S+ \\S+',
    // "Hun wens voor warme snacks is meegenomen: vanaf maart staan er twee warme gerechten op de kaart".
    `${INPUT}\\b[^.;:]{0,60}?(?:is|zijn|werd|werden) (?:\\S+ )?(?:meegenomen|verwerkt|gebruikt): \\S+ \\S+ \\S+`,
    // "Het schoolplein krijgt een waterspeelplek, omdat dat op bijna alle tekeningen stond": the input is the reason.
    `(?:komt|komen|wordt|worden|krijgt|krijgen|blijft|blijven|gaat|gaan)\\b[^.;]{0,80}?,? omdat (?:\\S+ ){0,5}?(?:${INPUT}|tekeningen|enquête|peiling|gesprekken|avonden)\\b (?:\\S+ ){0,2}?(?:stond|stonden|staat|staan|kwam|kwamen|werd|werden)\\b`,
    // "… gekozen voor een brede strandopgang, iets waar de paviljoenhouders om hadden gevraagd".
    '(?:iets |precies )?waar (?:\\S+ ){1,4}?(?:nadrukkelijk |uitdrukkelijk |al lang )?om (?:hadden |had |hebben |heeft )?(?:gevraagd|vroegen|vroeg)\\b',
    // "Het college kiest voor vijf, een middenweg tussen beide wensen".
    `(?:middenweg|compromis|tussenweg|tussenoplossing) tussen (?:\\S+ ){0,3}?(?:${INPUT}|standpunten|belangen)`,
    // "Op basis van wat we daar hoorden, stellen we voor …".
    '(?:op basis|naar aanleiding) van wat (?:we|wij|de gemeente|het college) (?:\\S+ ){0,3}?(?:hoorden|hoorde|hebben gehoord|heeft gehoord|ophaalden|hebben opgehaald)',
    // "… maar de fruittelers hebben niet gekregen wat zij vroegen".
    'gekregen wat (?:zij|ze|hij) (?:\\S+ )?(?:vroegen|vroeg|wilden|wilde)',
    // "Het college heeft de bezwaren gewogen en de vergunning geweigerd".
    `${INPUT} (?:\\S+ ){0,2}?(?:gewogen|afgewogen) en (?:\\S+ ){0,4}?(?:geweigerd|verleend|afgewezen|besloten|gekozen|aangepast)`,
    // "Dat verzoek willigen we in".
    '(?:willigen|willigt|willigde|willigden) (?:\\S+ ){0,3}?in',
    // "Het college stelt voor de afspraken uit het akkoord over te nemen", "… dat het college die tekst overneemt".
    '(?:stelt|stellen) (?:\\S+ ){0,2}?voor (?:\\S+ ){0,8}?over te nemen',
    'dat (?:het college|de gemeente|we|wij|de raad) (?:\\S+ ){0,4}?(?:overneemt|overnemen|uitvoert|uitvoeren)',
    // Only an input can be followed: "een inspraakprocedure gevolgd" says nothing about the input.
    `${INPUT} (?:\\S+ ){0,8}?(?:niet )?gevolgd`,
    `${INPUT} (?:\\S+ ){0,4}?(?:reden|aanleiding) (?:\\S+ ){0,3}?(?:om|voor|tot)\\b`,
    `(?:sluit|sluiten|sloot) (?:\\S+ ){0,3}?aan (?:bij|op) (?:de |deze |die |hun |alle )?(?:\\S+ )?${INPUT}`,
    `(?:gekozen|kiest|koos|kozen) (?:\\S+ ){0,8}?(?:een|één) van de (?:\\S+ )?${INPUT}`,
    `${INPUT} (?:\\S+ ){0,2}?(?:die |dat )?tot (?:een )?(?:aanpassing|wijziging|verandering)\\w*`,
    `zoals (?:\\S+ ){0,5}?${ASKED}`,
    '(?:uitvoert|uitvoeren|uitgevoerd|overneemt|overnemen|overgenomen) zoals',
    `(?:op basis|naar aanleiding|n\\.?a\\.?v\\.?) (?:van )?(?:de |het |hun |deze |die |alle )?(?:\\S+ )?(?:${INPUT}|${SOURCES})`,
    `dankzij (?:de |het |hun )?(?:\\S+ )?${INPUT}`,
    `(?:op|na) (?:het |hun |uitdrukkelijk )?(?:verzoek|voorstel|advies|aandringen|wens) (?:van )?(?:de |het )?(?:\\S+ )?${PEOPLE}`,
    '(?<!(?:reactie|antwoord|brief|reageren|reageert|reageerden) )(?:op|na) (?:hun|het) (?:verzoek|voorstel|advies|aandringen)',
    `(?:aangepast|gewijzigd|veranderd|bijgesteld|herzien) (?:\\S+ ){0,3}?(?:na|naar aanleiding van|op basis van|door|dankzij|vanwege) (?:de |het |hun |deze |die |alle )?(?:\\S+ )?(?:${INPUT}|${SOURCES})`,
    `omdat (?:\\S+ ){0,10}?(?:${ASKED}|vonden|misten|klaagden|maakten zich zorgen)\\b[^.;]{0,40}?, (?:\\S+ )?(?:we|wij|de gemeente|het college|er)\\b`,
    `met (?:de |hun |deze |die )${INPUT} (?:\\S+ ){0,4}?(?:gedaan|gebeurd|verwerkt|gebruikt)`,
    `(?:de |hun |deze |die |alle |beide |veel |de meeste |twee |drie |vijf |\\d+ )${INPUT} (?:\\S+ ){0,10}?(?:gebruikt|verwerkt|opgenomen|overgenomen|verwerken|gebruiken|uitgevoerd|opgevolgd|aangepakt|opgepakt|opgelost|ingepast|doorgevoerd|uitgewerkt|toegepast|gebruiken we|verwerken we)`,
    `${INPUT} (?:volgen|volgt|volgde|volgden|nemen|neemt|namen|nam|gebruiken|gebruikten|verwerken|verwerkten) (?:we|wij|het college|de gemeente|de initiatiefnemer)\\b`,
    `gebruik gemaakt van (?:de |het |hun )?(?:\\S+ )?(?:${INPUT}|${SOURCES})`,
    `(?:met|op basis van|vanuit) (?:deze|die|de|hun|alle) (?:\\S+ )?(?:${INPUT}) (?:\\S+ ){0,3}?(?:hebben|heeft|is|zijn|werd|werden) (?:\\S+ ){0,6}?(?:bepaald|gekozen|gemaakt|opgesteld|aangepast|vastgesteld|ingericht)`,
    `(?:ongewijzigd|zonder (?:\\S+ )?wijziging(?:en)?|integraal|één op één|1-op-1) (?:\\S+ ){0,4}?(?:opgenomen|overgenomen|uitgevoerd|verwerkt|gevolgd|vastgesteld|voorgelegd|voor te leggen|voorleggen|aangeboden|aan te bieden|voor(?= ?[.,;]|$| en ))`,
    `(?:ontwerp|plan|voorstel|advies|keuze|visie)\\b[^.;]{0,40}\\b(?:dat|die) (?:wij|we|het college) (?:u|de raad) (?:voorleggen|voorstellen|aanbieden)`,
    `(?:opgenomen|overgenomen|verwerkt) in (?:dit|het) (?:voorstel|besluit|raadsvoorstel|collegevoorstel)`,
    // "Het plan van de bewoners nemen we over", not "het advies van de jeugdraad gevraagd over het beleid".
    `(?:de|het) (?:\\S+ )?(?:plan|ontwerp|voorstel|advies) van (?:de |het )?(?:\\S+ )?(?:${PEOPLE}) (?:nemen|neemt|namen|nam) (?:\\S+ ){0,3}?over\\b`,
    `(?:niet |geen van de |geen )?(?:\\S+ )?(?:${INPUT}) (?:\\S+ ){0,4}?(?:waren|was|is|zijn) (?:\\S+ ){0,2}?(?:niet )?(?:uitvoerbaar|haalbaar|mogelijk)`,
    `(?:hiervoor|daarvoor|hierop|daarop) (?:\\S+ ){0,6}?(?:besloten|gekozen|gekomen)`,
    `(?:besloten|gekozen) (?:\\S+ ){0,2}?(?:om )?(?:hiervoor|daarvoor|daarom|hierom)\\b`,
    // "Hun belangrijkste wens, een extra veld, zit niet in dit voorstel": not taken over is said as plainly.
    `(?:de |hun |deze |die |alle |veel |de meeste |beide |(?:alle |de )?(?:twee|drie|vier|vijf|zes|\\d+) )(?:\\S+ )?${INPUT},? (?:\\S+ ){0,6}?(?:staan|staat|zitten|zit|komen|komt) (?:nu |ook |allemaal |niet |wel )?(?:terug )?(?:als \\S+ )?in (?:de|het|dit) (?!\\S*(?:bijlage|verslag|rapport|notulen|nota|overzicht|samenvatting)\\b)`,
  ])}\\b`,
);

/** A change to the plan: counts only next to words about the input (same or previous sentence). */
const USED_WEAK =
  /\b(?:(?:leggen|bouwen|maken|plaatsen|realiseren|voeren|doen|planten|verplaatsen|veranderen|geven|volgen) (?:we|wij) (?:\S+ ){0,2}?(?:niet\b|beide|allebei|dat\b|dit\b|die\b|deze\b|ze\b)|(?:we|wij) (?:leggen|bouwen|maken|plaatsen|realiseren|voeren|doen|planten) (?:ze |die |deze |dat |dit )?(?:beide|allebei|alle twee)\b|(?:komt|komen) (?:er )?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|tien|twaalf)\b|voortaan|(?:^|[,;:] )toch (?:\S+ ){0,4}?(?:gaat|gaan|kiest|kiezen|komt|komen|blijft|blijven|wordt|worden|houdt|houden)|(?:kiest|kiezen|kozen|koos|zet|zetten|houdt|houden|gaat|gaan|voert|voeren|legt|leggen|bouwt|bouwen) (?:\S+ ){0,4}?toch\b|\bnu (?:\S+ ){0,6}?in plaats van|in plaats van|(?:plant|plannen|legt|leggen|bouwt|bouwen|maakt|maken|kiest|kiezen) (?:\S+ ){0,2}?nu\b|vanaf (?:\S+ ){1,3}?(?:geldt|gelden|is er|zijn er|komt er|komen er)|(?:geldt|gelden) (?:nu|voortaan|straks|vanaf)|(?:zitten|zit|staan|staat) (?:nu |ook |allebei |beide )?in (?:het|de) (?:\S+ )?(?:plan|ontwerp|voorstel|nota|visie|programma|beleid|regeling|strategie|aanbesteding)\w*|in (?:de|het) (?:nieuwe|definitieve|aangepaste|gewijzigde|uiteindelijke) \S+ (?:staat|staan|komt|komen|zit|zitten|krijgt|krijgen)|(?:nemen|namen|neemt) (?:we |wij )?(?:\S+ ){0,4}?op (?:in|als)|daarom|hierom|hierdoor|daardoor|om die reden|(?:op basis|naar aanleiding) (?:hiervan|daarvan)|(?:daarop|hierop) (?:een )?antwoord|als (?:het |de )?(?:uitgangspunt|basis|vertrekpunt)|verduidelijkt|aangescherpt|bijgesteld|verwerkt|gebruikt|uitgewerkt|terechtgekomen|handhaaft|handhaven|gehandhaafd|houdt vast|(?:is|vormt|vormde|vormen|was|werd) (?:de )?(?:basis|uitgangspunt|vertrekpunt|kern) (?:voor|van)|(?:is|zijn|werd|werden|vormt|vormen) (?:\S+ ){0,4}?(?:speerpunten?|(?:hoofd)?doelen?|ambities?|prioriteiten?|pijlers?) (?:van|in) (?:de|het|dit|deze|onze) (?:\S+ )?\S*(?:visie|nota|plan|beleid|agenda|programma|akkoord|aanpak)\w*|terecht gekomen|aangepast|aanpassen|gewijzigd|veranderd|toegevoegd|opgenomen|verplaatst|geschrapt|verschoven|verlaagd|verhoogd|verdubbeld|gehalveerd|uitgebreid|verkort|verruimd|versoepeld|vereenvoudigd|verbeterd|afgeschaft|ingevoerd|verminderd|vergroot|verkleind|verbreed|versmald|verlengd|ingekort|vervroegd|uitgesteld|komt (?:er )?nu|komen (?:er )?nu|komt er|komen er|blijft|blijven|niet mogelijk|kiezen we|kozen we|hebben we gekozen|gaan we niet|doen we niet|(?:voeren|voert|voerden|nemen) (?:we|wij|het college|de gemeente) (?:\S+ ){0,3}?(?:niet )?(?:in|door)|(?:^|[,;:] )(?:daarop|hierop)\b(?! (?:\S+ ){0,3}?(?:hebben|heeft|konden|kunnen|kon|kan|staan|staat|stond|stonden)\b)|(?:hoger|lager|breder|smaller|kleiner|groter|korter|langer|verder|dichter|minder) (?:\S+ ){0,3}?(?:gemaakt|gelegd|gezet|geplaatst|gebouwd)|(?:komt|komen) (?:er )?(?:nu )?(?:een|extra|meer|betere|nieuwe|ook)|verplaatsen|(?:krijgt|krijgen) (?:nu )?(?:extra|meer|betere|nieuwe)|verplaatst)\b/;

/** The people as the subject of a sentence. */
const SUBJECT = `(?:${PEOPLE}|zij|ze)`;

/** What people raised most: "de grootste zorg was", "belangrijkste punten waren". */
const MAIN_POINT = '(?:grootste|belangrijkste|voornaamste|meest genoemde|vaakst genoemde) (?:\\S+ )?(?:boodschap|conclusie|signaal|signalen|zorg|zorgen|wens|wensen|punt|punten|bezwaar|bezwaren|vraag|vragen|klacht|klachten|kritiekpunt\\w*|thema\'s|onderwerpen|knelpunt\\w*)';

/**
 * What most people chose or wanted: "kreeg de meeste stemmen", "de meeste bewoners willen", "de
 * meerderheid koos". Votes, stickers and preferences are input as much as words are.
 */
const MAJORITY = `(?:(?:kreeg|kregen|krijgt|krijgen|haalde|haalden|had|hadden|won|wint) ${gap(2)}de meeste \\S+|de meeste (?:stemmen|stickers|punten|voorkeuren|reacties|steun)|de meesten|(?:een|de) (?:\\S+ )?meerderheid|meest gekozen|(?:grootste|duidelijke) voorkeur|(?:scoorde|scoorden|scoort|scoren) ${gap(3)}(?:het )?(?:best|beste|hoogst|hoogste))`;
/**
 * The plan goes the way most people wanted, said by pointing back: "Die plek wordt het ook", "Het
 * college kiest ook voor die variant", "daar komt de hangplek ook".
 */
// "Het park gaat zo heten": the same way as most people chose, said with "zo".
const SAME_WAY = /\b(?:(?:gaat|gaan|wordt|worden|komt|komen|blijft|blijven)\b(?: \S+){0,3}? zo\b(?! (?:snel|veel|goed|mogelijk|lang|min|vroeg|laat)\b)|(?:wordt|worden|werd|werden) het ook|(?:kiest|kiezen|koos|kozen|wordt|worden|werd|komt|komen|kwam|gaat|gaan|volgt|volgen|volgde|neemt|nemen|doet|doen)\b(?: \S+){0,5}? ook\b)/;
const POINTS_TO_CHOICE = /\b(?:die|dat|deze|dit|daar|daarvoor|hetzelfde|zo)\b/;
// "De meeste bewoners willen de speeltuin op het grasveld. Die plek wordt het ook."
const MAJORITY_RE = new RegExp(`\\b(?:${MAJORITY}|de meeste ${PEOPLE})\\b`);

/** Saying something, in any tense: "bewoners hebben gezegd dat de halte onveilig is". */
const SAID = alt(['uitten', 'uitte', 'geuit', 'zeiden', 'zei', 'zeggen', 'zegt', 'gezegd', 'gaven aan', 'gaf aan', '(?:gaven|gaf) (?:\\S+ ){1,3}?aan dat', 'aangegeven', 'lieten weten', 'liet weten', 'meldden', 'meldde', 'gemeld', 'signaleerden', 'wezen (?:\\S+ ){0,2}?op', 'opgeschreven', 'schreven', 'noemden', 'genoemd', 'ingebracht', 'inbrachten']);

/** Input was given: "bewoners vroegen om", "de reacties", "zorgen over", "de ouders waren tegen". */
const INPUT_CONTEXT = new RegExp(
  `\\b(?:uit (?:de |het )?(?:\\S+ )?(?:${SOURCES}|interviews|reacties) (?:blijkt|bleek|kwam)|${MAJORITY}|${MAIN_POINT}|(?:\\d+ ?%|\\d+ procent|de meerderheid|de helft) (?:\\S+ ){0,3}?(?:wil|wilde|willen|zei|zeiden|koos|kozen|kiest|vindt|vond|vonden|is voor|was voor|is tegen|was tegen)|${INPUT}|${SUBJECT} (?:\\S+ ){0,6}?(?:${ASKED}|vonden|vinden|vond|vindt|miste|misten|klaagden|maakten zich zorgen|maken zich zorgen|waren (?:\\S+ )?(?:tegen|voor|kritisch)|${SAID}|waren het (?:niet )?eens|hadden bezwaar)|(?:${ASKED}|${SAID}|vonden|klaagden|misten) (?:\\S+ ){0,2}?${SUBJECT}|(?:vaakst|meest|vaak|veel|het meest) (?:genoemd|gevraagd|gewenst)|(?:ter sprake|naar voren) (?:kwam|kwamen|gebracht|gekomen)|${SUBJECT} (?:\\S+ ){0,6}?(?:vrezen|vreesden|vreesde|vreest|reageerden|reageerde|(?:zijn|waren|is|was) (?:\\S+ ){0,2}?(?:bang|bezorgd|ongerust|ontevreden|(?:minder|niet) tevreden|kriti?s?ch)|(?:hebben|hadden|heeft|had) (?:\\S+ ){0,2}?last)|(?:^|[.:] )(?:conclusie|uitkomst|opbrengst|kern)\\w*(?=:)|${SUBJECT} (?:\\S+ ){0,3}?(?:is|zijn|was|waren) het (?:er )?(?:niet )?(?:mee )?(?:on)?eens|(?:vaakst|meest|vaak|veel) (?:werd|werden) (?:\\S+ )?genoemd|opgehaald|(?:onderwerpen|thema's|punten|wensen|zorgen) (?:\\S+ ){0,2}?(?:kwamen|kwam) (?:\\S+ ){0,2}?terug|(?:meegedacht|dachten (?:\\S+ ){0,2}?mee|meegepraat|praatten (?:\\S+ ){0,2}?mee) over|kriti?s?ch (?:over|op)|(?:bezorgd|ongerust|bang) (?:over|om|voor)|(?:${SOURCES}|survey|onderzoek) (?:\\S+ ){0,2}?(?:liet|lieten|laat|laten|toonde|toont) (?:\\S+ )?zien|uit (?:\\S+ ){0,3}?(?:kwam|bleek|blijkt) dat|(?:waar|waarom) (?:\\S+ ){0,3}?om (?:werd |is |was )?gevraagd)\\b`,
);

/** Not done (yet): "de inbreng wordt nog verwerkt", "nog niet meegenomen", "niets mee gedaan". */
const NOT_YET = /\b(?:nog (?:niet|geen)|hangt (?:\S+ ){0,3}?af van|niets(?! (?:mee )?(?:gedaan|doen|gebeurd),? (?:omdat|want|aangezien|vanwege))|(?:volgende|latere|een later|verdere) (?:fase|stap|moment)|(?:wordt|worden) (?:\S+ ){0,6}?(?:bepaald|bekeken|afgewogen|onderzocht)|nog (?:\S+ ){0,2}?(?:bepaald|bekeken|afgewogen))\b|\b(?:wordt|worden|zal|zullen|gaan|gaat)\b(?: \S+){0,3}? nog\b/;

/** A cue for "what was done with the input" in sentence i of the text, or undefined. */
/**
 * A hedge makes a general use vague: "zoveel mogelijk meegenomen" does not say what was done, unless
 * the sentence goes on to say it ("zoveel mogelijk ingepast: de clubs houden hun avonduren").
 */
// A hedge on the use itself; "staat dat een cliënt zoveel mogelijk een vaste hulp heeft" hedges the plan's content, not the use.
const HEDGED = /\b(?:zo ?(?:veel|goed) (?:als )?mogelijk(?= (?:\S+ ){0,3}?(?:meegenomen|meegewogen|rekening|verwerkt|ingepast|gebruikt|overgenomen|opgenomen|aangepast|tegemoet|gehonoreerd|ingevuld)\b)|(?:meegenomen|meegewogen|rekening gehouden|verwerkt|ingepast|gebruikt|overgenomen|opgenomen|aangepast|tegemoetgekomen|gehonoreerd) (?:\S+ ){0,3}?zo ?(?:veel|goed) (?:als )?mogelijk|waar (?:dat )?(?:mogelijk|kon|kan)|voor zover (?:dat )?(?:mogelijk|kon|kan))\b(?![^.;]*:)/;
/** A general use still to come says nothing yet: "de uitkomsten worden gebruikt bij de aanbesteding". */
const VAGUE_LATER = /\b(?:(?:wordt|worden|zal|zullen|gaan|gaat) (?:\S+ ){0,4}?(?:gebruikt|meegenomen|meegewogen|gebruiken|meenemen|meewegen|uitgewerkt|uitwerken|bekeken|bestudeerd|verwerkt|verwerken)|(?:gebruiken|verwerken) (?:we|wij|de gemeente|het college) (?:\S+ ){0,3}?(?:in|bij)(?= (?:een|de|het|ons|onze)\b)|nemen (?:we|wij|de gemeente|het college) (?:\S+ ){0,3}?mee(?= (?:in|bij) (?:een|de|het|ons|onze)\b))\b(?! (?:om|voor het|door)\b)/;
/** The input that started the plan, not input given while people took part: "de regeling is opgesteld op verzoek van de clubs". */
const ORIGIN = /\b(?:is|wordt|werd|zijn|worden|werden) (?:\S+ ){0,2}?(?:opgesteld|gemaakt|geschreven|ontwikkeld|gestart|opgezet|ingesteld|opgestart|begonnen|voorbereid|geïnitieerd|aangevraagd) (?:op|na|naar aanleiding van) (?:het |een )?(?:verzoek|initiatief|vraag|wens)\b/;
/** "Er was geen ruimte voor inbreng": input denied is no context for a change. */
const NO_INPUT = /\bgeen (?:\S+ ){0,2}?(?:ruimte|mogelijkheid|gelegenheid) (?:voor|tot|om) (?:\S+ )?(?:inbreng|inspraak|reacties|input|invloed)\b/g;
/** The rung and the reason for it: "daarom is gekozen voor informeren" is no use of input. */
const ABOUT_RUNG = /\bgeen (?:\S+ ){0,2}?(?:ruimte|mogelijkheid|gelegenheid) (?:\S+ ){0,8}?(?:mee te (?:praten|denken|beslissen)|meepraten|meedenken|meebeslissen)\b|\b(?:informeren|raadplegen|adviseren|coproduceren|cocreatie|meebeslissen|zelfbeheer|niveau|trede|deze vorm|participatievorm|keuze (?:\S+ ){0,2}?bij (?:hen|hun|de|het)|(?:weegt|wegen|woog|wogen) (?:\S+ ){0,2}?(?:zwaar|zwaarder))\b/;

/**
 * An answer under a "Wat is ermee gedaan?" label that still says nothing done: it is not known
 * yet, the input will only be weighed later, is only taken along, or only gets a reply document.
 */
export function vagueUse(s: string): boolean {
  if (usedCue([s], 0)) return false;
  return (
    NOT_YET.test(s) ||
    HEDGED.test(s) ||
    VAGUE_LATER.test(s) ||
    /\b(?:meegenomen|meenemen|meegewogen|meewegen|neemt (?:\S+ ){0,4}?mee|nemen (?:\S+ ){0,4}?mee)\b/.test(s) ||
    /\b(?:beantwoord\w*|reactienota|nota van beantwoording|antwoordnota)\b/.test(s) ||
    // "De inbreng is per kern samengevat in bijlage 4": where it is written down, not what was done.
    /\b(?:samengevat|gebundeld|verzameld|beschreven|opgesomd|te lezen|te vinden|staat|staan)\b[^.;]*\b(?:bijlage|verslag|overzicht|rapport)\b/.test(s)
  );
}

const INPUT_OR_POINTER = new RegExp(`\\b(?:${INPUT}|ideeën|wensen|meningen|antwoorden)\\b|^(?:die|deze|dat|dit|ze|zij|het)\\b`);

/**
 * Sentences are read for their use of input several times per section (for feedback, the reason,
 * the use itself): remember the answer by the sentence and the neighbours it depends on.
 */
const usedMemo = new Map<string, Cue | undefined>();

export function usedCue(sentences: readonly string[], i: number): Cue | undefined {
  // The reading looks up to six sentences back (a pointer such as "daarop" reaches the input told before it), so all of them are in the key.
  const key = `${sentences.slice(Math.max(0, i - 6), i).join('\u0001')}\u0002${sentences[i]}\u0001${sentences[i + 1] ?? ''}`;
  if (usedMemo.has(key)) return usedMemo.get(key);
  if (usedMemo.size > 20000) usedMemo.clear();
  const cue = usedCueOnce(sentences, i);
  usedMemo.set(key, cue);
  return cue;
}

function usedCueOnce(sentences: readonly string[], i: number): Cue | undefined {
  // "… horen wat we met hun inbreng hebben gedaan" is about feedback, not about the use itself.
  const s = sentences[i]!
    // "… krijgen te horen welke ideeën zijn opgenomen" promises news; it does not say what was done.
    // "In de dorpskrant staat welke ideeën zijn overgenomen" points to where it is told, not which.
    // "… laten weten wat we met die reactie doen: de trapveldjes blijven": after the colon it is said.
    .replace(/\b(?:horen|weten|lezen|uitleggen|uitgelegd|vertellen|verteld|zien|bespreken|besproken|toelichten|toegelicht|melden|gemeld|delen|gedeeld|presenteren|gepresenteerd|informeren|geïnformeerd) (?:\S+ ){0,6}?(?:welke|wat|hoe|of|waarom)\b[^:]*/, ' ')
    .replace(/\b(?:staat|staan|stond|stonden) (?:welke|wat|hoe|of|waarom)\b.*$/, ' ')
    // "Daarin staat ook per reactie of de nota is aangepast": whether, not what.
    .replace(/\b(?:staat|staan|stond|stonden) (?:\S+ ){0,4}?of\b.*$/, ' ')
    .replace(/^\s*(?:hoe|wat|welke|of|waarom) [^,]*, (?:\S+ ){0,2}?(?:laten|vertellen|horen|leggen|melden|lezen|delen|bespreken|informeren|presenteren)\b.*$/, ' ')
    .replace(/\bwat (?:we|wij|de gemeente|het college|er|hij|zij) (?:\S+ ){0,4}?met (?:\S+ ){0,4}?(?:gedaan|doen|doet|gebeurd|gebeurt|is gedaan)\b/g, ' ');
  // "De velden worden ook door scholen gebruikt" is no input used later; "de reacties worden meegenomen" is.
  // The main clause, not its because: "… wijst het verzoek af, omdat de velden door scholen worden gebruikt".
  const main = s.split(/\b(?:omdat|want|aangezien|doordat)\b/)[0]!;
  if (HEDGED.test(s) || (VAGUE_LATER.test(main) && INPUT_OR_POINTER.test(main)) || ORIGIN.test(s)) return undefined;
  // "De gemeente heeft daarom geen ruimte om inwoners over de locatie te laten meepraten": no say given, nothing used.
  if (NO_SAY.test(s)) return undefined;
  // "De verhalen zijn gebruikt als input voor de nota", "… als achtergrond bij dit voorstel": used, but for what is not said.
  if (/\bgebruikt als (?:\S+ )?(?:input|achtergrond|inspiratie|inspiratiebron|bron|onderlegger|bouwstenen|bouwsteen|informatie)\b/.test(s) && !/[:;]/.test(s)) return undefined;
  // "In de bijlage is een samenvatting van de ideeën opgenomen": kept in an attachment.
  if (/^in (?:de |een )?(?:\S+ )?bijlagen? (?:\S+ ){0,2}?(?:is|zijn|staat|staan) (?:een |de |alle )?(?:\S+ )?(?:samenvatting|overzicht|verslag|lijst|reacties|ideeën|adviezen)\b/.test(s) && !/[:;]/.test(s)) return undefined;
  // "Het advies en de reactie van het college zitten in de bijlagen": kept in an attachment, not acted on.
  if (/\b(?:zit|zitten|zat|zaten|staat|staan|stond|stonden|is opgenomen|zijn opgenomen) (?:\S+ ){0,2}?(?:in|als|bij) (?:de |een )?bijlagen?\b/.test(s) && !/[:;]/.test(s)) return undefined;
  const pointed = pointerAnswer(sentences, i);
  if (pointed) return pointed;
  const strong = hit(USED_STRONG, s);
  // "De reacties zijn verwerkt in een verslag", "in het participatieverslag": written down, not acted on.
  if (strong && /\b(?:verwerkt|opgenomen|verzameld|samengevat|gebruikt) (?:in|als|voor) (?:een |het |de )?(?:\S+ )?\S*(?:verslag|overzicht|bijlage|samenvatting|notulen|rapportage|inventarisatie|reactienota|lijst)\b/.test(s)) return undefined;
  // "Inbreng was niet mogelijk": the chance to give input denied, not an input found unworkable.
  // "Inbreng op de regels is niet mogelijk", "Meepraten over de keuze was niet mogelijk": likewise.
  if (strong && /\b(?:inbreng|input|inspraak|participatie|meepraten|meedenken|invloed)\b(?: \S+){0,8}? (?:was|is|waren|zijn) (?:\S+ )?niet mogelijk\b/.test(s)) return undefined;
  // "Dit heeft geleid tot een gedragen beleid", "De reacties zijn gebruikt als input voor de nota": what it led to is not said.
  if (strong && /\b(?:geleid|leidde|leidden|leidt|leiden) (?:\S+ ){0,2}?tot (?:een |het |de )?(?:(?:breed|goed|beter|stevig) )?(?:gedragen|beter|betere|goed|goede|mooi|mooie|sterk|sterke|waardevol\w*|breed)\b/.test(s)) return undefined;
  // "Niet alle wensen konden worden gehonoreerd" does not say which were.
  if (strong && /\bniet alle\b/.test(s) && !/[:;]/.test(s)) return undefined;
  // "De vereniging neemt het onderhoud over": the people took over a task, not the gemeente their input.
  // A "nog geen" in the because belongs to the reason: "volgt dat advies, op één punt na: …, omdat er nog geen locatie is".
  // "Bewoners vragen dat het college hun plan overneemt", "We hopen dat …": asked or hoped for, not done.
  if (strong && /^dat /.test(strong.phrase) && /\b(?:hopen|hoopt|verwachten|verwacht|vragen|vraagt|vroegen|vroeg|willen|wil|wilden|wilde|adviseert|adviseren|adviseerde|pleiten|pleit)\b/.test(s.slice(0, strong.index))) return undefined;
  if (strong && !NOT_YET.test(s.replace(/\b(omdat|want|aangezien|doordat)\b.*$/, '$1')) && !(/\b(?:beheer|onderhoud|taak|taken|exploitatie) (?:\S+ ){0,8}?over/.test(s) && /\bover/.test(strong.phrase))) return strong;
  const weak = hit(USED_WEAK, s);
  // The context may also follow when it points back: "De bomen blijven staan; dat was de wens van de buurt."
  const next = sentences[i + 1];
  // "Er kwamen 12 reacties. Die gingen vooral over de hoogte.": a pointer back to the input is input too.
  const given = (x: string): boolean => INPUT_CONTEXT.test(x.replace(NO_INPUT, ' ')) || /^(?:die|deze|ze|zij) (?:\S+ ){0,2}?(?:gingen|ging|gaan|gaat) (?:\S+ )?over\b/.test(x);
  // "De vereniging heeft daarop het plan aangepast", "Naar aanleiding hiervan is het plan niet veranderd": the pointer reaches
  // back to the input told before it, however many sentences that took (a quoted summary, a list).
  const pointsBack = POINTS_BACK_TO_INPUT.test(s) && sentences.slice(Math.max(0, i - 6), i).some(given);
  const context = given(s) || AFTER_SOURCE.test(s) || pointsBack || (i > 0 && given(sentences[i - 1]!)) || (next !== undefined && /^(?:dat|dit|zo|daar)\b/.test(next) && given(next));
  // "De resultaten zijn als bijlage toegevoegd" is about the document, not about the plan.
  // The answer may come one sentence later: "Hondenbezitters vroegen om losloopgebieden; anderen klaagden over poep. We maken twee losloopgebieden."
  // "De plek bij het skatepark kreeg de meeste stemmen; daar komt de hangplek ook."
  const same = SAME_WAY.exec(s);
  // "De meeste bewoners hadden een voorkeur voor ontwerp B. Het college kiest ook voor ontwerp B.": the same thing named again.
  const prevMajority = i > 0 ? sentences[i - 1]! : '';
  const namesAgain = (): boolean => [...contentStems(s)].some((w) => contentStems(prevMajority).has(w) && !INPUT_STEM.test(w));
  if (same && (POINTS_TO_CHOICE.test(s) || (MAJORITY_RE.test(prevMajority) && namesAgain())) && (MAJORITY_RE.test(s.slice(0, same.index)) || (i > 0 && MAJORITY_RE.test(sentences[i - 1]!))) && !NOT_YET.test(s) && !isNegated(s, { phrase: same[0], index: same.index })) {
    return { phrase: i > 0 && !MAJORITY_RE.test(s) ? `${lastWords(sentences[i - 1]!, 6)} … ${same[0]}` : s.split(' ').slice(0, 14).join(' '), index: same.index };
  }
  // A quote or a list of wishes may stand between the wish and its answer.
  const answered = (i > 0 ? answerTo(sentences[i - 1]!, s) : undefined) ?? (i > 1 ? answerTo(sentences[i - 2]!, s) : undefined) ?? (i > 2 ? answerTo(sentences[i - 3]!, s, true) : undefined);
  if (answered && !NOT_YET.test(s)) return answered;
  // "Daarom vragen we hun advies" is why people are asked, "een kaart waarop inwoners knelpunten kunnen aangeven" a way to take part.
  // Keeping people informed ("blijven bewoners op de hoogte") is no change to the plan either.
  const howTakingPart = /\b(?:daarom|hierom|om die reden) (?:\S+ ){0,2}?(?:vragen|vroegen|betrekken|organiseren|organiseerden|nodigen|nodigden|spreken|spraken|praten)\b|\b(?:waarop|waarin|waar|zodat) (?:\S+ ){0,4}?(?:kunnen|konden|kan|kon|mogen|mochten)\b|\bop de hoogte\b/;
  if (weak && !NOT_YET.test(s) && context && !ABOUT_RUNG.test(s) && !howTakingPart.test(s) && !/\b(?:bijlage|bijgevoegd|bijgevoegde)\b/.test(s)) {
    return { phrase: i > 0 && !INPUT_CONTEXT.test(s) ? `${lastWords(sentences[i - 1]!, 6)} … ${weak.phrase}` : s.split(' ').slice(0, 14).join(' '), index: weak.index };
  }
  return undefined;
}

/** No say given: "geen ruimte om inwoners over de keuze te laten meepraten". */
const NO_SAY = /\bgeen (?:\S+ ){0,2}?(?:ruimte|mogelijkheid|gelegenheid) (?:\S+ ){0,12}?(?:mee te (?:praten|denken|beslissen)|meepraten|meedenken|meebeslissen|inspraak|invloed)\b/;
/** A pointer back from the change to what was said: "daarop", "naar aanleiding hiervan". */
const POINTS_BACK_TO_INPUT = /(?:^|[,;:] |\b(?:heeft|hebben|had|hadden|is|zijn|werd|werden|wordt|worden) )(?:daarop|hierop|naar aanleiding (?:hiervan|daarvan)|op basis (?:hiervan|daarvan))\b/;
/** "Na de bijeenkomsten is het park 30 meter verder gelegd": the change dated by the meetings where people spoke. */
const AFTER_SOURCE = new RegExp(`^(?:na|naar aanleiding van|op basis van) (?:de|het|deze|die|hun|alle|afloop van de) (?:\\S+ )?${SOURCES}\\b`);

/** People asking or worrying about something: "de agrariërs vroegen om een langere overgangstermijn". */
const ASK_SENTENCE = new RegExp(`\\b(?:${SUBJECT}|${INPUT}) (?:\\S+ ){0,6}?(?:${ASKED}|vonden|vinden|misten|klaagden|maakten zich zorgen|hadden (?:\\S+ )?(?:bezwaar|zorgen)|waren (?:\\S+ )?(?:tegen|voor)|gingen (?:vooral )?over|wezen (?:\\S+ ){0,2}?op|meldden|signaleerden|vond|vindt|vroeg|wilde|miste|${SAID})\\b|\\b(?:vroegen|vroeg|wilden|wilde|klaagden|vonden|misten) (?:\\S+ ){0,2}?${SUBJECT}\\b|\\b(?:${INPUT}),? (?:\\S+ ){0,10}?over\\b|\\b(?:vaakst|meest|vaak|veel) genoemd`);
/** The wish in a sentence, read once: the same sentence is asked about for each sentence after it. */
const askMemo = new Map<string, RegExpExecArray | null>();
function askIn(s: string): RegExpExecArray | null {
  const known = askMemo.get(s);
  if (known !== undefined) return known;
  if (askMemo.size > 20000) askMemo.clear();
  const m = ASK_SENTENCE.exec(s);
  askMemo.set(s, m);
  return m;
}
/** People asked for or said something: a wish, a worry, a remark. */
export function askedFor(s: string): boolean {
  return askIn(s) !== null;
}
/** The plan says what it now does: "het college stelt … voor", "er komt", "blijft", "wordt". */
const PLAN_NOW = /\b(?:(?:staan|staat|liggen|ligt|hangen|hangt|zijn|is) (?:er )?nu\b|(?:zijn|is) (?:inmiddels |nu |al )?(?:hersteld|vervangen|aangepast|verwijderd|opgelost|aangelegd|geplaatst|gerepareerd|verplaatst|gemaakt)|(?:staan|staat) (?:nu |ook )?in|komt|komen|kwam|wordt|worden|werd|blijft|blijven|bleef|gaat|gaan|stelt|stellen|krijgt|krijgen|schuift|verdwijnt|verdwijnen|houden|houdt|maken|maakt|zetten|zet|plaatsen|plaatst|leggen|legt|bouwen|bouwt|verplaatsen|verplaatst|voeren|voert|liggen|ligt|in (?:het|de) (?:definitieve|nieuwe|aangepaste|uiteindelijke|gewijzigde) \S+)\b/;
const FUNCTION_WORDS = new Set(['omdat', 'zodat', 'daarom', 'hebben', 'worden', 'werden', 'zouden', 'willen', 'wilden', 'vonden', 'vroegen', 'moeten', 'kunnen', 'konden', 'graag', 'vooral', 'andere', 'nieuwe', 'gemeente', 'college', 'bewoners', 'inwoners', 'omwonenden', 'ondernemers', 'mensen', 'deelnemers', 'eerder', 'eerste', 'tweede', 'plaats', 'tijdens', 'zonder', 'tussen', 'binnen', 'buiten', 'tegen', 'sinds', 'vanaf', 'waarin', 'waarop', 'daarna', 'echter', 'alleen', 'wanneer', 'hierover', 'daarover', 'zoveel', 'mogelijk', 'zodra']);

function contentStems(s: string, from = 0): Set<string> {
  return new Set(
    s
      .slice(from)
      .split(/[^a-zà-ÿ]+/)
      .filter((w) => w.length >= 6 && !FUNCTION_WORDS.has(w))
      .map((w) => w.slice(0, 6)),
  );
}

/**
 * A sentence that answers the wish in the sentence before it by naming the same thing and saying
 * what the plan now does: "De agrariërs vroegen om een langere overgangstermijn. Het college stelt
 * een overgangstermijn van drie jaar voor."
 */
const INPUT_STEM = /^(?:reacti|opmerk|sugges|zienswi|bezwar|voorste|advies|advize|inbren|ervari|meldin|aanbev|verzoe|commen|inspra)/;

/** A wish or worry whose subject stands further back: "Buurtbewoners waren vooral bang voor overlast, en vroegen om …". */
const ASK_FAR = /^(?!(?:we|wij|de gemeente|het college)\b).*?\b(?:vroegen om|vroeg om|waren (?:\S+ )?bang|maakten zich (?:\S+ )?zorgen|vreesden|misten|klaagden)\b/;
/** A change made by whoever decides (an initiatiefnemer, a vereniging): "heeft de balkons vervangen", "gaat van 60 naar 48". */
const CHANGE_DONE = /\b(?:(?:heeft|hebben|is|zijn|wordt|worden|werd|werden) (?:\S+ ){0,12}?(?:vervangen|verplaatst|verschoven|aangepast|toegevoegd|verlaagd|verhoogd|gebracht|geschrapt|toegezegd|veranderd|gewijzigd|verkleind|vergroot|verlegd|herschreven|ingekort|verkort|verlengd|uitgebreid)|(?:gaat|gaan|ging|gingen) (?:\S+ ){0,3}?van (?:\S+ ){1,3}?naar)\b/;

/** The same thing named, also inside a compound: "de oude aanvraagtermijn" … "de termijn". */
function sharedHead(asked: string, s: string): string | undefined {
  const words = (x: string): string[] => x.split(/[^a-zà-ÿ]+/).filter((w) => w.length >= 6 && !FUNCTION_WORDS.has(w) && !INPUT_WORD.test(` ${w} `) && !INPUT_STEM.test(w) && !WHO.test(` ${w} `));
  const before = words(asked);
  return words(s).find((w) => before.some((p) => p !== w && (p.endsWith(w) || w.endsWith(p))));
}

function answerTo(prev: string, s: string, far = false): Cue | undefined {
  const ask = askIn(prev) ?? ASK_FAR.exec(prev);
  // "De regeling wordt na vaststelling gepubliceerd": publishing the plan answers no wish.
  // "We kiezen voor adviseren, omdat …" is about the rung, not a change to what was asked for.
  if (ABOUT_RUNG.test(s)) return undefined;
  if (!ask || !(PLAN_NOW.test(s) || WE_DO.test(s) || CHANGE_DONE.test(s)) || TAKING_PART.test(s) || FORMAL_PUBLICATION.test(s) || /\b(?:gepubliceerd|bekendgemaakt|bekend gemaakt)\b/.test(s)) return undefined;
  // "Tijdens de werkzaamheden houden we de ondernemers op de hoogte": keeping people informed answers no wish.
  if (/\b(?:op de hoogte|informeren|nieuwsbrief|in gesprek|gaan praten|overleggen)\b/.test(s)) return undefined;
  const asked = contentStems(prev, ask.index);
  // The thing asked for must come back, not the word for the input ("ideeën … wat met deze ideeën gebeurt")
  // nor the people who asked ("de vereniging wil … ; afgesproken is: de vereniging blijft …").
  const wordOf = (stem: string): string => s.split(' ').find((w) => w.startsWith(stem)) ?? stem;
  const shared = [...contentStems(s)].find((w) => asked.has(w) && !INPUT_WORD.test(` ${w}`) && !INPUT_STEM.test(w) && !WHO.test(` ${wordOf(w).replace(/[^a-zà-ÿ-]/g, '')} `) && !prev.split(' ').some((p) => p.startsWith(w) && WHO.test(` ${p.replace(/[^a-zà-ÿ-]/g, '')} `)));
  // Further back, only the same word or compound counts, not a shared stem ("gebruiken" … "gebruiksovereenkomst").
  const same = shared !== undefined && (!far || prev.split(/[^a-zà-ÿ]+/).includes(wordOf(shared).replace(/[^a-zà-ÿ]/g, '')));
  const head = (same ? shared : undefined) ?? sharedHead(prev.slice(ask.index), s);
  if (!head) return undefined;
  const word = wordOf(head);
  return { phrase: `${lastWords(prev, 6)} … ${word}`, index: s.indexOf(word) };
}

/** Verbs after "we" that tell of asking, meeting or informing, not of doing what was asked. */
const NOT_ACTION = '(?:vroegen|vragen|deden|hielden|houden|spraken|spreken|gingen|kregen|zagen|hoorden|horen|lieten|wilden|willen|konden|kunnen|mochten|mogen|moesten|moeten|kwamen|organiseerden|organiseren|vonden|vinden|hebben|hadden|zijn|waren|weten|wisten|informeren|betrekken|bespreken|bespraken|nodigen|nodigden|kijken|keken|gaven|geven|stuurden|sturen)\\b';
/**
 * A clause that points back to what was asked and says it is done: "Dat doen we", "die betalen we
 * mee", "Die komt er", "Daar komen de containers te staan", "Beide staan nu in het programma",
 * "Die wordt in september aangelegd", "We volgen het".
 */
const POINTER_DONE = new RegExp(
  `^(?:en |maar )?(?:(?:dat|dit|die|deze|daar|zo|beide|allebei)(?: \\S+)? (?:\\S+ ){0,2}?(?:(?!${NOT_ACTION})\\S+en (?:we|wij)\\b|(?:gaat|gaan) (?:we|wij|de gemeente|het college)\\b|(?:komt|komen)\\b(?! (?:\\S+ ){0,2}?(?:door|doordat|omdat|voort|uit|van|terug)\\b)|(?:staat|staan|zit|zitten) (?:\\S+ ){0,2}?in\\b|(?:wordt|worden) (?:\\S+ ){0,5}?(?:aangelegd|gebouwd|geplaatst|uitgevoerd|gemaakt|geregeld|aangepast|aangepakt|toegevoegd|opgenomen|overgenomen|geschrapt|verplaatst)\\b)|(?:we|wij|het college|de gemeente) (?:volgen|volgt|nemen|neemt) (?:het|dat|dit|die|deze|ze|hem)(?:[.,:;]|$| (?:over|op|ook|helemaal|volledig)\\b)|(?:dat|dit|die|deze|daar)(?: \\S+)? (?:is|zijn) (?:er |nu |inmiddels |ook )?(?:gekomen|aangelegd|gebouwd|geplaatst|uitgevoerd|gemaakt|geregeld|aangepast|aangepakt|herschreven|verbeterd|vereenvoudigd|verplaatst|verschoven|toegevoegd|opgenomen|overgenomen|gerealiseerd|gelukt|gebeurd)\\b|(?:dat|dit|die|deze)(?: \\S+)? (?:is|zijn|werd|werden) (?:\\S+ ){1,8}?geworden\\b|(?:dat|dit) (?:hebben|heeft) (?:we|wij|het college|de gemeente) (?:\\S+ )?(?:gedaan|geregeld|aangelegd|uitgevoerd|overgenomen|aangepast)\\b)`,
);
/** "Dat lukt in 2027 nog niet, door de bouw van …": what was asked is not done, and why. */
// "Dat gebeurt niet, omdat het een beschermde tuin is", "Dat komt er niet: op die weg is een zebrapad onveilig".
const POINTER_NOT = /^(?:dat|dit|die|deze) (?:lukt|kan|gaat|gebeurt|komt|komen|doen we|wordt|worden|blijkt|bleek) (?:\S+ ){0,4}?niet\b(?:[^.;]*\b(?:omdat|want|door|vanwege|aangezien|doordat)\b|:)|^(?:dat|dit|die|deze) (?:blijft|blijven) (?:[^.;]|\.\d)*\b(?:omdat|want|vanwege|aangezien|doordat)\b/;
/** Input in the clause before a pointer: a wish, a vote, a choice, a worry. */
const ASKED_ANY = /\b(?:vroeg|vroegen|wilde|wilden|willen|wil graag|wensten|wenste|adviseerde|adviseerden|geadviseerd|stelde voor|stelden voor|pleitte|pleitten|misten|miste|vreesden|vreesde|vrezen|won|wint|uitslag|gekozen|koos|kozen|voorkeur)\b/;

/** The gemeente doing something: "We voegen twintig bomen toe", "het gereedschap betalen we". */
const WE_DO = new RegExp(`^(?:we|wij|het college|de gemeente) (?!${NOT_ACTION})\\S+|\\b(?!${NOT_ACTION})\\S+en (?:we|wij)\\b`);

/** What a pointer clause may do that is not carrying out the wish: tell, weigh, look into it, put it on an agenda. */
const POINTER_NOT_DONE = /\b(?:via|door middel van|bijlage|verslag|notulen|samenvatting|overzicht|aan bod|op de agenda|ter sprake|aan de orde|uit in|uit aan|leggen (?:\S+ ){0,3}?uit|toelichten|vertellen|laten weten|melden|onderzoeken|onderzocht|bekijken|bekeken|uitzoeken|uitgezocht|bespreken|besproken|afwegen|nagaan|zoeken|overleggen|overwegen|nadenken|bestuderen|verkennen)\b|\bmet (?:een|twee|drie|vier|\d+)\b/;
/** A question asked, not a wish: "bewoners vroegen wanneer de werkzaamheden starten", "wilden meer weten over"; "vroegen of er een bank kan komen" is a wish. */
const QUESTION_ASKED = /\b(?:vroegen|vroeg|vragen|vraagt) (?:\S+ ){0,2}?(?:wanneer|wat|hoe|waarom|welke|waar|wie)\b|\b(?:wilden|wilde|willen|wil) (?:\S+ ){0,3}?weten\b|\bvragen (?:\S+ ){0,2}?(?:gesteld|stelden|stellen)\b|\b(?:stelden|stelde|stellen) (?:\S+ ){0,3}?vragen\b/;

function inputBefore(x: string): boolean {
  // "We vroegen de bewoners om hun mening" is the gemeente asking, "bewoners kunnen hun ideeën geven" only the chance: no input yet.
  if (/^(?:we|wij|de gemeente|het college) (?:\S+ ){0,4}?(?:vroegen|vragen|vroeg|hebben gevraagd)\b/.test(x) || TAKING_PART.test(x) || QUESTION_ASKED.test(x)) return false;
  return INPUT_CONTEXT.test(x.replace(NO_INPUT, ' ')) || askIn(x) !== null || MAJORITY_RE.test(x) || ASKED_ANY.test(x);
}

/** A sentence or clause that points back to the input just named and says it is (or is not) done. */
function pointerAnswer(sentences: readonly string[], i: number): Cue | undefined {
  const s = sentences[i]!;
  const clauses = s.split(/, /);
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k]!.trim();
    const not = POINTER_NOT.test(s.slice(s.indexOf(c)));
    // "Dat doen we via een enquête" is a method; "dit staat in het verslag" a document; "dat komt in de nieuwsbrief",
    // "deze komen aan bod", "dat leggen we uit", "dat gaan we onderzoeken" tell or weigh, they do not carry out.
    if (!not && (!POINTER_DONE.test(c) || NOT_YET.test(c) || POINTER_NOT_DONE.test(c) || CHANNEL.test(c))) continue;
    const prev = k > 0 ? clauses.slice(0, k).join(', ') : sentences[i - 1];
    if (prev === undefined || !inputBefore(prev)) continue;
    return { phrase: `${lastWords(prev, 6)} … ${c.split(' ').slice(0, 6).join(' ')}`, index: s.indexOf(c) };
  }
  return undefined;
}

function lastWords(s: string, n: number): string {
  return s.split(' ').slice(-n).join(' ');
}

// --- Niveau: the rung of the ladder, named or described -------------------------------------

/** Councils whose task is to advise the college: their comments on a draft are advice. */
const ADVISORY = '(?:de |het |beide |alle )?(?:adviesraad|adviesraden|wmo-raad|wmo-adviesraad|seniorenraad|cliëntenraad|cliëntenraden|jongerenraad|jeugdraad|participatieraad|gehandicaptenraad|adviescommissie|raden)\\b';

/**
 * One pattern written as one alternation, run as several smaller ones. V8 compiles a regular
 * expression to machine code only below a size limit; the level descriptions embed the people
 * alternation many times and would otherwise run in the slow bytecode interpreter. exec returns
 * the leftmost match of all parts, as the single pattern would.
 */
class Alternation extends RegExp {
  private readonly parts: readonly RegExp[];

  constructor(source: string | RegExp) {
    super(source);
    this.parts = chunks(this.source).map((c) => new RegExp(c));
  }

  override exec(s: string): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (const p of this.parts) {
      const m = p.exec(s);
      if (m && (best === null || m.index < best.index)) best = m;
    }
    return best;
  }
}

/** The top-level alternatives of "\\b(?:a|b|c)", grouped into patterns of at most ~5,000 characters. */
function chunks(source: string): string[] {
  const open = '\\b(?:';
  if (!source.startsWith(open) || !source.endsWith(')')) return [source];
  const inner = source.slice(open.length, -1);
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === '\\') {
      cur += ch + (inner[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  alts.push(cur);
  const out: string[] = [];
  let group: string[] = [];
  for (const a of alts) {
    if (group.length > 0 && group.join('|').length + a.length > 5000) {
      out.push(`${open}${group.join('|')})`);
      group = [];
    }
    group.push(a);
  }
  if (group.length > 0) out.push(`${open}${group.join('|')})`);
  return out;
}

/**
 * People's own view, expressed in any words: "hun wensen kenbaar maken", "je ideeën prikken op een kaart", "gaven zij
 * hun opvattingen", "hun voorkeur voor de paden aangeven". The possessive says the view is theirs, so it was asked for.
 * Objections ("hun bezwaren kenbaar gemaakt") are raised unasked, on an informatieavond too: they leave the rung open.
 */
const OWN_VIEW = `(?:hun|zijn|haar|je|uw) (?:eigen )?(?:\\S+ )?(?:ideeën|idee|mening|meningen|reactie|reacties|suggesties|input|ervaringen|oordeel|voorkeur|voorkeuren|wensen|wens|zorgen|opvattingen|opvatting|visie|standpunt|commentaar|opmerkingen|zegje)`;
const EXPRESS = alt([
  'geven', 'gaven', 'gegeven', 'geeft', 'gaf', 'te geven',
  'delen', 'deelden', 'gedeeld', 'deelt', 'kwijt',
  'aangeven', 'aangegeven', 'aan te geven',
  'inbrengen', 'ingebracht', 'brachten', 'in te brengen',
  'kenbaar (?:maken|gemaakt)', 'maakten',
  'uitspreken', 'uitgesproken', 'spraken', 'uiten', 'uitten', 'geuit',
  'prikken', 'geprikt', 'intekenen', 'ingetekend', 'tekenden', 'getekend',
  'doorgeven', 'doorgegeven', 'laten horen', 'lieten',
  'noemen', 'noemden', 'genoemd', 'opschrijven', 'opgeschreven', 'schreven',
  'insturen', 'ingestuurd', 'indienen', 'ingediend', 'achterlaten', 'achtergelaten', 'meegeven', 'meegegeven',
]);

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
    named: /\b(?:we|wij|het college|de gemeente) informeren (?:\S+ ){0,3}?alleen\b|\b(?:gekozen|kiezen|kozen|kiest) (?:we |wij )?voor (?:het niveau |de trede )?informeren\b|\binformeren (?:we|wij|het college|de gemeente) (?:\S+ ){0,3}?alleen\b|\binformeren\b(?=[^a-z]*(?:\)|niveau|trede))|\(informeren\)|(?:niveau|trede) (?:is |was |van )?informeren|\balleen (?:te )?(?:informeren|ge[iï]nformeerd)\b|\b(?:beperkt (?:\S+ )?tot|beperkte zich tot|bleef (?:\S+ )?beperkt tot) (?:een |het |de )?(?:\S+ )?(?:informatie\w*|\w*brief|bericht|informeren|publicatie|kennisgeving)\b|\b(?:daarom|dus) informeren (?:we|wij|de gemeente|het college)\b/,
    described: new Alternation(
      `\\b(?:(?:we|wij) (?:\\S+ ){0,3}?(?:hielden|houden) (?:\\S+ ){0,3}?op de hoogte|(?:konden|kunnen|kon|kan|mochten|mogen|mocht|mag) (?:\\S+ ){0,4}?(?:hun )?vragen (?:\\S+ ){0,2}?stellen|(?:inspraak|invloed|inbreng|meepraten|meedenken|meebeslissen|zeggenschap) (?:\\S+ ){0,4}?(?:(?:was|is|waren|zijn) (?:\\S+ )?niet (?:mogelijk|aan de orde)|(?:kan|kon|konden|kunnen) niet\\b|(?:had|heeft|hadden|hebben) geen zin)|ter kennisname (?:ontvangen|gekregen|toegestuurd|gestuurd)|(?:ontving|ontvingen|kreeg|kregen) (?:\\S+ ){0,4}?ter kennisname|(?:hebben|hadden|konden|kon|mochten|mocht) (?:\\S+ ){0,2}?niet (?:meer |langer )?(?:meegepraat|meepraten|mee praten|meedenken|meegedacht|meebeslissen|meebeslist)|geen invloed (?:op|hebben|hadden)|geen (?:\\S+ )?ruimte voor (?:inbreng|inspraak|invloed|participatie)|geen (?:\\S+ )?ruimte om (?:\\S+ ){0,4}?(?:mee te praten|mee te denken|mee te beslissen)|op de hoogte (?:gesteld|gebracht|gehouden))`,
    ),
    cues: /\b(?:informeren|geïnformeerd|bijgepraat|bijpraten|informatieavond|informatiebijeenkomst|bewonersbrief|nieuwsbrief|op de hoogte|(?:(?:sturen|stuurt|stuurden) (?:we|wij|de gemeente|het college)|(?:we|wij|de gemeente|het college) (?:sturen|stuurt|stuurden)) (?:\S+ ){0,6}?(?:een|de) (?:\S+ )?brief|gemeentepagina|kennisgeving|gepubliceerd|persbericht|flyers?|bekendgemaakt|bouwapp|een bericht over|(?:een|de) (?:\S+ )?brief (?:\S+ ){0,4}?(?:gestuurd|verstuurd|gekregen|ontvangen)|(?:gestuurd|verstuurd|kregen|krijgen|krijgt|ontvingen|ontvangen|ontvangt) (?:\S+ ){0,6}?(?:een|de) (?:\S+ )?brief|website|projectpagina|webpagina)\b/g,
  },
  {
    level: 'raadplegen',
    named: /\b(?:raadplegen|geraadpleegd|raadpleging|consulteren|geconsulteerd|consultatie|bevraagd|ondervraagd|gepeild)\b/,
    described: new Alternation(
      `\\b(?:(?:vroegen|gevraagd|vragen) (?:\\S+ ){0,4}?(?:naar |om )?(?:hun |de |een )?(?:mening|reactie|reacties|ervaringen|ideeën|wensen|input|suggesties|voorkeur)|om (?:hun |een |de |zijn |haar )?(?:mening|reactie|reacties|ervaringen|ideeën|wensen|input|suggesties|voorkeur) (?:\\S+ ){0,4}?(?:gevraagd|te vragen|vragen|vroegen|vroeg)|(?:gaven|gaf|geven|geeft|deelden|deelde|delen|deelt|gedeeld) (?:\\S+ ){0,4}?(?:hun|een|zijn|haar) (?:\\S+ )?(?:ideeën|mening|reactie|reacties|suggesties|input|ervaringen|oordeel|voorkeur)\\b|(?:hun|een) (?:\\S+ )?(?:reactie|oordeel|voorkeur|ervaringen|ideeën|suggesties) (?:\\S+ ){0,3}?(?:geven|gaven|gegeven|delen|deelden|gedeeld|kwijt)\\b|(?:met de vraag|verzoek|verzocht) om (?:hun |een |de )?(?:mening|reactie|reacties|input)\\b|(?:voor|ter) inspraak (?:vrijgegeven|voorgelegd|gelegd)|gevraagd (?:\\S+ ){0,2}?(?:wat|hoe) (?:zij|ze|${PEOPLE}) (?:\\S+ ){0,8}?(?:vinden|vonden|denken|dachten|willen|wilden)\\b|(?:hun|een) mening (?:geven|gaven|gegeven|vragen)|konden (?:\\S+ ){0,5}?(?:reageren|hun mening)|(?:reacties|meningen|input) (?:\\S+ ){0,2}?(?:opgehaald|verzameld|gevraagd)|(?:horen|weten) wat ${PEOPLE} (?:\\S+ ){0,4}?(?:vinden|vonden|willen|denken|dachten)|(?:is|werd|zijn|werden|hebben|heeft) (?:\\S+ ){0,10}?gevraagd (?:of|wat|hoe|welke|waar)\\b|(?:vroegen|vragen) (?:\\S+ ){0,6}?(?:of|wat|hoe|welke|waar) ${SUBJECT}\\b|(?:ideeën|suggesties|reacties|wensen|opmerkingen|meningen|zorgen|ervaringen) (?:\\S+ ){0,4}?(?:aangedragen|ingediend|indienen|gegeven|geven|gaven|ingestuurd|insturen|doorgegeven|opgehaald|ophalen|verzameld|haalden|kwijt|delen|deelden|gedeeld|inbrengen|inbrachten|aangeven|aangegeven|meegeven|meegegeven|noemen|noemden|opgeschreven|opschreven|ingeleverd|achterlaten|achtergelaten|lieten achter|aandragen|aandroegen)|(?:konden|kunnen|mochten|mogen|kon|kan) (?:\\S+ ){0,8}?(?:aangeven|zeggen|melden|doorgeven|hun zegje|laten weten|beoordelen|uitspreken|kenbaar maken)|${EXPRESS} (?:\\S+ ){0,4}?${OWN_VIEW}|${OWN_VIEW} (?:\\S+ ){0,8}?${EXPRESS}\\b|opmerkingen (?:\\S+ ){0,3}?(?:maken|maakten|gemaakt|plaatsen|plaatsten|geplaatst)\\b|(?:voor|ter) (?:reactie|consultatie)\\b|inspraak (?:\\S+ ){0,2}?(?:verleend|gehouden|georganiseerd|geboden|opengesteld)|(?:zijn|werden) (?:\\S+ ){0,4}?gehoord (?:over|op|tijdens|in)\\b|(?:spraken|spreken|sprak|spreekt) (?:\\S+ ){1,8}?in(?=[,.;:]| en |$)|(?:haalden|halen|haalt|verzamelden) (?:\\S+ ){0,6}?(?:ideeën|reacties|wensen|meningen|input))`,
    ),
    cues: /\b(?:\w*enquête|\w*enquete|\w*vragenlijst|\w*peiling|mening|meningen|reageren|\w*inloop\w*|bewonersavond\w*|buurtavond\w*|opgehaald|ophalen|haalden|interviews?|geïnterviewd|zienswijze\w*|inspraakreactie\w*|inwonerspanel|reactieformulier|gereageerd)\b/g,
  },
  {
    level: 'adviseren',
    // "Een adviserende rol", "de adviesrol": the rung named by the part people play.
    named: /\b(?:adviseren|adviserende rol|adviesrol)\b/,
    described: new Alternation(
      `\\b(?:(?:vroegen|vroeg|vraagt|vragen|gevraagd) (?:\\S+ ){0,4}?(?:om )?(?:hun |een |zijn |haar )?(?:\\S+ )?advies|om advies gevraagd|${SUBJECT} (?:\\S+ ){0,3}?(?:gaf|gaven|geeft|geven|bracht|brachten) (?:\\S+ ){0,6}?advies\\b|(?=(?:gaf|gaven|bracht|brachten) )(?<!\\b(?:we|wij|gemeente|college|wethouder) (?:\\S+ ){0,2})(?:gaf|gaven|bracht|brachten) (?:de |het )?(?:\\S+ )?${PEOPLE} (?:\\S+ ){0,4}?(?:een |hun |zijn |haar )?(?:\\S+ )?advies\\b|(?:krijgen|krijgt|kregen|ontvangen|ontvingen|voorgelegd|voorleggen|sturen|stuurden|gestuurd) (?:\\S+ ){0,6}?(?:voor|om) advies|advies (?:gevraagd|uitgebracht|gegeven|geven|gaven|opgesteld|geschreven|aangeboden|ingediend)|(?:heeft|hebben|gaf|gaven)\\b[^,;:]*?\\bgeadviseerd|(?:het|hun|dat|dit|zijn|haar) advies (?:\\S+ ){0,3}?(?:nemen|neemt|namen|nam) (?:\\S+ ){0,3}?over\\b|(?:nemen|neemt|namen|nam) (?:we |wij |het college |de gemeente )?(?:\\S+ ){0,2}?(?:het|hun|dat|dit|zijn|haar) advies (?:\\S+ ){0,3}?over\\b|(?:volg|overne|overnam)\\w*,? (?:\\S+ ){0,4}?tenzij\\b|adviseerden?|adviseert|(?:kwamen|kwam) (?:zelf )?met (?:\\S+ )?(?:ideeën|voorstellen|oplossingen)|${SUBJECT} (?:bedachten|bedacht) (?:zelf )?(?:\\S+ )?(?:ideeën|oplossingen|voorstellen)|(?:volgen|volgden|volgt|volgde) (?:we |wij )?(?:\\S+ ){0,2}?(?:het|hun|dat|dit|dat|zijn|haar) advies|(?:deed|deden|doet|doen|gedaan|gaven|gaf|opgesteld) (?:\\S+ ){0,5}?aanbevelingen|aanbevelingen (?:\\S+ ){0,3}?(?:gedaan|gegeven|opgesteld|aangeboden|uitgebracht)|${ADVISORY} (?:\\S+ ){0,10}?(?:mee te lezen|meegelezen|lazen mee|(?:gaven|gaf|geven|geeft|leverden|leverde) (?:\\S+ ){0,3}?(?:commentaar|reactie|reacties|opmerkingen))|(?:gevraagd|vroegen|vragen) (?:\\S+ ){0,2}?${ADVISORY} (?:\\S+ ){0,3}?(?:om )?(?:mee te lezen|commentaar|een reactie))`,
    ),
    cues: /\b(?:advies|adviezen|geadviseerd|adviseerde\w*|adviseren)\b/g,
  },
  {
    level: 'coproduceren',
    named: /\b(?:coproduceren|coproductie|cocreëren|cocreatie|co-creatie|co-produceren)\b/,
    described: new Alternation(
      `\\b(?:${SUBJECT} (?:(?:\\S+ ){0,2}?(?:bedachten|bedacht|ontwierpen|ontworpen|maakten|gemaakt|schreven|geschreven) (?:\\S+ ){0,2}?(?:zelf|samen) (?:\\S+ ){0,2}?(?:het|een) (?:\\S+ )?(?:plan|ontwerp|visie|agenda|programma)|(?:\\S+ ){0,3}?(?:een |hun )?eigen (?:plan|ontwerp|voorstel) (?:\\S+ ){0,4}?(?:gemaakt|opgesteld|geschreven|ingediend|uitgewerkt))|(?:tekenden|ontwierpen|ontwikkelden|maakten|schreven|bedachten|werkten|tekenen|ontwerpen|ontwikkelen|maken|schrijven|bedenken|werken|tekent|ontwerpt|ontwikkelt|maakt|schrijft|bedenkt|werkt) (?:[^ ,;:]+ ){0,8}?samen\\b|(?:samen|met elkaar) (?:\\S+ ){0,9}?(?:getekend|ontworpen|ontwikkeld|uitgewerkt|opgesteld|gemaakt|geschreven|herschreven|geformuleerd|uitvoeren|uitgevoerd|aangelegd|gebouwd|bepaald|bepaalden)\\b|(?:gemaakt|opgesteld|geschreven|ontworpen|getekend) door (?:\\S+ ){0,6}?${PEOPLE}\\b[^.;]{0,80}?\\bsamen\\b|${SUBJECT} (?:tekent|tekenen|tekenden|ontwerpt|ontwerpen|ontwierpen|schrijft|schrijven|schreven) (?:\\S+ ){0,2}?(?:het|een|hun) (?:\\S+ )?(?:plan|ontwerp|visie) (?:\\S+ ){0,2}?met\\b|(?:samen|gezamenlijk|in samenwerking) met (?:\\S+ ){1,20}?(?:herschreven|geformuleerd|aangelegd|gebouwd|getekend|tekenden|tekenen|ontworpen|ontwerpen|gemaakt|maken|opgesteld|opstellen|ontwikkeld|ontwikkelen|uitgewerkt|uitwerken|bedacht|bedenken|geschreven|schrijven)|zelf (?:het|een) (?:\\S+ )?(?:plan|ontwerp) (?:bedacht|gemaakt|ontworpen|geschreven)|(?:gezamenlijk|samen) (?:\\S+ )?(?:opgesteld|ontworpen|ontwikkeld)|(?:opgesteld|geschreven|ontworpen|ontwikkeld|gemaakt|uitgewerkt|bedacht|getekend) (?:\\S+ ){0,3}?(?:samen met|in samenwerking met|gezamenlijk met)|ontwerpteam (?:\\S+ ){0,2}?(?:van|met|uit|bestond|bestaande|bestaat)\\b|(?:in|zaten in|vormden|vormen) (?:het|een) ontwerpteam|in gezamenlijkheid|(?:meeschrijven|meeschreven|meegeschreven|(?:schreven|schrijven|schrijft) (?:\\S+ ){0,3}?mee (?:aan|met)\\b)|om tafel (?:\\S+ ){0,6}?(?:bedenken|bedacht|uitwerken|uitgewerkt|maken|ontwerpen)|(?:gemaakt|opgesteld|geschreven|ontworpen|uitgewerkt|bedacht) door (?:een |de |het )?(?:\\S+ )?\\w*(?:groep|team):? (?:(?:van|met) )?(?:\\S+ ){0,3}?${PEOPLE}|(?:we|wij) (?:hebben|hadden) (?:samen )?met (?:de |het )?(?:\\S+ ){0,5}?${PEOPLE} (?:\\S+ ){0,10}?(?:gemaakt|ontworpen|opgesteld|geschreven|uitgewerkt|bedacht))`,
    ),
    cues: /\b(?:samen (?:met [^.]{0,60})?(?:ontworpen|ontwerpen|gemaakt|maken|opgesteld|opstellen|ontwikkeld|ontwikkelen|geschreven|schrijven)|gezamenlijk(?:e)? (?:ontwerp|plan))\b/g,
  },
  {
    level: 'meebeslissen',
    named: /\b(?:meebeslissen|mee beslissen|meebeslist|beslissen mee|beslisten mee|beslist mee)\b/,
    described: new Alternation(
      `\\b(?:${SUBJECT} (?:(?:[^ ,;:]+ ){0,8}?(?<!\\bte (?:laten )?)(?:kozen|kiezen|kiest|koos|gekozen|beslisten|beslissen|besliste|besloten|bepaalden|bepaalde|bepalen|bepaalt|bepaald|stemden|stemmen|stemde) (?:[^ ,;:]+ ){0,8}?(?:binnen|uit|tussen|welke|wie) |(?:\\S+ ){0,3}?(?:kozen|koos|kiezen|kiest|gekozen) (?:\\S+ ){0,2}?voor (?:de |het |een )?(?:\\S+ )?(?:variant|ontwerp|optie|scenario|model|inrichting)\\b|(?:\\S+ ){0,3}?(?:verdelen|verdeelden|verdeelt|besteden|bestedden) (?:\\S+ ){0,3}?(?:het |hun |een )?\\w*(?:budget|geld)\\b|(?:[^ ,;:]+ ){0,8}?(?:stemden|stemmen|stemde) (?:[^ ,;:]+ ){0,6}?(?:over|op|voor) |(?:(?!(?:niet|geen|nooit) )\\S+ ){0,8}?(?:mochten|mogen|mag|mocht|konden|kunnen|kon) (?:(?!(?:niet|geen|nooit) )\\S+ ){0,6}?(?:zelf )?(?:kiezen|beslissen|bepalen|stemmen)\\b)|(?:kozen|bepaalden|beslisten|stemden|stemmen|stemt|kiezen|kiest|bepalen|bepaalt|beslissen|beslist) (?:de |alle )?${SUBJECT} (?:(?!samen )[^ ,;:]+ ){0,10}?(?:welke|wat|wie|hoe|waar|over|uit|tussen)\\b|over (?:\\S+ ){0,6}?(?:beslisten|beslissen|beslist|besliste|bepaalden|bepalen) (?:de |alle )?${SUBJECT}\\b|(?:lag|ligt|was|is) de (?:keuze|beslissing) (?:\\S+ ){0,2}?(?:bij|aan) (?:de )?${SUBJECT}|de (?:keuze|beslissing) (?:\\S+ ){0,5}?aan (?:de |het )?${SUBJECT} (?:\\S+ )?over\\b|(?:geven|gaven|geeft|gaf|laten|laat|liet|lieten) (?:we |wij |de gemeente |het college )?(?:hun|hen|de \\S+) de (?:beslissing|keuze)\\b|\\d+ ?(?:%|procent) (?:van (?:de |alle )?)?(?:\\S+ )?${PEOPLE} (?:\\S+ ){0,2}?(?:stemde|stemden|stemt|stemmen|moet|moeten) (?:\\S+ )?in(?:stemmen)?\\b|(?:stemde|stemden) \\d+ ?(?:%|procent) (?:van (?:de |alle )?)?(?:\\S+ )?${PEOPLE} (?:\\S+ )?in\\b|(?:kozen|bepaalden|beslisten|kiezen|bepalen|beslissen|bepaalt|kiest|beslist) (?:de |alle )?${SUBJECT} (?:\\S+ ){0,8}?zelf\\b|(?:stemden|\\w*stemming|gestemd) (?:\\S+ ){0,12}?(?:won|wint|gewonnen|winnaar)\\b|(?:won|wint|kreeg|kregen|haalde) (?:\\S+ ){0,2}?(?:met )?\\d+ ?(?:%|procent) van de stemmen|(?=(?:hebben|heeft|hadden|had) )(?<!(?:gemeente|we|wij|college|raad|wethouder|ambtenaren|ontwerper|architect) (?:\\S+ ){0,8})(?:hebben|heeft|hadden|had) (?:\\S+ ){0,8}?zelf (?:\\S+ ){0,5}?(?:gekozen|bepaald|besloten|uitgezocht|uitgekozen)\\b|(?:het|de|een|dit|dat) \\S*(?:budget|geld|subsidie)\\S* (?:\\S+ ){0,12}?(?:verdeeld|besteed|toegekend) door (?:de |het )?(?:\\S+ )?${PEOPLE}|de meeste stemmen|(?:met|door) (?:\\S+ )?(?:\\d+ ?(?:procent|%)|een (?:ruime |kleine )?meerderheid)(?: van de stemmen)? (?:\\S+ )?(?:gekozen|kozen|gestemd|stemden) voor|(?:mochten|mogen|konden) (?:alle )?${SUBJECT} (?:\\S+ ){0,3}?(?:kiezen|beslissen|bepalen|stemmen)|(?:heeft|hebben) (?:\\S+ ){0,4}?de keuze gemaakt|de (?:keuze|beslissing) (?:\\S+ ){0,4}?(?:lag|ligt|was) (?:\\S+ ){0,2}?(?:bij|aan) (?:de )?${SUBJECT}|(?:nemen|namen|neemt|nam) (?:(?:we|wij|het college|de gemeente|de raad) )?(?:\\S+ ){0,2}?(?:hun|de|die|deze) (?:keuzes?|uitkomsten?|beslissing(?:en)?|stemming|verdeling) (?:\\S+ ){0,3}?over|wat (?:\\S+ ){0,2}?${SUBJECT} (?:kiest|kiezen|kozen|koos|beslist|besliste|beslisten|besluiten|besloot|besloten|bepalen|bepaalt|bepaalde|bepaalden)(?:,)? (?:voeren|gaan|doen) (?:we|wij)|binnen (?:\\S+ ){0,2}?(?:kaders?|budget|randvoorwaarden|voorwaarden|grenzen|spelregels|regels|afspraken|criteria) (?:\\S+ ){0,14}?(?:kiezen|kiest|kozen|gekozen|beslissen|beslist|beslisten|besloten|bepalen|bepaalt|bepaalden|bepaald)|${SUBJECT} (?:\\S+ ){0,6}?zelf,? (?:\\S+ ){0,8}?(?:gekozen|kozen|bepaald|bepaalden|besloten|beslisten) (?:welke|wat|waar|hoe|wie|voor)\\b|${SUBJECT} (?:\\S+ ){0,6}?(?:bepalen|kiezen|beslissen|bepaalden|kozen|beslisten) zelf\\b|${SUBJECT} (?:\\S+ ){0,4}?(?:beslist|beslissen|besliste|beslisten) (?:\\S+ ){0,3}?over\\b|(?:heeft|hebben|had|hadden|krijgt|krijgen|kreeg|kregen) (?:\\S+ ){0,3}?het (?:laatste|beslissende) woord|\\d+ ?(?:%|procent) (?:\\S+ ){0,3}?(?:stemde|stemden|koos|kozen) (?:voor|tegen)\\b|(?=(?:kiest|kiezen|beslist|beslissen|bepaalt|bepalen) zelf )(?<!(?:college|gemeente|we|wij|raad|wethouder) (?:\\S+ ){0,6})(?:kiest|kiezen|beslist|beslissen|bepaalt|bepalen) zelf (?:welke|wat|wie|hoe|waar\\w*|over)\\b)`,
    ),
    cues: /\b(?:beslissen zelf|zelf beslissen|gestemd|stemming|bindend|burgerberaad|burgerbegroting)\b/g,
  },
  {
    level: 'zelfbeheer',
    named: /\bzelfbeheer\b/,
    described: new Alternation(
      `\\b(?:(?:onderhouden|onderhoudt|onderhielden|beheren|beheert|beheerden|voeren|voert|voerden) (?:\\S+ ){0,10}?zelf\\b(?! (?:een )?(?:deel|aantal|enkele|sommige|paar)\\b)|(?=(?:regel|run|exploite)\\w* )(?<!(?:gemeente|we|wij|college) (?:\\S+ ){0,3})(?:regelt|regelen|regelde|regelden|runt|runnen|runde|runden|exploiteert|exploiteren|exploiteerde) (?!(?:\\S+ ){0,3}?(?:de gemeente|we|wij|het college)\\b)(?:\\S+ ){0,10}?zelf\\b|zelf (?:beheerd|gerund|geëxploiteerd|onderhouden)\\b|(?=(?:doen|doet|deden|bepaalt|bepalen) )(?<!(?:gemeente|we|wij|college) (?:\\S+ ){0,3})(?:doen|doet|deden|bepaalt|bepalen) (?:\\S+ ){0,2}?zelf (?:het|de) (?:\\S+ )?(?:onderhoud|beheer|exploitatie|programmering|verhuur)\\b|(?:nemen|namen|neemt|nam) (?:\\S+ ){0,6}?het (?:dagelijks )?(?:beheer|onderhoud) (?:\\S+ ){0,10}?over\\b|(?:draagt|dragen|droeg|droegen) (?:\\S+ ){0,4}?het (?:beheer|onderhoud|exploitatie)\\w* (?:\\S+ ){0,10}?over aan (?:de |het )?(?:\\S+ )?(?:stichting|vereniging|${PEOPLE})|het beheer (?:\\S+ ){0,5}?overgenomen|${SUBJECT} (?:(?:\\S+ ){0,1}?(?:beheren|beheert|beheerden|onderhouden|onderhoudt) (?:de|het|hun|een) |(?:\\S+ ){0,8}?(?:houden|houdt|hielden) (?:hem|het|ze|de|die|deze|haar) (?:\\S+ ){0,3}?bij\\b)|zelf (?:(?:aanleggen|bouwen|opzetten) en )?(?:beheren|uitvoeren|onderhouden)|(?<!(?:gemeente|we|wij|college) (?:\\S+ ){0,3})zelf (?:beheert|onderhoudt|exploiteert|runt)\\b|(?:aanleg|onderhoud|beheer|exploitatie|uitvoering|programmering)\\w* (?:\\S+ ){0,5}?(?:doen|doet|deden|regelen|regelt) (?!(?:\\S+ ){0,6}?(?:de gemeente|we|wij|het college)\\b)(?:\\S+ ){0,6}?zelf\\b|(?=(?:neemt|nemen|nam|namen) )(?<!(?:gemeente|we|wij|college) (?:\\S+ ){0,3})(?:neemt|nemen|nam|namen) (?!(?:\\S+ ){0,3}?(?:de gemeente|we|wij|het college)\\b)(?:\\S+ ){0,18}?zelf in (?:eigen )?handen|(?:wordt|worden) (?:\\S+ ){0,4}?door (?:\\S+ ){0,4}?${PEOPLE} (?:\\S+ )?(?:onderhouden|beheerd)|zelf (?:\\S+ ){0,8}?(?:voert|voeren|voerden|voerde) (?:\\S+ ){0,3}?uit\\b|(?:beheer|onderhoud|uitvoering) (?:\\S+ ){0,6}?(?:ligt|lag|komt|kwam) (?:\\S+ ){0,3}?bij (?:de |het )?(?:stichting|vereniging|${PEOPLE})|(?:beheer|onderhoud)\\w* (?:\\S+ ){0,12}?(?:aan (?:de |het )?(?:\\S+ )?(?:stichting|vereniging|${PEOPLE}) (?:\\S+ ){0,2}?(?:overgedragen|overdragen|over te dragen)|(?:overgedragen|overdragen|over te dragen) aan (?:de |het )?(?:\\S+ )?(?:stichting|vereniging|${PEOPLE}))|het (?:dagelijks )?(?:beheer|onderhoud) (?:\\S+ ){0,6}?over te nemen|(?:beheer|onderhoud)\\w* (?:\\S+ ){0,8}?(?:gaat|ging|gaan|gingen) (?:\\S+ ){0,2}?over (?:naar|aan) (?:de |het )?(?:\\S+ )?(?:stichting|vereniging|${PEOPLE})|(?:beheert|beheren|beheerde|beheerden|onderhoudt|onderhouden) (?:de |het )?(?:\\S+ )?(?:stichting|vereniging|${PEOPLE}) (?:de|het|hun|een|zijn|haar) |(?=(?:doen|doet|deden|organiseert|organiseren|organiseerde|organiseerden) )(?<!(?:gemeente|we|wij|college) (?:\\S+ ){0,3})(?:doen|doet|deden|organiseert|organiseren|organiseerde|organiseerden) (?!(?:\\S+ ){0,3}?(?:de gemeente|we|wij|het college)\\b)(?:\\S+ ){0,8}?(?:voortaan |nu |vanaf dan )?zelf\\b(?! (?:een )?(?:deel|aantal|enkele|sommige|paar)\\b))`,
    ),
    // The uitdaagrecht named is a right people may use, turned down or written into a verordening; not the rung by itself.
    // People who used it ("een beroep op het uitdaagrecht", "via het uitdaagrecht") take a task over, unless the request is turned down (see classify.ts).
    cues: /\b(?:zelf beheren|beheren zelf|bewonersinitiatief|zelf uitvoeren|(?:gebruik\w* van|op grond van|beroep (?:\S+ )?op|via|met een beroep op) het uitdaagrecht)\b/g,
  },
];

/**
 * People gave their opinion or reacted to a draft: "er kwamen 46 reacties", "de bewoners vonden
 * de containers te ver weg", "twee buren hadden bezwaar". That is being consulted (raadplegen)
 * unless the way they took part leaves the rung open. Wishes and questions alone do not tell the
 * rung: people ask for things at an advisory council and in a design team too.
 */
export const VOICED = new RegExp(
  `\\b(?:(?:vonden|vond) (?:\\S+ ){0,2}?${SUBJECT} |${SUBJECT} (?:\\S+ ){0,6}?(?:vonden|vinden|vond|vindt|hadden (?:\\S+ )?(?:bezwaar|bezwaren)|waren (?:\\S+ )?(?:tegen|voor|kritisch)|(?:gaven|gaf) aan dat|zeiden dat|lieten weten dat|(?:lieten|liet) zien (?:waar|wat|hoe|welke|dat)|wezen (?:\\S+ ){0,2}?(?:op|aan)|uitten)|(?:reacties|inspraakreacties|opmerkingen|zienswijzen|meningen|mening)(?! (?:geven|gaven|insturen|indienen|sturen)))\\b`,
);

/**
 * People chose ("de bewoners kozen voor een plateau") and the next sentence carries it out ("Dat
 * plateau leggen we in de herfst aan"): the gemeente adopts their choice, which is meebeslissen.
 */
export const CHOSE = new RegExp(`\\b${SUBJECT} (?:\\S+ ){0,3}?(?:kozen|koos|kiezen|kiest|hebben gekozen|heeft gekozen) (?:\\S+ ){0,2}?voor\\b`);
export const ADOPTED_NEXT = /\b(?:daar|daarheen|erheen)\b[^.;]*\b(?:naartoe|verhuist|verhuizen|komt|komen|gaat|gaan)\b|^(?:dat|dit|die|deze|hun|de gekozen|die keuze|deze keuze|hun keuze|de keuze)\b[^.;]*\b(?:leggen|voeren|bouwen|maken|plaatsen|komt|komen|wordt|worden|gaat|gaan|nemen|neemt|uitgevoerd|aangelegd)\b/;

/**
 * Ways of taking part that fit several rungs (PARTICIPATION.md §1): a sounding board, a working
 * group, thinking along, a council that may advise. What people said there does not tell the rung.
 */
export const OPEN_RUNG = /\b(?:(?:\w*tafel|keukentafel|rondetafel)?gesprek(?:ken)? gevoerd|gepraat|praatten|(?:met (?:\S+ ){1,8}?gesproken|gesproken met|spraken (?:we |wij )?met)|klankbordgroep\w*|werkgroep\w*|kerngroep\w*|meedenkgroep\w*|werksessie\w*|meedenk\w*|meegedacht|dachten (?:\S+ )?mee|denk mee|denktank|platform|panel|(?!gemeente|bestuurs)\w+raad|(?!gemeente)\w+raden|adviesraad|raden)\b/;

/** People are asked to take part still: an invitation to think or talk along is no rung of its own. */
export const INVITED = /\b(?:mee te (?:denken|praten|doen|lezen)|uitgenodigd om|uitnodiging om|uitnodiging voor (?:een |de |het )?(?:\S+ )?(?:bijeenkomst|avond|sessie|gesprek|werksessie|inloop\w*))\b/;

// --- Geen participatie ------------------------------------------------------------------------

/** Phrases that say "no participation". Matched on normalised text with spaces around it. */
export const NONE = new RegExp(
  String.raw`(?:^|[\s(])(?:` +
    [
      String.raw`geen participatie|niet van toepassing|n\.\s?v\.\s?t\.?|nvt|^ ?niet aan de orde|geen inspraak|niet geparticipeerd|participatie is niet (?:nodig|mogelijk|zinvol|aan de orde)|er is geen participatie|heeft geen participatie|(?:afgezien|zien af|zagen af) van (?:\S+ )?(?:participatie|inspraak)|(?:van )?participatie (?:is |was )?geen sprake|geen sprake (?:\S+ )?van (?:\S+ )?(?:participatie|inspraak)|(?:participatie|inspraak) (?:\S+ ){0,4}?achterwege (?:gelaten|gebleven)|participatie blijft achterwege|geen (?:\S+ )?(?:participatie|inspraak)(?:traject|proces|procedure|ronde|moment)?|(?:\w*participatie|inspraak)(?:traject|proces|procedure)?:? (?:is |was |wordt |werd )?(?:\S+ ){0,10}?niet (?:nodig|mogelijk|zinvol|aan de orde|gewenst|wenselijk|passend|opportuun|van toepassing)|^ ?(?:neen?|geen|niet(?: gedaan| gebeurd| nodig)?)[.,:;]|(?:participatie|inspraak|betrokken|geparticipeerd|participeren|geraadpleegd|geconsulteerd|meegedacht|meegepraat|meegedaan|meebeslist)\w*(?: (?!verplicht|vereist|wettelijk)\S+){0,3}?[?:] ?(?:neen?|geen|niet(?! alleen| van toepassing))\b|(?:niet|geen) (?:\S+ ){0,2}?(?:participatie|inspraak)(?:traject)? (?:\S+ )?(?:georganiseerd|gedaan|gehouden|opgezet|nodig|toegepast)|(?:participatie|inspraak) (?:[^ ,;:.]+ ){0,6}?(?:heeft|is|werd) (?:\S+ ){0,2}?niet (?:plaatsgevonden|plaats gevonden|gedaan|georganiseerd|toegepast|gehouden|gestart|begonnen)|(?:geen|niet|zonder) (?!alleen\b)(?:\S+ ){0,2}?(?:inwoners|bewoners|burgers|belanghebbenden|omwonenden|partijen|mensen|ondernemers) (?:\S+ ){0,4}?(?:betrokken|te betrekken|betrekken)|niemand (?:\S+ ){0,3}?(?:betrokken|gevraagd|geraadpleegd)|(?:zijn|is|werden|worden) (?:\S+ ){0,3}?niet (?:bij |hierbij |daarbij )?betrokken|\ber (?:zijn|is|werden|werd) geen (?:\S+ ){1,2}?betrokken|(?:voor|tot) (?:\S+ )?(?:\w*participatie|inspraak) (?:was|is|bleef) (?:er )?geen (?:tijd|gelegenheid|ruimte|mogelijkheid)|(?:vindt|vond|vinden|vonden) (?:\S+ )?geen (?:\S+ )?\w*(?:participatie|inspraak) plaats|geen \w+(?:participatie|inspraak)(?:traject|proces)?|niet (?:\S+ ){0,2}?geparticipeerd|niet (?:\S+ ){0,2}?voor (?:inspraak|participatie) (?:vrijgegeven|opengesteld)|(?:participatie|inspraak) (?:\S+ ){0,5}?uitgesloten|geen (?:tijd|gelegenheid|mogelijkheid|ruimte) (?:\S+ ){0,2}?(?:voor|om) (?:\S+ ){0,5}?(?:\w*participatie|inspraak|te participeren|te betrekken|te raadplegen|te consulteren|mee te (?:denken|praten|doen|beslissen))|^ ?(?:nu )?nog (?:niet|geen)(?= ?[.,:;])|(?:participatie|inspraak) (?:\S+ ){0,2}?(?:volgt|start|begint|komt) (?:\S+ ){0,2}?(?:na (?:de )?vaststelling|in een latere fase|later)\b|(?:participatie|inspraak|betrokken)\w*(?: \S+){0,3}?\? ?niet`,
      // The people as the object of a denied verb of involving: "heeft de buren niet betrokken", "zijn geen
      // omwonenden geraadpleegd", "is niet voorgelegd aan inwoners". Not "niet alleen bewoners zijn betrokken",
      // nor a "niet" that belongs to another verb ("die niet konden komen, zijn gesproken").
      String.raw`(?:niet|geen) (?:(?!(?:alleen|enkel|meer|langer|eerder|die|dat|wie|wel|kon|konden|kunnen|waren|was|wilden|kwamen|zijn|is|hebben|heeft)\b)[^ ,;:.?]+ ){0,3}?(?:(?:kunnen|konden|mogen|mochten) )?(?:betrokken|betrekken|geraadpleegd|raadplegen|geconsulteerd|consulteren|meegedacht|meegepraat|meepraten|meedenken|gevraagd (?:om )?(?:mee te (?:denken|praten|doen)|te reageren|hun mening|advies)|voorgelegd aan(?! (?:de (?:gemeente)?raad|het college|de commissie)\b))`,
      // Talks denied with the people: "Met de inwoners is niet gesproken", "geen overleg gevoerd met inwoners".
      String.raw`met (?:de |het )?(?:\S+ ){0,4}?(?:is|zijn|werd|wordt|hebben|heeft) (?:er |we |wij )?niet (?:\S+ )?(?:gesproken|overlegd)|(?:niet|geen) (?:\S+ ){0,2}?(?:gesproken|overlegd|overleg gevoerd|gesprek(?:ken)? gevoerd) met|niet met (?:\S+ ){1,4}?(?:gesproken|overlegd|gepraat)`,
      // Taking part put in another phase: "Participatie vindt plaats in een latere fase", "heeft in een eerdere fase plaatsgevonden".
      String.raw`(?:participatie|inspraak)\w* (?:\S+ ){0,3}?(?:vindt|vond|heeft|volgt|komt|is|was) (?:\S+ ){0,3}?(?:in|bij) (?:een|de) (?:latere|volgende|eerdere|vorige) (?:fase|fasen|fases|stap|stappen)`,
      // "Participatie past hier niet", "Inspraak past niet bij een benoeming".
      String.raw`(?:participatie|inspraak)\w* (?:\S+ ){0,3}?past (?:\S+ ){0,3}?niet`,
      // "Wij hebben hier bewust van participatie afgezien": the verb after it.
      String.raw`van (?:\S+ )?(?:participatie|inspraak)\w* (?:\S+ ){0,2}?afgezien`,
      // "bij een voorstel zonder participatie"; "niet zonder participatie" says the opposite.
      String.raw`(?<!niet )zonder (?:\S+ )?(?:participatie|inspraak)`,
      // "Een belastingverordening staat niet open voor inspraak", "Dit onderwerp leent zich niet voor participatie".
      String.raw`niet (?:\S+ ){0,2}?open voor (?:\S+ )?(?:inspraak|participatie)|leent zich (?:\S+ )?niet (?:goed )?voor (?:\S+ )?(?:participatie|inspraak)`,
      // The verb first and the "niet" after the people: "Wij betrekken inwoners hier niet bij", "We raadplegen de buurt niet".
      String.raw`(?:we|wij|het college|de gemeente) (?:betrekken|betrekt|raadplegen|raadpleegt|consulteren|consulteert) (?:\S+ ){1,4}?niet(?! alleen)`,
      // "Inwoners hadden geen inbreng", "Er is geen enquête of bijeenkomst georganiseerd".
      String.raw`(?:hadden|hebben|had|heeft|kregen|krijgen) (?:hier |daarbij |daarin )?geen (?:\S+ )?(?:inbreng|inspraak)|geen (?:\S+ ){0,3}?(?:enquête|bijeenkomst(?:en)?|avond(?:en)?|gesprekken|inloop\w*) (?:\S+ ){0,3}?(?:georganiseerd|gehouden)`,
    ].join('|') +
    String.raw`)(?=[\s.,;:)!]|$)|^\s*(?:geen|nee|-)\s*\.?\s*$`,
);
export const NOT_APPLICABLE = /niet van toepassing|n\.\s?v\.\s?t|nvt|niet aan de orde/;
export const REASON =
  /\b(?:omdat|want|vanwege|daardoor|doordat|reden|wettelijk\w*|de wet|\w*wet|awb|verplicht\w*|geen (?:beleids)?ruimte|\w*ruimte|uitvoering\w*|bestaand beleid|vastgesteld beleid|eerder|al participatie|spoed\w*|crisis|technisch\w*|ondergeschikt\w*|begroting\w*|belasting\w*|eerst\b|daarna volgt|tarie(?:f|ven)|latere fase|volgt later|gaat om|betreft|alleen|intern\w*|jaarrekening|actualisatie|indexering|jaarlijks\w*|verlenging|herhaling|reorganisatie|hoeft|het rijk|de provincie|landelijk\w*|europe\w*|niets te kiezen|geen keuze|kaders|aangezien|immers|gezien|uitsluitend|rechter|uitspraak|al (?:\S+ ){0,3}?(?:genomen|besloten|vastgesteld)|ivm|i\.v\.m|in verband met|wegens|gelet op|op grond van|krachtens|\w*verordening|vertrouwelijk\w*|geheim\w*|geen tijd|tijdsdruk|(?:volgt|start|begint|komt) (?:\S+ ){0,2}?(?:na|later|zodra))\b/;
/**
 * The reason said to be missing ("een toelichting daarop ontbreekt", "een reden is niet vastgelegd"), or the
 * "no" admitted as a miss ("dat had achteraf wel gemoeten"): neither tells why there was no participation.
 */
export const REASON_MISSING =
  /\b(?:toelichting|reden|motivering|onderbouwing|uitleg)(?: \S+){0,3}? (?:ontbreekt|ontbrak|onbekend|(?:is|was|werd|wordt|zijn|werden) (?:\S+ )?niet (?:\S+ )?(?:gegeven|vastgelegd|bekend|vermeld|aangegeven|genoemd|toegelicht|gemotiveerd|opgeschreven))\b|\bgeen (?:reden|toelichting|motivering|onderbouwing|uitleg) (?:\S+ ){0,2}?(?:gegeven|genoemd|vermeld|aangegeven|bekend|opgeschreven)\b|\b(?:een |de )?reden (?:daarvoor |hiervoor |ervoor )?(?:is|was) er niet\b|\bzonder (?:opgave van )?(?:een |enige )?reden\b|\ber niet van gekomen\b|\b(?:had|hadden|hebben|heeft) (?:\S+ ){0,3}?(?:wel )?(?:gemoeten|gedaan moeten (?:worden)?)\b|\bleerpunt\b/;

// --- Gepland of gedaan ------------------------------------------------------------------------

/** A sentence about something that already happened. */
export const PAST =
  /\b(?:hebben|heeft|hadden|had|zijn|is|waren|was|werden|werd) (?:\S+ ){0,8}?(?:\S*ge\S+(?:d|t|en)|betrokken|besproken|ontvangen|opgehaald|verstuurd|bezocht|benaderd|uitgenodigd)\b|\b(?:hielden|hield|organiseerden|organiseerde|spraken|sprak|kregen|kreeg|deden|deed|kwamen|kwam|vroegen|vroeg|gaven|gaf|stuurden|stuurde|bezochten|konden|kon|mochten|lieten|vonden|vond|dachten|kozen|bedachten|maakten|waren|was)\b/;
/** A sentence about something still to come. */
export const FUTURE =
  /\b(?:gaan|gaat|zullen|zal|komende|binnenkort|straks|nog (?:te )?(?:houden|organiseren)|(?:houden|organiseren|betrekken|vragen|starten|nodigen|beginnen|stellen|zetten|richten) (?:we|wij)|(?:we|wij) (?:houden|organiseren|betrekken|vragen|starten|nodigen|beginnen)|(?:start|starten|begint|beginnen|volgt|volgen) (?:\S+ ){0,3}?(?:een|de|het|twee|drie|vier|\d+) |vindt (?:\S+ ){0,6}?plaats|vinden (?:\S+ ){0,6}?plaats|(?:wordt|worden) (?:\S+ ){0,6}?(?:uitgenodigd|gevraagd|betrokken|georganiseerd|gehouden|benaderd|geraadpleegd))\b/;

// --- Labels in the text ------------------------------------------------------------------------

export type LabelKey = 'wie' | 'watGedaan' | 'wanneer' | 'niveau' | 'waarom' | 'watMetInbreng' | 'terugkoppeling' | 'reden';

/**
 * Sub-headings, "Label:" lines and first table cells that say what follows: many municipalities
 * write the section as a form. Order matters: "Wat met de inbreng" before "Wat".
 */
export const SECTION_LABELS: readonly { key: LabelKey; re: RegExp }[] = [
  { key: 'terugkoppeling', re: /^(?:terugkoppeling|terugmelding|terugkoppelen|informeren (?:van )?(?:de )?deelnemers|hoe horen (?:de )?deelnemers \S+)$/ },
  {
    key: 'watMetInbreng',
    re: /^(?:wat (?:hebben we |is er |doen we |gebeurt er |gebeurde er )?(?:gedaan )?met (?:de |hun |deze )?(?:inbreng|reacties|resultaten|opbrengst|uitkomsten|adviezen?)|wat (?:doen we|deden we|gebeurt|gebeurde|is er gedaan|hebben we gedaan|is) (?:er)?mee(?: gedaan)?\??|verwerking(?: van de inbreng)?|wat gedaan|gevolgen voor het (?:plan|ontwerp|voorstel)|resultaat(?: en verwerking)?)$/,
  },
  { key: 'reden', re: /^(?:reden(?: geen participatie)?|waarom geen participatie|waarom niet\??)$/ },
  // "Waarom adviseren", "Waarom deze trede": any short why-line that is no "waarom niet" (read above as reden).
  { key: 'waarom', re: /^(?:waarom(?: \S+){0,3}|motivatie|onderbouwing(?: \S+){0,2})$/ },
  { key: 'wie', re: /^(?:wie|betrokkenen|doelgroep(?:en)?|betrokken partijen|wie (?:is|zijn) betrokken|deelnemers)$/ },
  // "Rol van bewoners", "Invloed": the part people play names the rung.
  { key: 'niveau', re: /^(?:niveau|trede|participatieniveau|(?:participatie)?ladder|participatietrap|niveau (?:op de )?(?:participatie)?ladder|(?:niveau|mate|vorm|trede) van (?:de )?(?:participatie|invloed)|(?:mate van )?invloed|rol(?: van (?:de |het )?\S+)?)$/ },
  // "Planning participatie", "Periode van de participatie": when the taking part is planned.
  { key: 'wanneer', re: /^(?:wanneer|planning|periode|datum|data|tijdpad)(?: (?:van (?:de )?)?(?:participatie|inspraak|activiteiten))?$/ },
  { key: 'watGedaan', re: /^(?:wat|aanpak|hoe|vorm|werkwijze|methode|methoden|wat hebben we gedaan|hoe en wanneer|aanpak participatie|participatievorm)$/ },
];

/**
 * Sections written as questions and answers: "Hoe is teruggekoppeld? Per brief in juni." The
 * question says what its answer is about. Order matters, as for the labels.
 */
const QUESTION_LABELS: readonly { key: LabelKey; re: RegExp }[] = [
  {
    key: 'terugkoppeling',
    // "Hoe horen ze dat?", "Hoe weten de deelnemers wat er met hun inbreng gebeurt?": how people hear back.
    // "Weten de buren wat er met hun reactie is gedaan?", "Hoe koppelen we terug": whether and how people hear back.
    re: /\b(?:teruggekoppeld|terugkoppeling|terug ?gekoppeld|terugkoppelen|(?:deelnemers|betrokkenen|inwoners|bewoners) (?:\S+ ){0,2}?(?:geïnformeerd|op de hoogte gebracht|gehoord))\b|^hoe (?:horen|hoorden|hoort|weten|wisten|weet) (?:\S+ ){1,3}?(?:dat|dit|het|daarvan|hiervan|wat|welke|of)\b|^(?:weten|wisten|horen|hoorden|krijgen|kregen) (?:\S+ ){1,4}?(?:wat|welke|of|hoe|waarom)\b|^(?:weten|wisten|horen|hoorden) (?:\S+ ){1,3}?(?:dat|dit|het|ervan|daarvan|hiervan)$|\bkoppel\w* (?:\S+ ){0,3}?terug\b|^hoe (?:informeren|berichten|bereiken|laten) (?:we|wij|de gemeente|het college) (?:\S+ ){0,2}?(?:deelnemers|insprekers|indieners|betrokkenen|reageerders)\b/,
  },
  { key: 'watMetInbreng', re: /\bwat (?:is|wordt|werd) (?:er )?(?:met|mee)\b|\bwat (?:hebben|doen|deden) (?:we|wij|de gemeente|het college) (?:er)?(?:mee|met)\b|\bwat (?:gebeurt|gebeurde) (?:er )?(?:met|mee)\b|\bwat is (?:er )?(?:ermee|daarmee|hiermee) gedaan\b/ },
  { key: 'reden', re: /^waarom (?:niet|geen)\b/ },
  { key: 'waarom', re: /^waarom\b/ },
  { key: 'niveau', re: /\b(?:trede|niveau|ladder|participatieladder)\b|^(?:welke|hoeveel) (?:\S+ )?(?:invloed|rol|zeggenschap)\b/ },
  { key: 'wie', re: /^wie\b|\bwelke (?:partijen|doelgroepen|inwoners|organisaties)\b/ },
  { key: 'wanneer', re: /^wanneer\b|\bin welke periode\b/ },
  { key: 'watGedaan', re: /^(?:hoe|welke participatie|welke activiteiten|welke vorm|op welke (?:manier|wijze)|wat is er gedaan)\b/ },
];

/** A line that asks, also where the question mark was left out: "Wat hebben we ermee gedaan". */
export const QUESTION_START = /^(?:wat|hoe|wie|wanneer|waarom|welke|is|zijn|wordt|worden|werd|werden|heeft|hebben|op welke)\b/;

export function questionLabel(question: string): LabelKey | undefined {
  const q = question.trim();
  return QUESTION_LABELS.find((l) => l.re.test(q))?.key;
}

export function labelOf(text: string): LabelKey | undefined {
  // "#4.3 Waarom deze trede", "3 Terugkoppeling": a numbered sub-heading labels like one without its number.
  const t = text.trim().replace(/[:.]$/, '').trim().replace(/^\d+(?:\.\d+)*\.?\s+(?=[a-z])/, '');
  return SECTION_LABELS.find((l) => l.re.test(t))?.key;
}

/** Content under a label that says nothing happened: "geen", "n.v.t.", "nog niet". */
export const EMPTY_CONTENT = /^\s*(?:geen\b|n\.?\s?v\.?\s?t|nvt\b|niet van toepassing|nee\b|nog niet|nog geen|onbekend|zie\b|p\.?m\.?(?:\s|$)|[-–—]+\s*$)/;

// --- Niveau: why this rung ------------------------------------------------------------------

/**
 * A sentence that sets how much say people get, in the words of the decision about it: "meer
 * overleg was niet nodig", "inbreng was niet mogelijk", "meepraten had geen zin", "de gemeente liet de
 * keuze aan de buurt over", "we geven hun de beslissing", "zij moeten hierover beslissen", "we
 * betrekken hen op deze manier". A because, "daarom" or colon on such a sentence is the reason for the rung.
 */
const SAY = new RegExp(
  `\\b(?:(?:meer|verdere|extra|verdergaande) (?:\\S+ )?(?:betrokkenheid|overleg|participatie|inspraak|invloed|inbreng|zeggenschap|ruimte) (?:\\S+ ){0,4}?(?:niet|geen) (?:nodig|mogelijk|zinvol|nuttig|wenselijk)|(?:inbreng|inspraak|invloed|meepraten|meedenken|meebeslissen|participatie|overleg|raadplegen|adviseren|coproduceren|zelfbeheer) (?:\\S+ ){0,3}?(?:(?:was|is|had|heeft|waren) (?:\\S+ )?(?:niet (?:mogelijk|nodig|zinvol)|geen zin)|(?:kan|kon|konden|kunnen) (?:hier |daar |er )?niet\\b)|(?:laten|liet|lieten|laat|overlaten|overgelaten) (?:\\S+ ){0,6}?de (?:keuze|beslissing)|de (?:keuze|beslissing) (?:\\S+ ){0,5}?aan (?:\\S+ ){1,3}?over\\b|(?:geven|gaven|geeft|gaf) (?:\\S+ ){0,3}?de (?:beslissing|keuze)|${SUBJECT} (?:\\S+ ){0,3}?(?:moeten|mogen|moet|mag) (?:\\S+ ){0,2}?(?:zelf )?(?:beslissen|kiezen|bepalen|meebeslissen)|op (?:deze|die|zo'n) (?:manier|wijze)|(?:houden|houdt|hielden|hield|hebben|heeft|krijgen|krijgt|kregen|ligt|lag) (?:\\S+ ){0,3}?de regie)\\b`,
);

/** Words that show a sentence is about how much influence people had. */
export const LEVEL_TALK = new RegExp(
  `${/\b(?:niveau|trede|(?:participatie)?ladder|participatietrap|invloed|inspraak|(?:weegt|wegen|woog|wogen) (?:\S+ ){0,2}?(?:zwaar|zwaarder|mee)|meer (?:\S+ )?(?:was|is|zat|zit) (?:er )?niet (?:in|mogelijk)|(?:de )?keuze (?:\S+ ){0,2}?bij (?:hen|hun|de|het)|(?:laten|lieten|liet) (?:\S+ ){0,3}?(?:zelf )?(?:kiezen|beslissen|bepalen)|\w+ruimte|ruimte (?:voor|om) (?:\S+ ){0,8}?(?:inbreng|inspraak|invloed|keuzes?|participatie|mee te|(?:te )?(?:laten )?(?:kiezen|beslissen|meebeslissen|meepraten|meedenken))|kaders?|vast(?:gelegd|ligt|lag|gesteld)|ligt (?:\S+ )?vast|lag (?:\S+ )?vast|geen keuze|niets te kiezen|deze vorm|deze aanpak|voor deze|(?:kozen|kiezen|gekozen) (?:we |wij )?voor (?:(?:deze|dit|die|een|het|de|bewust) )?(?:\S+ )?(?:vorm|aanpak|werkwijze|niveau|trede|informeren|raadplegen|raadpleging|advies\w*|adviseren|coproduceren|coproductie|cocreatie|meebeslissen|zelfbeheer|participatie\w*|manier|opzet)|meebeslissen|adviseren|raadplegen|coproduceren|coproductie|cocreatie|co-creatie|zelfbeheer|zwaar (?:\S+ )?(?:weegt|wegen|woog|meeweegt|meetelt|telt)|(?:de )?keuzes? (?:\S+ ){0,2}?zelf (?:maken|laten|doen)|zelf (?:de )?keuzes? (?:maken|laten)|(?:deze|die|zo'n|een eigen) (?:rol|taak|verantwoordelijkheid))\b/.source}|${SAY.source}`,
);

/**
 * A reason for the rung without a "because": the choice was not the gemeente's to give away ("het
 * beleid ligt grotendeels vast in de landelijke regels", "een provinciaal project waarin de gemeente
 * weinig te zeggen heeft"), or what the gemeente wanted to learn ("we wilden eerst weten hoe …").
 * Read only in the sentence that gives the rung or the one after it.
 */
export const REASON_PLAIN =
  /\b(?:(?:ligt|liggen|lag|lagen) (?:\S+ ){0,2}?vast|(?<!samen |gezamenlijk |met elkaar )vastgelegd|(?:staat|staan|stond|stonden) (?:al )?vast|(?:weinig|geen|nauwelijks) (?:\S+ )?(?:te zeggen|te kiezen|ruimte|keuzes?|invloed|zeggenschap)|niets (?:meer )?te (?:kiezen|zeggen|beslissen)|(?:wettelijk|landelijk|in de wet|bij wet|door het rijk) (?:\S+ )?(?:geregeld|bepaald|vastgelegd|voorgeschreven)|(?:wettelijk )?(?:adviesrecht|instemmingsrecht)|(?:gaat|ging) (?:het )?om (?:de )?uitvoering|betreft (?:de )?uitvoering|(?:landelijke|wettelijke|provinciale|europese) (?:regels|regeling|wet\w*|eisen|kaders)|rijksregeling|(?:provinciaal|landelijk|regionaal) project|(?:wilde|wilden|willen|wil) (?:eerst |vooral )?(?:weten|horen|ophalen|peilen)|volgt (?:\S+ ){0,2}?uit (?:de |het |een )?(?:\S+ )?(?:wet|regel|regels|regeling|besluit|beleid|verordening|richtlijn|plan)\w*|(?:provincie|het rijk|rijksoverheid|de wet|europa|de raad|gemeenteraad|waterschap|rechter) (?:\S+ ){0,3}?(?:bepaalt|bepaalde|bepaald|beslist|besliste|schrijft voor|schreef voor|legt vast|heeft vastgesteld|stelde vast)|(?:al|eerder) (?:\S+ ){0,3}?(?:vastgesteld|besloten|vastgelegd|bepaald)|volgens (?:de |het |onze )?(?:\S+ )?\S*(?:verordening|leidraad|beleid|regels|wet|wijzer|handreiking|richtlijn)\b)\b/;

/** Input arriving: "het advies is op 18 november ontvangen", "de reacties kwamen in mei binnen". */
export const INPUT_ARRIVED =
  /\b(?:advies|adviezen|reacties?|zienswijzen?|inbreng|ideeën|stemmen)\b[^.;]*\b(?:ontvangen|binnengekomen|binnen|uitgebracht|ingediend|opgehaald|kwam|kwamen|verwachten|verwacht)\b|\b(?:gaven|gaf|brachten|bracht|dienden|diende) (?:\S+ ){0,4}?(?:advies|adviezen|reacties?|zienswijzen?|hun mening|hun ideeën)\b|\b(?:advies|adviezen) (?:van|d\.d\.) \d{1,2} |\b(?:plan|voorstel(?:len)?|petitie|ideeën)\b[^.;]*\b(?:aangeboden|overhandigd|aan (?:de |het )?(?:wethouder|burgemeester|college|gemeente) (?:gegeven|gestuurd))\b/;

/** A request turned down: "het college wijst het verzoek af". */
export const TURNED_DOWN = /\b(?:(?:wijst|wijzen|wees|wezen) (?:\S+ ){0,4}?af|afgewezen|gaat (?:\S+ ){0,2}?niet in op|niet gehonoreerd)\b/;

/** Meeting forms that do not say by themselves that people gave input: they point to raadplegen only with input. */
export const EVENING_ONLY = /(?:inloop|bewonersavond|buurtavond)/;

/** The finished work shown ("het ontwerpteam presenteert het ontwerp aan de buurt"): no time of taking part. */
export const SHOWS_RESULT =
  /\b(?:presenteert|presenteren|presenteerde|presenteerden|gepresenteerd|toont|tonen|toonde|toonden)\b(?=.*\b(?:het|de|hun) (?:\S+ )?(?:ontwerp|plan|resultaten|uitkomsten|visie|eindrapport)\b)|\b(?:het|de|hun) (?:\S+ )?(?:ontwerp|plan|resultaten|uitkomsten|visie|eindrapport)\b(?=.*\b(?:presenteert|presenteren|presenteerde|presenteerden|gepresenteerd|toont|tonen|toonde|toonden)\b)/;

/** A because about budget or fit: why one advice is taken over, not why people got this much say. */
export const PRAGMATIC = /\b(?:past|passen|paste|budget|geld|kosten|goedkoper|haalbaar|uitvoerbaar|betaalbaar|technisch)\b/;
