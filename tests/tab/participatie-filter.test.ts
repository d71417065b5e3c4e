import { describe, expect, it } from 'vitest';
import type { Traject } from '../../src/participation/index.ts';
import { NO_FILTER, UNKNOWN_AFDELING, filterChoices, filterTrajecten, safeDocumentUrl } from '../../src/tab/features/participatie/filter.ts';

const TODAY = '2026-11-23';

function t(id: string, x: Partial<Traject> = {}): Traject {
  return {
    documentId: id,
    onderwerp: id,
    opsteller: { naam: 'S' },
    status: 'afgerond',
    afdeling: 'Ruimte',
    gekozenNiveau: 'adviseren',
    periodeStart: '2026-02-01',
    periodeEind: '2026-04-30',
    ...x,
  } as Traject;
}

const all = [
  t('park', { terugkoppelingDatum: '2026-05-01' }),
  t('buurthuis', { afdeling: 'Sociaal', gekozenNiveau: 'raadplegen', terugkoppelingDatum: '2026-05-01', terugkoppelingGedaan: true }),
  t('visie', { status: 'gepland', periodeStart: '2026-12-01', periodeEind: '2027-02-01', gekozenNiveau: 'coproduceren' }),
  t('verordening', { status: 'geen', afdeling: undefined, gekozenNiveau: undefined, periodeStart: undefined, periodeEind: undefined, bijgewerkt: '2025-06-01T10:00:00Z' }),
];

const ids = (f: Partial<typeof NO_FILTER>) => filterTrajecten(all, { ...NO_FILTER, ...f }, TODAY).map((r) => r.traject.documentId);

describe('filterTrajecten', () => {
  it.each([
    [{}, ['park', 'visie', 'buurthuis', 'verordening']],
    [{ afdeling: 'Sociaal' }, ['buurthuis']],
    [{ afdeling: UNKNOWN_AFDELING }, ['verordening']],
    [{ niveau: 'adviseren' as const }, ['park']],
    [{ status: 'gepland' as const }, ['visie']],
    [{ year: 2026 }, ['park', 'visie', 'buurthuis']],
    [{ year: 2027 }, ['visie']],
    [{ year: 2025 }, ['verordening']],
    [{ year: 2026, afdeling: 'Ruimte', status: 'afgerond' as const }, ['park']],
  ])('%j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('puts overdue terugkoppeling first and marks it', () => {
    const rows = filterTrajecten(all, NO_FILTER, TODAY);
    expect(rows[0]).toMatchObject({ traject: { documentId: 'park' }, overdue: true });
    expect(rows.filter((r) => r.overdue)).toHaveLength(1);
  });
});

describe('filterChoices', () => {
  it('offers the afdelingen, the trajects without one, and every year a traject touches', () => {
    expect(filterChoices(all, 2026)).toEqual({ afdelingen: ['Ruimte', 'Sociaal'], unknownAfdeling: true, years: [2027, 2026, 2025] });
    expect(filterChoices([], 2026)).toEqual({ afdelingen: [], unknownAfdeling: false, years: [2026] });
  });
});

describe('safeDocumentUrl', () => {
  it.each([
    ['https://contoso.sharepoint.com/sites/p/Docs/a.docx', 'https://contoso.sharepoint.com/sites/p/Docs/a.docx'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['geen url', undefined],
    [undefined, undefined],
  ])('%s', (url, expected) => {
    expect(safeDocumentUrl(url)).toBe(expected);
  });
});
