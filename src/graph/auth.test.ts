import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../text/index.ts';
import { createAppTokenProvider, createDevTokenProvider } from './auth.ts';
import { createBrowserTokenProvider } from './browser-auth.ts';

// The real msal-browser needs a browser and Entra ID; this fake stands in for the public client
// so the provider's own choices (NAA or not, silent first, popup as fallback) can be checked.
const calls: string[] = [];
let silentFails = false;
let popupFails = false;
const fakeApp = {
  getAllAccounts: () => [{ username: 'anna@weert.example' }],
  getActiveAccount: () => null,
  setActiveAccount: () => calls.push('setActive'),
  acquireTokenSilent: async (r: { scopes: string[] }) => {
    calls.push(`silent:${r.scopes.join(' ')}`);
    if (silentFails) throw new Error('interaction_required');
    return { accessToken: 'silent-token', account: {} };
  },
  ssoSilent: async () => ({ accessToken: 'sso-token', account: {} }),
  acquireTokenPopup: async () => {
    calls.push('popup');
    if (popupFails) throw new Error('user_cancelled');
    return { accessToken: 'popup-token', account: {} };
  },
};
vi.mock('@azure/msal-browser', () => ({
  createNestablePublicClientApplication: async () => {
    calls.push('nested');
    return fakeApp;
  },
  createStandardPublicClientApplication: async () => {
    calls.push('standard');
    return fakeApp;
  },
}));

describe('dev token provider', () => {
  it('gives a fixed token or a fresh one per call', async () => {
    expect(await createDevTokenProvider('abc').getToken([])).toBe('abc');
    let n = 0;
    const provider = createDevTokenProvider(() => `t${++n}`);
    expect([await provider.getToken([]), await provider.getToken([])]).toEqual(['t1', 't2']);
  });
});

describe('app token provider', () => {
  it('refuses to start without a secret or certificate', () => {
    expect(() => createAppTokenProvider({ tenantId: 't', clientId: 'c' })).toThrow(AppError);
  });
});

describe('browser token provider', () => {
  it('uses nested app authentication when the host supports it, silently first', async () => {
    calls.length = 0;
    silentFails = false;
    const provider = createBrowserTokenProvider({ clientId: 'c', isNestedAppAuthSupported: () => true });
    expect(await provider.getToken(['Tasks.ReadWrite'])).toBe('silent-token');
    expect(await provider.getToken(['Tasks.ReadWrite'])).toBe('silent-token');
    expect(calls).toEqual(['nested', 'silent:Tasks.ReadWrite', 'silent:Tasks.ReadWrite']);
  });

  it('falls back to a standard client without NAA and to a popup when silent fails', async () => {
    calls.length = 0;
    silentFails = true;
    popupFails = false;
    const provider = createBrowserTokenProvider({ clientId: 'c', isNestedAppAuthSupported: () => false });
    expect(await provider.getToken(['User.Read'])).toBe('popup-token');
    expect(calls).toEqual(['standard', 'silent:User.Read', 'popup', 'setActive']);
  });

  it('gives GRAPH.UNAUTHORIZED when the user cancels the popup', async () => {
    silentFails = true;
    popupFails = true;
    const provider = createBrowserTokenProvider({ clientId: 'c' });
    await expect(provider.getToken(['User.Read'])).rejects.toMatchObject({ code: 'GRAPH.UNAUTHORIZED' });
  });
});
