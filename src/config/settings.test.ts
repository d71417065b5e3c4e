import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTenantSettings, renderEnvExample } from './settings.ts';

const complete = {
  PUBLIC_BASE_URL: 'https://participatie.weert.nl/',
  TENANT_ID: '11111111-1111-1111-1111-111111111111',
  CLIENT_ID: '22222222-2222-2222-2222-222222222222',
  CLIENT_SECRET: 'geheim',
  TAB_CLIENT_ID: '33333333-3333-3333-3333-333333333333',
  TEAMS_APP_ID: '44444444-4444-4444-4444-444444444444',
  MT_GROUP_ID: '55555555-5555-5555-5555-555555555555',
};

describe('readTenantSettings', () => {
  it('accepts a complete set and applies defaults', () => {
    const r = readTenantSettings(complete);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.settings.PUBLIC_BASE_URL).toBe('https://participatie.weert.nl');
      expect(r.settings.STORE).toBe('sqlite');
      expect(r.settings.PORT).toBe(3978);
    }
  });

  it('names every missing setting at once', () => {
    const r = readTenantSettings({ PUBLIC_BASE_URL: complete.PUBLIC_BASE_URL, CLIENT_ID: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const names = r.problems.map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining(['TENANT_ID', 'CLIENT_ID', 'TAB_CLIENT_ID', 'TEAMS_APP_ID', 'MT_GROUP_ID']));
      expect(r.problems.find((p) => p.name === 'CLIENT_ID')?.problem).toBe('ontbreekt');
    }
  });

  it('says what is wrong with a value', () => {
    const r = readTenantSettings({ ...complete, PUBLIC_BASE_URL: 'http://intern', TENANT_ID: 'weert' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toContainEqual({ name: 'PUBLIC_BASE_URL', problem: 'moet met https:// beginnen' });
      expect(r.problems).toContainEqual({ name: 'TENANT_ID', problem: 'moet een GUID zijn' });
    }
  });

  it('needs a tables address for the Azure store', () => {
    const r = readTenantSettings({ ...complete, STORE: 'azure-tables' });
    expect(r.ok).toBe(false);
  });
});

describe('.env.example', () => {
  it('matches the settings list', () => {
    const committed = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    expect(committed).toBe(renderEnvExample());
  });
});
