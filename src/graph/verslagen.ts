import { AppError } from '../text/index.ts';
import { amsterdamTime, toAmsterdamDate } from '../workgroups/index.ts';
import type { GraphClient } from './client.ts';
import { graphCall, hasCode } from './errors.ts';
import { mapItems, readAllPages } from './paging.ts';
import { getGroupSite } from './lists.ts';
import type { ListIds } from './lists.ts';
import { listItemSchema, listSchema } from './wire.ts';
import type { ListItem } from './wire.ts';

/*
 * The werkgroep's "Verslag en besluitenlijst" per meeting: the .docx in the group's document library
 * (folder Verslagen) and one row per meeting in the list Verslagen, which says readably in SharePoint which
 * meeting it belongs to, where the document is and whether the next meeting approved it.
 */

export const VERSLAG_LIST = 'Verslagen';
export const VERSLAG_FOLDER = 'Verslagen';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Title is "Verslag en besluitenlijst <date>"; the document link is plain text so it shows as is. */
export const VERSLAG_COLUMNS = [
  { name: 'VergaderingId', text: {} },
  { name: 'Vergaderdatum', dateTime: { format: 'dateOnly' } },
  { name: 'Document', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'Vastgesteld', boolean: {} },
  { name: 'VastgesteldOp', dateTime: { format: 'dateOnly' } },
];

export interface VerslagEntry {
  id: string;
  etag?: string;
  titel: string;
  vergaderingId: string;
  /** The meeting's day, YYYY-MM-DD. */
  datum: string;
  /** The document's address in SharePoint. */
  documentUrl: string;
  vastgesteld: boolean;
  /** The day of the meeting that approved it. */
  vastgesteldOp?: string;
}

export type VerslagInput = Omit<VerslagEntry, 'id' | 'etag'> & { id?: string; etag?: string };

const enc = encodeURIComponent;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const dayOf = (v: unknown): string | undefined => {
  const s = str(v);
  if (!s) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : toAmsterdamDate(s);
};

function toVerslag(item: ListItem): VerslagEntry {
  const f = item.fields;
  const vergaderingId = str(f.VergaderingId);
  const datum = dayOf(f.Vergaderdatum);
  if (!vergaderingId || !datum) throw new Error('Verslagen');
  const op = dayOf(f.VastgesteldOp);
  return {
    id: item.id,
    ...(item['@odata.etag'] ? { etag: item['@odata.etag'] } : {}),
    titel: str(f.Title),
    vergaderingId,
    datum,
    documentUrl: str(f.Document),
    vastgesteld: f.Vastgesteld === true || f.Vastgesteld === 1 || f.Vastgesteld === '1' || f.Vastgesteld === 'true',
    ...(op ? { vastgesteldOp: op } : {}),
  };
}

function fieldsOf(v: VerslagInput): Record<string, unknown> {
  // Days go out as noon in Amsterdam, as in the other werkgroep lists, so SharePoint shows the same day everywhere.
  return {
    Title: v.titel,
    VergaderingId: v.vergaderingId,
    Vergaderdatum: amsterdamTime(v.datum, '12:00'),
    Document: v.documentUrl,
    Vastgesteld: v.vastgesteld,
    VastgesteldOp: v.vastgesteldOp ? amsterdamTime(v.vastgesteldOp, '12:00') : null,
  };
}

/** Finds the Verslagen list in the group's team site and makes it (with its columns) when missing; a 409 means another tab made it. */
export async function ensureVerslagList(client: GraphClient, ids: { groupId: string }): Promise<ListIds> {
  const siteId = await getGroupSite(client, ids);
  const find = async () => {
    const raw = await readAllPages(client, client.api(`/sites/${enc(siteId)}/lists`).select('id,displayName'), 'lists');
    return mapItems(raw, listSchema, (l) => l, { resource: 'lists' }).find((l) => l.displayName === VERSLAG_LIST)?.id;
  };
  let listId = await find();
  if (!listId) {
    try {
      const made = await graphCall(
        () => client.api(`/sites/${enc(siteId)}/lists`).post({ displayName: VERSLAG_LIST, columns: VERSLAG_COLUMNS, list: { template: 'genericList' } }),
        { resource: 'list' },
      );
      const list = listSchema.safeParse(made);
      if (!list.success) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'list' } });
      listId = list.data.id;
    } catch (error) {
      if (!hasCode(error, 'GRAPH.CONFLICT')) throw error;
      listId = await find();
      if (!listId) throw error;
    }
  }
  return { siteId, listId, werkgroepId: ids.groupId };
}

export async function listVerslagen(client: GraphClient, ids: ListIds): Promise<VerslagEntry[]> {
  const select = ['Title', ...VERSLAG_COLUMNS.map((c) => c.name)].join(',');
  const raw = await readAllPages(
    client,
    client.api(`/sites/${enc(ids.siteId)}/lists/${enc(ids.listId)}/items?$select=id&$expand=fields($select=${select})&$top=200`),
    VERSLAG_LIST,
  );
  return mapItems(raw, listItemSchema, toVerslag, { resource: VERSLAG_LIST, werkgroepId: ids.werkgroepId }).sort((a, b) => (a.datum < b.datum ? -1 : 1));
}

/** Creates the meeting's row, or updates it with its ETag (a stale one gives GRAPH.PRECONDITION_FAILED). */
export async function saveVerslag(client: GraphClient, ids: ListIds, input: VerslagInput): Promise<VerslagEntry> {
  const items = `/sites/${enc(ids.siteId)}/lists/${enc(ids.listId)}/items`;
  const fields = fieldsOf(input);
  if (!input.id) {
    const made = await graphCall(() => client.api(items).post({ fields }), { resource: 'listItem' });
    const item = listItemSchema.safeParse(made);
    if (!item.success) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'listItem' } });
    return toVerslag(item.data);
  }
  const id = input.id;
  const answer = (await graphCall(() => client.api(`${items}/${enc(id)}/fields`).header('If-Match', input.etag ?? '*').patch(fields), {
    resource: 'listItem',
  })) as Record<string, unknown> | undefined;
  const etag = typeof answer?.['@odata.etag'] === 'string' ? answer['@odata.etag'] : undefined;
  return toVerslag({ id, fields: { ...fields, ...(answer ?? {}) }, ...(etag ? { '@odata.etag': etag } : {}) });
}

/**
 * Puts the document in the group's document library, replacing an older version of the same name (a small-file
 * upload: https://learn.microsoft.com/graph/api/driveitem-put-content). Returns the file's address.
 */
export async function uploadVerslagDocument(
  client: GraphClient,
  ids: { groupId: string },
  file: { name: string; content: Blob | ArrayBuffer | Uint8Array },
): Promise<{ id: string; name: string; webUrl: string }> {
  const path = `${VERSLAG_FOLDER}/${file.name}`.split('/').map(enc).join('/');
  const answer = (await graphCall(
    () => client.api(`/groups/${enc(ids.groupId)}/drive/root:/${path}:/content`).header('Content-Type', DOCX_TYPE).put(file.content),
    { resource: 'driveItem' },
  )) as Record<string, unknown> | undefined;
  const id = str(answer?.id);
  const webUrl = str(answer?.webUrl);
  if (!id || !webUrl) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'driveItem' } });
  return { id, name: str(answer?.name) || file.name, webUrl };
}
