// A source that reads per chunk of werkgroepen: the scheduler sends each chunk before it takes the
// next, and makes the MT digest once, over all werkgroepen, at the end. No Graph, no connector.
import { describe, expect, it } from 'vitest';
import { createLogger, createScheduler } from '../../bot/index.ts';
import type { ReminderSource, SourceData } from '../../bot/scheduler/index.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';

const NOW = amsterdamTime('2026-12-01', '09:00');

function chunk(n: number): Omit<SourceData, 'health'> {
  const g = `g${n}`;
  return {
    werkgroepen: [{ id: g, naam: `Werkgroep ${n}`, voorzitterId: `u${n}`, ledenIds: [`u${n}`, 'mt1'], mtLidIds: ['mt1'] }],
    members: [
      { id: `u${n}`, displayName: `Lid ${n}` },
      { id: 'mt1', displayName: 'MT-lid' },
    ],
    actions: [{ id: `t${n}`, werkgroepId: g, titel: `Actie ${n}`, status: 'open', trekkerId: `u${n}`, dueDate: '2026-11-20' }],
    meetings: [],
    agenda: [],
    results: [],
    verbeterpunten: [],
    mtLidIds: ['mt1'],
  };
}

describe('scheduler over a streaming source', () => {
  it('sends a chunk before reading the next, and the digest once over every werkgroep', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    const events: string[] = [];
    for (const userId of ['u1', 'u2', 'mt1']) {
      await store.saveConversation({ conversationId: `a:${userId}`, serviceUrl: 'https://smba.example/', tenantId: 't', scope: 'personal', botId: 'b', userId, installedAt: NOW });
    }
    const source: ReminderSource = {
      load: () => Promise.reject(new Error('a streaming source is not read at once')),
      async stream(_now, onChunk) {
        for (const n of [1, 2]) {
          events.push(`read g${n}`);
          await onChunk(chunk(n));
        }
        return { werkgroepen: 2, groupsFailed: 0, resourcesFailed: 0, codes: [] };
      },
    };
    const digests: string[][] = [];
    const scheduler = createScheduler({
      store,
      source,
      sender: {
        async send(ref, message, key) {
          events.push(`send ${key.split(':')[0]} to ${ref.userId}`);
          if (key.startsWith('digest:')) digests.push(JSON.stringify(message.card).match(/Werkgroep \d/g) ?? []);
          return { activityId: key };
        },
      },
      links: { teamsAppId: 'app', personalTabEntityId: 'mijn-acties' },
      log: createLogger({ level: 'silent' }),
      clock: { now: () => NOW },
    });
    const report = await scheduler.runCycle(NOW);
    expect(events).toEqual(['read g1', 'send action to u1', 'read g2', 'send action to u2', 'send digest to mt1']);
    expect(new Set(digests[0])).toEqual(new Set(['Werkgroep 1', 'Werkgroep 2']));
    expect(report).toMatchObject({ due: 3, sent: 3, graph: { reachable: true, werkgroepen: 2 } });
    await store.close();
  });
});
