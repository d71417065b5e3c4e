import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageCollection } from '@microsoft/microsoft-graph-client';
import { DEMO_GROUP_IDS, demoTenantSeed, demoUserId, seedLargeTenant } from './index.ts';
import { Agent } from 'undici';
import { Client } from '@microsoft/microsoft-graph-client';
import type { FetchOptions } from '@microsoft/microsoft-graph-client';
import { buildEmulator, DEV_BOT_APP } from '../graph-emulator/index.ts';
import type { Emulator } from '../graph-emulator/index.ts';
import { parseVerbeterActies } from '../../src/workgroups/index.ts';

const TODAY = '2026-12-01';
const seed = demoTenantSeed({ today: TODAY });
let emulator: Emulator;
let agent: Agent;
let graph: Client;
let tabGraph: Client;
// `client` is the bot's app-only token, `tab` a werkgroep member's delegated one (group calendars are delegated-only).
const h = { client: () => graph, tab: () => tabGraph };
beforeAll(async () => {
  emulator = buildEmulator({ seed });
  const { url } = await emulator.listen(0, '127.0.0.1');
  agent = new Agent({ connect: { ca: emulator.ca } });
  const token = emulator.issueDevToken();
  graph = Client.init({
    baseUrl: `${url}/`,
    customHosts: new Set(['127.0.0.1']),
    authProvider: (done) => done(null, token),
    fetchOptions: { dispatcher: agent } as unknown as FetchOptions,
  });
  const tabToken = emulator.issueDevToken(demoUserId('verhoeven'));
  tabGraph = Client.init({
    baseUrl: `${url}/`,
    customHosts: new Set(['127.0.0.1']),
    authProvider: (done) => done(null, tabToken),
    fetchOptions: { dispatcher: agent } as unknown as FetchOptions,
  });
});
afterAll(async () => {
  await emulator.close();
  await agent.close();
});

type Task = { id: string; title: string; dueDateTime: string | null; percentComplete: number; assignments: Record<string, unknown> };
const amsterdamDate = (instant: string): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(instant));

async function items(groupId: string, list: string): Promise<Record<string, unknown>[]> {
  const site = (await h.client().api(`/groups/${groupId}/sites/root`).get()) as { id: string };
  const page = (await h.client().api(`/sites/${site.id}/lists/${list}/items`).expand('fields').get()) as PageCollection;
  return page.value.map((i: { fields: Record<string, unknown> }) => i.fields);
}

describe('demo tenant', () => {
  it('has the Weert werkgroep with its projectleider as first owner and the MT with Marc Knaapen', async () => {
    const owners = (await h.client().api(`/groups/${DEMO_GROUP_IDS.weert}/owners`).select('id,displayName,jobTitle').get()) as PageCollection;
    expect(owners.value[0]).toMatchObject({ displayName: 'Anouk Verhoeven', jobTitle: 'Projectleider interactief beleid' });
    const members = (await h.client().api(`/groups/${DEMO_GROUP_IDS.weert}/members`).select('displayName,jobTitle').get()) as PageCollection;
    const titles = members.value.map((m: { jobTitle: string }) => m.jobTitle);
    expect(titles.filter((t: string) => t.startsWith('Projectleider pilot'))).toHaveLength(3);
    expect(titles.filter((t: string) => t.startsWith('Afdelingshoofd'))).toHaveLength(3);
    const mt = (await h.client().api('/groups').filter("displayName eq 'MT'").get()) as PageCollection;
    const mtMembers = (await h.client().api(`/groups/${mt.value[0].id}/members`).get()) as PageCollection;
    expect(mtMembers.value.map((m: { displayName: string }) => m.displayName)).toContain('Marc Knaapen');
    expect((await h.client().api(`/groups/${DEMO_GROUP_IDS.mt}/planner/plans`).get()).value).toEqual([]);
  });

  it('has exactly one user without mail', () => {
    expect(seed.users.filter((u) => u.mail === null).map((u) => u.displayName)).toEqual(['Henk de Wit']);
  });

  it('has Weert results 1–5 with every field, Marc Knaapen as MT-lid and current dates', async () => {
    const rows = await items(DEMO_GROUP_IDS.weert, 'Resultaten');
    expect(rows.map((r) => r.Nr)).toEqual([1, 2, 3, 4, 5]);
    for (const r of rows) {
      for (const f of ['Title', 'Doel', 'Doelgroep', 'Methode', 'DoorlooptijdStart', 'DoorlooptijdEind', 'Capaciteit', 'Verankering', 'Status']) expect(r[f], `${f} of ${r.Nr}`).toBeTruthy();
      expect(r.MtLidId).toBe(demoUserId('knaapen'));
      expect(r.MtLidNaam).toBe('Marc Knaapen');
    }
    expect(rows[0]?.Doelgroep).toBe('Projectleiders van de drie pilots\nAfdelingshoofden van de projectleiders\nProjectwethouders');
    expect(rows[2]?.Status).toBe('gereed');
    expect(rows[0]?.Status).toBe('loopt');
    expect(String(rows[0]?.Title)).toContain('1 april 2026 en 31 maart 2027');
  });

  it('has the Bergen verbeterpunten with numbered actions and their statuses', async () => {
    const rows = await items(DEMO_GROUP_IDS.bergen, 'Verbeterpunten');
    expect(rows.map((r) => r.Nr)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Readable lines in SharePoint, not JSON.
    expect(String(rows[4]?.Acties)).toMatch(/^1\. Participatieparagraaf .* — Status: onderdeel bedrijfsvoering$/m);
    const vp5 = parseVerbeterActies(String(rows[4]?.Acties))!;
    expect(vp5.map((a) => a.status)).toEqual(['onderdeel bedrijfsvoering', 'onderdeel bedrijfsvoering', 'onderdeel bedrijfsvoering', 'onderdeel bedrijfsvoering', 'onderdeel bedrijfsvoering', 'loopt', 'onderdeel bedrijfsvoering', 'gepland']);
    const vp2 = parseVerbeterActies(String(rows[1]?.Acties))!;
    expect(vp2.every((a) => a.status === 'onderdeel bedrijfsvoering')).toBe(true);
    expect(rows[0]?.EvaluatieNr).toBe(5);
    expect(String(rows[0]?.Probleem).split('\n')).toHaveLength(3);
  });

  it('spreads actions over overdue, due soon, later and done around today', async () => {
    const plans = (await h.client().api(`/groups/${DEMO_GROUP_IDS.weert}/planner/plans`).get()) as PageCollection;
    const tasks = ((await h.client().api(`/planner/plans/${plans.value[0].id}/tasks`).get()) as PageCollection).value as Task[];
    const open = tasks.filter((t) => t.percentComplete < 100 && t.dueDateTime);
    const due = open.map((t) => amsterdamDate(t.dueDateTime!));
    expect(due.filter((d) => d < TODAY).length).toBeGreaterThanOrEqual(2);
    expect(due.filter((d) => d === TODAY)).toHaveLength(1);
    expect(due.filter((d) => d > TODAY && d <= '2026-12-08').length).toBeGreaterThanOrEqual(2);
    expect(due.filter((d) => d > '2026-12-14').length).toBeGreaterThanOrEqual(2);
    expect(tasks.filter((t) => t.percentComplete === 100).length).toBeGreaterThanOrEqual(2);
    expect(tasks.every((t) => Object.keys(t.assignments).length > 0)).toBe(true);
    const withMeeting = tasks.find((t) => t.title.startsWith('Verslag werkgroep'))!;
    const details = (await h.client().api(`/planner/tasks/${withMeeting.id}/details`).get()) as { references: Record<string, { alias: string }> };
    expect(Object.values(details.references)[0]?.alias).toBe('Vergadering 3 november 2026');
  });

  it('has the monthly meeting on the first Tuesday at 14:00 with agenda items linked to occurrences', async () => {
    const view = (await h
      .tab()
      .api(`/groups/${DEMO_GROUP_IDS.weert}/calendarView`)
      .header('Prefer', 'outlook.timezone="W. Europe Standard Time"')
      .query({ startDateTime: '2026-11-01T00:00:00Z', endDateTime: '2027-01-01T00:00:00Z' })
      .get()) as PageCollection;
    expect(view.value.map((e: { start: { dateTime: string } }) => e.start.dateTime)).toEqual(['2026-11-03T14:00:00.0000000', '2026-12-01T14:00:00.0000000']);
    const agenda = await items(DEMO_GROUP_IDS.weert, 'Agendapunten');
    const meetingIds = new Set(view.value.map((e: { id: string }) => e.id));
    expect(agenda.every((a) => meetingIds.has(String(a.VergaderingId)))).toBe(true);
    expect(agenda.filter((a) => a.VergaderingId === view.value[1].id)).toHaveLength(4);
    const besluiten = await items(DEMO_GROUP_IDS.weert, 'Besluiten');
    expect(besluiten.length).toBeGreaterThanOrEqual(3);
  });

  it('grants the bot app read access to the werkgroep sites only (Sites.Selected)', async () => {
    for (const g of [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen]) {
      const site = (await h.client().api(`/groups/${g}/sites/root`).get()) as { id: string };
      expect(emulator.state.siteGrantRoles(site.id, DEV_BOT_APP.id)).toEqual(['read']);
    }
    await expect(h.client().api(`/groups/${DEMO_GROUP_IDS.mt}/sites/root`).get()).rejects.toMatchObject({ statusCode: 403 });
  });

  it('builds the benchmark tenant: 1,000 groups and 20,000 tasks', () => {
    const large = seedLargeTenant({ groups: 1000, tasks: 20000 });
    expect(large.groups).toHaveLength(1000);
    expect(large.tasks).toHaveLength(20000);
    expect(new Set(large.tasks!.map((t) => t.id)).size).toBe(20000);
    expect(large.tasks!.every((t) => t.id.length === 28)).toBe(true);
    expect(seedLargeTenant({ groups: 10, tasksPerGroup: 3 }).tasks).toHaveLength(30);
  });
});
