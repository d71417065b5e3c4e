import { AppError } from '../text/index.ts';
import type { Member } from '../workgroups/index.ts';
import type { GraphClient } from './client.ts';
import { graphCall } from './errors.ts';
import { mapItems, readAllPages } from './paging.ts';
import type { ReadOptions } from './paging.ts';
import { directoryObjectSchema, groupSchema } from './wire.ts';
import type { DirectoryObject } from './wire.ts';

export const MEMBER_SELECT = 'id,displayName,mail';

/** A directory object as a Member; undefined for non-users (devices, service principals). */
export function toMember(o: DirectoryObject): Member | undefined {
  const type = o['@odata.type'];
  if (type !== undefined && type !== '#microsoft.graph.user') return undefined;
  // A user without a mailbox has mail: null; reminders then go through Teams only.
  return { id: o.id, displayName: o.displayName ?? '', ...(o.mail ? { mail: o.mail } : {}) };
}

/** All members of a group (every page), users only. */
export async function listMembers(client: GraphClient, ids: { groupId: string }, options: ReadOptions = {}): Promise<Member[]> {
  const raw = await readAllPages(
    client,
    client.api(`/groups/${encodeURIComponent(ids.groupId)}/members`).select(MEMBER_SELECT).top(999),
    'members',
  );
  return mapItems(raw, directoryObjectSchema, toMember, { resource: 'members', werkgroepId: ids.groupId, ...options });
}

/** Owner ids in the order Graph gives them; the first one is the werkgroep's voorzitter. */
export async function getGroupOwners(client: GraphClient, ids: { groupId: string }, options: ReadOptions = {}): Promise<Member[]> {
  const raw = await readAllPages(
    client,
    client.api(`/groups/${encodeURIComponent(ids.groupId)}/owners`).select(MEMBER_SELECT).top(999),
    'owners',
  );
  return mapItems(raw, directoryObjectSchema, toMember, { resource: 'owners', werkgroepId: ids.groupId, ...options });
}

export interface GroupSummary {
  id: string;
  naam: string;
}

/** The Microsoft 365 groups the signed-in user is a member of (delegated token). */
export async function listMyGroups(client: GraphClient, options: ReadOptions = {}): Promise<GroupSummary[]> {
  const raw = await readAllPages(client, client.api('/me/memberOf').select('id,displayName').top(999), 'memberOf');
  const groups = raw.filter((o) => {
    const type = (o as { '@odata.type'?: unknown })['@odata.type'];
    return type === undefined || type === '#microsoft.graph.group';
  });
  return mapItems(groups, groupSchema, (g) => ({ id: g.id, naam: g.displayName ?? '' }), { resource: 'memberOf', ...options });
}

/** One group's name. */
export async function getGroup(client: GraphClient, ids: { groupId: string }): Promise<GroupSummary> {
  const raw = await graphCall(() => client.api(`/groups/${encodeURIComponent(ids.groupId)}`).select('id,displayName').get(), { resource: 'group' });
  const [group] = mapItems([raw], groupSchema, (g) => ({ id: g.id, naam: g.displayName ?? '' }), { resource: 'group' });
  if (!group) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'group' } });
  return group;
}
