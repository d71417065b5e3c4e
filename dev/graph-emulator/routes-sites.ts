// SharePoint in the group's team site: lists with column definitions and items with ETags.
import type { Ctx, Router } from './router.ts';
import type { ColumnRec, ItemRec, ListRec, SiteRec } from './store.ts';
import type { ColumnDefinitionInput } from './types.ts';
import { GraphHttpError, applySelect, asRecord, badRequest, collection, created, itemEtag, newGuid, noContent, ok, paginate } from './http-util.ts';
import { compileFilter } from './odata-filter.ts';
import { USER_INFO_LIST, defaultColumns, makeColumn } from './store.ts';
import { requireGroup } from './routes-directory.ts';
import { SITE_ROLES, type SiteRole } from './permissions.ts';
import type { SitePermissionRec } from './store.ts';

const spNotFound = (what: string): GraphHttpError => new GraphHttpError(404, 'itemNotFound', `The resource could not be found. (${what})`);
const invalidRequest = (message: string): GraphHttpError => new GraphHttpError(400, 'invalidRequest', message);

function siteJson(s: SiteRec): Record<string, unknown> {
  const [hostname, siteCollectionId] = s.id.split(',');
  return {
    createdDateTime: s.createdDateTime,
    description: '',
    id: s.id,
    lastModifiedDateTime: s.createdDateTime,
    name: s.name,
    webUrl: s.webUrl,
    displayName: s.displayName,
    root: {},
    siteCollection: { hostname },
    sharepointIds: { siteId: siteCollectionId },
  };
}

function listJson(ctx: Ctx, l: ListRec, site: SiteRec): Record<string, unknown> {
  return {
    '@odata.etag': `"${l.id},${l.columns.length}"`,
    createdDateTime: l.createdDateTime,
    description: l.description,
    eTag: `"${l.id},${l.columns.length}"`,
    id: l.id,
    lastModifiedDateTime: l.lastModifiedDateTime,
    name: l.name,
    webUrl: `${site.webUrl}/Lists/${encodeURIComponent(l.name)}`,
    displayName: l.displayName,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: !!l.system, template: 'genericList' },
    ...(l.system ? { system: {} } : {}),
    ...(ctx.query.get('$expand')?.includes('columns') ? { columns: l.columns.map(columnJson) } : {}),
  };
}

function columnJson(c: ColumnRec): Record<string, unknown> {
  const facets: (keyof ColumnDefinitionInput)[] = ['text', 'number', 'dateTime', 'choice', 'boolean', 'personOrGroup'];
  const out: Record<string, unknown> = {
    columnGroup: c.system ? 'Base Columns' : 'Custom Columns',
    description: c.description ?? '',
    displayName: c.displayName,
    enforceUniqueValues: c.enforceUniqueValues ?? false,
    hidden: c.hidden ?? false,
    id: c.id,
    indexed: c.indexed ?? false,
    name: c.name,
    readOnly: c.readOnly,
    required: c.required ?? false,
  };
  for (const f of facets) {
    const v = c[f];
    if (v === undefined) continue;
    if (f === 'text') out.text = { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255, ...(v as object) };
    else if (f === 'choice') out.choice = { allowTextEntry: false, displayAs: 'dropDownMenu', ...(v as object) };
    else if (f === 'dateTime') out.dateTime = { displayAs: 'default', format: 'dateTime', ...(v as object) };
    else if (f === 'personOrGroup') out.personOrGroup = { allowMultipleSelection: false, chooseFromType: 'peopleAndGroups', displayAs: 'nameWithPresence', ...(v as object) };
    else out[f] = v;
  }
  return out;
}

function sitePermissionJson(p: SitePermissionRec): Record<string, unknown> {
  const identities = [{ application: p.application }];
  return { id: p.id, roles: p.roles, grantedToIdentities: identities, grantedToIdentitiesV2: identities };
}

/** `POST /sites/{id}/permissions`: grants an application a role on the site (https://learn.microsoft.com/graph/api/site-post-permissions). */
function readSiteGrant(body: unknown): { roles: SiteRole[]; application: { id: string; displayName: string } } {
  const b = asRecord(body);
  const roles = b.roles;
  if (!Array.isArray(roles) || roles.length === 0 || roles.some((r) => typeof r !== 'string' || !SITE_ROLES.includes(r.toLowerCase() as SiteRole)))
    throw invalidRequest(`roles must be a non-empty list of ${SITE_ROLES.join(', ')}.`);
  const identities = b.grantedToIdentities ?? b.grantedTo;
  const app = Array.isArray(identities) && identities.length === 1 ? (identities[0] as { application?: { id?: unknown; displayName?: unknown } }).application : undefined;
  if (!app || typeof app.id !== 'string' || !app.id) throw invalidRequest('grantedToIdentities must name exactly one application with an id.');
  return { roles: roles.map((r) => (r as string).toLowerCase() as SiteRole), application: { id: app.id, displayName: typeof app.displayName === 'string' ? app.displayName : '' } };
}

function requireSite(ctx: Ctx, id: string): SiteRec {
  const s = ctx.store.sites.get(id);
  if (!s) throw spNotFound(`site ${id}`);
  // SharePoint adds a person to the site's User Information List when they first use the site.
  if (ctx.caller.userId) ctx.store.ensureSiteUser(s.id, ctx.caller.userId, ctx.now);
  return s;
}

/** `/lists/{list-id}` also accepts the list's title, as Graph does. */
function requireList(ctx: Ctx, site: SiteRec, key: string): ListRec {
  const byId = ctx.store.lists.get(key);
  if (byId && byId.siteId === site.id) return byId;
  // Every site has a User Information List, whether or not anyone was added to it yet.
  if (key.toLowerCase() === USER_INFO_LIST.toLowerCase()) return ctx.store.userInfoList(site.id);
  const byName = ctx.store.listsOfSite(site.id).find((l) => l.displayName.toLowerCase() === key.toLowerCase());
  if (!byName) throw spNotFound(`list ${key}`);
  return byName;
}

const FACETS = ['text', 'number', 'dateTime', 'choice', 'boolean', 'personOrGroup'] as const;

function readColumn(v: unknown): ColumnDefinitionInput {
  const c = asRecord(v, 'column definition') as unknown as ColumnDefinitionInput;
  if (typeof c.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(c.name)) throw invalidRequest(`Invalid column name '${String(c.name)}'.`);
  const facets = FACETS.filter((f) => c[f] !== undefined);
  if (facets.length !== 1) throw invalidRequest(`Column '${c.name}' must have exactly one type facet (text, number, dateTime, choice, boolean or personOrGroup).`);
  if (c.choice && (!Array.isArray(c.choice.choices) || c.choice.choices.some((x) => typeof x !== 'string'))) throw invalidRequest(`Column '${c.name}' needs choice.choices as strings.`);
  return c;
}

/**
 * A person column is written through `<column>LookupId`: the id of the person's item in the site's User
 * Information List, not an Entra id or an e-mail address. Graph offers no call to add someone to that list
 * (users report this: microsoftgraph/msgraph-sdk-powershell#1049, microsoft-graph-docs-contrib#753), so an id
 * of someone who never used the site is refused. Reading gives back `<column>LookupId` as a string.
 * https://learn.microsoft.com/graph/api/listitem-update, https://learn.microsoft.com/graph/api/resources/personorgroupcolumn
 * [?] The exact error text for an unknown lookup id and clearing with null are not documented.
 */
function coercePerson(ctx: Ctx, list: ListRec, col: ColumnRec, value: unknown): string | null {
  if (value === null || value === '') return null;
  if (col.personOrGroup?.allowMultipleSelection) throw invalidRequest(`Field '${col.name}' takes several people; the emulator supports one.`);
  const id = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' && /^\d+$/.test(value) ? value : undefined;
  if (!id) throw invalidRequest(`The value for field '${col.name}LookupId' is not valid for its column type.`);
  const users = ctx.store.itemsOf(ctx.store.userInfoList(list.siteId).id);
  if (!users.has(id)) throw invalidRequest(`The user with lookup id ${id} does not exist in this site.`);
  return id;
}

/** Checks and converts one field value against its column, the way SharePoint rejects bad input. */
function coerceField(ctx: Ctx, list: ListRec, name: string, value: unknown): unknown {
  const person = name.endsWith('LookupId') ? list.columns.find((c) => c.personOrGroup && `${c.name}LookupId` === name) : undefined;
  if (person) return coercePerson(ctx, list, person, value);
  const col = list.columns.find((c) => c.name === name);
  if (!col) throw invalidRequest(`Field '${name}' is not recognized`);
  if (col.personOrGroup) throw invalidRequest(`Field '${name}' is a person column; set '${name}LookupId' to the person's id in the site's User Information List.`);
  if (col.readOnly) throw invalidRequest(`Field '${name}' is read-only`);
  if (value === null) {
    if (col.required) throw invalidRequest(`Field '${name}' is required`);
    return null;
  }
  const bad = (): never => {
    throw invalidRequest(`The value for field '${name}' is not valid for its column type.`);
  };
  if (col.text) {
    if (typeof value !== 'string') bad();
    const max = col.text.allowMultipleLines ? 63_999 : (col.text.maxLength ?? 255);
    if ((value as string).length > max) throw invalidRequest(`The value for field '${name}' is longer than ${max} characters.`);
    return value;
  }
  if (col.number) {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) bad();
    return n;
  }
  if (col.dateTime) {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) bad();
    return new Date(value as string).toISOString().replace('.000Z', 'Z');
  }
  if (col.choice) {
    if (typeof value !== 'string') bad();
    if (!col.choice.allowTextEntry && !col.choice.choices.includes(value as string)) throw invalidRequest(`'${String(value)}' is not a valid choice for field '${name}'.`);
    return value;
  }
  if (col.boolean) {
    if (typeof value !== 'boolean') bad();
    return value;
  }
  return value;
}

function fieldsJson(ctx: Ctx, item: ItemRec, select: string | null): Record<string, unknown> {
  const full: Record<string, unknown> = {
    '@odata.etag': itemEtag(item.uid, item.v),
    id: item.id,
    ContentType: 'Item',
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: item.createdById ? '11' : null,
    EditorLookupId: item.lastModifiedById ? '11' : null,
    _UIVersionString: `${item.v}.0`,
    Attachments: false,
    ...item.fields,
  };
  return select ? applySelect(full, select, ['id']) : full;
}

function identity(ctx: Ctx, userId: string | null): Record<string, unknown> {
  const u = userId ? ctx.store.users.get(userId) : undefined;
  return u ? { user: { email: u.mail ?? u.userPrincipalName, id: u.id, displayName: u.displayName } } : { application: { id: ctx.caller.appId, displayName: 'App' } };
}

function itemJson(ctx: Ctx, site: SiteRec, list: ListRec, item: ItemRec, expandFields: { select: string | null } | null): Record<string, unknown> {
  return {
    '@odata.etag': itemEtag(item.uid, item.v),
    createdDateTime: item.createdDateTime,
    eTag: itemEtag(item.uid, item.v),
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${site.webUrl}/Lists/${encodeURIComponent(list.name)}/${item.id}_.000`,
    createdBy: identity(ctx, item.createdById),
    lastModifiedBy: identity(ctx, item.lastModifiedById),
    parentReference: { id: guidOfParent(list), siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
    ...(expandFields ? { 'fields@odata.context': `${ctx.base}/$metadata#sites('${site.id}')/lists('${list.id}')/items('${item.id}')/fields/$entity`, fields: fieldsJson(ctx, item, expandFields.select) } : {}),
  };
}

const guidOfParent = (list: ListRec): string => list.id;

/** `$expand=fields`, `$expand=fields($select=A,B)`; null when fields are not expanded. */
function parseExpand(ctx: Ctx): { select: string | null } | null {
  const raw = ctx.query.get('$expand');
  if (!raw) return null;
  const m = /^fields(?:\(\s*\$select\s*=\s*([^)]*)\))?$/i.exec(raw.trim());
  if (!m) throw badRequest(`Unsupported $expand '${raw}'.`);
  return { select: m[1] ? m[1].trim() : null };
}

function requireItem(ctx: Ctx, list: ListRec, id: string): ItemRec {
  const item = ctx.store.itemsOf(list.id).get(id);
  if (!item) throw spNotFound(`item ${id}`);
  return item;
}

/** SharePoint's If-Match is optional; when present and stale it is a 412. */
function checkItemIfMatch(ctx: Ctx, item: ItemRec): void {
  const ifMatch = ctx.headers['if-match'];
  const race = ifMatch ? ctx.takeConcurrentEdit() : undefined;
  if (race) {
    item.fields = { ...item.fields, ...(race.changes ?? {}) };
    item.v++;
  }
  if (!ifMatch || ifMatch === '*') return;
  if (ifMatch !== itemEtag(item.uid, item.v)) throw new GraphHttpError(412, 'resourceModified', 'The resource has been modified since it was last read. Read it again and retry.');
}

export function registerSiteRoutes(r: Router): void {
  r.add('GET', '/groups/{id}/sites/root', (ctx) => ok(applySelect(siteJson(ctx.store.ensureSite(requireGroup(ctx, ctx.params[0]!), ctx.now)), ctx.query.get('$select'))));
  r.add('GET', '/sites/{id}', (ctx) => ok(applySelect(siteJson(requireSite(ctx, ctx.params[0]!)), ctx.query.get('$select'))));

  r.add('GET', '/sites/{id}/permissions', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    return ok(collection(`${ctx.base}/$metadata#sites('${encodeURIComponent(site.id)}')/permissions`, (ctx.store.sitePermissions.get(site.id) ?? []).map(sitePermissionJson)));
  });
  r.add('POST', '/sites/{id}/permissions', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    const grant = readSiteGrant(ctx.body);
    return created(sitePermissionJson(ctx.store.grantSite(site.id, grant.roles, grant.application)));
  });
  r.add('GET', '/sites/{id}/lists', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    // "Lists with the system facet are hidden by default. To list them, include system in your $select"
    // (https://learn.microsoft.com/graph/api/list-list).
    const withSystem = /(^|,)\s*system\s*(,|$)/.test(ctx.query.get('$select') ?? '');
    let rows = ctx.store.listsOfSite(site.id).filter((l) => withSystem || !l.system).map((l) => listJson(ctx, l, site));
    const f = ctx.query.get('$filter');
    if (f) rows = rows.filter(compileFilter(f, { caseInsensitive: true }));
    const { page, nextLink } = paginate(rows, { base: ctx.base, path: ctx.path, query: ctx.query, defaultTop: 200, maxTop: 5000, style: 'skiptoken' });
    return ok(collection(`${ctx.base}/$metadata#sites('${site.id}')/lists`, page.map((l) => applySelect(l, ctx.query.get('$select'))), nextLink));
  });
  r.add('POST', '/sites/{id}/lists', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    const body = asRecord(ctx.body);
    if (typeof body.displayName !== 'string' || !body.displayName.trim()) throw invalidRequest('A list needs a displayName.');
    if (ctx.store.listsOfSite(site.id).some((l) => l.displayName.toLowerCase() === (body.displayName as string).toLowerCase()))
      throw new GraphHttpError(409, 'nameAlreadyExists', `A list with the name '${body.displayName}' already exists.`);
    const template = (body.list as { template?: string } | undefined)?.template ?? 'genericList';
    if (template !== 'genericList') throw invalidRequest(`Unsupported list template '${template}'.`);
    const columns = defaultColumns();
    for (const raw of (body.columns as unknown[] | undefined) ?? []) {
      const c = readColumn(raw);
      if (columns.some((x) => x.name.toLowerCase() === c.name.toLowerCase())) throw invalidRequest(`Duplicate column '${c.name}'.`);
      columns.push(makeColumn(c));
    }
    const now = ctx.now.toISOString();
    const list: ListRec = { id: newGuid(), siteId: site.id, displayName: body.displayName, name: body.displayName.replace(/\s+/g, ''), description: typeof body.description === 'string' ? body.description : '', columns, createdDateTime: now, lastModifiedDateTime: now, nextItemId: 1 };
    ctx.store.addList(list);
    return created(listJson(ctx, list, site));
  });
  r.add('GET', '/sites/{id}/lists/{id}', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    return ok(applySelect(listJson(ctx, requireList(ctx, site, ctx.params[1]!), site), ctx.query.get('$select')));
  });
  r.add('GET', '/sites/{id}/lists/{id}/columns', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    const list = requireList(ctx, site, ctx.params[1]!);
    return ok(collection(`${ctx.base}/$metadata#sites('${site.id}')/lists('${list.id}')/columns`, list.columns.map(columnJson)));
  });
  r.add('POST', '/sites/{id}/lists/{id}/columns', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    const list = requireList(ctx, site, ctx.params[1]!);
    const c = readColumn(ctx.body);
    if (list.columns.some((x) => x.name.toLowerCase() === c.name.toLowerCase())) throw new GraphHttpError(409, 'nameAlreadyExists', `A column named '${c.name}' already exists.`);
    const col = makeColumn(c);
    list.columns.push(col);
    list.lastModifiedDateTime = ctx.now.toISOString();
    return created(columnJson(col));
  });

  r.add('GET', '/sites/{id}/lists/{id}/items', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    const list = requireList(ctx, site, ctx.params[1]!);
    const expand = parseExpand(ctx);
    let rows = [...ctx.store.itemsOf(list.id).values()];
    const f = ctx.query.get('$filter');
    if (f) {
      const pred = compileFilter(f, {
        caseInsensitive: true,
        onPath: (path) => {
          const m = /^fields\/(.+)$/.exec(path);
          if (!m) throw badRequest(`Filtering on '${path}' is not supported; filter on fields/<column>.`, 'invalidRequest');
          const col = list.columns.find((c) => c.name === m[1]);
          if (!col) throw invalidRequest(`Field '${m[1]}' is not recognized`);
          // SharePoint refuses filters on non-indexed columns unless the client opts in.
          if (!col.indexed && !ctx.prefer.honorNonIndexed)
            throw invalidRequest(`Field '${m[1]}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`);
        },
      });
      rows = rows.filter((it) => pred({ fields: { ...it.fields, ID: Number(it.id) } }));
    }
    const { page, nextLink } = paginate(rows, { base: ctx.base, path: ctx.path, query: ctx.query, defaultTop: 200, maxTop: 5000, style: 'skiptoken' });
    const select = ctx.query.get('$select');
    return ok(collection(`${ctx.base}/$metadata#sites('${site.id}')/lists('${list.id}')/items`, page.map((it) => applySelect(itemJson(ctx, site, list, it, expand), select, expand ? ['fields', 'fields@odata.context'] : [])), nextLink));
  });
  r.add('GET', '/sites/{id}/lists/{id}/items/{id}', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    const list = requireList(ctx, site, ctx.params[1]!);
    const item = requireItem(ctx, list, ctx.params[2]!);
    return ok(itemJson(ctx, site, list, item, parseExpand(ctx) ?? { select: null }), { ETag: itemEtag(item.uid, item.v) });
  });
  r.add('GET', '/sites/{id}/lists/{id}/items/{id}/fields', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    const list = requireList(ctx, site, ctx.params[1]!);
    const item = requireItem(ctx, list, ctx.params[2]!);
    return ok(fieldsJson(ctx, item, ctx.query.get('$select')), { ETag: itemEtag(item.uid, item.v) });
  });
  r.add('POST', '/sites/{id}/lists/{id}/items', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    const list = requireList(ctx, site, ctx.params[1]!);
    const body = asRecord(ctx.body);
    const input = asRecord(body.fields ?? {}, 'fields');
    const fields: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input)) if (!k.startsWith('@odata.')) fields[k] = coerceField(ctx, list, k, v);
    for (const c of list.columns) if (c.required && !c.system && (fields[c.name] === undefined || fields[c.name] === null || fields[c.name] === '')) throw invalidRequest(`Field '${c.name}' is required`);
    const now = ctx.now.toISOString();
    const id = String(list.nextItemId++);
    const item: ItemRec = { id, uid: newGuid(), fields, v: 1, createdDateTime: now, lastModifiedDateTime: now, createdById: ctx.caller.userId, lastModifiedById: ctx.caller.userId };
    ctx.store.itemsOf(list.id).set(id, item);
    return created(itemJson(ctx, site, list, item, { select: null }), { ETag: itemEtag(item.uid, item.v) });
  });
  r.add('PATCH', '/sites/{id}/lists/{id}/items/{id}/fields', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    const list = requireList(ctx, site, ctx.params[1]!);
    const item = requireItem(ctx, list, ctx.params[2]!);
    checkItemIfMatch(ctx, item);
    const next = { ...item.fields };
    for (const [k, v] of Object.entries(asRecord(ctx.body))) if (!k.startsWith('@odata.')) next[k] = coerceField(ctx, list, k, v);
    item.fields = next;
    item.v++;
    item.lastModifiedDateTime = ctx.now.toISOString();
    item.lastModifiedById = ctx.caller.userId;
    return ok(fieldsJson(ctx, item, null), { ETag: itemEtag(item.uid, item.v) });
  });
  r.add('DELETE', '/sites/{id}/lists/{id}/items/{id}', (ctx) => {
    const site = requireSite(ctx, ctx.params[0]!);
    const list = requireList(ctx, site, ctx.params[1]!);
    const item = requireItem(ctx, list, ctx.params[2]!);
    checkItemIfMatch(ctx, item);
    ctx.store.itemsOf(list.id).delete(item.id);
    return noContent();
  });
}
