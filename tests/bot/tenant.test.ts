// The bot serves one tenant (TENANT_ID, here tenant-1). Activities naming another tenant, with a valid Bot
// Framework token, over HTTP: 403, no handler runs, nothing is stored, no werkgroep is added, no task changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../bot/cards/index.ts';
import { getAction } from '../../src/graph/index.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { TENANT, cardAction, message, personalInstall, teamInstall } from './support/activities.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { G, U, werkgroepenSeed } from './support/werkgroepen-seed.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ seed: werkgroepenSeed(), now: amsterdamTime('2026-11-26', '08:00'), werkgroepIds: [G.weert, G.bergen], mtGroupId: G.mt });
});
afterAll(async () => h?.close());

const OTHER = 'tenant-elders';

/** The activity as another tenant would send it: in channelData, in the conversation, or in both. */
function fromTenant(activity: Record<string, unknown>, where: 'both' | 'channelData' | 'conversation' | 'none', tenant = OTHER) {
  const channelData = { ...(activity.channelData as Record<string, unknown>) };
  const conversation = { ...(activity.conversation as Record<string, unknown>) };
  if (where === 'both' || where === 'channelData') channelData.tenant = { id: tenant };
  if (where === 'both' || where === 'conversation') conversation.tenantId = tenant;
  if (where === 'none') {
    delete channelData.tenant;
    delete conversation.tenantId;
  }
  return { ...activity, channelData, conversation };
}

describe('activities from another tenant', () => {
  it.each(['both', 'channelData', 'conversation', 'none'] as const)('a personal install (tenant in %s) is refused and stores nothing', async (where) => {
    const userId = `u-elders-${where}`;
    const res = await h.send(fromTenant(personalInstall({ serviceUrl: h.connectorUrl, userId }), where));
    expect(res.status).toBe(403);
    expect(await h.store.findPersonalConversation(userId)).toBeUndefined();
    expect(h.connector.byConversation(`a:personal-${userId}`)).toHaveLength(0);
  });

  it('a team install never adds a werkgroep', async () => {
    for (const where of ['both', 'channelData', 'conversation'] as const) {
      const res = await h.send(fromTenant(teamInstall({ serviceUrl: h.connectorUrl, userId: U.xavier, groupId: G.eigen }), where));
      expect(res.status).toBe(403);
    }
    expect(await h.store.findWerkgroepConversation(G.eigen)).toBeUndefined();
    expect((await h.store.listConversations()).some((c) => c.werkgroepId === G.eigen)).toBe(false);
  });

  it('a message gets no answer', async () => {
    const res = await h.send(fromTenant(message({ serviceUrl: h.connectorUrl, userId: U.bram, text: 'mijn acties' }), 'both'));
    expect(res.status).toBe(403);
    expect(h.connector.byConversation(`a:personal-${U.bram}`)).toHaveLength(0);
  });

  it('a card action changes nothing, even with the trekker\'s ids', async () => {
    const a = await getAction(h.graph, { werkgroepId: G.weert, taskId: 't-weert' });
    const writes = h.emulator.log.filter((e) => e.method !== 'GET').length;
    const data = { actieId: a.id, werkgroepId: G.weert, etag: a.etag, dagen: '1', naar: U.sanne };
    for (const verb of [VERBS.done, VERBS.later, VERBS.handOver]) {
      const res = await h.send(fromTenant(cardAction({ serviceUrl: h.connectorUrl, userId: U.bram, verb, data }), 'both'));
      expect(res.status).toBe(403);
    }
    expect(h.emulator.log.filter((e) => e.method !== 'GET').length).toBe(writes);
    expect((await getAction(h.graph, { werkgroepId: G.weert, taskId: 't-weert' })).etag).toBe(a.etag);
    expect(await h.store.listSnoozes()).toEqual([]);
  });

  it('our own tenant, in any letter case, still gets through', async () => {
    const res = await h.send(fromTenant(personalInstall({ serviceUrl: h.connectorUrl, userId: 'u-eigen-tenant' }), 'both', TENANT.toUpperCase()));
    expect(res.status).toBe(200);
    expect(await h.store.findPersonalConversation('u-eigen-tenant')).toBeDefined();
    const team = await h.send(teamInstall({ serviceUrl: h.connectorUrl, userId: U.anouk, groupId: G.weert }));
    expect(team.status).toBe(200);
    expect(await h.store.findWerkgroepConversation(G.weert)).toBeDefined();
  });
});
