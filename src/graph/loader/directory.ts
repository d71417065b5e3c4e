import type { Member } from '../../workgroups/index.ts';
import type { GraphErrorCode } from '../errors.ts';
import { MEMBER_SELECT, toMember } from '../groups.ts';
import { LIST_NAMES } from '../lists.ts';
import { cached, fresh, isDigestData, isDirectoryData, isMemberList, sanitizeIds, usable } from '../loader-cache.ts';
import { mapItems } from '../paging.ts';
import { directoryObjectSchema, groupSchema, pageSchema } from '../wire.ts';
import { fail, queueOne, readCollection, skipper, valid } from './cycle.ts';
import type { Cycle } from './cycle.ts';
import type { GroupState } from './types.ts';

/*
 * The directory: a group's name, owners (the first chairs) and members, and the members of the MT group.
 */

const enc = encodeURIComponent;
export const IDS_PER_FILTER = 15;
/** Graph returns at most this many objects for an expanded directory relationship. */
const EXPAND_CAP = 20;

/**
 * What the cache still answers for a group (directory data, digest lists); true when its directory
 * data must be read this cycle.
 */
export function useCachedDirectory(c: Cycle, g: GroupState): boolean {
  if (c.withDigest) {
    const digest = valid(c, g.ids.digest, isDigestData);
    if (digest) {
      g.readDigest = false;
      g.digest = digest.value;
      c.stats.fromCache.digest++;
    }
  }
  const dir = valid(c, g.ids.directory, isDirectoryData);
  if (dir) {
    g.readDirectory = false;
    g.naam = dir.value.naam;
    g.ownerIds = dir.value.ownerIds;
    g.members = dir.value.members;
    g.ownersOk = g.membersOk = true;
    c.stats.fromCache.directory++;
    return false;
  }
  c.stats.refreshed.directory++;
  // With the directory, look again for what a group lacked: a plan, or lists made since.
  if (c.now !== undefined) {
    if (g.ids.planId === null) delete g.ids.planId;
    if (g.ids.lists && LIST_NAMES.some((n) => !g.ids.lists?.[n])) delete g.ids.lists;
  }
  return true;
}

function setOwners(c: Cycle, g: GroupState, owners: unknown[]): void {
  g.ownerIds = mapItems(owners, directoryObjectSchema, (o) => toMember(o)?.id, { resource: 'owners', werkgroepId: g.id, onSkip: skipper(c) });
  g.ownersOk = true;
}

// Only the first owner matters (the voorzitter), so one page is enough.
function readOwners(c: Cycle, g: GroupState): void {
  if (g.ownersRequested) return;
  g.ownersRequested = true;
  queueOne(c, g, 'owners', `/groups/${enc(g.id)}/owners?$select=id&$top=999`, (result) => {
    if (!result.ok) return fail(c, g.id, 'owners', result);
    const page = pageSchema.safeParse(result.body);
    if (!page.success) return void c.problems.push({ werkgroepId: g.id, resource: 'owners', code: 'GRAPH.MALFORMED' });
    setOwners(c, g, page.data.value);
  });
}

function readMembers(c: Cycle, g: GroupState): void {
  if (g.membersRequested) return;
  g.membersRequested = true;
  g.members = [];
  readCollection(
    c,
    g,
    'members',
    `/groups/${enc(g.id)}/members?$select=${MEMBER_SELECT}&$top=999`,
    (values) => g.members.push(...mapItems(values, directoryObjectSchema, toMember, { resource: 'members', werkgroepId: g.id, onSkip: skipper(c) })),
    (ok) => void (g.membersOk = ok),
  );
}

/** A group the directory does not know: drop what is cached for it. */
function forgetGroup(g: GroupState): void {
  delete g.ids.directory;
  delete g.ids.calendar;
  delete g.ids.agenda;
  delete g.ids.digest;
}

/**
 * Directory data for 15 groups per request (`id in (...)` takes 15 ids): names with the owners
 * expanded, and members expanded. Graph returns at most 20 objects per expanded relationship, so a
 * group showing 20 members (or a server that ignored $expand) gets its own, paged, members read.
 */
export function readDirectoryChunk(c: Cycle, chunk: GroupState[]): void {
  const filter = enc(`id in (${chunk.map((g) => `'${g.id.replace(/'/g, "''")}'`).join(',')})`);
  const seen = new Set<string>();
  readCollection(
    c,
    chunk,
    'groups',
    `/groups?$filter=${filter}&$select=id,displayName&$expand=owners($select=id)&$top=${IDS_PER_FILTER}`,
    (values) => {
      for (const raw of values) {
        const group = groupSchema.safeParse(raw);
        const g = group.success ? c.groups.get(group.data.id) : undefined;
        if (!g || !group.success) continue;
        seen.add(g.id);
        g.naam = group.data.displayName ?? '';
        const owners = (raw as { owners?: unknown }).owners;
        if (Array.isArray(owners)) setOwners(c, g, owners);
        else readOwners(c, g);
      }
    },
    (ok) => {
      if (!ok) {
        for (const g of chunk) readOwners(c, g);
        return;
      }
      // Ids the directory does not know: say so once per group.
      for (const g of chunk) {
        if (seen.has(g.id)) continue;
        c.problems.push({ werkgroepId: g.id, resource: 'group', code: 'GRAPH.NOT_FOUND' });
        forgetGroup(g);
      }
    },
  );
  readCollection(
    c,
    chunk,
    'groups',
    `/groups?$filter=${filter}&$select=id&$expand=members($select=${MEMBER_SELECT})&$top=${IDS_PER_FILTER}`,
    (values) => {
      for (const raw of values) {
        const id = (raw as { id?: unknown }).id;
        const g = typeof id === 'string' ? c.groups.get(id) : undefined;
        if (!g || g.membersRequested) continue;
        const members = (raw as { members?: unknown }).members;
        if (Array.isArray(members) && members.length < EXPAND_CAP) {
          g.members = mapItems(members, directoryObjectSchema, toMember, { resource: 'members', werkgroepId: g.id, onSkip: skipper(c) });
          g.membersOk = true;
        } else readMembers(c, g);
      }
    },
    (ok) => {
      if (!ok) for (const g of chunk) readMembers(c, g);
    },
  );
}

/**
 * The MT group's members, from the cache while fresh. `done` gets them (or the expired copy when the
 * read failed) once known; the groups of the cycle wait for it before they are assembled.
 */
export function readMtMembers(c: Cycle, mtId: string, done: (members: Member[]) => void): void {
  const mtEntry = sanitizeIds(c.cache.get(mtId));
  const mtCached = c.now === undefined ? undefined : fresh(mtEntry.mtMembers, isMemberList, c.now);
  if (mtCached) {
    c.stats.fromCache.mt++;
    return done(mtCached.value);
  }
  c.stats.refreshed.mt++;
  const read: Member[] = [];
  const now = c.now;
  readCollection(
    c,
    undefined,
    'mt',
    `/groups/${enc(mtId)}/members?$select=${MEMBER_SELECT}&$top=999`,
    (values) => read.push(...mapItems(values, directoryObjectSchema, toMember, { resource: 'mt', onSkip: skipper(c) })),
    (ok, code) => {
      if (ok) {
        if (now !== undefined) c.cache.set(mtId, { ...c.cache.get(mtId), mtMembers: cached(read, 0.5, now, c.ttl.directory) });
        done(read);
        return undefined;
      }
      const old = usable(mtEntry.mtMembers, isMemberList);
      if (code) c.problems.push({ resource: 'mt', code: code as GraphErrorCode, ...(old ? { stale: true } : {}) });
      done(old ? old.value : []);
      return 'handled';
    },
  );
}
