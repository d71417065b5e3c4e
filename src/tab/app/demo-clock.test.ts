import { describe, expect, it } from 'vitest';
import { createTabClock } from './demo-clock.ts';

describe('createTabClock', () => {
  it('follows the served demo clock at its speed', () => {
    let real = 1_000_000;
    const now = createTabClock({ demoClock: { now: '2026-12-01T07:00:00.000Z', speed: 60 }, realNow: () => real });
    expect(now().toISOString()).toBe('2026-12-01T07:00:00.000Z');
    real += 60_000; // one real minute is an hour of demo time
    expect(now().toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('a fixed ?now= wins over the demo clock', () => {
    const now = createTabClock({ fixed: '2026-11-02T09:00:00Z', demoClock: { now: '2026-12-01T07:00:00Z', speed: 60 } });
    expect(now().toISOString()).toBe('2026-11-02T09:00:00.000Z');
  });

  it('is the real time without a demo clock, or with a broken one', () => {
    expect(createTabClock({ realNow: () => 5 })().getTime()).toBe(5);
    expect(createTabClock({ fixed: 'gisteren', demoClock: { now: 'nooit' }, realNow: () => 7 })().getTime()).toBe(7);
  });
});
