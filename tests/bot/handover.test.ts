// Overdragen on tasks with one, two and three assignees, over HTTP against the emulator. The rule: the
// clicker's own assignment is replaced by the new trekker (a voorzitter who is not assigned replaces the
// trekker's); the new trekker is then the trekker everywhere: the answer card, the tab's list (listActions)
// and the reminders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../bot/cards/index.ts';
import { getAction, listActions } from '../../src/graph/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { cardAction } from './support/activities.ts';
import { startHarness, visibleText, type Harness } from './support/harness.ts';
import { G, P, U, werkgroepenSeed } from './support/werkgroepen-seed.ts';

const NOW = amsterdamTime('2026-11-26', '08:00');
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ seed: werkgroepenSeed(), now: NOW, werkgroepIds: [G.weert, G.bergen], mtGroupId: G.mt });
});
afterAll(async () => h?.close());

const name = (id: string) => Object.entries(U).find(([, v]) => v === id)![0].replace(/^./, (c) => c.toUpperCase());

async function handOver(taskId: string, clicker: string, to: string) {
  const a = await getAction(h.graph, { werkgroepId: G.weert, taskId });
  const data = { actieId: a.id, werkgroepId: G.weert, etag: a.etag, seen: { titel: a.titel, status: a.status, dueDate: a.dueDate, trekkerId: a.trekkerId }, naar: to };
  const res = await h.send(cardAction({ serviceUrl: h.connectorUrl, userId: clicker, verb: VERBS.handOver, data }));
  expect(res.status).toBe(200);
  return visibleText((res.body as { value: unknown }).value).join('\n');
}

/** The trekker as the tab lists it, and who gets the overdue reminder. */
async function trekkerEverywhere(taskId: string) {
  const fromTab = (await listActions(h.graph, { werkgroepId: G.weert, planId: P.weert })).find((a) => a.id === taskId)!;
  const planned = await h.scheduler().plan(NOW);
  const reminded = planned
    .map((p) => p.reminder)
    .filter((r) => r.kind.startsWith('actie-') && 'actie' in r && r.actie.id === taskId)
    .map((r) => (r.recipient.type === 'user' ? r.recipient.userId : r.recipient.werkgroepId));
  return { tab: fromTab.trekkerId, others: fromTab.coAssigneeIds ?? [], reminded };
}

describe('Overdragen with one, two and three assignees', () => {
  it('one assignee: Bram gives the task to Sanne', async () => {
    const text = await handOver('t-een', U.bram, U.sanne);
    expect(text).toContain(botText.result.handedOverTitle);
    expect(text).toContain(`${botText.result.handedOverTo}\nSanne`);
    expect(text).not.toContain(botText.result.alsoAssigned);
    expect(await trekkerEverywhere('t-een')).toEqual({ tab: U.sanne, others: [], reminded: [U.sanne] });
  });

  it('two assignees: Bram (the trekker) gives his part to Sanne; Anouk stays assigned, Sanne is the trekker', async () => {
    expect((await trekkerEverywhere('t-twee')).tab).toBe(U.bram);
    const text = await handOver('t-twee', U.bram, U.sanne);
    expect(text).toContain(`${botText.result.handedOverTo}\nSanne`);
    expect(text).toContain(`${botText.result.alsoAssigned}\nAnouk`);
    expect(await trekkerEverywhere('t-twee')).toEqual({ tab: U.sanne, others: [U.anouk], reminded: [U.sanne] });
  });

  it('two assignees: Anouk (assigned too, and voorzitter) replaces her own assignment, not Bram\'s', async () => {
    const text = await handOver('t-twee-b', U.anouk, U.carla);
    expect(text).toContain(`${botText.result.handedOverTo}\nCarla`);
    expect(text).toContain(`${botText.result.alsoAssigned}\nBram`);
    expect(await trekkerEverywhere('t-twee-b')).toEqual({ tab: U.carla, others: [U.bram], reminded: [U.carla] });
  });

  it('three assignees: Carla gives her part to Sanne; Bram and Anouk stay', async () => {
    const text = await handOver('t-drie', U.carla, U.sanne);
    expect(text).toContain(`${botText.result.handedOverTo}\nSanne`);
    expect(await trekkerEverywhere('t-drie')).toEqual({ tab: U.sanne, others: [U.bram, U.anouk], reminded: [U.sanne] });
  });

  it('three assignees: the voorzitter, not assigned, replaces the trekker\'s assignment', async () => {
    const text = await handOver('t-drie-b', U.anouk, U.dirk);
    expect(text).toContain(`${botText.result.handedOverTo}\nDirk`);
    const now = await trekkerEverywhere('t-drie-b');
    expect(now).toEqual({ tab: U.dirk, others: [U.carla, U.sanne], reminded: [U.dirk] });
    expect(now.others.map(name)).toEqual(['Carla', 'Sanne']);
  });

  it('the same click again changes nothing and says who holds it', async () => {
    const writes = h.emulator.log.filter((e) => e.method === 'PATCH').length;
    const before = await getAction(h.graph, { werkgroepId: G.weert, taskId: 't-drie-b' });
    const text = await handOver('t-drie-b', U.anouk, U.dirk);
    expect(text).toContain(`${botText.result.handedOverTo}\nDirk`);
    expect(h.emulator.log.filter((e) => e.method === 'PATCH').length).toBe(writes);
    expect((await getAction(h.graph, { werkgroepId: G.weert, taskId: 't-drie-b' })).etag).toBe(before.etag);
  });

  it('Bram, no longer assigned to t-twee, may not hand it on', async () => {
    const text = await handOver('t-twee', U.bram, U.dirk);
    expect(text).toContain(botText.result.refusedTitle);
    expect((await trekkerEverywhere('t-twee')).tab).toBe(U.sanne);
  });
});
