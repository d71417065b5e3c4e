import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TenantSeed } from './index.ts';
import { startHarness } from './test-support.ts';
import { DEV_BOT_APP } from './dev-token.ts';

const U = '70000000-0000-4000-8000-0000000000aa';
const G = '70000000-0000-4000-8000-000000000001';
const PLAN = 'persistplanpersistplanpersis';
const seed: TenantSeed = {
  users: [{ id: U, displayName: 'Sanne Coenen', mail: 'sanne.coenen@weert.nl', userPrincipalName: 'sanne.coenen@weert.nl' }],
  groups: [{ id: G, displayName: 'Interactief beleid', mailNickname: 'ib', memberIds: [U], ownerIds: [U] }],
  plans: [{ id: PLAN, groupId: G, title: 'Interactief beleid' }],
};
const dir = mkdtempSync(join(tmpdir(), 'graph-emulator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('persistFile', () => {
  it('keeps tasks, list items and ETags between runs and writes atomically', async () => {
    const file = join(dir, 'tenant.json');
    const first = await startHarness({ seed, persistFile: file, persistDebounceMs: 20 }, U);
    const task = (await first.client().api('/planner/tasks').post({ planId: PLAN, title: 'Bewaard blijven' })) as { id: string; '@odata.etag': string };
    const site = (await first.client().api(`/groups/${G}/sites/root`).get()) as { id: string };
    const list = (await first.client().api(`/sites/${site.id}/lists`).post({ displayName: 'Besluiten', columns: [{ name: 'Datum', dateTime: {} }] })) as { id: string };
    await first.client().api(`/sites/${site.id}/lists/${list.id}/items`).post({ fields: { Title: 'Besluit één', Datum: '2026-12-01T11:00:00Z' } });
    await first.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('graph-emulator-state');

    // A different seed is ignored once a state file exists.
    const second = await startHarness({ seed: { users: [], groups: [] }, persistFile: file }, U);
    try {
      const again = (await second.client().api(`/planner/tasks/${task.id}`).get()) as { title: string; '@odata.etag': string };
      expect(again.title).toBe('Bewaard blijven');
      expect(again['@odata.etag']).toBe(task['@odata.etag']);
      const items = (await second.client().api(`/sites/${site.id}/lists/Besluiten/items`).expand('fields').get()) as { value: { fields: { Title: string } }[] };
      expect(items.value.map((i) => i.fields.Title)).toEqual(['Besluit één']);
      const next = (await second.client().api('/planner/tasks').post({ planId: PLAN, title: 'Nieuw' })) as { '@odata.etag': string };
      expect(next['@odata.etag'] > task['@odata.etag']).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('keeps Sites.Selected grants, and grants the bot read on every site of a file written before grants existed', async () => {
    const file = join(dir, 'grants.json');
    const first = await startHarness({ seed, persistFile: file, persistDebounceMs: 20 }, U);
    const site = (await first.client().api(`/groups/${G}/sites/root`).get()) as { id: string };
    const admin = first.emulator.issueDevToken(undefined, { roles: ['Sites.FullControl.All'] });
    const other = { id: 'e0000000-0000-4000-8000-0000000000ee', displayName: 'Andere app' };
    await first.client(admin).api(`/sites/${site.id}/permissions`).post({ roles: ['write'], grantedToIdentities: [{ application: other }] });
    await first.close();
    const kept = await startHarness({ seed: { users: [], groups: [] }, persistFile: file }, U);
    try {
      expect(kept.emulator.state.siteGrantRoles(site.id, other.id)).toEqual(['write']);
      expect(kept.emulator.state.siteGrantRoles(site.id, DEV_BOT_APP.id)).toEqual([]);
    } finally {
      await kept.close();
    }
    const old = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete old.sitePermissions;
    writeFileSync(file, JSON.stringify(old));
    const legacy = await startHarness({ seed: { users: [], groups: [] }, persistFile: file }, U);
    try {
      expect(legacy.emulator.state.siteGrantRoles(site.id, DEV_BOT_APP.id)).toEqual(['read']);
      const bot = legacy.client(legacy.emulator.issueDevToken());
      expect(((await bot.api(`/sites/${site.id}/lists`).get()) as { value: unknown[] }).value).toEqual([]);
    } finally {
      await legacy.close();
    }
  });
});
