// Dev bearer tokens: HS256 JWTs with the Graph audience, signed with the emulator's own key.
// Signing is synchronous (node:crypto) so tests can mint tokens inline; verification uses jose.
import { createHmac } from 'node:crypto';
import { errors, jwtVerify } from 'jose';
import type { Caller } from './router.ts';
import { BOT_APPLICATION_PERMISSIONS, TAB_DELEGATED_PERMISSIONS } from '../../src/config/graph-permissions.ts';

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
/** The bot's Entra app in the emulator: app-only dev tokens carry it, and Sites.Selected grants name it. */
export const DEV_APP_ID = 'b7d3c6f0-5a43-4c8e-9a1d-2f6e8c0d4b21';
export const DEV_BOT_APP = { id: DEV_APP_ID, displayName: 'Participatie bot' } as const;
/** The tab's Entra app: delegated dev tokens carry it. */
export const DEV_TAB_APP_ID = 'c3a8e1d4-6b2f-4f7a-8e9c-5d1b0a2f3c64';

export interface DevTokenOptions {
  /** App-only permissions; default: the bot's application permissions from the README. */
  roles?: string[];
  /** Delegated permissions; default: the tab's delegated permissions from the README. */
  scopes?: string[];
  /** Lifetime in seconds; negative gives an already expired token. Default 3600. */
  expiresInSeconds?: number;
  audience?: string;
  now?: Date;
}

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

export function signDevToken(secret: Uint8Array, tenantId: string, userId: string | undefined, opts: DevTokenOptions = {}): string {
  const iat = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  const exp = iat + (opts.expiresInSeconds ?? 3600);
  const payload: Record<string, unknown> = {
    aud: opts.audience ?? GRAPH_AUDIENCE,
    iss: `https://sts.windows.net/${tenantId}/`,
    iat: Math.min(iat, exp - 1),
    nbf: Math.min(iat, exp - 1) - 300,
    exp,
    tid: tenantId,
    appid: userId ? DEV_TAB_APP_ID : DEV_APP_ID,
    idtyp: userId ? 'user' : 'app',
    ...(userId ? { oid: userId, sub: userId, scp: (opts.scopes ?? TAB_DELEGATED_PERMISSIONS).join(' ') } : { sub: DEV_APP_ID, roles: opts.roles ?? [...BOT_APPLICATION_PERMISSIONS] }),
  };
  const head = b64({ alg: 'HS256', typ: 'JWT' });
  const body = b64(payload);
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

export type VerifyResult = { ok: true; caller: Caller } | { ok: false; message: string };

// A verified token stays valid until its exp; skip the signature check on every request.
const verified = new WeakMap<Uint8Array, Map<string, { caller: Caller; exp: number }>>();

export async function verifyDevToken(secret: Uint8Array, header: string | undefined, now: Date): Promise<VerifyResult> {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!m?.[1]) return { ok: false, message: 'Access token is empty.' };
  let cache = verified.get(secret);
  if (!cache) verified.set(secret, (cache = new Map()));
  const hit = cache.get(m[1]);
  if (hit && hit.exp * 1000 > now.getTime()) return { ok: true, caller: hit.caller };
  try {
    const { payload } = await jwtVerify(m[1], secret, { algorithms: ['HS256'], audience: [GRAPH_AUDIENCE, GRAPH_APP_ID], currentDate: now, requiredClaims: ['exp'] });
    const userId = payload.idtyp === 'user' && typeof payload.oid === 'string' ? payload.oid : null;
    const caller: Caller = {
      userId,
      appId: typeof payload.appid === 'string' ? payload.appid : DEV_APP_ID,
      roles: Array.isArray(payload.roles) ? (payload.roles as string[]) : [],
      scopes: typeof payload.scp === 'string' ? payload.scp.split(' ').filter(Boolean) : [],
    };
    if (cache.size > 1000) cache.clear();
    cache.set(m[1], { caller, exp: payload.exp! });
    return { ok: true, caller };
  } catch (err) {
    if (err instanceof errors.JWTExpired) return { ok: false, message: 'Lifetime validation failed, the token is expired.' };
    if (err instanceof errors.JWTClaimValidationFailed && err.claim === 'aud') return { ok: false, message: 'Invalid audience.' };
    return { ok: false, message: 'Access token validation failure. Invalid audience or signature.' };
  }
}
