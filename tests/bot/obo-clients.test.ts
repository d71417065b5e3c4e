// POST /api/auth/obo: only the Teams, Microsoft 365, Outlook and Office clients Microsoft documents (and our
// own tab app) may exchange; tokens without exp are refused; each user gets a limited number of exchanges
// per window, then 429 with Retry-After and a Dutch message.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_CLIENT_APPS, createOboRoute, type OboExchange } from '../../bot/obo.ts';
import { createLogger } from '../../bot/index.ts';
import { messageFor } from '../../src/text/index.ts';

const TENANT = '11111111-1111-1111-1111-111111111111';
const TAB = '33333333-3333-3333-3333-333333333333';
const BASE = 'https://participatie.weert.nl';
const TEAMS_WEB = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';

let key: Awaited<ReturnType<typeof generateKeyPair>>;
let jwks: ReturnType<typeof createLocalJWKSet>;
const servers: Server[] = [];

beforeAll(async () => {
  key = await generateKeyPair('RS256', { extractable: true });
  jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(key.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] });
});
afterAll(async () => {
  for (const s of servers) await new Promise<void>((resolve) => (s.close(() => resolve()), s.closeAllConnections()));
});

async function sign(over: JWTPayload = {}, options: { exp?: boolean } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: `api://participatie.weert.nl/${TAB}`,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    tid: TENANT,
    scp: 'access_as_user',
    ver: '2.0',
    oid: 'aaaaaaaa-0000-0000-0000-000000000001',
    azp: TEAMS_WEB,
    ...over,
  };
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'JWT' }).setIssuedAt(now - 10).setNotBefore(now - 10);
  if (options.exp !== false) jwt.setExpirationTime(now + 3600);
  return jwt.sign(key.privateKey);
}

async function serve(options: { rateLimit?: { max: number; windowSeconds: number }; now?: () => number } = {}) {
  const calls: string[] = [];
  const exchange: OboExchange = async ({ assertion }) => {
    calls.push(assertion);
    return { accessToken: 'graph-token', expiresOn: null };
  };
  const route = createOboRoute({ tenantId: TENANT, tabClientId: TAB, publicBaseUrl: BASE, log: createLogger({ level: 'silent' }), exchange, jwks, ...options });
  const server = createServer((req, res) => void Promise.resolve(route(req, res)).then((handled) => handled || res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/auth/obo`;
  const post = (token: string) =>
    fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ scopes: ['User.ReadBasic.All'] }) });
  return { calls, post };
}

describe('which client apps may exchange', () => {
  it('lists the Teams clients and the Office clients Microsoft documents', () => {
    for (const id of ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', TEAMS_WEB, '4765445b-32c6-49b0-83e6-1d93765276ca', 'bc59ab01-8403-45c6-8796-ac3ef710b3e3', 'ea5a67f6-b6f3-4338-b240-c655ddc3cc8e']) {
      expect(KNOWN_CLIENT_APPS[id]).toBeDefined();
    }
  });

  it.each([...Object.keys(KNOWN_CLIENT_APPS), TAB, TAB.toUpperCase()])('accepts a v2 token from %s', async (azp) => {
    const s = await serve();
    expect((await s.post(await sign({ azp }))).status).toBe(200);
    expect(s.calls).toHaveLength(1);
  });

  it('accepts a v1 token with appid from Teams', async () => {
    const s = await serve();
    const token = await sign({ ver: '1.0', iss: `https://sts.windows.net/${TENANT}/`, aud: TAB, azp: undefined, appid: '1fec8e78-bce4-4aaf-ab1b-5451cc387264' });
    expect((await s.post(token)).status).toBe(200);
  });

  it.each([
    ['another app (Azure CLI)', { azp: '04b07795-8ddb-461a-bbee-02f9e1bf7b46' }],
    ['an app of the attacker', { azp: '99999999-0000-0000-0000-000000000000' }],
    ['a v1 token from another app', { ver: '1.0', iss: `https://sts.windows.net/${TENANT}/`, aud: TAB, azp: undefined, appid: '04b07795-8ddb-461a-bbee-02f9e1bf7b46' }],
    ['no azp and no appid', { azp: undefined }],
    ['a Teams id as a prefix only', { azp: `${TEAMS_WEB}0` }],
    ['no user (no oid)', { oid: undefined }],
  ])('refuses %s with 401 and does not exchange', async (_name, over) => {
    const s = await serve();
    const res = await s.post(await sign(over));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'invalid_token' });
    expect(s.calls).toHaveLength(0);
  });

  it('refuses a token without exp, even with a good signature', async () => {
    const s = await serve();
    const res = await s.post(await sign({}, { exp: false }));
    expect(res.status).toBe(401);
    expect(s.calls).toHaveLength(0);
  });
});

describe('rate limit per user', () => {
  it('answers 429 with Retry-After and a Dutch message after the limit, per user, until the window ends', async () => {
    let now = Date.parse('2026-11-26T08:00:00Z');
    const s = await serve({ rateLimit: { max: 3, windowSeconds: 60 }, now: () => now });
    const anna = await sign({ oid: 'aaaaaaaa-0000-0000-0000-00000000000a' });
    for (let i = 0; i < 3; i++) expect((await s.post(anna)).status).toBe(200);
    now += 15_000;
    const limited = await s.post(anna);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect(limited.headers.get('cache-control')).toBe('no-store');
    expect(await limited.json()).toEqual({ error: 'rate_limited', message: messageFor('BOT.OBO_RATE_LIMITED', { seconds: 45 }) });
    expect(s.calls).toHaveLength(3);
    // Another user is not held back by Anna.
    expect((await s.post(await sign({ oid: 'bbbbbbbb-0000-0000-0000-00000000000b' }))).status).toBe(200);
    // A new window.
    now += 45_000;
    expect((await s.post(anna)).status).toBe(200);
    expect(s.calls).toHaveLength(5);
  });

  it('refused tokens do not use up anyone\'s exchanges', async () => {
    const s = await serve({ rateLimit: { max: 1, windowSeconds: 60 }, now: () => 0 });
    for (let i = 0; i < 5; i++) expect((await s.post(await sign({ azp: '04b07795-8ddb-461a-bbee-02f9e1bf7b46' }))).status).toBe(401);
    expect((await s.post(await sign())).status).toBe(200);
  });
});
