import { AppError } from '../text/index.ts';
import { amsterdamTime, formatActieLinks, formatVerbeterActies, meetingListTitle } from '../workgroups/index.ts';
import type { Agendapunt, Besluit, MeetingListEntry, Resultaat, Verbeterpunt, Vergadering } from '../workgroups/index.ts';
import type { GraphClient } from './client.ts';
import { graphCall, hasCode } from './errors.ts';
import { mapItems, readAllPages } from './paging.ts';
import type { ReadOptions } from './paging.ts';
import { toAgendapunt, toBesluit, toMeetingListEntry, toResultaat, toVerbeterpunt } from './list-items.ts';
import { findSiteUserLookupId } from './site-users.ts';
import { listItemSchema, listSchema, siteSchema } from './wire.ts';
import type { ListItem } from './wire.ts';

export const LIST_NAMES = ['Agendapunten', 'Besluiten', 'Resultaten', 'Verbeterpunten', 'Vergaderingen'] as const;
export type WerkgroepListName = (typeof LIST_NAMES)[number];

type Column = { name: string } & Record<string, unknown>;
const text = (name: string): Column => ({ name, text: {} });
const note = (name: string): Column => ({ name, text: { allowMultipleLines: true, textType: 'plain' } });
const num = (name: string): Column => ({ name, number: {} });
const dateTime = (name: string): Column => ({ name, dateTime: { format: 'dateOnly' } });
const instant = (name: string): Column => ({ name, dateTime: { format: 'dateTime' } });
const yesNo = (name: string): Column => ({ name, boolean: {} });
const hidden = (c: Column): Column => ({ ...c, hidden: true });
/**
 * Who is responsible, readable in SharePoint: a person column (filled when the site knows the person, see
 * site-users.ts), the name as plain text, and the Entra id in a hidden column that the tab and the bot read.
 */
const mtLidColumns = (): Column[] => [
  { name: 'MtLid', displayName: 'Verantwoordelijk MT-lid', personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleOnly', displayAs: 'nameWithPresence' } },
  { name: 'MtLidNaam', displayName: 'Verantwoordelijk MT-lid (naam)', text: {} },
  hidden({ name: 'MtLidId', displayName: 'Verantwoordelijk MT-lid (id)', text: {} }),
  // Older versions kept the Entra id here as text; read for old items, emptied on their next save.
  hidden(text('VerantwoordelijkMtLid')),
];

/** The columns of each list, as CONTRACTS.md names them (Title exists in every list). */
export const LIST_COLUMNS: Record<WerkgroepListName, Column[]> = {
  Agendapunten: [text('VergaderingId'), num('Volgorde'), note('Toelichting'), text('ResultaatId')],
  Besluiten: [text('VergaderingId'), dateTime('Datum')],
  Resultaten: [
    num('Nr'),
    note('Doel'),
    note('Doelgroep'),
    note('WatIsErGebeurd'),
    note('Methode'),
    dateTime('DoorlooptijdStart'),
    dateTime('DoorlooptijdEind'),
    text('Capaciteit'),
    note('Verankering'),
    ...mtLidColumns(),
    { name: 'Status', choice: { choices: ['gepland', 'loopt', 'gereed'] } },
  ],
  Verbeterpunten: [
    num('Nr'),
    num('EvaluatieNr'),
    note('Probleem'),
    note('WatWillenWeBereiken'),
    // One readable line per action ("1. … — Trekker: … — Status: …"); the trekker's and task's ids go hidden.
    note('Acties'),
    hidden(note('ActieKoppelingen')),
    ...mtLidColumns(),
  ],
  // The meetings as the bot reads them (it may not read the group calendar, GRAPH-CONTRACT.md §2).
  // Title is the subject; a Teams join link can be longer than a single line of text allows (255).
  Vergaderingen: [instant('Begin'), instant('Einde'), note('Deelnamelink'), yesNo('Geannuleerd'), text('EventId'), text('SeriesMasterId')],
};

/** `$select` inside `$expand=fields(...)`: only the columns we map (person columns are written, never read). */
export function fieldsSelect(list: WerkgroepListName): string {
  return ['Title', ...LIST_COLUMNS[list].filter((c) => !('personOrGroup' in c)).map((c) => c.name)].join(',');
}

export function listItemsUrl(siteId: string, listId: string, list: WerkgroepListName): string {
  return `/sites/${enc(siteId)}/lists/${enc(listId)}/items?$select=id&$expand=fields($select=${fieldsSelect(list)})&$top=200`;
}

const enc = encodeURIComponent;

export interface WerkgroepLists {
  siteId: string;
  lists: Record<WerkgroepListName, string>;
}

export interface ListIds {
  siteId: string;
  listId: string;
  werkgroepId: string;
}

/** The team site of a group. */
export async function getGroupSite(client: GraphClient, ids: { groupId: string }): Promise<string> {
  const raw = await graphCall(() => client.api(`/groups/${enc(ids.groupId)}/sites/root`).select('id').get(), { resource: 'site' });
  const site = siteSchema.safeParse(raw);
  if (!site.success) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'site' } });
  return site.data.id;
}

async function findLists(client: GraphClient, siteId: string): Promise<Map<string, string>> {
  const raw = await readAllPages(client, client.api(`/sites/${enc(siteId)}/lists`).select('id,displayName'), 'lists');
  const lists = mapItems(raw, listSchema, (l) => l, { resource: 'lists' });
  return new Map(lists.map((l) => [l.displayName, l.id]));
}

/**
 * Whether the group's team site holds the werkgroep lists, which only the configuration page creates. A group
 * the user is in (an all-staff team, a project team, a security group without a site) is not a werkgroep by
 * itself, and the tab must neither read its plan as werkgroep actions nor create lists in its site.
 */
export async function isWerkgroepSite(client: GraphClient, ids: { groupId: string }): Promise<boolean> {
  let siteId: string;
  try {
    siteId = await getGroupSite(client, ids);
  } catch (error) {
    if (hasCode(error, 'GRAPH.NOT_FOUND', 'GRAPH.FORBIDDEN')) return false;
    throw error;
  }
  const lists = await findLists(client, siteId);
  return lists.has('Agendapunten');
}

/**
 * Finds the werkgroep lists in the group's team site and creates any that are missing, with their
 * columns. Safe to run twice at once: a 409 (the other one created it first) means the list exists.
 */
export async function ensureWerkgroepLists(client: GraphClient, ids: { groupId: string }): Promise<WerkgroepLists> {
  const siteId = await getGroupSite(client, ids);
  let existing = await findLists(client, siteId);
  const made = new Set<WerkgroepListName>();
  for (const name of LIST_NAMES) {
    if (existing.has(name)) continue;
    try {
      const created = await graphCall(
        () =>
          client.api(`/sites/${enc(siteId)}/lists`).post({ displayName: name, columns: LIST_COLUMNS[name], list: { template: 'genericList' } }),
        { resource: 'list' },
      );
      const list = listSchema.safeParse(created);
      if (!list.success) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'list' } });
      existing.set(name, list.data.id);
      made.add(name);
    } catch (error) {
      if (!hasCode(error, 'GRAPH.CONFLICT')) throw error;
      existing = await findLists(client, siteId);
      if (!existing.has(name)) throw error;
    }
  }
  const lists = Object.fromEntries(LIST_NAMES.map((n) => [n, existing.get(n)!])) as Record<WerkgroepListName, string>;
  for (const name of LIST_NAMES) if (!made.has(name)) await ensureColumns(client, siteId, lists[name], name);
  return { siteId, lists };
}

/** Adds columns someone removed or an older version did not create; a 409 means another caller added it. */
async function ensureColumns(client: GraphClient, siteId: string, listId: string, name: WerkgroepListName): Promise<void> {
  const path = `/sites/${enc(siteId)}/lists/${enc(listId)}/columns`;
  const raw = await readAllPages(client, client.api(path).select('name'), 'columns');
  const have = new Set(raw.map((c) => String((c as { name?: unknown }).name ?? '').toLowerCase()));
  for (const column of LIST_COLUMNS[name]) {
    if (have.has(column.name.toLowerCase())) continue;
    await graphCall(() => client.api(path).post(column), { resource: 'column' }).catch((error: unknown) => {
      if (!hasCode(error, 'GRAPH.CONFLICT')) throw error;
    });
  }
}

/** Dates go out as noon in Amsterdam, so the day is the same in any time zone SharePoint shows it in. */
const dateField = (d: string | undefined): string | null => (d ? amsterdamTime(d, '12:00') : null);

export type AgendapuntInput = Omit<Agendapunt, 'id' | 'werkgroepId' | 'etag'>;
export type BesluitInput = Omit<Besluit, 'id' | 'werkgroepId' | 'etag'>;
export type ResultaatInput = Omit<Resultaat, 'id' | 'werkgroepId' | 'etag'> & { id?: string; etag?: string };
export type VerbeterpuntInput = Omit<Verbeterpunt, 'id' | 'werkgroepId' | 'etag'> & { id?: string; etag?: string };

function agendapuntFields(a: AgendapuntInput): Record<string, unknown> {
  return { Title: a.titel, VergaderingId: a.vergaderingId, Volgorde: a.volgorde, Toelichting: a.toelichting ?? '', ResultaatId: a.resultaatId ?? '' };
}

function besluitFields(b: BesluitInput): Record<string, unknown> {
  return { Title: b.tekst, VergaderingId: b.vergaderingId, Datum: dateField(b.datum) };
}

function resultaatFields(r: ResultaatInput): Record<string, unknown> {
  return {
    Title: r.titel,
    Nr: r.nr,
    Doel: r.doel,
    Doelgroep: r.doelgroep.join('\n'),
    WatIsErGebeurd: r.watIsErGebeurd,
    Methode: r.methode,
    DoorlooptijdStart: dateField(r.doorlooptijd.start),
    DoorlooptijdEind: dateField(r.doorlooptijd.eind),
    Capaciteit: r.capaciteit,
    Verankering: r.verankering,
    ...mtLidFields(r),
    Status: r.status,
  };
}

function mtLidFields(x: { verantwoordelijkMtLidId?: string | undefined; verantwoordelijkMtLidNaam?: string | undefined }): Record<string, unknown> {
  return { MtLidId: x.verantwoordelijkMtLidId ?? '', MtLidNaam: x.verantwoordelijkMtLidId ? (x.verantwoordelijkMtLidNaam ?? '') : '', VerantwoordelijkMtLid: '' };
}

function verbeterpuntFields(v: VerbeterpuntInput): Record<string, unknown> {
  return {
    Title: v.titel,
    Nr: v.nr,
    EvaluatieNr: v.evaluatieNr ?? null,
    Probleem: v.probleem.join('\n'),
    WatWillenWeBereiken: v.watWillenWeBereiken.join('\n'),
    Acties: formatVerbeterActies(v.acties),
    ActieKoppelingen: formatActieLinks(v.acties),
    ...mtLidFields(v),
  };
}

export function meetingListFields(v: Vergadering, cancelled: boolean): Record<string, unknown> {
  return {
    Title: meetingListTitle(v.subject),
    Begin: v.start,
    Einde: v.end,
    Deelnamelink: v.joinUrl ?? '',
    Geannuleerd: cancelled,
    EventId: v.id,
    SeriesMasterId: v.seriesMasterId ?? '',
  };
}

// ---------------------------------------------------------------------------------------------
// Generic item CRUD with ETags

async function readItems(client: GraphClient, ids: ListIds, list: WerkgroepListName): Promise<unknown[]> {
  return readAllPages(client, client.api(listItemsUrl(ids.siteId, ids.listId, list)), list);
}

function itemsPath(ids: ListIds): string {
  return `/sites/${enc(ids.siteId)}/lists/${enc(ids.listId)}/items`;
}

async function createItem<T>(client: GraphClient, ids: ListIds, fields: Record<string, unknown>, map: (i: ListItem) => T): Promise<T> {
  const created = await graphCall(() => client.api(itemsPath(ids)).post({ fields }), { resource: 'listItem' });
  const item = listItemSchema.safeParse(created);
  if (!item.success) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'listItem' } });
  return map(item.data);
}

/** PATCHes the fields with If-Match; a stale ETag gives GRAPH.PRECONDITION_FAILED and writes nothing. */
async function updateItem<T>(
  client: GraphClient,
  ids: ListIds,
  item: { id: string; etag?: string | undefined },
  fields: Record<string, unknown>,
  map: (i: ListItem) => T,
): Promise<T> {
  const answer = (await graphCall(
    () =>
      client
        .api(`${itemsPath(ids)}/${enc(item.id)}/fields`)
        .header('If-Match', item.etag ?? '*')
        .patch(fields),
    { resource: 'listItem' },
  )) as Record<string, unknown> | undefined;
  const etag = typeof answer?.['@odata.etag'] === 'string' ? (answer['@odata.etag'] as string) : undefined;
  const { '@odata.etag': _e, '@odata.context': _c, ...values } = answer ?? {};
  return map({ id: item.id, fields: { ...fields, ...values }, ...(etag ? { '@odata.etag': etag } : {}) });
}

export async function deleteListItem(client: GraphClient, ids: ListIds, item: { id: string; etag?: string }): Promise<void> {
  await graphCall(() => client.api(`${itemsPath(ids)}/${enc(item.id)}`).header('If-Match', item.etag ?? '*').delete(), { resource: 'listItem' });
}

// ---------------------------------------------------------------------------------------------
// Per list

export async function listAgendapunten(
  client: GraphClient,
  ids: ListIds,
  filter: { vergaderingId?: string } = {},
  options: ReadOptions = {},
): Promise<Agendapunt[]> {
  const items = mapItems(await readItems(client, ids, 'Agendapunten'), listItemSchema, (i) => toAgendapunt(i, ids.werkgroepId), {
    resource: 'Agendapunten',
    werkgroepId: ids.werkgroepId,
    ...options,
  });
  return items.filter((a) => !filter.vergaderingId || a.vergaderingId === filter.vergaderingId).sort((a, b) => a.volgorde - b.volgorde);
}

export async function addAgendapunt(client: GraphClient, ids: ListIds, input: AgendapuntInput): Promise<Agendapunt> {
  return createItem(client, ids, agendapuntFields(input), (i) => toAgendapunt(i, ids.werkgroepId));
}

export async function updateAgendapunt(client: GraphClient, ids: ListIds, agendapunt: Agendapunt): Promise<Agendapunt> {
  return updateItem(client, ids, agendapunt, agendapuntFields(agendapunt), (i) => toAgendapunt(i, ids.werkgroepId));
}

export async function listBesluiten(
  client: GraphClient,
  ids: ListIds,
  filter: { vergaderingId?: string } = {},
  options: ReadOptions = {},
): Promise<Besluit[]> {
  const items = mapItems(await readItems(client, ids, 'Besluiten'), listItemSchema, (i) => toBesluit(i, ids.werkgroepId), {
    resource: 'Besluiten',
    werkgroepId: ids.werkgroepId,
    ...options,
  });
  return items.filter((b) => !filter.vergaderingId || b.vergaderingId === filter.vergaderingId);
}

export async function addBesluit(client: GraphClient, ids: ListIds, input: BesluitInput): Promise<Besluit> {
  return createItem(client, ids, besluitFields(input), (i) => toBesluit(i, ids.werkgroepId));
}

/** Changes a besluit's text with its ETag; a stale ETag gives GRAPH.PRECONDITION_FAILED and writes nothing. */
export async function updateBesluit(client: GraphClient, ids: ListIds, besluit: Besluit): Promise<Besluit> {
  return updateItem(client, ids, besluit, besluitFields(besluit), (i) => toBesluit(i, ids.werkgroepId));
}

/** Every row of the Vergaderingen list, cancelled ones included. */
export async function listMeetingEntries(client: GraphClient, ids: ListIds, options: ReadOptions = {}): Promise<MeetingListEntry[]> {
  return mapItems(await readItems(client, ids, 'Vergaderingen'), listItemSchema, (i) => toMeetingListEntry(i, ids.werkgroepId), {
    resource: 'Vergaderingen',
    werkgroepId: ids.werkgroepId,
    ...options,
  });
}

export async function listResultaten(client: GraphClient, ids: ListIds, options: ReadOptions = {}): Promise<Resultaat[]> {
  const items = mapItems(await readItems(client, ids, 'Resultaten'), listItemSchema, (i) => toResultaat(i, ids.werkgroepId), {
    resource: 'Resultaten',
    werkgroepId: ids.werkgroepId,
    ...options,
  });
  return items.sort((a, b) => a.nr - b.nr);
}

/** A new result in the register. */
export async function createResultaat(client: GraphClient, ids: ListIds, input: ResultaatInput): Promise<Resultaat> {
  const { id: _id, etag: _etag, ...fresh } = input;
  return saveResultaat(client, ids, fresh);
}

/** Creates the result when it has no id yet, else updates it with its ETag. */
export async function saveResultaat(client: GraphClient, ids: ListIds, input: ResultaatInput): Promise<Resultaat> {
  const map = (i: ListItem) => toResultaat(i, ids.werkgroepId);
  return savePerson(client, ids, input, resultaatFields(input), map);
}

/**
 * Writes the item with its person column when the site knows the person. Should SharePoint still refuse the
 * person (400), the item is written without it: the name and hidden id columns carry the same information.
 */
async function savePerson<T>(
  client: GraphClient,
  ids: ListIds,
  input: { id?: string | undefined; etag?: string | undefined; verantwoordelijkMtLidId?: string | undefined },
  fields: Record<string, unknown>,
  map: (i: ListItem) => T,
): Promise<T> {
  const person = input.verantwoordelijkMtLidId ? await findSiteUserLookupId(client, { siteId: ids.siteId, userId: input.verantwoordelijkMtLidId }) : undefined;
  // A person the site does not know clears the column rather than leave the previous person in it.
  const withPerson = person ? { ...fields, MtLidLookupId: person } : input.id ? { ...fields, MtLidLookupId: null } : fields;
  const write = (f: Record<string, unknown>) => (input.id ? updateItem(client, ids, { id: input.id, etag: input.etag }, f, map) : createItem(client, ids, f, map));
  try {
    return await write(withPerson);
  } catch (error) {
    if (withPerson === fields || !hasCode(error, 'GRAPH.BAD_REQUEST')) throw error;
    console.warn('Person column refused; saved with the name and id columns only', error);
    return write(fields);
  }
}

export async function listVerbeterpunten(client: GraphClient, ids: ListIds, options: ReadOptions = {}): Promise<Verbeterpunt[]> {
  const items = mapItems(await readItems(client, ids, 'Verbeterpunten'), listItemSchema, (i) => toVerbeterpunt(i, ids.werkgroepId), {
    resource: 'Verbeterpunten',
    werkgroepId: ids.werkgroepId,
    ...options,
  });
  return items.sort((a, b) => a.nr - b.nr);
}

/** A new verbeterpunt. */
export async function createVerbeterpunt(client: GraphClient, ids: ListIds, input: VerbeterpuntInput): Promise<Verbeterpunt> {
  const { id: _id, etag: _etag, ...fresh } = input;
  return saveVerbeterpunt(client, ids, fresh);
}

/** Creates the verbeterpunt when it has no id yet, else updates it with its ETag; old JSON actions are written back as text. */
export async function saveVerbeterpunt(client: GraphClient, ids: ListIds, input: VerbeterpuntInput): Promise<Verbeterpunt> {
  const map = (i: ListItem) => toVerbeterpunt(i, ids.werkgroepId);
  return savePerson(client, ids, input, verbeterpuntFields(input), map);
}
