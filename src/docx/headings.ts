// Which headings open the Participatie section. Municipalities vary the word ("Inspraak",
// "Burgerparticipatie", "Betrokkenheid van inwoners"), number it ("4. Participatie") and combine
// it ("Participatie en communicatie"). A heading counts when it is built only from such terms, so
// headings that use the word in another sense ("Financiële participatie van de gemeente",
// "Participatiewet", "Arbeidsparticipatie") do not.

/** Terms that by themselves name the section. */
const CORE = [
  'participatie',
  'burgerparticipatie',
  'inwonersparticipatie',
  'bewonersparticipatie',
  'publieksparticipatie',
  'participatieparagraaf',
  'participatieproces',
  'participatietraject',
  'participatieaanpak',
  'participatieverslag',
  'inspraak',
  'samenspraak',
  'burgerbetrokkenheid',
  'inwonersbetrokkenheid',
  'bewonersbetrokkenheid',
  'interactieve beleidsvorming',
  'interactief beleid',
  'raadpleging',
  'consultatie',
  'omgevingsdialoog',
  // The taking part itself as the heading: "Meedenken en meedoen", "Meepraten".
  'meedenken',
  'meepraten',
  'meebeslissen',
  // "Zienswijzen" over a section on the terinzagelegging: the formal way people have their say.
  'zienswijzen',
  // A kind of participation named by its adjective: "Wijkgerichte participatie", "Digitale inspraak".
  // Not "Sociale" or "Maatschappelijke participatie": those name people taking part in society.
  '(?:wijkgerichte|gebiedsgerichte|buurtgerichte|digitale|online|vroegtijdige|vroege|brede|aanvullende|lokale) (?:participatie|inspraak)',
  // The gemeente's part in what residents start (the ROB overheidsparticipatietrap): "Overheidsparticipatie".
  'overheidsparticipatie',
  // A group of people joined to the word: "Jongerenparticipatie", "Dorpsparticipatie". Not
  // "Arbeidsparticipatie" or "Sportparticipatie": those name a share of people, not a section.
  // Singular or plural, with or without the linking s: "Cliëntparticipatie", "Inwonerparticipatie".
  '(?:jongeren|kinder|jeugd|ouderen|senioren|dorps|wijk|buurt|straat|cliënten|cliënt|client|huurders?|ondernemers?|omgevings|inwoners?|bewoners?|burgers?|patiënten|patiënt|ouder|leerling|studenten|student|gebruikers?|ervaringsdeskundigen|stakeholders?)participatie',
  // The same with "betrokkenheid": "Inwonerbetrokkenheid", "Omgevingsbetrokkenheid".
  '(?:inwoners?|bewoners?|burgers?|buurt|wijk|dorps|omgevings|cliënten|cliënt|huurders?|ondernemers?|stakeholder)betrokkenheid',
];

/** Who is involved, after "van", "met", "bij" or in brackets: "Participatie (inwoners)". */
const WHO =
  '(?:de |het |een )?(?:initiatiefnemers?|aanvragers?|(?:project)?ontwikkelaars?|inwoners|bewoners|burgers|omwonenden|belanghebbenden|betrokkenen|stakeholders|samenleving|omgeving|buurt|wijk|wijken|kernen|dorpen|dorp|partners|ondernemers|maatschappelijke partners|externe partijen|de stad|jongeren|jeugd|kinderen|ouderen|senioren|gebruikers|huurders|cliënten|deelnemers|agrariërs|verenigingen|scholen|klankbordgroep|werkgroep|wijkraad|wijkraden|dorpsraad|dorpsraden|adviesraad|adviesraden|buurtschappen|buurtschap|dorpsbelangen|bewonersorganisaties|organisaties|eigenaren|ouders|leerlingen|ervaringsdeskundigen|(?!gemeente|bestuurs|ondernemings)[a-zà-ÿ-]+(?:raad|raden|platform|panel))';

/** Phrases that name the section with a verb or a noun and the people. */
const NAMED_WITH_WHO = [
  `betrokkenheid (?:van|bij|met) ${WHO}(?: (?:en|&) ${WHO})?`,
  `(?:het )?betrekken van ${WHO}(?: (?:en|&) ${WHO})?`,
  `betrokken ${WHO}`,
  `inbreng (?:van|uit) ${WHO}`,
  // "Overleg met de omgeving": talks with the people named; "Overleg gevoerd met" lists partners.
  `overleg met ${WHO}(?: (?:en|&) ${WHO})?`,
  `participatie (?:van|met|door) ${WHO}(?: (?:en|&) ${WHO})?`,
  `participatie ${WHO}(?: (?:en|&) ${WHO})?`,
  `(?:betrokkenheid|inspraak|betrekken) ${WHO}(?: (?:en|&) ${WHO})?`,
  `(?:participatie|inspraak|betrokkenheid) (?:in|op) (?:de |het )?(?:wijk|wijken|buurt|dorp|dorpen|kernen|straat|stad)`,
  // "Participatie (inwoners en ondernemers)": the people in brackets, one or more.
  `(?:participatie|inspraak|betrokkenheid) \\(${WHO}(?:(?:, | en | & )${WHO})*\\)`,
  // A question as the heading: "Hoe zijn inwoners betrokken?"
  `hoe (?:zijn|worden|werden|is|wordt|werd) (?:de )?${WHO}(?: (?:en|&) ${WHO})? betrokken\\??`,
  // "Wijze van participatie", "Vorm van inspraak".
  '(?:wijze|vorm|mate|manier) van (?:participatie|inspraak|betrokkenheid|burgerparticipatie)',
];

/** Terms that may stand beside a core term, never alone: "Participatie en communicatie". */
const COMPANION = [
  'communicatie',
  'communicatieparagraaf',
  'communicatieproces',
  'draagvlak',
  'overleg',
  'voorlichting',
  'informatie',
  'informeren',
  'samenwerking',
  'proces',
  'procedure',
  'zienswijzen?',
  'meedoen',
  'inspraakreacties',
  'omgevingsdialoog',
  'omgevingsmanagement',
  'stakeholdermanagement',
  'stakeholders',
  'inbreng',
  'betrokkenheid',
  'externe communicatie',
];

const TERM = `(?:${[...NAMED_WITH_WHO, ...CORE].join('|')})`;
const ANY = `(?:${TERM}|${COMPANION.join('|')})`;
const SEP = '(?: en | & | \\+ |/| / |, | of | - | – )';
/** A core term joined with others: "Participatie en communicatie", "Communicatie, inspraak en draagvlak". */
const HEADING = new RegExp(`^(?:${ANY}${SEP})*${TERM}(?:${SEP}${ANY})*$`);

/**
 * A core term with a few words of topic or method after it ("Participatie wijkagenda",
 * "Toetsing door gebruikers en participatie"), as long as none of the words gives the other sense
 * of the word: money, shares, work, benefits or the law.
 */
const CORE_ALT = `(?:${CORE.join('|')})`;
/**
 * "Participatie wijkagenda", "Participatie ondernemers en marktkooplui": the core term first, one or
 * two topic words after it (no "in", "van") and maybe one more joined by "en".
 */
const CORE_THEN_TOPIC = new RegExp(`^${CORE_ALT}(?: (?!in |bij |van |voor |door |op )[a-z\u00e0-\u00ff-]+){1,2}(?: (?:en|&) [a-z\u00e0-\u00ff-]+)?$`);
/**
 * "Toetsing door gebruikers en participatie": a short phrase, then the core term last. Department
 * names of the same shape ("OCSW - Zorg & Participatie") are kept out by OTHER_SENSE and the dash.
 */
const PHRASE_THEN_CORE = new RegExp(`^(?:[a-zà-ÿ]+ ){1,4}?(?:en|&|\\+|/) ${CORE_ALT}$`);
const OTHER_SENSE =
  /\b(?:financi\S*|deelneming\S*|aandel\S*|kapitaal|fonds\S*|lening\S*|garantie\S*|\S*bedrijf|b\.?v\.?|n\.?v\.?|uitkering\S*|re-?integratie|\S*wet|arbeids\S*|gemeente|gemeentelijke|provincie|rijk|werkgevers?|werk|sport\S*|onderwijs|cultuur\S*|markt|sociale|maatschappelijke|economische|zorg|inkomen|welzijn|schuld\S*|armoede\S*|afdeling|team|cluster|statushouders?|nieuwkomers?|inburger\S*)\b/;

/** The other senses a remark in brackets may give: "Participatie (financieel)", "(Participatiewet)", "(gemeenteraad)". */
const MONEY_WORK_OR_LAW =
  /\b(?:financi\S*|deelneming\S*|aandel\S*|kapitaal|fonds\S*|lening\S*|garantie\S*|\S*bedrijf|b\.?v\.?|n\.?v\.?|uitkering\S*|re-?integratie|\S*wet|arbeids\S*|werkgevers?|werkzoekenden|statushouders?|nieuwkomers?|inburger\S*|gemeente\S*|raad|raadsleden|college|bestuur)\b/;

/** Numbering and labels in front: "4.", "4.1", "IV.", "a)", "§ 3", "Paragraaf 5:". */
const PREFIX = /^(?:§\s*\d+(?:\.\d+)*\.?|(?:hoofdstuk|paragraaf|onderdeel)\s+\d+(?:\.\d+)*\s*[:.-]?|\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-z][.)])\s+/;

export function normaliseHeadingText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u200b\u00a0]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(PREFIX, '')
    .replace(/\s*[:.]\s*$/, '')
    // "Participatie (Omgevingswet)", "Participatie (art. 150 Gemeentewet)", "(conform participatieverordening)": the rule it follows, not another sense.
    .replace(/\s*\((?![^()]*participatiewet)(?:[^()]*\b(?:\S*wet|art\.?|artikel|\S*verordening)\b[^()]*)\)$/, '')
    .replace(/^((?:\S+ )*?\S*participatie) (?:onder de |volgens de )?(?:omgevingswet|gemeentewet)$/, '$1')
    // "Participatie (zie ook bijlage 4)", "Participatie (nog te doen)": a short remark in brackets after the word,
    // unless it gives the other sense ("Participatie (financieel)").
    .replace(/^((?:\S+ )?\S*(?:participatie|inspraak)) \(([^()]{2,60})\)$/, (all: string, head: string, remark: string) => (MONEY_WORK_OR_LAW.test(remark) ? all : head))
    // "Participatie- en communicatieparagraaf": both words share the ending.
    .replace(/^(\S+)- (en|&) (\S+?)(paragraaf|proces|traject|aanpak|plan|participatie|betrokkenheid)$/, '$1$4 $2 $3$4')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a (short) paragraph is a Participatie heading in any of the forms municipalities use.
 * @example isParticipatieHeadingText('4. Participatie en communicatie') //=> true
 * @example isParticipatieHeadingText('Financiële participatie van de gemeente') //=> false
 */
export function isParticipatieHeadingText(text: string): boolean {
  const t = normaliseHeadingText(text).split(' ').map(mistyped).join(' ');
  if (t.length === 0 || t.length > 70) return false;
  if (HEADING.test(t)) return true;
  // "Participatie: hoe zijn inwoners betrokken?": the term, then the question the section answers.
  const colon = /^([^:]+): (.+\?)$/.exec(t);
  if (colon && HEADING.test(colon[1]!) && !OTHER_SENSE.test(colon[2]!)) return true;
  return (CORE_THEN_TOPIC.test(t) || PHRASE_THEN_CORE.test(t)) && !OTHER_SENSE.test(t);
}

const WORD = 'participatie';

/**
 * A word one keystroke away from "participatie" (a letter left out, added, changed or two letters
 * swapped: "particpatie", "partcipatie", "paticipatie") is read as the word. Longer words such as
 * "participatiewet" are more than one keystroke away and keep their own sense.
 */
export function mistyped(token: string): string {
  const [, w = '', mark = ''] = /^(.*?)([:,.?]*)$/.exec(token) ?? [];
  if (w === WORD || Math.abs(w.length - WORD.length) > 1 || !w.startsWith('pa')) return token;
  return oneEditApart(w, WORD) ? WORD + mark : token;
}

function oneEditApart(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One letter changed, or two neighbours swapped.
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}
