// Bergen (NH), uitwerking actiepunten wijkgericht werken (september 2012): the verbeterpunten with
// their numbered actions. Statuses and trekkers follow what the seed says per verbeterpunt.
import { formatVerbeterActies } from '../../src/workgroups/index.ts';

export type VerbeterActieStatus = 'gepland' | 'loopt' | 'uitgevoerd' | 'onderdeel bedrijfsvoering';

export interface BergenActie {
  nr: number;
  omschrijving: string;
  toelichting?: string;
  trekker?: string;
  planning?: string;
  status: VerbeterActieStatus;
}

export interface BergenVerbeterpunt {
  nr: number;
  evaluatieNr: number;
  titel: string;
  probleem: string[];
  watWillenWeBereiken: string[];
  acties: BergenActie[];
}

const WIJKCO = 'Wijkcoördinatoren';
const COMMUNICATIE = 'Bureau Communicatie';

export const BERGEN_VERBETERPUNTEN: BergenVerbeterpunt[] = [
  {
    nr: 1,
    evaluatieNr: 5,
    titel: 'Bundel de krachten van wijkverenigingen',
    probleem: [
      'Er zijn veel wijkverenigingen met beperkte bestuursbezetting.',
      'Er wordt geen gebruik gemaakt van elkaars kennis en kunde, ook niet van andere instellingen of verenigingen die actief zijn in de wijk.',
      'Het wijkgericht werken beperkt zich nog te veel tot kleine knelpunten in de wijk.',
    ],
    watWillenWeBereiken: [
      'Het overleg met de wijkverenigingen opschalen naar een kernoverleg.',
      'De agenda wijzigen van kleine knelpunten in de wijk naar "grotere onderwerpen".',
      'Herschikken van ondersteuningssubsidies en wijkbudgetten om onderbesteding tegen te gaan.',
      'Verbinding maken met andere groeperingen in de wijk.',
    ],
    acties: [
      {
        nr: 1,
        omschrijving: 'In 2014 zijn er maximaal 8 kernoverleggen.',
        toelichting:
          'De wijkverenigingen krijgen tot medio 2013 de tijd om zelf tot een kernoverleg te komen, met onze ondersteuning. Lukt dat niet, dan besluit het college eind 2013 over de indeling van de kernen.',
        trekker: WIJKCO,
        planning: 'medio 2013, uiterlijk 2014',
        status: 'loopt',
      },
      {
        nr: 2,
        omschrijving: 'Vanaf 2013 wijkschouwen anders opzetten richting kernbezoek.',
        toelichting: 'De wijkcoördinatoren organiseren in samenwerking met Bureau Communicatie de kernbezoeken, één keer per jaar in de middag.',
        trekker: WIJKCO,
        planning: '2013',
        status: 'gepland',
      },
      {
        nr: 3,
        omschrijving: 'Het meldingssysteem beter toegankelijk maken voor en promoten bij burgers.',
        toelichting: 'De verbeterpunten uit de pilot lean management worden zo snel mogelijk uitgevoerd; proces en toegankelijkheid op de website worden verbeterd.',
        planning: 'oktober/november 2012',
        status: 'loopt',
      },
      {
        nr: 4,
        omschrijving: 'Herschikking van het budget wijkgericht werken naar inwonersaantal van de kernen.',
        toelichting: 'Het kernoverleg kan beschikken over een werkkapitaal dat in beheer is bij de gemeente, verdeeld naar het aantal bewoners.',
        trekker: WIJKCO,
        planning: '2013',
        status: 'gepland',
      },
      {
        nr: 5,
        omschrijving: 'Zoeken naar verbindingen tussen organisaties en instellingen die actief zijn in de wijk.',
        trekker: WIJKCO,
        status: 'loopt',
      },
    ],
  },
  {
    nr: 2,
    evaluatieNr: 1,
    titel: 'Geef wijkcoördinator meer volmachten',
    probleem: ['Afspraken worden niet nagekomen.', 'Het duurt te lang om opdrachten te realiseren.'],
    watWillenWeBereiken: [
      'Betere afstemming en inbedding van afspraken binnen de diverse afdelingen en beleidscyclus.',
      'Bewonersverenigingen beter informeren over plannen en projecten en de (on)mogelijkheden van realisatie van wensen en ideeën.',
    ],
    acties: [
      {
        nr: 1,
        omschrijving: 'De wijkcoördinatoren blijven aanspreekpunt voor de wijkverenigingen voor nieuwe en lopende zaken. Dit wordt meer geformaliseerd/gestructureerd.',
        toelichting: 'De wijkcoördinator is telefonisch en per e-mail bereikbaar en woont structureel de ledenvergaderingen van de wijkverenigingen bij.',
        trekker: WIJKCO,
        status: 'onderdeel bedrijfsvoering',
      },
      {
        nr: 2,
        omschrijving: 'Pro-actief bewoners informeren over plannen en projecten van de organisatie.',
        toelichting: 'Plannen en projecten worden aan het begin van het jaar bekendgemaakt en in het kernoverleg besproken; afspraken komen in een kernovereenkomst.',
        trekker: COMMUNICATIE,
        status: 'onderdeel bedrijfsvoering',
      },
      {
        nr: 3,
        omschrijving: 'Projectmatig werken.',
        toelichting: 'Sinds 1 januari 2012 starten nieuwe plannen met een startdocument met aandacht voor het participatietraject.',
        status: 'onderdeel bedrijfsvoering',
      },
      {
        nr: 4,
        omschrijving: 'Integraal werken.',
        toelichting: 'Het management is verantwoordelijk voor integraal werken; de wijkcoördinatoren signaleren en adviseren.',
        trekker: 'Management',
        status: 'onderdeel bedrijfsvoering',
      },
    ],
  },
  {
    nr: 3,
    evaluatieNr: 2,
    titel: 'Maak de rol en status van de wijkverenigingen duidelijk',
    probleem: [
      'Bewonersverenigingen ervaren dat zij onvoldoende geïnformeerd en/of betrokken zijn/worden bij werkzaamheden of gemeentelijke plannen in hun wijk.',
      'Bewonersverenigingen zijn soms de enige gesprekspartner en soms een van de deelnemers in een klankbordgroep of ander participatietraject.',
      'Het is onvoldoende bekend wat met de inbreng van bewonersverenigingen gedaan wordt.',
    ],
    watWillenWeBereiken: [
      'Duidelijkheid aanbrengen in de rol en status van de bewonersverenigingen.',
      'Vooraf duidelijkheid verschaffen over participatietrajecten en de verschillende rollen van de deelnemers.',
      'De kernoverleggen en wijkverenigingen krijgen de mogelijkheid om hun mening te geven over onderwerpen die de wijk of kern betreffen.',
    ],
    acties: [
      { nr: 1, omschrijving: 'Een duidelijke scheiding tussen burgerparticipatie en wijkgericht werken aanbrengen.', trekker: WIJKCO, status: 'uitgevoerd' },
      {
        nr: 2,
        omschrijving: 'Een duidelijke scheiding in rollen van de wijkverenigingen afspreken bij burgerparticipatietrajecten en in het wijkgericht werken.',
        toelichting: 'Bij elke nieuwe ontwikkeling wordt een participatietraject op maat gemaakt, standaard opgenomen in startdocumenten.',
        trekker: WIJKCO,
        status: 'onderdeel bedrijfsvoering',
      },
      {
        nr: 3,
        omschrijving: 'Een kern kan door middel van een contract afspraken met de gemeente vastleggen. Hiermee worden vraag/aanbod en planning vastgelegd.',
        toelichting: 'Een overeenkomst met drie tot vier realistische projecten per kern, uit de afdelingsplannen en de programmabegroting.',
        status: 'loopt',
      },
      {
        nr: 4,
        omschrijving: 'De kernoverleggen en wijkverenigingen ontvangen jaarlijks een overzicht van de gemeente met onderwerpen, plannen en projecten die hun kern/wijk aangaan.',
        toelichting: 'De afdelingsplannen worden jaarlijks nagelopen op het belang voor wijken en kernen en daarna gecommuniceerd.',
        status: 'gepland',
      },
    ],
  },
  {
    nr: 4,
    evaluatieNr: 3,
    titel: 'Laat medewerkers meer beseffen dat burgerparticipatie/wijkgericht werken loont',
    // The seed works this one out together with verbeterpunt 5.
    probleem: [],
    watWillenWeBereiken: [],
    acties: [],
  },
  {
    nr: 5,
    evaluatieNr: 7,
    titel: 'Sta bij ieder plan actief stil bij de betrokkenheid van en communicatie met inwoners',
    probleem: ['Wijkverenigingen zijn van mening dat niet bij alle medewerkers van de gemeente het wijkgericht werken "tussen de oren" zit.', 'Onbekend maakt onbemind.'],
    watWillenWeBereiken: [
      'De medewerkers van de gemeente zijn op de hoogte van het fenomeen wijkgericht werken.',
      'De medewerkers beschikken over de instrumenten om klantgericht te kunnen werken.',
      'Medewerkers zijn geïnformeerd over burgerparticipatie en communicatietrajecten en hoe ze deze vorm kunnen geven.',
    ],
    acties: [
      { nr: 1, omschrijving: 'Participatieparagraaf is aan het collegeadvies en raadsvoorstel toegevoegd.', status: 'onderdeel bedrijfsvoering' },
      { nr: 2, omschrijving: 'Op intranet is een toolkit communicatie beschikbaar voor alle medewerkers.', trekker: COMMUNICATIE, status: 'onderdeel bedrijfsvoering' },
      { nr: 3, omschrijving: 'Stroomschema voor burgerparticipatie is op intranet beschikbaar voor alle medewerkers.', trekker: WIJKCO, status: 'onderdeel bedrijfsvoering' },
      { nr: 4, omschrijving: 'Advisering door Bureau Communicatie en de wijkcoördinatoren is voor alle medewerkers beschikbaar.', trekker: COMMUNICATIE, status: 'onderdeel bedrijfsvoering' },
      { nr: 5, omschrijving: 'In oktober en november 2011 zijn de wijkcoördinatoren de afdelingen langs geweest om de participatieparagraaf te promoten en toe te lichten.', trekker: WIJKCO, status: 'onderdeel bedrijfsvoering' },
      {
        nr: 6,
        omschrijving: 'We stellen een nieuw dienstverleningsconcept op voor de hele organisatie. Medewerkers worden intern "opgeleid" om klantgericht te werken.',
        toelichting: 'In 2012 wordt wijkgericht werken ingepast in het project Dienstverlening, onderdeel Klantgericht werken.',
        status: 'loopt',
      },
      { nr: 7, omschrijving: 'Nieuwe medewerkers en externen worden geïnformeerd over onze bedrijfscultuur en werkwijzen.', status: 'onderdeel bedrijfsvoering' },
      {
        nr: 8,
        omschrijving: 'De toetsing van de competenties klantgericht, samenwerkingsgericht en afspraak is afspraak en de ervaringen met burgerparticipatie worden onderdeel van het functioneringsgesprek.',
        toelichting: 'Wordt meegenomen in de nieuwe functioneringsgesprekkenronde.',
        status: 'gepland',
      },
    ],
  },
  {
    nr: 6,
    evaluatieNr: 4,
    titel: 'Kijk op een andere wijze tegen burgerparticipatie/wijkgericht werken aan',
    probleem: ['Wijkverenigingen stellen wijkgericht werken gelijk aan burgerparticipatie.'],
    watWillenWeBereiken: ['De rol en status van wijkverenigingen en wijkgericht werken ten opzichte van burgerparticipatie moet duidelijk zijn.'],
    acties: [
      { nr: 1, omschrijving: 'Toevoegen participatieparagraaf aan college- en raadsadvies.', status: 'onderdeel bedrijfsvoering' },
      {
        nr: 2,
        omschrijving: 'Opstellen protocollen voor "eenvoudige/gestandaardiseerde" processen.',
        toelichting: 'Protocollen voor participatie bij herinrichting van wegen en groen, in maart en april.',
        trekker: WIJKCO,
        status: 'onderdeel bedrijfsvoering',
      },
      { nr: 3, omschrijving: 'Naar de wijken/kernen en de doelgroepen toe.', trekker: WIJKCO, status: 'onderdeel bedrijfsvoering' },
      {
        nr: 4,
        omschrijving: 'Nieuwe manieren en instrumenten inzetten om meningen te peilen.',
        toelichting: 'Bijvoorbeeld met een kraam op de weekmarkt of op plekken waar veel jongeren komen; samen met de adviseurs van Bureau Communicatie.',
        trekker: WIJKCO,
        planning: 'maart/april',
        status: 'loopt',
      },
    ],
  },
  {
    nr: 7,
    evaluatieNr: 6,
    titel: 'Zorg dat concurrentiegevoelens tussen raad en wijkverenigingen verdwijnen',
    probleem: ['Sommige wijkverenigingen ervaren concurrentiegevoelens bij de gemeenteraad.'],
    watWillenWeBereiken: ['De raad informeren over wijkgericht werken en de resultaten.', 'Wijkverenigingen in contact brengen met raadsleden.'],
    acties: [
      {
        nr: 1,
        omschrijving: 'De raad informeren over het wijkgericht werken en de resultaten met een jaarlijkse rapportage.',
        toelichting: 'In het eerste kwartaal van 2013 een werkbezoek wijkgericht werken naar de gemeente Haarlemmermeer, voor raadsleden en bestuursleden van wijkverenigingen.',
        trekker: WIJKCO,
        status: 'onderdeel bedrijfsvoering',
      },
      { nr: 2, omschrijving: 'Invoering participatieparagraaf aan college- en raadsadviezen.', status: 'onderdeel bedrijfsvoering' },
      { nr: 3, omschrijving: 'De raad uitnodigen voor kernbezoeken.', trekker: WIJKCO, planning: '2013', status: 'gepland' },
    ],
  },
];

export const BERGEN_YEARS = [2011, 2012, 2013, 2014] as const;

/**
 * The actions as the Verbeterpunten list holds them: one readable line per action, as the tab writes them
 * (the trekkers here are departments, so there are no person ids for the hidden links column).
 */
export function bergenActiesText(acties: readonly BergenActie[], text: (s: string) => string): string {
  return formatVerbeterActies(
    acties.map((a) => ({
      ...a,
      omschrijving: text(a.omschrijving),
      ...(a.toelichting ? { toelichting: text(a.toelichting) } : {}),
      ...(a.planning ? { planning: text(a.planning) } : {}),
    })),
  );
}
