/**
 * Dutch B1 text of the public pages the Teams manifest and the Word add-in manifest point to:
 * privacy (privacyUrl), gebruiksvoorwaarden (termsOfUseUrl) and support (the add-in's SupportUrl).
 * `g` is the municipality's name (setting GEMEENTE_NAAM).
 */
export interface InfoSection {
  heading: string;
  paragraphs?: readonly string[];
  items?: readonly string[];
}

export interface InfoPageText {
  title: string;
  intro: string;
  sections: readonly InfoSection[];
}

export type InfoPageKind = 'privacy' | 'gebruiksvoorwaarden' | 'support';

const appName = 'Participatie in Word en Teams';

export const infoPagesText = {
  appName,
  otherPages: 'Meer over deze app',
  linkLabels: { privacy: 'Privacy', gebruiksvoorwaarden: 'Gebruiksvoorwaarden', support: 'Hulp en contact' } satisfies Record<InfoPageKind, string>,
  pages: {
    privacy: (g: string): InfoPageText => ({
      title: `Privacy: ${appName}`,
      intro: `${g} gebruikt deze app voor het werk van werkgroepen en voor de participatieparagraaf in adviezen. ${g} is verantwoordelijk voor de gegevens in de app. Hier lees je welke gegevens de app gebruikt en waar ze staan.`,
      sections: [
        {
          heading: 'Welke gegevens gebruikt de app?',
          items: [
            'Je naam, je e-mailadres en de id van je Microsoft 365-account.',
            'De werkgroepen (teams) waar je lid of eigenaar van bent.',
            'Acties in Planner: de titel, wie de trekker is, de datum en of de actie klaar is.',
            'Vergaderingen van de werkgroep: datum, tijd en de link naar de Teams-vergadering.',
            'Agendapunten, besluiten, resultaten en verbeterpunten in de lijsten van de teamsite.',
            'In Word: je antwoorden op de vragen over participatie. Die staan in het document zelf.',
          ],
        },
        {
          heading: 'Waar staan de gegevens?',
          paragraphs: [
            `Bijna alles staat in de Microsoft 365-omgeving van ${g}: in Teams, Planner, SharePoint en de agenda van de groep. De app maakt daar geen kopie van in een eigen database.`,
            `De bot bewaart een paar dingen zelf, in zijn eigen opslag bij ${g} (in Azure of op een server van de gemeente): met welk gesprek of kanaal hij je een bericht kan sturen, welke herinneringen hij al heeft gestuurd, wanneer je een herinnering hebt uitgesteld, en je voorkeuren, zoals de uren waarin je geen berichten wilt.`,
            'De Word-add-in stuurt je antwoorden nergens heen. Ze blijven in het document.',
          ],
        },
        {
          heading: 'Waarvoor gebruikt de app de gegevens?',
          items: [
            'Om trekkers te herinneren aan hun acties.',
            'Om de werkgroep te herinneren aan de vergadering.',
            'Om MT-leden een weekoverzicht te sturen.',
            'Om de participatieparagraaf in je advies te schrijven.',
          ],
        },
        {
          heading: 'Wie kan de gegevens zien?',
          paragraphs: [
            'Alleen wie dat in Microsoft 365 al mag: de leden van de werkgroep zien de gegevens van hun werkgroep. MT-leden krijgen een overzicht van de werkgroepen. De app geeft niemand meer rechten dan hij al heeft.',
          ],
        },
        {
          heading: 'Hoe lang blijven de gegevens bewaard?',
          paragraphs: [
            `De gegevens in Microsoft 365 blijven bewaard volgens de bewaarregels van ${g}. Wat de bot zelf bewaart, hoort bij de herinneringen; haal je de app weg, dan stuurt de bot je niets meer.`,
          ],
        },
        {
          heading: 'Vragen of een verzoek?',
          paragraphs: [
            `Je mag vragen welke gegevens er over jou zijn, en vragen om ze te verbeteren of te verwijderen. Neem contact op met de servicedesk of de functionaris gegevensbescherming van ${g}.`,
          ],
        },
      ],
    }),
    gebruiksvoorwaarden: (g: string): InfoPageText => ({
      title: `Gebruiksvoorwaarden: ${appName}`,
      intro: `Deze app is van ${g}, voor medewerkers van ${g}. Door de app te gebruiken, ga je akkoord met deze voorwaarden.`,
      sections: [
        {
          heading: 'Gebruik',
          items: [
            'Gebruik de app alleen voor je werk.',
            'Je meldt je aan met je eigen Microsoft 365-account. Deel je account niet.',
            `Houd je aan de regels van ${g} over informatiebeveiliging en privacy.`,
          ],
        },
        {
          heading: 'Adviezen en teksten',
          paragraphs: [
            'De app geeft advies over de trede op de participatieladder en schrijft een voorstel voor de participatieparagraaf. Dat is een hulpmiddel. Jij en je afdeling blijven verantwoordelijk voor wat er in het advies staat.',
          ],
        },
        {
          heading: 'Beschikbaarheid',
          paragraphs: [
            `${g} doet haar best om de app goed te laten werken. Soms is er onderhoud of een storing. Daardoor kan een herinnering later komen of een keer niet. Houd zelf ook je acties en vergaderingen bij.`,
          ],
        },
        {
          heading: 'Wijzigingen',
          paragraphs: ['De app en deze voorwaarden kunnen veranderen. De nieuwste versie staat altijd op deze pagina.'],
        },
        {
          heading: 'Vragen',
          paragraphs: [`Heb je een vraag over de app? Neem contact op met de servicedesk van ${g}.`],
        },
      ],
    }),
    support: (g: string): InfoPageText => ({
      title: `Hulp: ${appName}`,
      intro: `Lukt iets niet met de app? Hier vind je de oplossing voor de meest gestelde vragen. Kom je er niet uit, neem dan contact op met de servicedesk van ${g}.`,
      sections: [
        {
          heading: 'De tab in Teams start niet',
          items: [
            'Kies Opnieuw proberen.',
            'Helpt dat niet? Sluit Teams helemaal af en open het opnieuw.',
            'Zie je dat de app geen toestemming heeft? Vraag je beheerder om toestemming te geven.',
          ],
        },
        {
          heading: 'Ik krijg geen herinneringen',
          items: [
            'Kijk of de app Werkgroepen bij jou in Teams staat.',
            'Typ "instellingen" in de chat met de bot en kijk of je de herinneringen aan hebt staan, en welke uren stil zijn.',
            'De bot stuurt geen herinneringen in het weekend en op feestdagen.',
          ],
        },
        {
          heading: 'De participatieparagraaf in Word',
          items: [
            'Open de add-in in Word via Start en dan Invoegtoepassingen.',
            'Heb je de paragraaf zelf aangepast? Dan vraagt de add-in eerst of je je tekst wilt houden.',
            'Staat de add-in er niet? Vraag de servicedesk om hem voor je klaar te zetten.',
          ],
        },
        {
          heading: 'Contact',
          paragraphs: [`Neem contact op met de servicedesk van ${g}. Zeg dat het gaat om de app "${appName}" en wat je zag.`],
        },
      ],
    }),
  } satisfies Record<InfoPageKind, (g: string) => InfoPageText>,
} as const;
