// Traject follow-through over HTTP, offline: the demo tenant's register in the Graph emulator, the bot in
// production mode behind the stub Bot Connector. A scheduler cycle on the right day sends the opsteller the
// right card once; "Terugkoppeling gedaan" by the opsteller marks the register, by someone else is refused;
// the evaluation answers land on the traject.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBotConnector, type BotConnector } from '../../dev/bot-connector/index.ts';
import { DEMO_GROUP_IDS, DEMO_PARTICIPATION_SITE_ID, demoTenantSeed, demoUserId } from '../../dev/demo-tenant/index.ts';
import { buildEmulator, type Emulator } from '../../dev/graph-emulator/index.ts';
import { createBot, createGraphWorkgroupService, createLogger, createScheduler, localConnectorToken, type Bot } from '../../bot/index.ts';
import { VERBS } from '../../bot/cards/index.ts';
import { createGraphReminderSource, createGraphTrajectService, type TrajectService } from '../../bot/scheduler/index.ts';
import { createDevTokenProvider, createGraphClient, createTrustingDispatcher, findTrajectByDocument, updateTraject, type GraphClient } from '../../src/graph/index.ts';
import { openSqliteStore, type BotStore } from '../../src/store/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { cardAction, personalInstall, post } from './support/activities.ts';
import { ISSUER, startOpenId, type LocalOpenId } from './support/openid.ts';
import { cardOf, findExecute, visibleText } from './support/harness.ts';

// A Wednesday. The demo places: Verhoeven's terugkoppeling three working days ago (overdue), Geelen's in four
// working days, Hendrikx's planned period from Friday, Zwart's completed traject waiting for its evaluation.
const TODAY = '2026-12-02';
const APP_ID = 'bot-app-id';
const links = { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' };
const seed = demoTenantSeed({ today: TODAY });
const u = demoUserId;
const conv = (userId: string) => `a:personal-${userId}`;
const t = botText.traject;

let current = amsterdamTime(TODAY, '07:30');
const clock = { now: () => current };
let emulator: Emulator;
let graph: GraphClient;
let connector: BotConnector;
let connectorUrl: string;
let openId: LocalOpenId;
let store: BotStore;
let bot: Bot;
let botUrl: string;
/** Runs once before the bot's next write: a change someone else makes between the bot's read and its write. */
let beforeNextWrite: (() => Promise<void>) | undefined;

function racing(service: TrajectService): TrajectService {
  return {
    ...service,
    async update(traject, patch) {
      const race = beforeNextWrite;
      beforeNextWrite = undefined;
      await race?.();
      return service.update(traject, patch);
    },
  };
}

async function send(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
  return post(botUrl, activity, await openId.sign({ iss: ISSUER, aud: APP_ID, serviceurl: activity.serviceUrl }));
}

beforeAll(async () => {
  emulator = buildEmulator({ seed, now: () => new Date(current) });
  const { url } = await emulator.listen(0, '127.0.0.1');
  graph = createGraphClient({
    tokenProvider: createDevTokenProvider(() => emulator.issueDevToken()),
    baseUrl: `${url.replace(/\/$/, '')}/`,
    dispatcher: await createTrustingDispatcher(emulator.ca),
    retry: { maxRetries: 0 },
  });
  connector = buildBotConnector({ requireAuth: true });
  connectorUrl = (await connector.listen()).url;
  openId = await startOpenId();
  store = openSqliteStore({ file: join(mkdtempSync(join(tmpdir(), 'bot-trajecten-')), 'bot.db') });
  const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const werkgroepIds = async () => [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen];
  bot = createBot(
    {
      store,
      workgroups: createGraphWorkgroupService(graph, { werkgroepIds, mtGroupId: DEMO_GROUP_IDS.mt }),
      trajecten: racing(createGraphTrajectService(graph, DEMO_PARTICIPATION_SITE_ID)),
      clock,
      links,
      log,
    },
    {
      auth: { mode: 'production', clientId: APP_ID, tenantId: 'tenant-1', token: () => localConnectorToken(APP_ID), cloud: withOverrides(PUBLIC, { openIdMetadataUrl: openId.metadataUrl }) },
    },
  );
  botUrl = (await bot.listen(0)).url;
  for (const key of ['verhoeven', 'geelen', 'hendrikx', 'zwart', 'coenen']) await send(personalInstall({ serviceUrl: connectorUrl, userId: u(key) }));
  connector.reset();
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
  await openId?.close();
  await emulator?.close();
  await store?.close();
});

// Only traject follow-ups here: the werkgroep reminders are tested elsewhere, so the source reads no werkgroep.
const scheduler = () =>
  createScheduler({
    store,
    sender: bot.sender,
    source: createGraphReminderSource(graph, { werkgroepIds: async () => [] }),
    trajecten: createGraphTrajectService(graph, DEMO_PARTICIPATION_SITE_ID),
    links,
    log: createLogger({ level: 'silent' }),
    clock,
  });
const cardsTo = (key: string) => connector.byConversation(conv(u(key))).map((a) => cardOf(a.activity));
const texts = (card: Record<string, unknown>) => visibleText(card).join('\n');
const traject = async (key: string) => (await findTrajectByDocument(graph, DEMO_PARTICIPATION_SITE_ID, seed.sites!.find((s) => s.id === DEMO_PARTICIPATION_SITE_ID)!.lists![0]!.items!.map((i) => i.fields).find((f) => f.OpstellerId === u(key))!.DocumentId as string))!;

describe('traject follow-through by the bot', () => {
  it('sends nothing before the sending hours, then each opsteller the card that is due, once', async () => {
    expect((await scheduler().runCycle()).sent).toBe(0);
    current = amsterdamTime(TODAY, '08:05');
    const report = await scheduler().runCycle();
    expect(report.sent).toBe(3);
    const [overdue] = cardsTo('verhoeven');
    expect(texts(overdue!)).toContain(t.verlopenTitle);
    expect(texts(overdue!)).toContain('het nieuwe speelruimteplan');
    expect(findExecute(overdue!, VERBS.trajectDone)?.title).toBe(t.done);
    expect(texts(cardsTo('geelen')[0]!)).toContain(t.binnenkortTitle(4));
    expect(texts(cardsTo('zwart')[0]!)).toContain(t.evaluatieTitle);
    // Nothing for the planned traject yet: its period starts on Friday.
    expect(cardsTo('hendrikx')).toEqual([]);
    // A second cycle the same day sends nothing again (ledger keys).
    current = amsterdamTime(TODAY, '11:00');
    expect((await scheduler().runCycle()).sent).toBe(0);
    expect(connector.delivered()).toHaveLength(3);
  });

  it('asks the opsteller to update the document on the day the planned period starts, not the day before', async () => {
    current = amsterdamTime('2026-12-03', '09:00');
    await scheduler().runCycle();
    expect(cardsTo('hendrikx')).toEqual([]);
    current = amsterdamTime('2026-12-04', '09:00');
    await scheduler().runCycle();
    const [started] = cardsTo('hendrikx');
    expect(texts(started!)).toContain(t.periodeTitle);
    expect(visibleText(started!)).toContain(t.openDocument);
    expect(JSON.stringify(started)).toContain('https://demogemeenten.sharepoint.com/sites/bestuur/');
  });

  it('refuses "Terugkoppeling gedaan" from someone who is not the opsteller, and changes nothing', async () => {
    const before = await traject('geelen');
    const data = findExecute(cardsTo('geelen')[0]!, VERBS.trajectDone)!.data;
    const res = await send(cardAction({ serviceUrl: connectorUrl, userId: u('coenen'), verb: VERBS.trajectDone, data }));
    expect(res.status).toBe(200);
    expect(texts((res.body as { value: Record<string, unknown> }).value)).toContain(t.refusedTitle);
    expect(await traject('geelen')).toEqual(before);
  });

  it('marks the terugkoppeling done when the opsteller clicks, once, and then asks the evaluation', async () => {
    const data = findExecute(cardsTo('verhoeven')[0]!, VERBS.trajectDone)!.data;
    const res = await send(cardAction({ serviceUrl: connectorUrl, userId: u('verhoeven'), verb: VERBS.trajectDone, data }));
    expect(texts((res.body as { value: Record<string, unknown> }).value)).toContain(t.doneTitle);
    expect(await traject('verhoeven')).toMatchObject({ terugkoppelingGedaan: true });
    const again = await send(cardAction({ serviceUrl: connectorUrl, userId: u('verhoeven'), verb: VERBS.trajectDone, data }));
    expect(texts((again.body as { value: Record<string, unknown> }).value)).toContain(t.alreadyDone);
    // Done: the next cycle stops the terugkoppeling reminders and asks the evaluation instead.
    current = amsterdamTime('2026-12-07', '09:00');
    connector.reset();
    await scheduler().runCycle();
    const cards = cardsTo('verhoeven');
    expect(cards.map((c) => (texts(c).includes(t.evaluatieTitle) ? 'evaluatie' : 'other'))).toEqual(['evaluatie']);
  });

  it('stores the evaluation on the traject, user text cleaned, and only from the opsteller', async () => {
    const form = findExecute(cardsTo('verhoeven')[0]!, VERBS.trajectEvaluation)!;
    const answers = { ...form.data, gehoord: 'deels', anders: 'Eerder een datum noemen\u202E <b>en</b>\nde wijkkrant gebruiken' };
    const refused = await send(cardAction({ serviceUrl: connectorUrl, userId: u('zwart'), verb: VERBS.trajectEvaluation, data: answers }));
    expect(texts((refused.body as { value: Record<string, unknown> }).value)).toContain(t.refusedTitle);
    expect((await traject('verhoeven')).evaluatieGehoord).toBeUndefined();
    const res = await send(cardAction({ serviceUrl: connectorUrl, userId: u('verhoeven'), verb: VERBS.trajectEvaluation, data: answers }));
    expect(texts((res.body as { value: Record<string, unknown> }).value)).toContain(t.evaluatieSavedTitle);
    expect(await traject('verhoeven')).toMatchObject({ evaluatieGehoord: 'deels', evaluatieAndersDoen: 'Eerder een datum noemen <b>en</b> de wijkkrant gebruiken' });
    // Asked once: no second evaluation card.
    current = amsterdamTime('2026-12-08', '09:00');
    connector.reset();
    await scheduler().runCycle();
    expect(cardsTo('verhoeven')).toEqual([]);
  });

  it('turns away an evaluation without an answer to the first question', async () => {
    const form = findExecute(cardsTo('zwart').at(-1) ?? {}, VERBS.trajectEvaluation);
    const data = form?.data ?? { documentId: (await traject('zwart')).documentId };
    const res = await send(cardAction({ serviceUrl: connectorUrl, userId: u('zwart'), verb: VERBS.trajectEvaluation, data: { ...data, gehoord: 'misschien' } }));
    expect(texts((res.body as { value: Record<string, unknown> }).value)).not.toContain(t.evaluatieSavedTitle);
    expect((await traject('zwart')).evaluatieGehoord).toBeUndefined();
  });

  it('writes with the ETag it just read: a change in between (412) is read again and the click still counts, nothing of it lost', async () => {
    const before = await traject('geelen');
    const data = findExecute(cardsTo('geelen')[0] ?? {}, VERBS.trajectDone)?.data ?? { documentId: before.documentId };
    let writes = 0;
    beforeNextWrite = async () => {
      writes++;
      // The opsteller saves the paragraph again in Word just now: the register item gets a new ETag.
      await updateTraject(graph, DEMO_PARTICIPATION_SITE_ID, before.itemId, before.etag, { terugkoppelingKanaal: 'Bewonersbrief en website' });
    };
    const res = await send(cardAction({ serviceUrl: connectorUrl, userId: u('geelen'), verb: VERBS.trajectDone, data }));
    expect(writes).toBe(1);
    expect(texts((res.body as { value: Record<string, unknown> }).value)).toContain(t.doneTitle);
    expect(await traject('geelen')).toMatchObject({ terugkoppelingGedaan: true, terugkoppelingKanaal: 'Bewonersbrief en website' });
  });
});
