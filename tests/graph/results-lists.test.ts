// The Resultaten and Verbeterpunten lists as a SharePoint user reads them: person columns, plain text, no JSON
// or raw ids; old JSON items still read and written back readably; every edit with the item's ETag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResultaat, createVerbeterpunt, ensureWerkgroepLists, listResultaten, listVerbeterpunten, saveResultaat, saveVerbeterpunt } from '../../src/graph/lists.ts';
import type { ListIds } from '../../src/graph/lists.ts';
import type { TenantSeed } from '../../dev/graph-emulator/index.ts';
import { startHarness } from './support.ts';
import type { Harness } from './support.ts';

const G = '60000000-0000-4000-8000-000000000001';
const ANNA = '60000000-0000-4000-8000-0000000000a1';
const MARC = '60000000-0000-4000-8000-0000000000a2';
const KOK = '60000000-0000-4000-8000-0000000000a3';
const seed: TenantSeed = {
  users: [
    { id: ANNA, displayName: 'Anouk Verhoeven', mail: 'anouk.verhoeven@weert.nl', userPrincipalName: 'anouk.verhoeven@weert.nl' },
    // The MT member never opened the werkgroep's site: SharePoint does not know him there.
    { id: MARC, displayName: 'Marc Knaapen', mail: 'marc.knaapen@weert.nl', userPrincipalName: 'm.knaapen@weert.nl' },
    { id: KOK, displayName: 'Linda Kok', mail: 'linda.kok@bergen-nh.nl', userPrincipalName: 'linda.kok@bergen-nh.nl' },
  ],
  groups: [{ id: G, displayName: 'Interactief beleid', mailNickname: 'interactiefbeleid', memberIds: [ANNA, KOK], ownerIds: [ANNA], team: true }],
};

let h: Harness;
let results: ListIds;
let punten: ListIds;

beforeAll(async () => {
  h = await startHarness(seed, ANNA);
  const lists = await ensureWerkgroepLists(h.client, { groupId: G });
  results = { siteId: lists.siteId, listId: lists.lists.Resultaten, werkgroepId: G };
  punten = { siteId: lists.siteId, listId: lists.lists.Verbeterpunten, werkgroepId: G };
});
afterAll(async () => {
  await h.close();
});

const stored = (listId: string, id: string) => h.emulator.state.itemsOf(listId).get(id)!.fields;
const siteUsers = () => {
  const list = [...h.emulator.state.lists.values()].find((l) => l.siteId === results.siteId && l.displayName === 'User Information List')!;
  return [...h.emulator.state.itemsOf(list.id).values()];
};

const resultaat = {
  nr: 1,
  titel: 'Bij drie pilots is optimaal gebruikgemaakt van interactief beleid',
  doel: 'Het toepassen van de leidraad interactief werken bij de drie pilots.',
  doelgroep: ['Projectleiders van de drie pilots', 'Projectwethouders'],
  watIsErGebeurd: 'Drie projecten zijn aangewezen als pilot.\nVergadering 3-11-2026: Klankbordgroep gestart.',
  methode: 'Werkgroep',
  doorlooptijd: { start: '2026-05-01', eind: '2027-03-31' },
  capaciteit: 'Maandelijks overleg met werkgroep',
  verankering: 'Leidraad aanpassen',
  status: 'loopt' as const,
};

describe('emulator: a person column is written through its LookupId (User Information List)', () => {
  it('adds whoever uses the site to its hidden User Information List, which GET /lists leaves out unless $select names system', async () => {
    expect(siteUsers().map((u) => u.fields.UserName)).toEqual(['anouk.verhoeven@weert.nl']);
    const plain = (await h.client.api(`/sites/${results.siteId}/lists`).select('id,displayName').get()) as { value: { displayName: string }[] };
    expect(plain.value.map((l) => l.displayName)).not.toContain('User Information List');
    const all = (await h.client.api(`/sites/${results.siteId}/lists`).select('id,displayName,system').get()) as { value: { displayName: string }[] };
    expect(all.value.map((l) => l.displayName)).toContain('User Information List');
  });

  it('creates the person column with the personOrGroup facet and refuses a value that is not a lookup id of the site', async () => {
    const cols = (await h.client.api(`/sites/${results.siteId}/lists/${results.listId}/columns`).get()) as { value: { name: string; personOrGroup?: unknown; hidden: boolean }[] };
    expect(cols.value.find((c) => c.name === 'MtLid')?.personOrGroup).toMatchObject({ allowMultipleSelection: false, chooseFromType: 'peopleOnly' });
    expect(cols.value.find((c) => c.name === 'MtLidId')?.hidden).toBe(true);
    const path = `/sites/${results.siteId}/lists/${results.listId}/items`;
    await expect(h.client.api(path).post({ fields: { Title: 'x', MtLid: MARC } })).rejects.toMatchObject({ statusCode: 400 });
    await expect(h.client.api(path).post({ fields: { Title: 'x', MtLidLookupId: '999' } })).rejects.toMatchObject({ statusCode: 400 });
    const anna = siteUsers()[0]!.id;
    const made = (await h.client.api(path).post({ fields: { Title: 'x', MtLidLookupId: Number(anna) } })) as { id: string; fields: Record<string, unknown> };
    expect(made.fields.MtLidLookupId).toBe(anna);
  });
});

describe('Resultaten: readable in SharePoint', () => {
  it('createResultaat writes the MT member as name and hidden id, and leaves the person column empty for someone the site does not know', async () => {
    const made = await createResultaat(h.client, results, { ...resultaat, verantwoordelijkMtLidId: MARC, verantwoordelijkMtLidNaam: 'Marc Knaapen' });
    const f = stored(results.listId, made.id);
    expect(f).toMatchObject({ MtLidNaam: 'Marc Knaapen', MtLidId: MARC, VerantwoordelijkMtLid: '', Doelgroep: 'Projectleiders van de drie pilots\nProjectwethouders' });
    expect(f.MtLidLookupId).toBeUndefined();
    expect(made).toMatchObject({ verantwoordelijkMtLidId: MARC, verantwoordelijkMtLidNaam: 'Marc Knaapen', doorlooptijd: { start: '2026-05-01', eind: '2027-03-31' } });
  });

  it('fills the person column once the site knows the person, and reads old items that kept the id in the text column', async () => {
    // Linda opens the site (as anyone does by using the werkgroep's tab); from then on SharePoint knows her.
    await h.clientAs(KOK).api(`/sites/${results.siteId}`).get();
    const made = await createResultaat(h.client, results, { ...resultaat, nr: 2, verantwoordelijkMtLidId: KOK, verantwoordelijkMtLidNaam: 'Linda Kok' });
    const kok = siteUsers().find((u) => u.fields.UserName === 'linda.kok@bergen-nh.nl')!;
    expect(stored(results.listId, made.id)).toMatchObject({ MtLidLookupId: kok.id, MtLidNaam: 'Linda Kok', MtLidId: KOK });

    const old = (await h.client.api(`/sites/${results.siteId}/lists/${results.listId}/items`).post({ fields: { Title: 'Oud resultaat', Nr: 9, Status: 'gepland', VerantwoordelijkMtLid: MARC } })) as { id: string };
    const read = (await listResultaten(h.client, results)).find((r) => r.id === old.id)!;
    expect(read.verantwoordelijkMtLidId).toBe(MARC);
    // Saved once: the raw id leaves the visible column.
    await saveResultaat(h.client, results, { ...read, verantwoordelijkMtLidNaam: 'Marc Knaapen' });
    expect(stored(results.listId, old.id)).toMatchObject({ VerantwoordelijkMtLid: '', MtLidId: MARC, MtLidNaam: 'Marc Knaapen' });
  });

  it('still saves when SharePoint refuses the person column: name and hidden id carry it', async () => {
    const [first] = await listResultaten(h.client, results);
    h.emulator.faults.add({ method: 'PATCH', path: /\/lists\/.+\/items\/.+\/fields$/, status: 400, times: 1 });
    const saved = await saveResultaat(h.client, results, { ...first!, verantwoordelijkMtLidId: KOK, verantwoordelijkMtLidNaam: 'Linda Kok', verankering: 'Handboek PMW' });
    expect(saved.verankering).toBe('Handboek PMW');
    expect(stored(results.listId, first!.id)).toMatchObject({ MtLidId: KOK, MtLidNaam: 'Linda Kok', Verankering: 'Handboek PMW' });
    expect(h.calls('PATCH', /\/items\/[^/]+\/fields$/)).toBeGreaterThanOrEqual(2);
  });

  it('an edit with a stale ETag writes nothing and says so', async () => {
    const [first] = await listResultaten(h.client, results);
    await saveResultaat(h.client, results, { ...first!, status: 'gereed' });
    await expect(saveResultaat(h.client, results, { ...first!, capaciteit: 'Anders' })).rejects.toMatchObject({ code: 'GRAPH.PRECONDITION_FAILED' });
    expect(stored(results.listId, first!.id).Capaciteit).toBe(resultaat.capaciteit);
  });
});

describe('Verbeterpunten: actions as lines, not JSON', () => {
  it('reads an old item with JSON actions and writes it back as readable lines with the ids hidden', async () => {
    const legacy = [
      { nr: 1, omschrijving: 'In 2014 zijn er maximaal 8 kernoverleggen.', toelichting: 'Medio 2013 zelf een kernoverleg vormen.', trekker: 'Wijkcoördinatoren', status: 'loopt' },
      { nr: 2, omschrijving: 'Vanaf 2013 wijkschouwen anders opzetten richting kernbezoek.', trekker: 'L. Kok', status: 'gepland' },
    ];
    const old = (await h.client
      .api(`/sites/${punten.siteId}/lists/${punten.listId}/items`)
      .post({ fields: { Title: 'Bundel de krachten van wijkverenigingen', Nr: 1, Acties: JSON.stringify(legacy), VerantwoordelijkMtLid: MARC } })) as { id: string };
    const read = (await listVerbeterpunten(h.client, punten)).find((p) => p.id === old.id)!;
    expect(read.acties).toEqual(legacy);
    expect(read.verantwoordelijkMtLidId).toBe(MARC);

    const acties = read.acties.map((a) => (a.nr === 2 ? { ...a, trekker: 'Linda Kok', trekkerId: KOK, taskId: 'task-7' } : a));
    const saved = await saveVerbeterpunt(h.client, punten, { ...read, acties, verantwoordelijkMtLidNaam: 'Marc Knaapen' });
    const f = stored(punten.listId, old.id);
    expect(f.Acties).toBe(
      [
        '1. In 2014 zijn er maximaal 8 kernoverleggen. — Trekker: Wijkcoördinatoren — Status: loopt',
        '   Toelichting: Medio 2013 zelf een kernoverleg vormen.',
        '2. Vanaf 2013 wijkschouwen anders opzetten richting kernbezoek. — Trekker: Linda Kok — Status: gepland',
      ].join('\n'),
    );
    expect(f.ActieKoppelingen).toBe(`2;${KOK};task-7`);
    expect(f.VerantwoordelijkMtLid).toBe('');
    expect(saved.acties).toEqual(acties);
    expect((await listVerbeterpunten(h.client, punten)).find((p) => p.id === old.id)!.acties).toEqual(acties);
  });

  it('createVerbeterpunt stores Probleem and Wat willen we bereiken one per line', async () => {
    const made = await createVerbeterpunt(h.client, punten, {
      nr: 2,
      titel: 'Geef wijkcoördinator meer volmachten',
      probleem: ['Afspraken worden niet nagekomen.', 'Het duurt te lang om opdrachten te realiseren.'],
      watWillenWeBereiken: ['Betere afstemming van afspraken.'],
      acties: [{ nr: 1, omschrijving: 'Projectmatig werken.', status: 'onderdeel bedrijfsvoering' }],
    });
    expect(stored(punten.listId, made.id)).toMatchObject({
      Probleem: 'Afspraken worden niet nagekomen.\nHet duurt te lang om opdrachten te realiseren.',
      Acties: '1. Projectmatig werken. — Status: onderdeel bedrijfsvoering',
      ActieKoppelingen: '',
    });
  });
});
