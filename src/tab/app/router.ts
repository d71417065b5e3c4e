import { useEffect, useState } from 'react';
import { parseTabRoute, startRoute, tabRouteHash } from '../../workgroups/index.ts';
import type { TabRoute } from '../../workgroups/index.ts';

/** The tab's routes; the same module builds them in the bot's cards (src/workgroups/tab-routes.ts). */
export type Route = TabRoute;

/** A hash (`#/actie/{id}/{groupId}`) or a Teams subPageId (`actie/{id}/{groupId}`) as a route; unknown → overzicht. */
export function parseRoute(hash: string): Route {
  return parseTabRoute(hash) ?? { page: 'overzicht' };
}

export function routeHref(route: Route): string {
  return tabRouteHash(route);
}

export interface RouteStart {
  /** Teams `context.page.subPageId`: a deep link from a card. Wins over the contentUrl's fixed hash. */
  subPageId?: string;
  /** When neither the deep link nor the hash names a page (personal tab → mijn-acties). */
  fallback?: Route;
  /** Always this page (the configuration page, whatever the URL says). */
  force?: Route;
}

/**
 * The current route: first the deep link or the hash (see startRoute), then the hash as the user moves
 * around. The start route is written into the hash, so back, forward and in-tab links build on it.
 */
export function useRoute(start: RouteStart = {}): Route {
  const [route, setRoute] = useState<Route>(() => {
    const first = start.force ?? startRoute({ subPageId: start.subPageId, hash: window.location.hash, fallback: start.fallback });
    const href = routeHref(first);
    if (window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
    return first;
  });
  useEffect(() => {
    const onChange = () => setRoute(start.force ?? parseTabRoute(window.location.hash) ?? start.fallback ?? { page: 'overzicht' });
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [start.force, start.fallback]);
  return route;
}
