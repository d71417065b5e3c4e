// One contract for every store adapter: each adapter's test file calls runStoreContract with its own factory.
import { describe, expect, it } from 'vitest';
import type { BotStore, ConversationRef } from './types.ts';

const T0 = '2026-12-01T07:00:00.000Z';
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

function personal(userId: string, conversationId = `a:${userId}`): ConversationRef {
  return {
    conversationId,
    serviceUrl: 'https://smba.example/emea/',
    tenantId: 't1',
    scope: 'personal',
    botId: '28:bot',
    userId,
    installedAt: T0,
  };
}

export function runStoreContract(name: string, open: () => Promise<BotStore>): void {
  describe(`store contract: ${name}`, () => {
    it('stores, finds and removes conversation references per scope', async () => {
      const s = await open();
      await s.saveConversation(personal('u1'));
      await s.saveConversation({
        conversationId: '19:abc@thread.tacv2',
        serviceUrl: 'https://smba.example/emea/',
        tenantId: 't1',
        scope: 'team',
        botId: '28:bot',
        werkgroepId: 'g1',
        teamId: '19:abc@thread.tacv2',
        channelId: '19:abc@thread.tacv2',
        installedAt: T0,
      });
      await s.saveConversation({ ...personal('x'), conversationId: '19:chat;messageid=1', scope: 'groupChat', userId: undefined });
      expect((await s.findPersonalConversation('u1'))?.conversationId).toBe('a:u1');
      expect((await s.findWerkgroepConversation('g1'))?.conversationId).toBe('19:abc@thread.tacv2');
      expect(await s.findWerkgroepConversation('g2')).toBeUndefined();
      expect((await s.listConversations()).map((c) => c.scope).sort()).toEqual(['groupChat', 'personal', 'team']);
      // Re-install updates the serviceUrl instead of adding a second reference.
      await s.saveConversation({ ...personal('u1'), serviceUrl: 'https://smba.example/amer/' });
      expect((await s.findPersonalConversation('u1'))?.serviceUrl).toBe('https://smba.example/amer/');
      expect(await s.removeConversation('a:u1')).toBe(true);
      expect(await s.removeConversation('a:u1')).toBe(false);
      expect(await s.findPersonalConversation('u1')).toBeUndefined();
      expect(await s.getConversation('19:chat;messageid=1')).toBeDefined();
      await s.close();
    });

    it('claims a key once: the second claim is refused while the lease holds', async () => {
      const s = await open();
      const a = await s.claim({ key: 'action:t1:due-soon:2026-12-03', owner: 'A', now: T0, leaseMs: 60_000, payload: '{"x":1}' });
      const b = await s.claim({ key: 'action:t1:due-soon:2026-12-03', owner: 'B', now: at(0.5), leaseMs: 60_000, payload: '{"x":2}' });
      expect(a.claimed).toBe(true);
      expect(b.claimed).toBe(false);
      expect(b.entry.owner).toBe('A');
      expect(await s.markSent('action:t1:due-soon:2026-12-03', 'B', at(1))).toBe(false);
      expect(await s.markSent('action:t1:due-soon:2026-12-03', 'A', at(1), 'act-1')).toBe(true);
      const done = await s.getEntry('action:t1:due-soon:2026-12-03');
      expect(done).toMatchObject({ state: 'sent', activityId: 'act-1', payload: '{"x":1}', attempts: 1 });
      // Sent is final: even long after, nobody can claim it again.
      expect((await s.claim({ key: 'action:t1:due-soon:2026-12-03', owner: 'C', now: at(60 * 24 * 400), leaseMs: 1, payload: '' })).claimed).toBe(false);
      await s.close();
    });

    it('lets exactly one instance take over an expired claim (crash between claim and send)', async () => {
      const s = await open();
      await s.claim({ key: 'k', owner: 'dead', now: T0, leaseMs: 60_000, payload: 'p' });
      expect(await s.listDue(at(0.5))).toHaveLength(0);
      const due = await s.listDue(at(2));
      expect(due.map((e) => e.key)).toEqual(['k']);
      const results = await Promise.all(
        ['A', 'B', 'C', 'D'].map((owner) => s.claim({ key: 'k', owner, now: at(2), leaseMs: 60_000, payload: 'other' })),
      );
      const winners = results.filter((r) => r.claimed);
      expect(winners).toHaveLength(1);
      expect(winners[0]).toMatchObject({ takeover: true, entry: { attempts: 2, payload: 'p' } });
      const winner = winners[0]!.entry.owner;
      expect(await s.markSent('k', 'dead', at(3))).toBe(false);
      expect(await s.markSent('k', winner, at(3))).toBe(true);
      await s.close();
    });

    it('keeps a released reminder for a later retry and never loses it', async () => {
      const s = await open();
      await s.claim({ key: 'r', owner: 'A', now: T0, leaseMs: 60_000, payload: 'card' });
      expect(await s.release('r', 'A', at(5), 'BOT.CONNECTOR_THROTTLED', T0)).toBe(true);
      expect(await s.getEntry('r')).toMatchObject({ state: 'retry', lastError: 'BOT.CONNECTOR_THROTTLED' });
      expect((await s.claim({ key: 'r', owner: 'B', now: at(4), leaseMs: 60_000, payload: 'x' })).claimed).toBe(false);
      expect((await s.listDue(at(5))).map((e) => e.key)).toEqual(['r']);
      const again = await s.claim({ key: 'r', owner: 'B', now: at(5), leaseMs: 60_000, payload: 'x' });
      expect(again).toMatchObject({ claimed: true, takeover: true, entry: { payload: 'card', attempts: 2 } });
      expect(await s.markUnreachable('r', 'B', at(6), 'BOT.NO_CONVERSATION')).toBe(true);
      expect((await s.listByState('unreachable')).map((e) => e.key)).toEqual(['r']);
      expect(await s.listDue(at(60 * 24))).toHaveLength(0);
      await s.close();
    });

    it('stores large payloads with hostile text intact', async () => {
      const s = await open();
      const payload = JSON.stringify({ t: '<script>alert(1)</script>\u202E\u0000😀'.repeat(5000) });
      await s.claim({ key: 'big', owner: 'A', now: T0, leaseMs: 1000, payload });
      expect((await s.getEntry('big'))?.payload).toBe(payload);
      await s.close();
    });

    it('stores preferences, snoozes and installation records', async () => {
      const s = await open();
      await s.savePreferences({ userId: 'u1', quietHours: { start: '18:00', end: '08:00' }, kinds: { weekoverzicht: false }, updatedAt: T0 });
      await s.savePreferences({ userId: 'u1', kinds: { 'actie-bijna': false }, updatedAt: at(1) });
      expect(await s.getPreferences('u1')).toEqual({ userId: 'u1', kinds: { 'actie-bijna': false }, updatedAt: at(1) });
      expect(await s.listPreferences()).toHaveLength(1);
      await s.saveSnooze({ actionId: 'task/1', userId: 'u1', until: '2026-12-04', createdAt: T0 });
      await s.saveSnooze({ actionId: 'task/2', userId: 'u1', until: '2026-12-08', createdAt: T0 });
      await s.removeSnooze('task/1');
      await s.removeSnooze('missing');
      expect((await s.listSnoozes()).map((x) => x.actionId)).toEqual(['task/2']);
      await s.saveInstallation({ userId: 'u1', status: 'installed', updatedAt: T0 });
      await s.saveInstallation({ userId: 'u2', status: 'unreachable', reason: 'GRAPH.FORBIDDEN', updatedAt: T0 });
      expect((await s.listInstallations('unreachable')).map((r) => r.userId)).toEqual(['u2']);
      expect(await s.getInstallation('u1')).toMatchObject({ status: 'installed' });
      expect(await s.listInstallations()).toHaveLength(2);
      await s.close();
    });

    it('keeps state documents, first writer wins', async () => {
      const s = await open();
      expect(await s.getState('digest:2026-W49')).toBeUndefined();
      const big = JSON.stringify({ x: 'é'.repeat(70_000) });
      expect(await s.putStateIfAbsent('digest:2026-W49', big)).toBe(true);
      expect(await s.putStateIfAbsent('digest:2026-W49', '{}')).toBe(false);
      expect(await s.getState('digest:2026-W49')).toBe(big);
      await s.close();
    });

    it('reports its schema version', async () => {
      const s = await open();
      expect(await s.schemaVersion()).toBeGreaterThanOrEqual(3);
      await s.close();
    });
  });
}
