// End to end over HTTP, offline: install → reference stored; a scheduler tick at a simulated time against the
// Graph emulator → the stub Bot Connector receives the right card for the right person; Klaar → Planner task done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, demoTenantSeed } from '../../dev/demo-tenant/index.ts';
import { VERBS } from '../../bot/cards/index.ts';
import { getAction, updateAction } from '../../src/graph/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { amsterdamTime, type Reminder } from '../../src/workgroups/index.ts';
import { cardAction, message, personalInstall, teamInstall } from './support/activities.ts';
import { cardOf, findExecute, startHarness, visibleText, type Harness } from './support/harness.ts';

const TODAY = '2026-11-26';
const seed = demoTenantSeed({ today: TODAY });
let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    seed,
    now: amsterdamTime(TODAY, '08:00'),
    werkgroepIds: [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen],
    mtGroupId: DEMO_GROUP_IDS.mt,
  });
});
afterAll(async () => h?.close());

const personalConv = (userId: string) => `a:personal-${userId}`;
const teamConv = (groupId: string) => `19:team-${groupId}@thread.tacv2`;
const convOf = (r: Reminder) => (r.recipient.type === 'user' ? personalConv(r.recipient.userId) : teamConv(r.recipient.werkgroepId));

describe('bot end to end', () => {
  it('stores conversation references on install in personal, team and group chat, and removes them on uninstall', async () => {
    for (const u of seed.users) {
      expect((await h.send(personalInstall({ serviceUrl: h.connectorUrl, userId: u.id }))).status).toBe(200);
    }
    for (const g of [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen]) {
      expect((await h.send(teamInstall({ serviceUrl: h.connectorUrl, userId: seed.users[0]!.id, groupId: g }))).status).toBe(200);
    }
    await h.send({ ...(await import('./support/activities.ts')).groupChatInstall({ serviceUrl: h.connectorUrl, userId: seed.users[0]!.id, chatId: '19:chat1@thread.v2' }) });
    expect((await h.store.listConversations()).length).toBe(seed.users.length + 3);
    expect(await h.store.findWerkgroepConversation(DEMO_GROUP_IDS.weert)).toMatchObject({ scope: 'team', serviceUrl: h.connectorUrl });
    expect(await h.store.getConversation('19:chat1@thread.v2')).toMatchObject({ scope: 'groupChat' });
    await h.send((await import('./support/activities.ts')).groupChatInstall({ serviceUrl: h.connectorUrl, userId: seed.users[0]!.id, chatId: '19:chat1@thread.v2', action: 'remove' }));
    expect(await h.store.getConversation('19:chat1@thread.v2')).toBeUndefined();
    // Each install got its welcome at the conversation's own serviceUrl.
    expect(h.connector.delivered().length).toBe(seed.users.length + 3);
  });

  it('a scheduler tick sends each due reminder once, as the right card, to the right conversation', async () => {
    h.connector.reset();
    const scheduler = h.scheduler();
    const plan = await scheduler.plan(h.clock.now());
    expect(plan.length).toBeGreaterThan(3);
    expect(plan.some((p) => p.reminder.kind === 'vergadering')).toBe(true);
    const report = await scheduler.runCycle();
    expect(report.sent).toBe(plan.length);
    expect(h.connector.delivered()).toHaveLength(plan.length);
    for (const { reminder } of plan) {
      const got = h.connector.byConversation(convOf(reminder));
      const texts = got.map((a) => visibleText(cardOf(a.activity)).join('\n'));
      if (reminder.kind === 'vergadering') {
        expect(texts.some((t) => t.includes(botText.vergadering.agenda) && t.includes(reminder.werkgroep.naam))).toBe(true);
      } else if (reminder.kind === 'weekoverzicht') {
        expect(texts.some((t) => t.includes(botText.weekoverzicht.title))).toBe(true);
      } else {
        expect(texts.some((t) => t.includes(reminder.actie.titel.slice(0, 40)))).toBe(true);
        const card = got.map((a) => cardOf(a.activity)).find((c) => findExecute(c, VERBS.done)?.data.actieId === reminder.actie.id);
        expect(card).toBeDefined();
      }
    }
    // A second tick at the same time sends nothing new.
    const again = await h.scheduler().runCycle(h.clock.now());
    expect(again.sent).toBe(0);
    expect(h.connector.delivered()).toHaveLength(plan.length);
  });

  it('Klaar from the trekker completes the Planner task and returns the refreshed card', async () => {
    const sent = h.connector.delivered().find((a) => findExecute(cardOf(a.activity), VERBS.done));
    expect(sent).toBeDefined();
    const exec = findExecute(cardOf(sent!.activity), VERBS.done)!;
    const { actieId, werkgroepId } = exec.data as { actieId: string; werkgroepId: string };
    const before = await getAction(h.graph, { werkgroepId, taskId: actieId });
    expect(before.status).toBe('open');
    const res = await h.send(cardAction({ serviceUrl: h.connectorUrl, userId: before.trekkerId!, verb: VERBS.done, data: exec.data }));
    expect(res.status).toBe(200);
    const body = res.body as { statusCode: number; type: string; value: unknown };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(visibleText(body.value)).toContain(botText.result.doneTitle);
    expect(findExecute(body.value, VERBS.done)).toBeUndefined();
    const after = await getAction(h.graph, { werkgroepId, taskId: actieId });
    expect(after.status).toBe('klaar');
    expect(h.emulator.log.some((e) => e.method === 'PATCH' && e.path.includes(actieId))).toBe(true);
  });

  it('someone else gets a refusal card and the task does not change', async () => {
    const sent = h.connector
      .delivered()
      .map((a) => findExecute(cardOf(a.activity), VERBS.done))
      .filter((x) => x !== undefined);
    const exec = sent.find((x) => x.data.actieId !== undefined)!;
    const { actieId, werkgroepId } = exec.data as { actieId: string; werkgroepId: string };
    const current = await getAction(h.graph, { werkgroepId, taskId: actieId });
    const mt = seed.groups.find((g) => g.id === DEMO_GROUP_IDS.mt)!.memberIds;
    const wg = seed.groups.find((g) => g.id === werkgroepId)!;
    const outsider = seed.users.find((u) => u.id !== current.trekkerId && !wg.ownerIds.includes(u.id) && !mt.includes(u.id));
    expect(outsider).toBeDefined();
    const patches = h.emulator.log.filter((e) => e.method === 'PATCH').length;
    for (const verb of [VERBS.done, VERBS.later, VERBS.handOver]) {
      const res = await h.send(cardAction({ serviceUrl: h.connectorUrl, userId: outsider!.id, verb, data: { ...exec.data, dagen: '1', naar: outsider!.id } }));
      expect(visibleText((res.body as { value: unknown }).value)).toContain(botText.result.refusedTitle);
    }
    expect(h.emulator.log.filter((e) => e.method === 'PATCH').length).toBe(patches);
    expect((await getAction(h.graph, { werkgroepId, taskId: actieId })).etag).toBe(current.etag);
    expect((await h.store.listSnoozes()).some((s) => s.actionId === actieId)).toBe(false);
  });

  it('a stale card meets a conflict: the answer says what changed and offers the new version', async () => {
    const cards = h.connector.delivered().map((a) => cardOf(a.activity));
    const candidates = cards.map((c) => findExecute(c, VERBS.handOver)).filter((x) => x !== undefined);
    let exec: (typeof candidates)[number] | undefined;
    let current: Awaited<ReturnType<typeof getAction>> | undefined;
    for (const c of candidates) {
      const a = await getAction(h.graph, { werkgroepId: String(c.data.werkgroepId), taskId: String(c.data.actieId) });
      if (a.status === 'open') {
        exec = c;
        current = a;
        break;
      }
    }
    expect(current).toBeDefined();
    const { actieId, werkgroepId } = exec!.data as { actieId: string; werkgroepId: string };
    expect(current!.status).toBe('open');
    const members = seed.groups.find((g) => g.id === werkgroepId)!.memberIds;
    const [other, target] = members.filter((m) => m !== current!.trekkerId);
    // Someone else hands the task over in Planner first.
    await updateAction(h.graph, { werkgroepId }, { base: current!, change: { trekkerId: other! } });
    const res = await h.send(cardAction({ serviceUrl: h.connectorUrl, userId: current!.trekkerId!, verb: VERBS.handOver, data: { ...exec!.data, naar: target } }));
    const card = (res.body as { value: unknown }).value;
    const text = visibleText(card).join('\n');
    // The old trekker may no longer act; the voorzitter may, and then sees the conflict.
    if (text.includes(botText.result.refusedTitle)) {
      const voorzitter = seed.groups.find((g) => g.id === werkgroepId)!.ownerIds[0]!;
      const res2 = await h.send(cardAction({ serviceUrl: h.connectorUrl, userId: voorzitter, verb: VERBS.handOver, data: { ...exec!.data, naar: target } }));
      const text2 = visibleText((res2.body as { value: unknown }).value).join('\n');
      expect(text2).toContain(botText.result.conflictTitle);
      expect(text2).toContain(botText.result.changedTrekker);
      expect(findExecute((res2.body as { value: unknown }).value, VERBS.done)).toBeDefined();
    } else {
      expect(text).toContain(botText.result.conflictTitle);
    }
    expect((await getAction(h.graph, { werkgroepId, taskId: actieId })).trekkerId).toBe(other);
  });

  it('answers the commands in personal chat', async () => {
    const user = seed.users[1]!;
    h.connector.reset();
    for (const text of ['help', 'mijn acties', 'instellingen', 'wat?']) {
      expect((await h.send(message({ serviceUrl: h.connectorUrl, userId: user.id, text }))).status).toBe(200);
    }
    const got = h.connector.byConversation(personalConv(user.id));
    expect(got).toHaveLength(4);
    const texts = got.map((a) => (a.activity.attachments ? visibleText(cardOf(a.activity)).join('\n') : String(a.activity.text)));
    expect(texts[0]).toContain(botText.help.title);
    expect(texts[1]).toContain(botText.mijnActies.title);
    expect(texts[2]).toContain(botText.instellingen.title);
    expect(texts[3]).toBe(botText.unknownCommand);
    // The deep link into the tab.
    expect(JSON.stringify(cardOf(got[0]!.activity))).toContain('https://teams.microsoft.com/l/entity/teams-app/mijn-acties');
    const res = await h.send(
      cardAction({
        serviceUrl: h.connectorUrl,
        userId: user.id,
        verb: VERBS.saveSettings,
        data: { quiet: 'on', quietStart: '17:00', quietEnd: '09:00', kind_actie: 'true', kind_vergadering: 'false', kind_weekoverzicht: 'true' },
      }),
    );
    expect(visibleText((res.body as { value: unknown }).value)).toContain(botText.instellingen.saved);
    expect(await h.store.getPreferences(user.id)).toMatchObject({ quietHours: { start: '17:00', end: '09:00' }, kinds: { vergadering: false, 'actie-bijna': true } });
  });
});
