import { tabText } from '../../../text/ui-tab.ts';

const R = tabText.resultaten;

/** Text of the annual report document (B1). Kept with the generator; labels reuse the tab's texts. */
export const jaarverslagText = {
  title: (year: number) => `Jaarverslag participatie ${year}`,
  madeOn: (date: string) => `Gemaakt op ${date}.`,
  summary: 'Samenvatting',
  meetingsHeld: (n: number, year: number) =>
    n === 0 ? `In ${year} is er nog geen vergadering gehouden.` : n === 1 ? `In ${year} is 1 vergadering gehouden.` : `In ${year} zijn ${n} vergaderingen gehouden.`,
  // Plain sentences for 0, 1 and more: never "0 acties met 0 klaar".
  actionsLine: (total: number, done: number, late: number) =>
    total === 0
      ? 'Er waren nog geen acties.'
      : [
          total === 1 ? 'Er was 1 actie.' : `Er waren ${total} acties.`,
          done === 0 ? 'Er is er nog geen klaar.' : done === total && total > 1 ? 'Ze zijn allemaal klaar.' : done === 1 ? 'Daarvan is er 1 klaar.' : `Daarvan zijn er ${done} klaar.`,
          late === 0 ? '' : late === 1 ? '1 actie was later klaar dan afgesproken.' : `${late} acties waren later klaar dan afgesproken.`,
        ]
          .filter(Boolean)
          .join(' '),
  openLine: (open: number, overdue: number) =>
    open === 0
      ? 'Er staan geen acties meer open.'
      : `Er ${open === 1 ? 'staat nog 1 actie' : `staan nog ${open} acties`} open.${overdue === 0 ? '' : open === 1 ? ' Die is te laat.' : overdue === 1 ? ' Daarvan is 1 te laat.' : ` Daarvan zijn er ${overdue} te laat.`}`,
  resultsLine: (total: number, gereed: number) =>
    total === 0
      ? 'De werkgroep heeft nog geen resultaten vastgelegd.'
      : `De werkgroep werkt aan ${total === 1 ? '1 resultaat' : `${total} resultaten`}.${gereed === 0 ? '' : total === 1 ? ' Het is gereed.' : gereed === 1 ? ' Daarvan is 1 gereed.' : ` Daarvan zijn er ${gereed} gereed.`}`,
  verbeterLine: (punten: number, acties: number, klaar: number) =>
    punten === 0
      ? 'Er zijn geen verbeterpunten.'
      : `${punten === 1 ? 'Er is 1 verbeterpunt' : `Er zijn ${punten} verbeterpunten`}${
          acties === 0
            ? ', nog zonder acties.'
            : ` met ${acties === 1 ? '1 actie' : `${acties} acties`}.${
                klaar === 0 ? '' : klaar === 1 ? ' Daarvan is er 1 uitgevoerd of onderdeel van de bedrijfsvoering.' : ` Daarvan zijn er ${klaar} uitgevoerd of onderdeel van de bedrijfsvoering.`
              }`
        }`,
  meetings: 'Vergaderingen',
  noMeetings: 'Er waren dit jaar geen vergaderingen.',
  date: 'Datum',
  subject: 'Onderwerp',
  results: 'Resultaten',
  noResults: 'Er zijn geen resultaten vastgelegd.',
  resultaat: R.resultaat,
  field: 'Onderdeel',
  value: 'Inhoud',
  doel: R.doel,
  doelgroep: R.doelgroep,
  watIsErGebeurd: R.watIsErGebeurd,
  methode: R.methode,
  doorlooptijd: R.doorlooptijd,
  capaciteit: R.capaciteit,
  verankering: R.verankering,
  verantwoordelijk: R.verantwoordelijk,
  status: R.status,
  statusLabel: R.statusLabels,
  actieStatusLabel: R.actieStatusLabels,
  verbeterpunten: R.verbeterpunten,
  noVerbeterpunten: 'Er zijn geen verbeterpunten vastgelegd.',
  verbeterpunt: R.verbeterpunt,
  probleem: R.probleem,
  watWillenWeBereiken: R.watWillenWeBereiken,
  hoe: R.hoe,
  nr: 'Nr.',
  actions: 'Acties',
  noActions: 'Er waren dit jaar geen acties.',
  actie: 'Actie',
  trekker: 'Trekker',
  dueDate: 'Uiterlijk',
  doneOnTime: 'Op tijd klaar',
  doneLate: 'Klaar, te laat',
  open: 'Open',
  overdue: 'Te laat',
  footer: 'Dit verslag is gemaakt met de werkgroep-app in Teams. De gegevens komen uit Microsoft 365.',
} as const;
