// The pane's sign-in in Office, without Office: the MSAL connector is wired to nested app authentication as
// Microsoft describes it (authority of the tenant, NAA when Word offers it, the Office account as login hint),
// asks only the add-in's scopes, and a failed sign-in is tried again on "Opnieuw proberen" instead of cached.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/text/index.ts';

const calls = vi.hoisted(() => ({ provider: [] as unknown[], client: [] as unknown[], me: 0, failMe: 0 }));

vi.mock('../../src/graph/index.ts', async (importOriginal) => {
  // Typed loosely on purpose: a namespace import of the gateway would make every export of it count as used.
  const real = await importOriginal<Record<string, unknown>>();
  return {
    ...real,
    createBrowserTokenProvider: (config: unknown) => {
      calls.provider.push(config);
      return { getToken: async () => 'token' };
    },
    createGraphClient: (options: unknown) => {
      calls.client.push(options);
      return { fake: true };
    },
    getMe: async () => {
      calls.me++;
      if (calls.failMe > 0) {
        calls.failMe--;
        throw new AppError('GRAPH.UNAUTHORIZED', { details: { reason: 'browser-token' } });
      }
      return { id: 'u-1', displayName: 'Anouk Verhoeven', mail: 'anouk@weert.nl' };
    },
  };
});

const { ADDIN_GRAPH_SCOPES, createMsalConnector } = await import('../../addin/src/features/traject/msal-connector.ts');

const SITE = 'weert.sharepoint.com,0f8fad5b-d9cb-469f-a165-70867728950e,7c9e6679-7425-40de-944b-e07fc1f90ae7';

beforeEach(() => {
  calls.provider = [];
  calls.client = [];
  calls.me = 0;
  calls.failMe = 0;
});

describe('createMsalConnector', () => {
  it('signs in with NAA for the tenant, the Office account as hint, and names the opsteller', async () => {
    const connector = createMsalConnector(
      { clientId: 'client-1', tenantId: 'tenant-1', participationSiteId: SITE },
      { isNestedAppAuthSupported: () => true, loginHint: async () => 'anouk@weert.nl' },
    );
    const session = await connector.connect();
    expect(session).toMatchObject({ siteId: SITE, opsteller: { id: 'u-1', naam: 'Anouk Verhoeven', email: 'anouk@weert.nl' } });
    const provider = calls.provider[0] as { clientId: string; authority: string; loginHint?: string; isNestedAppAuthSupported: () => boolean };
    expect(provider).toMatchObject({ clientId: 'client-1', authority: 'https://login.microsoftonline.com/tenant-1', loginHint: 'anouk@weert.nl' });
    expect(provider.isNestedAppAuthSupported()).toBe(true);
    expect(calls.client[0]).toMatchObject({ scopes: ADDIN_GRAPH_SCOPES });
    // One sign-in per pane: a second registration reuses the session.
    await connector.connect();
    expect(calls.provider).toHaveLength(1);
  });

  it('uses "organizations" without a tenant and no hint when Office has none', async () => {
    const connector = createMsalConnector({ clientId: 'c', participationSiteId: SITE }, { isNestedAppAuthSupported: () => false, loginHint: async () => undefined });
    await connector.connect();
    const provider = calls.provider[0] as Record<string, unknown> & { isNestedAppAuthSupported: () => boolean };
    expect(provider.authority).toBe('https://login.microsoftonline.com/organizations');
    expect('loginHint' in provider).toBe(false);
    expect(provider.isNestedAppAuthSupported()).toBe(false);
  });

  it('does not keep a failed sign-in: the retry signs in again', async () => {
    calls.failMe = 1;
    const connector = createMsalConnector({ clientId: 'c', participationSiteId: SITE }, { isNestedAppAuthSupported: () => true, loginHint: async () => undefined });
    await expect(connector.connect()).rejects.toMatchObject({ code: 'GRAPH.UNAUTHORIZED' });
    await expect(connector.connect()).resolves.toMatchObject({ opsteller: { naam: 'Anouk Verhoeven' } });
    expect(calls.me).toBe(2);
  });
});
