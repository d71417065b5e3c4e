import { describe, expect, it } from 'vitest';
import { dutchHolidays, easterSunday, holidayOn, koningsdag } from './holidays.ts';

describe('easterSunday', () => {
  it.each([
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('koningsdag', () => {
  it.each([
    [2013, '2013-04-30'],
    [2014, '2014-04-26'], // 27 April 2014 was a Sunday
    [2025, '2025-04-26'],
    [2026, '2026-04-27'],
    [2029, '2029-04-27'],
    [2030, '2030-04-27'], // a Saturday stays
    [2031, '2031-04-26'],
  ])('%i → %s', (year, date) => {
    expect(koningsdag(year)).toBe(date);
  });
});

// Known dates, as published (rijksoverheid.nl feestdagen).
const known: Record<number, string[]> = {
  2025: ['2025-01-01', '2025-04-20', '2025-04-21', '2025-04-26', '2025-05-29', '2025-06-08', '2025-06-09', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-05', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26'],
  2027: ['2027-01-01', '2027-03-28', '2027-03-29', '2027-04-27', '2027-05-06', '2027-05-16', '2027-05-17', '2027-12-25', '2027-12-26'],
  2028: ['2028-01-01', '2028-04-16', '2028-04-17', '2028-04-27', '2028-05-25', '2028-06-04', '2028-06-05', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-04-01', '2029-04-02', '2029-04-27', '2029-05-10', '2029-05-20', '2029-05-21', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-04-21', '2030-04-22', '2030-04-27', '2030-05-30', '2030-06-09', '2030-06-10', '2030-12-25', '2030-12-26'],
};

describe('dutchHolidays', () => {
  it.each(Object.entries(known))('%s matches the published dates', (year, dates) => {
    expect(dutchHolidays(Number(year)).map((h) => h.date)).toEqual(dates);
  });

  it('names each day', () => {
    expect(dutchHolidays(2026).map((h) => h.kind)).toEqual([
      'nieuwjaarsdag',
      'eerste-paasdag',
      'tweede-paasdag',
      'koningsdag',
      'hemelvaartsdag',
      'eerste-pinksterdag',
      'tweede-pinksterdag',
      'eerste-kerstdag',
      'tweede-kerstdag',
    ]);
  });

  it.each([
    [{ goedeVrijdag: true }, 2026, 'goede-vrijdag', '2026-04-03'],
    [{ goedeVrijdag: true }, 2027, 'goede-vrijdag', '2027-03-26'],
    [{ bevrijdingsdag: true }, 2026, 'bevrijdingsdag', '2026-05-05'],
    [{ bevrijdingsdag: 'lustrum' as const }, 2030, 'bevrijdingsdag', '2030-05-05'],
  ])('option %o adds %s %s', (options, year, kind, date) => {
    const list = dutchHolidays(year, options);
    expect(list.find((h) => h.kind === kind)?.date).toBe(date);
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
  });

  it.each([
    [{}, 2030],
    [{ bevrijdingsdag: 'lustrum' as const }, 2026],
    [{ bevrijdingsdag: false }, 2025],
  ])('option %o leaves out optional days in %i', (options, year) => {
    const kinds = dutchHolidays(year, options).map((h) => h.kind);
    expect(kinds).not.toContain('bevrijdingsdag');
    expect(kinds).not.toContain('goede-vrijdag');
  });
});

describe('holidayOn (meeting dates)', () => {
  it.each([
    ['2026-04-06', 'tweede-paasdag'],
    ['2026-05-14', 'hemelvaartsdag'],
    ['2026-04-27', 'koningsdag'],
    ['2026-04-03', 'goede-vrijdag'],
    ['2025-05-05', 'bevrijdingsdag'],
    ['2026-05-25', 'tweede-pinksterdag'],
    ['2026-12-25', 'eerste-kerstdag'],
  ])('%s is %s', (date, kind) => {
    expect(holidayOn(date)?.kind).toBe(kind);
  });
  it('is undefined on an ordinary day and on Bevrijdingsdag outside a lustrum year', () => {
    expect(holidayOn('2026-04-07')).toBeUndefined();
    expect(holidayOn('2026-05-05')).toBeUndefined();
  });
});
