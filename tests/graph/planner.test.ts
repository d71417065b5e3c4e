// Contract tests: Planner calls, If-Match, 412 merge and conflicts against the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../src/text/index.ts';
import {
  GraphConflictError,
  completeAction,
  createAction,
  getAction,
  getGroupPlan,
  listActions,
  listBuckets,
  updateAction,
} from '../../src/graph/index.ts';
import { startHarness, testSeed } from './support.ts';
import type { Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(testSeed());
});
afterAll(async () => {
  await h?.close();
});

const g = { werkgroepId: 'g-weert' };

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected an error');
}

describe('plans and buckets', () => {
  it('finds the group plan', async () => {
    expect(await getGroupPlan(h.client, { groupId: 'g-weert' })).toEqual({ id: 'p-weert', title: 'Interactief beleid' });
  });

  it('says GRAPH.NO_PLAN for a group without a plan', async () => {
    // Bert is a member of g-leeg: only members may read a group's plans.
    const error = await errorOf(getGroupPlan(h.clientAs('u-bert'), { groupId: 'g-leeg' }));
    expect(error.code).toBe('GRAPH.NO_PLAN');
  });

  it('lists buckets', async () => {
    expect(await listBuckets(h.client, { planId: 'p-weert' })).toEqual([expect.objectContaining({ id: 'b-todo', name: 'Te doen' })]);
  });
});

describe('tasks', () => {
  it('lists every task across pages', async () => {
    const before = h.calls('GET', /^\/planner\/plans\/p-weert\/tasks$/);
    const actions = await listActions(h.client, { ...g, planId: 'p-weert' });
    expect(actions).toHaveLength(107);
    expect(actions.find((a) => a.id === 't-notulen')).toMatchObject({ titel: 'Notulen rondsturen', trekkerId: 'u-bert', dueDate: '2026-12-02', status: 'open' });
    expect(actions.find((a) => a.id === 't-klaar')).toMatchObject({ status: 'klaar', completedAt: expect.stringMatching(/^2026-11-25T09:00/) });
    expect(h.calls('GET', /^\/planner\/plans\/p-weert\/tasks$/) - before).toBe(2);
  });

  it('creates an action with trekker, due date and the meeting it came from', async () => {
    const actie = await createAction(h.client, { ...g, planId: 'p-weert' }, {
      titel: 'Pilot Binnenstad voorbereiden',
      trekkerId: 'u-cor',
      dueDate: '2026-12-15',
      bucketId: 'b-todo',
      vergadering: { id: 'ev-maand', datum: '1 december 2026' },
    });
    expect(actie).toMatchObject({ titel: 'Pilot Binnenstad voorbereiden', trekkerId: 'u-cor', dueDate: '2026-12-15', status: 'open', vergaderingId: 'ev-maand' });
    const read = await getAction(h.client, { ...g, taskId: actie.id }, { withVergadering: true });
    expect(read).toEqual(actie);
  });

  it('removes the task again when linking the meeting fails, so nothing is half-written', async () => {
    const fault = h.emulator.faults.add({ method: 'PATCH', path: '/planner/tasks/{id}/details', status: 403, times: 1 });
    const error = await errorOf(createAction(h.client, { ...g, planId: 'p-weert' }, { titel: 'Half werk', vergadering: { id: 'ev-maand', datum: '1 december' } }));
    fault.remove();
    expect(error.code).toBe('GRAPH.FORBIDDEN');
    const actions = await listActions(h.client, { ...g, planId: 'p-weert' });
    expect(actions.find((a) => a.titel === 'Half werk')).toBeUndefined();
  });

  it('updates with If-Match and returns the new ETag', async () => {
    const base = await getAction(h.client, { ...g, taskId: 't-notulen' });
    const updated = await updateAction(h.client, g, { base, change: { dueDate: '2026-12-09', trekkerId: 'u-anna' } });
    expect(updated).toMatchObject({ dueDate: '2026-12-09', trekkerId: 'u-anna' });
    expect(updated.etag).not.toBe(base.etag);
    const patch = h.emulator.log.filter((e) => e.method === 'PATCH' && /\/planner\/tasks\/t-notulen$/.test(e.path));
    expect(patch.length).toBeGreaterThan(0);
  });

  it('on a 412 when completing, reads again and re-applies the change', async () => {
    const base = await getAction(h.client, { ...g, taskId: 't-notulen' });
    const patches = () => h.calls('PATCH', /^\/planner\/tasks\/t-notulen$/);
    const reads = () => h.calls('GET', /^\/planner\/tasks\/t-notulen$/);
    const [p0, r0] = [patches(), reads()];
    h.emulator.faults.add({ method: 'PATCH', path: '/planner/tasks/{id}', status: 412, times: 1 });
    const done = await completeAction(h.client, g, { base });
    expect(done.status).toBe('klaar');
    expect(done.completedAt).toBeTruthy();
    expect(patches() - p0).toBe(2);
    expect(reads() - r0).toBe(1);
  });

  it('re-applies a change when someone else changed other fields meanwhile', async () => {
    const base = await getAction(h.client, { ...g, taskId: 't-bulk-001' });
    await updateAction(h.client, g, { base, change: { titel: 'Andere titel door Bert' } });
    const done = await completeAction(h.client, g, { base });
    expect(done).toMatchObject({ status: 'klaar', titel: 'Andere titel door Bert' });
  });

  it('surfaces a conflict with the server version when the same field changed', async () => {
    const base = await getAction(h.client, { ...g, taskId: 't-bulk-002' });
    await updateAction(h.client, g, { base, change: { dueDate: '2027-01-15' } });
    const error = await errorOf(updateAction(h.client, g, { base, change: { dueDate: '2026-12-20' } }));
    expect(error).toBeInstanceOf(GraphConflictError);
    expect(error.code).toBe('GRAPH.CONFLICT');
    const conflict = error as GraphConflictError<{ dueDate?: string }>;
    expect(conflict.server.dueDate).toBe('2027-01-15');
    expect(conflict.fields).toEqual(['dueDate']);
    // Nothing of the refused change was written.
    expect((await getAction(h.client, { ...g, taskId: 't-bulk-002' })).dueDate).toBe('2027-01-15');
  });

  it('treats a 409 like a stale ETag and merges', async () => {
    const base = await getAction(h.client, { ...g, taskId: 't-bulk-004' });
    h.emulator.faults.add({ method: 'PATCH', path: '/planner/tasks/{id}', status: 409, times: 1 });
    expect((await updateAction(h.client, g, { base, change: { titel: 'Na 409' } })).titel).toBe('Na 409');
  });

  it('says GRAPH.NOT_FOUND for a deleted task', async () => {
    const base = await getAction(h.client, { ...g, taskId: 't-bulk-005' });
    await h.client.api('/planner/tasks/t-bulk-005').header('If-Match', base.etag!).delete();
    expect((await errorOf(completeAction(h.client, g, { base }))).code).toBe('GRAPH.NOT_FOUND');
  });

  it('maps a Planner 403 limit to GRAPH.FORBIDDEN', async () => {
    h.emulator.faults.add({ method: 'POST', path: '/planner/tasks', status: 403, code: 'MaximumTasksInProject' });
    const error = await errorOf(createAction(h.client, { ...g, planId: 'p-weert' }, { titel: 'Eén te veel' }));
    expect(error.code).toBe('GRAPH.FORBIDDEN');
    expect(error.details.graphCode).toBe('MaximumTasksInProject');
  });
});
