/*
 * Dutch B1 labels for the work-group domain, shared by the tab and the bot. The keys are the
 * values in src/workgroups (statuses, reminder kinds, holidays, series rules).
 */

/** Status of an actie (Planner task). */
export const actieStatusLabel = {
  open: 'Open',
  klaar: 'Klaar',
} as const satisfies Record<'open' | 'klaar', string>;

/** Status of a resultaat (Weert register). */
export const resultaatStatusLabel = {
  gepland: 'Gepland',
  loopt: 'Loopt',
  gereed: 'Gereed',
} as const satisfies Record<'gepland' | 'loopt' | 'gereed', string>;

/** Status of a numbered action under a verbeterpunt (Bergen). */
export const verbeterActieStatusLabel = {
  gepland: 'Gepland',
  loopt: 'Loopt',
  uitgevoerd: 'Uitgevoerd',
  'onderdeel bedrijfsvoering': 'Onderdeel van de bedrijfsvoering',
} as const satisfies Record<'gepland' | 'loopt' | 'uitgevoerd' | 'onderdeel bedrijfsvoering', string>;

/** Reminder kinds, as shown in the settings ("welke herinneringen wil je krijgen?"). */
export const reminderKindLabel = {
  'actie-bijna': 'Je actie moet bijna klaar zijn',
  'actie-vandaag': 'Je actie moet vandaag klaar zijn',
  'actie-verlopen': 'Je actie is te laat (één keer per week)',
  vergadering: 'De werkgroep vergadert bijna',
  weekoverzicht: 'Weekoverzicht voor het MT (maandag)',
} as const satisfies Record<'actie-bijna' | 'actie-vandaag' | 'actie-verlopen' | 'vergadering' | 'weekoverzicht', string>;

/** Dutch public holidays. */
export const holidayLabel = {
  nieuwjaarsdag: 'Nieuwjaarsdag',
  'goede-vrijdag': 'Goede Vrijdag',
  'eerste-paasdag': 'Eerste Paasdag',
  'tweede-paasdag': 'Tweede Paasdag',
  koningsdag: 'Koningsdag',
  bevrijdingsdag: 'Bevrijdingsdag',
  hemelvaartsdag: 'Hemelvaartsdag',
  'eerste-pinksterdag': 'Eerste Pinksterdag',
  'tweede-pinksterdag': 'Tweede Pinksterdag',
  'eerste-kerstdag': 'Eerste Kerstdag',
  'tweede-kerstdag': 'Tweede Kerstdag',
} as const;

export const weekdayLabel = {
  monday: 'maandag',
  tuesday: 'dinsdag',
  wednesday: 'woensdag',
  thursday: 'donderdag',
  friday: 'vrijdag',
  saturday: 'zaterdag',
  sunday: 'zondag',
} as const;

export const weekIndexLabel = {
  first: 'eerste',
  second: 'tweede',
  third: 'derde',
  fourth: 'vierde',
  last: 'laatste',
} as const;

/**
 * A monthly series in words.
 * @example describeMonthlyRuleNl({ index: 'first', weekday: 'tuesday', time: '14:00' }) //=> 'Elke eerste dinsdag van de maand om 14.00 uur'
 */
export function describeMonthlyRuleNl(rule: {
  index: keyof typeof weekIndexLabel;
  weekday: keyof typeof weekdayLabel;
  time: string;
  interval?: number;
}): string {
  const interval = rule.interval ?? 1;
  const every = interval === 1 ? 'Elke' : `Om de ${interval} maanden de`;
  return `${every} ${weekIndexLabel[rule.index]} ${weekdayLabel[rule.weekday]} van de maand om ${rule.time.replace(':', '.')} uur`;
}

/** Labels for the Jaarverslag numbers (summarizeYear). */
export const yearSummaryLabel = {
  meetingsHeld: 'Vergaderingen gehouden',
  meetingsPlanned: 'Vergaderingen nog gepland',
  actionsTotal: 'Acties',
  actionsDone: 'Acties klaar',
  actionsDoneOnTime: 'Op tijd klaar',
  actionsDoneLate: 'Te laat klaar',
  actionsOpen: 'Acties nog open',
  actionsOverdue: 'Waarvan te laat',
  resultaten: 'Resultaten',
  verbeterpunten: 'Verbeterpunten',
  verbeterActies: 'Acties bij verbeterpunten',
} as const;
