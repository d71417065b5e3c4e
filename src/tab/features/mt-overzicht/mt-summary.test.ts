import { describe, expect, it } from 'vitest';
import type { Actie, Resultaat, Verbeterpunt, Werkgroep } from '../../../workgroups/index.ts';
import { summarizeForMt } from './mt-summary.ts';

const TODAY = '2026-12-01';
const werkgroep = (id: string, naam: string): Werkgroep => ({ id, naam, voorzitterId: 'v', ledenIds: ['v'], mtLidIds: ['mt1', 'mt2'] });
const actie = (id: string, werkgroepId: string, dueDate: string | undefined, status: Actie['status'] = 'open'): Actie => ({
  id,
  werkgroepId,
  titel: `Actie ${id}`,
  status,
  ...(dueDate ? { dueDate } : {}),
});
const resultaat = (id: string, werkgroepId: string, mt: string | undefined, status: Resultaat['status'], eind?: string): Resultaat => ({
  id,
  werkgroepId,
  nr: Number(id.replace(/\D/g, '')),
  titel: `Resultaat ${id}`,
  doel: '',
  doelgroep: [],
  watIsErGebeurd: '',
  methode: '',
  doorlooptijd: eind ? { start: '2026-01-01', eind } : {},
  capaciteit: '',
  verankering: '',
  status,
  ...(mt ? { verantwoordelijkMtLidId: mt } : {}),
});
const punt = (id: string, werkgroepId: string, mt: string | undefined, statuses: Verbeterpunt['acties'][number]['status'][]): Verbeterpunt => ({
  id,
  werkgroepId,
  nr: Number(id.replace(/\D/g, '')),
  titel: `Verbeterpunt ${id}`,
  probleem: [],
  watWillenWeBereiken: [],
  acties: statuses.map((status, i) => ({ nr: i + 1, omschrijving: `a${i}`, status })),
  ...(mt ? { verantwoordelijkMtLidId: mt } : {}),
});

describe('summarizeForMt', () => {
  const input = [
    {
      werkgroep: werkgroep('w', 'Wijkgericht werken'),
      actions: [actie('w1', 'w', '2026-11-20'), actie('w2', 'w', TODAY), actie('w3', 'w', '2026-11-01', 'klaar')],
      resultaten: [],
      verbeterpunten: [punt('v1', 'w', 'mt1', ['uitgevoerd', 'onderdeel bedrijfsvoering', 'loopt']), punt('v2', 'w', 'mt2', ['gepland']), punt('v3', 'w', undefined, [])],
    },
    {
      werkgroep: werkgroep('i', 'Interactief beleid'),
      actions: [actie('i1', 'i', '2026-11-30'), actie('i2', 'i', undefined)],
      resultaten: [
        resultaat('r2', 'i', 'mt1', 'loopt', '2026-11-30'),
        resultaat('r1', 'i', 'mt1', 'loopt', '2027-03-31'),
        resultaat('r3', 'i', 'mt1', 'gereed', '2026-07-31'),
        resultaat('r4', 'i', 'mt2', 'loopt', '2026-01-31'),
        resultaat('r5', 'i', undefined, 'gepland'),
      ],
      verbeterpunten: [],
    },
  ];
  const s = summarizeForMt(input, 'mt1', TODAY);

  it('keeps the results and verbeterpunten of this MT-lid, and those that name no MT-lid', () => {
    expect(s.resultaten.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r5']);
    expect(s.verbeterpunten.map((v) => [v.id, v.done, v.acties.length])).toEqual([
      ['v1', 2, 3],
      ['v3', 0, 0],
    ]);
  });

  it('flags a result past its Doorlooptijd that is not gereed, and only that', () => {
    expect(s.resultaten.filter((r) => r.pastDoorlooptijd).map((r) => r.id)).toEqual(['r2']);
  });

  it('lists every overdue action across werkgroepen, longest overdue first, with the werkgroep name; due today is not late', () => {
    expect(s.overdueActions.map((a) => [a.id, a.werkgroepNaam])).toEqual([
      ['w1', 'Wijkgericht werken'],
      ['i1', 'Interactief beleid'],
    ]);
  });

  it('counts open and late actions per werkgroep, werkgroepen by name', () => {
    expect(s.werkgroepen).toEqual([
      { id: 'i', naam: 'Interactief beleid', open: 2, overdue: 1 },
      { id: 'w', naam: 'Wijkgericht werken', open: 2, overdue: 1 },
    ]);
  });

  it('gives an MT-lid of no werkgroep only what names them', () => {
    const other = summarizeForMt(input, 'someone', TODAY);
    expect(other.resultaten).toEqual([]);
    expect(other.verbeterpunten).toEqual([]);
  });
});
