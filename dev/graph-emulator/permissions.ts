// Which Microsoft Graph permissions each emulated route accepts, as Microsoft documents them, so the
// emulator refuses what a real tenant refuses. One row per route (method + template); a reviewer can
// hold each row against the page in `doc`. Lists run least privileged first, then the higher ones the
// page lists as also accepted. 'not supported' is Microsoft's wording on the page.
//
// Where pages disagree we take the stricter one, and say so in `note`. The pages in CHECKED_PAGES were read
// (the page or its permissions include in microsoftgraph/microsoft-graph-docs-contrib) when this table was
// made; the other rows follow the same pages as remembered and are worth a look when a tenant disagrees.
import type { Caller } from './router.ts';
import type { Store } from './store.ts';
import { GraphHttpError } from './http-util.ts';
import { planContainerGroupId } from './routes-planner.ts';

export type Accepted = readonly string[] | 'not supported';
export type Workload = 'directory' | 'teams' | 'planner' | 'outlook' | 'sharepoint';
/** A Sites.Selected grant's role, from least to most (https://learn.microsoft.com/graph/permissions-selected-overview). */
export type SiteRole = 'read' | 'write' | 'owner' | 'fullcontrol';
export const SITE_ROLES: readonly SiteRole[] = ['read', 'write', 'owner', 'fullcontrol'];

export interface PermissionRow {
  method: string;
  route: string;
  delegated: Accepted;
  application: Accepted;
  doc: string;
  workload: Workload;
  /** For SharePoint rows: the role a Sites.Selected grant must have on the site for this call. */
  siteRole?: SiteRole;
  /** Graph answers app-only calls here with its own error instead of 403 (e.g. `/me`). */
  appOnlyError?: { status: number; code: string; message: string };
  /**
   * Delegated calls only: who among the signed-in users may touch the object, beyond holding a scope. Rows
   * without it (directory, Teams) are not narrowed by membership. Application calls never use it.
   */
  delegatedAccess?: DelegatedAccess;
  note?: string;
}

/** Where the Microsoft 365 group that contains the object is found: a path id or the request body. */
export type AccessContainer = 'group' | 'plan' | 'bucket' | 'task' | 'site' | 'body.planId' | 'body.container';

/**
 * A membership rule for delegated calls: the signed-in user must stand in the container group as `who` says.
 * `member-or-owner`: in the group's members or owners; `member`: in its members (owning is not enough);
 * `owner`: in its owners. `publicRead`: a Public group's content may be read by anyone in the tenant.
 */
export interface DelegatedAccess {
  container: AccessContainer;
  who: 'member-or-owner' | 'member' | 'owner';
  publicRead?: boolean;
  doc: string;
}

const api = (page: string): string => `https://learn.microsoft.com/graph/api/${page}?view=graph-rest-1.0`;

// Microsoft's lists, named once so rows that share a page table share the same list.
const USER_GET_DELEGATED = ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const USER_READ_APP = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const GROUP_READ = ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const GROUP_MEMBERS = ['GroupMember.Read.All', 'Directory.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'GroupMember.ReadWrite.All'];
const MEMBER_OF_ME = ['User.Read', 'Directory.Read.All', 'Directory.ReadWrite.All', 'GroupMember.Read.All'];
const MEMBER_OF_USER = ['GroupMember.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const JOINED_TEAMS = ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'TeamSettings.ReadWrite.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const TEAM_GET = ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'TeamSettings.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All'];
const CHANNEL_READ = ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'ChannelSettings.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All'];
const APP_CATALOG_DELEGATED = ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All', 'AppCatalog.Submit', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const APP_CATALOG_APP = ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const INSTALL_READ_DELEGATED = [
  'TeamsAppInstallation.ReadForUser',
  'TeamsAppInstallation.ReadWriteSelfForUser',
  'TeamsAppInstallation.ReadWriteAndConsentForUser',
  'TeamsAppInstallation.ReadWriteAndConsentSelfForUser',
  'TeamsAppInstallation.ReadWriteForUser',
  'TeamsAppInstallation.ReadWriteSelectedForUser',
];
const INSTALL_READ_APP = INSTALL_READ_DELEGATED.map((p) => `${p}.All`);
const INSTALL_WRITE_DELEGATED = [
  'TeamsAppInstallation.ReadWriteSelfForUser',
  'TeamsAppInstallation.ReadWriteAndConsentForUser',
  'TeamsAppInstallation.ReadWriteAndConsentSelfForUser',
  'TeamsAppInstallation.ReadWriteForUser',
  'TeamsAppInstallation.ReadWriteSelectedForUser',
];
const INSTALL_WRITE_APP = INSTALL_WRITE_DELEGATED.map((p) => `${p}.All`);
const CHAT_OF_INSTALL_DELEGATED = ['TeamsAppInstallation.ReadForUser', 'TeamsAppInstallation.ReadWriteForUser', 'TeamsAppInstallation.ReadWriteSelectedForUser', 'TeamsAppInstallation.ReadWriteSelfForUser'];
const CHAT_OF_INSTALL_APP = CHAT_OF_INSTALL_DELEGATED.map((p) => `${p}.All`);
const PLANNER_READ_DELEGATED = ['Tasks.Read', 'Tasks.ReadWrite', 'Group.Read.All', 'Group.ReadWrite.All'];
const PLANNER_READ_APP = ['Tasks.Read.All', 'Tasks.ReadWrite.All'];
const PLANNER_WRITE_DELEGATED = ['Tasks.ReadWrite', 'Group.ReadWrite.All'];
const PLANNER_WRITE_APP = ['Tasks.ReadWrite.All'];
const GROUP_EVENTS_READ = ['Group.Read.All', 'Group.ReadWrite.All'];
const SITES_READ = ['Sites.Read.All', 'Sites.ReadWrite.All'];
const SITES_WRITE = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];
const SITES_MANAGE = ['Sites.Manage.All', 'Sites.FullControl.All'];

// The membership rules behind delegated access, each from the page that states it.
// Planner: "The containing resource determines the authorization rules of the plan and all the tasks in it ... for
// plans contained by Microsoft 365 groups, group members will be able to create, edit, resolve, and delete tasks".
// Reads need membership too (a non-member gets 403 even with Group.ReadWrite.All, as reported on Microsoft's Planner
// forum); owners are treated like members. Public groups get no exception here: the page names none.
const PLANNER_OVERVIEW = 'https://learn.microsoft.com/graph/api/resources/planner-overview?view=graph-rest-1.0';
const plannerAccess = (container: AccessContainer): DelegatedAccess => ({ container, who: 'member-or-owner', doc: PLANNER_OVERVIEW });
// Same page: "The user who is creating the plan must be a member of the group that will contain the plan."
const PLAN_CREATE_ACCESS: DelegatedAccess = { container: 'body.container', who: 'member', doc: `${PLANNER_OVERVIEW}#container-type-microsoft-365-groups` };
// Group content follows the group's visibility: Private, "Non-members cannot view the contents of the group";
// Public, "Anyone can view the contents of the group". Nothing grants non-members writes, so writes need membership.
const GROUP_VISIBILITY = 'https://learn.microsoft.com/graph/api/resources/group?view=graph-rest-1.0#group-visibility-options';
const GROUP_CONTENT_READ: DelegatedAccess = { container: 'group', who: 'member-or-owner', publicRead: true, doc: GROUP_VISIBILITY };
const GROUP_CONTENT_WRITE: DelegatedAccess = { container: 'group', who: 'member-or-owner', doc: GROUP_VISIBILITY };
// A group-connected team site: the group's owners are site collection admins and site owners, its members are site
// members; nobody else is given access. The delegated user's own SharePoint permissions apply, so others get 403.
// Granting Sites.Selected access is site-owner work. Public groups are not modelled as open here (stricter).
const GROUP_SITE = 'https://learn.microsoft.com/sharepoint/dev/transform/modernize-connect-to-office365-group-permissions';
const siteAccess = (container: 'group' | 'site', who: DelegatedAccess['who'] = 'member-or-owner'): DelegatedAccess => ({ container, who, doc: GROUP_SITE });

const ME_APP_ONLY = { status: 400, code: 'BadRequest', message: '/me request is only valid with delegated authentication flow.' };
const GROUP_CALENDAR_NOTE =
  'GRAPH-CONTRACT §2: the group event pages say application is not supported; the calendarView and instances pages list calendar permissions, and developers report 403 app-only. Modelled as not supported.';

const directory = (method: string, route: string, page: string, delegated: Accepted, application: Accepted, extra: Partial<PermissionRow> = {}): PermissionRow => ({
  method,
  route,
  delegated,
  application,
  doc: api(page),
  workload: 'directory',
  ...extra,
});
const teams = (method: string, route: string, page: string, delegated: Accepted, application: Accepted): PermissionRow => ({ method, route, delegated, application, doc: api(page), workload: 'teams' });
const planner = (method: string, route: string, page: string, write: boolean, delegatedAccess: DelegatedAccess): PermissionRow => ({
  method,
  route,
  delegated: write ? PLANNER_WRITE_DELEGATED : PLANNER_READ_DELEGATED,
  application: write ? PLANNER_WRITE_APP : PLANNER_READ_APP,
  doc: api(page),
  workload: 'planner',
  delegatedAccess,
});
const groupCalendar = (method: string, route: string, page: string, delegated: Accepted): PermissionRow => ({
  method,
  route,
  delegated,
  application: 'not supported',
  doc: api(page),
  workload: 'outlook',
  delegatedAccess: method === 'GET' ? GROUP_CONTENT_READ : GROUP_CONTENT_WRITE,
  note: GROUP_CALENDAR_NOTE,
});
const sharepoint = (
  method: string,
  route: string,
  page: string,
  delegated: Accepted,
  application: Accepted,
  siteRole: SiteRole | undefined,
  delegatedAccess: DelegatedAccess = siteAccess(route.startsWith('/groups/') ? 'group' : 'site'),
): PermissionRow => ({
  method,
  route,
  delegated,
  application,
  doc: api(page),
  workload: 'sharepoint',
  delegatedAccess,
  ...(siteRole ? { siteRole } : {}),
});

const calendarRows = (prefix: string): PermissionRow[] => [
  groupCalendar('POST', prefix, 'group-post-events', ['Group.ReadWrite.All']),
  groupCalendar('GET', prefix, 'group-list-events', GROUP_EVENTS_READ),
  groupCalendar('GET', `${prefix}/{id}`, 'group-get-event', GROUP_EVENTS_READ),
  groupCalendar('PATCH', `${prefix}/{id}`, 'group-update-event', ['Calendars.ReadWrite', 'Group.ReadWrite.All']),
  groupCalendar('DELETE', `${prefix}/{id}`, 'group-delete-event', ['Group.ReadWrite.All']),
  groupCalendar('GET', `${prefix}/{id}/instances`, 'event-list-instances', GROUP_EVENTS_READ),
  // The page lists only Calendars.ReadWrite (also for its /groups paths); Group.ReadWrite.All is not named there.
  groupCalendar('POST', `${prefix}/{id}/cancel`, 'event-cancel', ['Calendars.ReadWrite']),
];

export const CHECKED_PAGES: ReadonlySet<string> = new Set([
  'group-post-events',
  'group-list-events',
  'group-get-event',
  'group-update-event',
  'group-delete-event',
  'event-list-instances',
  'event-cancel',
  'driveitem-get-content',
  'group-list-calendarview',
  'group-list',
  'group-get',
  'group-list-members',
  'group-list-owners',
  'user-list-memberof',
  'channel-list',
  'userteamwork-post-installedapps',
  'userteamwork-list-installedapps',
  'userscopeteamsappinstallation-get-chat',
  'userteamwork-delete-installedapps',
  'planner-post-tasks',
  'list-create',
  'listitem-get',
  'site-post-permissions',
  'site-list-permissions',
  'driveitem-put-content',
]);

export const PERMISSION_TABLE: readonly PermissionRow[] = [
  // Directory
  directory('GET', '/me', 'user-get', USER_GET_DELEGATED, 'not supported', { appOnlyError: ME_APP_ONLY }),
  directory('GET', '/users/{id}', 'user-get', USER_GET_DELEGATED, USER_READ_APP, { note: 'Delegated User.Read reads only the signed-in user in Graph; the emulator does not narrow it.' }),
  directory('GET', '/users', 'user-list', ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'], USER_READ_APP),
  directory('GET', '/me/memberOf', 'user-list-memberof', MEMBER_OF_ME, 'not supported', { appOnlyError: ME_APP_ONLY }),
  directory('GET', '/me/memberOf/microsoft.graph.group', 'user-list-memberof', MEMBER_OF_ME, 'not supported', { appOnlyError: ME_APP_ONLY }),
  directory('GET', '/users/{id}/memberOf', 'user-list-memberof', MEMBER_OF_USER, MEMBER_OF_USER, { note: 'Only the /me table of this page was read; this one is unchecked.' }),
  directory('GET', '/users/{id}/memberOf/microsoft.graph.group', 'user-list-memberof', MEMBER_OF_USER, MEMBER_OF_USER, { note: 'Only the /me table of this page was read; this one is unchecked.' }),
  directory('GET', '/groups', 'group-list', [...GROUP_READ, 'Group-NestingSupport.ReadWrite.All', 'Group.ManageProtection.All'], [...GROUP_READ, 'Group-NestingSupport.ReadWrite.All', 'Group.ManageProtection.All']),
  directory('GET', '/groups/{id}', 'group-get', GROUP_READ, GROUP_READ),
  directory('GET', '/groups/{id}/members', 'group-list-members', GROUP_MEMBERS, GROUP_MEMBERS),
  directory('GET', '/groups/{id}/members/microsoft.graph.user', 'group-list-members', GROUP_MEMBERS, GROUP_MEMBERS),
  directory('GET', '/groups/{id}/owners', 'group-list-owners', GROUP_MEMBERS, GROUP_MEMBERS),
  directory('GET', '/groups/{id}/owners/microsoft.graph.user', 'group-list-owners', GROUP_MEMBERS, GROUP_MEMBERS),
  // Teams
  teams('GET', '/me/joinedTeams', 'user-list-joinedteams', JOINED_TEAMS, 'not supported'),
  teams('GET', '/users/{id}/joinedTeams', 'user-list-joinedteams', JOINED_TEAMS, JOINED_TEAMS),
  teams('GET', '/teams/{id}', 'team-get', TEAM_GET, ['Team.ReadBasic.All', 'TeamSettings.Read.Group', ...TEAM_GET.slice(1)]),
  teams('GET', '/teams/{id}/channels', 'channel-list', CHANNEL_READ, ['ChannelSettings.Read.Group', ...CHANNEL_READ, 'ChannelSettings.ReadWrite.Group']),
  teams('GET', '/teams/{id}/primaryChannel', 'team-get-primarychannel', CHANNEL_READ, ['ChannelSettings.Read.Group', ...CHANNEL_READ]),
  teams('GET', '/appCatalogs/teamsApps', 'appcatalogs-list-teamsapps', APP_CATALOG_DELEGATED, APP_CATALOG_APP),
  teams('POST', '/users/{id}/teamwork/installedApps', 'userteamwork-post-installedapps', INSTALL_WRITE_DELEGATED, INSTALL_WRITE_APP),
  teams('GET', '/users/{id}/teamwork/installedApps', 'userteamwork-list-installedapps', INSTALL_READ_DELEGATED, INSTALL_READ_APP),
  teams('GET', '/users/{id}/teamwork/installedApps/{id}/chat', 'userscopeteamsappinstallation-get-chat', CHAT_OF_INSTALL_DELEGATED, CHAT_OF_INSTALL_APP),
  teams('DELETE', '/users/{id}/teamwork/installedApps/{id}', 'userteamwork-delete-installedapps', INSTALL_WRITE_DELEGATED.slice(0, 4), INSTALL_WRITE_APP.slice(0, 4)),
  // Planner
  planner('GET', '/groups/{id}/planner/plans', 'plannergroup-list-plans', false, plannerAccess('group')),
  planner('GET', '/planner/plans/{id}', 'plannerplan-get', false, plannerAccess('plan')),
  planner('POST', '/planner/plans', 'planner-post-plans', true, PLAN_CREATE_ACCESS),
  planner('GET', '/planner/plans/{id}/buckets', 'plannerplan-list-buckets', false, plannerAccess('plan')),
  planner('POST', '/planner/buckets', 'planner-post-buckets', true, plannerAccess('body.planId')),
  planner('GET', '/planner/plans/{id}/tasks', 'plannerplan-list-tasks', false, plannerAccess('plan')),
  planner('GET', '/planner/buckets/{id}/tasks', 'plannerbucket-list-tasks', false, plannerAccess('bucket')),
  planner('GET', '/planner/tasks/{id}', 'plannertask-get', false, plannerAccess('task')),
  planner('POST', '/planner/tasks', 'planner-post-tasks', true, plannerAccess('body.planId')),
  planner('PATCH', '/planner/tasks/{id}', 'plannertask-update', true, plannerAccess('task')),
  planner('DELETE', '/planner/tasks/{id}', 'plannertask-delete', true, plannerAccess('task')),
  planner('GET', '/planner/tasks/{id}/details', 'plannertaskdetails-get', false, plannerAccess('task')),
  planner('PATCH', '/planner/tasks/{id}/details', 'plannertaskdetails-update', true, plannerAccess('task')),
  // Group calendar: delegated only.
  ...calendarRows('/groups/{id}/events'),
  ...calendarRows('/groups/{id}/calendar/events'),
  groupCalendar('GET', '/groups/{id}/calendarView', 'group-list-calendarview', GROUP_EVENTS_READ),
  groupCalendar('GET', '/groups/{id}/calendar/calendarView', 'calendar-list-calendarview', GROUP_EVENTS_READ),
  // SharePoint. Application Sites.Selected works on every site route for a granted site (see SITE_ROLES).
  sharepoint('GET', '/groups/{id}/sites/root', 'site-get', SITES_READ, ['Sites.Selected', ...SITES_READ], 'read'),
  sharepoint('GET', '/sites/{id}', 'site-get', SITES_READ, ['Sites.Selected', ...SITES_READ], 'read'),
  sharepoint('GET', '/sites/{id}/lists', 'list-list', SITES_READ, SITES_READ, 'read'),
  sharepoint('POST', '/sites/{id}/lists', 'list-create', ['Sites.Manage.All'], ['Sites.Manage.All', 'Sites.ReadWrite.All'], 'write'),
  sharepoint('GET', '/sites/{id}/lists/{id}', 'list-get', SITES_READ, SITES_READ, 'read'),
  sharepoint('GET', '/sites/{id}/lists/{id}/columns', 'list-list-columns', SITES_READ, SITES_READ, 'read'),
  sharepoint('POST', '/sites/{id}/lists/{id}/columns', 'list-post-columns', SITES_MANAGE, SITES_MANAGE, 'write'),
  sharepoint('GET', '/sites/{id}/lists/{id}/items', 'listitem-list', SITES_READ, SITES_READ, 'read'),
  sharepoint('GET', '/sites/{id}/lists/{id}/items/{id}', 'listitem-get', SITES_READ, [...SITES_READ, 'Sites.Manage.All'], 'read'),
  sharepoint('GET', '/sites/{id}/lists/{id}/items/{id}/fields', 'listitem-get', SITES_READ, [...SITES_READ, 'Sites.Manage.All'], 'read'),
  sharepoint('POST', '/sites/{id}/lists/{id}/items', 'listitem-create', SITES_WRITE, SITES_WRITE, 'write'),
  sharepoint('PATCH', '/sites/{id}/lists/{id}/items/{id}/fields', 'listitem-update', SITES_WRITE, SITES_WRITE, 'write'),
  sharepoint('DELETE', '/sites/{id}/lists/{id}/items/{id}', 'listitem-delete', SITES_WRITE, SITES_WRITE, 'write'),
  // The group's document library. The page lists Files.ReadWrite, Files.ReadWrite.All and Sites.ReadWrite.All; the
  // site scopes nest (below), so the tab's Sites.Manage.All is accepted as for list items.
  sharepoint('PUT', '/groups/{id}/drive/root:/{id}/{id}/content', 'driveitem-put-content', ['Files.ReadWrite', 'Files.ReadWrite.All', 'Sites.ReadWrite.All'], ['Files.ReadWrite.All', 'Sites.ReadWrite.All'], undefined),
  // A file of the site's library by path (the task pane's municipality profile). The page lists Files.Read (least) up to
  // Sites.ReadWrite.All; the site scopes nest, so the tab app's Sites.Manage.All reads it too.
  sharepoint('GET', '/sites/{id}/drive/root:/{id}/{id}/content', 'driveitem-get-content', ['Files.Read', 'Files.ReadWrite', 'Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'], ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'], 'read'),
  // Granting Sites.Selected access needs Sites.FullControl.All (not Sites.Selected itself).
  sharepoint('GET', '/sites/{id}/permissions', 'site-list-permissions', ['Sites.FullControl.All'], ['Sites.FullControl.All'], undefined, siteAccess('site', 'owner')),
  sharepoint('POST', '/sites/{id}/permissions', 'site-post-permissions', ['Sites.FullControl.All'], ['Sites.FullControl.All'], undefined, siteAccess('site', 'owner')),
];

// The SharePoint site permissions nest (https://learn.microsoft.com/graph/permissions-reference: Sites.Manage.All
// "create, read, update, and delete documents and list items", Sites.FullControl.All "full control"), and
// SharePoint honours the higher one where a page lists only the lower ones.
const SITE_SCOPE_RANK = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'];

function accepts(accepted: readonly string[], held: readonly string[], workload: Workload): string | undefined {
  const set = new Set(accepted.map((p) => p.toLowerCase()));
  for (const p of held) {
    if (set.has(p.toLowerCase())) return p;
    if (workload !== 'sharepoint') continue;
    const rank = SITE_SCOPE_RANK.indexOf(p);
    if (rank >= 0 && SITE_SCOPE_RANK.some((lower, i) => i <= rank && set.has(lower.toLowerCase()))) return p;
  }
  return undefined;
}

const rowIndex = new Map(PERMISSION_TABLE.map((r) => [`${r.method} ${r.route}`, r]));
export const permissionRow = (method: string, route: string): PermissionRow | undefined => rowIndex.get(`${method} ${route}`);

/** The error each workload answers when the token lacks a permission (Graph has no single shape). */
export function deniedError(row: PermissionRow, caller: Caller): GraphHttpError {
  switch (row.workload) {
    case 'directory':
      return new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    case 'outlook':
      return new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    case 'planner':
      // Planner answers with an empty code (microsoft-graph-docs #6204, graph-explorer-v4 #2897).
      return new GraphHttpError(403, '', 'You do not have the required permissions to access this item.');
    case 'sharepoint':
      return new GraphHttpError(403, 'accessDenied', 'Access denied');
    case 'teams': {
      const app = caller.userId === null;
      const accepted = (app ? row.application : row.delegated) as readonly string[] | 'not supported';
      const list = accepted === 'not supported' ? '' : accepted.join(', ');
      const held = (app ? caller.roles : caller.scopes).join(', ');
      return new GraphHttpError(
        403,
        'Forbidden',
        app ? `Missing role permissions on the request. API requires one of '${list}'. Roles on the request '${held}'.` : `Missing scope permissions on the request. API requires one of '${list}'. Scopes on the request '${held}'.`,
      );
    }
  }
}

/** The site a SharePoint route works on, without creating it. */
function siteIdOf(row: PermissionRow, params: string[], store: Store): string | undefined {
  if (row.route.startsWith('/groups/{id}/sites/root')) return store.siteOfGroup(params[0]!)?.id;
  return params[0];
}

function roleAllows(have: string[], need: SiteRole): boolean {
  const rank = SITE_ROLES.indexOf(need);
  return have.some((r) => SITE_ROLES.indexOf(r.toLowerCase() as SiteRole) >= rank);
}

/**
 * Throws the workload's 403 when the caller's token does not carry a permission the row accepts.
 * An app holding only Sites.Selected passes when the site has a grant for its app id with the
 * role the call needs (read for reads, write for changes). That holds for delegated tokens too: SharePoint
 * also takes delegated Sites.Selected, granted per site the same way, and the call then gets the
 * intersection of the app's grant and the user's own access (enforceDelegatedAccess checks the latter)
 * (https://devblogs.microsoft.com/microsoft365dev/sharepoint-now-supports-delegated-sites-selected-authentication/,
 * https://learn.microsoft.com/graph/permissions-selected-overview).
 */
export function enforcePermissions(row: PermissionRow, caller: Caller, params: string[], store: Store): void {
  const appOnly = caller.userId === null;
  const accepted = appOnly ? row.application : row.delegated;
  if (accepted === 'not supported') {
    if (appOnly && row.appOnlyError) throw new GraphHttpError(row.appOnlyError.status, row.appOnlyError.code, row.appOnlyError.message);
    throw deniedError(row, caller);
  }
  const held = appOnly ? caller.roles : caller.scopes;
  const granted = accepts(accepted, held.filter((p) => p !== 'Sites.Selected'), row.workload);
  if (granted) return;
  if (row.siteRole && held.includes('Sites.Selected')) {
    const siteId = siteIdOf(row, params, store);
    const roles = siteId ? store.siteGrantRoles(siteId, caller.appId) : [];
    if (roleAllows(roles, row.siteRole)) return;
  }
  throw deniedError(row, caller);
}

/** The group that contains the object a delegated call touches; undefined when it does not exist (the route answers 404). */
function containerGroupId(container: AccessContainer, params: string[], body: unknown, store: Store): string | undefined {
  const id = params[0] ?? '';
  switch (container) {
    case 'group':
      return store.groups.has(id) ? id : undefined;
    case 'plan':
      return store.groupOfPlan(id);
    case 'bucket':
      return store.groupOfBucket(id);
    case 'task':
      return store.groupOfTask(id);
    case 'site':
      return store.groupOfSite(id);
    case 'body.planId': {
      const planId = body && typeof body === 'object' ? (body as { planId?: unknown }).planId : undefined;
      return typeof planId === 'string' ? store.groupOfPlan(planId) : undefined;
    }
    case 'body.container': {
      const groupId = planContainerGroupId(body);
      return groupId && store.groups.has(groupId) ? groupId : undefined;
    }
  }
}

/**
 * Throws the workload's 403 when a signed-in user reaches into a group they do not belong to, as the row's
 * `delegatedAccess` says (the scopes alone are not enough in Microsoft 365). App-only calls are not narrowed here.
 */
export function enforceDelegatedAccess(row: PermissionRow, caller: Caller, params: string[], body: unknown, store: Store): void {
  const rule = row.delegatedAccess;
  if (!rule || caller.userId === null) return;
  const groupId = containerGroupId(rule.container, params, body, store);
  if (groupId === undefined) return;
  const { member, owner, visibility } = store.standingIn(groupId, caller.userId);
  const allowed = rule.who === 'member' ? member : rule.who === 'owner' ? owner : member || owner;
  if (allowed) return;
  if (rule.publicRead && row.method === 'GET' && visibility === 'Public') return;
  throw deniedError(row, caller);
}
