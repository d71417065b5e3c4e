/**
 * The tab's routes, one format for both sides: the bot's cards put a route in a Teams deep link
 * (`subEntityId`, which the tab reads back as `context.page.subPageId`), and the tab's router reads the
 * same route from the URL hash (`tab.html#/actie/{taskId}/{groupId}`). Pure: no DOM, no Teams.
 *
 * A route written by a card always names the werkgroep (`groupId`), because the cards link to the
 * personal tab, which has no team of its own to fall back on.
 */
export type TabRoute =
  | { page: 'overzicht' }
  | { page: 'vergadering'; vergaderingId?: string; groupId?: string }
  | { page: 'resultaten' }
  | { page: 'mijn-acties' }
  | { page: 'actie'; actionId: string; groupId?: string }
  | { page: 'jaarverslag' }
  | { page: 'mt-overzicht' }
  | { page: 'participatie' }
  | { page: 'config' };

export type TabPage = TabRoute['page'];

const SIMPLE_PAGES = new Set<TabPage>(['overzicht', 'resultaten', 'mijn-acties', 'jaarverslag', 'mt-overzicht', 'participatie', 'config']);

/** The MT view across werkgroepen; the weekly digest's button opens it. */
export const MT_OVERZICHT_ROUTE: TabRoute = { page: 'mt-overzicht' };

/** Planner task ids are 28 url-safe characters; only such a bare id is read as an old-style action link. */
const BARE_TASK_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** The route to one action in one werkgroep. */
export function actionRoute(actionId: string, groupId?: string): TabRoute {
  return groupId ? { page: 'actie', actionId, groupId } : { page: 'actie', actionId };
}

/** The route to one meeting (event id) of one werkgroep. */
export function meetingRoute(vergaderingId: string, groupId?: string): TabRoute {
  return groupId ? { page: 'vergadering', vergaderingId, groupId } : { page: 'vergadering', vergaderingId };
}

/**
 * The route as a path without a leading `#/`: each part URI-encoded, so ids with `/` or `=` survive.
 * @example formatTabRoute({ page: 'actie', actionId: 'a/b', groupId: 'g1' }) //=> 'actie/a%2Fb/g1'
 */
export function formatTabRoute(route: TabRoute): string {
  const parts: string[] = [route.page];
  if (route.page === 'actie') parts.push(route.actionId, ...(route.groupId ? [route.groupId] : []));
  if (route.page === 'vergadering' && route.vergaderingId) parts.push(route.vergaderingId, ...(route.groupId ? [route.groupId] : []));
  return parts.map((p, i) => (i === 0 ? p : encodeURIComponent(p))).join('/');
}

/** The route as a hash for the tab's own links: `#/actie/…`. */
export function tabRouteHash(route: TabRoute): string {
  return `#/${formatTabRoute(route)}`;
}

/**
 * Reads a route from a hash (`#/actie/x/g`), a path (`actie/x/g`) or a Teams subPageId. Also reads the
 * links older cards carry (`vergadering:{id}`, a bare task id). Empty or unknown input gives undefined,
 * so the caller chooses its own start page.
 */
export function parseTabRoute(value: string | undefined | null): TabRoute | undefined {
  const raw = (value ?? '').trim().replace(/^#?\/*/, '');
  if (!raw) return undefined;
  if (raw.startsWith('vergadering:')) {
    const id = safeDecode(raw.slice('vergadering:'.length));
    return id ? meetingRoute(id) : { page: 'vergadering' };
  }
  const parts = raw.split('/').filter(Boolean).map(safeDecode);
  const [page, first, second] = parts;
  if (page === 'actie') return first ? actionRoute(first, second) : { page: 'mijn-acties' };
  if (page === 'vergadering') return first ? meetingRoute(first, second) : { page: 'vergadering' };
  if (page && SIMPLE_PAGES.has(page as TabPage)) return { page } as TabRoute;
  if (parts.length === 1 && page && BARE_TASK_ID.test(page)) return actionRoute(page);
  return undefined;
}

/** The werkgroep a route is about, when it names one. */
export function routeGroupId(route: TabRoute): string | undefined {
  return route.page === 'actie' || route.page === 'vergadering' ? route.groupId : undefined;
}

/**
 * Where the tab starts. A deep link (Teams `subPageId`) wins over the hash, because Teams loads the
 * static tab's contentUrl with its fixed hash (`#/mijn-acties`) and passes the card's target beside it;
 * after that first page the hash leads, so in-tab navigation works.
 */
export function startRoute(input: { subPageId?: string; hash?: string; fallback?: TabRoute }): TabRoute {
  return parseTabRoute(input.subPageId) ?? parseTabRoute(input.hash) ?? input.fallback ?? { page: 'overzicht' };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
