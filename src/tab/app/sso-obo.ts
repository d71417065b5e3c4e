import { AppError } from '../../text/index.ts';

interface TeamsAuth {
  getAuthToken(request?: { silent?: boolean }): Promise<string>;
}

export interface SsoOboConfig {
  /** Our API: POST with the Teams SSO token as bearer, answers `{ accessToken, expiresOn }` for Graph. */
  oboUrl: string;
  authentication: TeamsAuth;
  fetchFn?: typeof fetch;
}

/**
 * Fallback sign-in where the host offers no nested app authentication: Teams SSO gives a token for our
 * own API, and our API swaps it on-behalf-of the user for a Graph token. The Graph token is kept in
 * memory only and goes nowhere but Graph.
 */
export function createSsoOboTokenProvider(config: SsoOboConfig): { getToken(scopes: string[]): Promise<string> } {
  const fetchFn = config.fetchFn ?? fetch.bind(globalThis);
  let cached: { token: string; expiresAt: number; key: string } | undefined;
  return {
    async getToken(scopes) {
      const key = [...scopes].sort().join(' ');
      if (cached && cached.key === key && cached.expiresAt - 60_000 > Date.now()) return cached.token;
      let ssoToken: string;
      try {
        ssoToken = await config.authentication.getAuthToken();
      } catch (cause) {
        throw new AppError('TAB.SIGN_IN_FAILED', { cause });
      }
      const res = await fetchFn(config.oboUrl, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ssoToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ scopes }),
        credentials: 'omit',
      });
      if (res.status === 403) throw new AppError('TAB.CONSENT_REQUIRED');
      if (!res.ok) throw new AppError('TAB.SIGN_IN_FAILED', { details: { status: res.status } });
      const body = (await res.json()) as { accessToken?: unknown; expiresOn?: unknown };
      if (typeof body.accessToken !== 'string') throw new AppError('TAB.SIGN_IN_FAILED', { details: { reason: 'no-token' } });
      const expiresAt = typeof body.expiresOn === 'string' ? Date.parse(body.expiresOn) : Date.now() + 30 * 60_000;
      cached = { token: body.accessToken, expiresAt, key };
      return body.accessToken;
    },
  };
}
