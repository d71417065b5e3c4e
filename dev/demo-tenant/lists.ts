// The werkgroep lists exactly as CONTRACTS.md names them; the gateway creates the same shapes.
import type { ColumnDefinitionInput } from '../graph-emulator/index.ts';

const text = (name: string): ColumnDefinitionInput => ({ name, text: {} });
const note = (name: string): ColumnDefinitionInput => ({ name, text: { allowMultipleLines: true, textType: 'plain' } });
const num = (name: string): ColumnDefinitionInput => ({ name, number: {} });
const date = (name: string): ColumnDefinitionInput => ({ name, dateTime: { format: 'dateOnly' } });

export const WERKGROEP_LIST_COLUMNS = {
  Agendapunten: [text('VergaderingId'), num('Volgorde'), note('Toelichting'), text('ResultaatId')],
  Besluiten: [text('VergaderingId'), date('Datum')],
  Resultaten: [
    num('Nr'),
    note('Doel'),
    note('Doelgroep'),
    note('WatIsErGebeurd'),
    note('Methode'),
    date('DoorlooptijdStart'),
    date('DoorlooptijdEind'),
    text('Capaciteit'),
    note('Verankering'),
    text('VerantwoordelijkMtLid'),
    { name: 'Status', choice: { choices: ['gepland', 'loopt', 'gereed'] } },
  ],
  Verbeterpunten: [num('Nr'), num('EvaluatieNr'), note('Probleem'), note('WatWillenWeBereiken'), note('Acties'), text('VerantwoordelijkMtLid')],
} satisfies Record<string, ColumnDefinitionInput[]>;

export type WerkgroepListName = keyof typeof WERKGROEP_LIST_COLUMNS;
export const WERKGROEP_LIST_NAMES = Object.keys(WERKGROEP_LIST_COLUMNS) as WerkgroepListName[];
