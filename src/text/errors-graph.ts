/** Dutch B1 text for the graph error codes: what happened and what to do next. */
export const graphErrors = {
  'GRAPH.UNAUTHORIZED': 'Je bent niet (meer) aangemeld bij Microsoft 365. Meld je opnieuw aan en probeer het nog een keer.',
  'GRAPH.TOKEN_EXPIRED': 'Je aanmelding bij Microsoft 365 is verlopen. Meld je opnieuw aan en probeer het nog een keer.',
  'GRAPH.FORBIDDEN': 'Je hebt geen toegang tot dit onderdeel van Microsoft 365. Vraag je beheerder om toegang.',
  'GRAPH.NOT_FOUND': 'We kunnen dit niet meer vinden in Microsoft 365. Misschien heeft iemand het verwijderd. Ververs de pagina.',
  'GRAPH.CONFLICT':
    'Iemand anders heeft dit net ook aangepast. We laten je de nieuwste versie zien. Kijk of je wijziging nog nodig is en sla hem dan opnieuw op.',
  'GRAPH.PRECONDITION_FAILED': 'Dit is intussen door iemand anders aangepast. Ververs de pagina en probeer het opnieuw.',
  'GRAPH.THROTTLED': 'Microsoft 365 is even druk. Probeer het over een minuut opnieuw.',
  'GRAPH.UNAVAILABLE': 'Microsoft 365 is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  'GRAPH.BAD_REQUEST': 'Microsoft 365 kon deze gegevens niet verwerken. Controleer wat je hebt ingevuld en probeer het opnieuw.',
  'GRAPH.MALFORMED':
    'Een deel van de gegevens uit Microsoft 365 klopt niet en hebben we overgeslagen. De rest werkt gewoon. Meld het aan je beheerder als het blijft gebeuren.',
  'GRAPH.NO_PLAN':
    'Deze werkgroep heeft nog geen planning in Planner. Voeg in het team een Planner-tabblad toe en probeer het daarna opnieuw.',
  'GRAPH.NO_MEETING_LIST':
    'Deze werkgroep heeft nog geen lijst Vergaderingen, dus de bot kan niet aan de vergadering herinneren. Open de tab van de werkgroep; die maakt de lijst en zet de vergaderingen erin.',
  'GRAPH.NETWORK': 'We konden Microsoft 365 niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
} as const satisfies Record<string, string>;
