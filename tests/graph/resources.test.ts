// Contract tests: every call of the groups, users, calendar and lists modules against the emulator.
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../src/text/index.ts';
import {
  addAgendapunt,
  addBesluit,
  createMeetingSeries,
  deleteListItem,
  ensureWerkgroepLists,
  getGroup,
  getGroupOwners,
  getUser,
  getUsers,
  listAgendapunten,
  listBesluiten,
  listMeetings,
  listMembers,
  listMyGroups,
  listResultaten,
  listVerbeterpunten,
  saveResultaat,
  saveVerbeterpunt,
  updateAgendapunt,
} from '../../src/graph/index.ts';
import type { SkippedItem, WerkgroepLists } from '../../src/graph/index.ts';
import { startHarness, testSeed } from './support.ts';
import type { Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(testSeed());
});
afterAll(async () => {
  await h?.close();
});

describe('groups and users', () => {
  it('lists members with a user without mail', async () => {
    const members = await listMembers(h.client, { groupId: 'g-weert' });
    expect(members.map((m) => m.id).sort()).toEqual(['u-anna', 'u-bert', 'u-cor', 'u-marc']);
    expect(members.find((m) => m.id === 'u-cor')).toEqual({ id: 'u-cor', displayName: 'Cor zonder mail' });
  });

  it('gives owners; the first one chairs', async () => {
    expect((await getGroupOwners(h.client, { groupId: 'g-weert' })).map((o) => o.id)).toEqual(['u-anna']);
  });

  it('lists my groups and reads one group', async () => {
    const mine = await listMyGroups(h.client);
    expect(mine).toContainEqual({ id: 'g-weert', naam: 'Interactief beleid' });
    expect(mine.find((g) => g.id === 'g-mt')).toBeUndefined();
    expect(await getGroup(h.client, { groupId: 'g-mt' })).toEqual({ id: 'g-mt', naam: 'MT' });
  });

  it('reads one user without a mailbox', async () => {
    expect(await getUser(h.client, { userId: 'u-cor' })).toEqual({ id: 'u-cor', displayName: 'Cor zonder mail' });
  });

  it('reads many users in one $batch and lists the unknown ones', async () => {
    const before = h.calls('POST', /^\/\$batch$/);
    const { users, missing } = await getUsers(h.client, ['u-anna', 'u-bert', 'u-weg', 'u-anna']);
    expect(users.map((u) => u.id).sort()).toEqual(['u-anna', 'u-bert']);
    expect(missing).toEqual(['u-weg']);
    expect(h.calls('POST', /^\/\$batch$/) - before).toBe(1);
  });
});

describe('calendar', () => {
  it('reads calendarView in Amsterdam time and returns UTC instants, winter and summer', async () => {
    const meetings = await listMeetings(h.client, { groupId: 'g-weert' }, { from: '2026-01-01T00:00:00Z', to: '2026-08-01T00:00:00Z' });
    expect(meetings).toHaveLength(7);
    const jan = meetings.find((m) => m.start.startsWith('2026-01-06'))!;
    expect(jan).toMatchObject({ start: '2026-01-06T13:00:00.000Z', end: '2026-01-06T14:30:00.000Z', seriesMasterId: 'ev-maand', werkgroepId: 'g-weert' });
    expect(jan.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(meetings.find((m) => m.start.startsWith('2026-07-07'))).toMatchObject({ start: '2026-07-07T12:00:00.000Z' });
  });

  it('asks for Amsterdam times with the Prefer header on every page', async () => {
    const seen: (string | undefined)[] = [];
    const spy = (req: IncomingMessage) => {
      if (req.url?.includes('/calendarView')) seen.push(req.headers.prefer as string | undefined);
    };
    h.emulator.server.on('request', spy);
    await listMeetings(h.client, { groupId: 'g-weert' }, { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' });
    h.emulator.server.off('request', spy);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p === 'outlook.timezone="W. Europe Standard Time"')).toBe(true);
  });

  it('creates a relativeMonthly series with a Teams meeting', async () => {
    // Bert is a member of g-leeg: only members may write to a group's calendar.
    const bert = h.clientAs('u-bert');
    const master = await createMeetingSeries(bert, { groupId: 'g-leeg' }, {
      subject: 'Werkgroep zonder plan',
      rule: { index: 'second', weekday: 'thursday', time: '10:00', durationMinutes: 60, startDate: '2026-03-01' },
    });
    expect(master).toMatchObject({ subject: 'Werkgroep zonder plan', start: '2026-03-12T09:00:00.000Z', end: '2026-03-12T10:00:00.000Z' });
    expect(master.joinUrl).toBeTruthy();
    const april = await listMeetings(bert, { groupId: 'g-leeg' }, { from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' });
    expect(april.map((m) => m.start)).toEqual(['2026-04-09T08:00:00.000Z']);
    expect(april[0]!.seriesMasterId).toBe(master.id);
  });

  it('refuses a series that ends before its first meeting, before asking Graph', async () => {
    const before = h.calls('POST', /\/calendar\/events$/);
    const error = await createMeetingSeries(h.client, { groupId: 'g-leeg' }, {
      subject: 'Te kort',
      rule: { index: 'last', weekday: 'friday', time: '10:00', durationMinutes: 60, startDate: '2026-03-01', endDate: '2026-03-20' },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WORKGROUPS.INVALID_SERIES' });
    expect(h.calls('POST', /\/calendar\/events$/)).toBe(before);
  });
});

describe('lists', () => {
  let lists: WerkgroepLists;
  const ids = (name: keyof WerkgroepLists['lists']) => ({ siteId: lists.siteId, listId: lists.lists[name], werkgroepId: 'g-weert' });

  it('creates the missing lists with their columns and keeps the existing ones', async () => {
    lists = await ensureWerkgroepLists(h.client, { groupId: 'g-weert' });
    expect(lists.lists.Resultaten).toBe('l-res');
    expect(lists.lists.Agendapunten).toBe('l-ag');
    expect(lists.lists.Besluiten).toBeTruthy();
    expect(h.calls('POST', /^\/sites\/[^/]+\/lists$/)).toBe(2);
    const again = await ensureWerkgroepLists(h.client, { groupId: 'g-weert' });
    expect(again).toEqual(lists);
    expect(h.calls('POST', /^\/sites\/[^/]+\/lists$/)).toBe(2);
  });

  it('adds a column that is missing from an existing list', async () => {
    // Someone removed a column from the seeded list.
    const list = h.emulator.state.lists.get('l-ag')!;
    list.columns = list.columns.filter((c) => c.name !== 'ResultaatId');
    const before = h.calls('POST', /^\/sites\/[^/]+\/lists\/l-ag\/columns$/);
    await ensureWerkgroepLists(h.client, { groupId: 'g-weert' });
    expect(h.calls('POST', /^\/sites\/[^/]+\/lists\/l-ag\/columns$/) - before).toBe(1);
    expect(h.emulator.state.lists.get('l-ag')!.columns.map((c) => c.name)).toContain('ResultaatId');
  });

  it('survives two callers creating the lists at once (409 means it exists)', async () => {
    // Bert is a member of g-leeg, whose team site the lists go into.
    const bert = h.clientAs('u-bert');
    const [a, b] = await Promise.all([ensureWerkgroepLists(bert, { groupId: 'g-leeg' }), ensureWerkgroepLists(bert, { groupId: 'g-leeg' })]);
    expect(a).toEqual(b);
    expect(Object.values(a.lists).every(Boolean)).toBe(true);
  });

  it('adds, reads, updates with ETag and deletes an agendapunt', async () => {
    const added = await addAgendapunt(h.client, ids('Agendapunten'), { titel: 'Voortgang resultaten', vergaderingId: 'ev-maand', volgorde: 2, toelichting: 'Per resultaat' });
    expect(added).toMatchObject({ titel: 'Voortgang resultaten', volgorde: 2, werkgroepId: 'g-weert' });
    expect(added.etag).toBeTruthy();
    const agenda = await listAgendapunten(h.client, ids('Agendapunten'), { vergaderingId: 'ev-maand' });
    expect(agenda.map((a) => a.titel)).toEqual(['Opening', 'Voortgang resultaten']);

    const updated = await updateAgendapunt(h.client, ids('Agendapunten'), { ...added, titel: 'Voortgang alle resultaten' });
    expect(updated.titel).toBe('Voortgang alle resultaten');
    expect(updated.etag).not.toBe(added.etag);

    // The old ETag is stale now: refused, and nothing is written.
    const stale = await updateAgendapunt(h.client, ids('Agendapunten'), { ...added, titel: 'Oude versie' }).catch((e: unknown) => e);
    expect((stale as AppError).code).toBe('GRAPH.PRECONDITION_FAILED');
    expect((await listAgendapunten(h.client, ids('Agendapunten'))).find((a) => a.id === added.id)?.titel).toBe('Voortgang alle resultaten');

    await deleteListItem(h.client, ids('Agendapunten'), { id: updated.id, etag: updated.etag! });
    expect((await listAgendapunten(h.client, ids('Agendapunten'))).map((a) => a.id)).not.toContain(added.id);
  });

  it('adds and reads a besluit', async () => {
    const besluit = await addBesluit(h.client, ids('Besluiten'), { tekst: 'We starten met drie pilots', vergaderingId: 'ev-maand', datum: '2026-02-03' });
    expect(besluit).toMatchObject({ tekst: 'We starten met drie pilots', datum: '2026-02-03' });
    expect(await listBesluiten(h.client, ids('Besluiten'), { vergaderingId: 'ev-maand' })).toEqual([besluit]);
  });

  it('reads results, skipping and reporting a malformed one', async () => {
    const skipped: SkippedItem[] = [];
    const results = await listResultaten(h.client, ids('Resultaten'), { onSkip: (s) => skipped.push(s) });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ nr: 1, doelgroep: ['Ambtenaren', 'Bestuur'], doorlooptijd: { start: '2026-02-01' }, verantwoordelijkMtLidId: 'u-marc', status: 'loopt' });
    expect(skipped).toEqual([expect.objectContaining({ resource: 'Resultaten', werkgroepId: 'g-weert', issue: expect.stringContaining('status') })]);
  });

  it('saves a result: create, then update with its ETag', async () => {
    const created = await saveResultaat(h.client, ids('Resultaten'), {
      nr: 3,
      titel: 'Participatiewijzer',
      doel: 'Inwoners weten wat ze kunnen verwachten',
      doelgroep: ['Inwoners'],
      watIsErGebeurd: '',
      methode: 'Schrijfsessie',
      doorlooptijd: { start: '2026-03-01', eind: '2026-06-30' },
      capaciteit: '20 uur',
      verankering: 'Website',
      status: 'gepland',
    });
    expect(created.doorlooptijd).toEqual({ start: '2026-03-01', eind: '2026-06-30' });
    const saved = await saveResultaat(h.client, ids('Resultaten'), { ...created, status: 'loopt' });
    expect(saved.status).toBe('loopt');
    expect((await listResultaten(h.client, ids('Resultaten'))).find((r) => r.id === created.id)?.status).toBe('loopt');
  });

  it('saves and reads a verbeterpunt with numbered actions', async () => {
    const saved = await saveVerbeterpunt(h.client, ids('Verbeterpunten'), {
      nr: 1,
      evaluatieNr: 4,
      titel: 'Wijkteams beter bereikbaar',
      probleem: ['Inwoners weten niet wie hun wijkteam is'],
      watWillenWeBereiken: ['Elke wijk heeft een vast aanspreekpunt'],
      acties: [
        { nr: 1, omschrijving: 'Wijkkaart maken', trekker: 'u-bert', planning: 'eind 2026', status: 'loopt' },
        { nr: 2, omschrijving: 'Spreekuur in de wijk', status: 'onderdeel bedrijfsvoering' },
      ],
      verantwoordelijkMtLidId: 'u-marc',
    });
    const read = await listVerbeterpunten(h.client, ids('Verbeterpunten'));
    expect(read).toEqual([saved]);
    expect(read[0]!.acties[1]!.status).toBe('onderdeel bedrijfsvoering');

    const acties = saved.acties.map((a) => (a.nr === 1 ? { ...a, status: 'uitgevoerd' as const } : a));
    const updated = await saveVerbeterpunt(h.client, ids('Verbeterpunten'), { ...saved, acties });
    expect(updated.acties[0]!.status).toBe('uitgevoerd');
    expect(updated.etag).not.toBe(saved.etag);
    const stale = await saveVerbeterpunt(h.client, ids('Verbeterpunten'), { ...saved, titel: 'Oud' }).catch((e: unknown) => e);
    expect((stale as AppError).code).toBe('GRAPH.PRECONDITION_FAILED');
    expect((await listVerbeterpunten(h.client, ids('Verbeterpunten')))[0]).toMatchObject({ titel: 'Wijkteams beter bereikbaar', acties: acties });
  });
});
