import { AppError } from '../text/index.ts';
import { amsterdamTime, orderAssignees, toAmsterdamDate } from '../workgroups/index.ts';
import type { Actie, TaskAssignment } from '../workgroups/index.ts';
import type { GraphClient } from './client.ts';
import { GraphConflictError, graphCall, hasCode } from './errors.ts';
import { mapItems, readAllPages } from './paging.ts';
import type { ReadOptions } from './paging.ts';
import { bucketSchema, planSchema, plannerTaskSchema, taskDetailsSchema } from './wire.ts';
import type { PlannerTask } from './wire.ts';

export const TASK_SELECT = 'id,planId,bucketId,title,percentComplete,dueDateTime,completedDateTime,assignments';

export interface Plan {
  id: string;
  title: string;
}

export interface Bucket {
  id: string;
  name: string;
  orderHint?: string;
}

const enc = encodeURIComponent;

/** The group's plan (the first, as Teams creates one per team). A group without a plan → GRAPH.NO_PLAN. */
export async function getGroupPlan(client: GraphClient, ids: { groupId: string }): Promise<Plan> {
  const raw = await readAllPages(client, client.api(`/groups/${enc(ids.groupId)}/planner/plans`).select('id,title'), 'plans');
  const [plan] = mapItems(raw, planSchema, (p) => ({ id: p.id, title: p.title ?? '' }), { resource: 'plans', werkgroepId: ids.groupId });
  if (!plan) throw new AppError('GRAPH.NO_PLAN', { details: { groupId: ids.groupId } });
  return plan;
}

/**
 * Creates the group's plan (delegated: the signed-in user must be a member of the group). A team made in
 * Teams has no plan until someone adds one. Body shape from "Create plannerPlan" (v1.0):
 * https://learn.microsoft.com/graph/api/planner-post-plans — a container by its url, and a title.
 */
export async function createGroupPlan(client: GraphClient, ids: { groupId: string }, input: { title: string }): Promise<Plan> {
  const body = { container: { url: `https://graph.microsoft.com/v1.0/groups/${enc(ids.groupId)}` }, title: input.title };
  const created = planSchema.safeParse(await graphCall(() => client.api('/planner/plans').post(body), { resource: 'plans' }));
  if (!created.success) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'plans' } });
  return { id: created.data.id, title: created.data.title ?? input.title };
}

export async function listBuckets(client: GraphClient, ids: { planId: string }, options: ReadOptions = {}): Promise<Bucket[]> {
  const raw = await readAllPages(client, client.api(`/planner/plans/${enc(ids.planId)}/buckets`).select('id,name,orderHint'), 'buckets');
  return mapItems(raw, bucketSchema, (b) => ({ id: b.id, name: b.name, ...(b.orderHint ? { orderHint: b.orderHint } : {}) }), {
    resource: 'buckets',
    ...options,
  });
}

/** Planner due dates are instants; we keep the Amsterdam day and write noon so the day survives any time zone. */
export function dueDateToInstant(date: string): string {
  return amsterdamTime(date, '12:00');
}

/** The task's assignees in trekker order (orderAssignees in src/workgroups decides who the trekker is). */
function assigneesInOrder(assignments: PlannerTask['assignments']): string[] {
  if (!assignments) return [];
  const list: TaskAssignment[] = [];
  for (const [userId, value] of Object.entries(assignments)) {
    if (value === null || userId.startsWith('@odata.')) continue;
    const a = (typeof value === 'object' ? value : {}) as { assignedDateTime?: unknown; orderHint?: unknown };
    list.push({
      userId,
      ...(typeof a.assignedDateTime === 'string' ? { assignedDateTime: a.assignedDateTime } : {}),
      ...(typeof a.orderHint === 'string' ? { orderHint: a.orderHint } : {}),
    });
  }
  return orderAssignees(list);
}

/** Maps a Planner task to an Actie. */
export function toActie(task: PlannerTask, werkgroepId: string, vergaderingId?: string): Actie {
  const [trekkerId, ...coAssigneeIds] = assigneesInOrder(task.assignments);
  const done = task.percentComplete === 100;
  return {
    id: task.id,
    werkgroepId,
    titel: task.title,
    status: done ? 'klaar' : 'open',
    ...(trekkerId ? { trekkerId } : {}),
    ...(coAssigneeIds.length > 0 ? { coAssigneeIds } : {}),
    ...(task.dueDateTime ? { dueDate: toAmsterdamDate(task.dueDateTime) } : {}),
    ...(done && task.completedDateTime ? { completedAt: task.completedDateTime } : {}),
    ...(vergaderingId ? { vergaderingId } : {}),
    ...(task['@odata.etag'] ? { etag: task['@odata.etag'] } : {}),
  };
}

// Planner reference keys are URLs with '%', '.', ':', '@' and '#' percent-encoded.
export function encodeReferenceKey(url: string): string {
  return url.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/:/g, '%3A').replace(/@/g, '%40').replace(/#/g, '%23');
}

/** The URL under which a task refers to the meeting it came from. */
export function meetingReferenceUrl(groupId: string, vergaderingId: string): string {
  return `https://graph.microsoft.com/v1.0/groups/${enc(groupId)}/events/${enc(vergaderingId)}`;
}

/** The meeting id from a task's references, when one points at a group event. */
export function vergaderingIdFromReferences(references: Record<string, unknown> | null | undefined): string | undefined {
  for (const key of Object.keys(references ?? {})) {
    let url: string;
    try {
      url = decodeURIComponent(key);
    } catch {
      continue;
    }
    const match = /\/groups\/[^/]+\/events\/([^/?#]+)/.exec(url);
    if (match) return decodeURIComponent(match[1]!);
  }
  return undefined;
}

export async function listActions(client: GraphClient, ids: { werkgroepId: string; planId: string }, options: ReadOptions = {}): Promise<Actie[]> {
  const raw = await readAllPages(client, client.api(`/planner/plans/${enc(ids.planId)}/tasks`).select(TASK_SELECT), 'tasks');
  return mapItems(raw, plannerTaskSchema, (t) => toActie(t, ids.werkgroepId), { resource: 'tasks', werkgroepId: ids.werkgroepId, ...options });
}

async function readTask(client: GraphClient, taskId: string): Promise<PlannerTask> {
  const raw = await graphCall(() => client.api(`/planner/tasks/${enc(taskId)}`).select(TASK_SELECT).get(), { resource: 'task' });
  const parsed = plannerTaskSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'task' } });
  return parsed.data;
}

/**
 * One action, with the meeting it came from when `withVergadering` (one more call, to the task details).
 * With `planId` (the werkgroep's plan), a task from any other plan is WORKGROUPS.WRONG_WERKGROEP: a task id
 * alone says nothing about the werkgroep it belongs to.
 */
export async function getAction(
  client: GraphClient,
  ids: { werkgroepId: string; taskId: string },
  options: { withVergadering?: boolean; planId?: string } = {},
): Promise<Actie> {
  const task = await readTask(client, ids.taskId);
  if (options.planId !== undefined && task.planId !== options.planId) {
    throw new AppError('WORKGROUPS.WRONG_WERKGROEP', { details: { werkgroepId: ids.werkgroepId, taskId: ids.taskId } });
  }
  if (!options.withVergadering) return toActie(task, ids.werkgroepId);
  const details = taskDetailsSchema.safeParse(
    await graphCall(() => client.api(`/planner/tasks/${enc(ids.taskId)}/details`).get(), { resource: 'taskDetails' }),
  );
  const vergaderingId = details.success ? vergaderingIdFromReferences(details.data.references) : undefined;
  return toActie(task, ids.werkgroepId, vergaderingId);
}

export interface NewActie {
  titel: string;
  trekkerId?: string;
  dueDate?: string;
  bucketId?: string;
  /** The meeting the action came from; kept as a reference in the task details. */
  vergadering?: { id: string; datum: string };
}

function assignment(): Record<string, string> {
  return { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };
}

/**
 * Creates a Planner task (title, trekker, due date) and links the meeting. If linking fails the task is
 * removed again, so no half-made action stays behind.
 */
export async function createAction(client: GraphClient, ids: { werkgroepId: string; planId: string }, input: NewActie): Promise<Actie> {
  const body = {
    planId: ids.planId,
    title: input.titel,
    ...(input.bucketId ? { bucketId: input.bucketId } : {}),
    ...(input.dueDate ? { dueDateTime: dueDateToInstant(input.dueDate) } : {}),
    ...(input.trekkerId ? { assignments: { [input.trekkerId]: assignment() } } : {}),
  };
  const created = plannerTaskSchema.safeParse(await graphCall(() => client.api('/planner/tasks').post(body), { resource: 'task' }));
  if (!created.success) throw new AppError('GRAPH.MALFORMED', { details: { resource: 'task' } });
  const task = created.data;
  if (!input.vergadering) return toActie(task, ids.werkgroepId);
  try {
    const details = taskDetailsSchema.parse(
      await graphCall(() => client.api(`/planner/tasks/${enc(task.id)}/details`).get(), { resource: 'taskDetails' }),
    );
    const key = encodeReferenceKey(meetingReferenceUrl(ids.werkgroepId, input.vergadering.id));
    await graphCall(
      () =>
        client
          .api(`/planner/tasks/${enc(task.id)}/details`)
          .header('If-Match', details['@odata.etag'] ?? '*')
          .patch({ references: { [key]: { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: `Vergadering ${input.vergadering!.datum}`, type: 'Other' } } }),
      { resource: 'taskDetails' },
    );
  } catch (error) {
    await graphCall(() => client.api(`/planner/tasks/${enc(task.id)}`).header('If-Match', task['@odata.etag'] ?? '*').delete()).catch(() => undefined);
    throw error;
  }
  // Adding a reference changes the task's counters and with them its ETag: read it once more.
  return toActie(await readTask(client, task.id), ids.werkgroepId, input.vergadering.id);
}

/** What the user changed. Only these fields are written, and only these are checked for conflicts. */
export interface ActieChange {
  titel?: string;
  /** null removes the trekker. */
  trekkerId?: string | null;
  /**
   * With trekkerId: whose assignment the new trekker replaces (handOverFrom in src/workgroups); default the
   * current trekker. Other assignees stay.
   */
  trekkerFrom?: string;
  /** null removes the due date. */
  dueDate?: string | null;
  status?: 'open' | 'klaar';
}

type ChangeField = 'titel' | 'trekkerId' | 'dueDate' | 'status';
const CHANGE_FIELDS: readonly ChangeField[] = ['titel', 'trekkerId', 'dueDate', 'status'];

function currentValue(actie: Actie, field: ChangeField): string | null {
  switch (field) {
    case 'titel':
      return actie.titel;
    case 'trekkerId':
      return actie.trekkerId ?? null;
    case 'dueDate':
      return actie.dueDate ?? null;
    case 'status':
      return actie.status;
  }
}

function changedFields(change: ActieChange): ChangeField[] {
  return CHANGE_FIELDS.filter((f) => change[f] !== undefined);
}

function patchBody(change: ActieChange, current: Actie): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (change.titel !== undefined) body.title = change.titel;
  if (change.dueDate !== undefined) body.dueDateTime = change.dueDate === null ? null : dueDateToInstant(change.dueDate);
  if (change.status !== undefined) body.percentComplete = change.status === 'klaar' ? 100 : 0;
  if (change.trekkerId !== undefined) {
    const assignments: Record<string, unknown> = {};
    const from = change.trekkerFrom ?? current.trekkerId;
    if (from && from !== change.trekkerId) assignments[from] = null;
    if (change.trekkerId) assignments[change.trekkerId] = assignment();
    body.assignments = assignments;
  }
  return body;
}

/**
 * Writes the user's change with If-Match. When the task changed in the meantime (412/409), it is read
 * again: if none of the fields this change touches moved on the server, the change is applied to the
 * new version; otherwise a GraphConflictError carries the server version for the UI.
 */
export async function updateAction(
  client: GraphClient,
  ids: { werkgroepId: string },
  input: { base: Actie; change: ActieChange },
  options: { maxAttempts?: number } = {},
): Promise<Actie> {
  const { base, change } = input;
  const fields = changedFields(change);
  const maxAttempts = options.maxAttempts ?? 3;
  let current: Actie = base;
  let etag = base.etag;
  for (let attempt = 1; ; attempt++) {
    if (!etag) {
      current = toActie(await readTask(client, base.id), ids.werkgroepId, base.vergaderingId);
      etag = current.etag ?? '*';
    }
    try {
      const answer = await graphCall(
        () =>
          client
            .api(`/planner/tasks/${enc(base.id)}`)
            .header('If-Match', etag!)
            .header('Prefer', 'return=representation')
            .patch(patchBody(change, current)),
        { resource: 'task' },
      );
      const parsed = plannerTaskSchema.safeParse(answer);
      // 204 without a body: read once more for the new ETag.
      const task = parsed.success ? parsed.data : await readTask(client, base.id);
      return toActie(task, ids.werkgroepId, base.vergaderingId);
    } catch (error) {
      if (!hasCode(error, 'GRAPH.PRECONDITION_FAILED', 'GRAPH.CONFLICT')) throw error;
      const server = toActie(await readTask(client, base.id), ids.werkgroepId, base.vergaderingId);
      const conflicts = fields.filter((f) => {
        const now = currentValue(server, f);
        return now !== currentValue(base, f) && now !== change[f];
      });
      if (conflicts.length > 0) throw new GraphConflictError(server, conflicts, { cause: error, details: { taskId: base.id } });
      if (fields.every((f) => currentValue(server, f) === change[f])) return server;
      if (attempt >= maxAttempts) throw error;
      current = server;
      etag = server.etag ?? '*';
    }
  }
}

/** Marks the action done (percentComplete 100), merging with concurrent edits as updateAction does. */
export async function completeAction(client: GraphClient, ids: { werkgroepId: string }, input: { base: Actie }): Promise<Actie> {
  return updateAction(client, ids, { base: input.base, change: { status: 'klaar' } });
}
