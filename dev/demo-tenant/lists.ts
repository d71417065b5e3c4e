// The demo tenant's werkgroep lists have exactly the shape the gateway creates in a real team site.
import { LIST_COLUMNS, LIST_NAMES, type WerkgroepListName } from '../../src/graph/index.ts';
import type { ColumnDefinitionInput } from '../graph-emulator/index.ts';

export type { WerkgroepListName };
export const WERKGROEP_LIST_COLUMNS: Record<WerkgroepListName, ColumnDefinitionInput[]> = LIST_COLUMNS as Record<WerkgroepListName, ColumnDefinitionInput[]>;
export const WERKGROEP_LIST_NAMES: WerkgroepListName[] = [...LIST_NAMES];
