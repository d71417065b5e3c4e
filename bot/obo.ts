// POST /api/auth/obo: the tab's fallback sign-in where Teams offers no nested app authentication.
// The tab sends its Teams SSO token (audience: our own API); we check it and swap it on-behalf-of the
// user for a Microsoft Graph token with only the scopes the tab needs.
import { ConfidentialClientApplication, type INetworkModule } from '@azure/msal-node';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { messageFor } from '../src/text/index.ts';
import { readBody, send, type ExtraRoute } from './http-adapter.ts';
import type { Logger } from './logger.ts';

const OBO_PATH = '/api/auth/obo';

const GRAPH = 'https://graph.microsoft.com/';

/**
 * Delegated Graph permissions the tab may ask for. `.default` and anything else stay out, so a stolen
 * SSO token can never be turned into a wider Graph token than the tab itself uses.
 */
// Exactly what the tab asks for (src/tab/app/connect.ts TAB_GRAPH_SCOPES); a test keeps the two equal.
export const OBO_ALLOWED_SCOPES = ['User.ReadBasic.All', 'GroupMember.Read.All', 'Group.ReadWrite.All', 'Calendars.ReadWrite', 'Tasks.ReadWrite', 'Sites.Manage.All'] as const;

/**
 * Client apps that may bring an SSO token to the exchange: the `azp` (v2 tokens) or `appid` (v1) claim must be
 * one of these, or our own tab app. They are the clients Microsoft tells you to pre-authorize for the API:
 * Teams, Microsoft 365 (Office) and Outlook for a Teams tab across Microsoft 365, and the Office clients for
 * add-in SSO. Any other app, even with a valid token for our API, gets no Graph token here.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/m365-apps/extend-m365-teams-personal-tab#update-azure-ad-app-registration-for-sso
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/register-sso-add-in-aad-v2
 */
export const KNOWN_CLIENT_APPS: Readonly<Record<string, string>> = {
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264': 'Teams desktop, mobile',
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346': 'Teams web',
  '4765445b-32c6-49b0-83e6-1d93765276ca': 'Microsoft 365 (Office) web',
  '0ec893e0-5785-4de6-99da-4ed124e5296c': 'Microsoft 365 (Office) desktop',
  'd3590ed6-52b3-4102-aeff-aad2292ab01c': 'Microsoft 365 (Office) mobile; Outlook desktop, mobile',
  'bc59ab01-8403-45c6-8796-ac3ef710b3e3': 'Outlook web',
  'ea5a67f6-b6f3-4338-b240-c655ddc3cc8e': 'Microsoft Office (all Office application endpoints)',
  '93d53678-613d-4013-afc1-62e9e444a0a5': 'Office on the web',
  '57fb890c-0dab-4253-a5e0-7188c88b2bb4': 'Office on the web',
  '08e18876-6177-487e-b8b5-cf950c1e598c': 'Office on the web',
};

/** Exchanges per user (oid + tid) per window; the tab keeps its Graph token, so it needs only a few. */
export const OBO_RATE_LIMIT = { max: 30, windowSeconds: 60 } as const;

const MAX_BODY = 4 * 1024;
// Entra's own token checks allow some clock skew; a minute keeps "expired" meaning expired.
const CLOCK_TOLERANCE_SECONDS = 60;

export interface OboExchangeRequest {
  /** The user's Teams SSO token, passed on unchanged as the OBO assertion. */
  assertion: string;
  /** Full Graph scope URIs (`https://graph.microsoft.com/User.Read`). */
  scopes: string[];
}

export interface OboExchangeResult {
  accessToken: string;
  expiresOn: Date | null;
}

export type OboExchange = (request: OboExchangeRequest) => Promise<OboExchangeResult>;

export interface OboRouteOptions {
  tenantId: string;
  /** The Entra app the Teams SSO token is issued to (TAB_CLIENT_ID). */
  tabClientId: string;
  /** PUBLIC_BASE_URL: its host is part of the API's Application ID URI (`api://{host}/{tabClientId}`). */
  publicBaseUrl: string;
  log: Logger;
  /** Secret of the tab's Entra app, for the default msal-node exchange. Not needed when `exchange` is given. */
  clientSecret?: string;
  /** The token swap; defaults to msal-node `acquireTokenOnBehalfOf`. Tests inject their own. */
  exchange?: OboExchange;
  /** Signing keys: a JWKS URL, or a jose key resolver (tests: `createLocalJWKSet`). Defaults to the tenant's keys. */
  jwks?: URL | JWTVerifyGetKey;
  /** Accepted issuers; defaults to the tenant's v2.0 and v1 issuers. */
  issuers?: string[];
  /** Authority host for the default JWKS, issuers and exchange (sovereign clouds). */
  authorityHost?: string;
  /** Exchanges per user per window; default OBO_RATE_LIMIT. */
  rateLimit?: { max: number; windowSeconds: number };
  /** Milliseconds since the epoch; tests move time. */
  now?: () => number;
}

const bodySchema = z.object({
  scopes: z.array(z.string().min(1).max(200)).min(1).max(OBO_ALLOWED_SCOPES.length),
});

type Outcome =
  | { ok: true; claims: JWTPayload }
  | { ok: false; status: 401; reason: string }
  | { ok: false; status: 503; reason: string };

class KeysUnavailable extends Error {}

/**
 * The route for `bot.addRoute`. Every answer carries `cache-control: no-store`; neither token is ever
 * logged, only the ids of the user and the calling app.
 */
export function createOboRoute(options: OboRouteOptions): ExtraRoute {
  const authorityHost = (options.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
  const tenantId = options.tenantId.toLowerCase();
  const issuers = options.issuers ?? [`${authorityHost}/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
  const host = new URL(options.publicBaseUrl).host;
  const audiences = [`api://${host}/${options.tabClientId}`, options.tabClientId];
  const keySource = options.jwks ?? new URL(`${authorityHost}/${tenantId}/discovery/v2.0/keys`);
  const resolveKey: JWTVerifyGetKey = keySource instanceof URL ? createRemoteJWKSet(keySource) : keySource;
  if (!options.exchange && !options.clientSecret) throw new Error('createOboRoute needs clientSecret or exchange');
  const exchange =
    options.exchange ??
    createMsalOboExchange({ tenantId: options.tenantId, clientId: options.tabClientId, clientSecret: options.clientSecret ?? '', authorityHost });
  const log = options.log.child({ component: 'obo' });
  const clients = new Set([...Object.keys(KNOWN_CLIENT_APPS), options.tabClientId.toLowerCase()]);
  const limiter = createRateLimiter(options.rateLimit ?? OBO_RATE_LIMIT, options.now ?? Date.now);

  // Failures reaching the key set are Entra being unreachable (503), not a bad token (401).
  const getKey: JWTVerifyGetKey = async (header, token) => {
    try {
      return await resolveKey(header, token);
    } catch (err) {
      if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys || err instanceof errors.JOSENotSupported) throw err;
      throw new KeysUnavailable('signing keys unavailable', { cause: err });
    }
  };

  async function verify(token: string): Promise<Outcome> {
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, getKey, {
        issuer: issuers,
        audience: audiences,
        algorithms: ['RS256'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'tid', 'scp'],
      }));
    } catch (err) {
      if (err instanceof KeysUnavailable) return { ok: false, status: 503, reason: 'jwks-unavailable' };
      const code = err instanceof errors.JOSEError ? err.code : 'ERR_UNKNOWN';
      const claim = err instanceof errors.JWTClaimValidationFailed ? err.claim : undefined;
      return { ok: false, status: 401, reason: claim ? `${code}:${claim}` : code };
    }
    if (typeof claims.tid !== 'string' || claims.tid.toLowerCase() !== tenantId) return { ok: false, status: 401, reason: 'wrong-tenant' };
    const scp = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
    if (!scp.includes('access_as_user')) return { ok: false, status: 401, reason: 'no-access_as_user' };
    const client = (str(claims.azp) ?? str(claims.appid))?.toLowerCase();
    if (!client || !clients.has(client)) return { ok: false, status: 401, reason: 'client-not-allowed' };
    if (!str(claims.oid)) return { ok: false, status: 401, reason: 'no-oid' };
    return { ok: true, claims };
  }

  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== OBO_PATH) return false;
    res.setHeader('cache-control', 'no-store');
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      send(res, 405, { error: 'method_not_allowed' });
      return true;
    }
    const raw = await readBody(req, MAX_BODY);
    if (raw === undefined) {
      res.setHeader('connection', 'close');
      send(res, 413, { error: 'payload_too_large' });
      return true;
    }
    const token = bearerToken(req.headers.authorization);
    if (!token) {
      res.setHeader('www-authenticate', 'Bearer');
      send(res, 401, { error: 'invalid_token' });
      return true;
    }
    const checked = await verify(token);
    if (!checked.ok) {
      log.info({ reason: checked.reason }, 'obo: sso token refused');
      if (checked.status === 401) res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
      else res.setHeader('retry-after', '10');
      send(res, checked.status, { error: checked.status === 401 ? 'invalid_token' : 'unavailable' });
      return true;
    }
    const ids = { oid: str(checked.claims.oid), azp: str(checked.claims.azp) ?? str(checked.claims.appid) };
    const wait = limiter(`${String(checked.claims.tid).toLowerCase()}:${ids.oid}`);
    if (wait > 0) {
      log.info(ids, 'obo: rate limited');
      res.setHeader('retry-after', String(wait));
      send(res, 429, { error: 'rate_limited', message: messageFor('BOT.OBO_RATE_LIMITED', { seconds: wait }) });
      return true;
    }
    const scopes = parseScopes(raw);
    if (!scopes) {
      log.info(ids, 'obo: request refused (body or scopes)');
      send(res, 400, { error: 'invalid_request' });
      return true;
    }
    try {
      const result = await exchange({ assertion: token, scopes });
      log.info({ ...ids, scopes: scopes.map((s) => s.slice(GRAPH.length)) }, 'obo: graph token issued');
      send(res, 200, { accessToken: result.accessToken, ...(result.expiresOn ? { expiresOn: result.expiresOn.toISOString() } : {}) });
    } catch (err) {
      const failure = classifyExchangeError(err);
      log.warn({ ...ids, ...failure.logged }, 'obo: exchange failed');
      if (failure.status === 503) res.setHeader('retry-after', '10');
      send(res, failure.status, failure.body);
    }
    return true;
  };
}

/** The settings the route needs from the environment, or the names that are missing. */
export function readOboSettings(
  env: Record<string, string | undefined>,
): { ok: true; settings: Pick<OboRouteOptions, 'tenantId' | 'tabClientId' | 'publicBaseUrl' | 'clientSecret'> } | { ok: false; missing: string[] } {
  const value = (name: string) => {
    const v = env[name]?.trim();
    // An unresolved Key Vault reference reaches the app as the reference text itself.
    return v && !v.startsWith('@Microsoft.KeyVault(') ? v : undefined;
  };
  const tenantId = value('TENANT_ID');
  const tabClientId = value('TAB_CLIENT_ID');
  const publicBaseUrl = value('PUBLIC_BASE_URL');
  // One Entra app for bot and tab: the bot's secret is the tab app's secret.
  const sameApp = !!tabClientId && tabClientId.toLowerCase() === value('CLIENT_ID')?.toLowerCase();
  const clientSecret = value('TAB_CLIENT_SECRET') ?? (sameApp ? value('CLIENT_SECRET') : undefined);
  const missing = [
    ...(tenantId ? [] : ['TENANT_ID']),
    ...(tabClientId ? [] : ['TAB_CLIENT_ID']),
    ...(publicBaseUrl && URL.canParse(publicBaseUrl) ? [] : ['PUBLIC_BASE_URL']),
    ...(clientSecret ? [] : ['TAB_CLIENT_SECRET']),
  ];
  if (missing.length > 0 || !tenantId || !tabClientId || !publicBaseUrl || !clientSecret) return { ok: false, missing };
  return { ok: true, settings: { tenantId, tabClientId, publicBaseUrl, clientSecret } };
}

/**
 * The on-behalf-of swap with msal-node. It needs the secret of the app the SSO token was issued to;
 * one client per process, so msal-node's token cache and authority metadata are reused.
 */
export function createMsalOboExchange(options: {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  authorityHost?: string;
  /** msal-node's HTTP client; tests answer Entra's endpoints offline with their own. */
  networkClient?: INetworkModule;
}): OboExchange {
  const authorityHost = (options.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
  let app: ConfidentialClientApplication | undefined;
  return async ({ assertion, scopes }) => {
    app ??= new ConfidentialClientApplication({
      auth: { clientId: options.clientId, authority: `${authorityHost}/${options.tenantId}`, clientSecret: options.clientSecret },
      ...(options.networkClient ? { system: { networkClient: options.networkClient } } : {}),
    });
    const result = await app.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes });
    if (!result?.accessToken) throw Object.assign(new Error('empty OBO result'), { errorCode: 'empty_result' });
    return { accessToken: result.accessToken, expiresOn: result.expiresOn };
  };
}

const UNREACHABLE_CODES = new Set([
  'network_error',
  'no_network_connectivity',
  'endpoints_resolution_error',
  'openid_config_error',
  'temporarily_unavailable',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Maps an msal-node failure to an answer for the tab; logs codes and Entra's correlation id only. */
function classifyExchangeError(err: unknown): { status: 403 | 500 | 503; body: Record<string, string>; logged: Record<string, unknown> } {
  const e = (typeof err === 'object' && err !== null ? err : {}) as Record<string, unknown>;
  const errorCode = str(e.errorCode) ?? str(e.code) ?? '';
  const subError = str(e.subError) ?? '';
  const aadsts = /AADSTS(\d+)/.exec(`${str(e.errorMessage) ?? ''} ${str(e.message) ?? ''}`)?.[1] ?? (e.errorNo !== undefined ? String(e.errorNo) : undefined);
  const status = typeof e.status === 'number' ? e.status : typeof e.httpStatus === 'number' ? e.httpStatus : undefined;
  const logged = { errorCode, subError: subError || undefined, aadsts, correlationId: str(e.correlationId) };
  if (aadsts === '65001' || subError === 'consent_required') return { status: 403, body: { error: 'consent_required' }, logged };
  // MFA or conditional access: the user has to act too, so the tab gets the same 403.
  if (errorCode === 'invalid_grant' || errorCode === 'interaction_required') return { status: 403, body: { error: 'interaction_required' }, logged };
  const causeCode = str((e.cause as Record<string, unknown> | undefined)?.code);
  if (UNREACHABLE_CODES.has(errorCode) || (causeCode && UNREACHABLE_CODES.has(causeCode)) || (status !== undefined && status >= 500) || str(e.name) === 'NetworkError') {
    return { status: 503, body: { error: 'unavailable' }, logged };
  }
  return { status: 500, body: { error: 'obo_failed' }, logged };
}

/**
 * A fixed window per key: 0 while the key has requests left, otherwise the seconds until its window ends.
 * Old windows are dropped as the map grows, so many users cannot make it grow without bound.
 */
function createRateLimiter(limit: { max: number; windowSeconds: number }, now: () => number): (key: string) => number {
  const windowMs = limit.windowSeconds * 1000;
  const windows = new Map<string, { start: number; count: number }>();
  return (key) => {
    const t = now();
    if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
    let w = windows.get(key);
    if (!w || t - w.start >= windowMs) {
      w = { start: t, count: 0 };
      windows.set(key, w);
    }
    if (w.count >= limit.max) return Math.max(1, Math.ceil((w.start + windowMs - t) / 1000));
    w.count++;
    return 0;
  };
}

function parseScopes(raw: string): string[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const body = bodySchema.safeParse(json);
  if (!body.success) return undefined;
  const out = new Set<string>();
  for (const scope of body.data.scopes) {
    const name = scope.toLowerCase().startsWith(GRAPH) ? scope.slice(GRAPH.length) : scope;
    const allowed = OBO_ALLOWED_SCOPES.find((s) => s.toLowerCase() === name.toLowerCase());
    if (!allowed) return undefined;
    out.add(GRAPH + allowed);
  }
  return [...out];
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i.exec(header?.trim() ?? '');
  return match?.[1];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
