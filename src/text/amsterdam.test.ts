import { describe, expect, it } from 'vitest';
import { AMSTERDAM, amsterdamClock, amsterdamTime, isTimeZone, toAmsterdamDate, zonedParts, zonedTimeToMs } from './amsterdam.ts';

describe('toAmsterdamDate', () => {
  it.each([
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'], // winter: UTC+1
    ['2026-06-30T21:59:00Z', '2026-06-30'],
    ['2026-06-30T22:00:00Z', '2026-07-01'], // summer: UTC+2
    ['2026-03-28T23:00:00Z', '2026-03-29'], // night of the spring switch
    ['2026-10-24T22:00:00Z', '2026-10-25'], // night of the autumn switch (still summer time)
    ['2026-10-24T21:59:00Z', '2026-10-24'],
    ['2026-11-23T08:00:00+01:00', '2026-11-23'],
    ['2026-11-23T00:30:00.0000000Z', '2026-11-23'],
  ])('%s → %s', (instant, date) => {
    expect(toAmsterdamDate(instant)).toBe(date);
  });

  it('rejects something that is not an instant', () => {
    expect(() => toAmsterdamDate('2026-11-23')).toThrow(RangeError);
    expect(() => toAmsterdamDate('morgen')).toThrow(RangeError);
  });
});

describe('amsterdamTime', () => {
  it.each([
    ['2026-01-15', '08:00', '2026-01-15T07:00:00.000Z'],
    ['2026-07-15', '08:00', '2026-07-15T06:00:00.000Z'],
    ['2026-03-28', '08:00', '2026-03-28T07:00:00.000Z'], // the day before the spring switch
    ['2026-03-29', '08:00', '2026-03-29T06:00:00.000Z'], // spring switch day
    ['2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'], // does not exist → 03:30 summer time
    ['2026-10-25', '08:00', '2026-10-25T07:00:00.000Z'], // autumn switch day
    ['2026-10-25', '02:30', '2026-10-25T01:30:00.000Z'], // happens twice → the winter one
    ['2026-10-24', '08:00', '2026-10-24T06:00:00.000Z'],
    ['2027-01-01', '00:00', '2026-12-31T23:00:00.000Z'],
  ])('%s %s → %s', (date, time, instant) => {
    expect(amsterdamTime(date, time)).toBe(instant);
  });

  it.each(['2026-03-29', '2026-10-25', '2026-12-31', '2026-06-01'])('round-trips on %s', (date) => {
    for (const time of ['00:00', '08:00', '12:30', '17:00', '23:59']) {
      const instant = amsterdamTime(date, time);
      expect(toAmsterdamDate(instant)).toBe(date);
      expect(amsterdamClock(instant)).toBe(time);
    }
  });
});

describe('any time zone', () => {
  it('knows IANA zones and not Windows names', () => {
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('W. Europe Standard Time')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it.each([
    ['2026-03-08', 1, 30, '2026-03-08T06:30:00.000Z'],
    ['2026-03-08', 2, 30, '2026-03-08T07:30:00.000Z'], // skipped in New York: forward by the gap
    ['2026-11-01', 1, 30, '2026-11-01T06:30:00.000Z'], // happens twice: standard time
    ['2026-07-01', 12, 0, '2026-07-01T16:00:00.000Z'],
  ] as const)('New York %s %i:%i is %s', (date, hour, minute, instant) => {
    expect(new Date(zonedTimeToMs(date, hour, minute, 0, 'America/New_York')).toISOString()).toBe(instant);
  });

  it('gives the wall clock of an instant, seconds included', () => {
    expect(zonedParts(Date.parse('2026-12-31T23:30:15Z'), AMSTERDAM)).toEqual({ date: '2027-01-01', hour: 0, minute: 30, second: 15 });
    expect(zonedParts(Date.parse('2026-07-01T16:00:00Z'), 'America/New_York')).toEqual({ date: '2026-07-01', hour: 12, minute: 0, second: 0 });
  });
});
