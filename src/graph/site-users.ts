import * as z from 'zod/mini';
import type { GraphClient } from './client.ts';
import { graphCall } from './errors.ts';
import { mapItems, readAllPages } from './paging.ts';
import { listItemSchema } from './wire.ts';

/*
 * Person columns in SharePoint lists, through Graph.
 *
 * A person column is written as `<column>LookupId` with the person's item id in the site's hidden
 * "User Information List" (https://learn.microsoft.com/graph/api/listitem-update,
 * https://learn.microsoft.com/graph/api/resources/personorgroupcolumn). Graph cannot add someone to that list
 * (SharePoint REST's ensureUser has no Graph counterpart; users ask for it in microsoftgraph/msgraph-sdk-powershell
 * #1049 and microsoft-graph-docs-contrib #753): a person appears there only after using the site. So the
 * werkgroep lists never depend on it. The name goes in a text column and the Entra id in a hidden text
 * column, which the tab and the bot read; the person column is filled when the person is known to the site.
 */

export const USER_INFORMATION_LIST = 'User Information List';

const siteUserSchema = z.object({ mail: z.nullish(z.string()), userPrincipalName: z.nullish(z.string()) });

/** Per client and site: the lookup ids by lower-case e-mail and user name, read once. */
const lookups = new WeakMap<GraphClient, Map<string, Promise<Map<string, string>>>>();

async function readSiteUsers(client: GraphClient, siteId: string): Promise<Map<string, string>> {
  const path = `/sites/${encodeURIComponent(siteId)}/lists/${encodeURIComponent(USER_INFORMATION_LIST)}/items`;
  const raw = await readAllPages(client, client.api(`${path}?$select=id&$expand=fields($select=EMail,UserName)&$top=999`), 'siteUsers');
  const byKey = new Map<string, string>();
  for (const item of mapItems(raw, listItemSchema, (i) => i, { resource: 'siteUsers' })) {
    for (const key of [item.fields.EMail, item.fields.UserName]) if (typeof key === 'string' && key) byKey.set(key.toLowerCase(), item.id);
  }
  return byKey;
}

/**
 * The person's id in the site's User Information List, or undefined when the site does not know them yet
 * (or the list cannot be read): then the caller leaves the person column alone.
 */
export async function findSiteUserLookupId(client: GraphClient, ids: { siteId: string; userId: string }): Promise<string | undefined> {
  try {
    let perClient = lookups.get(client);
    if (!perClient) lookups.set(client, (perClient = new Map()));
    let users = perClient.get(ids.siteId);
    if (!users) {
      users = readSiteUsers(client, ids.siteId);
      perClient.set(ids.siteId, users);
      users.catch(() => perClient.delete(ids.siteId));
    }
    const raw = await graphCall(() => client.api(`/users/${encodeURIComponent(ids.userId)}`).select('mail,userPrincipalName').get(), { resource: 'user' });
    const user = siteUserSchema.safeParse(raw);
    if (!user.success) return undefined;
    const known = await users;
    const found = [user.data.userPrincipalName, user.data.mail].map((k) => (k ? known.get(k.toLowerCase()) : undefined)).find(Boolean);
    // Someone new to the site may have been added since we read it: read once more before giving up.
    if (found || !perClient.has(ids.siteId)) return found;
    perClient.delete(ids.siteId);
    const fresh = await findAgain(client, ids.siteId, perClient);
    return [user.data.userPrincipalName, user.data.mail].map((k) => (k ? fresh.get(k.toLowerCase()) : undefined)).find(Boolean);
  } catch (error) {
    console.warn('Person column left empty: the site user could not be looked up', error);
    return undefined;
  }
}

async function findAgain(client: GraphClient, siteId: string, perClient: Map<string, Promise<Map<string, string>>>): Promise<Map<string, string>> {
  const users = readSiteUsers(client, siteId);
  perClient.set(siteId, users);
  users.catch(() => perClient.delete(siteId));
  return users;
}
