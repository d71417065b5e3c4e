import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageIterator, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { PageCollection } from '@microsoft/microsoft-graph-client';
import type { TenantSeed } from './index.ts';
import { expectGraphError, startHarness } from './test-support.ts';
import type { Harness } from './test-support.ts';

const U1 = '20000000-0000-4000-8000-000000000001';
const U2 = '20000000-0000-4000-8000-000000000002';
const G = '30000000-0000-4000-8000-000000000001';
const G_NO_PLAN = '30000000-0000-4000-8000-000000000002';
const PLAN = 'pLaNpLaNpLaNpLaNpLaNpLaNpLaN';
const BUCKET = 'bUcKeTbUcKeTbUcKeTbUcKeTbUcK';
const seed: TenantSeed = {
  users: [
    { id: U1, displayName: 'Anouk Verhoeven', mail: 'anouk.verhoeven@weert.nl', userPrincipalName: 'anouk.verhoeven@weert.nl' },
    { id: U2, displayName: 'Bram Hendrikx', mail: 'bram.hendrikx@weert.nl', userPrincipalName: 'bram.hendrikx@weert.nl' },
  ],
  groups: [
    { id: G, displayName: 'Interactief beleid', mailNickname: 'ib', memberIds: [U1, U2], ownerIds: [U1] },
    { id: G_NO_PLAN, displayName: 'MT', mailNickname: 'mt', memberIds: [U1], ownerIds: [U1] },
  ],
  plans: [{ id: PLAN, groupId: G, title: 'Interactief beleid', buckets: [{ id: BUCKET, name: 'Pilots' }] }],
  tasks: Array.from({ length: 130 }, (_, i) => ({ id: `seedtask${String(i).padStart(20, '0')}`, planId: PLAN, title: `Actie ${i}`, assigneeIds: [U2] })),
};

const assignment = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed });
});
afterAll(async () => {
  await h.close();
});

type Task = Record<string, unknown> & { id: string; '@odata.etag': string };

describe('Planner', () => {
  it('lists the group plan, its buckets and pages its tasks', async () => {
    const client = h.client();
    const plans = (await client.api(`/groups/${G}/planner/plans`).get()) as PageCollection;
    expect(plans.value).toHaveLength(1);
    expect(plans.value[0]).toMatchObject({ id: PLAN, owner: G, container: { containerId: G, type: 'group' } });
    expect((await client.api(`/groups/${G_NO_PLAN}/planner/plans`).get()).value).toEqual([]);
    const buckets = (await client.api(`/planner/plans/${PLAN}/buckets`).get()) as PageCollection;
    expect(buckets.value[0]).toMatchObject({ id: BUCKET, name: 'Pilots' });
    const first = (await client.api(`/planner/plans/${PLAN}/tasks`).select('id,title').get()) as PageCollection;
    const ids: string[] = [];
    await new PageIterator(client, first, (t) => {
      ids.push((t as Task).id);
      return true;
    }).iterate();
    expect(ids.length).toBeGreaterThanOrEqual(130);
    expect(first['@odata.nextLink']).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0\/planner\/plans\//);
    expect(Object.keys(first.value[0]).sort()).toEqual(['@odata.etag', 'id', 'title']);
  });

  it('creates a task: 201 with a 28-character id and an ETag; planId and assignment shape are checked', async () => {
    const client = h.client(h.emulator.issueDevToken(U1));
    const task = (await client.api('/planner/tasks').post({ planId: PLAN, bucketId: BUCKET, title: 'Verslag rondsturen', dueDateTime: '2026-12-04T11:00:00Z', assignments: { [U2]: assignment } })) as Task;
    expect(task.id).toHaveLength(28);
    expect(task['@odata.etag']).toMatch(/^W\/"[A-Za-z0-9+/=]+"$/);
    expect(task.dueDateTime).toBe('2026-12-04T11:00:00Z');
    expect(task.createdBy).toEqual({ user: { displayName: null, id: U1 } });
    expect((task.assignments as Record<string, { assignedBy: unknown }>)[U2]?.assignedBy).toEqual({ user: { displayName: null, id: U1 } });
    expect(h.emulator.log.at(-1)).toMatchObject({ method: 'POST', path: '/planner/tasks', status: 201 });

    const noPlan = await expectGraphError(client.api('/planner/tasks').post({ title: 'Zonder plan' }));
    expect(noPlan.statusCode).toBe(400);
    const badShape = await expectGraphError(client.api('/planner/tasks').post({ planId: PLAN, title: 'x', assignments: { [U2]: { orderHint: ' !' } } }));
    expect(badShape.statusCode).toBe(400);
    const badHint = await expectGraphError(client.api('/planner/tasks').post({ planId: PLAN, title: 'x', assignments: { [U2]: { ...assignment, orderHint: '' } } }));
    expect(badHint.statusCode).toBe(400);
    const unknownPlan = await expectGraphError(client.api('/planner/tasks').post({ planId: 'bestaatnietbestaatnietbestaa', title: 'x' }));
    expect(unknownPlan.statusCode).toBe(404);
  });

  it('requires If-Match on PATCH, answers 412 when stale and 204 or 200 with Prefer', async () => {
    const client = h.client(h.emulator.issueDevToken(U2));
    const task = (await client.api('/planner/tasks').post({ planId: PLAN, title: 'Evaluatievragen opstellen' })) as Task;

    const missing = await expectGraphError(client.api(`/planner/tasks/${task.id}`).patch({ title: 'x' }));
    expect(missing.statusCode).toBe(428);
    expect(missing.message).toBe('The If-Match header must be specified for this kind of request.');

    const noBody = await client.api(`/planner/tasks/${task.id}`).header('If-Match', task['@odata.etag']).patch({ percentComplete: 50 });
    expect(noBody).toBeUndefined();

    const stale = await expectGraphError(client.api(`/planner/tasks/${task.id}`).header('If-Match', task['@odata.etag']).patch({ title: 'y' }));
    expect(stale.statusCode).toBe(412);

    const fresh = (await client.api(`/planner/tasks/${task.id}`).get()) as Task;
    expect(fresh.percentComplete).toBe(50);
    expect(fresh['@odata.etag']).not.toBe(task['@odata.etag']);
    expect(fresh['@odata.etag'] > task['@odata.etag']).toBe(true);

    const done = (await client.api(`/planner/tasks/${task.id}`).header('If-Match', fresh['@odata.etag']).header('Prefer', 'return=representation').patch({ percentComplete: 100 })) as Task;
    expect(done.percentComplete).toBe(100);
    expect(done.completedDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(done.completedBy).toEqual({ user: { displayName: null, id: U2 } });

    const reopened = (await client.api(`/planner/tasks/${task.id}`).header('If-Match', done['@odata.etag']).header('Prefer', 'return=representation').patch({ percentComplete: 0 })) as Task;
    expect(reopened.completedDateTime).toBeNull();

    const bad = await expectGraphError(client.api(`/planner/tasks/${task.id}`).header('If-Match', reopened['@odata.etag']).patch({ percentComplete: 150 }));
    expect(bad.statusCode).toBe(400);
    const unchanged = (await client.api(`/planner/tasks/${task.id}`).get()) as Task;
    expect(unchanged['@odata.etag']).toBe(reopened['@odata.etag']);
  });

  it('unassigns with null and keeps task and details ETags apart', async () => {
    const client = h.client();
    const task = (await client.api('/planner/tasks').post({ planId: PLAN, title: 'Klankbordgroep uitnodigen', assignments: { [U1]: assignment, [U2]: assignment } })) as Task;
    const patched = (await client.api(`/planner/tasks/${task.id}`).header('If-Match', task['@odata.etag']).header('Prefer', 'return=representation').patch({ assignments: { [U1]: null } })) as Task;
    expect(Object.keys(patched.assignments as object)).toEqual([U2]);

    const details = (await client.api(`/planner/tasks/${task.id}/details`).get()) as Task;
    expect(details['@odata.etag']).not.toBe(patched['@odata.etag']);
    const missing = await expectGraphError(client.api(`/planner/tasks/${task.id}/details`).patch({ description: 'x' }));
    expect(missing.statusCode).toBe(428);
    const rawKey = await expectGraphError(
      client
        .api(`/planner/tasks/${task.id}/details`)
        .header('If-Match', details['@odata.etag'])
        .patch({ references: { 'https://example.org/a': { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: 'x' } } }),
    );
    expect(rawKey.statusCode).toBe(400);
    const key = 'https%3A//graph%2Emicrosoft%2Ecom/v1%2E0/groups/g/events/e';
    const updated = (await client
      .api(`/planner/tasks/${task.id}/details`)
      .header('If-Match', details['@odata.etag'])
      .header('Prefer', 'return=representation')
      .patch({ description: 'Uit het overleg.', references: { [key]: { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: 'Vergadering 1 december 2026', type: 'Other' } } })) as Task;
    expect((updated.references as Record<string, { alias: string }>)[key]?.alias).toBe('Vergadering 1 december 2026');
    const after = (await client.api(`/planner/tasks/${task.id}`).get()) as Task;
    expect(after.hasDescription).toBe(true);
    expect(after.referenceCount).toBe(1);
    const staleDetails = await expectGraphError(client.api(`/planner/tasks/${task.id}/details`).header('If-Match', details['@odata.etag']).patch({ description: 'y' }));
    expect(staleDetails.statusCode).toBe(412);
  });

  it('loses a race on staleNextWrite: 412 first, then the re-read ETag works', async () => {
    const client = h.client();
    const task = (await client.api('/planner/tasks').post({ planId: PLAN, title: 'Brochure opzetten' })) as Task;
    h.emulator.faults.staleNextWrite({ path: '/planner/tasks/{id}' });
    const err = await expectGraphError(client.api(`/planner/tasks/${task.id}`).header('If-Match', task['@odata.etag']).patch({ title: 'Brochure maken' }));
    expect(err.statusCode).toBe(412);
    const again = (await client.api(`/planner/tasks/${task.id}`).get()) as Task;
    expect(again.title).toBe('Brochure opzetten');
    h.emulator.faults.staleNextWrite({ path: `/planner/tasks/${task.id}`, changes: { percentComplete: 100 } });
    expect((await expectGraphError(client.api(`/planner/tasks/${task.id}`).header('If-Match', again['@odata.etag']).patch({ title: 'Brochure maken' }))).statusCode).toBe(412);
    const raced = (await client.api(`/planner/tasks/${task.id}`).get()) as Task;
    expect(raced.percentComplete).toBe(100);
    expect(raced.completedDateTime).not.toBeNull();
    Object.assign(again, raced);
    await client.api(`/planner/tasks/${task.id}`).header('If-Match', again['@odata.etag']).patch({ title: 'Brochure maken' });
    expect(((await client.api(`/planner/tasks/${task.id}`).get()) as Task).title).toBe('Brochure maken');
  });

  it('deletes with If-Match; the task is gone afterwards', async () => {
    const client = h.client();
    const task = (await client.api('/planner/tasks').post({ planId: PLAN, title: 'Weg ermee' })) as Task;
    expect((await expectGraphError(client.api(`/planner/tasks/${task.id}`).delete())).statusCode).toBe(428);
    await client.api(`/planner/tasks/${task.id}`).header('If-Match', task['@odata.etag']).delete();
    expect((await expectGraphError(client.api(`/planner/tasks/${task.id}`).get())).statusCode).toBe(404);
  });

  it('injects 503 twice on the tasks route; the SDK RetryHandler retries and the counters show it', async () => {
    h.emulator.resetCounters();
    const handle = h.emulator.faults.add({ method: 'GET', path: '/planner/plans/{id}/tasks', status: 503, retryAfter: 0, times: 2 });
    const page = (await h.client().api(`/planner/plans/${PLAN}/tasks`).get()) as PageCollection;
    expect(page.value.length).toBeGreaterThan(0);
    expect(handle.remaining).toBe(0);
    expect(h.emulator.counters['GET /planner/plans/{id}/tasks']).toBe(3);
    expect(h.emulator.log.map((e) => e.status)).toEqual([503, 503, 200]);

    h.emulator.faults.add({ path: /\/planner\/tasks\//, status: 429, retryAfter: 7 });
    const err = await expectGraphError(h.client().api(`/planner/tasks/${page.value[0].id}`).middlewareOptions([new RetryHandlerOptions(0, 0)]).get());
    expect(err.statusCode).toBe(429);
    expect(err.headers?.get('Retry-After')).toBe('7');
  });

  it('adds latency to every request', async () => {
    h.emulator.faults.latency(120);
    const started = performance.now();
    await h.client().api(`/groups/${G}/planner/plans`).get();
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    h.emulator.faults.latency(0);
  });
});
