import {
  GraphConflictError,
  addAgendapunt,
  batch,
  addBesluit,
  completeAction,
  createAction,
  createGroupPlan,
  createMeetingSeries,
  deleteListItem,
  ensureWerkgroepLists,
  isWerkgroepSite,
  getAction,
  getGroup,
  getGroupOwners,
  getGroupPlan,
  listActions,
  listAgendapunten,
  listBesluiten,
  listMeetings,
  listMembers,
  listMyGroups,
  listResultaten,
  listVerbeterpunten,
  meetingListHorizon,
  moveMeeting,
  saveResultaat,
  saveVerbeterpunt,
  setMeetingAgenda,
  syncMeetingList,
  updateAction,
  updateAgendapunt,
  updateBesluit,
  updateMeetingSeries,
} from '../../../graph/index.ts';
import { cancelMeeting, getSeriesEndDate } from '../../../graph/calendar.ts';
import type { GraphClient, ListIds, MeetingListSyncInput, WerkgroepLists } from '../../../graph/index.ts';
import { AppError } from '../../../text/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { toAmsterdamDate } from '../../../workgroups/index.ts';
import type { Actie, Member, Vergadering } from '../../../workgroups/index.ts';
import { ConflictError } from './tab-data.ts';
import type { MyActie, TabData, WerkgroepView } from './tab-data.ts';

export interface GraphTabDataOptions {
  userId: string;
  /** The MT group; its members are the MT-leden. */
  mtGroupId?: string;
  /** Epoch ms; the demo passes its clock. Default Date.now. */
  now?: () => number;
}

/** How often showing meetings checks the Vergaderingen list against the calendar (per werkgroep). */
export const MEETING_LIST_CHECK_MS = 15 * 60_000;

/** The meeting id in a task's references (keys are percent-encoded URLs of the group event). */
export function vergaderingFromReferences(references: unknown): string | undefined {
  if (!references || typeof references !== 'object') return undefined;
  for (const key of Object.keys(references)) {
    try {
      const match = /\/groups\/[^/]+\/events\/([^/?#]+)/.exec(decodeURIComponent(key));
      if (match) return decodeURIComponent(match[1]!);
    } catch {
      // A reference we did not write; skip it.
    }
  }
  return undefined;
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof AppError && codes.includes(error.code);
}

/** Memoizes a per-key lookup; a failed lookup is forgotten so a retry can succeed. */
function memo<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let p = cache.get(key);
    if (!p) {
      p = load(key);
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    return p;
  };
}

/** The TabData port on the Graph gateway: every read and write goes through src/graph. */
export function createGraphTabData(client: GraphClient, options: GraphTabDataOptions): TabData {
  const lists = memo<WerkgroepLists>((groupId) => ensureWerkgroepLists(client, { groupId }));
  const plan = memo((groupId) => getGroupPlan(client, { groupId }).then((p) => p.id));
  const groupName = memo((groupId) => getGroup(client, { groupId }).then((g) => g.naam));
  const mtMembers = memo<Member[]>((mtGroupId) => (mtGroupId ? listMembers(client, { groupId: mtGroupId }) : Promise.resolve([])));
  const myGroups = memo(() => listMyGroups(client));
  const isWerkgroep = memo((groupId) => isWerkgroepSite(client, { groupId }));
  // The meeting page's extras load with it, not with the tab's first page (its size budget).
  const verslagen = () => import('../../../graph/verslagen.ts');
  const meetingTexts = () => import('../../../text/ui-meetings.ts').then((m) => m.meetingText);
  const verslagList = memo(async (groupId) => (await verslagen()).ensureVerslagList(client, { groupId }));

  const listIds = async (groupId: string, name: keyof WerkgroepLists['lists']): Promise<ListIds> => {
    const l = await lists(groupId);
    return { siteId: l.siteId, listId: l.lists[name], werkgroepId: groupId };
  };

  // The bot may not read group calendars (GRAPH-CONTRACT.md §2); it reads the Vergaderingen list, which
  // only a delegated caller like this tab can fill from the calendar.
  const now = options.now ?? Date.now;
  const meetingListCheckedAt = new Map<string, number>();
  /** After a series change: the list must follow, or the user is told the reminders may be wrong. */
  const syncAfterChange = async (groupId: string, input: MeetingListSyncInput = {}): Promise<void> => {
    try {
      await syncMeetingList(client, await listIds(groupId, 'Vergaderingen'), meetingListHorizon(now()), input);
      meetingListCheckedAt.set(groupId, now());
    } catch (error) {
      meetingListCheckedAt.delete(groupId);
      throw new AppError('TAB.MEETING_LIST_NOT_UPDATED', { cause: error });
    }
  };
  /** While showing meetings: repair a list someone changed the calendar behind (Outlook, Teams). */
  const keepMeetingListInStep = async (groupId: string, shown?: { range: { from: string; to: string }; meetings: Vergadering[] }): Promise<void> => {
    const last = meetingListCheckedAt.get(groupId);
    if (last !== undefined && now() - last < MEETING_LIST_CHECK_MS && now() >= last) return;
    meetingListCheckedAt.set(groupId, now());
    const horizon = meetingListHorizon(now());
    const covered = shown !== undefined && Date.parse(shown.range.from) <= Date.parse(horizon.from) && Date.parse(shown.range.to) >= Date.parse(horizon.to);
    try {
      await syncMeetingList(client, await listIds(groupId, 'Vergaderingen'), horizon, covered ? { calendar: shown.meetings } : {});
    } catch (error) {
      // The page still shows the calendar; the next visit tries again.
      meetingListCheckedAt.delete(groupId);
      console.warn('Vergaderingen list not brought in step', error);
    }
  };

  /** Open the conflict flow with the version that is stored now. */
  const conflictFor = async <T extends { id: string }>(mine: T, error: unknown, reread: () => Promise<T[]>): Promise<never> => {
    if (error instanceof GraphConflictError) throw new ConflictError(mine, error.server as T, { cause: error });
    if (isCode(error, 'GRAPH.PRECONDITION_FAILED', 'GRAPH.CONFLICT')) {
      const theirs = (await reread()).find((x) => x.id === mine.id);
      if (theirs) throw new ConflictError(mine, theirs, { cause: error });
    }
    throw error;
  };

  // Which meeting a task came from lives in its details; read once per task, in $batch calls of 20.
  const meetingOfTask = new Map<string, string | null>();
  const withMeetings = async (actions: Actie[]): Promise<Actie[]> => {
    const unknown = actions.filter((a) => !a.vergaderingId && !meetingOfTask.has(a.id));
    if (unknown.length > 0) {
      const results = await batch<{ references?: unknown }>(
        client,
        unknown.map((a, i) => ({ id: String(i), url: `/planner/tasks/${encodeURIComponent(a.id)}/details?$select=references` })),
      );
      for (const r of results) {
        const task = unknown[Number(r.id)]!;
        if (r.ok) meetingOfTask.set(task.id, vergaderingFromReferences(r.body.references) ?? null);
      }
    }
    return actions.map((a) => {
      const v = a.vergaderingId ?? meetingOfTask.get(a.id);
      return v ? { ...a, vergaderingId: v } : a;
    });
  };

  const actionsOf = async (groupId: string): Promise<Actie[]> => {
    try {
      return await listActions(client, { werkgroepId: groupId, planId: await plan(groupId) });
    } catch (error) {
      // A group without a plan (like the MT group) has no actions.
      if (isCode(error, 'GRAPH.NO_PLAN')) return [];
      throw error;
    }
  };

  const data: TabData = {
    async loadWerkgroep(groupId): Promise<WerkgroepView> {
      const [naam, members, owners, mt, planId] = await Promise.all([
        groupName(groupId),
        listMembers(client, { groupId }),
        getGroupOwners(client, { groupId }),
        mtMembers(options.mtGroupId ?? ''),
        plan(groupId).catch((e: unknown) => (isCode(e, 'GRAPH.NO_PLAN') ? undefined : Promise.reject(e))),
      ]);
      return {
        werkgroep: {
          id: groupId,
          naam,
          voorzitterId: owners[0]?.id ?? '',
          ledenIds: members.map((m) => m.id),
          mtLidIds: mt.map((m) => m.id),
          ...(planId ? { planId } : {}),
        },
        members,
        mt,
      };
    },
    async listMyWerkgroepen() {
      const groups = (await myGroups('')).filter((g) => g.id !== options.mtGroupId);
      const werkgroep = await Promise.all(groups.map((g) => isWerkgroep(g.id)));
      return groups.filter((_, i) => werkgroep[i]);
    },
    async listMeetings(groupId, range) {
      const meetings = await listMeetings(client, { groupId }, range);
      await keepMeetingListInStep(groupId, { range, meetings });
      return meetings;
    },
    async createMeetingSeries(groupId, input) {
      await createMeetingSeries(client, { groupId }, { subject: input.subject, rule: input.rule, ...(input.attendees ? { attendees: input.attendees } : {}) });
      await syncAfterChange(groupId);
    },
    async updateMeetingSeries(groupId, seriesId, input) {
      await updateMeetingSeries(client, { groupId, seriesId }, { subject: input.subject, rule: input.rule, ...(input.attendees ? { attendees: input.attendees } : {}) });
      await syncAfterChange(groupId);
    },
    async moveMeeting(groupId, vergadering, change) {
      await moveMeeting(client, { groupId, eventId: vergadering.id }, change);
      await syncAfterChange(groupId);
    },
    async cancelMeeting(groupId, vergadering) {
      await cancelMeeting(client, { groupId, eventId: vergadering.id }, (await meetingTexts()).cancelComment);
      await syncAfterChange(groupId, { cancelledIds: [vergadering.id] });
    },
    async deleteMeetingSeries(groupId, seriesId) {
      await cancelMeeting(client, { groupId, eventId: seriesId }, (await meetingTexts()).cancelSeriesComment);
      await syncAfterChange(groupId);
    },
    listAgendapunten: async (groupId, vergaderingId) =>
      listAgendapunten(client, await listIds(groupId, 'Agendapunten'), { vergaderingId }),
    addAgendapunt: async (groupId, input) => addAgendapunt(client, await listIds(groupId, 'Agendapunten'), input),
    async updateAgendapunt(groupId, item) {
      const ids = await listIds(groupId, 'Agendapunten');
      try {
        return await updateAgendapunt(client, ids, item);
      } catch (error) {
        return conflictFor(item, error, () => listAgendapunten(client, ids, { vergaderingId: item.vergaderingId }));
      }
    },
    listBesluiten: async (groupId, vergaderingId) =>
      listBesluiten(client, await listIds(groupId, 'Besluiten'), vergaderingId ? { vergaderingId } : {}),
    addBesluit: async (groupId, input) => addBesluit(client, await listIds(groupId, 'Besluiten'), input),
    async updateBesluit(groupId, item) {
      const ids = await listIds(groupId, 'Besluiten');
      try {
        return await updateBesluit(client, ids, item);
      } catch (error) {
        return conflictFor(item, error, () => listBesluiten(client, ids, { vergaderingId: item.vergaderingId }));
      }
    },
    async deleteAgendapunt(groupId, item) {
      const ids = await listIds(groupId, 'Agendapunten');
      try {
        await deleteListItem(client, ids, item.etag ? { id: item.id, etag: item.etag } : { id: item.id });
      } catch (error) {
        // Gone already: what the user wanted.
        if (isCode(error, 'GRAPH.NOT_FOUND')) return;
        await conflictFor(item, error, () => listAgendapunten(client, ids, { vergaderingId: item.vergaderingId }));
      }
    },
    async deleteBesluit(groupId, item) {
      const ids = await listIds(groupId, 'Besluiten');
      try {
        await deleteListItem(client, ids, item.etag ? { id: item.id, etag: item.etag } : { id: item.id });
      } catch (error) {
        // Gone already: what the user wanted.
        if (isCode(error, 'GRAPH.NOT_FOUND')) return;
        await conflictFor(item, error, () => listBesluiten(client, ids, { vergaderingId: item.vergaderingId }));
      }
    },
    getSeriesEndDate: (groupId, seriesId) => getSeriesEndDate(client, { groupId, seriesId }),
    listVerslagen: async (groupId) => (await verslagen()).listVerslagen(client, await verslagList(groupId)),
    async saveVerslag(groupId, input) {
      const { listVerslagen, saveVerslag, uploadVerslagDocument } = await verslagen();
      const file = await uploadVerslagDocument(client, { groupId }, { name: input.fileName, content: input.content });
      const ids = await verslagList(groupId);
      const old = input.existing;
      const row = {
        titel: input.titel,
        vergaderingId: input.vergadering.id,
        datum: toAmsterdamDate(input.vergadering.start),
        documentUrl: file.webUrl,
        vastgesteld: input.vastgesteldOp !== undefined,
        ...(input.vastgesteldOp ? { vastgesteldOp: input.vastgesteldOp } : {}),
        ...(old ? { id: old.id, ...(old.etag ? { etag: old.etag } : {}) } : {}),
      };
      try {
        return await saveVerslag(client, ids, row);
      } catch (error) {
        return conflictFor({ ...row, id: old?.id ?? '' }, error, () => listVerslagen(client, ids));
      }
    },
    async updateVerslag(groupId, verslag) {
      const { listVerslagen, saveVerslag } = await verslagen();
      const ids = await verslagList(groupId);
      try {
        return await saveVerslag(client, ids, verslag);
      } catch (error) {
        return conflictFor(verslag, error, () => listVerslagen(client, ids));
      }
    },
    async setMeetingAgenda(groupId, vergadering, agenda) {
      await setMeetingAgenda(client, { groupId, eventId: vergadering.id }, { heading: tabText.vergadering.agenda, items: agenda });
    },
    listActions: async (groupId, opts) => {
      const actions = await actionsOf(groupId);
      return opts?.withVergadering ? withMeetings(actions) : actions;
    },
    async createAction(groupId, input) {
      return createAction(
        client,
        { werkgroepId: groupId, planId: await plan(groupId) },
        {
          titel: input.titel,
          trekkerId: input.trekkerId,
          dueDate: input.dueDate,
          ...(input.vergadering ? { vergadering: input.vergadering } : {}),
        },
      ).then((a) => {
        meetingOfTask.set(a.id, input.vergadering?.id ?? null);
        return a;
      });
    },
    async updateAction(actie, change) {
      try {
        return await updateAction(client, { werkgroepId: actie.werkgroepId }, { base: actie, change });
      } catch (error) {
        return conflictFor({ ...actie, ...change }, error, () => actionsOf(actie.werkgroepId));
      }
    },
    async completeAction(actie) {
      try {
        return await completeAction(client, { werkgroepId: actie.werkgroepId }, { base: actie });
      } catch (error) {
        return conflictFor({ ...actie, status: 'klaar' as const }, error, () => actionsOf(actie.werkgroepId));
      }
    },
    async getAction(actionId, groupId): Promise<MyActie> {
      const candidates = groupId ? [{ id: groupId, naam: await groupName(groupId) }] : await data.listMyWerkgroepen();
      for (const g of candidates) {
        const found = (await actionsOf(g.id)).find((a) => a.id === actionId);
        if (found) {
          const full = await getAction(client, { werkgroepId: g.id, taskId: actionId }, { withVergadering: true });
          return { actie: full, werkgroepNaam: g.naam };
        }
      }
      throw new AppError('TAB.ACTION_NOT_FOUND');
    },
    async listMyActions(userId) {
      const groups = await data.listMyWerkgroepen();
      const perGroup = await Promise.all(
        groups.map(async (g) => (await actionsOf(g.id)).filter((a) => a.trekkerId === userId).map((actie) => ({ actie, werkgroepNaam: g.naam }))),
      );
      return perGroup.flat();
    },
    listResultaten: async (groupId) => listResultaten(client, await listIds(groupId, 'Resultaten')),
    async saveResultaat(groupId, item) {
      const ids = await listIds(groupId, 'Resultaten');
      try {
        return await saveResultaat(client, ids, item);
      } catch (error) {
        return conflictFor(item, error, () => listResultaten(client, ids));
      }
    },
    listVerbeterpunten: async (groupId) => listVerbeterpunten(client, await listIds(groupId, 'Verbeterpunten')),
    async saveVerbeterpunt(groupId, item) {
      const ids = await listIds(groupId, 'Verbeterpunten');
      try {
        return await saveVerbeterpunt(client, ids, item);
      } catch (error) {
        return conflictFor(item, error, () => listVerbeterpunten(client, ids));
      }
    },
    async prepareWerkgroep(groupId) {
      const l = await ensureWerkgroepLists(client, { groupId });
      let planCreated = false;
      const planId = await plan(groupId).catch(async (error: unknown) => {
        if (!isCode(error, 'GRAPH.NO_PLAN')) throw error;
        // A team made in Teams has no plan until someone adds one: the configuration page adds it.
        try {
          const created = await createGroupPlan(client, { groupId }, { title: await groupName(groupId) });
          planCreated = true;
          return created.id;
        } catch (cause) {
          throw new AppError('TAB.PLAN_CREATE_FAILED', { cause });
        }
      });
      // A series made before the tab was added (or in Outlook) gets its meetings in the list right away.
      meetingListCheckedAt.delete(groupId);
      await keepMeetingListInStep(groupId);
      return { lists: Object.keys(l.lists), planId, ...(planCreated ? { planCreated } : {}) };
    },
  };
  return data;
}
