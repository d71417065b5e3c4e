/** Dutch B1 text for the bot error codes: what happened and what to do next. */
export const botErrors = {
  'BOT.CARD_INVALID': 'Deze kaart is verouderd of onvolledig. Typ mijn acties om een nieuwe te krijgen.',
  'BOT.ACTION_NOT_FOUND': 'Deze actie bestaat niet meer. Misschien heeft iemand hem verwijderd. Typ mijn acties voor je actuele lijst.',
  'BOT.NOT_ALLOWED':
    'Je mag deze actie niet wijzigen. Alleen de trekker, de voorzitter van de werkgroep of een MT-lid mag dat. Er is niets veranderd.',
  'BOT.CREDENTIALS_MISSING':
    'De bot kan niet starten: {names} ontbreekt. Vul dit in bij de instellingen van de app en start de bot opnieuw.',
  'BOT.CONNECTOR_THROTTLED': 'Teams is even druk. We sturen het bericht over een paar minuten opnieuw.',
  'BOT.CONNECTOR_UNAVAILABLE': 'Teams is nu niet bereikbaar. We sturen het bericht later opnieuw.',
  'BOT.CONNECTOR_REJECTED': 'Teams heeft het bericht niet aangenomen. Vraag je beheerder om in het logboek te kijken.',
  'BOT.NO_CONVERSATION':
    'We kunnen deze collega geen bericht sturen, omdat de app niet in Teams staat. Vraag de collega de app toe te voegen.',
  'BOT.INSTALL_FORBIDDEN':
    'We mogen de app niet zelf installeren voor deze collega. Vraag je beheerder om de app toe te staan, of vraag de collega de app toe te voegen.',
  'BOT.INVALID_TIME': 'Vul een tijd in als 08:30. Probeer het opnieuw.',
  'BOT.QUIET_HOURS_EQUAL':
    'Je stille uren beginnen en eindigen op hetzelfde tijdstip. Kies een andere eindtijd, of kies Geen stille uren. Je instellingen zijn nog niet opgeslagen.',
  'BOT.QUIET_HOURS_MISSING': 'Vul bij stille uren een begintijd en een eindtijd in, zoals 18:00 en 08:00. Je instellingen zijn nog niet opgeslagen.',
  'BOT.SECRET_UNRESOLVED':
    'De bot kan niet starten: {names} bevat een Key Vault-verwijzing die Azure niet kon ophalen. Geef de web-app toegang tot de Key Vault (rol Key Vault Secrets User) en controleer de naam van het geheim. Start de bot daarna opnieuw.',
  'BOT.NOT_SAVED':
    'Je wijziging is niet opgeslagen: Planner heeft hem niet bevestigd. Probeer het over een paar minuten nog een keer.',
  'BOT.SHUTTING_DOWN':
    'De bot werd net opnieuw gestart. Het is niet zeker of je wijziging is opgeslagen. Klik nog een keer: een actie die al klaar is, blijft gewoon klaar.',
  'BOT.OBO_RATE_LIMITED': 'Je hebt je te vaak achter elkaar aangemeld. Wacht {seconds} seconden en probeer het dan opnieuw.',
  'BOT.INVALID_DATE': 'Vul een datum en tijd in als 2026-12-01T08:00. Probeer het opnieuw.',
  'BOT.BAD_ARGUMENTS': 'Gebruik: npm run remind -- --at 2026-12-01T08:00 [--dry-run]',
} as const satisfies Record<string, string>;
