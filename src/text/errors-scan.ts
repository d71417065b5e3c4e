/** Dutch B1 text for the scan error codes: what happened and what to do next. */
export const scanErrors = {
  // Per file: the scan reports these and goes on with the next file.
  'SCAN.CORRUPT':
    'Dit bestand is beschadigd of is geen echt Word-bestand. Open het in Word en sla het opnieuw op als .docx.',
  'SCAN.ENCRYPTED':
    'Dit bestand is beveiligd met een wachtwoord. Haal het wachtwoord eraf in Word (Bestand > Info > Document beveiligen) en scan opnieuw.',
  'SCAN.OLD_FORMAT':
    'Dit is een oud Word-bestand (.doc). Open het in Word en sla het op als .docx. Daarna kun je het scannen.',
  'SCAN.LOCKED':
    'Dit bestand is op slot of je mag het niet lezen. Sluit het bestand in Word of vraag om leesrechten, en scan opnieuw.',
  'SCAN.UNREADABLE': 'We konden dit bestand niet lezen. Controleer of het bestand nog bestaat en scan opnieuw.',
  'SCAN.TOO_LARGE':
    'Dit bestand is te groot om te scannen (meer dan {limit}). Haal grote afbeeldingen of bijlagen uit het document en scan opnieuw.',
  'SCAN.TEMP_FILE': 'Dit is een tijdelijk bestand van Word. Dat slaan we over.',
  'SCAN.OWN_REPORT': 'Dit is een rapport van de participatiescan zelf. Dat slaan we over.',
  'SCAN.NO_TEXT':
    'In dit document staat geen tekst. Misschien staan er alleen afbeeldingen in, of is het een gescande brief. Lees het zelf na, of sla het op met echte tekst.',
  'SCAN.INTERNAL':
    'Door een fout in de scan konden we dit bestand niet goed lezen. De andere bestanden zijn wel gescand. Meld dit bij je beheerder.',
  'SCAN.FOLDER_UNREADABLE': 'We konden de map {path} niet openen. Controleer of je leesrechten hebt.',
  // Whole command: wrong use (exit code 2).
  'SCAN.USAGE':
    'Zo gebruik je de scan: npm run scan -- <map> [--year 2026] [--out rapport.docx|rapport.csv|rapport.json] [--raad-report verslag.docx] [--register trajecten.json] [--profile <bestand|url>]. Of: npm run scan -- --insert <antwoorden.json> <document.docx> [--force] [--profile <bestand|url>]. Meer uitleg: npm run scan -- --help.',
  'SCAN.USAGE_OPTION': 'De optie {option} kennen we niet. {usage}',
  'SCAN.USAGE_YEAR': 'Het jaar "{value}" klopt niet. Gebruik 4 cijfers, bijvoorbeeld --year 2026.',
  'SCAN.USAGE_OUT':
    'We kunnen het rapport alleen maken als .docx, .csv of .json. Kies bijvoorbeeld --out rapport.docx.',
  'SCAN.FOLDER_NOT_FOUND': 'De map {path} bestaat niet. Controleer de naam en probeer het opnieuw.',
  'SCAN.NOT_A_FOLDER': '{path} is geen map. Geef de map met Word-bestanden op.',
  'SCAN.USAGE_RAAD_REPORT': 'Het verslag voor de raad kunnen we alleen maken als .docx. Kies bijvoorbeeld --raad-report verslag.docx.',
  // --profile and --register: the command stops, because a wrong profile or register gives wrong results.
  'SCAN.PROFILE_UNREADABLE': 'We konden het gemeenteprofiel {source} niet openen. Kijk of de naam en de map kloppen.',
  'SCAN.PROFILE_DOWNLOAD':
    'We konden het gemeenteprofiel niet ophalen van {source} ({reason}). Kijk of het adres klopt en of je verbinding hebt.',
  'SCAN.PROFILE_NOT_JSON':
    'Het gemeenteprofiel {source} is geen geldige JSON. Kijk naar komma\'s, aanhalingstekens en haakjes, of vraag je beheerder om het juiste bestand.',
  'SCAN.PROFILE_INVALID':
    'Het gemeenteprofiel {source} klopt niet bij het veld "{field}". Vraag je beheerder het profiel te controleren.',
  'SCAN.REGISTER_UNREADABLE':
    'We konden het register {path} niet lezen. Geef een JSON-bestand met een lijst van trajecten, zoals de tab Participatie het downloadt.',
  'SCAN.REGISTER_INVALID': 'Het register {path} klopt niet bij traject {nr}: {problem}. Download het register opnieuw uit de tab Participatie.',
  'SCAN.OUT_FAILED': 'We konden het rapport niet opslaan in {path}. Controleer of de map bestaat en of je daar mag schrijven.',
  // --insert
  'SCAN.ANSWERS_FILE':
    'We konden de antwoorden in {path} niet lezen. Controleer of het bestand bestaat en of het geldige JSON is.',
  'SCAN.ANSWERS_INVALID': 'De antwoorden in {path} kloppen niet: {problems}. Pas ze aan en probeer het opnieuw.',
  'SCAN.INSERT_NOT_DOCX': 'We kunnen alleen in een .docx-bestand schrijven. Sla het document eerst op als .docx.',
  'SCAN.INSERT_HAND_EDITED':
    'Iemand heeft de participatieparagraaf met de hand aangepast. We hebben niets veranderd. Wil je de tekst toch vervangen? Gebruik dan --force.',
  'SCAN.INSERT_SECTION_HAS_TEXT':
    'Onder het kopje Participatie staat al tekst die met de hand is geschreven. We hebben niets veranderd. Wil je die tekst vervangen? Gebruik dan --force.',
  'SCAN.INSERT_SEVERAL_HEADINGS':
    'Het document heeft {count} kopjes Participatie. We weten niet waar de paragraaf moet komen. Haal de extra kopjes weg en probeer het opnieuw.',
  'SCAN.INSERT_DUPLICATE_CONTROL':
    'De participatieparagraaf staat {count} keer in het document, waarschijnlijk door kopiëren en plakken. Haal de extra paragrafen weg en probeer het opnieuw.',
  'SCAN.INSERT_WRITE_FAILED':
    'We konden het document niet opslaan. Het oorspronkelijke bestand is niet veranderd. Sluit het bestand in Word en probeer het opnieuw.',
} as const satisfies Record<string, string>;
