/** Dutch B1 text for the store error codes: what happened and what to do next. */
export const storeErrors = {
  'STORE.CORRUPT':
    'Het gegevensbestand van de bot is beschadigd. We hebben er niets in veranderd. Vraag je beheerder om een reservekopie terug te zetten.',
  'STORE.LOCKED':
    'Het gegevensbestand van de bot is in gebruik door een ander programma. Wacht even en probeer het opnieuw. Blijft het zo? Stop dan het andere programma.',
  'STORE.SCHEMA_TOO_NEW':
    'Het gegevensbestand is gemaakt door een nieuwere versie van de bot. Werk de bot bij en start hem opnieuw.',
  'STORE.MIGRATION_FAILED':
    'Het bijwerken van het gegevensbestand is mislukt. Er is niets verloren gegaan. Vraag je beheerder om te kijken in het logboek.',
  'STORE.UNAVAILABLE': 'De opslag van de bot is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  'STORE.NOT_WRITABLE':
    'De bot kan zijn gegevens niet opslaan in de map {dir}. Controleer of de map bestaat en of de bot erin mag schrijven.',
  'STORE.KEY_INVALID':
    'De bot kan dit gegeven niet opslaan: de sleutel is te lang of bevat een teken dat Azure Table Storage niet toestaat. Er is niets opgeslagen. Vraag je beheerder om te kijken in het logboek.',
  'STORE.INVALID_RECORD': 'Er staat een onjuist gegeven in de opslag van de bot. Vraag je beheerder om te kijken in het logboek.',
} as const satisfies Record<string, string>;
