import { describe, expect, it } from 'vitest';
import { capitalize, formatDateNl, formatDateRangeNl, formatEuro, formatMonthNl, joinListNl } from './format.ts';
import { escapeHtml, escapeXml } from './escape.ts';

describe('formatDateNl', () => {
  it.each([
    ['2025-03-12', '12 maart 2025'],
    ['2025-04-15', '15 april 2025'],
    ['2026-01-01', '1 januari 2026'],
  ])('%s -> %s', (iso, out) => expect(formatDateNl(iso)).toBe(out));
  it('refuses nonsense', () => expect(() => formatDateNl('morgen')).toThrow(RangeError));
});

describe('formatDateRangeNl', () => {
  it.each([
    ['2025-02-05', '2025-03-20', '5 februari tot 20 maart 2025'],
    ['2025-06-03', '2025-06-17', '3 tot 17 juni 2025'],
    ['2025-12-01', '2026-01-15', '1 december 2025 tot 15 januari 2026'],
  ])('%s..%s', (a, b, out) => expect(formatDateRangeNl(a, b)).toBe(out));
});

describe('joinListNl', () => {
  it.each([
    [[], ''],
    [['inwoners'], 'inwoners'],
    [['inwoners', 'ouders'], 'inwoners en ouders'],
    [['inwoners', 'ondernemers', 'de wijkraad'], 'inwoners, ondernemers en de wijkraad'],
    [['a', ' ', 'b'], 'a en b'],
  ])('%j', (items, out) => expect(joinListNl(items)).toBe(out));
  it('uses of when asked', () => expect(joinListNl(['1', '3', '5'], 'of')).toBe('1, 3 of 5'));
});

describe('small formatters', () => {
  it('formats euros', () => {
    expect(formatEuro(250000)).toBe('€ 250.000');
    expect(formatEuro(1234.5)).toBe('€ 1.234,50');
  });
  it('formats months', () => expect(formatMonthNl('2025-09')).toBe('september 2025'));
  it('capitalizes', () => expect(capitalize('inwoners')).toBe('Inwoners'));
});

describe('escaping', () => {
  it('escapes HTML', () => expect(escapeHtml('<b a="1">&\'')).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&#39;'));
  it('escapes XML and drops control characters', () => expect(escapeXml('a\u0001<b>&')).toBe('a&lt;b&gt;&amp;'));
});
