import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './router.ts';

describe('routes (deep links from bot cards)', () => {
  it.each([
    ['#/actie/abc', { page: 'actie', actionId: 'abc' }],
    ['#/actie/a%2Fb/g1', { page: 'actie', actionId: 'a/b', groupId: 'g1' }],
    ['actie/xyz', { page: 'actie', actionId: 'xyz' }],
    ['#/vergadering/AAMk%3D', { page: 'vergadering', vergaderingId: 'AAMk=' }],
    ['#/mijn-acties', { page: 'mijn-acties' }],
    ['#/onbekend', { page: 'overzicht' }],
    ['', { page: 'overzicht' }],
    ['#/actie/%E0%A4%A', { page: 'actie', actionId: '%E0%A4%A' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
  it('round-trips', () => {
    const r = { page: 'actie' as const, actionId: 'a/b c', groupId: 'g' };
    expect(parseRoute(routeHref(r))).toEqual(r);
  });
});
