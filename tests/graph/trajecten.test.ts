// The traject register against the emulator: the list is made once, a document's traject is written
// by the user (delegated) and never duplicated, the bot (app-only, Sites.Selected write grant) marks
// follow-ups with the item's ETag, and whoever may not write gets 403.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_BOT_APP } from '../../dev/graph-emulator/index.ts';
import { DEV_TAB_APP_ID } from '../../dev/graph-emulator/dev-token.ts';
import type { TenantSeed } from '../../dev/graph-emulator/index.ts';
import {
  TRAJECT_LIST,
  createDevTokenProvider,
  createGraphClient,
  ensureTrajectList,
  findTrajectByDocument,
  listTrajecten,
  updateTraject,
  upsertTraject,
} from '../../src/graph/index.ts';
import type { GraphClient } from '../../src/graph/index.ts';
import type { Traject } from '../../src/participation/index.ts';
import { startHarness } from './support.ts';
import type { Harness } from './support.ts';

const DOC = '0b7e4c1a-2f3d-4e5a-9b6c-7d8e9f0a1b2c';
const SITE_GROUP = 'g-participatie';

function seed(): TenantSeed {
  return {
    users: [
      { id: 'u-an', displayName: 'An Peeters', mail: 'an@weert.example', userPrincipalName: 'an@weert.example' },
      { id: 'u-bo', displayName: 'Bo Smeets', mail: 'bo@weert.example', userPrincipalName: 'bo@weert.example' },
      { id: 'u-buiten', displayName: 'Externe', mail: 'x@elders.example', userPrincipalName: 'x@elders.example' },
    ],
    groups: [
      { id: SITE_GROUP, displayName: 'Participatie', mailNickname: 'participatie', memberIds: ['u-an', 'u-bo'], ownerIds: ['u-bo'] },
      { id: 'g-ander', displayName: 'Ander team', mailNickname: 'ander', memberIds: ['u-an'], ownerIds: ['u-an'] },
    ],
    sites: [
      { groupId: SITE_GROUP, grants: [{ roles: ['write'], application: { ...DEV_BOT_APP } }] },
      // The bot may only read this one.
      { groupId: 'g-ander', grants: [{ roles: ['read'], application: { ...DEV_BOT_APP } }] },
    ],
  };
}

const traject: Traject = {
  documentId: DOC,
  onderwerp: 'het nieuwe speelruimtebeleid',
  zaaknummer: 'Z-2026-0412',
  afdeling: 'Welzijn',
  portefeuillehouder: 'wethouder Van Dooren',
  opsteller: { id: 'u-an', naam: 'An Peeters', email: 'an@weert.example' },
  soortStuk: 'raadsvoorstel',
  gekozenNiveau: 'adviseren',
  geadviseerdNiveau: 'raadplegen',
  status: 'afgerond',
  periodeStart: '2026-02-05',
  periodeEind: '2026-03-20',
  aantalDeelnemers: 412,
  watGedaanMetInbreng: 'Meer plekken voor tieners: Overgenomen',
  inbrengOvergenomen: 'ja',
  terugkoppelingDatum: '2026-12-09',
  terugkoppelingKanaal: 'Nieuwsbrief',
  vervolgDatum: '2027-06-01',
  documentUrl: `https://weert.sharepoint.com/sites/bestuur/Gedeelde%20documenten/Speelruimte.docx?web=1&d=${'x'.repeat(300)}`,
  profielNaam: 'Weert',
  profielVersie: '3',
  bijgewerkt: '2026-12-02T10:00:00.000Z',
};

let h: Harness;
let siteId: string;

beforeAll(async () => {
  h = await startHarness(seed(), 'u-an');
  siteId = ((await h.client.api(`/groups/${SITE_GROUP}/sites/root`).get()) as { id: string }).id;
});
afterAll(async () => {
  await h?.close();
});

const itemWrites = (since: number, method: string) => h.emulator.log.slice(since).filter((e) => e.method === method && /\/lists\/[^/]+\/items/.test(e.path)).length;

describe('the traject register on the participation site', () => {
  it('makes the list with the first traject a member registers on a new site', async () => {
    const fresh = ((await h.client.api('/groups/g-ander/sites/root').get()) as { id: string }).id;
    await expect(listTrajecten(h.client, fresh)).rejects.toMatchObject({ code: 'GRAPH.NOT_FOUND' });
    const first = await upsertTraject(h.client, fresh, { ...traject, documentId: 'f1f1f1f1-0000-4000-8000-000000000001' });
    expect((await listTrajecten(h.client, fresh)).map((t) => t.itemId)).toEqual([first.itemId]);
  });

  it('makes the list once, with readable columns and DocumentId indexed', async () => {
    const id = await ensureTrajectList(h.client, siteId);
    expect(await ensureTrajectList(h.client, siteId)).toBe(id);
    const lists = (await h.client.api(`/sites/${siteId}/lists`).get()) as { value: { displayName: string }[] };
    expect(lists.value.filter((l) => l.displayName === TRAJECT_LIST)).toHaveLength(1);
    const columns = (await h.client.api(`/sites/${siteId}/lists/${id}/columns`).get()) as { value: Record<string, unknown>[] };
    const byName = new Map(columns.value.map((c) => [c.name as string, c]));
    expect(byName.get('DocumentId')).toMatchObject({ indexed: true });
    expect(byName.get('Status')).toMatchObject({ choice: { choices: ['gepland', 'afgerond', 'geen'] } });
    expect(byName.get('TerugkoppelingDatum')).toMatchObject({ dateTime: { format: 'dateOnly' } });
    expect(byName.get('TerugkoppelingGedaan')).toHaveProperty('boolean');
  });

  it('registers a document’s traject and reads it back field for field', async () => {
    const created = await upsertTraject(h.client, siteId, traject);
    expect(created.etag).not.toBe('');
    const { itemId: _i, etag: _e, ...rest } = created;
    expect(rest).toEqual(traject);
    expect(await findTrajectByDocument(h.client, siteId, DOC)).toEqual(created);
    expect(await findTrajectByDocument(h.client, siteId, '11111111-2222-4333-8444-555555555555')).toBeUndefined();
  });

  it('updates the same item when the paragraph is written again, never a second one', async () => {
    const before = h.emulator.log.length;
    const first = (await listTrajecten(h.client, siteId))[0]!;
    const updated = await upsertTraject(h.client, siteId, { ...traject, onderwerp: 'het speelruimtebeleid 2027', zaaknummer: undefined, aantalDeelnemers: 430 });
    expect(itemWrites(before, 'POST')).toBe(0);
    expect(updated.itemId).toBe(first.itemId);
    expect(updated.etag).not.toBe(first.etag);
    const all = await listTrajecten(h.client, siteId);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ onderwerp: 'het speelruimtebeleid 2027', aantalDeelnemers: 430 });
    // A field the document no longer has is cleared.
    expect(all[0]!.zaaknummer).toBeUndefined();
  });

  it('leaves what the opsteller marked when the add-in writes the paragraph again', async () => {
    const current = (await findTrajectByDocument(h.appClient, siteId, DOC))!;
    const marked = await updateTraject(h.appClient, siteId, current.itemId, current.etag, { terugkoppelingGedaan: true, evaluatieGehoord: 'deels', evaluatieAndersDoen: 'Eerder een datum noemen.' });
    expect(marked).toMatchObject({ terugkoppelingGedaan: true, evaluatieGehoord: 'deels', evaluatieAndersDoen: 'Eerder een datum noemen.' });
    await upsertTraject(h.client, siteId, { ...traject, onderwerp: 'het speelruimtebeleid 2027' });
    expect(await findTrajectByDocument(h.client, siteId, DOC)).toMatchObject({ terugkoppelingGedaan: true, evaluatieGehoord: 'deels', evaluatieAndersDoen: 'Eerder een datum noemen.' });
  });

  it('refuses a write with a stale ETag (412) and writes nothing', async () => {
    const current = (await findTrajectByDocument(h.client, siteId, DOC))!;
    await updateTraject(h.client, siteId, current.itemId, current.etag, { terugkoppelingKanaal: 'Brief' });
    await expect(updateTraject(h.appClient, siteId, current.itemId, current.etag, { terugkoppelingGedaan: false })).rejects.toMatchObject({ code: 'GRAPH.PRECONDITION_FAILED' });
    await expect(upsertTraject(h.client, siteId, traject, { etag: current.etag })).rejects.toMatchObject({ code: 'GRAPH.PRECONDITION_FAILED' });
    expect(await findTrajectByDocument(h.client, siteId, DOC)).toMatchObject({ terugkoppelingGedaan: true, terugkoppelingKanaal: 'Brief', onderwerp: 'het speelruimtebeleid 2027' });
  });

  it('keeps one traject when two first writes of a new document race', async () => {
    await ensureTrajectList(h.client, siteId);
    const other: Traject = { ...traject, documentId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', onderwerp: 'de dorpsplein' };
    // Both clients are warm (token and connection), so both look before either writes.
    const bo = h.clientAs('u-bo');
    await Promise.all([listTrajecten(h.client, siteId), listTrajecten(bo, siteId)]);
    const before = h.emulator.log.length;
    const [a, b] = await Promise.all([upsertTraject(h.client, siteId, other), upsertTraject(bo, siteId, other)]);
    console.log('LOG', h.emulator.log.slice(-12).map((e) => e.method + ' ' + e.path + ' ' + (e as {status?: number}).status));
    const rows = (await listTrajecten(h.client, siteId)).filter((t) => t.documentId === other.documentId);
    expect(rows).toHaveLength(1);
    expect([a.itemId, b.itemId]).toEqual([rows[0]!.itemId, rows[0]!.itemId]);
    // Both writers did create an item: the race really happened, and the later item was removed.
    expect([itemWrites(before, 'POST'), itemWrites(before, 'DELETE')]).toEqual([2, 1]);
  });

  it('the bot reads the register app-only with its Sites.Selected grant', async () => {
    const all = await listTrajecten(h.appClient, siteId);
    expect(all.map((t) => t.onderwerp).sort()).toEqual(['de dorpsplein', 'het speelruimtebeleid 2027']);
  });

  it('refuses (403) a user who may not use the participation site, and the bot where its grant is read-only', async () => {
    await expect(upsertTraject(h.clientAs('u-buiten'), siteId, traject)).rejects.toMatchObject({ code: 'GRAPH.FORBIDDEN' });
    const otherSite = ((await h.client.api('/groups/g-ander/sites/root').get()) as { id: string }).id;
    await ensureTrajectList(h.client, otherSite);
    await expect(upsertTraject(h.appClient, otherSite, traject)).rejects.toMatchObject({ code: 'GRAPH.FORBIDDEN' });
    expect((await listTrajecten(h.appClient, otherSite)).map((t) => t.documentId)).toEqual(['f1f1f1f1-0000-4000-8000-000000000001']);
  });

  it('skips an item that is not a traject and reports it', async () => {
    const id = await ensureTrajectList(h.client, siteId);
    await h.client.api(`/sites/${siteId}/lists/${id}/items`).post({ fields: { Title: 'Losse regel zonder document' } });
    const skipped: string[] = [];
    const all = await listTrajecten(h.client, siteId, { onSkip: (s) => skipped.push(s.issue) });
    expect(all).toHaveLength(2);
    expect(skipped).toEqual(['Status']);
  });

  it('works for an add-in app that holds only delegated Sites.Selected: the app’s grant and the user’s own access both count', async () => {
    // An organisation may give the add-in its own Entra app that reaches nothing but the participation site.
    const selectedOnly = (userId: string): GraphClient =>
      createGraphClient({
        tokenProvider: createDevTokenProvider(() => h.emulator.issueDevToken(userId, { scopes: ['Sites.Selected'] })),
        baseUrl: h.url.endsWith('/') ? h.url : `${h.url}/`,
        dispatcher: h.dispatcher as never,
        retry: { maxRetries: 0 },
      });
    const next: Traject = { ...traject, documentId: 'c0ffee00-1234-4abc-8def-001122334455', onderwerp: 'het hondenbeleid' };
    await expect(upsertTraject(selectedOnly('u-an'), siteId, next)).rejects.toMatchObject({ code: 'GRAPH.FORBIDDEN' });
    const admin = h.emulator.issueDevToken(undefined, { roles: ['Sites.FullControl.All'] });
    const grant = await fetch(`${h.url.replace(/\/$/, '')}/v1.0/sites/${encodeURIComponent(siteId)}/permissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['write'], grantedToIdentities: [{ application: { id: DEV_TAB_APP_ID, displayName: 'Participatie add-in' } }] }),
      dispatcher: h.dispatcher,
    } as RequestInit);
    expect(grant.status).toBe(201);
    await expect(upsertTraject(selectedOnly('u-an'), siteId, next)).resolves.toMatchObject({ onderwerp: 'het hondenbeleid' });
    // The grant does not open the site to someone who may not use it.
    await expect(upsertTraject(selectedOnly('u-buiten'), siteId, next)).rejects.toMatchObject({ code: 'GRAPH.FORBIDDEN' });
  });

  it('marks the feedback done when the paragraph now tells it as given, and a later write does not clear it', async () => {
    const doc = 'f1f1f1f1-0000-4000-8000-0000000000aa';
    await upsertTraject(h.client, siteId, { ...traject, documentId: doc });
    expect((await findTrajectByDocument(h.client, siteId, doc))!.terugkoppelingGedaan).toBeUndefined();
    await upsertTraject(h.client, siteId, { ...traject, documentId: doc, terugkoppelingGedaan: true });
    expect((await findTrajectByDocument(h.client, siteId, doc))!.terugkoppelingGedaan).toBe(true);
    await upsertTraject(h.client, siteId, { ...traject, documentId: doc });
    expect((await findTrajectByDocument(h.client, siteId, doc))!.terugkoppelingGedaan).toBe(true);
  });
});
