// The register's small parts outside the browser: which permissions the pane asks for, how it reads its
// settings, and how the one-time consent is remembered.
import { describe, expect, it } from 'vitest';
import { TAB_DELEGATED_PERMISSIONS } from '../../src/config/graph-permissions.ts';
import { registerConfigFrom } from '../../addin/src/features/traject/connection.ts';
import { readConsent, writeConsent } from '../../addin/src/features/traject/consent.ts';
import { ADDIN_GRAPH_SCOPES } from '../../addin/src/features/traject/msal-connector.ts';

const SITE = 'demogemeenten.sharepoint.com,0f8fad5b-d9cb-469f-a165-70867728950e,7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('permissions of the Word add-in', () => {
  it('asks only for delegated permissions the README already lists for the shared Entra app', () => {
    const names = ADDIN_GRAPH_SCOPES.map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//, ''));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(TAB_DELEGATED_PERMISSIONS).toContain(n);
    // Nothing beyond what registering a traject needs: no mail, files, calendars or groups.
    expect(names.filter((n) => /^(Mail|Files|Calendars|Group|Tasks)\./.test(n))).toEqual([]);
  });
});

describe('registerConfigFrom', () => {
  it.each([
    [{ clientId: 'c', participationSiteId: SITE, tenantId: 't' }, { clientId: 'c', participationSiteId: SITE, tenantId: 't' }],
    [{ clientId: ' c ', participationSiteId: SITE, mtGroupId: 'x' }, { clientId: 'c', participationSiteId: SITE }],
    // The register is off without a participation site or without the app.
    [{ clientId: 'c' }, null],
    [{ clientId: '', participationSiteId: SITE }, null],
    [{ clientId: 3, participationSiteId: SITE }, null],
    [null, null],
    ['tekst', null],
  ])('%j → %j', (json, config) => expect(registerConfigFrom(json)).toEqual(config));
});

describe('consent', () => {
  function memoryStorage(): Storage {
    const m = new Map<string, string>();
    return {
      getItem: (k) => m.get(k) ?? null,
      setItem: (k, v) => void m.set(k, v),
      removeItem: (k) => void m.delete(k),
      clear: () => m.clear(),
      key: () => null,
      get length() {
        return m.size;
      },
    };
  }

  it('is unknown until the user answers, then remembered', () => {
    const s = memoryStorage();
    expect(readConsent(s)).toBe('onbekend');
    writeConsent('nee', s);
    expect(readConsent(s)).toBe('nee');
    writeConsent('ja', s);
    expect(readConsent(s)).toBe('ja');
  });

  it('asks again when storage refuses or holds something else', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); } };
    expect(readConsent(refusing)).toBe('onbekend');
    expect(() => writeConsent('ja', refusing)).not.toThrow();
    expect(readConsent({ getItem: () => 'misschien' })).toBe('onbekend');
    expect(readConsent(undefined)).toBe('onbekend');
  });
});
