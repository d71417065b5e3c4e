import { activeMeetings } from '../workgroups/index.ts';
import type { Actie, Agendapunt, MeetingListEntry, Member, Resultaat, Verbeterpunt, Vergadering, Werkgroep } from '../workgroups/index.ts';
import { BatchQueue, toBatchUrl } from './batch.ts';
import type { BatchOptions, BatchResult, BatchStats } from './batch.ts';
import type { GraphClient } from './client.ts';
import type { GraphErrorCode } from './errors.ts';
import { MEMBER_SELECT, toMember } from './groups.ts';
import {
  DEFAULT_LOADER_TTL,
  cached,
  fresh,
  isAgenda,
  isCalendarData,
  isDigestData,
  isDirectoryData,
  isMemberList,
  phasesOf,
  sanitizeIds,
  usable,
} from './loader-cache.ts';
import type { CalendarData, DigestData, DirectoryData, GroupIds, LoaderCache, LoaderTtl, SlowKind } from './loader-cache.ts';
import { LIST_NAMES, listItemsUrl, toAgendapunt, toMeetingListEntry, toResultaat, toVerbeterpunt } from './lists.ts';
import type { WerkgroepListName } from './lists.ts';
import { mapItems } from './paging.ts';
import type { SkippedItem } from './paging.ts';
import { TASK_SELECT, toActie } from './planner.ts';
import type { ListItem } from './wire.ts';
import { directoryObjectSchema, groupSchema, listItemSchema, listSchema, pageSchema, planSchema, plannerTaskSchema, siteSchema } from './wire.ts';

export { DEFAULT_LOADER_TTL } from './loader-cache.ts';
export type { Cached, CalendarData, DigestData, DirectoryData, GroupIds, LoaderCache, LoaderTtl, SlowKind } from './loader-cache.ts';

export interface ReminderWindow {
  /** Instants; meetings are read between them. */
  from: string;
  to: string;
}

export interface LoadProblem {
  werkgroepId?: string;
  resource: string;
  itemId?: string;
  code: GraphErrorCode;
  /** For malformed items: which fields were wrong. */
  issue?: string;
  /** The read failed and the cycle used what the cache still held from an earlier cycle. */
  stale?: boolean;
}

export interface LoadOptions extends BatchOptions {
  /** Kept between cycles: ids always, and with `now` also the slow data (see `ttl`). */
  cache?: LoaderCache;
  /**
   * The cycle's time (instant or epoch ms). With it and a `cache`, directory data, meetings, agenda and
   * digest lists are read only when their cached copy has expired, each group at its own moment within
   * the TTL; Planner tasks are read every cycle. Without it every cycle reads everything except the ids.
   */
  now?: string | number | Date;
  /** Time-to-live per kind of slow data in ms (defaults: `DEFAULT_LOADER_TTL`); 0 reads it every cycle. */
  ttl?: Partial<LoaderTtl>;
  /** The MT group; its members are the MT-leden. */
  mtGroupId?: string;
  /** Read the agenda of werkgroepen that meet within the window (default true). */
  includeAgenda?: boolean;
  /**
   * Read the Resultaten and Verbeterpunten lists (default true). They feed only the weekly MT digest,
   * so a scheduler can skip them on the other days.
   */
  includeDigestLists?: boolean;
  /** Completed actions older than this many days before `window.from` are left out (default 14). */
  completedDays?: number;
}

export interface LoaderStats extends BatchStats {
  /** Next pages followed (all resources). */
  nextPages: number;
  /** Inner reads queued this cycle per resource, first pages only ('tasks', 'Vergaderingen', 'groups', ...). */
  reads: Record<string, number>;
  /** Next pages per resource. */
  pages: Record<string, number>;
  /** Groups whose slow data came from the cache this cycle, per kind (plus 'mt'). */
  fromCache: Record<SlowKind | 'mt', number>;
  /** Groups whose slow data was read this cycle, per kind (plus 'mt'). */
  refreshed: Record<SlowKind | 'mt', number>;
}

export interface ReminderData {
  werkgroepen: Werkgroep[];
  members: Member[];
  actions: Actie[];
  meetings: Vergadering[];
  agenda: Agendapunt[];
  results: Resultaat[];
  verbeterpunten: Verbeterpunt[];
  mtLidIds: string[];
  /** What could not be read or was skipped; the cycle goes on with the rest. */
  problems: LoadProblem[];
  stats: LoaderStats;
}

interface GroupState {
  id: string;
  ids: GroupIds;
  /** Directory data as this cycle knows it (cache or read). */
  naam?: string;
  members: Member[];
  ownerIds: string[];
  ownersOk: boolean;
  membersOk: boolean;
  ownersRequested?: boolean;
  membersRequested?: boolean;
  /** Directory data is read this cycle (expired, missing or caching off). */
  readDirectory: boolean;
  /** Meetings in the range read (the window, extended by the TTL when cached); undefined until known. */
  calendar?: CalendarData;
  calendarRequested?: boolean;
  agenda?: Agendapunt[];
  agendaRequested?: boolean;
  readDigest: boolean;
  digest?: DigestData;
  digestParts?: { results?: Resultaat[]; verbeterpunten?: Verbeterpunt[] };
  /** Once per cycle: a plan or lists that answered 404 are looked up again right away. */
  planRetried?: boolean;
  listsRetried?: boolean;
}

const enc = encodeURIComponent;
const IDS_PER_FILTER = 15;
/** Graph returns at most this many objects for an expanded directory relationship. */
const EXPAND_CAP = 20;

function toEpochMs(now: string | number | Date): number {
  const ms = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(ms)) throw new RangeError(`loadReminderData: invalid now ${String(now)}`);
  return ms;
}

/** Returned by a read's `onDone` that reported or repaired a failure itself. */
type Handled = 'handled' | undefined | void;

const overlaps = (m: Vergadering, from: number, to: number) => Date.parse(m.start) < to && Date.parse(m.end) > from;

/**
 * Reads everything the reminder cycle needs for many werkgroepen in as few HTTP calls as possible:
 * every read goes through $batch (20 per call, different resources and groups mixed so batches stay
 * full), `$select` names only the fields we map, and next pages are batched too. Plan, site and list
 * ids are cached until a 404; with `now`, the slow data is cached with a TTL (see loader-cache.ts), so a
 * steady-state cycle reads the Planner tasks of every group plus a small, evenly spread slice of the rest.
 * Malformed items and failed reads are reported in `problems`; they never stop the cycle. When a refresh
 * fails, the expired cached copy is used (reported with `stale: true`).
 */
export async function loadReminderData(
  client: GraphClient,
  groupIds: readonly string[],
  window: ReminderWindow,
  options: LoadOptions = {},
): Promise<ReminderData> {
  const cache: LoaderCache = options.cache ?? new Map<string, GroupIds>();
  const now = options.now === undefined ? undefined : toEpochMs(options.now);
  const ttl: LoaderTtl = { ...DEFAULT_LOADER_TTL, ...options.ttl };
  const queue = new BatchQueue(client, options);
  const problems: LoadProblem[] = [];
  const actions: Actie[] = [];
  const windowFrom = Date.parse(window.from);
  const windowTo = Date.parse(window.to);
  const completedSince = windowFrom - (options.completedDays ?? 14) * 86_400_000;
  const withAgenda = options.includeAgenda !== false;
  const withDigest = options.includeDigestLists !== false;
  const stats: LoaderStats = {
    ...queue.stats,
    nextPages: 0,
    reads: {},
    pages: {},
    fromCache: { directory: 0, calendar: 0, agenda: 0, digest: 0, mt: 0 },
    refreshed: { directory: 0, calendar: 0, agenda: 0, digest: 0, mt: 0 },
  };
  /** A cached entry that is still valid now; never when slow caching is off. */
  const valid = <T>(entry: unknown, check: (v: unknown) => v is T) => (now === undefined ? undefined : fresh(entry, check, now));
  const phases = phasesOf([...new Set(groupIds)]);
  const store = <T>(kind: SlowKind, g: GroupState, value: T) => (now === undefined ? undefined : cached(value, phases.get(g.id) ?? 0, now, ttl[kind]));

  const groups = new Map<string, GroupState>(
    [...new Set(groupIds)].map((id) => [
      id,
      { id, ids: sanitizeIds(cache.get(id)), members: [], ownerIds: [], ownersOk: false, membersOk: false, readDirectory: true, readDigest: withDigest },
    ]),
  );

  const fail = (werkgroepId: string | undefined, resource: string, result: BatchResult & { ok: false }) => {
    problems.push({ ...(werkgroepId ? { werkgroepId } : {}), resource, code: result.error.code as GraphErrorCode });
  };
  const onSkip = (s: SkippedItem) => problems.push({ ...s, code: 'GRAPH.MALFORMED' });

  /** Reads a collection page by page; `onPage` gets each page's values, `onDone` the outcome. */
  const readCollection = (
    werkgroepId: string | undefined,
    resource: string,
    url: string,
    onPage: (values: unknown[]) => void,
    headers?: Record<string, string>,
    onDone?: (ok: boolean, code?: string) => Handled,
    page = 0,
  ) => {
    const counter = page === 0 ? stats.reads : stats.pages;
    counter[resource] = (counter[resource] ?? 0) + 1;
    queue.add({ url, ...(headers ? { headers } : {}) }, (result) => {
      if (!result.ok) {
        // The caller decides about problems for answers it handles (404 → look up again).
        if (onDone?.(false, result.error.code) !== 'handled') fail(werkgroepId, resource, result);
        return;
      }
      const parsed = pageSchema.safeParse(result.body);
      if (!parsed.success) {
        problems.push({ ...(werkgroepId ? { werkgroepId } : {}), resource, code: 'GRAPH.MALFORMED' });
        onDone?.(false);
        return;
      }
      onPage(parsed.data.value);
      const next = parsed.data['@odata.nextLink'];
      if (next) {
        stats.nextPages++;
        readCollection(werkgroepId, resource, toBatchUrl(next), onPage, headers, onDone, page + 1);
      } else onDone?.(true);
    });
  };
  const queueOne = (resource: string, url: string, onResult: (result: BatchResult) => void) => {
    stats.reads[resource] = (stats.reads[resource] ?? 0) + 1;
    queue.add({ url }, onResult);
  };

  // ------------------------------------------------------------------ directory: name, owners, members

  const setOwners = (g: GroupState, owners: unknown[]) => {
    g.ownerIds = mapItems(owners, directoryObjectSchema, (o) => toMember(o)?.id, { resource: 'owners', werkgroepId: g.id, onSkip });
    g.ownersOk = true;
  };
  // Only the first owner matters (the voorzitter), so one page is enough.
  const readOwners = (g: GroupState) => {
    if (g.ownersRequested) return;
    g.ownersRequested = true;
    queueOne('owners', `/groups/${enc(g.id)}/owners?$select=id&$top=999`, (result) => {
      if (!result.ok) return fail(g.id, 'owners', result);
      const page = pageSchema.safeParse(result.body);
      if (!page.success) return void problems.push({ werkgroepId: g.id, resource: 'owners', code: 'GRAPH.MALFORMED' });
      setOwners(g, page.data.value);
    });
  };
  const readMembers = (g: GroupState) => {
    if (g.membersRequested) return;
    g.membersRequested = true;
    g.members = [];
    readCollection(
      g.id,
      'members',
      `/groups/${enc(g.id)}/members?$select=${MEMBER_SELECT}&$top=999`,
      (values) => g.members.push(...mapItems(values, directoryObjectSchema, toMember, { resource: 'members', werkgroepId: g.id, onSkip })),
      undefined,
      (ok) => void (g.membersOk = ok),
    );
  };
  /** A group the directory does not know: drop what is cached for it. */
  const forgetGroup = (g: GroupState) => {
    delete g.ids.directory;
    delete g.ids.calendar;
    delete g.ids.agenda;
    delete g.ids.digest;
  };

  // Directory data for 15 groups per request (`id in (...)` takes 15 ids): names with the owners
  // expanded, and members expanded. Graph returns at most 20 objects per expanded relationship, so a
  // group showing 20 members (or a server that ignored $expand) gets its own, paged, members read.
  const readDirectoryChunk = (chunk: GroupState[]) => {
    const filter = enc(`id in (${chunk.map((g) => `'${g.id.replace(/'/g, "''")}'`).join(',')})`);
    const seen = new Set<string>();
    readCollection(
      undefined,
      'groups',
      `/groups?$filter=${filter}&$select=id,displayName&$expand=owners($select=id)&$top=${IDS_PER_FILTER}`,
      (values) => {
        for (const raw of values) {
          const group = groupSchema.safeParse(raw);
          const g = group.success ? groups.get(group.data.id) : undefined;
          if (!g || !group.success) continue;
          seen.add(g.id);
          g.naam = group.data.displayName ?? '';
          const owners = (raw as { owners?: unknown }).owners;
          if (Array.isArray(owners)) setOwners(g, owners);
          else readOwners(g);
        }
      },
      undefined,
      (ok) => {
        if (!ok) {
          for (const g of chunk) readOwners(g);
          return;
        }
        // Ids the directory does not know: say so once per group.
        for (const g of chunk) {
          if (seen.has(g.id)) continue;
          problems.push({ werkgroepId: g.id, resource: 'group', code: 'GRAPH.NOT_FOUND' });
          forgetGroup(g);
        }
      },
    );
    readCollection(
      undefined,
      'groups',
      `/groups?$filter=${filter}&$select=id&$expand=members($select=${MEMBER_SELECT})&$top=${IDS_PER_FILTER}`,
      (values) => {
        for (const raw of values) {
          const id = (raw as { id?: unknown }).id;
          const g = typeof id === 'string' ? groups.get(id) : undefined;
          if (!g || g.membersRequested) continue;
          const members = (raw as { members?: unknown }).members;
          if (Array.isArray(members) && members.length < EXPAND_CAP) {
            g.members = mapItems(members, directoryObjectSchema, toMember, { resource: 'members', werkgroepId: g.id, onSkip });
            g.membersOk = true;
          } else readMembers(g);
        }
      },
      undefined,
      (ok) => {
        if (!ok) for (const g of chunk) readMembers(g);
      },
    );
  };

  // ------------------------------------------------------------------ meetings and their agenda

  const calendarRange = (): { from: string; to: string } => {
    // A cached read covers the cycles until it expires: the window moves on by at most the TTL.
    if (now === undefined || !(ttl.calendar > 0)) return window;
    return { from: window.from, to: new Date(windowTo + ttl.calendar).toISOString() };
  };
  const covers = (c: CalendarData) => Date.parse(c.from) <= windowFrom && Date.parse(c.to) >= windowTo;
  const meetsInRange = (g: GroupState) => (g.calendar?.meetings.length ?? 0) > 0;

  /** Runs once the meetings and the lists are known, whichever comes last. */
  const readAgenda = (g: GroupState) => {
    if (!withAgenda || g.agendaRequested || !g.calendar) return;
    if (!meetsInRange(g)) return void (g.agendaRequested = true);
    const cachedAgenda = valid(g.ids.agenda, isAgenda);
    if (cachedAgenda) {
      g.agendaRequested = true;
      g.agenda = cachedAgenda.value;
      stats.fromCache.agenda++;
      return;
    }
    if (!g.ids.lists) return;
    g.agendaRequested = true;
    const lists = g.ids.lists;
    const listId = lists.Agendapunten;
    if (!g.ids.siteId || !listId) {
      g.agenda = [];
      return;
    }
    const items: Agendapunt[] = [];
    stats.refreshed.agenda++;
    readCollection(
      g.id,
      'Agendapunten',
      listItemsUrl(g.ids.siteId, listId, 'Agendapunten'),
      (values) => items.push(...mapItems(values, listItemSchema, (i) => toAgendapunt(i, g.id), { resource: 'Agendapunten', werkgroepId: g.id, onSkip })),
      undefined,
      (ok, code) => {
        if (ok) {
          g.agenda = items;
          g.ids.agenda = store('agenda', g, items);
          return;
        }
        if (code === 'GRAPH.NOT_FOUND') return listsGone(g, lists);
        const old = usable(g.ids.agenda, isAgenda);
        if (old) g.agenda = old.value;
        if (code) problems.push({ werkgroepId: g.id, resource: 'Agendapunten', code: code as GraphErrorCode, ...(old ? { stale: true } : {}) });
        return 'handled';
      },
    );
  };

  /**
   * Meetings come from the werkgroep's Vergaderingen list, which the tab keeps in step with the group
   * calendar: app-only access to a group calendar is not supported (GRAPH-CONTRACT.md §2), so the bot
   * never reads one. Runs once the list ids are known, unless the cached copy still answers.
   */
  const readCalendar = (g: GroupState) => {
    if (g.calendarRequested) return;
    const cachedCalendar = valid(g.ids.calendar, isCalendarData);
    if (cachedCalendar && covers(cachedCalendar.value)) {
      g.calendarRequested = true;
      g.calendar = cachedCalendar.value;
      stats.fromCache.calendar++;
      readAgenda(g);
      return;
    }
    if (!g.ids.siteId || !g.ids.lists) return;
    g.calendarRequested = true;
    const range = calendarRange();
    const lists = g.ids.lists;
    const listId = lists.Vergaderingen;
    const useOld = (code: GraphErrorCode) => {
      const old = usable(g.ids.calendar, isCalendarData);
      // An expired copy still answers for the part of the window it covers (meetings are cut to the window below).
      if (old && Date.parse(old.value.from) <= windowFrom) g.calendar = old.value;
      problems.push({ werkgroepId: g.id, resource: 'Vergaderingen', code, ...(g.calendar ? { stale: true } : {}) });
    };
    if (!listId) {
      // The tab makes the list; until then the werkgroep gets no meeting reminders, and the cycle says why.
      useOld('GRAPH.NO_MEETING_LIST');
      readAgenda(g);
      return;
    }
    const from = Date.parse(range.from);
    const to = Date.parse(range.to);
    const entries: MeetingListEntry[] = [];
    stats.refreshed.calendar++;
    readCollection(
      g.id,
      'Vergaderingen',
      listItemsUrl(g.ids.siteId, listId, 'Vergaderingen'),
      (values) => entries.push(...mapItems(values, listItemSchema, (i) => toMeetingListEntry(i, g.id), { resource: 'Vergaderingen', werkgroepId: g.id, onSkip })),
      undefined,
      (ok, code) => {
        if (ok) {
          const meetings = activeMeetings(entries).filter((m) => overlaps(m, from, to));
          const before = usable(g.ids.calendar, isCalendarData)?.value.meetings ?? [];
          g.calendar = { ...range, meetings };
          g.ids.calendar = store('calendar', g, g.calendar);
          // Ahead of its own TTL: a meeting that appeared may have an agenda already.
          if (meetings.some((m) => !before.some((b) => b.id === m.id))) delete g.ids.agenda;
        } else if (code === 'GRAPH.NOT_FOUND') {
          const retried = listsGone(g, lists);
          if (retried === 'handled') return 'handled';
          useOld(code);
        } else if (code) useOld(code as GraphErrorCode);
        readAgenda(g);
        return 'handled';
      },
    );
  };

  // ------------------------------------------------------------------ Planner

  const readTasks = (g: GroupState, planId: string) =>
    readCollection(
      g.id,
      'tasks',
      `/planner/plans/${enc(planId)}/tasks?$select=${TASK_SELECT}`,
      (values) => {
        for (const actie of mapItems(values, plannerTaskSchema, (t) => toActie(t, g.id), { resource: 'tasks', werkgroepId: g.id, onSkip })) {
          if (actie.status === 'open' || Date.parse(actie.completedAt ?? '') >= completedSince) actions.push(actie);
        }
      },
      undefined,
      (_ok, code) => {
        // A plan that is gone (deleted, or the team re-created) is looked up again right away, once.
        if (code !== 'GRAPH.NOT_FOUND') return;
        delete g.ids.planId;
        if (g.planRetried) return;
        g.planRetried = true;
        lookUpPlan(g);
        return 'handled';
      },
    );
  const lookUpPlan = (g: GroupState) =>
    queueOne('plans', `/groups/${enc(g.id)}/planner/plans?$select=id`, (result) => {
      if (!result.ok) return fail(g.id, 'plans', result);
      const page = pageSchema.safeParse(result.body);
      const [plan] = page.success ? mapItems(page.data.value, planSchema, (p) => p, { resource: 'plans', werkgroepId: g.id, onSkip }) : [];
      g.ids.planId = plan?.id ?? null;
      if (plan) readTasks(g, plan.id);
      else problems.push({ werkgroepId: g.id, resource: 'plans', code: 'GRAPH.NO_PLAN' });
    });

  // ------------------------------------------------------------------ SharePoint lists

  /** A list or site that answered 404: find the lists again right away, once per cycle. */
  const listsGone = (g: GroupState, used: GroupIds['lists']): 'handled' | undefined => {
    // Another read of the same lists got there first.
    if (g.ids.lists !== used) return 'handled';
    delete g.ids.lists;
    delete g.ids.agenda;
    delete g.ids.digest;
    if (g.listsRetried) return undefined;
    g.listsRetried = true;
    g.agendaRequested = false;
    g.calendarRequested = false;
    g.digestParts = undefined;
    if (g.ids.siteId) discoverLists(g, g.ids.siteId);
    else lookUpSite(g);
    return 'handled';
  };

  const readDigest = (g: GroupState) => {
    if (!g.readDigest || g.digestParts || !g.ids.siteId || !g.ids.lists) return;
    const parts: NonNullable<GroupState['digestParts']> = (g.digestParts = {});
    const siteId = g.ids.siteId;
    const lists = g.ids.lists;
    stats.refreshed.digest++;
    const done = () => {
      if (!parts.results || !parts.verbeterpunten) return;
      g.digest = { results: parts.results, verbeterpunten: parts.verbeterpunten };
      g.ids.digest = store('digest', g, g.digest);
    };
    const readList = <T>(name: 'Resultaten' | 'Verbeterpunten', map: (item: ListItem) => T | undefined, keep: (rows: T[]) => void) => {
      const listId = lists[name];
      if (!listId) {
        keep([]);
        return done();
      }
      const rows: T[] = [];
      readCollection(
        g.id,
        name,
        listItemsUrl(siteId, listId, name),
        (values) => rows.push(...mapItems(values, listItemSchema, map, { resource: name, werkgroepId: g.id, onSkip })),
        undefined,
        (ok, code) => {
          if (ok) {
            keep(rows);
            return done();
          }
          return code === 'GRAPH.NOT_FOUND' ? listsGone(g, lists) : undefined;
        },
      );
    };
    readList('Resultaten', (i) => toResultaat(i, g.id), (rows) => (parts.results = rows));
    readList('Verbeterpunten', (i) => toVerbeterpunt(i, g.id), (rows) => (parts.verbeterpunten = rows));
  };

  const afterLists = (g: GroupState) => {
    readCalendar(g);
    readDigest(g);
    readAgenda(g);
  };

  const discoverLists = (g: GroupState, siteId: string) => {
    const found: Partial<Record<WerkgroepListName, string>> = {};
    readCollection(
      g.id,
      'lists',
      `/sites/${enc(siteId)}/lists?$select=id,displayName`,
      (values) => {
        for (const list of mapItems(values, listSchema, (l) => l, { resource: 'lists', werkgroepId: g.id, onSkip })) {
          if ((LIST_NAMES as readonly string[]).includes(list.displayName)) found[list.displayName as WerkgroepListName] = list.id;
        }
      },
      undefined,
      (ok, code) => {
        if (ok) {
          g.ids.lists = found;
          afterLists(g);
          return undefined;
        }
        if (code !== 'GRAPH.NOT_FOUND') return undefined;
        delete g.ids.siteId;
        if (g.listsRetried) return undefined;
        g.listsRetried = true;
        lookUpSite(g);
        return 'handled';
      },
    );
  };

  const lookUpSite = (g: GroupState) =>
    queueOne('site', `/groups/${enc(g.id)}/sites/root?$select=id`, (result) => {
      if (!result.ok) return fail(g.id, 'site', result);
      const site = siteSchema.safeParse(result.body);
      if (!site.success) return void problems.push({ werkgroepId: g.id, resource: 'site', code: 'GRAPH.MALFORMED' });
      g.ids.siteId = site.data.id;
      discoverLists(g, site.data.id);
    });

  // ------------------------------------------------------------------ the cycle

  // Decide per group what the cache still answers.
  const directoryReads: GroupState[] = [];
  for (const g of groups.values()) {
    const dir = valid(g.ids.directory, isDirectoryData);
    if (dir) {
      g.readDirectory = false;
      g.naam = dir.value.naam;
      g.ownerIds = dir.value.ownerIds;
      g.members = dir.value.members;
      g.ownersOk = g.membersOk = true;
      stats.fromCache.directory++;
    } else {
      directoryReads.push(g);
      stats.refreshed.directory++;
      // With the directory, look again for what a group lacked: a plan, or lists made since.
      if (now !== undefined) {
        if (g.ids.planId === null) delete g.ids.planId;
        if (g.ids.lists && LIST_NAMES.some((n) => !g.ids.lists?.[n])) delete g.ids.lists;
      }
    }
    if (withDigest) {
      const digest = valid(g.ids.digest, isDigestData);
      if (digest) {
        g.readDigest = false;
        g.digest = digest.value;
        stats.fromCache.digest++;
      }
    }
  }

  // Slow data first, so answers that lead to follow-ups (agenda, lists) come back while tasks still fill batches.
  for (let i = 0; i < directoryReads.length; i += IDS_PER_FILTER) readDirectoryChunk(directoryReads.slice(i, i + IDS_PER_FILTER));

  const mtMembers: Member[] = [];
  if (options.mtGroupId) {
    const mtEntry = sanitizeIds(cache.get(options.mtGroupId));
    const mtCached = now === undefined ? undefined : fresh(mtEntry.mtMembers, isMemberList, now);
    if (mtCached) {
      mtMembers.push(...mtCached.value);
      stats.fromCache.mt++;
    } else {
      stats.refreshed.mt++;
      const read: Member[] = [];
      const mtId = options.mtGroupId;
      readCollection(
        undefined,
        'mt',
        `/groups/${enc(mtId)}/members?$select=${MEMBER_SELECT}&$top=999`,
        (values) => read.push(...mapItems(values, directoryObjectSchema, toMember, { resource: 'mt', onSkip })),
        undefined,
        (ok, code) => {
          if (ok) {
            mtMembers.push(...read);
            if (now !== undefined) {
              cache.set(mtId, { ...cache.get(mtId), mtMembers: cached(read, 0.5, now, ttl.directory) });
            }
            return undefined;
          }
          const old = usable(mtEntry.mtMembers, isMemberList);
          if (old) mtMembers.push(...old.value);
          if (code) problems.push({ resource: 'mt', code: code as GraphErrorCode, ...(old ? { stale: true } : {}) });
          return 'handled';
        },
      );
    }
  }

  // Meetings whose list ids are known go out now; the others once their lists are found.
  for (const g of groups.values()) readCalendar(g);

  for (const g of groups.values()) {
    if (typeof g.ids.planId === 'string') readTasks(g, g.ids.planId);
    else if (g.ids.planId === undefined) lookUpPlan(g);

    if (g.ids.siteId && g.ids.lists) afterLists(g);
    else if (g.ids.siteId) {
      if (g.readDigest || !g.calendarRequested || (withAgenda && !valid(g.ids.agenda, isAgenda))) discoverLists(g, g.ids.siteId);
    } else lookUpSite(g);
  }
  await queue.drain();

  // ------------------------------------------------------------------ assemble

  const mtIds = new Set(mtMembers.map((m) => m.id));
  const members = new Map<string, Member>();
  const werkgroepen: Werkgroep[] = [];
  const meetings: Vergadering[] = [];
  const agenda: Agendapunt[] = [];
  const results: Resultaat[] = [];
  const verbeterpunten: Verbeterpunt[] = [];
  const responsibleMt = new Map<string, Set<string>>();

  for (const g of groups.values()) {
    // Directory reads that failed: keep the earlier copy for the parts that are missing.
    if (g.readDirectory) {
      const old = usable(g.ids.directory, isDirectoryData);
      if (g.ownersOk && g.membersOk) {
        const value: DirectoryData = { naam: g.naam ?? '', ownerIds: g.ownerIds, members: g.members };
        g.ids.directory = store('directory', g, value);
      } else if (old) {
        g.naam ??= old.value.naam;
        if (!g.ownersOk) g.ownerIds = old.value.ownerIds;
        if (!g.membersOk) g.members = old.value.members;
        problems.push({ werkgroepId: g.id, resource: 'group', code: 'GRAPH.UNAVAILABLE', stale: true });
      }
    }
    if (g.readDigest && withDigest && !g.digest) {
      const old = usable(g.ids.digest, isDigestData);
      if (old) {
        g.digest = old.value;
        problems.push({ werkgroepId: g.id, resource: 'digest', code: 'GRAPH.UNAVAILABLE', stale: true });
      }
    }
    for (const key of ['directory', 'calendar', 'agenda', 'digest'] as const) if (g.ids[key] === undefined) delete g.ids[key];

    const inWindow = (g.calendar?.meetings ?? []).filter((m) => overlaps(m, windowFrom, windowTo));
    meetings.push(...inWindow);
    if (withAgenda && inWindow.length > 0 && g.agenda) agenda.push(...g.agenda);
    if (withDigest && g.digest) {
      results.push(...g.digest.results);
      verbeterpunten.push(...g.digest.verbeterpunten);
      for (const r of [...g.digest.results, ...g.digest.verbeterpunten]) {
        if (r.verantwoordelijkMtLidId) responsibleMt.set(g.id, (responsibleMt.get(g.id) ?? new Set()).add(r.verantwoordelijkMtLidId));
      }
    }

    const previous = cache.get(g.id);
    cache.set(g.id, previous?.mtMembers ? { ...g.ids, mtMembers: previous.mtMembers } : g.ids);
    for (const m of g.members) members.set(m.id, m);
    // Without owners the first member chairs, so reminders still have someone to go to.
    const voorzitterId = g.ownerIds[0] ?? g.members[0]?.id;
    if (!voorzitterId) continue;
    if (g.ownersOk && g.ownerIds.length === 0) problems.push({ werkgroepId: g.id, resource: 'owners', code: 'GRAPH.NOT_FOUND' });
    const mtLidIds = new Set([...g.members.filter((m) => mtIds.has(m.id)).map((m) => m.id), ...(responsibleMt.get(g.id) ?? [])]);
    werkgroepen.push({
      id: g.id,
      naam: g.naam ?? '',
      voorzitterId,
      ledenIds: g.members.map((m) => m.id),
      mtLidIds: [...mtLidIds],
      ...(g.ids.planId ? { planId: g.ids.planId } : {}),
      ...(g.ids.siteId ? { siteId: g.ids.siteId } : {}),
    });
  }
  for (const m of mtMembers) if (!members.has(m.id)) members.set(m.id, m);

  return {
    werkgroepen,
    members: [...members.values()],
    actions,
    meetings,
    agenda,
    results,
    verbeterpunten,
    mtLidIds: [...mtIds],
    problems,
    stats: { ...stats, ...queue.stats },
  };
}
