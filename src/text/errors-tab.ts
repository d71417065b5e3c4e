/** Dutch B1 text for the tab error codes: what happened and what to do next. */
export const tabErrors = {
  'TAB.NOT_IN_TEAM': 'Deze tab hoort bij het kanaal van een werkgroep. Voeg hem toe aan het team van je werkgroep.',
  'TAB.SIGN_IN_FAILED': 'Inloggen is niet gelukt. Sluit de tab en open hem opnieuw. Lukt het nog niet? Vraag je beheerder om hulp.',
  'TAB.CONSENT_REQUIRED': 'De app heeft nog geen toestemming voor je gegevens in Microsoft 365. Vraag je beheerder om toestemming te geven.',
  'TAB.CONFLICT': 'Iemand anders heeft dit net gewijzigd. Kies welke versie je wilt houden.',
  'TAB.OFFLINE': 'Er is geen verbinding. Je wijzigingen staan nog hier. Probeer het opnieuw als je weer verbinding hebt.',
  'TAB.ACTION_NOT_FOUND': 'Deze actie bestaat niet meer. Misschien heeft iemand hem verwijderd.',
  'TAB.REPORT_FAILED': 'Het jaarverslag maken is niet gelukt. Probeer het opnieuw.',
  'TAB.CONFIG_FAILED': 'De lijsten en de planning konden niet worden klaargezet. Probeer het opnieuw of vraag je beheerder om hulp.',
  'TAB.DEMO_UNAVAILABLE': 'De demo kan de testomgeving niet bereiken. Start de demo opnieuw met npm start.',
  'TAB.NOT_ALLOWED': 'Alleen de trekker, de voorzitter of een MT-lid mag deze actie wijzigen.',
  'TAB.HOST_TIMEOUT':
    'Teams reageert nog niet, dus de tab kan niet starten. Controleer je verbinding en kies Opnieuw proberen. Lukt het nog niet? Sluit Teams en open het opnieuw.',
  'TAB.NOT_IN_TEAMS': 'Deze pagina werkt alleen in Microsoft Teams. Open de app Werkgroepen in Teams en probeer het opnieuw.',
  'TAB.PLAN_CREATE_FAILED': 'Het Planner-plan voor dit team kon niet worden gemaakt. Probeer het opnieuw. Lukt het nog niet? Vraag een eigenaar van het team om het plan te maken.',
  'TAB.MEETING_LIST_NOT_UPDATED':
    'De vergadering is aangepast in de agenda, maar de lijst Vergaderingen nog niet. Daardoor stuurt de bot misschien geen herinnering. Open deze pagina over een paar minuten opnieuw; dan werken we de lijst bij.',
} as const satisfies Record<string, string>;
