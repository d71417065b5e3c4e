// Contract tests: the client chain (auth, retry, TLS trust) and error mapping against the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, messageFor } from '../../src/text/index.ts';
import { createDevTokenProvider, createGraphClient, getGroupPlan, getUser, listMembers } from '../../src/graph/index.ts';
import { startHarness, testSeed } from './support.ts';
import type { Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(testSeed());
});
afterAll(async () => {
  await h?.close();
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
  return 'no error';
}

describe('client chain', () => {
  it('sends the token from the TokenProvider and reads through the real SDK', async () => {
    const user = await getUser(h.client, { userId: 'u-anna' });
    expect(user).toEqual({ id: 'u-anna', displayName: 'Anna de Vries', mail: 'anna@weert.example' });
  });

  it('does not trust the emulator without its CA (no TLS shortcuts)', async () => {
    const client = createGraphClient({ tokenProvider: createDevTokenProvider(() => h.emulator.issueDevToken('u-anna')), baseUrl: `${h.url}/`, retry: { maxRetries: 0 } });
    expect(await codeOf(getUser(client, { userId: 'u-anna' }))).toBe('GRAPH.NETWORK');
  });

  it('maps a refused token to GRAPH.UNAUTHORIZED', async () => {
    const client = createGraphClient({ tokenProvider: createDevTokenProvider('not-a-token'), baseUrl: `${h.url}/`, dispatcher: h.dispatcher });
    expect(await codeOf(getUser(client, { userId: 'u-anna' }))).toBe('GRAPH.UNAUTHORIZED');
  });

  it('maps an expired token to GRAPH.TOKEN_EXPIRED with its own Dutch text', async () => {
    h.emulator.faults.add({ path: '/users/{id}', status: 401, code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed, the token is expired.' });
    const error = await getUser(h.client, { userId: 'u-anna' }).catch((e: unknown) => e as AppError);
    expect((error as AppError).code).toBe('GRAPH.TOKEN_EXPIRED');
    expect(messageFor((error as AppError).code)).toMatch(/verlopen/);
  });

  it('retries a 429 once after Retry-After: 0 and then succeeds', async () => {
    const before = h.calls('GET', /^\/groups\/g-weert\/members$/);
    h.emulator.faults.add({ method: 'GET', path: '/groups/{id}/members', status: 429, retryAfter: 0, times: 1 });
    const members = await listMembers(h.client, { groupId: 'g-weert' });
    expect(members).toHaveLength(4);
    expect(h.calls('GET', /^\/groups\/g-weert\/members$/) - before).toBe(2);
  });

  it('waits the Retry-After the server asks for', async () => {
    h.emulator.faults.add({ method: 'GET', path: '/users/{id}', status: 429, retryAfter: 1, times: 1 });
    const started = performance.now();
    await getUser(h.client, { userId: 'u-bert' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('retries 503 up to the cap, then gives GRAPH.UNAVAILABLE', async () => {
    const before = h.calls('GET', /^\/groups\/g-weert\/planner\/plans$/);
    const fault = h.emulator.faults.add({ method: 'GET', path: '/groups/{id}/planner/plans', status: 503, retryAfter: 0, times: Infinity });
    expect(await codeOf(getGroupPlan(h.client, { groupId: 'g-weert' }))).toBe('GRAPH.UNAVAILABLE');
    fault.remove();
    // First try plus maxRetries (2).
    expect(h.calls('GET', /^\/groups\/g-weert\/planner\/plans$/) - before).toBe(3);
  });

  it('does not retry 403 and maps it to GRAPH.FORBIDDEN', async () => {
    const before = h.calls('GET', /^\/users\/u-cor$/);
    h.emulator.faults.add({ method: 'GET', path: '/users/{id}', status: 403 });
    expect(await codeOf(getUser(h.client, { userId: 'u-cor' }))).toBe('GRAPH.FORBIDDEN');
    expect(h.calls('GET', /^\/users\/u-cor$/) - before).toBe(1);
  });

  it('maps an unknown user to GRAPH.NOT_FOUND', async () => {
    expect(await codeOf(getUser(h.client, { userId: 'u-weg' }))).toBe('GRAPH.NOT_FOUND');
  });
});
