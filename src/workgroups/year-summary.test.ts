import { describe, expect, it } from 'vitest';
import { summarizeYear } from './year-summary.ts';
import type { Actie, Resultaat, Verbeterpunt, Vergadering, Werkgroep } from './types.ts';

const w1: Werkgroep = { id: 'w1', naam: 'Interactief beleid', voorzitterId: 'v1', ledenIds: [], mtLidIds: ['mt1'] };
const w2: Werkgroep = { id: 'w2', naam: 'Wijkgericht werken', voorzitterId: 'v2', ledenIds: [], mtLidIds: ['mt2'] };

const meeting = (id: string, werkgroepId: string, start: string): Vergadering => ({ id, werkgroepId, subject: 'Overleg', start, end: start });
const meetings = [
  meeting('m0', 'w1', '2025-12-02T13:00:00Z'), // last year
  meeting('m1', 'w1', '2026-01-06T13:00:00Z'),
  meeting('m2', 'w1', '2026-11-03T13:00:00Z'),
  meeting('m3', 'w1', '2026-12-01T13:00:00Z'), // after today: planned
  meeting('m4', 'w2', '2026-12-31T23:30:00Z'), // 1 January 2027 in Amsterdam
  meeting('m5', 'w3', '2026-03-03T13:00:00Z'),
];

const a = (id: string, werkgroepId: string, patch: Partial<Actie>): Actie => ({ id, werkgroepId, titel: id, status: 'open', ...patch });
const actions = [
  a('on-time', 'w1', { dueDate: '2026-03-01', status: 'klaar', completedAt: '2026-02-28T10:00:00Z' }),
  a('same-day', 'w1', { dueDate: '2026-03-01', status: 'klaar', completedAt: '2026-03-01T22:30:00Z' }), // 23:30 Amsterdam, same day
  a('late', 'w1', { dueDate: '2026-03-01', status: 'klaar', completedAt: '2026-03-01T23:30:00Z' }), // 2 March in Amsterdam
  a('done-no-date', 'w2', { status: 'klaar', completedAt: '2026-06-01T10:00:00Z' }),
  a('overdue', 'w2', { dueDate: '2026-11-01' }),
  a('open', 'w2', { dueDate: '2026-12-15' }),
  a('open-no-date', 'w1', {}),
  a('next-year', 'w1', { dueDate: '2027-01-10' }),
  a('last-year', 'w1', { dueDate: '2025-12-10', status: 'klaar', completedAt: '2026-01-05T10:00:00Z' }),
  a('elsewhere', 'w3', { dueDate: '2026-05-01' }),
];

const r = (id: string, werkgroepId: string, status: Resultaat['status'], doorlooptijd: Resultaat['doorlooptijd']): Resultaat => ({
  id,
  werkgroepId,
  nr: 1,
  titel: id,
  doel: '',
  doelgroep: [],
  watIsErGebeurd: '',
  methode: '',
  doorlooptijd,
  capaciteit: '',
  verankering: '',
  status,
});
const results = [
  r('r1', 'w1', 'gereed', { start: '2025-05-01', eind: '2026-03-31' }),
  r('r2', 'w1', 'loopt', {}),
  r('r3', 'w2', 'gepland', { start: '2027-01-01' }), // starts next year
  r('r4', 'w2', 'gereed', { eind: '2025-12-31' }), // ended last year
  r('r5', 'w3', 'loopt', {}),
];

const vp = (id: string, werkgroepId: string, statuses: Verbeterpunt['acties'][number]['status'][]): Verbeterpunt => ({
  id,
  werkgroepId,
  nr: 1,
  titel: id,
  probleem: [],
  watWillenWeBereiken: [],
  acties: statuses.map((status, i) => ({ nr: i + 1, omschrijving: `actie ${i + 1}`, status })),
});
const verbeterpunten = [
  vp('vp1', 'w2', ['uitgevoerd', 'onderdeel bedrijfsvoering', 'loopt', 'gepland', 'uitgevoerd']),
  vp('vp2', 'w2', []),
  vp('vp3', 'w3', ['gepland']),
];

describe('summarizeYear', () => {
  const summary = summarizeYear({ year: 2026, werkgroepen: [w1, w2], meetings, actions, results, verbeterpunten, today: '2026-11-23' });

  it('counts the werkgroepen in the report only', () => {
    expect(summary.year).toBe(2026);
    expect(summary.werkgroepen).toBe(2);
    expect(summary.meetings).toEqual({ held: 2, planned: 1 });
    expect(summary.actions).toEqual({ total: 7, done: 4, doneOnTime: 3, doneLate: 1, open: 3, overdue: 1 });
    expect(summary.resultaten).toEqual({ total: 2, gepland: 0, loopt: 1, gereed: 1 });
    expect(summary.verbeterpunten).toBe(2);
    expect(summary.verbeterActies).toEqual({ total: 5, gepland: 1, loopt: 1, uitgevoerd: 2, 'onderdeel bedrijfsvoering': 1 });
  });

  it('splits per werkgroep and the parts add up', () => {
    expect(summary.perWerkgroep.map((p) => p.werkgroep)).toEqual([
      { id: 'w1', naam: 'Interactief beleid' },
      { id: 'w2', naam: 'Wijkgericht werken' },
    ]);
    const [p1, p2] = summary.perWerkgroep;
    expect(p1?.actions).toEqual({ total: 4, done: 3, doneOnTime: 2, doneLate: 1, open: 1, overdue: 0 });
    expect(p2?.actions).toEqual({ total: 3, done: 1, doneOnTime: 1, doneLate: 0, open: 2, overdue: 1 });
    expect((p1?.meetings.held ?? 0) + (p2?.meetings.held ?? 0)).toBe(summary.meetings.held);
  });

  it('counts the next year on its own', () => {
    const next = summarizeYear({ year: 2027, werkgroepen: [w1, w2], meetings, actions, results, verbeterpunten, today: '2026-11-23' });
    expect(next.meetings).toEqual({ held: 0, planned: 1 });
    expect(next.actions).toMatchObject({ total: 1, open: 1, overdue: 0 });
    expect(next.resultaten).toMatchObject({ total: 2, gepland: 1, loopt: 1 });
  });

  it('is all zeros for no werkgroepen', () => {
    const empty = summarizeYear({ year: 2026, werkgroepen: [], meetings, actions, results, verbeterpunten, today: '2026-11-23' });
    expect(empty.actions.total + empty.meetings.held + empty.resultaten.total + empty.verbeterActies.total).toBe(0);
    expect(empty.perWerkgroep).toEqual([]);
  });
});
