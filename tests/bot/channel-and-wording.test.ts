// What a pilot in Teams found in channels and group chats, and in the wording of the cards: each point is
// checked through the real bot over HTTP where it is about behaviour, and on the card where it is about text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, demoTenantSeed } from '../../dev/demo-tenant/index.ts';
import { buildActionReminderCard, buildConflictCard, buildMeetingCard, buildSettingsSavedCard, VERBS } from '../../bot/cards/index.ts';
import { commandText, parseCommand } from '../../bot/handlers/commands.ts';
import { cardForReminder } from '../../bot/scheduler/index.ts';
import { getAction, updateAction } from '../../src/graph/index.ts';
import { messageFor } from '../../src/text/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { amsterdamTime, workingDaysBetween, type Actie, type MeetingReminder } from '../../src/workgroups/index.ts';
import { BOT_ID, TENANT, cardAction, groupChatInstall, message, personalInstall, teamInstall } from './support/activities.ts';
import { cardOf, findExecute, links, startHarness, visibleText, type Harness } from './support/harness.ts';

const TODAY = '2026-11-26';
const seed = demoTenantSeed({ today: TODAY });
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ seed, now: amsterdamTime(TODAY, '08:00'), werkgroepIds: [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen], mtGroupId: DEMO_GROUP_IDS.mt });
});
afterAll(async () => h?.close());

const teamThread = (groupId: string) => `19:team-${groupId}@thread.tacv2`;
const bodyCard = (res: { body: unknown }) => (res.body as { value: unknown }).value;

/** A channel message as Teams sends it: the bot's mention in the text as <at>…</at>, with its entity. */
function channelMessage(o: { userId: string; groupId: string; text: string; mention?: string }) {
  const base = message({ serviceUrl: h.connectorUrl, userId: o.userId, text: o.text });
  const thread = teamThread(o.groupId);
  return {
    ...base,
    conversation: { id: `${thread};messageid=1`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: thread, aadGroupId: o.groupId }, channel: { id: thread } },
    entities: [{ type: 'mention', text: o.mention ?? '<at>Participatie</at>', mentioned: { id: BOT_ID, name: 'Participatie' } }],
  };
}

describe('commands in channels and group chats', () => {
  it.each([
    ['<at>Participatie</at> help', 'help'],
    ['<at>Participatie</at>&nbsp;Help', 'help'],
    ['  <at>Participatie</at>\u00a0 MIJN   acties. ', 'mijn acties'],
    ['<p><at>Participatie</at> instellingen</p>', 'instellingen'],
    ['help', 'help'],
    // Someone else's mention stays (as plain words): it is not the bot being addressed.
    ['<at>Jan</at> help', 'jan help'],
  ])('normalises %j to %j', (text, want) => {
    const entities = [{ type: 'mention', text: '<at>Participatie</at>', mentioned: { id: BOT_ID } }];
    expect(commandText({ text, recipient: { id: BOT_ID }, entities })).toBe(want);
  });

  it('a mention of someone else is not a command; the bot mention without its entity still is', () => {
    expect(parseCommand({ text: '<at>Jan</at> help', recipient: { id: BOT_ID }, entities: [{ type: 'mention', text: '<at>Jan</at>', mentioned: { id: '29:jan' } }] })).toBeUndefined();
    expect(parseCommand({ text: '<at>Participatie</at> help', recipient: { id: BOT_ID } })).toBe('help');
  });

  it('@Participatie help in a channel gets the help card, not "Dat begrijp ik niet"', async () => {
    h.connector.reset();
    const user = seed.users[0]!;
    const res = await h.send(channelMessage({ userId: user.id, groupId: DEMO_GROUP_IDS.weert, text: '<at>Participatie</at>&nbsp;help' }));
    expect(res.status).toBe(200);
    const got = await h.connector.waitFor((a) => a.conversationId.startsWith(teamThread(DEMO_GROUP_IDS.weert)));
    expect(got.activity.text).not.toBe(botText.unknownCommand);
    expect(visibleText(cardOf(got.activity))).toContain(botText.help.title);
  });

  it('personal commands in a channel are pointed to the personal chat', async () => {
    h.connector.reset();
    await h.send(channelMessage({ userId: seed.users[0]!.id, groupId: DEMO_GROUP_IDS.weert, text: '<at>Participatie</at> mijn acties' }));
    const got = await h.connector.waitFor(() => true);
    expect(got.activity.text).toBe(botText.personalOnly);
  });

  it('the group-chat welcome does not promise meeting messages; the team welcome does', async () => {
    h.connector.reset();
    await h.send(groupChatInstall({ serviceUrl: h.connectorUrl, userId: seed.users[0]!.id, chatId: '19:groep@thread.v2' }));
    await h.send(teamInstall({ serviceUrl: h.connectorUrl, userId: seed.users[0]!.id, groupId: DEMO_GROUP_IDS.bergen }));
    const group = await h.connector.waitFor((a) => a.conversationId === '19:groep@thread.v2');
    const team = await h.connector.waitFor((a) => a.conversationId === teamThread(DEMO_GROUP_IDS.bergen));
    expect(group.activity.text).toBe(botText.welcome.groupChat);
    expect(String(group.activity.text)).not.toMatch(/bericht voor elke vergadering/);
    expect(team.activity.text).toBe(botText.welcome.team);
  });

  it('someone in no werkgroep is told so, not "Goed bezig!"', async () => {
    h.connector.reset();
    const outsider = '0f0f0f0f-0000-4000-8000-000000000001';
    await h.send(personalInstall({ serviceUrl: h.connectorUrl, userId: outsider }));
    await h.send(message({ serviceUrl: h.connectorUrl, userId: outsider, text: 'mijn acties' }));
    const got = await h.connector.waitFor((a) => a.activity.text === botText.mijnActies.noWerkgroep || Boolean(a.activity.attachments), 5000);
    expect(got.activity.text).toBe(botText.mijnActies.noWerkgroep);
    expect(JSON.stringify(got.activity)).not.toContain('Goed bezig');
  });
});

const actie = (dueDate: string): Actie => ({ id: 't1', werkgroepId: 'g1', titel: 'Verslag schrijven', trekkerId: 'u1', dueDate, status: 'open', etag: 'W/"1"' });

describe('due phrases follow working days', () => {
  it.each([
    // Friday → Monday: one working day, but not "morgen".
    ['2026-12-04', '2026-12-07', 'maandag 7 december'],
    // Christmas: Thursday 24 → Monday 28 December.
    ['2026-12-24', '2026-12-28', 'maandag 28 december'],
  ])('an action due on the next working day after %s (%s) names the day', (today, due, day) => {
    expect(workingDaysBetween(today, due)).toBe(1);
    const card = buildActionReminderCard(
      { kind: 'actie-bijna', actie: actie(due), werkgroep: { id: 'g1', naam: 'W' }, workingDaysLeft: 1, daysOverdue: 0, handOverCandidates: [], today },
      links,
    );
    const title = visibleText(card)[0]!;
    expect(title).not.toMatch(/morgen/i);
    expect(title).toBe(botText.actie.dueNextWorkingDay(day));
  });

  it('"morgen" stays for tomorrow', () => {
    const card = buildActionReminderCard(
      { kind: 'actie-bijna', actie: actie('2026-12-03'), werkgroep: { id: 'g1', naam: 'W' }, workingDaysLeft: 1, daysOverdue: 0, handOverCandidates: [], today: '2026-12-02' },
      links,
    );
    expect(visibleText(card)[0]).toBe(botText.actie.dueSoon(1));
  });

  it('a meeting on Monday, reminded on Friday, is not "morgen"', () => {
    const meeting: MeetingReminder = {
      key: 'k',
      kind: 'vergadering',
      recipient: { type: 'werkgroep', werkgroepId: 'g1' },
      werkgroep: { id: 'g1', naam: 'W' },
      vergadering: { id: 'ev1', werkgroepId: 'g1', subject: 'Overleg', start: '2026-12-07T13:00:00Z', end: '2026-12-07T14:00:00Z' },
      date: '2026-12-07',
      workingDaysUntil: 1,
      agenda: [],
      openActionsByOwner: [],
    };
    expect(visibleText(buildMeetingCard(meeting, links, '2026-12-04'))[0]).toBe(botText.vergadering.titleNextWorkingDay('maandag 7 december'));
    // Through the scheduler's card builder, which passes the cycle's time.
    const out = cardForReminder(meeting, links, amsterdamTime('2026-12-04', '09:00'));
    expect(visibleText(out.card)[0]).not.toMatch(/morgen/i);
  });
});

describe('cards and settings', () => {
  it('the Later and Overdragen choices have a label and an error message', () => {
    const card = buildActionReminderCard(
      {
        kind: 'actie-bijna',
        actie: actie('2026-12-10'),
        werkgroep: { id: 'g1', naam: 'W' },
        workingDaysLeft: 3,
        daysOverdue: 0,
        handOverCandidates: [{ id: 'u2', displayName: 'Piet' }],
      },
      links,
    );
    const inputs: Record<string, unknown>[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (!n || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if (o.type === 'Input.ChoiceSet') inputs.push(o);
      Object.values(o).forEach(walk);
    };
    walk(JSON.parse(JSON.stringify(card)));
    const byId = Object.fromEntries(inputs.map((i) => [i.id, i]));
    expect(byId.dagen).toMatchObject({ isRequired: true, label: botText.actie.laterHint, errorMessage: botText.actie.laterRequired });
    expect(byId.naar).toMatchObject({ isRequired: true, label: botText.actie.handOverHint, errorMessage: botText.actie.handOverRequired });
  });

  it('"(voor MT-leden)" keeps MT in capitals in the saved-settings card', () => {
    const text = visibleText(buildSettingsSavedCard({ enabled: { actie: true, vergadering: false, weekoverzicht: true } })).join('\n');
    expect(text).toContain('(voor MT-leden)');
    expect(text).not.toContain('mt-leden');
  });

  it('equal quiet-hours start and end keeps the form and says plainly what is wrong', async () => {
    const user = seed.users[2]!;
    const res = await h.send(
      cardAction({ serviceUrl: h.connectorUrl, userId: user.id, verb: VERBS.saveSettings, data: { quiet: 'on', quietStart: '09:00', quietEnd: '09:00', kind_actie: 'true', kind_vergadering: 'true', kind_weekoverzicht: 'true' } }),
    );
    const card = bodyCard(res);
    const json = JSON.stringify(card);
    expect(visibleText(card)).toContain(messageFor('BOT.QUIET_HOURS_EQUAL'));
    expect(visibleText(card).join('\n')).not.toContain(messageFor('BOT.INVALID_TIME'));
    // The form is still there, with what the user entered, and can be saved again.
    expect(json).toContain('"id":"quietStart"');
    expect(json).toContain('"value":"09:00"');
    expect(findExecute(card, VERBS.saveSettings)).toBeDefined();
    expect(await h.store.getPreferences(user.id)).toBeUndefined();
  });

  it('every proactive reminder carries a Dutch summary for the chat list and notifications', async () => {
    for (const u of seed.users) await h.send(personalInstall({ serviceUrl: h.connectorUrl, userId: u.id }));
    for (const g of [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen]) await h.send(teamInstall({ serviceUrl: h.connectorUrl, userId: seed.users[0]!.id, groupId: g }));
    h.connector.reset();
    const report = await h.scheduler().runCycle();
    expect(report.sent).toBeGreaterThan(2);
    const sent = h.connector.delivered();
    expect(sent).toHaveLength(report.sent);
    for (const a of sent) {
      const summary = a.activity.summary;
      expect(typeof summary).toBe('string');
      expect(String(summary).length).toBeGreaterThan(5);
      expect(String(summary).length).toBeLessThanOrEqual(80);
      expect(summary).not.toMatch(/send a card/i);
    }
    expect(sent.some((a) => String(a.activity.summary).startsWith('Vergadering van '))).toBe(true);
  });

  it('the summary of a hostile title is plain, one line and short', () => {
    const titel = `\u202Egnp.exe\u0000 <at>Iedereen</at>\n${'x'.repeat(500)}`;
    const out = cardForReminder(
      {
        key: 'k',
        kind: 'actie-verlopen',
        recipient: { type: 'user', userId: 'u1' },
        actie: { ...actie('2026-11-20'), titel },
        dueDate: '2026-11-20',
        werkgroep: { id: 'g1', naam: 'W' },
        workingDaysLeft: -4,
        daysOverdue: 6,
        handOverCandidates: [],
      },
      links,
      amsterdamTime('2026-11-26', '08:00'),
    );
    expect(out.preview!.length).toBeLessThanOrEqual(80);
    expect(out.preview).toMatch(/^Te laat: /);
    // eslint-disable-next-line no-control-regex
    expect(out.preview).not.toMatch(/[\u0000-\u001f\u202a-\u202e\n]/);
    expect(out.summary).toBe(botText.dryRun.kind['actie-verlopen']);
  });

  it('when Klaar went through but someone had changed the action too, the card says the change was applied', async () => {
    const sent = h.connector.delivered().map((a) => findExecute(cardOf(a.activity), VERBS.done)).filter((x) => x !== undefined);
    expect(sent.length).toBeGreaterThan(0);
    let done = false;
    for (const exec of sent) {
      const { actieId, werkgroepId } = exec.data as { actieId: string; werkgroepId: string };
      const current = await getAction(h.graph, { werkgroepId, taskId: actieId });
      if (current.status !== 'open' || !current.trekkerId) continue;
      // Someone renames the task in Planner; the card the trekker clicks still shows the old title.
      await updateAction(h.graph, { werkgroepId }, { base: current, change: { titel: `${current.titel} (bijgewerkt)` } });
      const data = { ...exec.data };
      delete (data as { etag?: string }).etag;
      const res = await h.send(cardAction({ serviceUrl: h.connectorUrl, userId: current.trekkerId, verb: VERBS.done, data }));
      const text = visibleText(bodyCard(res)).join('\n');
      if (!text.includes(botText.result.doneTitle)) continue;
      expect((await getAction(h.graph, { werkgroepId, taskId: actieId })).status).toBe('klaar');
      expect(text).toContain(botText.result.appliedWithChangesIntro);
      expect(text).not.toContain(botText.result.conflictIntro);
      done = true;
      break;
    }
    expect(done).toBe(true);
  });

  it('the conflict card keeps "kijk of je wijziging nog nodig is" only when nothing was applied', () => {
    const base = actie('2026-12-10');
    const text = (applied: boolean) => visibleText(buildConflictCard([{ field: 'titel', before: 'a', after: 'b' }], buildSettingsSavedCard({ enabled: { actie: true, vergadering: true, weekoverzicht: true } }), { applied })).join('\n');
    expect(text(false)).toContain(botText.result.conflictIntro);
    expect(text(true)).not.toContain(botText.result.conflictIntro);
    expect(base.status).toBe('open');
  });
});
