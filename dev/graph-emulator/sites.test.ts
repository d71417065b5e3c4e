import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageIterator } from '@microsoft/microsoft-graph-client';
import type { PageCollection } from '@microsoft/microsoft-graph-client';
import type { TenantSeed } from './index.ts';
import { expectGraphError, startHarness } from './test-support.ts';
import type { Harness } from './test-support.ts';

const G = '50000000-0000-4000-8000-000000000001';
const U = '50000000-0000-4000-8000-0000000000aa';
const seed: TenantSeed = {
  users: [{ id: U, displayName: 'Wim Kramer', mail: 'wim.kramer@bergen-nh.nl', userPrincipalName: 'wim.kramer@bergen-nh.nl' }],
  groups: [{ id: G, displayName: 'Wijkgericht werken', mailNickname: 'wijkgerichtwerken', memberIds: [U], ownerIds: [U], team: true }],
};

type Item = { id: string; '@odata.etag': string; fields?: Record<string, unknown> };
let h: Harness;
let siteId: string;
let listId: string;
beforeAll(async () => {
  h = await startHarness({ seed }, U);
  siteId = ((await h.client().api(`/groups/${G}/sites/root`).select('id').get()) as { id: string }).id;
});
afterAll(async () => {
  await h.close();
});

const columns = [
  { name: 'VergaderingId', text: {} },
  { name: 'Volgorde', number: {} },
  { name: 'Toelichting', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'Status', choice: { choices: ['gepland', 'loopt', 'gereed'] } },
  { name: 'Datum', dateTime: { format: 'dateOnly' } },
];

describe('SharePoint lists in the team site', () => {
  it('gives the group a team site', () => {
    expect(siteId).toMatch(/^[\w.-]+\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
  });

  it('creates a list with its columns once, finds it by displayName, 409 the second time', async () => {
    const client = h.client();
    const list = (await client.api(`/sites/${siteId}/lists`).post({ displayName: 'Agendapunten', columns, list: { template: 'genericList' } })) as { id: string; displayName: string };
    listId = list.id;
    expect(list.displayName).toBe('Agendapunten');
    const found = (await client.api(`/sites/${siteId}/lists`).filter("displayName eq 'Agendapunten'").select('id,displayName').get()) as PageCollection;
    expect(found.value).toHaveLength(1);
    expect(found.value[0]).toMatchObject({ id: listId, displayName: 'Agendapunten' });
    expect(Object.keys(found.value[0])).not.toContain('createdDateTime');
    const none = (await client.api(`/sites/${siteId}/lists`).filter("displayName eq 'Besluiten'").get()) as PageCollection;
    expect(none.value).toEqual([]);
    expect((await expectGraphError(client.api(`/sites/${siteId}/lists`).post({ displayName: 'Agendapunten' }))).statusCode).toBe(409);
    const cols = (await client.api(`/sites/${siteId}/lists/${listId}/columns`).get()) as PageCollection;
    const names = cols.value.map((c: { name: string }) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Title', 'VergaderingId', 'Volgorde', 'Toelichting', 'Status', 'Datum', 'ID', 'Created']));
    expect(cols.value.find((c: { name: string }) => c.name === 'Toelichting').text.allowMultipleLines).toBe(true);
    const added = (await client.api(`/sites/${siteId}/lists/${listId}/columns`).post({ name: 'ResultaatId', text: {} })) as { name: string };
    expect(added.name).toBe('ResultaatId');
    const twoTypes = await expectGraphError(client.api(`/sites/${siteId}/lists/${listId}/columns`).post({ name: 'Fout', text: {}, number: {} }));
    expect(twoTypes.statusCode).toBe(400);
  });

  it('adds items (201), validates field types and reads them with $expand=fields($select=...) and paging', async () => {
    const client = h.client(h.emulator.issueDevToken(U));
    const first = (await client.api(`/sites/${siteId}/lists/${listId}/items`).post({ fields: { Title: 'Opening', VergaderingId: 'evt-1', Volgorde: 1, Status: 'gepland', Datum: '2026-12-01T11:00:00Z' } })) as Item;
    expect(first.id).toBe('1');
    expect(first['@odata.etag']).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(first.fields?.Datum).toBe('2026-12-01T11:00:00Z');
    for (let i = 2; i <= 7; i++) await client.api(`/sites/${siteId}/lists/${listId}/items`).post({ fields: { Title: `Punt ${i}`, VergaderingId: i % 2 ? 'evt-1' : 'evt-2', Volgorde: i } });
    expect((await expectGraphError(client.api(`/sites/${siteId}/lists/${listId}/items`).post({ fields: { Title: 'x', Volgorde: 'twee' } }))).statusCode).toBe(400);
    expect((await expectGraphError(client.api(`/sites/${siteId}/lists/${listId}/items`).post({ fields: { Title: 'x', Onbekend: 'y' } }))).statusCode).toBe(400);
    expect((await expectGraphError(client.api(`/sites/${siteId}/lists/${listId}/items`).post({ fields: { Title: 'x', Status: 'misschien' } }))).statusCode).toBe(400);

    const page = (await client.api(`/sites/${siteId}/lists/${listId}/items`).expand('fields($select=Title,Volgorde)').top(3).get()) as PageCollection;
    expect(page.value).toHaveLength(3);
    expect(Object.keys(page.value[0].fields).sort()).toEqual(['@odata.etag', 'Title', 'Volgorde', 'id']);
    const all: Item[] = [];
    await new PageIterator(client, page, (it) => {
      all.push(it as Item);
      return true;
    }).iterate();
    expect(all.map((i) => i.fields?.Volgorde)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const bare = (await client.api(`/sites/${siteId}/lists/Agendapunten/items`).get()) as PageCollection;
    expect(bare.value[0]).not.toHaveProperty('fields');
  });

  it("filters on fields/X eq 'y' only with the non-indexed Prefer header, as SharePoint does", async () => {
    const client = h.client();
    const err = await expectGraphError(client.api(`/sites/${siteId}/lists/${listId}/items`).filter("fields/VergaderingId eq 'evt-2'").get());
    expect(err.statusCode).toBe(400);
    expect(err.message).toContain('HonorNonIndexedQueriesWarningMayFailRandomly');
    const hits = (await client
      .api(`/sites/${siteId}/lists/${listId}/items`)
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .filter("fields/VergaderingId eq 'evt-2'")
      .expand('fields($select=Title)')
      .get()) as PageCollection;
    expect(hits.value.map((i: Item) => i.fields?.Title)).toEqual(['Punt 2', 'Punt 4', 'Punt 6']);
  });

  it('updates fields with If-Match: 200 with the new ETag, 412 when stale; deletes', async () => {
    const client = h.client();
    const item = (await client.api(`/sites/${siteId}/lists/${listId}/items/2`).expand('fields').get()) as Item;
    const updated = (await client.api(`/sites/${siteId}/lists/${listId}/items/2/fields`).header('If-Match', item['@odata.etag']).patch({ Toelichting: 'Regel 1\nRegel 2' })) as Record<string, unknown>;
    expect(updated.Toelichting).toBe('Regel 1\nRegel 2');
    expect(updated['@odata.etag']).not.toBe(item['@odata.etag']);
    const stale = await expectGraphError(client.api(`/sites/${siteId}/lists/${listId}/items/2/fields`).header('If-Match', item['@odata.etag']).patch({ Toelichting: 'overschreven' }));
    expect(stale.statusCode).toBe(412);
    const still = (await client.api(`/sites/${siteId}/lists/${listId}/items/2`).expand('fields').get()) as Item;
    expect(still.fields?.Toelichting).toBe('Regel 1\nRegel 2');

    h.emulator.faults.staleNextWrite({ path: /\/items\/3\/fields$/ });
    const three = (await client.api(`/sites/${siteId}/lists/${listId}/items/3`).get()) as Item;
    expect((await expectGraphError(client.api(`/sites/${siteId}/lists/${listId}/items/3/fields`).header('If-Match', three['@odata.etag']).patch({ Volgorde: 9 }))).statusCode).toBe(412);

    await client.api(`/sites/${siteId}/lists/${listId}/items/2`).delete();
    expect((await expectGraphError(client.api(`/sites/${siteId}/lists/${listId}/items/2`).get())).statusCode).toBe(404);
  });
});
