// Card data is the clicker's word only. Tampered Action.Execute payloads, sent over HTTP with a valid Bot
// Framework token to the real bot against the Graph emulator: nothing changes in Planner or the store, and the
// answer is a Dutch refusal (or "this card is incomplete") card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../bot/cards/index.ts';
import { getAction } from '../../src/graph/index.ts';
import { messageFor } from '../../src/text/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { cardAction } from './support/activities.ts';
import { startHarness, visibleText, type Harness } from './support/harness.ts';
import { G, U, werkgroepenSeed } from './support/werkgroepen-seed.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ seed: werkgroepenSeed(), now: amsterdamTime('2026-11-26', '08:00'), werkgroepIds: [G.weert, G.bergen], mtGroupId: G.mt });
});
afterAll(async () => h?.close());

const patches = () => h.emulator.log.filter((e) => e.method !== 'GET').length;

async function click(userId: string, verb: string, data: Record<string, unknown>) {
  const res = await h.send(cardAction({ serviceUrl: h.connectorUrl, userId, verb, data }));
  return { status: res.status, text: visibleText((res.body as { value?: unknown })?.value).join('\n') };
}

/** The genuine card data of a task, as the reminder card would carry it. */
async function cardDataOf(werkgroepId: string, taskId: string): Promise<Record<string, unknown>> {
  const a = await getAction(h.graph, { werkgroepId, taskId });
  return { actieId: a.id, werkgroepId, etag: a.etag, seen: { titel: a.titel, status: a.status, ...(a.dueDate ? { dueDate: a.dueDate } : {}), ...(a.trekkerId ? { trekkerId: a.trekkerId } : {}) } };
}

async function expectUnchanged(taskIds: string[], run: () => Promise<void>): Promise<void> {
  const before = await Promise.all(taskIds.map((id) => getAction(h.graph, { werkgroepId: 'x', taskId: id })));
  const writes = patches();
  const snoozes = (await h.store.listSnoozes()).length;
  await run();
  expect(patches()).toBe(writes);
  expect((await h.store.listSnoozes()).length).toBe(snoozes);
  const after = await Promise.all(taskIds.map((id) => getAction(h.graph, { werkgroepId: 'x', taskId: id })));
  expect(after.map((a) => [a.etag, a.status, a.trekkerId])).toEqual(before.map((a) => [a.etag, a.status, a.trekkerId]));
}

const refused = botText.result.refusedTitle;
const invalid = messageFor('BOT.CARD_INVALID');
const verbs = [VERBS.done, VERBS.later, VERBS.handOver] as const;
const extra = { dagen: '1', naar: U.sanne };

describe('tampered card actions change nothing', () => {
  it('the owner of another werkgroep, naming his own werkgroep, may not touch a Weert task', async () => {
    const data = { ...(await cardDataOf(G.weert, 't-weert')), werkgroepId: G.bergen };
    await expectUnchanged(['t-weert'], async () => {
      for (const verb of verbs) {
        const res = await click(U.eva, verb, { ...data, ...extra, naar: U.eva });
        expect(res.status).toBe(200);
        expect(res.text).toContain(refused);
      }
    });
  });

  it('an MT-lid of another werkgroep, naming that werkgroep, may not touch a Weert task', async () => {
    const data = { ...(await cardDataOf(G.weert, 't-weert')), werkgroepId: G.bergen };
    await expectUnchanged(['t-weert'], async () => {
      for (const verb of verbs) expect((await click(U.mila, verb, { ...data, ...extra, naar: U.mila })).text).toContain(refused);
    });
  });

  it('the owner of a group the bot does not serve gets nothing by naming his own group', async () => {
    for (const taskId of ['t-weert', 't-eigen']) {
      const data = { ...(await cardDataOf(G.eigen, taskId)), werkgroepId: G.eigen };
      await expectUnchanged([taskId], async () => {
        for (const verb of verbs) expect((await click(U.xavier, verb, { ...data, ...extra, naar: U.xavier })).text).toContain(refused);
      });
    }
  });

  it('the voorzitter of Weert may not change a Bergen task through a Weert card (another task id)', async () => {
    const weert = await cardDataOf(G.weert, 't-weert');
    const bergen = await getAction(h.graph, { werkgroepId: G.bergen, taskId: 't-bergen' });
    await expectUnchanged(['t-weert', 't-bergen'], async () => {
      for (const verb of verbs) {
        const res = await click(U.anouk, verb, { ...weert, actieId: bergen.id, etag: bergen.etag, ...extra });
        expect(res.text).toContain(refused);
      }
    });
  });

  it('another etag does not help an outsider', async () => {
    const other = await getAction(h.graph, { werkgroepId: G.weert, taskId: 't-weert-2' });
    const data = { ...(await cardDataOf(G.weert, 't-weert')), etag: other.etag, werkgroepId: G.bergen };
    await expectUnchanged(['t-weert', 't-weert-2'], async () => {
      for (const verb of verbs) expect((await click(U.eva, verb, { ...data, ...extra, naar: U.eva })).text).toContain(refused);
    });
  });

  it('an etag that would switch off the If-Match check is refused, even from the trekker', async () => {
    const data = await cardDataOf(G.weert, 't-weert');
    await expectUnchanged(['t-weert'], async () => {
      for (const etag of ['*', 'W/"x"\r\nIf-Match: *', '"not weak"', 'W/""', 7]) {
        for (const verb of verbs) expect((await click(U.bram, verb, { ...data, ...extra, etag })).text).toContain(invalid);
      }
    });
  });

  it('an unknown verb or missing fields: nothing changes and the card says so in Dutch', async () => {
    const data = await cardDataOf(G.weert, 't-weert');
    await expectUnchanged(['t-weert'], async () => {
      expect((await click(U.bram, 'actie.verwijderen', data)).text).toContain(invalid);
      expect((await click(U.bram, 'actie.klaar ', data)).text).toContain(invalid);
      const { actieId: _a, ...noTask } = data;
      const { werkgroepId: _w, ...noGroup } = data;
      for (const verb of verbs) {
        expect((await click(U.bram, verb, { ...noTask, ...extra })).text).toContain(invalid);
        expect((await click(U.bram, verb, { ...noGroup, ...extra })).text).toContain(invalid);
      }
      expect((await click(U.bram, VERBS.later, data)).text).toContain(invalid); // no dagen
      expect((await click(U.bram, VERBS.handOver, data)).text).toContain(invalid); // no naar
      expect((await click(U.bram, VERBS.done, { ...data, actieId: 't-bestaat-niet' })).text).not.toContain(botText.result.doneTitle);
    });
  });

  it('a handover to someone outside the werkgroep changes nothing', async () => {
    const data = await cardDataOf(G.weert, 't-weert');
    await expectUnchanged(['t-weert'], async () => {
      const res = await click(U.bram, VERBS.handOver, { ...data, naar: U.xavier });
      expect(res.text).toContain(messageFor('WORKGROUPS.NOT_A_MEMBER'));
    });
  });

  it('the genuine card still works: the trekker marks the task done', async () => {
    const data = await cardDataOf(G.weert, 't-weert');
    const res = await click(U.bram, VERBS.done, data);
    expect(res.status).toBe(200);
    expect(res.text).toContain(botText.result.doneTitle);
    expect((await getAction(h.graph, { werkgroepId: G.weert, taskId: 't-weert' })).status).toBe('klaar');
  });
});
