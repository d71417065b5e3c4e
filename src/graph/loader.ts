import type { Actie, Agendapunt, Member, Resultaat, Verbeterpunt, Vergadering, Werkgroep } from '../workgroups/index.ts';
import { BatchQueue, toBatchUrl } from './batch.ts';
import type { BatchOptions, BatchResult, BatchStats } from './batch.ts';
import { AMSTERDAM_PREFER, calendarViewUrl, toVergadering } from './calendar.ts';
import type { GraphClient } from './client.ts';
import type { GraphErrorCode } from './errors.ts';
import { MEMBER_SELECT, toMember } from './groups.ts';
import { listItemsUrl, toAgendapunt, toResultaat, toVerbeterpunt } from './lists.ts';
import type { WerkgroepListName } from './lists.ts';
import { mapItems } from './paging.ts';
import type { SkippedItem } from './paging.ts';
import { TASK_SELECT, toActie } from './planner.ts';
import { directoryObjectSchema, eventSchema, groupSchema, listItemSchema, listSchema, pageSchema, planSchema, plannerTaskSchema, siteSchema } from './wire.ts';

export interface ReminderWindow {
  /** Instants; meetings are read between them. */
  from: string;
  to: string;
}

/** Ids that never change for a group; keep this between cycles so later cycles skip looking them up. */
export interface GroupIds {
  /** null: the group has no plan. */
  planId?: string | null;
  siteId?: string;
  lists?: Partial<Record<WerkgroepListName, string>>;
}
export type LoaderCache = Map<string, GroupIds>;

export interface LoadProblem {
  werkgroepId?: string;
  resource: string;
  itemId?: string;
  code: GraphErrorCode;
  /** For malformed items: which fields were wrong. */
  issue?: string;
}

export interface LoadOptions extends BatchOptions {
  cache?: LoaderCache;
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
  stats: BatchStats & { nextPages: number };
}

interface GroupState {
  id: string;
  naam?: string;
  members: Member[];
  ownerIds: string[];
  ownersOk: boolean;
  membersOk: boolean;
  ownersRequested?: boolean;
  membersRequested?: boolean;
  ids: GroupIds;
  hasMeeting: boolean;
}

const enc = encodeURIComponent;
const IDS_PER_FILTER = 15;
/** Graph returns at most this many objects for an expanded directory relationship. */
const EXPAND_CAP = 20;

/**
 * Reads everything the reminder cycle needs for many werkgroepen in as few HTTP calls as possible:
 * every read goes through $batch (20 per call, different resources and groups mixed so batches stay
 * full), `$select` names only the fields we map, next pages are batched too, and group ids that never
 * change (plan, site, lists) come from the cache after the first cycle. Malformed items and failed
 * reads are reported in `problems`; they never stop the cycle.
 */
export async function loadReminderData(
  client: GraphClient,
  groupIds: readonly string[],
  window: ReminderWindow,
  options: LoadOptions = {},
): Promise<ReminderData> {
  const cache = options.cache ?? new Map<string, GroupIds>();
  const queue = new BatchQueue(client, options);
  const problems: LoadProblem[] = [];
  const out = {
    actions: [] as Actie[],
    meetings: [] as Vergadering[],
    agenda: [] as Agendapunt[],
    results: [] as Resultaat[],
    verbeterpunten: [] as Verbeterpunt[],
  };
  const completedSince = Date.parse(window.from) - (options.completedDays ?? 14) * 86_400_000;
  const groups = new Map<string, GroupState>(
    [...new Set(groupIds)].map((id) => [id, { id, members: [], ownerIds: [], ownersOk: false, membersOk: false, ids: { ...cache.get(id) }, hasMeeting: false }]),
  );
  const mtMembers: Member[] = [];
  let nextPages = 0;

  const fail = (werkgroepId: string | undefined, resource: string, result: BatchResult & { ok: false }) => {
    problems.push({ ...(werkgroepId ? { werkgroepId } : {}), resource, code: result.error.code as GraphErrorCode });
  };
  const onSkip = (s: SkippedItem) => problems.push({ ...s, code: 'GRAPH.MALFORMED' });

  /** Reads a collection page by page; `onPage` gets each page's values. */
  const readCollection = (
    werkgroepId: string | undefined,
    resource: string,
    url: string,
    onPage: (values: unknown[]) => void,
    headers?: Record<string, string>,
    onDone?: (ok: boolean, code?: string) => void,
  ) => {
    queue.add({ url, ...(headers ? { headers } : {}) }, (result) => {
      if (!result.ok) {
        fail(werkgroepId, resource, result);
        onDone?.(false, result.error.code);
        return;
      }
      const page = pageSchema.safeParse(result.body);
      if (!page.success) {
        problems.push({ ...(werkgroepId ? { werkgroepId } : {}), resource, code: 'GRAPH.MALFORMED' });
        onDone?.(false);
        return;
      }
      onPage(page.data.value);
      const next = page.data['@odata.nextLink'];
      if (next) nextPages++;
      if (next) readCollection(werkgroepId, resource, toBatchUrl(next), onPage, headers, onDone);
      else onDone?.(true);
    });
  };

  const setOwners = (g: GroupState, owners: unknown[]) => {
    g.ownerIds = mapItems(owners, directoryObjectSchema, (o) => toMember(o)?.id, { resource: 'owners', werkgroepId: g.id, onSkip });
    g.ownersOk = true;
  };
  // Only the first owner matters (the voorzitter), so one page is enough.
  const readOwners = (g: GroupState) => {
    if (g.ownersRequested) return;
    g.ownersRequested = true;
    queue.add({ url: `/groups/${enc(g.id)}/owners?$select=id&$top=999` }, (result) => {
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
      (ok) => (g.membersOk = ok),
    );
  };

  const readTasks = (g: GroupState, planId: string) =>
    readCollection(
      g.id,
      'tasks',
      `/planner/plans/${enc(planId)}/tasks?$select=${TASK_SELECT}`,
      (values) => {
        for (const actie of mapItems(values, plannerTaskSchema, (t) => toActie(t, g.id), { resource: 'tasks', werkgroepId: g.id, onSkip })) {
          if (actie.status === 'open' || Date.parse(actie.completedAt ?? '') >= completedSince) out.actions.push(actie);
        }
      },
      undefined,
      // A plan that is gone (deleted, or the team re-created) is looked up again next cycle.
      (_ok, code) => {
        if (code === 'GRAPH.NOT_FOUND') delete g.ids.planId;
      },
    );
  const forgetListsWhenGone = (g: GroupState) => (_ok: boolean, code?: string) => {
    if (code === 'GRAPH.NOT_FOUND') delete g.ids.lists;
  };

  const digestLists = options.includeDigestLists !== false;
  const readLists = (g: GroupState, siteId: string, lists: Partial<Record<WerkgroepListName, string>>) => {
    if (!digestLists) return;
    if (lists.Resultaten) {
      readCollection(
        g.id,
        'Resultaten',
        listItemsUrl(siteId, lists.Resultaten, 'Resultaten'),
        (values) => out.results.push(...mapItems(values, listItemSchema, (i) => toResultaat(i, g.id), { resource: 'Resultaten', werkgroepId: g.id, onSkip })),
        undefined,
        forgetListsWhenGone(g),
      );
    }
    if (lists.Verbeterpunten) {
      readCollection(
        g.id,
        'Verbeterpunten',
        listItemsUrl(siteId, lists.Verbeterpunten, 'Verbeterpunten'),
        (values) =>
          out.verbeterpunten.push(
            ...mapItems(values, listItemSchema, (i) => toVerbeterpunt(i, g.id), { resource: 'Verbeterpunten', werkgroepId: g.id, onSkip }),
          ),
        undefined,
        forgetListsWhenGone(g),
      );
    }
  };

  const discoverLists = (g: GroupState, siteId: string) => {
    const found: Partial<Record<WerkgroepListName, string>> = {};
    readCollection(
      g.id,
      'lists',
      `/sites/${enc(siteId)}/lists?$select=id,displayName`,
      (values) => {
        for (const list of mapItems(values, listSchema, (l) => l, { resource: 'lists', werkgroepId: g.id, onSkip })) {
          if (['Agendapunten', 'Besluiten', 'Resultaten', 'Verbeterpunten'].includes(list.displayName)) {
            found[list.displayName as WerkgroepListName] = list.id;
          }
        }
      },
      undefined,
      (ok) => {
        if (!ok) return;
        g.ids.lists = found;
        readLists(g, siteId, found);
      },
    );
  };

  // Directory data for 15 groups per request (`id in (...)` takes 15 ids): names with the owners
  // expanded, and members expanded. Graph returns at most 20 objects per expanded relationship, so a
  // group showing 20 members (or a server that ignored $expand) gets its own, paged, members read.
  const allIds = [...groups.keys()];
  for (let i = 0; i < allIds.length; i += IDS_PER_FILTER) {
    const chunk = allIds.slice(i, i + IDS_PER_FILTER);
    const filter = enc(`id in (${chunk.map((id) => `'${id.replace(/'/g, "''")}'`).join(',')})`);
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
        // Ids the directory does not know: say so once per group.
        if (!ok) {
          for (const id of chunk) readOwners(groups.get(id)!);
          return;
        }
        for (const id of chunk) if (!seen.has(id)) problems.push({ werkgroepId: id, resource: 'group', code: 'GRAPH.NOT_FOUND' });
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
        if (!ok) for (const id of chunk) readMembers(groups.get(id)!);
      },
    );
  }

  if (options.mtGroupId) {
    readCollection(undefined, 'mt', `/groups/${enc(options.mtGroupId)}/members?$select=${MEMBER_SELECT}&$top=999`, (values) =>
      mtMembers.push(...mapItems(values, directoryObjectSchema, toMember, { resource: 'mt', onSkip })),
    );
  }

  for (const g of groups.values()) {
    readCollection(
      g.id,
      'calendarView',
      calendarViewUrl(g.id, window),
      (values) => {
        const meetings = mapItems(values, eventSchema, (e) => toVergadering(e, g.id), { resource: 'calendarView', werkgroepId: g.id, onSkip });
        if (meetings.length > 0) g.hasMeeting = true;
        out.meetings.push(...meetings);
      },
      { Prefer: AMSTERDAM_PREFER },
    );

    if (typeof g.ids.planId === 'string') readTasks(g, g.ids.planId);
    else if (g.ids.planId === undefined) {
      queue.add({ url: `/groups/${enc(g.id)}/planner/plans?$select=id` }, (result) => {
        if (!result.ok) return fail(g.id, 'plans', result);
        const page = pageSchema.safeParse(result.body);
        const [plan] = page.success ? mapItems(page.data.value, planSchema, (p) => p, { resource: 'plans', werkgroepId: g.id, onSkip }) : [];
        g.ids.planId = plan?.id ?? null;
        if (plan) readTasks(g, plan.id);
        else problems.push({ werkgroepId: g.id, resource: 'plans', code: 'GRAPH.NO_PLAN' });
      });
    }

    if (g.ids.siteId && g.ids.lists) readLists(g, g.ids.siteId, g.ids.lists);
    else if (g.ids.siteId) discoverLists(g, g.ids.siteId);
    else {
      queue.add({ url: `/groups/${enc(g.id)}/sites/root?$select=id` }, (result) => {
        if (!result.ok) return fail(g.id, 'site', result);
        const site = siteSchema.safeParse(result.body);
        if (!site.success) return void problems.push({ werkgroepId: g.id, resource: 'site', code: 'GRAPH.MALFORMED' });
        g.ids.siteId = site.data.id;
        discoverLists(g, site.data.id);
      });
    }
  }
  await queue.drain();

  // The agenda matters only for werkgroepen that meet within the window.
  if (options.includeAgenda !== false) {
    for (const g of groups.values()) {
      const listId = g.ids.lists?.Agendapunten;
      if (!g.hasMeeting || !g.ids.siteId || !listId) continue;
      readCollection(
        g.id,
        'Agendapunten',
        listItemsUrl(g.ids.siteId, listId, 'Agendapunten'),
        (values) => out.agenda.push(...mapItems(values, listItemSchema, (i) => toAgendapunt(i, g.id), { resource: 'Agendapunten', werkgroepId: g.id, onSkip })),
        undefined,
        forgetListsWhenGone(g),
      );
    }
    await queue.drain();
  }

  const mtIds = new Set(mtMembers.map((m) => m.id));
  const members = new Map<string, Member>();
  const werkgroepen: Werkgroep[] = [];
  const responsibleMt = new Map<string, Set<string>>();
  for (const r of [...out.results, ...out.verbeterpunten]) {
    if (!r.verantwoordelijkMtLidId) continue;
    responsibleMt.set(r.werkgroepId, (responsibleMt.get(r.werkgroepId) ?? new Set()).add(r.verantwoordelijkMtLidId));
  }
  for (const g of groups.values()) {
    cache.set(g.id, g.ids);
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
    ...out,
    mtLidIds: [...mtIds],
    problems,
    stats: { ...queue.stats, nextPages },
  };
}
