/** Dutch B1 text for the participation error codes: what happened and what to do next. */
export const participationErrors = {
  'PROFILE.INVALID':
    'Het gemeenteprofiel klopt niet bij het veld "{field}". Vraag je beheerder het profiel te controleren.',
  'PART.XML_INVALID':
    'De opgeslagen antwoorden in dit document zijn niet te lezen. Vul de checklist opnieuw in; je tekst in het document blijft staan.',
  'PART.XML_ANSWERS_INVALID':
    'De opgeslagen antwoorden in dit document kloppen niet bij "{path}". Loop de checklist na en sla opnieuw op.',
  'PART.ANSWERS_NOT_OBJECT': 'Het bestand bevat geen antwoorden. Zet de antwoorden als velden tussen { en }.',
  'PART.UNKNOWN_FIELD': 'Het veld "{path}" kennen we niet. Haal het weg of kijk of de naam goed gespeld is.',
  'PART.REQUIRED': 'Vraag {nr} ("{vraag}") is niet beantwoord. Vul het antwoord in bij "{path}".',
  'PART.INVALID_VALUE': 'Het antwoord bij "{path}" (vraag {nr}: "{vraag}") klopt niet. {hint}',
  'PART.ANDERS_NO_TEXT': 'Je koos "anders" bij "{path}". Schrijf in "omschrijving" wat je bedoelt.',
  'PART.PERIOD_ORDER': 'De einddatum ligt vóór de begindatum. Pas bij vraag {nr} de begindatum of de einddatum aan.',
  'PART.COUNT_TOO_LOW': 'Het aantal bij vraag {nr} is te laag. Vul een heel getal in van {min} of meer.',
  'PART.BUDGET_NEGATIVE': 'Het budget bij vraag {nr} is lager dan nul. Vul een bedrag in van 0 euro of meer.',
  'PART.COUNT_NOT_WHOLE': 'Het aantal bij vraag {nr} is geen heel getal. Vul een heel getal in, zoals 12.',
  'PART.INBRENG_MISMATCH':
    'Bij vraag 14 staan meer antwoorden dan er punten zijn bij vraag 13. Geef elk punt van vraag 13 precies één antwoord.',
  'PART.VERSION_TOO_NEW':
    'Deze antwoorden komen uit een nieuwere versie van de checklist (versie {version}). Werk de software bij en probeer het opnieuw.',
  // Findings of the checks (PARTICIPATION.md §5): each says what to do.
  'PART.NO_REASON': 'Je koos voor geen participatie, maar gaf geen reden. Kies bij vraag 7a minstens één reden.',
  'PART.NO_EXPLANATION': 'Je koos voor geen participatie zonder uitleg. Schrijf bij vraag 7b in een of twee zinnen waarom.',
  'PART.OW_NO_MOTIVATION':
    'Bij {instrument} moet je uitleggen waarom er geen participatie is. Dat is verplicht. Kies bij vraag 7a een reden en leg die uit bij vraag 7b.',
  'PART.BOPA_NO_VERSLAG':
    'Voor dit plan is participatie verplicht, maar er zit geen participatieverslag bij de aanvraag. Vraag de initiatiefnemer om het verslag en vul vraag 4b in.',
  'PART.BOPA_LIST_UNKNOWN': 'Zoek uit of dit plan op de lijst van de raad met verplichte participatie staat, en vul vraag 4a in.{lijst}',
  'PART.VERGUNNING_NO_INITIATIEFNEMER': 'Vul bij vraag 4b in wie de initiatiefnemer is.',
  'PART.VERGUNNING_NO_VERSLAG_ANSWER': 'Vul bij vraag 4b in of er een participatieverslag bij de aanvraag zit.',
  'PART.NO_MANDATE':
    'Maak vooraf duidelijk wat deelnemers mogen beslissen. Vul bij vraag 16 de kaders, het budget en wie het resultaat overneemt in.',
  'PART.LEVEL_TOO_HIGH':
    'Er is geen ruimte voor inbreng, maar je koos {level}. Dan verwachten mensen invloed die ze niet krijgen. Kies informeren, of kijk vraag 5 opnieuw na.',
  'PART.LEVEL_FAR_BELOW': 'Je koos {level}. Dat is veel lager dan het advies ({advice}). Leg bij vraag 9a uit waarom.',
  'PART.LEVEL_NO_WHY': 'Je koos {level} en niet het advies ({advice}). Leg bij vraag 9a uit waarom.',
  'PART.NO_WHAT_DONE':
    'Je schreef nog niet wat je met de inbreng hebt gedaan. Schrijf bij vraag 13 wat mensen zeiden en bij vraag 14 wat je met elk punt deed.',
  'PART.NO_FEEDBACK':
    'Terugkoppeling ontbreekt. Vul bij vraag 15 in hoe en wanneer de deelnemers horen wat er met hun inbreng gebeurt.',
  'PART.INBRENG_NO_REASON': 'Je nam punt {nr} niet of maar deels over. Leg bij vraag 14 uit waarom.',
  'PART.FUTURE_DATE_DONE':
    'De participatie is klaar, maar {datum} ligt in de toekomst. Pas de datum aan, of kies bij vraag 7 dat de participatie nog loopt.',
  'PART.NO_INFORM': 'Kies bij vraag 7c hoe inwoners van het besluit horen.',
  'PART.NO_ADVISEUR': 'Dit onderwerp scoort {score} van de 12 punten. Overleg met {adviseur} en vul vraag 18 in.',
  'PART.B1_LONG_SENTENCE': 'De zin "{begin}" heeft {n} woorden. Maak er twee of meer korte zinnen van.',
  'PART.B1_OFFICIALESE': '"{woord}" is ambtelijke taal. Schrijf liever "{suggestie}".',
  'PART.B1_PASSIVE': 'De zin "{begin}" staat in de lijdende vorm. Schrijf wie iets doet, bijvoorbeeld "we" of "het college".',
  // `npm run paragraaf`
  'PART.CLI_USAGE': 'Dat begrijpt het programma niet: {detail}. {usage}',
  'PART.CLI_FILE_UNREADABLE': 'Het bestand "{file}" is niet te openen. Kijk of de naam en de map kloppen.',
  'PART.CLI_INVALID_JSON':
    'Het bestand "{file}" is geen geldige JSON (regel {line}, teken {column}). Kijk bij die plek naar komma\'s, aanhalingstekens en haakjes.',
  'PART.CLI_PROFILE_UNREADABLE': 'Het gemeenteprofiel "{file}" is niet te openen. Kijk of de naam en de map kloppen.',
  'PART.CLI_PROFILE_INVALID_JSON':
    'Het gemeenteprofiel "{file}" is geen geldige JSON (regel {line}, teken {column}). Kijk bij die plek naar komma\'s, aanhalingstekens en haakjes.',
} as const satisfies Record<string, string>;
