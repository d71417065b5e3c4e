// In-memory tenant state. Records stay lean (only what the service stores); the route modules
// shape them into Graph JSON on the way out. Everything here is JSON-serialisable for persistFile.
import { DEV_BOT_APP } from './dev-token.ts';
import type { ColumnDefinitionInput, PatternedRecurrence, SeedAttendee, SeedReference, SeedTeamsApp, SeedUser, TenantSeed } from './types.ts';
import { guidFrom, newGuid } from './http-util.ts';
import { parseLocalDateTime } from './time-zones.ts';

export type UserRec = SeedUser;

export interface GroupRec {
  id: string;
  displayName: string;
  description: string | null;
  mailNickname: string;
  mail: string;
  visibility: 'Private' | 'Public';
  memberIds: string[];
  ownerIds: string[];
  team: { generalChannelId: string; createdDateTime: string } | null;
  createdDateTime: string;
}

export interface PlanRec {
  id: string;
  groupId: string;
  title: string;
  createdDateTime: string;
  createdById: string | null;
  v: number;
}

export interface BucketRec {
  id: string;
  planId: string;
  name: string;
  orderHint: string;
  v: number;
}

/** `user:<id>` or `app:<id>`. */
export type IdentityRef = string;

export interface AssignmentRec {
  assignedBy: IdentityRef;
  assignedDateTime: string;
  orderHint: string;
}

export interface DetailsRec {
  description: string;
  previewType: string;
  checklist: Record<string, { title: string; isChecked: boolean; orderHint: string; lastModifiedBy: IdentityRef; lastModifiedDateTime: string }>;
  references: Record<string, SeedReference & { lastModifiedBy: IdentityRef; lastModifiedDateTime: string }>;
  v: number;
}

export interface TaskRec {
  id: string;
  planId: string;
  bucketId: string | null;
  title: string;
  orderHint: string;
  percentComplete: number;
  priority: number;
  startDateTime: string | null;
  dueDateTime: string | null;
  createdDateTime: string;
  createdBy: IdentityRef;
  completedDateTime: string | null;
  completedBy: IdentityRef | null;
  assignments: Record<string, AssignmentRec>;
  appliedCategories: Record<string, boolean>;
  conversationThreadId: string | null;
  v: number;
  /** Absent until someone writes details; then it carries its own version. */
  details?: DetailsRec;
  detailsV: number;
}

export interface EventException {
  subject?: string;
  /** The occurrence's own invitation text (for example its agenda). */
  body?: { contentType: 'text' | 'html'; content: string };
  startUtc?: number;
  endUtc?: number;
  v: number;
}

export interface EventRec {
  id: string;
  groupId: string;
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  startUtc: number;
  endUtc: number;
  timeZone: string;
  recurrence: PatternedRecurrence | null;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  joinUrl: string | null;
  location: string;
  attendees: SeedAttendee[];
  createdDateTime: string;
  lastModifiedDateTime: string;
  iCalUId: string;
  /** Local dates (YYYY-MM-DD) of deleted occurrences. */
  cancelled: string[];
  /** Changed occurrences by local date. */
  exceptions: Record<string, EventException>;
  v: number;
}

export interface SiteRec {
  id: string;
  groupId: string;
  name: string;
  displayName: string;
  webUrl: string;
  createdDateTime: string;
}

export interface ColumnRec extends ColumnDefinitionInput {
  id: string;
  displayName: string;
  readOnly: boolean;
  /** Built-in SharePoint column (ID, Created, ...); listed but not writable. */
  system: boolean;
}

export interface ListRec {
  id: string;
  siteId: string;
  displayName: string;
  name: string;
  description: string;
  columns: ColumnRec[];
  createdDateTime: string;
  lastModifiedDateTime: string;
  nextItemId: number;
  /** A list SharePoint keeps for itself (the User Information List): not in `GET /lists` unless `$select` names `system`. */
  system?: boolean;
}

export interface ItemRec {
  id: string;
  uid: string;
  fields: Record<string, unknown>;
  v: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdById: string | null;
  lastModifiedById: string | null;
}

/** A Sites.Selected grant: an application's role on a site (`POST /sites/{id}/permissions`). */
export interface SitePermissionRec {
  id: string;
  roles: string[];
  application: { id: string; displayName: string };
}

export interface InstalledAppRec {
  id: string;
  teamsAppId: string;
  chatId: string;
}

export interface StateSnapshot {
  format: 'graph-emulator-state';
  version: 1;
  seq: number;
  tenant: { id: string; domain: string; sharepointHost: string };
  users: UserRec[];
  groups: GroupRec[];
  plans: PlanRec[];
  buckets: BucketRec[];
  tasks: TaskRec[];
  events: EventRec[];
  sites: SiteRec[];
  lists: ListRec[];
  items: Record<string, ItemRec[]>;
  teamsApps: SeedTeamsApp[];
  installedApps: Record<string, InstalledAppRec[]>;
  /** Absent in files written before Sites.Selected was modelled. */
  sitePermissions?: Record<string, SitePermissionRec[]>;
}

const SEED_APP_ID = 'b7d3c6f0-5a43-4c8e-9a1d-2f6e8c0d4b21';

const SYSTEM_COLUMNS: ColumnDefinitionInput[] = [
  { name: 'ID', displayName: 'ID', number: {}, indexed: true },
  { name: 'ContentType', displayName: 'Content Type', text: {} },
  { name: 'Modified', displayName: 'Modified', dateTime: { format: 'dateTime' }, indexed: true },
  { name: 'Created', displayName: 'Created', dateTime: { format: 'dateTime' }, indexed: true },
  { name: 'Author', displayName: 'Created By', text: {} },
  { name: 'Editor', displayName: 'Modified By', text: {} },
  { name: 'Attachments', displayName: 'Attachments', boolean: {} },
];

export function makeColumn(def: ColumnDefinitionInput, system = false): ColumnRec {
  return { ...def, id: system ? guidFrom(`column:${def.name}`) : newGuid(), displayName: def.displayName ?? def.name, readOnly: system, system };
}

// Column records are never mutated (lists only gain new ones), so lists can share them: a tenant
// with thousands of lists stays small and quick to build.
const BUILT_IN: readonly ColumnRec[] = [makeColumn({ name: 'Title', displayName: 'Title', text: {}, required: true }), ...SYSTEM_COLUMNS.map((c) => makeColumn(c, true))];
export const USER_INFO_LIST = 'User Information List';
const USER_INFO_COLUMNS: readonly ColumnRec[] = [
  makeColumn({ name: 'EMail', displayName: 'Work email', text: {} }),
  makeColumn({ name: 'UserName', displayName: 'User name', text: {} }),
  makeColumn({ name: 'Name', displayName: 'Account', text: {} }),
];
const seededColumns = new WeakMap<ColumnDefinitionInput, ColumnRec>();

export function defaultColumns(): ColumnRec[] {
  return [...BUILT_IN];
}

function seedColumn(def: ColumnDefinitionInput): ColumnRec {
  let col = seededColumns.get(def);
  if (!col) seededColumns.set(def, (col = makeColumn(def)));
  return col;
}

export class Store {
  seq = 0;
  tenant: { id: string; domain: string; sharepointHost: string };
  readonly users = new Map<string, UserRec>();
  readonly groups = new Map<string, GroupRec>();
  readonly plans = new Map<string, PlanRec>();
  readonly buckets = new Map<string, BucketRec>();
  readonly tasks = new Map<string, TaskRec>();
  readonly events = new Map<string, EventRec>();
  readonly sites = new Map<string, SiteRec>();
  readonly lists = new Map<string, ListRec>();
  readonly items = new Map<string, Map<string, ItemRec>>();
  teamsApps: SeedTeamsApp[] = [];
  readonly installedApps = new Map<string, InstalledAppRec[]>();
  readonly sitePermissions = new Map<string, SitePermissionRec[]>();
  // Indexes: rebuilt on load, kept in step by the mutators below.
  private readonly tasksByPlan = new Map<string, Set<string>>();
  private readonly plansByGroup = new Map<string, string[]>();
  private readonly eventsByGroup = new Map<string, Set<string>>();
  private readonly siteByGroup = new Map<string, string>();
  private readonly listsBySite = new Map<string, string[]>();

  constructor(tenant?: Partial<StateSnapshot['tenant']>) {
    this.tenant = {
      id: tenant?.id ?? '9b0f6c1e-3d2a-4e5f-8a7b-1c2d3e4f5a6b',
      domain: tenant?.domain ?? 'gemeente.onmicrosoft.com',
      sharepointHost: tenant?.sharepointHost ?? 'gemeente.sharepoint.com',
    };
  }

  nextVersion(): number {
    return ++this.seq;
  }

  userByIdOrUpn(key: string): UserRec | undefined {
    const direct = this.users.get(key);
    if (direct) return direct;
    const lower = key.toLowerCase();
    for (const u of this.users.values()) if (u.userPrincipalName.toLowerCase() === lower) return u;
    return undefined;
  }

  addPlan(p: PlanRec): void {
    this.plans.set(p.id, p);
    const list = this.plansByGroup.get(p.groupId) ?? [];
    list.push(p.id);
    this.plansByGroup.set(p.groupId, list);
  }

  plansOfGroup(groupId: string): PlanRec[] {
    return (this.plansByGroup.get(groupId) ?? []).map((id) => this.plans.get(id)).filter((p): p is PlanRec => !!p);
  }

  addTask(t: TaskRec): void {
    this.tasks.set(t.id, t);
    let set = this.tasksByPlan.get(t.planId);
    if (!set) this.tasksByPlan.set(t.planId, (set = new Set()));
    set.add(t.id);
  }

  deleteTask(id: string): void {
    const t = this.tasks.get(id);
    if (!t) return;
    this.tasks.delete(id);
    this.tasksByPlan.get(t.planId)?.delete(id);
  }

  tasksOfPlan(planId: string): TaskRec[] {
    const out: TaskRec[] = [];
    for (const id of this.tasksByPlan.get(planId) ?? []) {
      const t = this.tasks.get(id);
      if (t) out.push(t);
    }
    return out;
  }

  addEvent(e: EventRec): void {
    this.events.set(e.id, e);
    let set = this.eventsByGroup.get(e.groupId);
    if (!set) this.eventsByGroup.set(e.groupId, (set = new Set()));
    set.add(e.id);
  }

  deleteEvent(id: string): void {
    const e = this.events.get(id);
    if (!e) return;
    this.events.delete(id);
    this.eventsByGroup.get(e.groupId)?.delete(id);
  }

  eventsOfGroup(groupId: string): EventRec[] {
    return [...(this.eventsByGroup.get(groupId) ?? [])].map((id) => this.events.get(id)).filter((e): e is EventRec => !!e);
  }

  siteOfGroup(groupId: string): SiteRec | undefined {
    const id = this.siteByGroup.get(groupId);
    return id ? this.sites.get(id) : undefined;
  }

  addSite(site: SiteRec): void {
    this.sites.set(site.id, site);
    this.siteByGroup.set(site.groupId, site.id);
  }

  addList(list: ListRec): void {
    this.lists.set(list.id, list);
    const ids = this.listsBySite.get(list.siteId) ?? [];
    ids.push(list.id);
    this.listsBySite.set(list.siteId, ids);
  }

  /** Every Microsoft 365 group has a team site; create it on first use as SharePoint does. */
  ensureSite(group: GroupRec, now: Date, id?: string): SiteRec {
    const existing = this.siteOfGroup(group.id);
    if (existing) return existing;
    const site: SiteRec = {
      id: id ?? `${this.tenant.sharepointHost},${guidFrom(`site:${group.id}`)},${guidFrom(`web:${group.id}`)}`,
      groupId: group.id,
      name: group.mailNickname,
      displayName: group.displayName,
      webUrl: `https://${this.tenant.sharepointHost}/sites/${group.mailNickname}`,
      createdDateTime: now.toISOString(),
    };
    this.addSite(site);
    return site;
  }

  /**
   * The site's hidden User Information List: SharePoint's own list of the people known to the site, whose item
   * ids are what a person column stores (`<column>LookupId`). A user is added when they first use the site;
   * Graph has no call to add one (SharePoint REST has ensureUser). Item ids 1–5 are SharePoint's own entries.
   */
  userInfoList(siteId: string): ListRec {
    const existing = this.listsOfSite(siteId).find((l) => l.system && l.displayName === USER_INFO_LIST);
    if (existing) return existing;
    const at = new Date(0).toISOString();
    const list: ListRec = {
      id: guidFrom(`user-info-list:${siteId}`),
      siteId,
      displayName: USER_INFO_LIST,
      name: 'users',
      description: 'All people.',
      columns: [...defaultColumns(), ...USER_INFO_COLUMNS],
      createdDateTime: at,
      lastModifiedDateTime: at,
      nextItemId: 6,
      system: true,
    };
    this.addList(list);
    return list;
  }

  /** The user's item in the site's User Information List, added when missing (as a first visit does). */
  ensureSiteUser(siteId: string, userId: string, now: Date): ItemRec | undefined {
    const user = this.users.get(userId);
    if (!user) return undefined;
    const list = this.userInfoList(siteId);
    const items = this.itemsOf(list.id);
    const upn = user.userPrincipalName.toLowerCase();
    for (const it of items.values()) if (String(it.fields.UserName ?? '').toLowerCase() === upn) return it;
    const id = String(list.nextItemId++);
    const at = now.toISOString();
    const item: ItemRec = {
      id,
      uid: guidFrom(`site-user:${siteId}:${userId}`),
      fields: { Title: user.displayName, EMail: user.mail ?? '', UserName: user.userPrincipalName, Name: `i:0#.f|membership|${user.userPrincipalName}` },
      v: 1,
      createdDateTime: at,
      lastModifiedDateTime: at,
      createdById: null,
      lastModifiedById: null,
    };
    items.set(id, item);
    return item;
  }

  grantSite(siteId: string, roles: string[], application: { id: string; displayName: string }): SitePermissionRec {
    const list = this.sitePermissions.get(siteId) ?? [];
    const rec: SitePermissionRec = { id: Buffer.from(`i:0i.t|ms.sp.ext|${application.id}@${this.tenant.id}`).toString('base64'), roles: [...roles], application: { ...application } };
    const at = list.findIndex((p) => p.application.id === application.id);
    if (at >= 0) list[at] = rec;
    else list.push(rec);
    this.sitePermissions.set(siteId, list);
    return rec;
  }

  /** A user's place in a group, for the membership checks on delegated calls (permissions.ts). */
  standingIn(groupId: string, userId: string): { member: boolean; owner: boolean; visibility: GroupRec['visibility'] | undefined } {
    const g = this.groups.get(groupId);
    return { member: !!g?.memberIds.includes(userId), owner: !!g?.ownerIds.includes(userId), visibility: g?.visibility };
  }

  /** The group that contains a plan, bucket, task or site; undefined when there is no such object. */
  groupOfPlan(planId: string): string | undefined {
    return this.plans.get(planId)?.groupId;
  }

  groupOfBucket(bucketId: string): string | undefined {
    const b = this.buckets.get(bucketId);
    return b ? this.groupOfPlan(b.planId) : undefined;
  }

  groupOfTask(taskId: string): string | undefined {
    const t = this.tasks.get(taskId);
    return t ? this.groupOfPlan(t.planId) : undefined;
  }

  groupOfSite(siteId: string): string | undefined {
    return this.sites.get(siteId)?.groupId;
  }

  siteGrantRoles(siteId: string, appId: string): string[] {
    return (this.sitePermissions.get(siteId) ?? []).filter((p) => p.application.id === appId).flatMap((p) => p.roles);
  }

  listsOfSite(siteId: string): ListRec[] {
    return (this.listsBySite.get(siteId) ?? []).map((id) => this.lists.get(id)).filter((l): l is ListRec => !!l);
  }

  itemsOf(listId: string): Map<string, ItemRec> {
    let m = this.items.get(listId);
    if (!m) this.items.set(listId, (m = new Map()));
    return m;
  }

  toSnapshot(): StateSnapshot {
    return {
      format: 'graph-emulator-state',
      version: 1,
      seq: this.seq,
      tenant: this.tenant,
      users: [...this.users.values()],
      groups: [...this.groups.values()],
      plans: [...this.plans.values()],
      buckets: [...this.buckets.values()],
      tasks: [...this.tasks.values()],
      events: [...this.events.values()],
      sites: [...this.sites.values()],
      lists: [...this.lists.values()],
      items: Object.fromEntries([...this.items].map(([k, m]) => [k, [...m.values()]])),
      teamsApps: this.teamsApps,
      installedApps: Object.fromEntries(this.installedApps),
      sitePermissions: Object.fromEntries(this.sitePermissions),
    };
  }

  static fromSnapshot(s: StateSnapshot): Store {
    if (s.format !== 'graph-emulator-state' || s.version !== 1) throw new Error('Unknown emulator state file format');
    const st = new Store(s.tenant);
    st.seq = s.seq;
    for (const u of s.users) st.users.set(u.id, u);
    for (const g of s.groups) st.groups.set(g.id, g);
    for (const p of s.plans) st.addPlan(p);
    for (const b of s.buckets) st.buckets.set(b.id, b);
    for (const t of s.tasks) st.addTask(t);
    for (const e of s.events) st.addEvent(e);
    for (const x of s.sites) st.addSite(x);
    for (const l of s.lists) st.addList(l);
    for (const [listId, items] of Object.entries(s.items)) st.items.set(listId, new Map(items.map((i) => [i.id, i])));
    st.teamsApps = s.teamsApps;
    for (const [k, v] of Object.entries(s.installedApps)) st.installedApps.set(k, v);
    if (s.sitePermissions) for (const [k, v] of Object.entries(s.sitePermissions)) st.sitePermissions.set(k, v);
    // Files from before Sites.Selected was modelled were all made from the demo seeds, where every site is a
    // werkgroep site the bot may read: keep `npm start` on an old data dir working as it did.
    else for (const site of st.sites.values()) st.grantSite(site.id, ['read'], DEV_BOT_APP);
    return st;
  }

  static fromSeed(seed: TenantSeed, now: Date): Store {
    const st = new Store(seed.tenant);
    const at = now.toISOString();
    for (const u of seed.users) st.users.set(u.id, { ...u });
    for (const g of seed.groups) {
      st.groups.set(g.id, {
        id: g.id,
        displayName: g.displayName,
        description: g.description ?? null,
        mailNickname: g.mailNickname,
        mail: g.mail ?? `${g.mailNickname}@${st.tenant.domain}`,
        visibility: g.visibility ?? 'Private',
        memberIds: [...g.memberIds],
        ownerIds: [...g.ownerIds],
        team: g.team ? { generalChannelId: `19:${guidFrom(`channel:${g.id}`).replace(/-/g, '')}@thread.tacv2`, createdDateTime: g.createdDateTime ?? at } : null,
        createdDateTime: g.createdDateTime ?? at,
      });
    }
    for (const p of seed.plans ?? []) {
      st.addPlan({ id: p.id, groupId: p.groupId, title: p.title, createdDateTime: p.createdDateTime ?? at, createdById: null, v: st.nextVersion() });
      (p.buckets ?? []).forEach((b, i) => {
        st.buckets.set(b.id, { id: b.id, planId: p.id, name: b.name, orderHint: b.orderHint ?? `85855${(9000 - i * 100).toString().padStart(4, '0')}`, v: st.nextVersion() });
      });
    }
    for (const t of seed.tasks ?? []) {
      const created = t.createdDateTime ?? at;
      // Seeded tasks without a creator count as made by the app (identitySet.application).
      const creator = t.createdById ? `user:${t.createdById}` : `app:${SEED_APP_ID}`;
      const pct = t.percentComplete ?? 0;
      const task: TaskRec = {
        id: t.id,
        planId: t.planId,
        bucketId: t.bucketId ?? null,
        title: t.title,
        orderHint: t.orderHint ?? '8585000000000000000',
        percentComplete: pct,
        priority: t.priority ?? 5,
        startDateTime: t.startDateTime ?? null,
        dueDateTime: t.dueDateTime ?? null,
        createdDateTime: created,
        createdBy: creator,
        completedDateTime: pct === 100 ? (t.completedDateTime ?? at) : null,
        completedBy: pct === 100 ? (t.completedById ? `user:${t.completedById}` : creator) : null,
        assignments: Object.fromEntries((t.assigneeIds ?? []).map((id) => [id, { assignedBy: creator, assignedDateTime: created, orderHint: '8585000000000000000' }])),
        appliedCategories: {},
        conversationThreadId: null,
        v: st.nextVersion(),
        detailsV: st.nextVersion(),
      };
      if (t.description || t.references || t.checklist) {
        task.details = {
          description: t.description ?? '',
          previewType: 'automatic',
          checklist: Object.fromEntries(
            Object.entries(t.checklist ?? {}).map(([k, c]) => [k, { title: c.title, isChecked: c.isChecked ?? false, orderHint: '8585', lastModifiedBy: creator, lastModifiedDateTime: created }]),
          ),
          references: Object.fromEntries(Object.entries(t.references ?? {}).map(([k, r]) => [k, { ...r, lastModifiedBy: creator, lastModifiedDateTime: created }])),
          v: task.detailsV,
        };
      }
      st.addTask(task);
    }
    for (const e of seed.events ?? []) {
      const start = parseLocalDateTime(e.start);
      const end = parseLocalDateTime(e.end);
      st.addEvent({
        id: e.id,
        groupId: e.groupId,
        subject: e.subject,
        body: e.body ?? { contentType: 'html', content: '' },
        startUtc: start,
        endUtc: end,
        timeZone: e.recurrence?.range.recurrenceTimeZone ?? e.start.timeZone,
        recurrence: e.recurrence ?? null,
        isOnlineMeeting: e.isOnlineMeeting ?? false,
        onlineMeetingProvider: e.isOnlineMeeting ? (e.onlineMeetingProvider ?? 'teamsForBusiness') : 'unknown',
        joinUrl: e.joinUrl ?? null,
        location: e.location ?? '',
        attendees: e.attendees ?? [],
        createdDateTime: e.createdDateTime ?? at,
        lastModifiedDateTime: e.createdDateTime ?? at,
        iCalUId: `040000008200E00074C5B7101A82E008${guidFrom(`ical:${e.id}`).replace(/-/g, '').toUpperCase()}`,
        cancelled: [],
        exceptions: {},
        v: st.nextVersion(),
      });
    }
    for (const s of seed.sites ?? []) {
      const group = st.groups.get(s.groupId);
      if (!group) throw new Error(`Seed site refers to unknown group ${s.groupId}`);
      const site = st.ensureSite(group, now, s.id);
      for (const g of s.grants ?? []) st.grantSite(site.id, g.roles, g.application);
      for (const userId of s.siteUserIds ?? []) st.ensureSiteUser(site.id, userId, now);
      for (const l of s.lists ?? []) {
        const list: ListRec = {
          id: l.id,
          siteId: site.id,
          displayName: l.displayName,
          name: l.displayName.replace(/\s+/g, ''),
          description: l.description ?? '',
          columns: [...defaultColumns(), ...l.columns.map(seedColumn)],
          createdDateTime: at,
          lastModifiedDateTime: at,
          nextItemId: 1,
        };
        st.addList(list);
        const items = st.itemsOf(list.id);
        for (const it of l.items ?? []) {
          const id = it.id ?? String(list.nextItemId);
          list.nextItemId = Math.max(list.nextItemId, Number(id) + 1);
          items.set(id, {
            id,
            uid: guidFrom(`item:${list.id}:${id}`),
            fields: { ...it.fields },
            v: 1,
            createdDateTime: it.createdDateTime ?? at,
            lastModifiedDateTime: it.createdDateTime ?? at,
            createdById: it.createdById ?? null,
            lastModifiedById: it.createdById ?? null,
          });
        }
      }
    }
    st.teamsApps = [...(seed.teamsApps ?? [])];
    return st;
  }
}
