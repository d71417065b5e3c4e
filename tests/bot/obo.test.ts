// POST /api/auth/obo: Teams SSO token in, Graph token out. Tokens are signed with a local key set served
// over HTTP; the exchange is either a recorder or real msal-node talking to a local stand-in for Entra.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { SignJWT, exportJWK, generateKeyPair, type JWTPayload } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OBO_ALLOWED_SCOPES, createMsalOboExchange, createOboRoute, readOboSettings, type OboExchange, type OboExchangeRequest } from '../../bot/index.ts';

const TENANT = '11111111-1111-1111-1111-111111111111';
const OTHER_TENANT = '99999999-9999-9999-9999-999999999999';
const TAB = '33333333-3333-3333-3333-333333333333';
const BASE = 'https://participatie.weert.nl';
const V2 = `https://login.microsoftonline.com/${TENANT}/v2.0`;
const V1 = `https://sts.windows.net/${TENANT}/`;
const USER = { oid: 'aaaaaaaa-0000-0000-0000-000000000001', azp: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346' };

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let trusted: KeyPair;
let stranger: KeyPair;
let jwksServer: Server;
let jwksUrl: URL;
let deadJwksUrl: URL;
const servers: Server[] = [];
const logLines: string[] = [];
const issued: string[] = [];

function captureLog() {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  return pino({ level: 'debug', base: undefined }, sink);
}

async function sign(
  overrides: JWTPayload = {},
  options: { key?: KeyPair; kid?: string; expiresIn?: number; alg?: 'RS256' | 'HS256' } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + (options.expiresIn ?? 3600);
  const claims = { aud: `api://participatie.weert.nl/${TAB}`, iss: V2, tid: TENANT, scp: 'access_as_user', ver: '2.0', ...USER, ...overrides };
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'k1', typ: 'JWT' })
    .setIssuedAt(Math.min(now, exp - 120))
    .setNotBefore(Math.min(now, exp - 120))
    .setExpirationTime(exp);
  const token = options.alg === 'HS256' ? await jwt.sign(new TextEncoder().encode('x'.repeat(32))) : await jwt.sign((options.key ?? trusted).privateKey);
  issued.push(token);
  return token;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Serves the route like the bot's adapter does: our route first, 404 otherwise. */
async function serve(exchange: OboExchange, jwks: URL = jwksUrl): Promise<string> {
  const route = createOboRoute({ tenantId: TENANT, tabClientId: TAB, publicBaseUrl: BASE, log: captureLog(), exchange, jwks });
  return listen((req, res) => {
    void Promise.resolve(route(req, res)).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
}

function recorder(result = { accessToken: 'graph-token-from-entra', expiresOn: new Date('2026-11-23T20:00:00Z') }) {
  const calls: OboExchangeRequest[] = [];
  const exchange: OboExchange = async (request) => {
    calls.push(request);
    return result;
  };
  return { calls, exchange };
}

function post(url: string, token: string | undefined, body: unknown = { scopes: ['User.ReadBasic.All'] }) {
  return fetch(`${url}/api/auth/obo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  trusted = await generateKeyPair('RS256', { extractable: true });
  stranger = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(trusted.publicKey)), kid: 'k1', use: 'sig', alg: 'RS256' };
  jwksServer = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUrl = new URL(`http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/${TENANT}/discovery/v2.0/keys`);
  // A port that nothing listens on: Entra unreachable.
  const gone = createServer();
  await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
  deadJwksUrl = new URL(`http://127.0.0.1:${(gone.address() as AddressInfo).port}/keys`);
  await new Promise<void>((resolve) => gone.close(() => resolve()));
});

afterAll(async () => {
  for (const s of [jwksServer, ...servers]) {
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  }
  // No token, issued here or returned by the exchange, ever reaches the log.
  const text = logLines.join('');
  expect(logLines.length).toBeGreaterThan(10);
  for (const token of issued) {
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[2]);
  }
  expect(text).not.toContain('graph-token-from-entra');
  expect(text).not.toContain('eyJ');
  expect(text).toContain(USER.oid);
});

describe('POST /api/auth/obo: the SSO token', () => {
  let url: string;
  let calls: OboExchangeRequest[];
  beforeAll(async () => {
    const r = recorder();
    calls = r.calls;
    url = await serve(r.exchange);
  });
  beforeEach(() => {
    calls.length = 0;
  });

  it('answers 401 with a Bearer challenge without a token', async () => {
    const res = await post(url, undefined);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    ['garbage', async () => 'not-a-token'],
    ['three garbage parts', async () => 'abc.def.ghi'],
    ['a stranger key under our kid', () => sign({}, { key: stranger })],
    ['an unknown kid', () => sign({}, { kid: 'k-unknown' })],
    ['HS256 (symmetric)', () => sign({}, { alg: 'HS256' })],
    ['the wrong audience', () => sign({ aud: `api://elders.example/${TAB}` })],
    ['the Graph audience', () => sign({ aud: 'https://graph.microsoft.com' })],
    ['the wrong issuer', () => sign({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })],
    ['the wrong tenant', () => sign({ tid: OTHER_TENANT })],
    ['no tenant', () => sign({ tid: undefined })],
    ['expired', () => sign({}, { expiresIn: -3600 })],
    ['expired beyond the tolerance', () => sign({}, { expiresIn: -120 })],
    ['no access_as_user', () => sign({ scp: 'User.Read' })],
    ['access_as_user only as a prefix', () => sign({ scp: 'access_as_user_x' })],
    ['an app-only token (roles, no scp)', () => sign({ scp: undefined, roles: ['access_as_user'] })],
  ])('answers 401 for %s and does not exchange', async (_name, make) => {
    const res = await post(url, await make());
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: 'invalid_token' });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['v2.0 issuer, Application ID URI audience', {}],
    ['v1 issuer, client id audience', { iss: V1, aud: TAB, ver: '1.0', azp: undefined, appid: USER.azp }],
    ['tenant id in upper case', { tid: TENANT.toUpperCase() }],
    ['access_as_user among other scopes', { scp: 'User.Read access_as_user' }],
  ])('accepts %s', async (_name, overrides) => {
    const res = await post(url, await sign(overrides));
    expect(res.status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('answers 503 when the signing keys cannot be fetched', async () => {
    const r = recorder();
    const offline = await serve(r.exchange, deadJwksUrl);
    const res = await post(offline, await sign());
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(r.calls).toHaveLength(0);
  });
});

describe('POST /api/auth/obo: the body', () => {
  let url: string;
  let calls: OboExchangeRequest[];
  beforeAll(async () => {
    const r = recorder();
    calls = r.calls;
    url = await serve(r.exchange);
  });
  beforeEach(() => {
    calls.length = 0;
  });

  it('passes the SSO token as assertion and the Graph scopes, and answers the token with its expiry', async () => {
    const token = await sign();
    const res = await post(url, token, { scopes: ['User.ReadBasic.All', 'https://graph.microsoft.com/Tasks.ReadWrite', 'sites.manage.all', 'User.ReadBasic.All'] });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ accessToken: 'graph-token-from-entra', expiresOn: '2026-11-23T20:00:00.000Z' });
    expect(calls).toEqual([
      {
        assertion: token,
        scopes: ['https://graph.microsoft.com/User.ReadBasic.All', 'https://graph.microsoft.com/Tasks.ReadWrite', 'https://graph.microsoft.com/Sites.Manage.All'],
      },
    ]);
  });

  it('accepts every scope the tab asks for', async () => {
    const tabScopes = ['User.ReadBasic.All', 'GroupMember.Read.All', 'Group.ReadWrite.All', 'Calendars.ReadWrite', 'Tasks.ReadWrite', 'Sites.Manage.All'];
    const res = await post(url, await sign(), { scopes: tabScopes.map((s) => `https://graph.microsoft.com/${s}`) });
    expect(res.status).toBe(200);
  });

  it.each([
    ['invalid JSON', '{scopes:'],
    ['no scopes', {}],
    ['scopes not a list', { scopes: 'User.Read' }],
    ['an empty list', { scopes: [] }],
    ['a number among the scopes', { scopes: ['User.ReadBasic.All', 7] }],
    ['a scope outside the list', { scopes: ['User.ReadBasic.All', 'Mail.Read'] }],
    ['.default', { scopes: ['https://graph.microsoft.com/.default'] }],
    ['another resource', { scopes: ['https://elders.example/User.Read'] }],
    ['offline_access', { scopes: ['offline_access'] }],
    ['too many scopes', { scopes: Array.from({ length: 20 }, () => 'User.Read') }],
  ])('answers 400 for %s', async (_name, body) => {
    const res = await post(url, await sign(), body);
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(calls).toHaveLength(0);
  });

  it('checks the token before the body: a bad token with a bad body is 401', async () => {
    expect((await post(url, 'a.b.c', { scopes: ['Mail.Read'] })).status).toBe(401);
  });

  it('refuses a large body with 413 and other methods with 405', async () => {
    expect((await post(url, await sign(), { scopes: ['User.Read'], pad: 'x'.repeat(10_000) })).status).toBe(413);
    const get = await fetch(`${url}/api/auth/obo`);
    expect(get.status).toBe(405);
    expect(get.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${url}/api/auth/obo/x`, { method: 'POST' })).status).toBe(404);
  });
});

/** A stand-in for Entra's endpoints, answered through msal-node's own network hook. */
function fakeEntra(token: (body: URLSearchParams) => NetworkResponse<unknown> | Promise<NetworkResponse<unknown>>) {
  const posts: URLSearchParams[] = [];
  const host = 'https://login.microsoftonline.com';
  const client: INetworkModule = {
    async sendGetRequestAsync<T>(url: string): Promise<NetworkResponse<T>> {
      if (url.includes('openid-configuration')) {
        const body = {
          token_endpoint: `${host}/${TENANT}/oauth2/v2.0/token`,
          authorization_endpoint: `${host}/${TENANT}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${host}/${TENANT}/oauth2/v2.0/logout`,
          issuer: `${host}/${TENANT}/v2.0`,
          jwks_uri: `${host}/${TENANT}/discovery/v2.0/keys`,
        };
        return { status: 200, headers: {}, body: body as T };
      }
      if (url.includes('discovery/instance')) {
        const body = {
          tenant_discovery_endpoint: `${host}/${TENANT}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net'] }],
        };
        return { status: 200, headers: {}, body: body as T };
      }
      throw new Error(`unexpected GET ${url}`);
    },
    async sendPostRequestAsync<T>(_url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
      const body = new URLSearchParams(options?.body ?? '');
      posts.push(body);
      return (await token(body)) as NetworkResponse<T>;
    },
  };
  return { client, posts };
}

describe('POST /api/auth/obo: the exchange with msal-node', () => {
  const exchangeWith = (entra: ReturnType<typeof fakeEntra>) =>
    createMsalOboExchange({ tenantId: TENANT, clientId: TAB, clientSecret: 'tab-secret', networkClient: entra.client });

  it('sends an on-behalf-of grant with the assertion and answers the Graph token', async () => {
    const entra = fakeEntra(() => ({
      status: 200,
      headers: {},
      body: { token_type: 'Bearer', scope: 'https://graph.microsoft.com/User.Read', expires_in: 3600, ext_expires_in: 3600, access_token: 'graph-token-from-entra' },
    }));
    const url = await serve(exchangeWith(entra));
    const token = await sign();
    const res = await post(url, token);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { accessToken: string; expiresOn: string };
    expect(body.accessToken).toBe('graph-token-from-entra');
    expect(Date.parse(body.expiresOn) - Date.now()).toBeGreaterThan(3000 * 1000);
    const grant = entra.posts.at(-1)!;
    expect(grant.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(grant.get('requested_token_use')).toBe('on_behalf_of');
    expect(grant.get('assertion')).toBe(token);
    expect(grant.get('client_id')).toBe(TAB);
    expect(grant.get('scope')).toContain('https://graph.microsoft.com/User.Read');
  });

  it('maps invalid_grant with AADSTS65001 to 403 consent_required', async () => {
    const entra = fakeEntra(() => ({
      status: 400,
      headers: {},
      body: {
        error: 'invalid_grant',
        error_description:
          "AADSTS65001: The user or administrator has not consented to use the application with ID '33333333-3333-3333-3333-333333333333'. Trace ID: t Correlation ID: c Timestamp: 2026-11-23 19:00:00Z",
        error_codes: [65001],
        suberror: 'consent_required',
        trace_id: 't',
        correlation_id: 'c',
      },
    }));
    const res = await post(await serve(exchangeWith(entra)), await sign());
    expect(res.status).toBe(403);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: 'consent_required' });
  });

  it('maps other invalid_grant answers (MFA, conditional access) to 403 interaction_required', async () => {
    const claims = '{"access_token":{"capolids":{"essential":true,"values":["x"]}}}';
    const entra = fakeEntra(() => ({
      status: 400,
      headers: {},
      body: { error: 'invalid_grant', error_description: 'AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.', error_codes: [50076], claims },
    }));
    const res = await post(await serve(exchangeWith(entra)), await sign());
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'interaction_required' });
  });

  it('answers 503 when Entra cannot be reached', async () => {
    const entra = fakeEntra(() => {
      throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    });
    const res = await post(await serve(exchangeWith(entra)), await sign());
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 503 when Entra has an outage, 500 when our app is set up wrong', async () => {
    const down = fakeEntra(() => ({ status: 503, headers: {}, body: { error: 'temporarily_unavailable', error_description: 'AADSTS90033: A transient error has occurred.' } }));
    expect((await post(await serve(exchangeWith(down)), await sign())).status).toBe(503);
    const wrongSecret = fakeEntra(() => ({ status: 401, headers: {}, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.', error_codes: [7000215] } }));
    const res = await post(await serve(exchangeWith(wrongSecret)), await sign());
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'obo_failed' });
  });
});

describe('readOboSettings', () => {
  const base = { TENANT_ID: TENANT, TAB_CLIENT_ID: TAB, PUBLIC_BASE_URL: BASE, CLIENT_ID: '22222222-2222-2222-2222-222222222222', CLIENT_SECRET: 'bot-secret' };

  it('uses the tab app secret', () => {
    const r = readOboSettings({ ...base, TAB_CLIENT_SECRET: 'tab-secret' });
    expect(r).toEqual({ ok: true, settings: { tenantId: TENANT, tabClientId: TAB, publicBaseUrl: BASE, clientSecret: 'tab-secret' } });
  });

  it('uses the bot secret only when bot and tab are one Entra app', () => {
    expect(readOboSettings(base)).toEqual({ ok: false, missing: ['TAB_CLIENT_SECRET'] });
    const r = readOboSettings({ ...base, CLIENT_ID: TAB.toUpperCase() });
    expect(r.ok && r.settings.clientSecret).toBe('bot-secret');
  });

  it('treats an unresolved Key Vault reference as missing and names what is missing', () => {
    const r = readOboSettings({ ...base, TAB_CLIENT_SECRET: '@Microsoft.KeyVault(VaultName=kv;SecretName=tab-client-secret)' });
    expect(r).toEqual({ ok: false, missing: ['TAB_CLIENT_SECRET'] });
    expect(readOboSettings({})).toEqual({ ok: false, missing: ['TENANT_ID', 'TAB_CLIENT_ID', 'PUBLIC_BASE_URL', 'TAB_CLIENT_SECRET'] });
  });
});

describe('OBO scope allow-list', () => {
  it('is exactly what the tab asks for', async () => {
    const { TAB_GRAPH_SCOPES } = await import('../../src/tab/app/connect.ts');
    expect(TAB_GRAPH_SCOPES.map((s) => s.replace('https://graph.microsoft.com/', '')).sort()).toEqual([...OBO_ALLOWED_SCOPES].sort());
  });
});
