// Planner: plans, buckets, tasks and task details, with Planner's If-Match rules (GRAPH-CONTRACT §1).
import type { Ctx, Router } from './router.ts';
import type { AssignmentRec, DetailsRec, IdentityRef, PlanRec, TaskRec } from './store.ts';
import {
  GraphHttpError,
  applySelect,
  asRecord,
  collection,
  created,
  isIsoInstant,
  newPlannerId,
  noContent,
  ok,
  paginate,
  plannerEtag,
} from './http-util.ts';
import { requireGroup } from './routes-directory.ts';

// Planner often answers with an empty error code (GRAPH-CONTRACT §7).
const invalid = (message: string): GraphHttpError => new GraphHttpError(400, '', `The request is invalid:\r\n${message}`);
const missing = (what: string): GraphHttpError => new GraphHttpError(404, '', `The requested item is not found. (${what})`);

export const MAX_TASKS_PER_PLAN = 9000;
export const MAX_ASSIGNEES_PER_TASK = 20;

function identity(ref: IdentityRef | null): Record<string, unknown> | null {
  if (!ref) return null;
  const [kind, id] = ref.split(':') as [string, string];
  return kind === 'app' ? { application: { displayName: null, id } } : { user: { displayName: null, id } };
}

const callerRef = (ctx: Ctx): IdentityRef => (ctx.caller.userId ? `user:${ctx.caller.userId}` : `app:${ctx.caller.appId}`);

function planJson(p: PlanRec): Record<string, unknown> {
  return {
    '@odata.etag': plannerEtag('Plan', p.v),
    createdDateTime: p.createdDateTime,
    owner: p.groupId,
    title: p.title,
    id: p.id,
    createdBy: identity(p.createdById),
    container: { containerId: p.groupId, type: 'group', url: `https://graph.microsoft.com/v1.0/groups/${p.groupId}` },
  };
}

export function taskJson(t: TaskRec): Record<string, unknown> {
  const d = t.details;
  const checklist = d ? Object.values(d.checklist) : [];
  return {
    '@odata.etag': plannerEtag('Task', t.v),
    planId: t.planId,
    bucketId: t.bucketId,
    title: t.title,
    orderHint: t.orderHint,
    assigneePriority: '',
    percentComplete: t.percentComplete,
    startDateTime: t.startDateTime,
    createdDateTime: t.createdDateTime,
    dueDateTime: t.dueDateTime,
    hasDescription: !!d && d.description.length > 0,
    previewType: d?.previewType ?? 'automatic',
    completedDateTime: t.completedDateTime,
    completedBy: identity(t.completedBy),
    referenceCount: d ? Object.keys(d.references).length : 0,
    checklistItemCount: checklist.length,
    activeChecklistItemCount: checklist.filter((c) => !c.isChecked).length,
    conversationThreadId: t.conversationThreadId,
    priority: t.priority,
    id: t.id,
    createdBy: identity(t.createdBy),
    appliedCategories: t.appliedCategories,
    assignments: Object.fromEntries(
      Object.entries(t.assignments).map(([uid, a]) => [
        uid,
        { '@odata.type': '#microsoft.graph.plannerAssignment', assignedDateTime: a.assignedDateTime, orderHint: a.orderHint, assignedBy: identity(a.assignedBy) },
      ]),
    ),
  };
}

function emptyDetails(t: TaskRec): DetailsRec {
  return { description: '', previewType: 'automatic', checklist: {}, references: {}, v: t.detailsV };
}

function detailsJson(t: TaskRec): Record<string, unknown> {
  const d = t.details ?? emptyDetails(t);
  return {
    '@odata.etag': plannerEtag('Detail', t.detailsV),
    description: d.description,
    previewType: d.previewType,
    id: t.id,
    references: Object.fromEntries(
      Object.entries(d.references).map(([k, r]) => [
        k,
        { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: r.alias, type: r.type ?? 'Other', previewPriority: r.previewPriority ?? ' !', lastModifiedDateTime: r.lastModifiedDateTime, lastModifiedBy: identity(r.lastModifiedBy) },
      ]),
    ),
    checklist: Object.fromEntries(
      Object.entries(d.checklist).map(([k, c]) => [
        k,
        { '@odata.type': '#microsoft.graph.plannerChecklistItem', isChecked: c.isChecked, title: c.title, orderHint: c.orderHint, lastModifiedDateTime: c.lastModifiedDateTime, lastModifiedBy: identity(c.lastModifiedBy) },
      ]),
    ),
  };
}

function requirePlan(ctx: Ctx, id: string): PlanRec {
  const p = ctx.store.plans.get(id);
  if (!p) throw missing(`plan ${id}`);
  return p;
}

function requireTask(ctx: Ctx, id: string): TaskRec {
  const t = ctx.store.tasks.get(id);
  if (!t) throw missing(`task ${id}`);
  return t;
}

/** Planner order hints: printable ASCII; " !" means "before everything". */
function validOrderHint(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= 512 && /^[\x20-\x7e]+$/.test(v) && v.trim().length > 0;
}

function computedOrderHint(seq: number): string {
  return `8585${(999999999999999 - seq).toString().padStart(15, '0')}`;
}

/** Checks If-Match against the current ETag; `bump` simulates a concurrent writer for `staleNextWrite`. */
function checkIfMatch(ctx: Ctx, current: () => string, bump: (changes: Record<string, unknown>) => void): void {
  const ifMatch = ctx.headers['if-match'];
  if (!ifMatch) throw new GraphHttpError(428, '', 'The If-Match header must be specified for this kind of request.');
  const race = ctx.takeConcurrentEdit();
  if (race) bump(race.changes ?? {});
  if (ifMatch === '*') return;
  if (!/^(W\/)?"[^"]+"$/.test(ifMatch)) throw new GraphHttpError(400, '', 'The If-Match header contains an invalid value.');
  if (ifMatch !== current()) throw new GraphHttpError(412, '', 'The If-Match header does not match the current version of the resource. Read the resource again and retry.');
}

function normaliseInstant(key: string, v: unknown): string | null {
  if (v === null) return null;
  if (!isIsoInstant(v)) throw invalid(`Cannot convert the literal '${String(v)}' to the expected type 'Edm.DateTimeOffset' (${key}).`);
  return new Date(v).toISOString().replace('.000Z', 'Z');
}

const RACE_FIELDS = ['title', 'dueDateTime', 'startDateTime', 'percentComplete', 'priority', 'bucketId'] as const;

/** Another user's save, for `staleNextWrite`: their changes land and the ETag moves. */
function concurrentTaskEdit(ctx: Ctx, t: TaskRec, changes: Record<string, unknown>): void {
  for (const key of RACE_FIELDS) if (key in changes) Object.assign(t, { [key]: changes[key] });
  if ('percentComplete' in changes) {
    t.completedDateTime = t.percentComplete === 100 ? ctx.now.toISOString() : null;
    t.completedBy = t.percentComplete === 100 ? 'app:concurrent-editor' : null;
  }
  t.v = ctx.store.nextVersion();
}

const TASK_WRITABLE = new Set([
  'planId',
  'bucketId',
  'title',
  'orderHint',
  'assigneePriority',
  'percentComplete',
  'startDateTime',
  'dueDateTime',
  'assignments',
  'appliedCategories',
  'priority',
  'conversationThreadId',
  'previewType',
  'details',
]);

/** Applies a create/patch body to a task. Throws 400 on the shapes Planner refuses. */
function applyTaskBody(ctx: Ctx, t: TaskRec, body: Record<string, unknown>, isCreate: boolean): void {
  for (const key of Object.keys(body)) {
    if (key.startsWith('@odata.')) continue;
    if (!TASK_WRITABLE.has(key)) throw invalid(`The property '${key}' does not exist on type 'microsoft.graph.plannerTask' or is read-only.`);
  }
  if ('title' in body) {
    if (typeof body.title !== 'string' || body.title.trim() === '') throw invalid('The title must be a non-empty string.');
    if (body.title.length > 255) throw invalid('The title is longer than 255 characters.');
    t.title = body.title;
  }
  if (!isCreate && 'planId' in body && body.planId !== t.planId) throw invalid('The planId of a task cannot be changed here.');
  if ('bucketId' in body) {
    const b = body.bucketId;
    if (b !== null && (typeof b !== 'string' || ctx.store.buckets.get(b)?.planId !== t.planId)) throw invalid(`The bucket '${String(b)}' does not belong to the plan.`);
    t.bucketId = b as string | null;
  }
  if ('orderHint' in body) {
    if (!validOrderHint(body.orderHint)) throw invalid('The orderHint is not valid.');
    t.orderHint = computedOrderHint(ctx.store.seq);
  }
  if ('priority' in body) {
    const p = body.priority;
    if (!Number.isInteger(p) || (p as number) < 0 || (p as number) > 10) throw invalid('priority must be an integer from 0 to 10.');
    t.priority = p as number;
  }
  if ('startDateTime' in body) t.startDateTime = normaliseInstant('startDateTime', body.startDateTime);
  if ('dueDateTime' in body) t.dueDateTime = normaliseInstant('dueDateTime', body.dueDateTime);
  if ('conversationThreadId' in body) t.conversationThreadId = (body.conversationThreadId as string | null) ?? null;
  if ('appliedCategories' in body) {
    const cats = asRecord(body.appliedCategories, 'appliedCategories');
    for (const [k, v] of Object.entries(cats)) {
      if (!/^category([1-9]|1\d|2[0-5])$/.test(k) || typeof v !== 'boolean') throw invalid(`Invalid applied category '${k}'.`);
      if (v) t.appliedCategories[k] = true;
      else delete t.appliedCategories[k];
    }
  }
  if ('assignments' in body) {
    const map = asRecord(body.assignments, 'assignments');
    const next: Record<string, AssignmentRec> = { ...t.assignments };
    for (const [userId, value] of Object.entries(map)) {
      if (userId.startsWith('@odata.')) continue;
      if (value === null) {
        if (isCreate) throw invalid('An assignment cannot be null when creating a task.');
        delete next[userId];
        continue;
      }
      if (!value || typeof value !== 'object') throw invalid(`The assignment for '${userId}' must be an object.`);
      const a = value as Record<string, unknown>;
      if (a['@odata.type'] !== '#microsoft.graph.plannerAssignment') throw invalid(`The assignment for '${userId}' needs "@odata.type": "#microsoft.graph.plannerAssignment".`);
      if (!validOrderHint(a.orderHint)) throw invalid(`The assignment for '${userId}' has an invalid orderHint.`);
      if (!ctx.store.users.has(userId)) throw invalid(`The user '${userId}' in assignments does not exist.`);
      next[userId] = next[userId] ?? { assignedBy: callerRef(ctx), assignedDateTime: ctx.now.toISOString(), orderHint: computedOrderHint(ctx.store.seq) };
    }
    if (Object.keys(next).length > MAX_ASSIGNEES_PER_TASK) throw new GraphHttpError(403, 'MaximumAssigneesInTasks', 'The task has too many assignees.');
    t.assignments = next;
  }
  if ('percentComplete' in body) {
    const p = body.percentComplete;
    if (!Number.isInteger(p) || (p as number) < 0 || (p as number) > 100) throw invalid('percentComplete must be an integer from 0 to 100.');
    const was = t.percentComplete;
    t.percentComplete = p as number;
    if (t.percentComplete === 100 && was !== 100) {
      t.completedDateTime = ctx.now.toISOString();
      t.completedBy = callerRef(ctx);
    } else if (t.percentComplete !== 100) {
      t.completedDateTime = null;
      t.completedBy = null;
    }
  }
}

const PREVIEW_TYPES = new Set(['automatic', 'noPreview', 'checklist', 'description', 'reference']);

function applyDetailsBody(ctx: Ctx, t: TaskRec, body: Record<string, unknown>): void {
  const d = t.details ?? emptyDetails(t);
  const now = ctx.now.toISOString();
  for (const key of Object.keys(body)) {
    if (key.startsWith('@odata.')) continue;
    if (!['description', 'previewType', 'checklist', 'references'].includes(key)) throw invalid(`The property '${key}' does not exist on type 'microsoft.graph.plannerTaskDetails' or is read-only.`);
  }
  if ('description' in body) {
    if (body.description !== null && typeof body.description !== 'string') throw invalid('description must be a string.');
    d.description = (body.description as string | null) ?? '';
  }
  if ('previewType' in body) {
    if (!PREVIEW_TYPES.has(String(body.previewType))) throw invalid(`Invalid previewType '${String(body.previewType)}'.`);
    d.previewType = body.previewType as string;
  }
  if ('references' in body) {
    for (const [key, value] of Object.entries(asRecord(body.references, 'references'))) {
      // Planner wants the URL encoded in the key: '.', ':', '@' and '#' must be escaped.
      if (/[.:@#]/.test(key)) throw invalid(`The reference key '${key}' must be an encoded URL (escape '.', ':', '@' and '#').`);
      if (value === null) {
        delete d.references[key];
        continue;
      }
      const r = asRecord(value, `reference '${key}'`);
      const existing = d.references[key];
      if (!existing && r['@odata.type'] !== '#microsoft.graph.plannerExternalReference') throw invalid(`The reference '${key}' needs "@odata.type": "#microsoft.graph.plannerExternalReference".`);
      d.references[key] = {
        alias: typeof r.alias === 'string' ? r.alias : (existing?.alias ?? ''),
        type: typeof r.type === 'string' ? r.type : (existing?.type ?? 'Other'),
        previewPriority: typeof r.previewPriority === 'string' ? r.previewPriority : (existing?.previewPriority ?? ' !'),
        lastModifiedBy: callerRef(ctx),
        lastModifiedDateTime: now,
      };
    }
  }
  if ('checklist' in body) {
    for (const [key, value] of Object.entries(asRecord(body.checklist, 'checklist'))) {
      if (value === null) {
        delete d.checklist[key];
        continue;
      }
      const c = asRecord(value, `checklist item '${key}'`);
      const existing = d.checklist[key];
      if (!existing && c['@odata.type'] !== '#microsoft.graph.plannerChecklistItem') throw invalid(`The checklist item '${key}' needs "@odata.type": "#microsoft.graph.plannerChecklistItem".`);
      if (!existing && (typeof c.title !== 'string' || !c.title)) throw invalid(`The checklist item '${key}' needs a title.`);
      d.checklist[key] = {
        title: typeof c.title === 'string' ? c.title : (existing?.title ?? ''),
        isChecked: typeof c.isChecked === 'boolean' ? c.isChecked : (existing?.isChecked ?? false),
        orderHint: existing?.orderHint ?? computedOrderHint(ctx.store.seq),
        lastModifiedBy: callerRef(ctx),
        lastModifiedDateTime: now,
      };
    }
  }
  t.details = d;
}

function writeResult(ctx: Ctx, json: Record<string, unknown>, status = 204): ReturnType<typeof ok> {
  if (ctx.prefer.returnRepresentation) return ok(json, { ETag: String(json['@odata.etag']), 'Preference-Applied': 'return=representation' });
  return status === 204 ? noContent() : ok(json);
}

/** The group a new plan goes into: `container.containerId`, the group in `container.url`, or the older `owner`. */
export function planContainerGroupId(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as { container?: { url?: string; containerId?: string }; owner?: unknown };
  const fromUrl = b.container?.url ? /\/groups\/([^/]+)$/.exec(b.container.url)?.[1] : undefined;
  const id = b.container?.containerId ?? fromUrl ?? b.owner;
  return typeof id === 'string' && id ? id : undefined;
}

export function registerPlannerRoutes(r: Router): void {
  r.add('GET', '/groups/{id}/planner/plans', (ctx) => {
    const g = requireGroup(ctx, ctx.params[0]!);
    const rows = ctx.store.plansOfGroup(g.id).map((p) => applySelect(planJson(p), ctx.query.get('$select')));
    return ok(collection(`${ctx.base}/$metadata#planner/plans`, rows));
  });
  r.add('GET', '/planner/plans/{id}', (ctx) => {
    const json = planJson(requirePlan(ctx, ctx.params[0]!));
    return ok(applySelect(json, ctx.query.get('$select')), { ETag: String(json['@odata.etag']) });
  });
  r.add('POST', '/planner/plans', (ctx) => {
    const body = asRecord(ctx.body);
    const groupId = planContainerGroupId(body);
    if (!groupId) throw invalid('A plan needs a container (the group).');
    if (typeof body.title !== 'string' || !body.title) throw invalid('A plan needs a title.');
    requireGroup(ctx, groupId);
    const p: PlanRec = { id: newPlannerId(), groupId, title: body.title, createdDateTime: ctx.now.toISOString(), createdById: callerRef(ctx), v: ctx.store.nextVersion() };
    ctx.store.addPlan(p);
    return created(planJson(p));
  });
  r.add('GET', '/planner/plans/{id}/buckets', (ctx) => {
    const p = requirePlan(ctx, ctx.params[0]!);
    const rows = [...ctx.store.buckets.values()]
      .filter((b) => b.planId === p.id)
      .map((b) => applySelect({ '@odata.etag': plannerEtag('Bucket', b.v), name: b.name, planId: b.planId, orderHint: b.orderHint, id: b.id }, ctx.query.get('$select')));
    return ok(collection(`${ctx.base}/$metadata#planner/plans('${p.id}')/buckets`, rows));
  });
  r.add('POST', '/planner/buckets', (ctx) => {
    const body = asRecord(ctx.body);
    if (typeof body.planId !== 'string') throw invalid('A bucket needs a planId.');
    if (typeof body.name !== 'string' || !body.name) throw invalid('A bucket needs a name.');
    requirePlan(ctx, body.planId);
    const b = { id: newPlannerId(), planId: body.planId, name: body.name, orderHint: computedOrderHint(ctx.store.seq), v: ctx.store.nextVersion() };
    ctx.store.buckets.set(b.id, b);
    return created({ '@odata.etag': plannerEtag('Bucket', b.v), name: b.name, planId: b.planId, orderHint: b.orderHint, id: b.id });
  });
  r.add('GET', '/planner/plans/{id}/tasks', (ctx) => {
    const p = requirePlan(ctx, ctx.params[0]!);
    const rows = ctx.store.tasksOfPlan(p.id);
    const { page, nextLink } = paginate(rows, { base: ctx.base, path: ctx.path, query: ctx.query, defaultTop: 100, maxTop: 400, style: 'skiptoken' });
    const select = ctx.query.get('$select');
    return ok(collection(`${ctx.base}/$metadata#planner/plans('${p.id}')/tasks`, page.map((t) => applySelect(taskJson(t), select)), nextLink));
  });
  r.add('GET', '/planner/buckets/{id}/tasks', (ctx) => {
    const b = ctx.store.buckets.get(ctx.params[0]!);
    if (!b) throw missing(`bucket ${ctx.params[0]}`);
    const rows = ctx.store.tasksOfPlan(b.planId).filter((t) => t.bucketId === b.id);
    const { page, nextLink } = paginate(rows, { base: ctx.base, path: ctx.path, query: ctx.query, defaultTop: 100, maxTop: 400, style: 'skiptoken' });
    return ok(collection(`${ctx.base}/$metadata#planner/buckets('${b.id}')/tasks`, page.map((t) => applySelect(taskJson(t), ctx.query.get('$select'))), nextLink));
  });
  r.add('GET', '/planner/tasks/{id}', (ctx) => {
    const json = taskJson(requireTask(ctx, ctx.params[0]!));
    return ok(applySelect(json, ctx.query.get('$select')), { ETag: String(json['@odata.etag']) });
  });
  r.add('POST', '/planner/tasks', (ctx) => {
    const body = asRecord(ctx.body);
    if (typeof body.planId !== 'string' || !body.planId) throw invalid('The planId property is required to create a task.');
    if (typeof body.title !== 'string') throw invalid('The title property is required to create a task.');
    const plan = requirePlan(ctx, body.planId);
    if (ctx.store.tasksOfPlan(plan.id).length >= MAX_TASKS_PER_PLAN) throw new GraphHttpError(403, 'MaximumTasksInProject', 'The plan has reached its maximum number of tasks.');
    const now = ctx.now.toISOString();
    const t: TaskRec = {
      id: newPlannerId(),
      planId: plan.id,
      bucketId: null,
      title: '',
      orderHint: computedOrderHint(ctx.store.seq),
      percentComplete: 0,
      priority: 5,
      startDateTime: null,
      dueDateTime: null,
      createdDateTime: now,
      createdBy: callerRef(ctx),
      completedDateTime: null,
      completedBy: null,
      assignments: {},
      appliedCategories: {},
      conversationThreadId: null,
      v: 0,
      detailsV: ctx.store.nextVersion(),
    };
    const { details, ...rest } = body;
    applyTaskBody(ctx, t, rest, true);
    if (details !== undefined) applyDetailsBody(ctx, t, asRecord(details, 'details'));
    t.v = ctx.store.nextVersion();
    ctx.store.addTask(t);
    const json = taskJson(t);
    return created(json, { ETag: String(json['@odata.etag']), Location: `${ctx.base}/planner/tasks/${t.id}` });
  });
  r.add('PATCH', '/planner/tasks/{id}', (ctx) => {
    const t = requireTask(ctx, ctx.params[0]!);
    checkIfMatch(
      ctx,
      () => plannerEtag('Task', t.v),
      (changes) => concurrentTaskEdit(ctx, t, changes),
    );
    const body = asRecord(ctx.body);
    // Validate on a copy so a 400 leaves nothing half-written.
    const draft: TaskRec = structuredClone(t);
    applyTaskBody(ctx, draft, body, false);
    Object.assign(t, draft, { v: ctx.store.nextVersion() });
    return writeResult(ctx, taskJson(t));
  });
  r.add('DELETE', '/planner/tasks/{id}', (ctx) => {
    const t = requireTask(ctx, ctx.params[0]!);
    checkIfMatch(
      ctx,
      () => plannerEtag('Task', t.v),
      (changes) => concurrentTaskEdit(ctx, t, changes),
    );
    ctx.store.deleteTask(t.id);
    return noContent();
  });
  r.add('GET', '/planner/tasks/{id}/details', (ctx) => {
    const json = detailsJson(requireTask(ctx, ctx.params[0]!));
    return ok(applySelect(json, ctx.query.get('$select')), { ETag: String(json['@odata.etag']) });
  });
  r.add('PATCH', '/planner/tasks/{id}/details', (ctx) => {
    const t = requireTask(ctx, ctx.params[0]!);
    checkIfMatch(
      ctx,
      () => plannerEtag('Detail', t.detailsV),
      () => (t.detailsV = ctx.store.nextVersion()),
    );
    const body = asRecord(ctx.body);
    const draft: TaskRec = structuredClone(t);
    applyDetailsBody(ctx, draft, body);
    const before = JSON.stringify([taskJson(t).hasDescription, taskJson(t).referenceCount, taskJson(t).checklistItemCount, taskJson(t).activeChecklistItemCount]);
    Object.assign(t, draft);
    t.detailsV = ctx.store.nextVersion();
    t.details!.v = t.detailsV;
    const after = taskJson(t);
    // The task's own counters changed, so its ETag moves too.
    if (JSON.stringify([after.hasDescription, after.referenceCount, after.checklistItemCount, after.activeChecklistItemCount]) !== before) t.v = ctx.store.nextVersion();
    return writeResult(ctx, detailsJson(t));
  });
}
