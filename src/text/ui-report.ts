// Dutch text of the reports that go to the burgemeester and the raad (B1). The layout words first,
// then the annual participation report ("raadsrapportage").
import { levelText } from './ui-participation.ts';
import { resultaatStatusLabel } from './ui-workgroups.ts';

export const reportLayoutText = {
  page: 'Pagina',
  of: 'van',
  /** The name Word shows for the table text style ("Tabeltekst 10 pt"). */
  tableStyle: 'Tabeltekst',
} as const;

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const raadReportText = {
  title: (year: number) => `Participatie in ${year}`,
  subtitle: 'Jaarverslag van de burgemeester aan de gemeenteraad',
  gemeente: (naam: string) => `Gemeente ${naam}`,
  madeOn: (date: string) => `Gemaakt op ${date}`,
  unknown: 'Onbekend',
  unknownLevel: 'Niveau niet bekend',
  /** The ladder's steps, capitalised for a table. */
  levelLabel: levelText,

  inleiding: 'Inleiding',
  inleidingText: (year: number) =>
    `Dit verslag laat zien hoe de gemeente in ${year} inwoners, ondernemers en organisaties heeft betrokken bij haar plannen en besluiten. ` +
    'Bij elk voorstel aan het college schrijven we in een participatieparagraaf wie er mee mocht doen, op welk niveau en wat we met de inbreng deden. ' +
    'Die gegevens staan in het participatieregister. Zo is te zien wat er is gebeurd en of de deelnemers hebben gehoord wat er met hun inbreng is gedaan.',
  bronnen: 'Waar de cijfers vandaan komen',
  bronRegister: (n: number) => `Het participatieregister: ${plural(n, 'traject', 'trajecten')} in dit jaar.`,
  bronScan: (n: number, source: string, dubbel: number) =>
    `Een controle van de voorstellen in ${source}: ${plural(n, 'voorstel', 'voorstellen')} die niet in het register staan.` +
    (dubbel > 0 ? ` ${plural(dubbel, 'voorstel stond', 'voorstellen stonden')} al in het register; die tellen we één keer.` : ''),
  bronScanUnreadable: (n: number) => `${plural(n, 'bestand', 'bestanden')} konden we niet lezen. Die tellen niet mee.`,
  bronGeenRegister: 'Het participatieregister is niet meegenomen in dit verslag. De cijfers komen alleen uit de controle van de voorstellen.',
  bronGeenScan: 'We hebben geen map met voorstellen gecontroleerd. De cijfers komen alleen uit het register.',
  bronWerkgroep: 'De resultaten en verbeterpunten van de werkgroepen die aan participatie werken.',

  samenvatting: 'Samenvatting',
  sumAll: (n: number) => `In totaal ging het om ${plural(n, 'voorstel', 'voorstellen')}.`,
  sumStatus: (afgerond: number, gepland: number, geen: number, onbekend: number) =>
    `Bij ${afgerond} was de participatie klaar. Bij ${gepland} was die nog gepland. Bij ${geen} was er geen participatie.` +
    (onbekend > 0
      ? ` Bij ${onbekend} staat niet of er participatie was: de participatieparagraaf ontbreekt, is leeg of zegt er niets over.`
      : ''),
  sumGeenZonderReden: (n: number) =>
    n === 0 ? 'Bij elk voorstel zonder participatie staat waarom.' : `Bij ${plural(n, 'voorstel', 'voorstellen')} zonder participatie staat niet waarom.`,
  // The number of participants and whether they heard back are kept in the register only: a
  // scanned advice is written before the feedback, so it cannot say whether that happened.
  sumDeelnemers: (n: number, trajecten: number, withRegister: boolean) =>
    trajecten > 0
      ? `Er deden ${n} mensen mee, geteld bij ${plural(trajecten, 'traject', 'trajecten')} in het register.`
      : withRegister
        ? 'Het aantal deelnemers is in het register niet bijgehouden.'
        : 'Het aantal deelnemers staat alleen in het register. Dat is niet meegenomen.',
  sumTerugkoppeling: (gedaan: number, afgerond: number, rate: number | undefined, withRegister: boolean) =>
    rate !== undefined
      ? `Bij ${gedaan} van de ${afgerond} afgeronde trajecten in het register hoorden de deelnemers wat er met hun inbreng is gedaan. Dat is ${rate}%.`
      : withRegister
        ? 'In het register staat nog geen afgerond traject. Daarom is er nog geen cijfer over terugkoppeling.'
        : 'Zonder het register is er geen cijfer over terugkoppeling. Een voorstel zegt niet of de deelnemers later echt hebben gehoord wat er met hun inbreng is gedaan.',

  perLevel: 'Niveau van participatie',
  perLevelIntro:
    'De participatieladder loopt van informeren (de gemeente vertelt wat er gebeurt) tot zelfbeheer (inwoners doen het zelf). Hoe hoger, hoe meer invloed.',
  colLevel: 'Niveau',
  colRegister: 'Register',
  colScan: 'Niet in register',
  colTotal: 'Totaal',

  perAfdeling: 'Per afdeling',
  perPortefeuillehouder: 'Per portefeuillehouder',
  colName: 'Naam',
  colVoorstellen: 'Voorstellen',
  colParticipatie: 'Met participatie',
  colGeen: 'Zonder participatie',
  colTerugkoppeling: 'Met terugkoppeling',

  uitkomsten: 'Wat deden we met de inbreng?',
  uitkomstenIntro: 'Bij de afgeronde trajecten in het register schreef de opsteller op wat er met de inbreng is gedaan.',
  colUitkomst: 'Inbreng',
  colAantal: 'Aantal',
  inbrengJa: 'Overgenomen',
  inbrengDeels: 'Deels overgenomen',
  inbrengNee: 'Niet overgenomen',
  inbrengOnbekend: 'Niet ingevuld',

  terugkoppeling: 'Terugkoppeling aan de deelnemers',
  overdueIntro: (n: number, withRegister: boolean) =>
    !withRegister
      ? 'Of de datum voor terugkoppeling voorbij is, staat alleen in het register.'
      : n === 0
      ? 'Bij geen enkel traject is de datum voor terugkoppeling voorbij zonder dat het is gebeurd.'
      : `Bij ${plural(n, 'traject', 'trajecten')} is de datum voor terugkoppeling voorbij, maar staat die nog niet als gedaan:`,
  colOnderwerp: 'Onderwerp',
  colAfdeling: 'Afdeling',
  colDatum: 'Datum',
  colOpsteller: 'Opsteller',

  register: 'Alle trajecten in het register',
  colStatus: 'Status',
  colDeelnemers: 'Deelnemers',
  colDocument: 'Document',
  statusLabel: { gepland: 'Gepland', afgerond: 'Afgerond', geen: 'Geen participatie' } as Record<string, string>,
  terugkoppelingJa: 'Gedaan',
  terugkoppelingNee: 'Nog niet',
  noRegister: 'Er staan voor dit jaar geen trajecten in het register.',

  extra: 'Voorstellen die niet in het register staan',
  extraIntro:
    'Deze voorstellen vonden we bij de controle, maar ze staan niet in het register. Vaak is de participatieparagraaf met de hand geschreven. Is het niveau een schatting? Dan staat dat erbij.',
  colBron: 'Gemaakt',
  bronAddIn: 'Met de add-in',
  bronHand: 'Met de hand',
  bronGeen: 'Geen tekst',
  scanStatus: {
    uitgevoerd: 'Participatie gedaan',
    gepland: 'Participatie gepland',
    'geen-met-reden': 'Geen, met reden',
    'geen-zonder-reden': 'Geen, zonder reden',
    leeg: 'Paragraaf leeg',
    ontbreekt: 'Geen paragraaf',
  } as Record<string, string>,
  guessed: (label: string) => `${label} (schatting)`,
  noExtra: 'Alle voorstellen die we vonden, staan in het register.',

  werkgroep: 'Werkgroepen',
  werkgroepIntro: 'De werkgroepen werken aan betere participatie in de hele organisatie. Dit is de stand van zaken.',
  resultaten: (naam: string) => `Resultaten van ${naam}`,
  verbeterpunten: (naam: string) => `Verbeterpunten van ${naam}`,
  colNr: 'Nr.',
  colResultaat: 'Resultaat',
  colVerbeterpunt: 'Verbeterpunt',
  colActies: 'Acties klaar',
  actiesKlaar: (klaar: number, total: number) => `${klaar} van ${total}`,
  resultaatStatus: resultaatStatusLabel as Record<string, string>,
  noWerkgroep: 'Er zijn geen resultaten of verbeterpunten van de werkgroepen.',

  evaluatie: 'Evaluatie',
  evaluatiePlaceholder:
    '[Vul hier in: wat ging goed, wat kan beter? Gebruik de cijfers hierboven en wat deelnemers en collega’s zeiden.]',
  vooruitblik: 'Vooruitblik',
  vooruitblikPlaceholder: '[Vul hier in: wat gaat de gemeente volgend jaar anders doen, en welke trajecten komen eraan?]',
} as const;

/** Problems in a register file (`--register`), filled into SCAN.REGISTER_INVALID. */
export const registerFileText = {
  notAList: 'er staat geen lijst met trajecten in',
  notAnObject: 'dit is geen traject',
  field: (name: string) => `het veld "${name}" ontbreekt of klopt niet`,
  date: (name: string) => `de datum bij "${name}" klopt niet (gebruik jjjj-mm-dd)`,
} as const;

/** The tab page "Participatie" (loaded with the page, so not on the tab's first page). */
export const participatieTabText = {
  title: 'Participatietrajecten',
  intro:
    'Alle trajecten uit het participatieregister. Een traject komt erin als iemand de participatieparagraaf maakt met de add-in in Word.',
  notConfigured:
    'Het participatieregister is nog niet ingesteld. Vraag je beheerder om de participatiesite (PARTICIPATION_SITE_ID) in te stellen.',
  filters: 'Filters',
  afdeling: 'Afdeling',
  niveau: 'Niveau',
  status: 'Status',
  year: 'Jaar',
  all: 'Alle',
  allYears: 'Alle jaren',
  unknownAfdeling: 'Geen afdeling',
  count: (shown: number, total: number) => (shown === total ? `${total} ${total === 1 ? 'traject' : 'trajecten'}` : `${shown} van ${total} trajecten`),
  overdueCount: (n: number) => (n === 1 ? '1 traject wacht nog op terugkoppeling' : `${n} trajecten wachten nog op terugkoppeling`),
  none: 'Er zijn geen trajecten die bij deze filters passen.',
  empty: 'Er staan nog geen trajecten in het register.',
  colOnderwerp: 'Onderwerp',
  colAfdeling: 'Afdeling',
  colNiveau: 'Niveau',
  colStatus: 'Status',
  colPeriode: 'Periode',
  colTerugkoppeling: 'Terugkoppeling',
  colOpsteller: 'Opsteller',
  tableCaption: 'Trajecten in het participatieregister',
  openDocument: (onderwerp: string) => `${onderwerp} (document openen)`,
  overdue: 'Te laat',
  done: 'Gedaan',
  planned: (date: string) => `Gepland ${date}`,
  noDate: 'Geen datum',
  statusLabel: { gepland: 'Gepland', afgerond: 'Afgerond', geen: 'Geen participatie' },
  periode: (from: string, to: string) => (to && to !== from ? `${from} tot ${to}` : from),

  report: 'Jaarverslag voor de raad',
  reportIntro:
    'Maak het jaarverslag participatie voor de burgemeester en de raad als Word-bestand: de cijfers uit het register en de resultaten en verbeterpunten van je werkgroepen. Je kunt de evaluatie en de vooruitblik hier typen, of later in Word.',
  reportYear: 'Jaar van het verslag',
  evaluatie: 'Evaluatie (mag leeg blijven)',
  vooruitblik: 'Vooruitblik (mag leeg blijven)',
  make: 'Jaarverslag maken',
  busy: 'Het verslag wordt gemaakt…',
  done2: 'Klaar. Het bestand staat in je downloads.',
  downloadAgain: 'Opnieuw downloaden',
  fileName: (year: number) => `Jaarverslag participatie ${year} voor de raad.docx`,
  registerDownload: 'Register downloaden (voor de participatiescan)',
  registerFileName: (date: string) => `participatieregister-${date}.json`,
} as const;
