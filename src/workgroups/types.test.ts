import { describe, expect, it } from 'vitest';
import {
  actieSchema,
  isoDateSchema,
  monthlyRuleSchema,
  preferencesSchema,
  resultaatSchema,
  snoozeSchema,
  verbeterpuntSchema,
  vergaderingSchema,
  werkgroepSchema,
} from './types.ts';

// Shaped like Weert's implementatieplan interactief beleid (2010), resultaat 1.
const weertResultaat1 = {
  id: 'r1',
  werkgroepId: 'g-weert',
  nr: 1,
  titel: 'Bij drie pilots is tussen 1 april 2010 en 31 maart 2011 optimaal gebruik gemaakt van de mogelijkheden van interactief beleid',
  doel: 'Het toepassen van de leidraad interactief werken bij de drie pilots.',
  doelgroep: ['Projectleiders van de drie pilots', 'Afdelingshoofden van de projectleiders', 'Projectwethouders'],
  watIsErGebeurd: '',
  methode: 'Instellen van een werkgroep met de projectleider interactief beleid als voorzitter.',
  doorlooptijd: { start: '2010-05-01', eind: '2011-03-31' },
  capaciteit: 'Maandelijks overleg met werkgroep',
  verankering: 'De resultaten worden gebruikt om de leidraad interactief beleid aan te passen.',
  verantwoordelijkMtLidId: 'marc-knaapen',
  status: 'gereed',
};

// Shaped like Bergen's wijkgericht werken (2012), verbeterpunt 1.
const bergenVerbeterpunt1 = {
  id: 'vp1',
  werkgroepId: 'g-bergen',
  nr: 1,
  evaluatieNr: 5,
  titel: 'Bundel de krachten van wijkverenigingen',
  probleem: ['Er zijn veel wijkverenigingen met beperkte bestuursbezetting'],
  watWillenWeBereiken: ['het overleg met de wijkverenigingen opschalen naar een kernoverleg'],
  acties: [
    { nr: 1, omschrijving: 'In 2014 zijn er maximaal 8 kernoverleggen.', toelichting: 'Ad 1, 4 en 5.', status: 'loopt' },
    { nr: 2, omschrijving: 'Vanaf 2013 wijkschouwen anders opzetten richting kernbezoek.', planning: '2013', status: 'gepland' },
    { nr: 3, omschrijving: 'Het meldingssysteem beter toegankelijk maken.', planning: 'oktober/november 2012', status: 'uitgevoerd' },
    { nr: 4, omschrijving: 'Herschikking van het budget wijkgericht werken.', status: 'onderdeel bedrijfsvoering' },
  ],
};

describe('schemas accept seed-shaped data', () => {
  it.each([
    ['resultaat (Weert)', resultaatSchema, weertResultaat1],
    ['verbeterpunt (Bergen)', verbeterpuntSchema, bergenVerbeterpunt1],
    ['werkgroep', werkgroepSchema, { id: 'g', naam: 'Interactief beleid', voorzitterId: 'u', ledenIds: [], mtLidIds: ['m'] }],
    ['vergadering', vergaderingSchema, { id: 'e', werkgroepId: 'g', subject: 'Werkgroep', start: '2026-12-01T13:00:00.0000000Z', end: '2026-12-01T14:30:00+01:00' }],
    ['actie', actieSchema, { id: 't', werkgroepId: 'g', titel: '<script>x</script>', status: 'open', dueDate: '2026-12-31' }],
    ['preferences', preferencesSchema, { quietHours: { start: '17:00', end: '09:00' }, kinds: { weekoverzicht: false } }],
    ['snooze', snoozeSchema, { actionId: 't', until: '2026-12-28' }],
    ['monthly rule', monthlyRuleSchema, { index: 'last', weekday: 'friday', time: '09:30', durationMinutes: 60, startDate: '2026-01-01' }],
  ])('%s', (_name, schema, value) => {
    expect(schema.safeParse(value).success).toBe(true);
  });
});

describe('schemas refuse malformed data from Graph', () => {
  it.each([
    ['resultaat with unknown status', resultaatSchema, { ...weertResultaat1, status: 'klaar' }],
    ['resultaat with doelgroep as text', resultaatSchema, { ...weertResultaat1, doelgroep: 'MT' }],
    ['resultaat with a broken date', resultaatSchema, { ...weertResultaat1, doorlooptijd: { start: '2010-13-01' } }],
    ['verbeterpunt with unknown actie status', verbeterpuntSchema, { ...bergenVerbeterpunt1, acties: [{ nr: 1, omschrijving: 'x', status: 'bezig' }] }],
    ['verbeterpunt with a fractional nr', verbeterpuntSchema, { ...bergenVerbeterpunt1, nr: 1.5 }],
    ['werkgroep without voorzitter', werkgroepSchema, { id: 'g', naam: 'x', voorzitterId: '', ledenIds: [], mtLidIds: [] }],
    ['vergadering with a local time', vergaderingSchema, { id: 'e', werkgroepId: 'g', subject: 's', start: '2026-12-01T13:00:00', end: '2026-12-01T14:00:00Z' }],
    ['actie with status 50%', actieSchema, { id: 't', werkgroepId: 'g', titel: 'x', status: 50 }],
    ['actie with 30 February', actieSchema, { id: 't', werkgroepId: 'g', titel: 'x', status: 'open', dueDate: '2026-02-30' }],
    ['preferences with 24:00', preferencesSchema, { quietHours: { start: '24:00', end: '08:00' } }],
    ['preferences with an unknown kind', preferencesSchema, { kinds: { spam: true } }],
    ['snooze without until', snoozeSchema, { actionId: 't' }],
    ['monthly rule with a Dutch weekday', monthlyRuleSchema, { index: 'first', weekday: 'dinsdag', time: '14:00', durationMinutes: 60, startDate: '2026-01-01' }],
  ])('%s', (_name, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});

describe('isoDateSchema', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-1-1', false],
    ['2026-12-31T00:00:00Z', false],
    ['', false],
  ])('%j → %s', (value, ok) => {
    expect(isoDateSchema.safeParse(value).success).toBe(ok);
  });
});
