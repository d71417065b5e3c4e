/** Dutch B1 text for the workgroups error codes: what happened and what to do next. */
export const workgroupsErrors = {
  'WORKGROUPS.NOT_ALLOWED':
    'Je mag deze actie niet wijzigen. Dat mogen alleen de trekker, de voorzitter van de werkgroep en het MT-lid. Vraag een van hen om het te doen.',
  'WORKGROUPS.NOT_A_MEMBER':
    'Je kunt de actie alleen overdragen aan iemand uit de werkgroep. Kies een lid van de werkgroep, of voeg de persoon eerst toe aan de werkgroep.',
  'WORKGROUPS.ACTION_DONE': 'Deze actie is al klaar. Je hoeft niets meer te doen.',
  'WORKGROUPS.WRONG_WERKGROEP': 'Deze actie hoort bij een andere werkgroep. Open de actie vanuit haar eigen werkgroep.',
  'WORKGROUPS.INVALID_SNOOZE': 'Je kunt een herinnering 1, 3 of 5 werkdagen uitstellen. Kies een van die drie.',
  'WORKGROUPS.INVALID_INPUT': 'De gegevens van de werkgroep kloppen niet ({field}). Probeer het later opnieuw. Blijft het misgaan? Meld het aan je beheerder.',
  'WORKGROUPS.INVALID_SERIES': 'Deze vergaderreeks kan niet: {field}. Pas de reeks aan en probeer het opnieuw.',
} as const satisfies Record<string, string>;
