import { describe, expect, it } from 'vitest';
import { cached, expiryFor, fresh, isDirectoryData, phasesOf, sanitizeIds, usable } from './loader-cache.ts';

const HOUR = 3_600_000;
const T = Date.parse('2026-12-01T08:00:00Z');

describe('loader cache policy', () => {
  it('spreads the groups evenly over the TTL, each expiring at its own phase', () => {
    const phases = phasesOf(['a', 'b', 'c', 'd']);
    expect([...phases.values()]).toEqual([0.125, 0.375, 0.625, 0.875]);
    const expiries = [...phases.values()].map((p) => expiryFor(p, T, 4 * HOUR) - T);
    expect(expiries.every((ms) => ms > 0 && ms <= 4 * HOUR)).toBe(true);
    expect(new Set(expiries).size).toBe(4);
  });

  it('reads every cycle with a TTL of 0', () => {
    expect(fresh(cached('x', 0.5, T, 0), (v): v is string => typeof v === 'string', T)).toBeUndefined();
  });

  it('treats a clock that went back as expired, but keeps the copy usable as a fallback', () => {
    const entry = cached({ naam: 'W', ownerIds: [], members: [] }, 0.5, T, 6 * HOUR);
    expect(fresh(entry, isDirectoryData, T + 60_000)?.value.naam).toBe('W');
    expect(fresh(entry, isDirectoryData, T - HOUR)).toBeUndefined();
    expect(usable(entry, isDirectoryData)?.value.naam).toBe('W');
  });

  it('does not trust a malformed entry or malformed ids', () => {
    expect(usable({ value: { naam: 3 }, readAt: T, expiresAt: T + HOUR }, isDirectoryData)).toBeUndefined();
    expect(sanitizeIds({ planId: '', siteId: 5, lists: { Vergaderingen: 7 } })).toEqual({});
    expect(sanitizeIds({ planId: null, siteId: 's' })).toEqual({ planId: null, siteId: 's' });
    expect(sanitizeIds('nonsense')).toEqual({});
  });
});
