// Dutch B1 text for the participation checklist, the advice and the CLI.
// Generated paragraph sentences come from the municipality profile (src/participation/default-profile.json).

/** The steps of the participation ladder, as the checklist offers them and the reports name them. */
export const levelText = {
  informeren: 'Informeren',
  raadplegen: 'Raadplegen',
  adviseren: 'Adviseren',
  coproduceren: 'Coproduceren',
  meebeslissen: 'Meebeslissen',
  zelfbeheer: 'Zelfbeheer',
} as const;

export const checklistStepText = {
  stuk: { title: 'Het stuk', help: 'Over welk stuk gaat het?' },
  afweging: { title: 'Ruimte en belang', help: 'Hoeveel ruimte is er voor inbreng, en hoe belangrijk is het onderwerp?' },
  participatie: { title: 'Participatie', help: 'Doe je participatie, of niet?' },
  aanpak: { title: 'Wie en hoe', help: 'Wie betrek je, hoe en wanneer?' },
  inbreng: { title: 'Inbreng en terugkoppeling', help: 'Wat zeiden mensen, wat deed je ermee en hoe laat je dat weten?' },
  vervolg: { title: 'Vervolg en overleg', help: 'Wat gebeurt er hierna, en met wie heb je overlegd?' },
} as const;

/** Labels, help texts and option labels per question id. */
export const questionText = {
  q1_soortStuk: {
    label: 'Wat voor stuk schrijf je?',
    help: 'Kies het soort stuk. Dit bepaalt wie het besluit neemt.',
    options: { collegevoorstel: 'B&W-advies of collegevoorstel', raadsvoorstel: 'Raadsvoorstel', raadsinformatiebrief: 'Raadsinformatiebrief' },
  },
  q2_onderwerp: {
    label: 'Waar gaat het stuk over?',
    help: 'Schrijf het onderwerp zo dat het past na "betrokken bij", bijvoorbeeld "het nieuwe speelruimtebeleid".',
  },
  q3_beleidsfase: {
    label: 'In welke fase is het beleid?',
    help: 'Participatie kan bij het maken, het uitvoeren en het evalueren van beleid.',
    options: { voorbereiding: 'Voorbereiding', uitvoering: 'Uitvoering', evaluatie: 'Evaluatie' },
  },
  q4_omgevingswet: {
    label: 'Gaat het om een instrument van de Omgevingswet?',
    help: 'Voor deze instrumenten gelden eigen regels voor participatie.',
    options: {
      geen: 'Nee',
      omgevingsvisie: 'Omgevingsvisie',
      programma: 'Programma',
      omgevingsplan: 'Omgevingsplan of wijziging daarvan',
      projectbesluit: 'Projectbesluit',
      bopa: 'Omgevingsvergunning voor een activiteit buiten het omgevingsplan (Bopa)',
      vergunning: 'Andere omgevingsvergunning',
    },
  },
  q4a_bopaOpLijst: {
    label: 'Staat dit geval op de lijst van de raad met verplichte participatie?',
    help: 'De raad kan gevallen aanwijzen waarvoor participatie verplicht is (artikel 16.55 lid 7 Omgevingswet).',
    options: { ja: 'Ja', nee: 'Nee', onbekend: 'Weet ik niet' },
  },
  q4b_initiatiefnemer: {
    label: 'Wie is de initiatiefnemer?',
    help: 'Meestal is dat wie de vergunning aanvraagt, bijvoorbeeld een bouwbedrijf.',
  },
  q4b_verslag: {
    label: 'Zit er een participatieverslag bij de aanvraag?',
    help: 'In het verslag staat wie de initiatiefnemer betrok, hoe, en wat dat opleverde.',
    options: { ja: 'Ja', nee: 'Nee' },
  },
  q4c_oordeel: {
    label: 'Was de participatie voldoende?',
    help: 'Jouw oordeel over de participatie van de initiatiefnemer.',
    options: { voldoende: 'Voldoende', onvoldoende: 'Onvoldoende' },
  },
  q5_beleidsruimte: {
    label: 'Hoeveel ruimte is er voor inbreng?',
    help: 'Geen ruimte: de keuze ligt al vast, bijvoorbeeld door de wet. Veel ruimte: mensen kunnen echt iets veranderen.',
    options: { geen: 'Geen ruimte', beperkt: 'Beperkte ruimte', ruim: 'Veel ruimte' },
  },
  q6_prioriteit: {
    label: 'Hoe belangrijk is het onderwerp?',
    help: 'Geef elk punt een score van 0 (niet) tot 3 (sterk). Samen bepalen ze het advies voor de trede op de ladder.',
    fields: {
      speerpunt: 'Is het een speerpunt van het collegeprogramma?',
      impact: 'Hoe groot is de impact op inwoners en partijen, en willen zij informatie?',
      omvang: 'Hoe groot is het project en hoe lang duurt het?',
      afbreukrisico: 'Hoe gevoelig is het voor de naam van de gemeente en voor relaties?',
    },
  },
  q7_participatie: {
    label: 'Is er participatie?',
    help: 'Kies "nee" alleen met een goede reden. Die reden komt in de paragraaf.',
    options: { afgerond: 'Ja, en die is klaar', gepland: 'Ja, die loopt nog of komt nog', nee: 'Nee' },
  },
  q7a_redenen: {
    label: 'Waarom is er geen participatie?',
    help: 'Kies een of meer redenen.',
    options: {
      'wettelijk-niet-mogelijk': 'De wet laat het niet toe',
      'geen-beleidsruimte': 'Geen ruimte: we voeren regels van hogere overheden uit',
      'bestaand-beleid': 'We voeren beleid uit dat al vastligt',
      'eerder-participatie': 'Er was al eerder participatie over dit onderwerp',
      spoed: 'Er is haast of een crisis',
      'technische-wijziging': 'Het is een kleine of technische wijziging',
      'begroting-tarieven': 'Het gaat om de begroting, belastingen of tarieven',
      'latere-fase': 'Participatie komt in een latere fase',
      anders: 'Anders',
    },
  },
  q7b_toelichting: {
    label: 'Leg kort uit waarom',
    help: 'Schrijf een of twee korte zinnen, bijvoorbeeld "De leges volgen een nieuw landelijk tarief."',
  },
  q7c_informeren: {
    label: 'Hoe hoort iedereen van het besluit?',
    help: 'Ook zonder participatie laat je mensen weten wat er besloten is.',
    options: {
      website: 'Website',
      gemeentepagina: 'Gemeentepagina in de krant',
      nieuwsbrief: 'Nieuwsbrief',
      bewonersbrief: 'Brief aan bewoners',
      'sociale-media': 'Sociale media',
      anders: 'Anders',
    },
  },
  q8_betrokkenen: {
    label: 'Wie betrek je?',
    help: 'Kies de groepen. Je kunt bij elke groep zelf invullen hoe je hen noemt, bijvoorbeeld "de wijkraden".',
    options: {
      inwoners: 'Inwoners van de gemeente',
      omwonenden: 'Omwonenden en direct belanghebbenden',
      wijkraad: 'Wijkraad, dorpsraad of kernoverleg',
      ondernemers: 'Ondernemers',
      'maatschappelijke-organisaties': 'Maatschappelijke organisaties',
      'adviesraad-sociaal-domein': 'Adviesraad sociaal domein',
      jongeren: 'Jongeren',
      woningcorporatie: 'Woningcorporatie',
      'andere-overheden': 'Andere overheden',
      anders: 'Anders',
    },
  },
  q9_niveau: {
    label: 'Hoeveel invloed krijgen de deelnemers?',
    help: 'Dit is de trede op de participatieladder. Je ziet ons advies erbij.',
    options: levelText,
  },
  q9a_waarom: {
    label: 'Waarom kies je deze trede?',
    help: 'Schrijf het als vervolg op "omdat", bijvoorbeeld "zij goed weten wat er in hun buurt nodig is". Verplicht als je van het advies afwijkt.',
  },
  q10_methoden: {
    label: 'Hoe betrek je hen?',
    help: 'Kies de werkvormen. Vul bij meer dan één keer het aantal in.',
    options: {
      bewonersbrief: 'Bewonersbrief',
      informatieavond: 'Informatieavond',
      inloopbijeenkomst: 'Inloopbijeenkomst',
      enquete: 'Enquête of online platform',
      klankbordgroep: 'Klankbordgroep',
      werksessie: 'Werksessie of atelier',
      wijkschouw: 'Wijkschouw of kernbezoek',
      'advies-adviesraad': 'Advies van een adviesraad',
      keukentafelgesprekken: 'Keukentafelgesprekken',
      anders: 'Anders',
    },
  },
  q11_periode: {
    label: 'Wanneer was of is dat?',
    help: 'Vul een periode in, losse datums, of alleen een maand als de dag nog niet vastligt.',
  },
  q12_aantal: {
    label: 'Hoeveel mensen deden mee?',
    help: 'Het aantal deelnemers of reacties. Mag leeg blijven.',
  },
  q13_inbreng: {
    label: 'Wat zeiden de deelnemers?',
    help: 'Schrijf de belangrijkste punten op, elk als korte zin. De paragraaf noemt er hoogstens 3.',
  },
  q14_watMetInbreng: {
    label: 'Wat heb je met elk punt gedaan?',
    help: 'Kies per punt: overgenomen, deels overgenomen of niet overgenomen. Leg uit waarom als je het niet of deels overneemt.',
    options: { overgenomen: 'Overgenomen', deels: 'Deels overgenomen', niet: 'Niet overgenomen' },
  },
  q15_terugkoppeling: {
    label: 'Laat je de deelnemers weten wat je met hun inbreng doet?',
    help: 'Mensen willen weten wat er met hun inbreng gebeurt. Kies hoe en wanneer.',
    options: {
      nieuwsbrief: 'Nieuwsbrief',
      brief: 'Brief',
      'e-mail': 'E-mail',
      website: 'Website',
      bijeenkomst: 'Bijeenkomst',
      verslag: 'Kort verslag',
      anders: 'Anders',
    },
  },
  q16_mandaat: {
    label: 'Ligt vast wat de deelnemers mogen beslissen?',
    help: 'Leg vooraf vast: de kaders, het budget en wie het resultaat overneemt.',
  },
  q17_vervolg: {
    label: 'Komt er een vervolg?',
    help: 'Bijvoorbeeld een volgend moment voor inbreng, of de formele procedure waarin mensen nog kunnen reageren.',
  },
  q18_afstemming: {
    label: 'Heb je dit afgestemd met de participatieadviseur of Communicatie?',
    help: 'Noem dan ook deze persoon onder "Overleg gevoerd met".',
  },
} as const;

/** Sentences of the ladder advice. */
export const adviceText = {
  criteria: {
    speerpunt: 'Speerpunt van het collegeprogramma: {score} van 3.',
    impact: 'Impact en informatiebehoefte van inwoners en partijen: {score} van 3.',
    omvang: 'Omvang en duur: {score} van 3.',
    afbreukrisico: 'Gevoeligheid voor de naam van de gemeente en voor relaties: {score} van 3.',
  },
  total: 'Samen is dat {score} van de 12 punten. Dat past bij {level}.',
  noRoom: 'Er is geen ruimte voor inbreng. Daarom adviseren we {level}: mensen kunnen dan toch niets veranderen.',
  limitedRoom: 'Er is maar weinig ruimte voor inbreng. Daarom adviseren we niet meer dan {level}.',
  mandate: 'De deelnemers mogen binnen vaste kaders beslissen. Daarom adviseren we {level}.',
  noMandate: 'Meebeslissen kan alleen als vooraf vastligt wat de deelnemers mogen beslissen.',
} as const;

/** Texts of `npm run paragraaf`. */
export const cliText = {
  usage:
    'Gebruik: npm run paragraaf -- <antwoorden.json> [--profile <profiel.json>] [--format text|html|json]',
  findingsTitle: 'Controle',
  noFindings: 'De controle vond geen fouten, waarschuwingen of tips.',
  severity: { error: 'Fout', warning: 'Waarschuwing', hint: 'Tip' },
  problemsTitle: 'Het antwoordbestand {file} klopt niet:',
} as const;

/**
 * Sentence templates of the participatieparagraaf. '{Name}' (capital) is the value with its first
 * letter capitalised. Municipality-specific wording lives in the profile instead.
 */
export const paragraphText = {
  wie: {
    gemeente: { afgerond: 'We hebben {wie} betrokken bij {onderwerp}.', gepland: 'We gaan {wie} betrekken bij {onderwerp}.' },
    initiatiefnemer: {
      afgerond: '{Initiatiefnemer} heeft {wie} betrokken bij {onderwerp}.',
      gepland: '{Initiatiefnemer} gaat {wie} betrekken bij {onderwerp}.',
    },
  },
  /** How the initiatiefnemer of a permit is called: with the name (4b) the first time, plainly after that. */
  initiatiefnemer: { metNaam: 'de initiatiefnemer, {naam},', kaal: 'de initiatiefnemer' },
  geenParticipatieInitiatiefnemer: '{Initiatiefnemer} heeft geen participatie gedaan.',
  niveau: { metWaarom: '{zin} ({label}), omdat {waarom}.', zonderWaarom: '{zin} ({label}).' },
  kaders: {
    afgerond: '{KadersVan} gaf vooraf de kaders mee: {kaders}.',
    gepland: '{KadersVan} geeft vooraf de kaders mee: {kaders}.',
  },
  kadersZonderLijst: { afgerond: '{KadersVan} gaf vooraf de kaders mee.', gepland: '{KadersVan} geeft vooraf de kaders mee.' },
  budget: 'een budget van {bedrag}',
  volgen: {
    afgerond: 'Binnen die kaders volgde {wieBeslist} {uitkomst}.',
    gepland: 'Binnen die kaders volgt {wieBeslist} {uitkomst}.',
  },
  meebeslissen: {
    afgerond: 'Binnen die kaders namen de deelnemers zelf het besluit.',
    gepland: 'Binnen die kaders nemen de deelnemers zelf het besluit.',
  },
  overnemen: { afgerond: '{WieBeslist} nam dat besluit over.', gepland: '{WieBeslist} neemt dat besluit over.' },
  uitkomstStandaard: 'het gezamenlijke plan',
  activiteiten: {
    gemeente: { afgerond: '{wanneer} hielden we {methoden}.', gepland: '{wanneer} houden we {methoden}.' },
    initiatiefnemer: {
      afgerond: '{wanneer} hield {initiatiefnemer} {methoden}.',
      gepland: '{wanneer} houdt {initiatiefnemer} {methoden}.',
    },
  },
  /** The same without a time: "We hielden …", never "Hielden we …". */
  activiteitenZonderWanneer: {
    gemeente: { afgerond: 'We hielden {methoden}.', gepland: 'We houden {methoden}.' },
    initiatiefnemer: { afgerond: '{Initiatiefnemer} hield {methoden}.', gepland: '{Initiatiefnemer} houdt {methoden}.' },
  },
  periode: { vanTot: 'Van {van} tot {tot}', vanaf: 'Vanaf {van}', in: 'In {maand}', op: 'Op {data}' },
  deelnemers: { geen: 'Er deed niemand mee.', een: '1 persoon deed mee.', meer: '{n} mensen deden mee.' },
  uitkomst: {
    gemeente: {
      overgenomen: 'Dit hebben we overgenomen.',
      deels: 'Dit hebben we deels overgenomen.',
      niet: 'Dit hebben we niet overgenomen.',
    },
    initiatiefnemer: {
      overgenomen: '{Initiatiefnemer} nam dit punt over.',
      deels: '{Initiatiefnemer} nam dit punt deels over.',
      niet: '{Initiatiefnemer} nam dit punt niet over.',
    },
  },
  meerPunten: { een: 'Er kwam nog 1 ander punt naar voren.', meer: 'Er kwamen nog {n} andere punten naar voren.' },
  standaardOntvangers: 'de deelnemers',
  /** What people gave, when no level was chosen. */
  inbrengStandaard: 'hun inbreng',
  terugkoppeling: {
    gemeente: {
      afgerond: { metMoment: '{wanneer} lieten we {ontvangers}{via} weten wat we met {inbreng} doen.', zonderMoment: 'We lieten {ontvangers}{via} weten wat we met {inbreng} doen.' },
      gepland: { metMoment: '{wanneer} laten we {ontvangers}{via} weten wat we met {inbreng} doen.', zonderMoment: 'We laten {ontvangers}{via} weten wat we met {inbreng} doen.' },
    },
    initiatiefnemer: {
      afgerond: {
        metMoment: '{wanneer} liet {initiatiefnemer} {ontvangers}{via} weten wat hij met {inbreng} doet.',
        zonderMoment: '{Initiatiefnemer} liet {ontvangers}{via} weten wat hij met {inbreng} doet.',
      },
      gepland: {
        metMoment: '{wanneer} laat {initiatiefnemer} {ontvangers}{via} weten wat hij met {inbreng} doet.',
        zonderMoment: '{Initiatiefnemer} laat {ontvangers}{via} weten wat hij met {inbreng} doet.',
      },
    },
    via: ' via {kanaal}',
    nietGedaan: {
      gemeente: {
        afgerond: 'We hebben {ontvangers} nog niet laten weten wat we met {inbreng} doen.',
        gepland: 'We hebben nog niet bepaald hoe we {ontvangers} laten weten wat we met {inbreng} doen.',
      },
      initiatiefnemer: {
        afgerond: '{Initiatiefnemer} heeft {ontvangers} nog niet laten weten wat hij met {inbreng} doet.',
        gepland: 'Het is nog niet bekend hoe {initiatiefnemer} {ontvangers} laat weten wat hij met {inbreng} doet.',
      },
    },
  },
  verslag: { ja: 'Het participatieverslag zit bij de aanvraag.', nee: 'Er zit geen participatieverslag bij de aanvraag.' },
  oordeel: {
    voldoende: 'Wij vinden dat de participatie voldoende is geweest.',
    onvoldoende: 'Wij vinden dat de participatie onvoldoende is geweest.',
  },
  vervolgDatum: { dag: 'Het volgende moment voor inbreng is op {datum}.', maand: 'Het volgende moment voor inbreng is in {datum}.' },
  zienswijze: 'Belanghebbenden kunnen daarna nog reageren via de formele procedure.',
  bopa: {
    opLijst: 'Voor dit plan is participatie verplicht, omdat het op de lijst van de gemeenteraad staat.',
    alleBopa: 'Voor dit plan is participatie verplicht, omdat de gemeenteraad dat voor alle plannen van deze soort heeft bepaald.',
    nietOpLijst: 'Dit plan staat niet op de lijst van de gemeenteraad. Participatie is dus niet verplicht.',
  },
  vergunning: 'Bij de aanvraag moet de initiatiefnemer vertellen of en hoe hij anderen heeft betrokken, en wat dat opleverde.',
  motivering: {
    ja: 'Bij {instrument} moeten we uitleggen hoe we mensen betrekken en wat we met hun inbreng doen.',
    nee: 'Bij {instrument} moeten we uitleggen waarom er geen participatie is.',
  },
  projectbesluit: 'Bij een projectbesluit maken we vooraf bekend wie we betrekken, waarover en wanneer.',
  instrumenten: {
    omgevingsvisie: 'een omgevingsvisie',
    programma: 'een programma',
    omgevingsplan: 'een wijziging van het omgevingsplan',
  },
  informeren: 'We informeren inwoners via {kanalen}.',
} as const;
