// Production auth: every inbound request needs a valid Bot Framework token; anything else is 401 and changes nothing.
import { spawn } from 'node:child_process';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBotConnector, type BotConnector } from '../../dev/bot-connector/index.ts';
import { createBot, createLogger, localConnectorToken, type Bot, type WorkgroupService } from '../../bot/index.ts';
import { openSqliteStore, type BotStore } from '../../src/store/index.ts';
import { AppError } from '../../src/text/index.ts';
import { ISSUER, startOpenId, type LocalOpenId } from './support/openid.ts';
import { personalInstall, post } from './support/activities.ts';

const APP_ID = 'bot-app-id';
const links = { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' };
const noGraph: WorkgroupService = {
  loadAction: () => Promise.reject(new AppError('GRAPH.UNAVAILABLE')),
  completeAction: () => Promise.reject(new AppError('GRAPH.UNAVAILABLE')),
  handOverAction: () => Promise.reject(new AppError('GRAPH.UNAVAILABLE')),
  listActionsOf: () => Promise.resolve([]),
};

let openId: LocalOpenId;
let connector: BotConnector;
let connectorUrl: string;
let bot: Bot;
let url: string;
let store: BotStore;

beforeAll(async () => {
  openId = await startOpenId();
  connector = buildBotConnector({ requireAuth: true });
  connectorUrl = (await connector.listen()).url;
  store = openSqliteStore({ file: ':memory:' });
  bot = createBot(
    { store, workgroups: noGraph, clock: { now: () => new Date().toISOString() }, links, log: createLogger({ level: 'silent' }) },
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
  url = (await bot.listen(0)).url;
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
  await openId?.close();
  await store?.close();
});

const claims = (over: Record<string, unknown> = {}) => ({ iss: ISSUER, aud: APP_ID, serviceurl: connectorUrl, appid: 'bf-service', ...over });

describe('bot authentication (production)', () => {
  it('accepts a valid Bot Framework token and stores the conversation', async () => {
    const res = await post(url, personalInstall({ serviceUrl: connectorUrl, userId: 'u-valid' }), await openId.sign(claims()));
    expect(res.status).toBe(200);
    expect(await store.findPersonalConversation('u-valid')).toMatchObject({ serviceUrl: connectorUrl, scope: 'personal' });
    // The welcome went out with the outbound token, to the serviceUrl of the activity.
    const sent = await connector.waitFor((a) => a.conversationId === 'a:personal-u-valid');
    expect(sent.authorization).toBe(`Bearer ${localConnectorToken(APP_ID)}`);
  });

  it('a token accepted once is still refused for another serviceUrl', async () => {
    const token = await openId.sign(claims());
    expect((await post(url, personalInstall({ serviceUrl: connectorUrl, userId: 'u-again' }), token)).status).toBe(200);
    expect((await post(url, personalInstall({ serviceUrl: connectorUrl, userId: 'u-again' }), token)).status).toBe(200);
    const moved = personalInstall({ serviceUrl: 'https://smba.evil.example.com/teams/', userId: 'u-moved' });
    expect((await post(url, moved, token)).status).toBe(401);
    expect(await store.findPersonalConversation('u-moved')).toBeUndefined();
  });

  const rejected: [string, () => Promise<string | undefined>][] = [
    ['missing', async () => undefined],
    ['garbage', async () => 'not-a-jwt'],
    ['wrong audience', () => openId.sign(claims({ aud: 'some-other-bot' }))],
    ['wrong issuer', () => openId.sign(claims({ iss: 'https://evil.example.com' }))],
    ['wrong serviceurl', () => openId.sign(claims({ serviceurl: 'https://smba.evil.example.com/teams/' }))],
    ['expired', () => openId.sign(claims(), { expiresInSeconds: -600 })],
    ['signed by an unknown key', () => openId.sign(claims(), { key: 'stranger' })],
    ['unknown key id', () => openId.sign(claims(), { kid: 'nope' })],
  ];

  for (const [name, token] of rejected) {
    it(`answers 401 for a ${name} token and stores nothing`, async () => {
      const userId = `u-${name.replace(/\W/g, '-')}`;
      const res = await post(url, personalInstall({ serviceUrl: connectorUrl, userId }), await token());
      expect(res.status).toBe(401);
      expect(await store.findPersonalConversation(userId)).toBeUndefined();
      expect(connector.byConversation(`a:personal-${userId}`)).toHaveLength(0);
    });
  }

  it('answers 401 for an unsigned (alg none) token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ ...claims(), exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
    const res = await post(url, personalInstall({ serviceUrl: connectorUrl, userId: 'u-none' }), `${header}.${body}.`);
    expect(res.status).toBe(401);
    expect(await store.findPersonalConversation('u-none')).toBeUndefined();
  });
});

describe('production start-up', () => {
  it('refuses to build the bot without credentials and names what is missing', () => {
    const deps = { store, workgroups: noGraph, clock: { now: () => '' }, links, log: createLogger({ level: 'silent' }) };
    try {
      createBot(deps, { auth: { mode: 'production' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'BOT.CREDENTIALS_MISSING', details: { names: 'CLIENT_ID, TENANT_ID, CLIENT_SECRET' } });
    }
    expect(() => createBot(deps, { auth: { mode: 'production', clientId: 'x', tenantId: 't' } })).toThrow(AppError);
  });

  it('npm run bot exits with a Dutch message when credentials are missing', async () => {
    const env = { ...process.env, BOT_MODE: '', CLIENT_ID: '', CLIENT_SECRET: '', TENANT_ID: '', MANAGED_IDENTITY_CLIENT_ID: '', PORT: '0' };
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('De bot kan niet starten');
    expect(result.stderr).toContain('CLIENT_ID');
  }, 30_000);
});
