import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { Client } from '@microsoft/teams.common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBot, createLogger, localConnectorToken } from '../../bot/index.ts';
import { VERBS } from '../../bot/cards/index.ts';
import { DeferredHttpClient, asClient } from '../../bot/deferred-http-client.ts';
import { openSqliteStore } from '../../src/store/index.ts';
import { ISSUER, startOpenId } from './support/openid.ts';
import { cardAction, post, TENANT } from './support/activities.ts';

// The axios the SDK's HTTP client is built with (its CommonJS build, the one @microsoft/teams.common requires).
const requireFromCommon = createRequire(createRequire(import.meta.url).resolve('@microsoft/teams.common'));
const axios = requireFromCommon('axios') as { create: (...args: unknown[]) => unknown };

async function echoHeaders() {
  const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise((r) => server.close(r)) };
}

afterEach(() => vi.restoreAllMocks());

describe('deferred HTTP client', () => {
  it('builds nothing until a request is made', () => {
    const make = vi.fn(() => new Client());
    const root = new DeferredHttpClient(make);
    const child = root.clone({ token: () => 't' }).clone({ baseUrl: 'http://127.0.0.1:1/v1.0' });
    expect(make).not.toHaveBeenCalled();
    expect((child as unknown as DeferredHttpClient).materialized).toBe(false);
    expect(root.materialized).toBe(false);
  });

  it('sends what the SDK client sends: headers of every clone, the token, the base URL and interceptors', async () => {
    const target = await echoHeaders();
    try {
      const interceptor = { request: ({ config }: { config: { headers: { set(k: string, v: string): void } } }) => (config.headers.set('x-seen', 'yes'), config) };
      const build = (root: Client) =>
        root
          .clone({ headers: { 'User-Agent': 'teams.ts[apps]/x' } })
          .clone({ token: () => 'bot-token' })
          .clone({ baseUrl: `${target.url}/v3`, headers: { 'User-Agent': 'graph/y', 'Content-Type': 'application/json' } });
      const real = build(new Client({ interceptors: [interceptor as never] }));
      const deferred = build(asClient(new DeferredHttpClient(() => new Client({ interceptors: [interceptor as never] }))));
      await real.post('/conversations/a/activities', { text: 'hoi' });
      await deferred.post('/conversations/a/activities', { text: 'hoi' });
      const [a, b] = target.seen;
      expect(b!.url).toBe(a!.url);
      expect(b!.body).toBe(a!.body);
      for (const h of ['authorization', 'user-agent', 'content-type', 'x-seen']) expect([h, b!.headers[h]]).toEqual([h, a!.headers[h]]);
      expect(a!.headers.authorization).toBe('Bearer bot-token');
      expect(a!.headers['user-agent']).toBe('graph/y teams.ts[apps]/x');
    } finally {
      await target.close();
    }
  });

  it('a card action through the bot builds no HTTP client at all', async () => {
    const openId = await startOpenId();
    const store = openSqliteStore({ file: join(mkdtempSync(join(tmpdir(), 'deferred-client-')), 'bot.db') });
    const refuse = () => Promise.reject(new Error('not used'));
    const bot = createBot(
      {
        store,
        workgroups: { loadAction: refuse, completeAction: refuse, handOverAction: refuse, listActionsOf: async () => [] },
        clock: { now: () => '2026-12-01T09:00:00.000Z' },
        links: { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' },
        log: createLogger({ level: 'silent' }),
      },
      {
        auth: {
          mode: 'production',
          clientId: 'bot-app-id',
          tenantId: TENANT,
          token: () => localConnectorToken('bot-app-id'),
          cloud: withOverrides(PUBLIC, { openIdMetadataUrl: openId.metadataUrl }),
        },
      },
    );
    try {
      const { url } = await bot.listen(0);
      const activity = cardAction({ serviceUrl: 'https://smba.trafficmanager.net/emea/', userId: 'u1', verb: VERBS.saveSettings, data: { quiet: 'off' } });
      const token = await openId.sign({ iss: ISSUER, aud: 'bot-app-id', serviceurl: activity.serviceUrl });
      // The first request warms the key and token caches.
      expect((await post(url, activity, token)).status).toBe(200);
      const create = vi.spyOn(axios, 'create');
      const answer = await post(url, activity, token);
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).toContain('adaptive');
      expect(await store.getPreferences('u1')).toBeDefined();
      expect(create).not.toHaveBeenCalled();
    } finally {
      await bot.close();
      await openId.close();
      await store.close();
    }
  });
});
