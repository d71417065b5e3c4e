// The content of "Verslag en besluitenlijst": which actions count as new and as finished, in which order.
import { describe, expect, it } from 'vitest';
import { verslagContent } from '../../src/tab/features/verslag/verslag-content.ts';
import type { Actie, Vergadering } from '../../src/workgroups/index.ts';

const meeting = (id: string, start: string, end: string): Vergadering => ({ id, werkgroepId: 'g', subject: 'Overleg', start, end });
const previous = meeting('m1', '2026-11-03T13:00:00.000Z', '2026-11-03T14:30:00.000Z');
const vergadering = meeting('m2', '2026-12-01T13:00:00.000Z', '2026-12-01T14:30:00.000Z');
const next = meeting('m3', '2027-01-05T13:00:00.000Z', '2027-01-05T14:30:00.000Z');
const actie = (id: string, extra: Partial<Actie>): Actie => ({ id, werkgroepId: 'g', titel: `Actie ${id}`, status: 'open', ...extra });

describe('verslagContent', () => {
  const content = verslagContent({
    werkgroepNaam: 'Werkgroep Interactief beleid',
    vergadering,
    previous,
    next,
    agenda: [
      { id: 'a2', werkgroepId: 'g', vergaderingId: 'm2', titel: 'Rondvraag', volgorde: 2 },
      { id: 'a1', werkgroepId: 'g', vergaderingId: 'm2', titel: 'Opening', toelichting: 'Kort', volgorde: 1 },
    ],
    besluiten: [
      { id: 'b1', werkgroepId: 'g', vergaderingId: 'm2', tekst: 'Format vastgesteld', datum: '2026-12-01' },
      { id: 'b0', werkgroepId: 'g', vergaderingId: 'm1', tekst: 'Ouder besluit', datum: '2026-11-03' },
    ],
    actions: [
      actie('n2', { vergaderingId: 'm2', trekkerId: 'u1', dueDate: '2026-12-20' }),
      actie('n1', { vergaderingId: 'm2', dueDate: '2026-12-10' }),
      actie('d1', { status: 'klaar', completedAt: '2026-11-20T09:00:00.000Z', trekkerId: 'u1' }),
      actie('before', { status: 'klaar', completedAt: '2026-11-03T14:00:00.000Z' }),
      actie('after', { status: 'klaar', completedAt: '2026-12-01T15:00:00.000Z' }),
    ],
    members: [{ id: 'u1', displayName: 'Pieter de Vries' }],
  });

  it('keeps the agenda in its order and only this meeting\'s besluiten', () => {
    expect(content.agenda).toEqual([{ titel: 'Opening', toelichting: 'Kort' }, { titel: 'Rondvraag' }]);
    expect(content.besluiten).toEqual(['Format vastgesteld']);
  });

  it('lists the actions from this meeting by due date, with trekker and date', () => {
    expect(content.newActions).toEqual([
      'Actie n1 (trekker: Niemand, uiterlijk 10 december 2026)',
      'Actie n2 (trekker: Pieter de Vries, uiterlijk 20 december 2026)',
    ]);
  });

  it('counts as finished only what was done after the previous meeting ended and before this one ended', () => {
    expect(content.doneActions).toEqual(['Actie d1 (trekker: Pieter de Vries)']);
  });

  it('names the next meeting and the file by the meeting day', () => {
    expect(content.next).toBe('dinsdag 5 januari 2027 om 14:00 uur');
    expect(content.fileName).toBe('Verslag en besluitenlijst 2026-12-01.docx');
    expect(content.title).toBe('Verslag en besluitenlijst van dinsdag 1 december 2026 om 14:00 uur');
    expect(content.status).toBe('Concept: nog niet vastgesteld.');
  });
});
