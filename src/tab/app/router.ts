import { useEffect, useState } from 'react';

export type Route =
  | { page: 'overzicht' }
  | { page: 'vergadering'; vergaderingId?: string }
  | { page: 'resultaten' }
  | { page: 'mijn-acties' }
  | { page: 'actie'; actionId: string; groupId?: string }
  | { page: 'jaarverslag' }
  | { page: 'config' };

/**
 * Hash routes, so deep links from the bot's cards (`…/tab.html#/actie/{id}`) and Teams subPageIds
 * ('actie/{id}') open the same page without server routing.
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#?\/?/, '').split('/').filter(Boolean).map(safeDecode);
  switch (parts[0]) {
    case 'vergadering':
      return parts[1] ? { page: 'vergadering', vergaderingId: parts[1] } : { page: 'vergadering' };
    case 'resultaten':
      return { page: 'resultaten' };
    case 'mijn-acties':
      return { page: 'mijn-acties' };
    case 'actie':
      if (!parts[1]) return { page: 'mijn-acties' };
      return parts[2] ? { page: 'actie', actionId: parts[1], groupId: parts[2] } : { page: 'actie', actionId: parts[1] };
    case 'jaarverslag':
      return { page: 'jaarverslag' };
    case 'config':
      return { page: 'config' };
    default:
      return { page: 'overzicht' };
  }
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'vergadering':
      return route.vergaderingId ? `#/vergadering/${encodeURIComponent(route.vergaderingId)}` : '#/vergadering';
    case 'actie':
      return `#/actie/${encodeURIComponent(route.actionId)}${route.groupId ? `/${encodeURIComponent(route.groupId)}` : ''}`;
    default:
      return `#/${route.page}`;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(initial?: string): Route {
  // An empty hash means this frame's own start page (config page, personal tab, Teams subPageId).
  const current = () => {
    const hash = window.location.hash.replace(/^#\/?/, '');
    return parseRoute(hash ? hash : (initial ?? ''));
  };
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const onChange = () => setRoute(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [initial]);
  return route;
}
