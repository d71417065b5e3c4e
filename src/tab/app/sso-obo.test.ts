import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../text/index.ts';
import { createSsoOboTokenProvider } from './sso-obo.ts';

describe('Teams SSO + on-behalf-of fallback', () => {
  it('swaps the SSO token at our API, caches the Graph token and sends it nowhere else', async () => {
    const fetchFn = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(JSON.stringify({ accessToken: 'graph-token', expiresOn: new Date(Date.now() + 3600_000).toISOString() }), { status: 200 }),
    );
    const provider = createSsoOboTokenProvider({ oboUrl: '/api/auth/obo', authentication: { getAuthToken: async () => 'sso-token' }, fetchFn: fetchFn as typeof fetch });
    expect(await provider.getToken(['https://graph.microsoft.com/Tasks.ReadWrite'])).toBe('graph-token');
    expect(await provider.getToken(['https://graph.microsoft.com/Tasks.ReadWrite'])).toBe('graph-token');
    expect(fetchFn).toHaveBeenCalledTimes(1);
    const [url, init] = fetchFn.mock.calls[0]!;
    expect(url).toBe('/api/auth/obo');
    expect((init!.headers as Record<string, string>).Authorization).toBe('Bearer sso-token');
  });
  it('maps missing consent and failures to tab error codes', async () => {
    const p403 = createSsoOboTokenProvider({ oboUrl: '/obo', authentication: { getAuthToken: async () => 't' }, fetchFn: (async () => new Response('', { status: 403 })) as typeof fetch });
    await expect(p403.getToken(['x'])).rejects.toMatchObject({ code: 'TAB.CONSENT_REQUIRED' });
    const pFail = createSsoOboTokenProvider({ oboUrl: '/obo', authentication: { getAuthToken: async () => Promise.reject(new Error('no sso')) } });
    await expect(pFail.getToken(['x'])).rejects.toBeInstanceOf(AppError);
  });
});
