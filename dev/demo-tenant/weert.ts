// Weert, implementatieplan interactief beleid (2010): the five results of the werkgroep, with every
// field of the plan. Text follows the seed; years are moved by the caller so the plan is current.

export interface WeertResultaat {
  nr: number;
  titel: string;
  doel: string;
  doelgroep: string[];
  watIsErGebeurd: string;
  methode: string;
  /** Month range in the seed's own years (2010/2011). */
  start: string;
  eind: string;
  capaciteit: string;
  verankering: string;
}

export const WEERT_RESULTATEN: WeertResultaat[] = [
  {
    nr: 1,
    titel: 'Bij drie pilots is tussen 1 april 2010 en 31 maart 2011 optimaal gebruik gemaakt van de mogelijkheden van interactief beleid',
    doel: 'Het toepassen van de leidraad interactief werken bij de drie pilots.',
    doelgroep: ['Projectleiders van de drie pilots', 'Afdelingshoofden van de projectleiders', 'Projectwethouders'],
    watIsErGebeurd:
      'Drie projecten zijn aangewezen als pilot. De betreffende sector levert ondersteuning bij het uitvoeren van het participatietraject (communicatie, informatie- en inspraakavonden, klankbordgroepen, verslaglegging). De projecten die in aanmerking komen als pilot hebben advies ontvangen van de projectleider interactief beleid over de inzet van interactief beleid en het gebruik van de leidraad.',
    methode: [
      'Instellen van een werkgroep bestaande uit: projectleider interactief beleid als voorzitter, projectleiders van de pilots en betreffende afdelingshoofden.',
      'De werkgroep heeft de volgende functies:',
      '- Leren toepassen van de leidraad',
      '- Leren van elkaar gedurende de looptijd van de pilots',
      '- Toetsen van de leidraad',
      '- Format ontwikkelen voor vastleggen resultaten interactief werken',
      '- Evaluatie opstellen voor aanpassen leidraad',
      'Regelmatig overleg met projectwethouders.',
    ].join('\n'),
    start: '2010-05-01',
    eind: '2011-03-31',
    capaciteit: 'Maandelijks overleg met werkgroep; regelmatige begeleiding voor de drie projectleiders',
    verankering: 'De resultaten worden gebruikt om de leidraad interactief beleid aan te passen.',
  },
  {
    nr: 2,
    titel: 'Een grote groep medewerkers is medio 2011 geschoold in het zelfstandig toepassen van de leidraad interactief werken en wil die gebruiken',
    doel: 'Medewerkers willen en kunnen de leidraad interactief werken eenduidig zelfstandig toepassen.',
    doelgroep: ['Deel medewerkers sectoren I t/m IV'],
    watIsErGebeurd: [
      'Onderzoek naar kennis over burgerparticipatie.',
      'Participatieparagraaf toegevoegd aan B&W-adviezen.',
      'Vertegenwoordigers uit sector I t/m IV maken deel uit van de projectgroep interactief beleid.',
      'Onderzoek naar nieuwe communicatie-instrumenten om het participatieproces te ondersteunen.',
    ].join('\n'),
    methode: [
      'Instellen van een werkgroep bestaande uit: medewerkers (per sector) die ervaring hebben met projectmatig werken (aan te wijzen door staf), medewerker communicatie, medewerker P&O.',
      'De werkgroep heeft de volgende opdracht:',
      '- Voorstel maken voor scholing medewerkers, start scholing januari 2011.',
      '- Voorstel voor training medewerkers die de leidraad nu al willen gebruiken. Voor uitvoering gebruik maken van medewerkers met ervaring in participatie.',
      '- Toetsen o.a. middels training welke middelen nog nodig zijn voor optimaal functioneren van interactief beleid, zoals digitaal panel, meer interactieve website, meer training in communicatie.',
      '- Onderzoek naar de meerwaarde van het inzetten van sociale media bij interactief beleid.',
    ].join('\n'),
    start: '2010-09-01',
    eind: '2011-05-31',
    capaciteit: 'Nader bepalen',
    verankering: [
      'CMO-leden screenen actief op kansen voor interactief beleid.',
      'Training aan nieuwe medewerkers eenmaal per jaar.',
      'Interactief beleid als competentie onderdeel van functioneringsgesprek (indien van toepassing).',
      'Interactief beleid als onderdeel van sollicitatieprocedure (indien van toepassing).',
      "Per sector deskundigen voor participatietrajecten aanwijzen als vraagbaak voor collega's.",
      'Twee keer per jaar themabijeenkomst om onderwerpen uit interactief beleid verder uit te diepen.',
      'Jaarlijkse rapportage door burgemeester over de resultaten van interactieve trajecten.',
    ].join('\n'),
  },
  {
    nr: 3,
    titel: 'Interactief beleid is geïntegreerd in projectmatig werken',
    doel: 'Integreren van de leidraad interactief werken in het proces van projectmatig werken op tactisch en operationeel niveau.',
    doelgroep: ['MT', 'CMO', 'Ambtelijke medewerkers'],
    watIsErGebeurd: 'Leidraad interactief werken is 9 maart 2010 vastgesteld door de raad.\nUitrol projectmatig werken: 12 maart MT akkoord.',
    methode: 'Bilateraal overleg met de projectleider implementatie projectmatig werken en het verwerken in het handboek PMW in samenspraak met de projectleiders.',
    start: '2010-07-01',
    eind: '2010-07-31',
    capaciteit: '3 x overleg',
    verankering: 'Verwerken interactief beleid in handboek PMW (inhoudelijk en procesmatig).',
  },
  {
    nr: 4,
    titel: 'Breed intern draagvlak (4a) en breed extern draagvlak (4b) voor interactief beleid',
    doel: [
      'Interactief beleid zichtbaar maken door regelmatige informatieverstrekking.',
      'Participatiebewustzijn verhogen.',
      'Rolverdeling interactief beleid bekend maken.',
      'Burgers en andere partijen informeren over mogelijkheden om te participeren.',
    ].join('\n'),
    doelgroep: ['Commissie AZ/raad', 'B&W', 'MT', 'CMO', 'Vaste medewerkers', 'Burgers en andere externe partijen'],
    watIsErGebeurd: [
      'Presentaties voor bestuur en management.',
      'Meerdere lunchbijeenkomsten voor de gehele organisatie.',
      'Klankbordgroep voor interactief beleid samengesteld uit burgers en externe partijen.',
      'Informatie over participatie op de website is gebruiksvriendelijk gemaakt.',
    ].join('\n'),
    methode: [
      'Communicatieplan uitwerken door medewerker afdeling welzijn onder begeleiding van projectleider interactief beleid, bestaande uit intern en extern deel. Opgenomen zijn o.a.:',
      '- Lunchbijeenkomsten organiseren',
      '- Presentaties MT, CMO (september 2010), staf',
      '- Toelichting geven bij afdelingsoverleggen in najaar 2010',
      '- Informatieve teksten in intern nieuwsblad Komeet (regelmatig)',
      '- Informatieve bijeenkomst voor nieuwe college en raad',
      '- Informatie op website verbeteren',
      '- Brochure maken over participatie voor burgers en externe partijen',
    ].join('\n'),
    start: '2010-05-01',
    eind: '2011-08-31',
    capaciteit: 'Urenplanning in september gereed',
    verankering: 'Middelen om interactief beleid toe te passen zijn beschikbaar.\nInformatie over interactief beleid is voor iedereen via de website toegankelijk.',
  },
  {
    nr: 5,
    titel: 'Evaluatie over interactief beleid in het pilotjaar',
    doel: 'Evaluatie geeft voldoende informatie om te besluiten of interactief beleid organisatiebreed kan worden ingevoerd.',
    doelgroep: ['MT', 'CMO', 'Vaste medewerkers'],
    watIsErGebeurd: '',
    methode:
      'Bilateraal overleg met de projectleiders pilots, evaluatie met werkgroep en stuurgroep. Peilen kennis/competenties m.b.t. interactief beleid van vaste medewerkers. Enquête onder burgers die aan pilots hebben meegedaan. Evaluatie met klankbordgroep burgers.',
    start: '2010-09-01',
    eind: '2011-05-31',
    capaciteit: 'Urenplanning in september gereed',
    verankering: 'Resultaten evaluatie verwerken in de leidraad.',
  },
];

/** Years the Weert text speaks of; the seed moves exactly these. */
export const WEERT_YEARS = [2010, 2011] as const;
