// The traject register: one SharePoint list, "Participatietrajecten", on the organisation's
// participation site. The add-in writes it with the user's delegated token, the bot reads and writes
// it app-only (Sites.Selected with a write grant on that site), the tab reads it. Columns are plain
// text, dates, numbers, yes/no and choices, so people can read and filter the list in SharePoint.
// Only types come from the participation core: this file is on the tab's first page, and the core's
// runtime (classic zod, the checklist texts) must not be pulled into it.
import * as z from 'zod/mini';
import type { JaDeelsNee, Traject, TrajectRecord, TrajectStatus } from '../participation/index.ts';
import type { Level } from '../participation/index.ts';
import { AppError } from '../text/index.ts';
import { amsterdamTime, toAmsterdamDate } from '../workgroups/index.ts';
import type { GraphClient } from './client.ts';
import { graphCall, hasCode } from './errors.ts';
import { mapItems, readAllPages } from './paging.ts';
import type { ReadOptions } from './paging.ts';
import { listItemSchema, listSchema } from './wire.ts';
import type { ListItem } from './wire.ts';

export const TRAJECT_LIST = 'Participatietrajecten';

const LEVELS = ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer'] as const satisfies readonly Level[];
const STATUSES = ['gepland', 'afgerond', 'geen'] as const satisfies readonly TrajectStatus[];
const JA_DEELS_NEE = ['ja', 'deels', 'nee'] as const satisfies readonly JaDeelsNee[];
const SOORTEN = ['collegevoorstel', 'raadsvoorstel', 'raadsinformatiebrief'] as const;
// Compile-time check that the lists above name every value of the core's unions.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const _complete: [Missing<Level, (typeof LEVELS)[number]>, Missing<TrajectStatus, (typeof STATUSES)[number]>, Missing<JaDeelsNee, (typeof JA_DEELS_NEE)[number]>] = [true, true, true];
void _complete;

type Column = { name: string; indexed?: boolean } & Record<string, unknown>;
const text = (name: string, extra: Partial<Column> = {}): Column => ({ name, text: {}, ...extra });
const note = (name: string): Column => ({ name, text: { allowMultipleLines: true, textType: 'plain' } });
const num = (name: string): Column => ({ name, number: {} });
const day = (name: string): Column => ({ name, dateTime: { format: 'dateOnly' } });
const instant = (name: string): Column => ({ name, dateTime: { format: 'dateTime' } });
const yesNo = (name: string): Column => ({ name, boolean: {} });
const choice = (name: string, choices: readonly string[]): Column => ({ name, choice: { choices: [...choices] } });

/**
 * The list's columns (Title holds the onderwerp). DocumentId is indexed: the register finds a
 * document's traject with a $filter on it, and SharePoint refuses filters on non-indexed columns
 * in large lists (https://learn.microsoft.com/graph/api/listitem-list?view=graph-rest-1.0).
 * The document link is a note: a SharePoint URL with its query is often longer than 255 characters.
 */
export const TRAJECT_COLUMNS: readonly Column[] = [
  text('DocumentId', { indexed: true }),
  text('Zaaknummer'),
  text('Afdeling'),
  text('Portefeuillehouder'),
  text('OpstellerId'),
  text('OpstellerNaam'),
  text('OpstellerEmail'),
  choice('SoortStuk', SOORTEN),
  choice('GekozenNiveau', LEVELS),
  choice('GeadviseerdNiveau', LEVELS),
  choice('Status', STATUSES),
  note('RedenGeen'),
  day('PeriodeStart'),
  day('PeriodeEind'),
  num('AantalDeelnemers'),
  note('WatGedaanMetInbreng'),
  choice('InbrengOvergenomen', JA_DEELS_NEE),
  day('TerugkoppelingDatum'),
  text('TerugkoppelingKanaal'),
  yesNo('TerugkoppelingGedaan'),
  day('VervolgDatum'),
  note('DocumentUrl'),
  choice('EvaluatieGehoord', JA_DEELS_NEE),
  note('EvaluatieAndersDoen'),
  text('ProfielNaam'),
  text('ProfielVersie'),
  instant('Bijgewerkt'),
];

const enc = encodeURIComponent;
// Graph addresses a list by its title as well as its id, so readers need no lookup of the list id first.
const listPath = (siteId: string): string => `/sites/${enc(siteId)}/lists/${enc(TRAJECT_LIST)}`;
const itemsPath = (siteId: string): string => `${listPath(siteId)}/items`;
const SELECT = ['Title', ...TRAJECT_COLUMNS.map((c) => c.name)].join(',');

// ---------------------------------------------------------------------------------------------
// Traject <-> fields

type Field = keyof Traject | 'opstellerId' | 'opstellerNaam' | 'opstellerEmail';

/** Dates go out as noon in Amsterdam, so the day is the same in any time zone SharePoint shows it in. */
const dateOut = (d: string | undefined): string | null => (d ? amsterdamTime(d, '12:00') : null);
const textOut = (s: string | undefined): string => s ?? '';
const choiceOut = (s: string | undefined): string | null => s ?? null;

/** The column values for the given traject fields; absent values clear their column. */
function toFields(t: Partial<Traject>, keys: readonly (keyof Traject)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    switch (key) {
      case 'documentId':
        out.DocumentId = textOut(t.documentId);
        break;
      case 'onderwerp':
        out.Title = textOut(t.onderwerp);
        break;
      case 'opsteller':
        out.OpstellerId = textOut(t.opsteller?.id);
        out.OpstellerNaam = textOut(t.opsteller?.naam);
        out.OpstellerEmail = textOut(t.opsteller?.email);
        break;
      case 'zaaknummer':
      case 'afdeling':
      case 'portefeuillehouder':
      case 'redenGeen':
      case 'watGedaanMetInbreng':
      case 'terugkoppelingKanaal':
      case 'documentUrl':
      case 'evaluatieAndersDoen':
      case 'profielNaam':
      case 'profielVersie':
        out[column(key)] = textOut(t[key]);
        break;
      case 'soortStuk':
      case 'gekozenNiveau':
      case 'geadviseerdNiveau':
      case 'status':
      case 'inbrengOvergenomen':
      case 'evaluatieGehoord':
        out[column(key)] = choiceOut(t[key]);
        break;
      case 'periodeStart':
      case 'periodeEind':
      case 'terugkoppelingDatum':
      case 'vervolgDatum':
        out[column(key)] = dateOut(t[key]);
        break;
      case 'aantalDeelnemers':
        out.AantalDeelnemers = t.aantalDeelnemers ?? null;
        break;
      case 'terugkoppelingGedaan':
        out.TerugkoppelingGedaan = t.terugkoppelingGedaan ?? false;
        break;
      case 'bijgewerkt':
        out.Bijgewerkt = t.bijgewerkt ?? null;
        break;
    }
  }
  return out;
}

const column = (key: Field): string => key.charAt(0).toUpperCase() + key.slice(1);

/** Every field the add-in writes from the answers; the follow-up fields are the register's own. */
const DOCUMENT_KEYS: readonly (keyof Traject)[] = [
  'documentId',
  'onderwerp',
  'zaaknummer',
  'afdeling',
  'portefeuillehouder',
  'opsteller',
  'soortStuk',
  'gekozenNiveau',
  'geadviseerdNiveau',
  'status',
  'redenGeen',
  'periodeStart',
  'periodeEind',
  'aantalDeelnemers',
  'watGedaanMetInbreng',
  'inbrengOvergenomen',
  'terugkoppelingDatum',
  'terugkoppelingKanaal',
  'vervolgDatum',
  'documentUrl',
  'profielNaam',
  'profielVersie',
  'bijgewerkt',
];
const FOLLOW_UP_KEYS: readonly (keyof Traject)[] = ['terugkoppelingGedaan', 'evaluatieGehoord', 'evaluatieAndersDoen'];

/** The column values of a whole traject (for a new item). */
export function trajectFields(t: Traject): Record<string, unknown> {
  return toFields(t, [...DOCUMENT_KEYS, ...FOLLOW_UP_KEYS.filter((k) => t[k] !== undefined)]);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const numOf = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
const dateOf = (v: unknown): string | undefined => {
  const s = str(v);
  if (!s) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : toAmsterdamDate(s);
};
const instantOf = (v: unknown): string | undefined => {
  const s = str(v);
  return s && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString() : undefined;
};
const yes = (v: unknown): boolean | undefined => (v === true || v === 1 || v === '1' || v === 'true' ? true : v === false || v === 0 || v === '0' || v === 'false' ? false : undefined);
function oneOf<T extends string>(values: readonly T[], v: unknown): T | undefined {
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : undefined;
}

const recordSchema = z.object({ itemId: z.string().check(z.minLength(1)), documentId: z.string().check(z.minLength(1)), onderwerp: z.string() });

/** A list item as a traject; items without a document id or a known status are not trajects and are skipped. */
export function toTrajectRecord(item: ListItem): TrajectRecord {
  const f = item.fields;
  const status = oneOf(STATUSES, f.Status);
  if (!status) throw new Error('Status');
  const opstellerId = str(f.OpstellerId);
  const opstellerEmail = str(f.OpstellerEmail);
  const opsteller: TrajectRecord['opsteller'] = { ...(opstellerId ? { id: opstellerId } : {}), naam: str(f.OpstellerNaam) ?? '', ...(opstellerEmail ? { email: opstellerEmail } : {}) };
  const gedaan = yes(f.TerugkoppelingGedaan);
  const record: TrajectRecord = {
    itemId: item.id,
    etag: item['@odata.etag'] ?? '',
    documentId: str(f.DocumentId) ?? '',
    onderwerp: str(f.Title) ?? '',
    zaaknummer: str(f.Zaaknummer),
    afdeling: str(f.Afdeling),
    portefeuillehouder: str(f.Portefeuillehouder),
    opsteller,
    soortStuk: str(f.SoortStuk),
    gekozenNiveau: oneOf(LEVELS, f.GekozenNiveau),
    geadviseerdNiveau: oneOf(LEVELS, f.GeadviseerdNiveau),
    status,
    redenGeen: str(f.RedenGeen),
    periodeStart: dateOf(f.PeriodeStart),
    periodeEind: dateOf(f.PeriodeEind),
    aantalDeelnemers: numOf(f.AantalDeelnemers),
    watGedaanMetInbreng: str(f.WatGedaanMetInbreng),
    inbrengOvergenomen: oneOf(JA_DEELS_NEE, f.InbrengOvergenomen),
    terugkoppelingDatum: dateOf(f.TerugkoppelingDatum),
    terugkoppelingKanaal: str(f.TerugkoppelingKanaal),
    // Only a real "yes" counts as done: an empty column is "not yet".
    terugkoppelingGedaan: gedaan === true ? true : undefined,
    vervolgDatum: dateOf(f.VervolgDatum),
    documentUrl: str(f.DocumentUrl),
    evaluatieGehoord: oneOf(JA_DEELS_NEE, f.EvaluatieGehoord),
    evaluatieAndersDoen: str(f.EvaluatieAndersDoen),
    profielNaam: str(f.ProfielNaam),
    profielVersie: str(f.ProfielVersie),
    bijgewerkt: instantOf(f.Bijgewerkt),
  };
  const checked = recordSchema.safeParse(record);
  if (!checked.success) throw new Error(checked.error.issues.map((i) => i.path.join('.')).join(', '));
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as TrajectRecord;
}

// ---------------------------------------------------------------------------------------------
// The list

/**
 * Finds the list on the participation site and creates it when missing, with its columns; adds
 * columns that are missing from an older list. Setup work (Sites.Manage.All, or a Sites.Selected
 * grant that may manage lists): the add-in and the bot only read and write items. Safe to run twice
 * at once: a 409 means the other caller made it.
 */
export async function ensureTrajectList(client: GraphClient, siteId: string): Promise<string> {
  const existing = await findListId(client, siteId);
  if (existing) {
    await ensureColumns(client, siteId, existing);
    return existing;
  }
  try {
    const created = await graphCall(
      () => client.api(`/sites/${enc(siteId)}/lists`).post({ displayName: TRAJECT_LIST, columns: TRAJECT_COLUMNS, list: { template: 'genericList' } }),
      { resource: 'list' },
    );
    const list = listSchema.safeParse(created);
    if (!list.success) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'list' } });
    return list.data.id;
  } catch (error) {
    if (!hasCode(error, 'GRAPH.CONFLICT')) throw error;
    const id = await findListId(client, siteId);
    if (!id) throw error;
    return id;
  }
}

async function findListId(client: GraphClient, siteId: string): Promise<string | undefined> {
  const raw = await readAllPages(client, client.api(`/sites/${enc(siteId)}/lists`).select('id,displayName'), 'lists');
  return mapItems(raw, listSchema, (l) => l, { resource: 'lists' }).find((l) => l.displayName === TRAJECT_LIST)?.id;
}

async function ensureColumns(client: GraphClient, siteId: string, listId: string): Promise<void> {
  const path = `/sites/${enc(siteId)}/lists/${enc(listId)}/columns`;
  const raw = await readAllPages(client, client.api(path).select('name'), 'columns');
  const have = new Set(raw.map((c) => String((c as { name?: unknown }).name ?? '').toLowerCase()));
  for (const col of TRAJECT_COLUMNS) {
    if (have.has(col.name.toLowerCase())) continue;
    await graphCall(() => client.api(path).post(col), { resource: 'column' }).catch((error: unknown) => {
      if (!hasCode(error, 'GRAPH.CONFLICT')) throw error;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Items

const byItemId = (a: TrajectRecord, b: TrajectRecord): number => Number(a.itemId) - Number(b.itemId) || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0);

/** Every traject in the register, oldest item first. Malformed items are reported through onSkip and left out. */
export async function listTrajecten(client: GraphClient, siteId: string, options: ReadOptions = {}): Promise<TrajectRecord[]> {
  const raw = await readAllPages(client, client.api(`${itemsPath(siteId)}?$select=id&$expand=fields($select=${SELECT})&$top=200`), TRAJECT_LIST);
  return mapItems(raw, listItemSchema, toTrajectRecord, { resource: TRAJECT_LIST, ...options }).sort(byItemId);
}

// The column is indexed, but a list someone made by hand may lack the index: SharePoint then needs this header
// (https://learn.microsoft.com/graph/api/listitem-list?view=graph-rest-1.0#example-3-list-items-with-a-filter).
const NON_INDEXED = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

async function trajectenOfDocument(client: GraphClient, siteId: string, documentId: string): Promise<TrajectRecord[]> {
  const filter = `fields/DocumentId eq '${documentId.replace(/'/g, "''")}'`;
  const request = client.api(itemsPath(siteId)).select('id').expand(`fields($select=${SELECT})`).filter(filter).top(50).headers(NON_INDEXED);
  const raw = await readAllPages(client, request, TRAJECT_LIST, NON_INDEXED);
  return mapItems(raw, listItemSchema, toTrajectRecord, { resource: TRAJECT_LIST }).sort(byItemId);
}

/** The document's traject (the oldest item, if a race ever made two); undefined when the document has none. */
export async function findTrajectByDocument(client: GraphClient, siteId: string, documentId: string): Promise<TrajectRecord | undefined> {
  return (await trajectenOfDocument(client, siteId, documentId))[0];
}

async function patchFields(client: GraphClient, siteId: string, itemId: string, etag: string, fields: Record<string, unknown>): Promise<{ etag: string; values: Record<string, unknown> }> {
  const answer = (await graphCall(() => client.api(`${itemsPath(siteId)}/${enc(itemId)}/fields`).header('If-Match', etag).patch(fields), {
    resource: 'listItem',
  })) as Record<string, unknown> | undefined;
  const next = typeof answer?.['@odata.etag'] === 'string' ? (answer['@odata.etag'] as string) : '';
  const { '@odata.etag': _e, '@odata.context': _c, ...values } = answer ?? {};
  return { etag: next, values };
}

/**
 * Changes some fields of a traject with its ETag (If-Match): a stale ETag gives
 * GRAPH.PRECONDITION_FAILED and writes nothing. Only the keys present in `patch` are written; a key
 * set to undefined clears its column. Returns the traject as the server now has it.
 */
export async function updateTraject(client: GraphClient, siteId: string, itemId: string, etag: string, patch: Partial<Traject>): Promise<TrajectRecord> {
  if (!etag) throw new AppError('GRAPH.PRECONDITION_FAILED', { details: { resource: 'listItem', reason: 'no-etag' } });
  const keys = Object.keys(patch) as (keyof Traject)[];
  const { etag: next, values } = await patchFields(client, siteId, itemId, etag, toFields(patch, keys));
  return toTrajectRecord({ id: itemId, fields: values, ...(next ? { '@odata.etag': next } : {}) });
}

export interface UpsertOptions {
  /**
   * The ETag the writer last saw; when given and the traject changed since, the write fails with
   * GRAPH.PRECONDITION_FAILED instead of overwriting. Without it the ETag just read is sent.
   */
  etag?: string;
}

/**
 * Registers the document's traject or updates it, found by documentId, so a document never gets a
 * second traject. Makes the list when the site has none yet. An update writes the fields that come from the document and leaves the register's
 * own follow-up fields (terugkoppeling gedaan, evaluatie) as they are, except that a paragraph telling
 * the feedback as given marks it done. Should two first writes race,
 * the later item is removed again and its values go to the older one.
 */
export async function upsertTraject(client: GraphClient, siteId: string, traject: Traject, options: UpsertOptions = {}): Promise<TrajectRecord> {
  const found = await findTrajectByDocument(client, siteId, traject.documentId).catch(async (error: unknown) => {
    // The first traject on a new participation site makes the register. Site members may: SharePoint's Edit
    // level, which members get, includes Manage Lists
    // (https://learn.microsoft.com/sharepoint/understanding-permission-levels).
    if (!hasCode(error, 'GRAPH.NOT_FOUND')) throw error;
    await ensureTrajectList(client, siteId);
    return undefined;
  });
  const documentPatch = {
    ...(Object.fromEntries(DOCUMENT_KEYS.map((k) => [k, traject[k]])) as Partial<Traject>),
    // A paragraph that now tells the feedback as given marks it done; a write never clears the mark.
    ...(traject.terugkoppelingGedaan === true ? { terugkoppelingGedaan: true } : {}),
  };
  if (found) return updateTraject(client, siteId, found.itemId, options.etag ?? found.etag, documentPatch);
  const created = await graphCall(() => client.api(itemsPath(siteId)).post({ fields: trajectFields(traject) }), { resource: 'listItem' });
  const item = listItemSchema.safeParse(created);
  if (!item.success) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'listItem' } });
  const mine = toTrajectRecord(item.data);
  const all = await trajectenOfDocument(client, siteId, traject.documentId);
  const first = all[0];
  if (!first || first.itemId === mine.itemId) return mine;
  await graphCall(() => client.api(`${itemsPath(siteId)}/${enc(mine.itemId)}`).header('If-Match', mine.etag || '*').delete(), { resource: 'listItem' });
  return updateTraject(client, siteId, first.itemId, first.etag, documentPatch);
}
