// Everything the bot talks to, offline: the Graph emulator with a seed, the stub Bot Connector, a local
// OpenID/JWKS server for Bot Framework tokens, a SQLite store, and the bot itself in production mode.
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { buildBotConnector, type BotConnector } from '../../../dev/bot-connector/index.ts';
import { buildEmulator, type Emulator, type TenantSeed } from '../../../dev/graph-emulator/index.ts';
import {
  createBot,
  createGraphWorkgroupService,
  createLogger,
  createScheduler,
  localConnectorToken,
  type Bot,
  type SchedulerOptions,
} from '../../../bot/index.ts';
import { createGraphReminderSource } from '../../../bot/scheduler/index.ts';
import { createDevTokenProvider, createGraphClient, createTrustingDispatcher, type GraphClient } from '../../../src/graph/index.ts';
import { openSqliteStore, type BotStore } from '../../../src/store/index.ts';
import { ISSUER, startOpenId, type LocalOpenId } from './openid.ts';
import { post } from './activities.ts';

export const APP_ID = 'bot-app-id';
export const links = { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' };

export interface Harness {
  emulator: Emulator;
  /** The bot's client: app-only, with the bot's application permissions. */
  graph: GraphClient;
  /** A tab user's client (delegated), for changes a test makes as that user. */
  tabGraph(userId: string): Promise<GraphClient>;
  connector: BotConnector;
  connectorUrl: string;
  store: BotStore;
  dbFile: string;
  bot: Bot;
  url: string;
  openId: LocalOpenId;
  clock: { now(): string; set(instant: string): void };
  /** Posts an activity with a valid Bot Framework token. */
  send(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  scheduler(options?: Partial<SchedulerOptions> & { store?: BotStore }): ReturnType<typeof createScheduler>;
  werkgroepIds: string[];
  mtGroupId?: string;
  close(): Promise<void>;
}

export async function startHarness(options: { seed: TenantSeed; now: string; werkgroepIds: string[]; mtGroupId?: string; graphRetries?: number }): Promise<Harness> {
  let current = options.now;
  const clock = { now: () => current, set: (i: string) => void (current = i) };
  const emulator = buildEmulator({ seed: options.seed, now: () => new Date(current) });
  const { url: graphUrl } = await emulator.listen(0, '127.0.0.1');
  const graph = createGraphClient({
    tokenProvider: createDevTokenProvider(() => emulator.issueDevToken()),
    baseUrl: `${graphUrl.replace(/\/$/, '')}/`,
    dispatcher: await createTrustingDispatcher(emulator.ca),
    retry: { maxRetries: options.graphRetries ?? 3, delaySeconds: 0, maxDelaySeconds: 0 },
    sleep: () => Promise.resolve(),
  });
  const connector = buildBotConnector({ requireAuth: true });
  const connectorUrl = (await connector.listen()).url;
  const openId = await startOpenId();
  const dbFile = join(mkdtempSync(join(tmpdir(), 'bot-harness-')), 'bot.db');
  const store = openSqliteStore({ file: dbFile });
  const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const werkgroepIds = async () => options.werkgroepIds;
  const bot = createBot(
    {
      store,
      workgroups: createGraphWorkgroupService(graph, { werkgroepIds, ...(options.mtGroupId ? { mtGroupId: options.mtGroupId } : {}) }),
      clock,
      links,
      log,
    },
    {
      auth: {
        mode: 'production',
        clientId: APP_ID,
        tenantId: 'tenant-1',
        token: () => localConnectorToken(APP_ID),
        cloud: withOverrides(PUBLIC, { openIdMetadataUrl: openId.metadataUrl }),
      },
    },
  );
  const { url } = await bot.listen(0);
  const source = createGraphReminderSource(graph, { werkgroepIds, ...(options.mtGroupId ? { mtGroupId: options.mtGroupId } : {}) });
  return {
    emulator,
    graph,
    async tabGraph(userId) {
      return createGraphClient({
        tokenProvider: createDevTokenProvider(() => emulator.issueDevToken(userId)),
        baseUrl: `${graphUrl.replace(/\/$/, '')}/`,
        dispatcher: await createTrustingDispatcher(emulator.ca),
        retry: { maxRetries: 0 },
      });
    },
    connector,
    connectorUrl,
    store,
    dbFile,
    bot,
    url,
    openId,
    clock,
    werkgroepIds: options.werkgroepIds,
    ...(options.mtGroupId ? { mtGroupId: options.mtGroupId } : {}),
    async send(activity) {
      const token = await openId.sign({ iss: ISSUER, aud: APP_ID, serviceurl: activity.serviceUrl });
      return post(url, activity, token);
    },
    scheduler(over = {}) {
      return createScheduler({ store: over.store ?? store, sender: bot.sender, source, links, log, clock, ...over });
    },
    async close() {
      await bot.close();
      await connector.close();
      await openId.close();
      await emulator.close();
      await store.close();
    },
  };
}

export { findExecute, visibleText } from '../../support/cards.ts';

/** The Adaptive Card of a recorded message activity. */
export function cardOf(activity: Record<string, unknown>): Record<string, unknown> {
  const att = (activity.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined)?.[0];
  if (!att || att.contentType !== 'application/vnd.microsoft.card.adaptive') throw new Error('no adaptive card');
  return att.content;
}

/** A Graph client whose tokens the emulator refuses, as with a wrong or expired client secret. */
export async function badCredentials(harness: Harness): Promise<GraphClient> {
  return createGraphClient({
    tokenProvider: createDevTokenProvider('not-a-token'),
    baseUrl: `https://127.0.0.1:${(harness.emulator.server.address() as AddressInfo).port}/`,
    dispatcher: await createTrustingDispatcher(harness.emulator.ca),
    retry: { maxRetries: 0, delaySeconds: 0, maxDelaySeconds: 0 },
    sleep: () => Promise.resolve(),
  });
}
