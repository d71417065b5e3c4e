import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageIterator } from '@microsoft/microsoft-graph-client';
import type { PageCollection } from '@microsoft/microsoft-graph-client';
import type { SeedUser, TenantSeed } from './index.ts';
import { expectGraphError, startHarness } from './test-support.ts';
import type { Harness } from './test-support.ts';

const users: SeedUser[] = Array.from({ length: 250 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  displayName: `Medewerker ${i}`,
  mail: i === 7 ? null : `medewerker${i}@gemeente.nl`,
  userPrincipalName: `medewerker${i}@gemeente.nl`,
  department: 'Publiekszaken',
}));
const groupIds = Array.from({ length: 20 }, (_, i) => `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const seed: TenantSeed = {
  users,
  groups: [
    { id: groupIds[0]!, displayName: 'Grote werkgroep', mailNickname: 'groot', memberIds: users.map((u) => u.id), ownerIds: [users[3]!.id, users[4]!.id], team: true },
    ...groupIds.slice(1).map((id, i) => ({ id, displayName: `Werkgroep ${i + 1}`, mailNickname: `wg${i + 1}`, memberIds: [users[0]!.id], ownerIds: [users[0]!.id] })),
  ],
  teamsApps: [{ id: 'a1b2c3d4-0000-4000-8000-000000000001', externalId: 'b1b2c3d4-0000-4000-8000-000000000002', displayName: 'Werkgroepen' }],
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed });
});
afterAll(async () => {
  await h.close();
});

describe('authentication', () => {
  it('answers 401 with the Graph error body when the bearer token is missing', async () => {
    const res = await fetch(`${h.url}/v1.0/groups`, { dispatcher: h.agent } as RequestInit);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { code: string; message: string; innerError: Record<string, string> } };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError['request-id']).toBe(res.headers.get('request-id'));
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('rejects an expired token through the real SDK', async () => {
    const expired = h.emulator.issueDevToken(users[0]!.id, { expiresInSeconds: -60 });
    const err = await expectGraphError(h.client(expired).api('/me').get());
    expect(err.statusCode).toBe(401);
    expect(err.code).toBe('InvalidAuthenticationToken');
    expect(err.message).toMatch(/expired/);
    expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects a token signed with another key and one for another audience', async () => {
    const other = await startHarness({ seed });
    try {
      const foreign = other.emulator.issueDevToken(users[0]!.id);
      expect((await expectGraphError(h.client(foreign).api('/me').get())).statusCode).toBe(401);
    } finally {
      await other.close();
    }
    const wrongAudience = h.emulator.issueDevToken(users[0]!.id, { audience: 'api://iets-anders' });
    expect((await expectGraphError(h.client(wrongAudience).api('/me').get())).statusCode).toBe(401);
  });

  it('knows who is calling with a delegated token and refuses /me for app-only', async () => {
    const me = (await h.client(h.emulator.issueDevToken(users[5]!.id)).api('/me').select('id,displayName').get()) as Record<string, unknown>;
    expect(me).toEqual({ '@odata.context': expect.any(String), id: users[5]!.id, displayName: 'Medewerker 5' });
    const err = await expectGraphError(h.client().api('/me').get());
    expect(err.statusCode).toBe(400);
  });
});

describe('groups, members and users', () => {
  it('pages members across absolute nextLinks with PageIterator', async () => {
    const client = h.client();
    const first = (await client.api(`/groups/${groupIds[0]}/members`).select('id,displayName,mail').top(100).get()) as PageCollection;
    expect(first.value).toHaveLength(100);
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^${h.url}/v1\\.0/groups/${groupIds[0]}/members\\?`));
    const seen: Record<string, unknown>[] = [];
    const iterator = new PageIterator(client, first, (item) => {
      seen.push(item as Record<string, unknown>);
      return true;
    });
    await iterator.iterate();
    expect(seen).toHaveLength(250);
    expect(new Set(seen.map((u) => u.id)).size).toBe(250);
    expect(Object.keys(seen[0]!).sort()).toEqual(['@odata.type', 'displayName', 'id', 'mail']);
    expect(seen.find((u) => u.id === users[7]!.id)?.mail).toBeNull();
    expect(h.emulator.counters['GET /groups/{id}/members']).toBeGreaterThanOrEqual(3);
    expect((await expectGraphError(client.api(`/groups/${groupIds[0]}/members`).top(1000).get())).statusCode).toBe(400);
  });

  it('returns owners in order and a user with $select, 404 in the Graph shape for unknown ids', async () => {
    const owners = (await h.client().api(`/groups/${groupIds[0]}/owners`).select('id').get()) as PageCollection;
    expect(owners.value.map((o: { id: string }) => o.id)).toEqual([users[3]!.id, users[4]!.id]);
    const user = (await h.client().api(`/users/${users[2]!.id}`).select('id,mail,department').get()) as Record<string, unknown>;
    expect(user.department).toBe('Publiekszaken');
    const byUpn = (await h.client().api(`/users/${users[2]!.userPrincipalName}`).get()) as Record<string, unknown>;
    expect(byUpn.id).toBe(users[2]!.id);
    expect(byUpn).not.toHaveProperty('department');
    const err = await expectGraphError(h.client().api('/users/bestaat-niet').get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
  });

  it('filters groups by id in (...) up to 15 values, expands at most 20 members', async () => {
    const ids = groupIds.slice(0, 15);
    const filter = `id in (${ids.map((id) => `'${id}'`).join(',')})`;
    const page = (await h.client().api('/groups').filter(filter).select('id').expand('members($select=id)').top(15).get()) as PageCollection;
    expect(page.value.map((g: { id: string }) => g.id).sort()).toEqual([...ids].sort());
    const big = page.value.find((g: { id: string }) => g.id === groupIds[0]) as { members: unknown[] };
    expect(big.members).toHaveLength(20);
    const tooMany = `id in (${groupIds.slice(0, 16).map((id) => `'${id}'`).join(',')})`;
    const err = await expectGraphError(h.client().api('/groups').filter(tooMany).get());
    expect(err.statusCode).toBe(400);
    const mt = (await h.client().api('/groups').filter("displayName eq 'werkgroep 3'").get()) as PageCollection;
    expect(mt.value).toHaveLength(1);
  });

  it('lists memberOf, the team and its General channel', async () => {
    const memberOf = (await h.client(h.emulator.issueDevToken(users[0]!.id)).api('/me/memberOf').get()) as PageCollection;
    expect(memberOf.value).toHaveLength(20);
    // The bot's app has no Teams read permission; the tab's delegated Group.ReadWrite.All covers these.
    const tab = h.client(h.emulator.issueDevToken(users[0]!.id));
    const team = (await tab.api(`/teams/${groupIds[0]}`).get()) as Record<string, unknown>;
    expect(team.displayName).toBe('Grote werkgroep');
    const channels = (await tab.api(`/teams/${groupIds[0]}/channels`).get()) as PageCollection;
    expect(channels.value[0]).toMatchObject({ displayName: 'General', membershipType: 'standard' });
    const err = await expectGraphError(tab.api(`/teams/${groupIds[1]}`).get());
    expect(err.statusCode).toBe(404);
  });

  it('installs the Teams app for a user once: 201, then 409', async () => {
    const body = { 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${seed.teamsApps![0]!.id}` };
    const first = await h.raw(`/users/${users[1]!.id}/teamwork/installedApps`, { method: 'POST', body });
    expect(first.status).toBe(201);
    expect(first.json).toBeUndefined();
    const again = await h.raw(`/users/${users[1]!.id}/teamwork/installedApps`, { method: 'POST', body });
    expect(again.status).toBe(409);
    const list = (await h
      .client()
      .api(`/users/${users[1]!.id}/teamwork/installedApps`)
      .expand('teamsApp')
      .filter(`teamsApp/externalId eq '${seed.teamsApps![0]!.externalId}'`)
      .get()) as PageCollection;
    expect(list.value).toHaveLength(1);
    const chat = (await h.client().api(`/users/${users[1]!.id}/teamwork/installedApps/${list.value[0].id}/chat`).get()) as { id: string };
    expect(chat.id).toMatch(/^19:.*@unq\.gbl\.spaces$/);
  });

  it('answers 400 for an unknown segment, as Graph does', async () => {
    const res = await h.raw('/groups/x/bestaatniet/ook');
    expect(res.status).toBe(400);
    expect((res.json as { error: { message: string } }).error.message).toContain('Resource not found for the segment');
  });
});
