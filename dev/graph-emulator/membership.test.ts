// Delegated calls reach only the groups the signed-in user belongs to (permissions.ts, `delegatedAccess`):
// Planner and SharePoint for members and owners, group calendars for members and owners (and reads of a Public
// group for everyone), directory reads for anyone with the scope. App-only tokens are not narrowed by membership.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSION_TABLE } from './permissions.ts';
import { DEV_BOT_APP } from './dev-token.ts';
import type { TenantSeed } from './index.ts';
import { startHarness } from './test-support.ts';
import type { Harness } from './test-support.ts';

const user = (n: number): string => `a0000000-0000-4000-8000-00000000000${n}`;
// lid: member of the werkgroep; eigenaar: owner and member; alleenEigenaar: owner but not a member;
// mt: member of the MT group only, in no werkgroep; publiekLid: member of the public group only.
const U = { lid: user(1), eigenaar: user(2), alleenEigenaar: user(3), mt: user(4), publiekLid: user(5) };
const G = { werkgroep: 'b0000000-0000-4000-8000-000000000001', mt: 'b0000000-0000-4000-8000-000000000002', publiek: 'b0000000-0000-4000-8000-000000000003' };
const PLAN = 'plan-werkgroep-000000000000';
const TASK = 'task-werkgroep-000000000000';
const BUCKET = 'bucket-werkgroep-0000000000';
const when = (day: string, hour: number): { dateTime: string; timeZone: string } => ({ dateTime: `2026-12-${day}T${hour}:00:00`, timeZone: 'W. Europe Standard Time' });

const seed: TenantSeed = {
  users: Object.entries(U).map(([name, id]) => ({ id, displayName: name, mail: `${name}@gemeente.nl`, userPrincipalName: `${name}@gemeente.nl` })),
  groups: [
    { id: G.werkgroep, displayName: 'Werkgroep', mailNickname: 'werkgroep', memberIds: [U.lid, U.eigenaar], ownerIds: [U.eigenaar, U.alleenEigenaar], team: true },
    { id: G.mt, displayName: 'MT', mailNickname: 'mt', memberIds: [U.mt], ownerIds: [U.mt], team: true },
    { id: G.publiek, displayName: 'Publiek', mailNickname: 'publiek', visibility: 'Public', memberIds: [U.publiekLid], ownerIds: [U.publiekLid], team: true },
  ],
  plans: [{ id: PLAN, groupId: G.werkgroep, title: 'Werkgroep', buckets: [{ id: BUCKET, name: 'Acties' }] }],
  tasks: [{ id: TASK, planId: PLAN, bucketId: BUCKET, title: 'Verslag rondsturen', assigneeIds: [U.lid] }],
  events: [
    { id: 'evt-werkgroep', groupId: G.werkgroep, subject: 'Overleg', start: when('08', 14), end: when('08', 15) },
    { id: 'evt-publiek', groupId: G.publiek, subject: 'Open overleg', start: when('09', 14), end: when('09', 15) },
  ],
  sites: [
    { groupId: G.werkgroep, lists: [{ id: 'list-w', displayName: 'Resultaten', columns: [], items: [{ id: '1', fields: { Title: 'Eerste' } }] }], grants: [{ roles: ['read'], application: { ...DEV_BOT_APP } }] },
  ],
};

let h: Harness;
let site: string;
beforeAll(async () => {
  h = await startHarness({ seed });
  site = h.emulator.state.siteOfGroup(G.werkgroep)!.id;
});
afterAll(async () => {
  await h.close();
});

type Answer = { status: number; json: { error?: { code: string; message: string } } & Record<string, unknown> };
async function call(token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await h.raw(path, { method, body, headers: { Authorization: `Bearer ${token}`, ...headers } });
  return { status: res.status, json: res.json as Answer['json'] };
}
const tab = (who: keyof typeof U): string => h.emulator.issueDevToken(U[who]);
const etagOf = async (token: string, path: string): Promise<string> => String((await call(token, 'GET', path)).json['@odata.etag']);

const plannerReads = [`/groups/${G.werkgroep}/planner/plans`, `/planner/plans/${PLAN}`, `/planner/plans/${PLAN}/buckets`, `/planner/plans/${PLAN}/tasks`, `/planner/buckets/${BUCKET}/tasks`, `/planner/tasks/${TASK}`, `/planner/tasks/${TASK}/details`];
const window = 'startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z';
const meeting = { subject: 'Extra overleg', start: when('15', 10), end: when('15', 11) };

describe('Planner with a delegated token', () => {
  it('lets a member read the plan, its buckets and tasks, and change and add tasks', async () => {
    const lid = tab('lid');
    for (const path of plannerReads) expect((await call(lid, 'GET', path)).status, path).toBe(200);
    const patched = await call(lid, 'PATCH', `/planner/tasks/${TASK}`, { percentComplete: 50 }, { 'If-Match': await etagOf(lid, `/planner/tasks/${TASK}`) });
    expect(patched.status).toBe(204);
    expect((await call(lid, 'POST', '/planner/tasks', { planId: PLAN, title: 'Nieuwe actie' })).status).toBe(201);
    expect((await call(lid, 'POST', '/planner/buckets', { planId: PLAN, name: 'Later' })).status).toBe(201);
  });

  it('refuses an MT member who is in no werkgroep, on every read and write, with Planner 403', async () => {
    const mt = tab('mt');
    for (const path of plannerReads) {
      const r = await call(mt, 'GET', path);
      expect(r.status, path).toBe(403);
      expect(r.json.error, path).toEqual(expect.objectContaining({ code: '', message: 'You do not have the required permissions to access this item.' }));
    }
    const etag = await etagOf(tab('lid'), `/planner/tasks/${TASK}`);
    expect((await call(mt, 'PATCH', `/planner/tasks/${TASK}`, { percentComplete: 100 }, { 'If-Match': etag })).status).toBe(403);
    expect((await call(mt, 'PATCH', `/planner/tasks/${TASK}/details`, { description: 'x' }, { 'If-Match': etag })).status).toBe(403);
    expect((await call(mt, 'DELETE', `/planner/tasks/${TASK}`, undefined, { 'If-Match': etag })).status).toBe(403);
    expect((await call(mt, 'POST', '/planner/tasks', { planId: PLAN, title: 'Van het MT' })).status).toBe(403);
    expect((await call(mt, 'POST', '/planner/buckets', { planId: PLAN, name: 'MT' })).status).toBe(403);
    expect(h.emulator.state.tasks.get(TASK)!.percentComplete).not.toBe(100);
  });

  it('lets an owner who is not a member work in the plan', async () => {
    const owner = tab('alleenEigenaar');
    for (const path of plannerReads) expect((await call(owner, 'GET', path)).status, path).toBe(200);
    expect((await call(owner, 'POST', '/planner/tasks', { planId: PLAN, title: 'Van de eigenaar' })).status).toBe(201);
  });

  it('creates a plan only for a member of the container group (POST /planner/plans)', async () => {
    const body = (groupId: string): Record<string, unknown> => ({ title: 'Acties', container: { url: `https://graph.microsoft.com/v1.0/groups/${groupId}` } });
    expect((await call(tab('mt'), 'POST', '/planner/plans', body(G.werkgroep))).status).toBe(403);
    // Planner's note names members: owning the group without being in it is not enough.
    expect((await call(tab('alleenEigenaar'), 'POST', '/planner/plans', body(G.werkgroep))).status).toBe(403);
    expect((await call(tab('mt'), 'POST', '/planner/plans', { title: 'MT-acties', container: { containerId: G.mt, type: 'group' } })).status).toBe(201);
    expect((await call(tab('eigenaar'), 'POST', '/planner/plans', body(G.werkgroep))).status).toBe(201);
  });

  it('answers 404, not 403, for a plan or task that does not exist', async () => {
    expect((await call(tab('mt'), 'GET', '/planner/tasks/bestaat-niet-000000000000000')).status).toBe(404);
    expect((await call(tab('mt'), 'GET', '/planner/plans/bestaat-niet-000000000000000/tasks')).status).toBe(404);
  });

  it('does not narrow the bot app, and narrows a delegated inner $batch request', async () => {
    expect((await call(h.emulator.issueDevToken(), 'GET', `/planner/plans/${PLAN}/tasks`)).status).toBe(200);
    const r = await call(tab('mt'), 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `/planner/plans/${PLAN}/tasks` },
        { id: '2', method: 'GET', url: `/groups/${G.werkgroep}/members` },
      ],
    });
    const byId = Object.fromEntries((r.json.responses as { id: string; status: number }[]).map((x) => [x.id, x.status]));
    expect(byId).toEqual({ '1': 403, '2': 200 });
  });
});

describe('group calendar with a delegated token', () => {
  it('lets members and owners read and write the calendar of their private group', async () => {
    for (const who of ['lid', 'alleenEigenaar'] as const) {
      expect((await call(tab(who), 'GET', `/groups/${G.werkgroep}/calendarView?${window}`)).status, who).toBe(200);
      expect((await call(tab(who), 'GET', `/groups/${G.werkgroep}/events/evt-werkgroep`)).status, who).toBe(200);
    }
    expect((await call(tab('lid'), 'POST', `/groups/${G.werkgroep}/events`, meeting)).status).toBe(201);
  });

  it('refuses a non-member on a private group with ErrorAccessDenied, reads and writes', async () => {
    const mt = tab('mt');
    for (const path of [`/groups/${G.werkgroep}/calendarView?${window}`, `/groups/${G.werkgroep}/calendar/calendarView?${window}`, `/groups/${G.werkgroep}/events`, `/groups/${G.werkgroep}/events/evt-werkgroep`, `/groups/${G.werkgroep}/events/evt-werkgroep/instances?${window}`]) {
      const r = await call(mt, 'GET', path);
      expect(r.status, path).toBe(403);
      expect(r.json.error, path).toEqual(expect.objectContaining({ code: 'ErrorAccessDenied' }));
    }
    expect((await call(mt, 'POST', `/groups/${G.werkgroep}/events`, meeting)).status).toBe(403);
    expect((await call(mt, 'PATCH', `/groups/${G.werkgroep}/events/evt-werkgroep`, { subject: 'Weg' })).status).toBe(403);
    expect((await call(mt, 'DELETE', `/groups/${G.werkgroep}/events/evt-werkgroep`)).status).toBe(403);
    expect(h.emulator.state.events.get('evt-werkgroep')!.subject).toBe('Overleg');
  });

  it('lets anyone read a public group calendar, but only members write to it', async () => {
    const mt = tab('mt');
    expect((await call(mt, 'GET', `/groups/${G.publiek}/calendarView?${window}`)).status).toBe(200);
    expect((await call(mt, 'POST', `/groups/${G.publiek}/events`, meeting)).status).toBe(403);
    expect((await call(mt, 'PATCH', `/groups/${G.publiek}/events/evt-publiek`, { subject: 'Weg' })).status).toBe(403);
    expect((await call(tab('publiekLid'), 'POST', `/groups/${G.publiek}/events`, meeting)).status).toBe(201);
  });
});

describe('team site with a delegated token', () => {
  it('lets members and owners read and write the lists of their group site', async () => {
    for (const who of ['lid', 'alleenEigenaar'] as const) {
      expect((await call(tab(who), 'GET', `/groups/${G.werkgroep}/sites/root`)).status, who).toBe(200);
      expect((await call(tab(who), 'GET', `/sites/${site}/lists/list-w/items?$expand=fields`)).status, who).toBe(200);
    }
    expect((await call(tab('lid'), 'POST', `/sites/${site}/lists/list-w/items`, { fields: { Title: 'Van een lid' } })).status).toBe(201);
  });

  it('refuses an MT member who is in no werkgroep with accessDenied', async () => {
    const mt = tab('mt');
    for (const path of [`/groups/${G.werkgroep}/sites/root`, `/sites/${site}`, `/sites/${site}/lists`, `/sites/${site}/lists/list-w/items?$expand=fields`, `/sites/${site}/lists/list-w/items/1`]) {
      const r = await call(mt, 'GET', path);
      expect(r.status, path).toBe(403);
      expect(r.json.error, path).toEqual(expect.objectContaining({ code: 'accessDenied', message: 'Access denied' }));
    }
    expect((await call(mt, 'POST', `/sites/${site}/lists/list-w/items`, { fields: { Title: 'Van het MT' } })).status).toBe(403);
    expect((await call(mt, 'PATCH', `/sites/${site}/lists/list-w/items/1/fields`, { Title: 'Weg' })).status).toBe(403);
    expect((await call(mt, 'POST', `/sites/${site}/lists`, { displayName: 'MT' })).status).toBe(403);
  });

  it('leaves granting apps to the site owners', async () => {
    const grant = { roles: ['read'], grantedToIdentities: [{ application: { id: 'd0000000-0000-4000-8000-0000000000aa', displayName: 'Andere app' } }] };
    const scopes = { scopes: ['Sites.FullControl.All'] };
    expect((await call(h.emulator.issueDevToken(U.lid, scopes), 'POST', `/sites/${site}/permissions`, grant)).status).toBe(403);
    expect((await call(h.emulator.issueDevToken(U.eigenaar, scopes), 'POST', `/sites/${site}/permissions`, grant)).status).toBe(201);
  });

  it('does not narrow the bot app with its Sites.Selected grant', async () => {
    expect((await call(h.emulator.issueDevToken(), 'GET', `/sites/${site}/lists/list-w/items?$expand=fields`)).status).toBe(200);
  });
});

describe('directory reads with a delegated token', () => {
  it('are not narrowed by membership: an MT member reads a werkgroep, its members and owners, and users', async () => {
    const mt = tab('mt');
    for (const path of [`/groups/${G.werkgroep}`, `/groups/${G.werkgroep}/members`, `/groups/${G.werkgroep}/owners`, `/users/${U.lid}`, '/users', `/users/${U.lid}/memberOf`, '/me/memberOf'])
      expect((await call(mt, 'GET', path)).status, path).toBe(200);
  });
});

describe('the delegated access column', () => {
  it('has a membership rule, with its page, on every Planner, group calendar and SharePoint row, and none elsewhere', () => {
    for (const row of PERMISSION_TABLE) {
      const key = `${row.method} ${row.route}`;
      if (row.workload === 'planner' || row.workload === 'outlook' || row.workload === 'sharepoint') {
        expect(row.delegatedAccess, key).toBeDefined();
        expect(row.delegatedAccess!.doc, key).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      } else expect(row.delegatedAccess, key).toBeUndefined();
    }
  });
});
