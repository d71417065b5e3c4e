import { describe, expect, it } from 'vitest';
import { actionRoute, formatTabRoute, meetingRoute, parseTabRoute, startRoute, tabRouteHash, type TabRoute } from './tab-routes.ts';

describe('parseTabRoute', () => {
  it.each<[string | undefined, TabRoute | undefined]>([
    ['#/actie/abc', { page: 'actie', actionId: 'abc' }],
    ['actie/abc/g1', { page: 'actie', actionId: 'abc', groupId: 'g1' }],
    ['/actie/a%2Fb/g1', { page: 'actie', actionId: 'a/b', groupId: 'g1' }],
    ['#/vergadering/AAMk%3D/g1', { page: 'vergadering', vergaderingId: 'AAMk=', groupId: 'g1' }],
    ['vergadering', { page: 'vergadering' }],
    ['#/mijn-acties', { page: 'mijn-acties' }],
    ['mt-overzicht', { page: 'mt-overzicht' }],
    ['config', { page: 'config' }],
    ['actie', { page: 'mijn-acties' }],
    // What older cards carry.
    ['vergadering:AAMkAG=', { page: 'vergadering', vergaderingId: 'AAMkAG=' }],
    ['pLmVrBxHn0ewYyZtCaWcKmUAEtNe', { page: 'actie', actionId: 'pLmVrBxHn0ewYyZtCaWcKmUAEtNe' }],
    ['#/onbekend', undefined],
    ['onbekend/x', undefined],
    ['', undefined],
    [undefined, undefined],
    ['#/actie/%E0%A4%A', { page: 'actie', actionId: '%E0%A4%A' }],
  ])('%s', (input, route) => {
    expect(parseTabRoute(input)).toEqual(route);
  });
});

describe('formatTabRoute', () => {
  it.each<TabRoute>([
    actionRoute('a/b c', 'g1'),
    actionRoute('t1'),
    meetingRoute('AAMkAGI2=', 'g/2'),
    meetingRoute('e1'),
    { page: 'vergadering' },
    { page: 'overzicht' },
    { page: 'jaarverslag' },
    { page: 'mt-overzicht' },
  ])('round-trips %j as path and as hash', (route) => {
    expect(parseTabRoute(formatTabRoute(route))).toEqual(route);
    expect(parseTabRoute(tabRouteHash(route))).toEqual(route);
  });

  it('writes the form the tab reads: page, then each id URI-encoded', () => {
    expect(formatTabRoute(actionRoute('a/b', 'g1'))).toBe('actie/a%2Fb/g1');
    expect(tabRouteHash(meetingRoute('e=1', 'g1'))).toBe('#/vergadering/e%3D1/g1');
  });
});

describe('startRoute', () => {
  it('a deep link wins over the static tab contentUrl hash', () => {
    expect(startRoute({ subPageId: 'actie/t1/g1', hash: '#/mijn-acties' })).toEqual(actionRoute('t1', 'g1'));
  });
  it('without a deep link the hash leads, then the fallback', () => {
    expect(startRoute({ hash: '#/resultaten', fallback: { page: 'mijn-acties' } })).toEqual({ page: 'resultaten' });
    expect(startRoute({ subPageId: '', hash: '', fallback: { page: 'mijn-acties' } })).toEqual({ page: 'mijn-acties' });
    expect(startRoute({ subPageId: 'rommel/x', hash: '#/' })).toEqual({ page: 'overzicht' });
  });
});
