import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRouter } from './emulator.ts';
import { CHECKED_PAGES, PERMISSION_TABLE } from './permissions.ts';
import { DEV_BOT_APP } from './dev-token.ts';
import type { TenantSeed } from './index.ts';
import { startHarness } from './test-support.ts';
import type { Harness } from './test-support.ts';
import { BOT_APPLICATION_PERMISSIONS, GRAPH_PERMISSIONS, TAB_DELEGATED_PERMISSIONS } from '../../src/config/graph-permissions.ts';

const key = (method: string, route: string): string => `${method} ${route}`;

describe('the permission table', () => {
  it('has exactly one row for every emulated route, and no row without a route', () => {
    const routes = buildRouter()
      .list()
      .map((r) => key(r.method, r.template))
      .sort();
    const rows = PERMISSION_TABLE.map((r) => key(r.method, r.route)).sort();
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toEqual(routes);
  });

  it('names a learn.microsoft.com page and at least one way in for every row', () => {
    for (const row of PERMISSION_TABLE) {
      expect(row.doc, key(row.method, row.route)).toMatch(/^https:\/\/learn\.microsoft\.com\/graph\/api\/[a-z0-9-]+\?view=graph-rest-1\.0$/);
      expect(row.delegated !== 'not supported' || row.application !== 'not supported', key(row.method, row.route)).toBe(true);
    }
  });

  it('names only pages that are in the table among the checked ones', () => {
    const pages = new Set(PERMISSION_TABLE.map((r) => /\/api\/([a-z0-9-]+)\?/.exec(r.doc)![1]!));
    for (const page of CHECKED_PAGES) expect(pages.has(page), page).toBe(true);
  });

  it('keeps every group calendar route delegated-only (GRAPH-CONTRACT §2)', () => {
    const calendar = PERMISSION_TABLE.filter((r) => /^\/groups\/\{id\}\/(events|calendar|calendarView)/.test(r.route));
    expect(calendar.length).toBe(16);
    for (const row of calendar) expect(row.application, key(row.method, row.route)).toBe('not supported');
  });
});

const anna = 'a0000000-0000-4000-8000-000000000001';
const bert = 'a0000000-0000-4000-8000-000000000002';
const G = { granted: 'b0000000-0000-4000-8000-000000000001', readOnly: 'b0000000-0000-4000-8000-000000000002', closed: 'b0000000-0000-4000-8000-000000000003' };
const seed: TenantSeed = {
  users: [
    { id: anna, displayName: 'Anna', mail: 'anna@gemeente.nl', userPrincipalName: 'anna@gemeente.nl' },
    { id: bert, displayName: 'Bert', mail: 'bert@gemeente.nl', userPrincipalName: 'bert@gemeente.nl' },
  ],
  groups: Object.entries(G).map(([name, id]) => ({ id, displayName: name, mailNickname: name, memberIds: [anna, bert], ownerIds: [anna], team: true })),
  plans: [{ id: 'plan-granted-00000000000000', groupId: G.granted, title: 'Plan' }],
  teamsApps: [{ id: 'app-1', externalId: 'manifest-1', displayName: 'Werkgroepen' }],
  tasks: [{ id: 'task-granted-00000000000000', planId: 'plan-granted-00000000000000', title: 'Taak' }],
  events: [
    {
      id: 'evt-1',
      groupId: G.granted,
      subject: 'Werkgroep',
      start: { dateTime: '2026-12-08T14:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2026-12-08T15:00:00', timeZone: 'W. Europe Standard Time' },
    },
  ],
  sites: [
    { groupId: G.granted, lists: [{ id: 'list-g', displayName: 'Resultaten', columns: [], items: [{ id: '1', fields: { Title: 'Eerste' } }] }], grants: [{ roles: ['write'], application: { ...DEV_BOT_APP } }] },
    { groupId: G.readOnly, lists: [{ id: 'list-r', displayName: 'Resultaten', columns: [], items: [{ id: '1', fields: { Title: 'Eerste' } }] }], grants: [{ roles: ['read'], application: { ...DEV_BOT_APP } }] },
    { groupId: G.closed, lists: [{ id: 'list-c', displayName: 'Resultaten', columns: [], items: [{ id: '1', fields: { Title: 'Eerste' } }] }] },
  ],
};

let h: Harness;
let siteOf: Record<keyof typeof G, string>;
beforeAll(async () => {
  h = await startHarness({ seed });
  siteOf = Object.fromEntries(Object.entries(G).map(([name, id]) => [name, h.emulator.state.siteOfGroup(id)!.id])) as Record<keyof typeof G, string>;
});
afterAll(async () => {
  await h.close();
});

async function call(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: { error?: { code: string; message: string } } & Record<string, unknown> }> {
  const res = await h.raw(path, { method, body, headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, json: res.json as { error?: { code: string; message: string } } };
}

describe('enforcement', () => {
  const window = 'startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z';

  it('gives the bot app its group reads and refuses its group calendar reads with 403', async () => {
    const app = h.emulator.issueDevToken();
    expect((await call(app, 'GET', '/groups')).status).toBe(200);
    expect((await call(app, 'GET', `/groups/${G.granted}/members`)).status).toBe(200);
    for (const path of [`/groups/${G.granted}/calendarView?${window}`, `/groups/${G.granted}/calendar/calendarView?${window}`, `/groups/${G.granted}/events`, `/groups/${G.granted}/events/evt-1`]) {
      const r = await call(app, 'GET', path);
      expect(r.status, path).toBe(403);
      expect(r.json.error).toEqual(expect.objectContaining({ code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' }));
    }
    // Even an app with every calendar and group permission: Microsoft does not support it.
    const greedy = h.emulator.issueDevToken(undefined, { roles: ['Calendars.ReadWrite', 'Calendars.ReadBasic', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'] });
    expect((await call(greedy, 'GET', `/groups/${G.granted}/calendarView?${window}`)).status).toBe(403);
    expect((await call(greedy, 'POST', `/groups/${G.granted}/events`, { subject: 'x', start: { dateTime: '2026-12-09T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-12-09T11:00:00', timeZone: 'UTC' } })).status).toBe(403);
  });

  it('lets a delegated tab token read the group calendar', async () => {
    const tab = h.emulator.issueDevToken(anna);
    expect((await call(tab, 'GET', `/groups/${G.granted}/calendarView?${window}`)).status).toBe(200);
  });

  it('answers 403 with the workload error body when the token lacks the permission', async () => {
    const none = h.emulator.issueDevToken(undefined, { roles: ['Mail.Read'] });
    const dir = await call(none, 'GET', `/groups/${G.granted}`);
    expect(dir.status).toBe(403);
    expect(dir.json.error).toEqual(expect.objectContaining({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' }));
    const plan = await call(none, 'GET', '/planner/plans/plan-granted-00000000000000/tasks');
    expect(plan.status).toBe(403);
    expect(plan.json.error?.message).toBe('You do not have the required permissions to access this item.');
    const apps = await call(none, 'GET', `/users/${anna}/teamwork/installedApps`);
    expect(apps.status).toBe(403);
    expect(apps.json.error?.message).toMatch(/^Missing role permissions on the request\. API requires one of 'TeamsAppInstallation\.ReadForUser\.All, .*'\. Roles on the request 'Mail\.Read'\.$/);
    // A delegated token without User.* scopes may not read users.
    const narrow = h.emulator.issueDevToken(anna, { scopes: ['Tasks.ReadWrite'] });
    expect((await call(narrow, 'GET', `/users/${bert}`)).status).toBe(403);
    expect((await call(narrow, 'GET', '/planner/plans/plan-granted-00000000000000/tasks')).status).toBe(200);
  });

  it('accepts a higher permission that the page lists, and refuses a read permission for a write', async () => {
    const read = h.emulator.issueDevToken(undefined, { roles: ['Tasks.Read.All'] });
    expect((await call(read, 'GET', '/planner/tasks/task-granted-00000000000000')).status).toBe(200);
    expect((await call(read, 'POST', '/planner/tasks', { planId: 'plan-granted-00000000000000', title: 'Nieuw' })).status).toBe(403);
    const dirRead = h.emulator.issueDevToken(undefined, { roles: ['Directory.Read.All'] });
    expect((await call(dirRead, 'GET', `/groups/${G.granted}/owners`)).status).toBe(200);
  });

  it('answers /me with an app-only token with 400, as Graph does', async () => {
    const r = await call(h.emulator.issueDevToken(), 'GET', '/me');
    expect(r.status).toBe(400);
  });

  it('lets the bot install itself and find the chat of an existing installation with its install permission', async () => {
    const app = h.emulator.issueDevToken();
    expect((await call(app, 'POST', `/users/${anna}/teamwork/installedApps`, { 'teamsApp@odata.bind': 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/app-1' })).status).toBe(201);
    const list = await call(app, 'GET', `/users/${anna}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/externalId eq 'manifest-1'`);
    expect(list.status).toBe(200);
    const installation = (list.json.value as { id: string }[])[0]!;
    expect((await call(app, 'GET', `/users/${anna}/teamwork/installedApps/${installation.id}/chat`)).status).toBe(200);
  });

  it('refuses an inner $batch request the token may not make, and answers the others', async () => {
    const app = h.emulator.issueDevToken();
    const r = await call(app, 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `/groups/${G.granted}/calendarView?${window}` },
        { id: '2', method: 'GET', url: `/groups/${G.granted}` },
        { id: '3', method: 'GET', url: '/appCatalogs/teamsApps' },
      ],
    });
    expect(r.status).toBe(200);
    const byId = Object.fromEntries((r.json.responses as { id: string; status: number; body?: { error?: { code: string } } }[]).map((x) => [x.id, x]));
    expect(byId['1']!.status).toBe(403);
    expect(byId['1']!.body?.error?.code).toBe('ErrorAccessDenied');
    expect(byId['2']!.status).toBe(200);
    expect(byId['3']!.status).toBe(403);
  });
});

describe('Sites.Selected', () => {
  const items = (site: string, list: string): string => `/sites/${site}/lists/${list}/items?$expand=fields`;

  it('reaches a site granted to the app, and refuses one that is not', async () => {
    const app = h.emulator.issueDevToken();
    expect((await call(app, 'GET', `/groups/${G.granted}/sites/root`)).status).toBe(200);
    expect((await call(app, 'GET', items(siteOf.granted, 'list-g'))).status).toBe(200);
    const closedRoot = await call(app, 'GET', `/groups/${G.closed}/sites/root`);
    expect(closedRoot.status).toBe(403);
    expect(closedRoot.json.error).toEqual(expect.objectContaining({ code: 'accessDenied' }));
    expect((await call(app, 'GET', items(siteOf.closed, 'list-c'))).status).toBe(403);
  });

  it('lets a read grant read and refuses its writes', async () => {
    const app = h.emulator.issueDevToken();
    expect((await call(app, 'GET', items(siteOf.readOnly, 'list-r'))).status).toBe(200);
    expect((await call(app, 'POST', `/sites/${siteOf.readOnly}/lists/list-r/items`, { fields: { Title: 'Nee' } })).status).toBe(403);
    expect((await call(app, 'PATCH', `/sites/${siteOf.readOnly}/lists/list-r/items/1/fields`, { Title: 'Nee' })).status).toBe(403);
    expect((await call(app, 'POST', `/sites/${siteOf.granted}/lists/list-g/items`, { fields: { Title: 'Ja' } })).status).toBe(201);
  });

  it('grants another app through POST /sites/{id}/permissions, which needs Sites.FullControl.All', async () => {
    const other = { id: 'd0000000-0000-4000-8000-0000000000aa', displayName: 'Andere app' };
    const body = { roles: ['read'], grantedToIdentities: [{ application: other }] };
    const bot = h.emulator.issueDevToken();
    expect((await call(bot, 'POST', `/sites/${siteOf.closed}/permissions`, body)).status).toBe(403);
    expect((await call(bot, 'GET', `/sites/${siteOf.closed}/permissions`)).status).toBe(403);
    const admin = h.emulator.issueDevToken(undefined, { roles: ['Sites.FullControl.All'] });
    const created = await call(admin, 'POST', `/sites/${siteOf.closed}/permissions`, body);
    expect(created.status).toBe(201);
    expect(created.json).toEqual(expect.objectContaining({ roles: ['read'], grantedToIdentities: [{ application: other }] }));
    expect((await call(admin, 'POST', `/sites/${siteOf.closed}/permissions`, { roles: ['schrijven'], grantedToIdentities: [{ application: other }] })).status).toBe(400);
    const listed = await call(admin, 'GET', `/sites/${siteOf.closed}/permissions`);
    expect((listed.json.value as { id: string }[]).map((p) => p.id)).toEqual([(created.json as { id: string }).id]);
    // The grant is for the other app, not for the bot.
    expect((await call(bot, 'GET', items(siteOf.closed, 'list-c'))).status).toBe(403);
  });

  it('does not need a grant with a tenant-wide Sites permission, and a delegated Sites.Manage.All reads and writes', async () => {
    const wide = h.emulator.issueDevToken(undefined, { roles: ['Sites.Read.All'] });
    expect((await call(wide, 'GET', items(siteOf.closed, 'list-c'))).status).toBe(200);
    const tab = h.emulator.issueDevToken(anna);
    expect((await call(tab, 'GET', items(siteOf.closed, 'list-c'))).status).toBe(200);
    expect((await call(tab, 'POST', `/sites/${siteOf.closed}/lists/list-c/items`, { fields: { Title: 'Van Anna' } })).status).toBe(201);
  });
});

describe('dev tokens and the README', () => {
  it('carry exactly the listed permissions', () => {
    const payload = (token: string): Record<string, unknown> => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(payload(h.emulator.issueDevToken()).roles).toEqual([...BOT_APPLICATION_PERMISSIONS]);
    expect(String(payload(h.emulator.issueDevToken(anna)).scp).split(' ')).toEqual([...TAB_DELEGATED_PERMISSIONS]);
  });

  it('list the same permissions as the README table, with no calendar permission for the bot', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Machtigingen in Microsoft Graph'), readme.indexOf('### Instellingen'));
    const rows = [...section.matchAll(/^\| `([^`]+)` \| (applicatie|gedelegeerd) \| (bot|tab) \|/gm)].map((m) => `${m[1]} ${m[2] === 'applicatie' ? 'application' : 'delegated'} ${m[3]}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(GRAPH_PERMISSIONS.map((p) => `${p.name} ${p.kind} ${p.who}`));
    expect(rows.filter((r) => r.startsWith('Calendars.') && !r.endsWith(' delegated tab'))).toEqual([]);
  });
});
