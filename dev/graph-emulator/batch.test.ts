import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchRequestContent, BatchResponseContent } from '@microsoft/microsoft-graph-client';
import type { TenantSeed } from './index.ts';
import { startHarness } from './test-support.ts';
import type { Harness } from './test-support.ts';

const groups = Array.from({ length: 25 }, (_, i) => `40000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const seed: TenantSeed = {
  users: [{ id: 'u-1', displayName: 'Linda Kok', mail: 'linda.kok@bergen-nh.nl', userPrincipalName: 'linda.kok@bergen-nh.nl' }],
  groups: groups.map((id, i) => ({ id, displayName: `Werkgroep ${i}`, mailNickname: `wg${i}`, memberIds: ['u-1'], ownerIds: ['u-1'] })),
  plans: groups.map((groupId, i) => ({ id: `plan${String(i).padStart(24, '0')}`, groupId, title: `Plan ${i}` })),
};

interface BatchBody {
  responses: { id: string; status: number; headers: Record<string, string>; body?: { value?: unknown[]; error?: { code: string } } }[];
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed });
});
afterAll(async () => {
  await h.close();
});

describe('$batch', () => {
  it('runs up to 20 requests built with the SDK and returns each status', async () => {
    h.emulator.resetCounters();
    const content = new BatchRequestContent(
      groups.slice(0, 20).map((g, i) => ({ id: String(i + 1), request: new Request(`https://graph.microsoft.com/v1.0/groups/${g}/planner/plans?$select=id`) })),
    );
    const response = await h.client().api('/$batch').post(await content.getContent());
    const parsed = new BatchResponseContent(response as { responses: [] });
    expect([...parsed.getResponses().keys()]).toHaveLength(20);
    const one = parsed.getResponseById('1');
    expect(one.status).toBe(200);
    expect(((await one.json()) as { value: { id: string }[] }).value[0]?.id).toBe(`plan${'0'.repeat(24)}`);
    expect(h.emulator.counters['POST /$batch']).toBe(1);
    expect(h.emulator.counters['GET /groups/{id}/planner/plans']).toBe(20);
    expect(h.emulator.httpRequestCount()).toBe(1);
    const inner = h.emulator.log.filter((e) => e.batchedFrom);
    expect(inner).toHaveLength(20);
    expect(new Set(inner.map((e) => e.batchedFrom)).size).toBe(1);
  });

  it('refuses 21 requests, duplicate ids and a body without Content-Type with an outer 400', async () => {
    const many = groups.slice(0, 21).map((g, i) => ({ id: String(i), method: 'GET', url: `/groups/${g}` }));
    expect((await h.raw('/$batch', { method: 'POST', body: { requests: many } })).status).toBe(400);
    const dup = [
      { id: 'a', method: 'GET', url: `/groups/${groups[0]}` },
      { id: 'A', method: 'GET', url: `/groups/${groups[1]}` },
    ];
    expect((await h.raw('/$batch', { method: 'POST', body: { requests: dup } })).status).toBe(400);
    const noType = [{ id: '1', method: 'POST', url: '/planner/tasks', body: { planId: 'x', title: 'y' } }];
    const res = await h.raw('/$batch', { method: 'POST', body: { requests: noType } });
    expect(res.status).toBe(400);
    expect((res.json as { error: { code: string } }).error.code).toBe('BadRequest');
  });

  it('answers 424 for requests that depend on a failed one', async () => {
    const res = await h.raw('/$batch', {
      method: 'POST',
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/groups/bestaat-niet' },
          { id: '2', method: 'GET', url: `/groups/${groups[0]}`, dependsOn: ['1'] },
          { id: '3', method: 'GET', url: `/groups/${groups[1]}`, dependsOn: ['2'] },
          { id: '4', method: 'POST', url: '/planner/tasks', headers: { 'Content-Type': 'application/json' }, body: { planId: `plan${'0'.repeat(24)}`, title: 'Uit batch' } },
        ],
      },
    });
    expect(res.status).toBe(200);
    const byId = new Map((res.json as BatchBody).responses.map((r) => [r.id, r]));
    expect(byId.get('1')?.status).toBe(404);
    expect(byId.get('2')?.status).toBe(424);
    expect(byId.get('3')?.status).toBe(424);
    expect(byId.get('4')?.status).toBe(201);
  });

  it('throttles inner requests with their own Retry-After while the outer status stays 200', async () => {
    h.emulator.faults.add({ method: 'GET', path: `/groups/${groups[2]}/planner/plans`, status: 429, retryAfter: 3 });
    const res = await h.raw('/$batch', {
      method: 'POST',
      body: { requests: groups.slice(0, 4).map((g, i) => ({ id: `r${i}`, method: 'GET', url: `/groups/${g}/planner/plans` })) },
    });
    expect(res.status).toBe(200);
    const responses = (res.json as BatchBody).responses;
    const throttled = responses.find((r) => r.id === 'r2')!;
    expect(throttled.status).toBe(429);
    expect(throttled.headers['Retry-After']).toBe('3');
    expect(throttled.body?.error?.code).toBe('TooManyRequests');
    expect(responses.filter((r) => r.status === 200)).toHaveLength(3);
  });

  it('passes inner headers such as Prefer and If-Match through', async () => {
    const created = (await h.client().api('/planner/tasks').post({ planId: `plan${'0'.repeat(24)}`, title: 'Via batch bijwerken' })) as { id: string; '@odata.etag': string };
    const res = await h.raw('/$batch', {
      method: 'POST',
      body: {
        requests: [
          { id: '1', method: 'PATCH', url: `/planner/tasks/${created.id}`, headers: { 'Content-Type': 'application/json', 'If-Match': created['@odata.etag'], Prefer: 'return=representation' }, body: { percentComplete: 100 } },
          { id: '2', method: 'PATCH', url: `/planner/tasks/${created.id}`, headers: { 'Content-Type': 'application/json' }, body: { percentComplete: 0 }, dependsOn: ['1'] },
        ],
      },
    });
    const [first, second] = (res.json as BatchBody).responses;
    expect(first?.status).toBe(200);
    expect(first?.headers.ETag).toMatch(/^W\//);
    expect(second?.status).toBe(428);
  });
});
