/** Dutch B1 text for the bot's cards and replies. Error texts live in errors-bot.ts. */
export const botText = {
  actie: {
    dueSoon: (n: number) => (n === 1 ? 'Je actie moet morgen klaar zijn' : `Je actie moet over ${n} werkdagen klaar zijn`),
    /** The next working day is not tomorrow (a weekend or holiday in between): name the day. */
    dueNextWorkingDay: (day: string) => `Je actie moet ${day} klaar zijn`,
    dueToday: 'Je actie moet vandaag klaar zijn',
    overdue: (days: number) => (days === 1 ? 'Je actie is 1 dag te laat' : `Je actie is ${days} dagen te laat`),
    werkgroep: 'Werkgroep',
    deadline: 'Uiterlijk',
    trekker: 'Trekker',
    fromMeeting: 'Afgesproken in de vergadering van',
    openMeeting: 'Open de vergadering',
    done: 'Klaar',
    later: 'Later',
    laterHint: 'Hoeveel werkdagen later wil je een herinnering?',
    laterChoice: (n: number) => (n === 1 ? '1 werkdag' : `${n} werkdagen`),
    laterConfirm: 'Herinner me later',
    handOver: 'Overdragen',
    handOverHint: 'Aan wie geef je deze actie?',
    handOverConfirm: 'Actie overdragen',
    laterRequired: 'Kies na hoeveel werkdagen je weer een herinnering wilt.',
    handOverRequired: 'Kies aan wie je de actie geeft.',
    noCandidates: 'Er is niemand anders in de werkgroep aan wie je de actie kunt geven.',
    openTab: 'Open in Teams',
  },
  result: {
    doneTitle: 'Klaar! De actie is afgerond',
    doneBy: 'Afgerond op',
    snoozedTitle: 'Goed, we herinneren je later',
    snoozedUntil: 'Je krijgt weer een herinnering vanaf',
    handedOverTitle: 'De actie is overgedragen',
    handedOverTo: 'Nieuwe trekker',
    /** Others who stay assigned in Planner after a handover. */
    alsoAssigned: 'Ook toegewezen',
    /** A repeated Klaar (a retry, or a second click): nothing was changed again. */
    alreadyDone: 'Deze actie was al afgerond. Er is niets veranderd.',
    conflictTitle: 'Iemand anders heeft deze actie net gewijzigd',
    conflictIntro: 'Dit is veranderd. Kijk of je wijziging nog nodig is.',
    /** The user's change went through, but someone else had changed other fields before. */
    appliedWithChangesIntro: 'Je wijziging is verwerkt. Iemand anders had deze actie net ook gewijzigd:',
    changedTitle: 'Titel',
    changedDeadline: 'Uiterlijk',
    changedTrekker: 'Trekker',
    changedStatus: 'Status',
    statusOpen: 'open',
    statusKlaar: 'klaar',
    noDeadline: 'geen datum',
    nobody: 'niemand',
    refusedTitle: 'Je mag deze actie niet wijzigen',
    refusedBody: 'Alleen de trekker, de voorzitter van de werkgroep of een MT-lid mag dat. Er is niets veranderd.',
    errorTitle: 'Dat lukte niet',
  },
  vergadering: {
    title: (n: number) => (n === 1 ? 'Morgen is de vergadering' : `Over ${n} werkdagen is de vergadering`),
    /** The next working day is not tomorrow: name the day. */
    titleNextWorkingDay: (day: string) => `De vergadering is ${day}`,
    when: 'Wanneer',
    join: 'Deelnemen aan de vergadering',
    agenda: 'Agenda',
    noAgenda: 'Er staan nog geen punten op de agenda. Zet ze in het tabblad.',
    openActions: 'Open acties',
    noOpenActions: 'Er zijn geen open acties.',
    noOwner: 'Zonder trekker',
    due: 'uiterlijk',
    more: (n: number) => `En nog ${n} meer. Kijk in het tabblad.`,
    openTab: 'Open het tabblad',
  },
  weekoverzicht: {
    title: 'Je weekoverzicht',
    weekOf: 'Week van',
    werkgroepen: 'Werkgroepen',
    resultaten: 'Resultaten',
    noResultaten: 'Er zijn geen resultaten waar jij verantwoordelijk voor bent.',
    verbeterpunten: 'Verbeterpunten',
    overdue: 'Te late acties',
    noOverdue: 'Er zijn geen te late acties.',
    changes: 'Wat is er veranderd sinds vorige week',
    noChanges: 'Er is niets veranderd.',
    completed: 'Afgerond',
    statusChanged: 'Status veranderd',
    unreachable: 'Deze collega’s kunnen geen herinneringen krijgen',
    unreachableHint: 'Zij hebben de app nog niet in Teams. Vraag ze de app toe te voegen.',
    due: 'uiterlijk',
    more: (n: number) => `En nog ${n} meer. Kijk in het tabblad.`,
    /** How far a verbeterpunt's numbered actions are. */
    verbeterStatus: (done: number, total: number) =>
      total === 0
        ? 'nog geen acties'
        : done === total
          ? total === 1
            ? 'de actie is uitgevoerd'
            : `alle ${total} acties zijn uitgevoerd`
          : `${done} van de ${total} ${total === 1 ? 'actie' : 'acties'} uitgevoerd`,
    openTab: 'Open het MT-overzicht',
  },
  mijnActies: {
    title: 'Mijn acties',
    none: 'Je hebt geen open acties. Goed bezig!',
    noWerkgroep: 'Je zit nog niet in een werkgroep, dus je hebt geen acties. Vraag de voorzitter van je werkgroep om je toe te voegen aan het team.',
    due: 'uiterlijk',
    late: 'te laat',
    more: (n: number) => `En nog ${n} meer.`,
    openTab: 'Open Mijn acties in Teams',
  },
  help: {
    title: 'Wat kan ik voor je doen?',
    intro: 'Ik herinner je aan je acties, aan vergaderingen van je werkgroep en, als je MT-lid bent, aan je weekoverzicht.',
    commands: 'Typ een van deze woorden:',
    mijnActies: 'mijn acties: je open acties',
    instellingen: 'instellingen: stille uren en welke herinneringen je wilt',
    help: 'help: dit overzicht',
    openTab: 'Open het tabblad',
  },
  instellingen: {
    title: 'Je instellingen',
    quietHours: 'Stille uren: dan stuur ik je niets',
    quietFrom: 'Van',
    quietTo: 'Tot',
    quietOff: 'Geen stille uren',
    kinds: 'Welke herinneringen wil je krijgen?',
    kindActie: 'Over mijn acties',
    kindVergadering: 'Over vergaderingen',
    kindWeekoverzicht: 'Weekoverzicht (voor MT-leden)',
    quietHint: 'Vul in van hoe laat tot hoe laat je niets wilt krijgen, bijvoorbeeld van 18:00 tot 08:00.',
    save: 'Opslaan',
    saved: 'Je instellingen zijn opgeslagen',
    savedQuiet: 'Stille uren',
    savedKinds: 'Herinneringen aan',
    none: 'geen',
  },
  welcome: {
    personal: 'Hallo! Ik herinner je aan je acties en vergaderingen. Typ help om te zien wat ik kan.',
    team: 'Hallo! Ik zet hier een bericht voor elke vergadering van de werkgroep, met de agenda en de open acties.',
    groupChat:
      'Hallo! In deze chat kun je help typen om te zien wat ik kan. Herinneringen aan je acties stuur ik in je eigen chat met mij. Berichten over vergaderingen zet ik in het kanaal van de werkgroep.',
  },
  unknownCommand: 'Dat begrijp ik niet. Typ help om te zien wat ik kan.',
  personalOnly: 'Dat kan alleen in je eigen chat met mij. Open de chat met Participatie en typ het daar.',
  /** The notification and chat-list line of a proactive message (Teams shows "Send a card" without it). */
  summary: {
    'actie-bijna': (titel: string) => `Herinnering: ${titel}`,
    'actie-vandaag': (titel: string) => `Vandaag klaar: ${titel}`,
    'actie-verlopen': (titel: string) => `Te laat: ${titel}`,
    vergadering: (werkgroep: string) => `Vergadering van ${werkgroep}`,
    weekoverzicht: 'Je weekoverzicht van de werkgroepen',
  },
  cardFallback: 'Open dit bericht in Teams om de kaart te zien.',
  dryRun: {
    header: (at: string, n: number) =>
      n === 0
        ? `Proefrun voor ${at}: er zou geen herinnering worden verstuurd.`
        : n === 1
          ? `Proefrun voor ${at}: 1 herinnering zou worden verstuurd.`
          : `Proefrun voor ${at}: ${n} herinneringen zouden worden verstuurd.`,
    /** A digest line: how many werkgroepen and late actions it covers. */
    digestSummary: (werkgroepen: number, overdue: number) =>
      `${werkgroepen === 1 ? '1 werkgroep' : `${werkgroepen} werkgroepen`}, ${overdue === 0 ? 'geen te late acties' : overdue === 1 ? '1 te late actie' : `${overdue} te late acties`}`,
    due: 'uiterlijk',
    none: 'Er zijn geen herinneringen om te versturen.',
    useDryRun: 'Gebruik --dry-run, of laat de bot zelf herinneringen versturen met npm run bot.',
    cycle: (at: string, r: { sent: number; unreachable: number; retried: number; skipped: number }) =>
      `Ronde voor ${at}: ${r.sent} verstuurd, ${r.unreachable} niet bereikbaar, ${r.retried} later opnieuw, ${r.skipped} al eerder verstuurd.`,
    kind: {
      'actie-bijna': 'actie bijna verlopen',
      'actie-vandaag': 'actie vandaag',
      'actie-verlopen': 'actie verlopen',
      vergadering: 'vergadering',
      weekoverzicht: 'weekoverzicht',
    },
    to: 'aan',
    channel: 'kanaal van werkgroep',
    unreachable: 'niet bereikbaar (app niet geïnstalleerd)',
    demo: 'Er is geen Microsoft 365 ingesteld. Ik gebruik de demo-omgeving.',
  },
} as const;
