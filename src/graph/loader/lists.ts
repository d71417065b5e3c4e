import { toResultaat, toVerbeterpunt } from '../list-items.ts';
import { LIST_NAMES, listItemsUrl } from '../lists.ts';
import type { WerkgroepListName } from '../lists.ts';
import { isAgenda } from '../loader-cache.ts';
import type { GroupIds } from '../loader-cache.ts';
import { mapItems } from '../paging.ts';
import type { ListItem } from '../wire.ts';
import { listItemSchema, listSchema, siteSchema } from '../wire.ts';
import { fail, queueOne, readCollection, skipper, store, valid } from './cycle.ts';
import type { Cycle } from './cycle.ts';
import type { GroupState } from './types.ts';

/*
 * The werkgroep's SharePoint site and lists: ids kept until a 404, then looked up again once per
 * cycle; the Resultaten and Verbeterpunten lists for the weekly MT digest.
 */

const enc = encodeURIComponent;

/** A list or site that answered 404: find the lists again right away, once per cycle. */
export function listsGone(c: Cycle, g: GroupState, used: GroupIds['lists']): 'handled' | undefined {
  // Another read of the same lists got there first.
  if (g.ids.lists !== used) return 'handled';
  delete g.ids.lists;
  delete g.ids.agenda;
  delete g.ids.digest;
  if (g.listsRetried) return undefined;
  g.listsRetried = true;
  g.agendaRequested = false;
  g.calendarRequested = false;
  g.digestParts = undefined;
  if (g.ids.siteId) discoverLists(c, g, g.ids.siteId);
  else lookUpSite(c, g);
  return 'handled';
}

export function readDigest(c: Cycle, g: GroupState): void {
  if (!g.readDigest || g.digestParts || !g.ids.siteId || !g.ids.lists) return;
  const parts: NonNullable<GroupState['digestParts']> = (g.digestParts = {});
  const siteId = g.ids.siteId;
  const lists = g.ids.lists;
  c.stats.refreshed.digest++;
  const done = () => {
    if (!parts.results || !parts.verbeterpunten) return;
    g.digest = { results: parts.results, verbeterpunten: parts.verbeterpunten };
    g.ids.digest = store(c, 'digest', g, g.digest);
  };
  const readList = <T>(name: 'Resultaten' | 'Verbeterpunten', map: (item: ListItem) => T | undefined, keep: (rows: T[]) => void) => {
    const listId = lists[name];
    if (!listId) {
      keep([]);
      return done();
    }
    const rows: T[] = [];
    readCollection(
      c,
      g,
      name,
      listItemsUrl(siteId, listId, name),
      (values) => rows.push(...mapItems(values, listItemSchema, map, { resource: name, werkgroepId: g.id, onSkip: skipper(c) })),
      (ok, code) => {
        if (ok) {
          keep(rows);
          return done();
        }
        return code === 'GRAPH.NOT_FOUND' ? c.links.listsGone(g, lists) : undefined;
      },
    );
  };
  readList('Resultaten', (i) => toResultaat(i, g.id), (rows) => (parts.results = rows));
  readList('Verbeterpunten', (i) => toVerbeterpunt(i, g.id), (rows) => (parts.verbeterpunten = rows));
}

function discoverLists(c: Cycle, g: GroupState, siteId: string): void {
  const found: Partial<Record<WerkgroepListName, string>> = {};
  readCollection(
    c,
    g,
    'lists',
    `/sites/${enc(siteId)}/lists?$select=id,displayName`,
    (values) => {
      for (const list of mapItems(values, listSchema, (l) => l, { resource: 'lists', werkgroepId: g.id, onSkip: skipper(c) })) {
        if ((LIST_NAMES as readonly string[]).includes(list.displayName)) found[list.displayName as WerkgroepListName] = list.id;
      }
    },
    (ok, code) => {
      if (ok) {
        g.ids.lists = found;
        c.links.afterLists(g);
        return undefined;
      }
      if (code !== 'GRAPH.NOT_FOUND') return undefined;
      delete g.ids.siteId;
      if (g.listsRetried) return undefined;
      g.listsRetried = true;
      lookUpSite(c, g);
      return 'handled';
    },
  );
}

function lookUpSite(c: Cycle, g: GroupState): void {
  queueOne(c, g, 'site', `/groups/${enc(g.id)}/sites/root?$select=id`, (result) => {
    if (!result.ok) return fail(c, g.id, 'site', result);
    const site = siteSchema.safeParse(result.body);
    if (!site.success) return void c.problems.push({ werkgroepId: g.id, resource: 'site', code: 'GRAPH.MALFORMED' });
    g.ids.siteId = site.data.id;
    discoverLists(c, g, site.data.id);
  });
}

/** At the start of a group: what needs the lists goes out, or the lists (or the site) are looked up first. */
export function readLists(c: Cycle, g: GroupState): void {
  if (g.ids.siteId && g.ids.lists) c.links.afterLists(g);
  else if (g.ids.siteId) {
    if (g.readDigest || !g.calendarRequested || (c.withAgenda && !valid(c, g.ids.agenda, isAgenda))) discoverLists(c, g, g.ids.siteId);
  } else lookUpSite(c, g);
}
