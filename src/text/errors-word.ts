/** Dutch B1 text for the word error codes: what happened and what to do next. */
export const wordErrors = {
  'WORD.NOT_IN_WORD': 'Deze invoegtoepassing werkt alleen in Word. Open hem vanuit Word via Invoegtoepassingen.',
  'WORD.UNSUPPORTED': 'Deze versie van Word mist een onderdeel dat we nodig hebben ({set}). Werk Word bij of gebruik Word op het web.',
  'WORD.READ_ONLY': 'Het document is alleen-lezen. Kies in Word voor Document bewerken en probeer het opnieuw.',
  'WORD.PROTECTED': 'Het document is beveiligd tegen wijzigen. Vraag de eigenaar de beveiliging op te heffen en probeer het opnieuw.',
  'WORD.SYNC_FAILED': 'Word kon de wijziging niet uitvoeren. Er is niets aangepast. Probeer het opnieuw.',
  'WORD.ANSWERS_UNREADABLE': 'De opgeslagen antwoorden in dit document zijn beschadigd. Vul de vragen opnieuw in.',
  'WORD.SECTION_EDITED': 'Je hebt de paragraaf zelf aangepast. Kies of je die wilt vervangen.',
  'WORD.PROFILE_FETCH': 'Het gemeenteprofiel kon niet worden geladen. Controleer het adres of vraag je beheerder om hulp.',
  'WORD.PROFILE_FILE': 'Dit bestand is geen geldig gemeenteprofiel. Kies een JSON-bestand van je beheerder.',
} as const satisfies Record<string, string>;
