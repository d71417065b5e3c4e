// Users, groups, members/owners, memberOf, teams and per-user Teams app installations.
import { createHash } from 'node:crypto';
import type { Ctx, Router } from './router.ts';
import type { GroupRec, UserRec } from './store.ts';
import { GraphHttpError, applySelect, asRecord, badRequest, collection, created, noContent, notFound, ok, paginate } from './http-util.ts';
import { compileFilter } from './odata-filter.ts';

const DEFAULT_USER_PROPS = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];

function userJson(u: UserRec, typed: boolean): Record<string, unknown> {
  return {
    ...(typed ? { '@odata.type': '#microsoft.graph.user' } : {}),
    id: u.id,
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.givenName ?? null,
    jobTitle: u.jobTitle ?? null,
    mail: u.mail,
    mobilePhone: null,
    officeLocation: u.officeLocation ?? null,
    preferredLanguage: 'nl-NL',
    surname: u.surname ?? null,
    userPrincipalName: u.userPrincipalName,
    department: u.department ?? null,
  };
}

/** Without `$select`, Graph returns its default user set (department is not in it). */
function shapeUser(u: UserRec, ctx: Ctx, typed: boolean): Record<string, unknown> {
  const full = userJson(u, typed);
  const select = ctx.query.get('$select');
  if (select) return applySelect(full, select);
  return applySelect(full, DEFAULT_USER_PROPS.join(','));
}

export function groupJson(g: GroupRec, typed = false): Record<string, unknown> {
  return {
    ...(typed ? { '@odata.type': '#microsoft.graph.group' } : {}),
    id: g.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: g.createdDateTime,
    description: g.description,
    displayName: g.displayName,
    groupTypes: ['Unified'],
    mail: g.mail,
    mailEnabled: true,
    mailNickname: g.mailNickname,
    proxyAddresses: [`SMTP:${g.mail}`],
    renewedDateTime: g.createdDateTime,
    resourceBehaviorOptions: [],
    resourceProvisioningOptions: g.team ? ['Team'] : [],
    securityEnabled: false,
    securityIdentifier: `S-1-12-1-${parseInt(g.id.slice(0, 8), 16)}`,
    visibility: g.visibility,
  };
}

export function requireGroup(ctx: Ctx, id: string): GroupRec {
  const g = ctx.store.groups.get(id);
  if (!g) throw notFound(`Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
  return g;
}

function requireUser(ctx: Ctx, key: string): UserRec {
  const u = ctx.store.userByIdOrUpn(key);
  if (!u) throw notFound(`Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
  return u;
}

function meId(ctx: Ctx): string {
  if (!ctx.caller.userId) throw badRequest('/me request is only valid with delegated authentication flow.');
  return ctx.caller.userId;
}

function filtered<T extends Record<string, unknown>>(ctx: Ctx, rows: T[]): T[] {
  const f = ctx.query.get('$filter');
  if (!f) return rows;
  const pred = compileFilter(f, { caseInsensitive: true, maxInValues: 15 });
  return rows.filter(pred);
}

function idsOfFilter(filter: string): string[] | undefined {
  const m = /^\s*id\s+(?:in\s*\(([^)]*)\)|eq\s*('[^']*'))\s*$/i.exec(filter);
  if (!m) return undefined;
  const raw = m[1] ?? m[2] ?? '';
  return [...new Set([...raw.matchAll(/'([^']*)'/g)].map((x) => x[1]!))];
}

/** Graph returns at most 20 objects for an expanded directory relationship, without a next link. */
export const EXPAND_CAP = 20;

function withExpand(ctx: Ctx, g: GroupRec, json: Record<string, unknown>): Record<string, unknown> {
  const raw = ctx.query.get('$expand');
  if (!raw) return json;
  const m = /^(members|owners)(?:\(\s*\$select\s*=\s*([^)]*)\))?$/i.exec(raw.trim());
  if (!m) throw badRequest(`Unsupported $expand '${raw}'.`, 'Request_BadRequest');
  const rel = m[1]!.toLowerCase() === 'members' ? 'members' : 'owners';
  const ids = rel === 'members' ? g.memberIds : g.ownerIds;
  const users = ids
    .map((id) => ctx.store.users.get(id))
    .filter((u): u is UserRec => !!u)
    .slice(0, EXPAND_CAP)
    .map((u) => applySelect(userJson(u, true), m[2] ? m[2] : DEFAULT_USER_PROPS.join(',')));
  return { ...json, [rel]: users };
}

function pageOf(ctx: Ctx, rows: unknown[], context: string): Record<string, unknown> {
  const { page, nextLink } = paginate(rows, { base: ctx.base, path: ctx.path, query: ctx.query, defaultTop: 100, maxTop: 999, style: 'skiptoken', strictTop: true });
  return collection(`${ctx.base}/$metadata#${context}`, page, nextLink);
}

function teamJson(ctx: Ctx, g: GroupRec): Record<string, unknown> {
  if (!g.team) throw new GraphHttpError(404, 'NotFound', `No team found with Group Id ${g.id}`);
  return {
    id: g.id,
    createdDateTime: g.team.createdDateTime,
    displayName: g.displayName,
    description: g.description,
    internalId: `19:${createHash('sha1').update(g.id).digest('hex').slice(0, 32)}@thread.tacv2`,
    classification: null,
    specialization: 'none',
    visibility: g.visibility.toLowerCase(),
    webUrl: `https://teams.microsoft.com/l/team/${encodeURIComponent(g.team.generalChannelId)}/conversations?groupId=${g.id}&tenantId=${ctx.store.tenant.id}`,
    isArchived: false,
    tenantId: ctx.store.tenant.id,
    isMembershipLimitedToOwners: false,
  };
}

function generalChannel(ctx: Ctx, g: GroupRec): Record<string, unknown> {
  if (!g.team) throw new GraphHttpError(404, 'NotFound', `No team found with Group Id ${g.id}`);
  return {
    id: g.team.generalChannelId,
    createdDateTime: g.team.createdDateTime,
    displayName: 'General',
    description: g.description,
    isFavoriteByDefault: null,
    email: '',
    tenantId: ctx.store.tenant.id,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(g.team.generalChannelId)}/General?groupId=${g.id}&tenantId=${ctx.store.tenant.id}`,
    membershipType: 'standard',
  };
}

function memberOf(ctx: Ctx, userId: string): Record<string, unknown> {
  requireUser(ctx, userId);
  const rows = [...ctx.store.groups.values()].filter((g) => g.memberIds.includes(userId)).map((g) => groupJson(g, true));
  const select = ctx.query.get('$select');
  return pageOf(ctx, filtered(ctx, rows).map((r) => applySelect(r, select)), 'directoryObjects');
}

function joinedTeams(ctx: Ctx, userId: string): Record<string, unknown> {
  requireUser(ctx, userId);
  const rows = [...ctx.store.groups.values()].filter((g) => g.team && g.memberIds.includes(userId)).map((g) => teamJson(ctx, g));
  return collection(`${ctx.base}/$metadata#teams`, rows.map((r) => applySelect(r, ctx.query.get('$select'))));
}

function installedAppsOf(ctx: Ctx, userKey: string): { userId: string } {
  return { userId: requireUser(ctx, userKey).id };
}

export function registerDirectoryRoutes(r: Router): void {
  const entity = (ctx: Ctx, u: UserRec) => ok({ '@odata.context': `${ctx.base}/$metadata#users/$entity`, ...shapeUser(u, ctx, false) });
  r.add('GET', '/me', (ctx) => entity(ctx, requireUser(ctx, meId(ctx))));
  r.add('GET', '/users/{id}', (ctx) => entity(ctx, requireUser(ctx, ctx.params[0]!)));
  r.add('GET', '/users', (ctx) => {
    const rows = filtered(ctx, [...ctx.store.users.values()].map((u) => userJson(u, false)));
    const select = ctx.query.get('$select') ?? DEFAULT_USER_PROPS.join(',');
    return ok(pageOf(ctx, rows.map((u) => applySelect(u, select)), 'users'));
  });
  r.add('GET', '/me/memberOf', (ctx) => ok(memberOf(ctx, meId(ctx))));
  r.add('GET', '/me/memberOf/microsoft.graph.group', (ctx) => ok(memberOf(ctx, meId(ctx))));
  r.add('GET', '/users/{id}/memberOf', (ctx) => ok(memberOf(ctx, requireUser(ctx, ctx.params[0]!).id)));
  r.add('GET', '/users/{id}/memberOf/microsoft.graph.group', (ctx) => ok(memberOf(ctx, requireUser(ctx, ctx.params[0]!).id)));
  r.add('GET', '/me/joinedTeams', (ctx) => ok(joinedTeams(ctx, meId(ctx))));
  r.add('GET', '/users/{id}/joinedTeams', (ctx) => ok(joinedTeams(ctx, requireUser(ctx, ctx.params[0]!).id)));

  r.add('GET', '/groups', (ctx) => {
    const f = ctx.query.get('$filter');
    const pred = f ? compileFilter(f, { caseInsensitive: true, maxInValues: 15 }) : () => true;
    // `id in (...)` / `id eq '...'` are lookups; don't shape every group in the tenant for them.
    const ids = f ? idsOfFilter(f) : undefined;
    const candidates = ids ? ids.map((id) => ctx.store.groups.get(id)).filter((g): g is GroupRec => !!g) : [...ctx.store.groups.values()];
    const rows = candidates.filter((g) => pred(groupJson(g)));
    return ok(pageOf(ctx, rows.map((g) => withExpand(ctx, g, applySelect(groupJson(g), ctx.query.get('$select')))), 'groups'));
  });
  r.add('GET', '/groups/{id}', (ctx) => {
    const g = requireGroup(ctx, ctx.params[0]!);
    return ok(withExpand(ctx, g, applySelect(groupJson(g), ctx.query.get('$select'))));
  });
  const listUsers = (kind: 'memberIds' | 'ownerIds') => (ctx: Ctx) => {
    const g = requireGroup(ctx, ctx.params[0]!);
    const rows = filtered(
      ctx,
      g[kind].map((id) => ctx.store.users.get(id)).filter((u): u is UserRec => !!u).map((u) => userJson(u, true)),
    );
    const select = ctx.query.get('$select') ?? DEFAULT_USER_PROPS.join(',');
    return ok(pageOf(ctx, rows.map((u) => applySelect(u, select)), 'directoryObjects'));
  };
  r.add('GET', '/groups/{id}/members', listUsers('memberIds'));
  r.add('GET', '/groups/{id}/members/microsoft.graph.user', listUsers('memberIds'));
  r.add('GET', '/groups/{id}/owners', listUsers('ownerIds'));
  r.add('GET', '/groups/{id}/owners/microsoft.graph.user', listUsers('ownerIds'));

  r.add('GET', '/teams/{id}', (ctx) => ok(applySelect(teamJson(ctx, requireGroup(ctx, ctx.params[0]!)), ctx.query.get('$select'))));
  r.add('GET', '/teams/{id}/channels', (ctx) => {
    const rows = filtered(ctx, [generalChannel(ctx, requireGroup(ctx, ctx.params[0]!))]);
    return ok(collection(`${ctx.base}/$metadata#teams('${ctx.params[0]}')/channels`, rows.map((c) => applySelect(c, ctx.query.get('$select')))));
  });
  r.add('GET', '/teams/{id}/primaryChannel', (ctx) => ok(applySelect(generalChannel(ctx, requireGroup(ctx, ctx.params[0]!)), ctx.query.get('$select'))));

  r.add('GET', '/appCatalogs/teamsApps', (ctx) => {
    const rows = filtered(ctx, ctx.store.teamsApps.map((a) => ({ ...a, distributionMethod: 'organization' })));
    return ok(collection(`${ctx.base}/$metadata#appCatalogs/teamsApps`, rows));
  });

  r.add('POST', '/users/{id}/teamwork/installedApps', (ctx) => {
    const { userId } = installedAppsOf(ctx, ctx.params[0]!);
    const body = asRecord(ctx.body);
    const bind = body['teamsApp@odata.bind'];
    const m = typeof bind === 'string' ? /\/appCatalogs\/teamsApps\/([^/?]+)$/.exec(bind) : null;
    if (!m?.[1]) throw badRequest("Required property 'teamsApp@odata.bind' is missing or invalid.");
    const app = ctx.store.teamsApps.find((a) => a.id === m[1]);
    if (!app) throw new GraphHttpError(404, 'NotFound', `The app with id '${m[1]}' was not found in the app catalog.`);
    const list = ctx.store.installedApps.get(userId) ?? [];
    if (list.some((i) => i.teamsAppId === app.id)) throw new GraphHttpError(409, 'Conflict', 'App is already installed.');
    list.push({
      id: Buffer.from(`${userId}##${app.id}`).toString('base64'),
      teamsAppId: app.id,
      chatId: `19:${userId}_${createHash('sha1').update(app.id).digest('hex').slice(0, 12)}@unq.gbl.spaces`,
    });
    ctx.store.installedApps.set(userId, list);
    return created(undefined);
  });
  r.add('GET', '/users/{id}/teamwork/installedApps', (ctx) => {
    const { userId } = installedAppsOf(ctx, ctx.params[0]!);
    const expand = (ctx.query.get('$expand') ?? '').includes('teamsApp');
    const rows = (ctx.store.installedApps.get(userId) ?? []).map((i) => {
      const app = ctx.store.teamsApps.find((a) => a.id === i.teamsAppId);
      return { id: i.id, teamsApp: app ? { ...app, distributionMethod: 'organization' } : null };
    });
    const out = filtered(ctx, rows).map((row) => (expand ? row : { id: row.id }));
    return ok(collection(`${ctx.base}/$metadata#users('${userId}')/teamwork/installedApps`, out));
  });
  const installation = (ctx: Ctx) => {
    const { userId } = installedAppsOf(ctx, ctx.params[0]!);
    const inst = (ctx.store.installedApps.get(userId) ?? []).find((i) => i.id === ctx.params[1]);
    if (!inst) throw new GraphHttpError(404, 'NotFound', `Installation '${ctx.params[1]}' was not found.`);
    return { userId, inst };
  };
  r.add('GET', '/users/{id}/teamwork/installedApps/{id}/chat', (ctx) => {
    const { inst } = installation(ctx);
    return ok({ id: inst.chatId, topic: null, chatType: 'oneOnOne', tenantId: ctx.store.tenant.id, webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(inst.chatId)}/0` });
  });
  r.add('DELETE', '/users/{id}/teamwork/installedApps/{id}', (ctx) => {
    const { userId, inst } = installation(ctx);
    ctx.store.installedApps.set(userId, (ctx.store.installedApps.get(userId) ?? []).filter((i) => i !== inst));
    return noContent();
  });
}
