import { AppError } from '../text/index.ts';
import type { Member } from '../workgroups/index.ts';
import { batch } from './batch.ts';
import type { BatchOptions } from './batch.ts';
import type { GraphClient } from './client.ts';
import { graphCall } from './errors.ts';
import { MEMBER_SELECT, toMember } from './groups.ts';
import { mapItems } from './paging.ts';
import type { ReadOptions, SkippedItem } from './paging.ts';
import { directoryObjectSchema } from './wire.ts';

/** One user; `mail` is left out for a user without a mailbox. */
export async function getUser(client: GraphClient, ids: { userId: string }): Promise<Member> {
  const raw = await graphCall(() => client.api(`/users/${encodeURIComponent(ids.userId)}`).select(MEMBER_SELECT).get(), { resource: 'user' });
  const [member] = mapItems([raw], directoryObjectSchema, toMember, { resource: 'user' });
  if (!member) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'user' } });
  return member;
}

/**
 * The signed-in user (delegated only): who writes, e.g. the opsteller of a traject. Least privilege is
 * User.Read; a registration that already has User.ReadBasic.All needs nothing more
 * (https://learn.microsoft.com/graph/api/user-get?view=graph-rest-1.0).
 */
export async function getMe(client: GraphClient): Promise<Member> {
  const raw = await graphCall(() => client.api('/me').select(MEMBER_SELECT).get(), { resource: 'user' });
  const [member] = mapItems([raw], directoryObjectSchema, toMember, { resource: 'user' });
  if (!member) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'user' } });
  return member;
}

export interface GetUsersResult {
  users: Member[];
  /** Ids Graph does not know (deleted users); callers show them as "onbekend". */
  missing: string[];
}

/** Many users in as few calls as possible ($batch, 20 per call). Unknown ids are listed, not thrown. */
export async function getUsers(
  client: GraphClient,
  userIds: readonly string[],
  options: ReadOptions & BatchOptions = {},
): Promise<GetUsersResult> {
  const unique = [...new Set(userIds)];
  const results = await batch(
    client,
    unique.map((id, i) => ({ id: String(i), url: `/users/${encodeURIComponent(id)}?$select=${MEMBER_SELECT}` })),
    options,
  );
  const users: Member[] = [];
  const missing: string[] = [];
  results.forEach((result, i) => {
    if (result.ok) {
      const onSkip = (s: SkippedItem) => options.onSkip?.(s);
      users.push(...mapItems([result.body], directoryObjectSchema, toMember, { resource: 'user', onSkip }));
    } else if (result.error.code === 'GRAPH.NOT_FOUND') {
      missing.push(unique[i]!);
    } else {
      throw result.error;
    }
  });
  return { users, missing };
}
