// Dutch labels and sentences for the participatiescan (CLI, progress and the reports). B1, je-vorm.

export const scanStatusLabel = {
  uitgevoerd: 'Participatie gedaan',
  gepland: 'Participatie gepland',
  'geen-met-reden': 'Geen participatie, met reden',
  'geen-zonder-reden': 'Geen participatie, zonder reden',
  leeg: 'Leeg, alleen "niet van toepassing" of niets over de participatie',
  ontbreekt: 'Geen kopje Participatie',
} as const;

export const scanSourceLabel = {
  'add-in': 'Met de add-in',
  hand: 'Met de hand',
  geen: 'Geen tekst',
} as const;

export const scanElementLabel = {
  wie: 'wie er mee deed',
  niveauWaarom: 'niveau en waarom',
  watGedaan: 'wat we deden',
  watMetInbreng: 'wat we met de inbreng deden',
  terugkoppeling: 'terugkoppeling',
} as const;

export const scanNoteText = {
  'several-headings': 'Het document heeft meer dan één kopje Participatie. We hebben het kopje met tekst gelezen.',
  'tracked-changes':
    'In de participatieparagraaf staan wijzigingen die nog niet zijn geaccepteerd. We hebben gelezen alsof alle wijzigingen zijn geaccepteerd.',
  'control-outside-section': 'De paragraaf van de add-in staat niet onder het kopje Participatie.',
  'duplicate-control': 'De paragraaf van de add-in staat meer dan één keer in het document.',
  'answers-missing': 'De paragraaf komt van de add-in, maar de antwoorden ontbreken. We hebben de tekst gelezen.',
  'answers-unreadable': 'De antwoorden van de add-in in dit document zijn beschadigd. We hebben de tekst gelezen.',
  'control-missing': 'De antwoorden van de add-in staan in het document, maar de paragraaf zelf is weg.',
  'hand-edited': 'Iemand heeft de tekst van de add-in met de hand aangepast.',
  'no-date': 'We vonden geen datum in het document.',
  'date-from-properties': 'We vonden geen datum in de tekst en namen de datum waarop het bestand is gemaakt.',
  'section-long': 'De tekst onder het kopje Participatie is erg lang. We hebben alleen het begin gelezen. Staat er meer dan de participatie? Zet dan een nieuw kopje boven de rest.',
} as const;

export const scanFollowUpText = {
  ontbreekt: 'Voeg het kopje Participatie toe en beschrijf wat er met inwoners is gedaan, of waarom niet.',
  leeg: 'Schrijf onder Participatie wat er is gedaan. Staat dat in een bijlage? Vat het dan kort samen. Was er geen participatie? Leg dan uit waarom.',
  'geen-zonder-reden': 'Leg uit waarom er geen participatie was.',
  terugkoppeling: 'Vertel hoe en wanneer de deelnemers horen wat er met hun inbreng is gedaan.',
  missing: 'Vul aan: {elements}.',
  finding: 'Controle: {message}',
} as const;

/** Level labels when the level is a guess from a hand-written text. */
export function scanLevelText(label: string, basis: 'antwoorden' | 'schatting', confidence?: number): string {
  if (basis === 'antwoorden') return label;
  const pct = confidence === undefined ? '' : `, ${Math.round(confidence * 100)}% zeker`;
  return `${label} (schatting${pct})`;
}

export const scanReportText = {
  title: 'Participatiescan',
  titleYear: 'Participatiescan {year}',
  intro:
    'In dit rapport zie je hoe de participatieparagraaf in de B&W-voorstellen is ingevuld. We hebben {documents} documenten gelezen uit de map {folder}. Het rapport is gemaakt op {date}.',
  guessNote:
    'Let op: is de tekst met de hand geschreven? Dan leest de scan die tekst met vaste regels en daarna met een woordmodel. Hij kan iets missen. "Geen terugkoppeling gevonden" betekent dus: de scan vond er geen woorden voor. Ook het niveau op de participatieladder is dan een schatting, geen feit. Bij elke schatting staat hoe zeker we zijn. Onder "Gevonden woorden" zie je waar de scan op let. Twijfel je? Kijk dan in het document zelf.',
  summary: 'Samenvatting',
  perLevel: 'Per niveau op de participatieladder',
  perAfdeling: 'Per afdeling',
  perPortefeuillehouder: 'Per portefeuillehouder',
  withoutSection: 'Zonder of met lege participatieparagraaf',
  missingFeedback: 'Geen terugkoppeling gevonden',
  followUp: 'Om op te volgen',
  problems: 'Bestanden die we niet konden lezen',
  allDocuments: 'Alle documenten',
  none: 'Geen.',
  colItem: 'Onderdeel',
  colCount: 'Aantal',
  colLevel: 'Niveau',
  colFromAnswers: 'Uit de add-in',
  colGuessed: 'Schatting',
  colTotal: 'Totaal',
  colName: 'Naam',
  colDocuments: 'Documenten',
  colDone: 'Participatie',
  colNone: 'Geen participatie',
  colNoParagraph: 'Zonder of lege paragraaf',
  colNoFeedback: 'Geen terugkoppeling gevonden',
  colDocument: 'Document',
  colSubject: 'Onderwerp',
  colAfdeling: 'Afdeling',
  colPortefeuillehouder: 'Portefeuillehouder',
  colWhat: 'Wat er aan de hand is',
  colTodo: 'Wat je kunt doen',
  colReason: 'Reden',
  colSource: 'Gemaakt',
  colStatus: 'Participatie',
  unknown: 'Onbekend',
  unknownLevel: 'Niveau niet te zien',
  rowFound: 'Word-bestanden gevonden',
  rowRead: 'Documenten gelezen',
  rowProblems: 'Bestanden niet gelezen',
  rowOutsideYear: 'Documenten uit een ander jaar (niet meegeteld)',
  rowWithSection: 'Met kopje Participatie',
  rowWithoutSection: 'Zonder kopje Participatie',
  rowAddIn: 'Paragraaf gemaakt met de add-in',
  rowHand: 'Paragraaf met de hand geschreven',
  rowDone: 'Participatie gedaan of gepland',
  rowNoneWithReason: 'Geen participatie, met reden',
  rowNoneWithoutReason: 'Geen participatie, zonder reden',
  rowEmpty: scanStatusLabel.leeg,
  rowMissingFeedback: 'Geen terugkoppeling gevonden',
  rowFollowUp: 'Documenten om op te volgen',
  madeOn: 'Gemaakt op {date}',
  evidence: 'Gevonden woorden',
  evidenceIntro:
    'Bij tekst die met de hand is geschreven, zoekt de scan naar woorden die bij elk onderdeel horen. Hier zie je welke woorden we vonden. Zo kun je zelf controleren of de telling klopt. Staat er "woordmodel, lees na" achter? Dan vonden onze vaste regels niets. De scan schat het dan uit alle woorden van de tekst. Lees die zin dan zelf na.',
  colWords: 'Gevonden woorden',
} as const;

/** CSV column headers, in order. */
export const scanCsvHeaders = [
  'Bestand',
  'Gelezen',
  'Reden niet gelezen',
  'Onderwerp',
  'Zaaknummer',
  'Voorstelnummer',
  'Afdeling',
  'Portefeuillehouder',
  'Opsteller',
  'Datum',
  'Kopjes Participatie',
  'Gemaakt',
  'Participatie',
  'Niveau',
  'Niveau is',
  'Zekerheid schatting (%)',
  'Wie',
  'Niveau en waarom',
  'Wat gedaan',
  'Wat met inbreng',
  'Terugkoppeling',
  'Ontbreekt',
  'Meldingen',
  'Opmerkingen',
  'Opvolgen',
  'Gevonden woorden',
] as const;

/**
 * The words the scan found per element in a hand-written text: 'terugkoppeling: "kregen een mail met de uitkomsten"'.
 * What only the word model found, not the rules, says so: the reader should check that sentence.
 */
export function scanEvidenceText(label: string, words: string, byModel = false): string {
  return `${label}: "${words}"${byModel ? ' (woordmodel, lees na)' : ''}`;
}

export const scanEvidenceLevelLabel = 'niveau';

/** What the scan found words for in a hand-written text: the required elements plus when and why not. */
export const scanEvidenceLabel = {
  ...scanElementLabel,
  wanneer: 'wanneer',
  reden: 'reden voor geen participatie',
} as const;

/** `npm run scan -- --help`. */
export const scanHelpText = `Participatiescan: leest de B&W-voorstellen in een map en kijkt of de participatieparagraaf goed is ingevuld.

Scannen:
  npm run scan -- <map> [opties]
    --year 2026                  Alleen documenten uit dit jaar.
    --out rapport.docx           Sla het rapport op als .docx, .csv of .json. Zonder --out zie je een samenvatting.
    --raad-report verslag.docx   Maak ook het jaarverslag participatie voor de burgemeester en de raad.
                                 Zonder --year gaat het over dit jaar.
    --register trajecten.json    Neem het participatieregister mee in het jaarverslag (download het in de tab Participatie).
                                 Voorstellen die al in het register staan, tellen we één keer.
    --gemeente Weert             De naam van de gemeente op de titelpagina van het jaarverslag.
    --profile <bestand|url>      Controleer met het gemeenteprofiel uit dit bestand of van dit adres.

Paragraaf in een document zetten:
  npm run scan -- --insert <antwoorden.json> <document.docx> [--force] [--profile <bestand|url>]
    --force                      Vervang ook een paragraaf die met de hand is aangepast.

Exitcode 0: klaar. 1: niet gelukt (bijvoorbeeld een kapot profiel). 2: verkeerd gebruik.`;

export const scanCliText = {
  progress: '{done} van {total} klaar, {skipped} overgeslagen',
  progressLine: '[{done}/{total}, {skipped} overgeslagen] {path}: {state}',
  stateRead: 'gelezen',
  stateSkipped: 'overgeslagen ({reason})',
  finished: 'Klaar. Gelezen: {documents}. Overgeslagen: {skipped}. Het rapport staat in {out}.',
  finishedStdout: 'Klaar. Gelezen: {documents}. Overgeslagen: {skipped}.',
  raadReport: 'Het jaarverslag voor de raad staat in {out}.',
  noFiles: 'We vonden geen Word-bestanden in deze map.',
  inserted: 'De participatieparagraaf staat in {path}.',
  insertedReplaced: 'De participatieparagraaf in {path} is bijgewerkt.',
  yes: 'ja',
  no: 'nee',
  notApplicable: 'n.v.t.',
  basisAnswers: 'uit de add-in',
  basisGuess: 'schatting',
} as const;

/** Fills `{name}` placeholders. */
export function fillScanText(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (values[k] === undefined ? m : String(values[k])));
}
