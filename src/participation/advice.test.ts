import { describe, expect, it } from 'vitest';
import { adviseLevel } from './index.ts';
import type { Answers } from './index.ts';

const scores = (total: number) => {
  const s = [0, 0, 0, 0];
  for (let i = 0; i < total; i++) s[i % 4]!++;
  return { speerpunt: s[0]!, impact: s[1]!, omvang: s[2]!, afbreukrisico: s[3]! };
};

type Room = Answers['q5_beleidsruimte'];

describe('adviseLevel', () => {
  it.each([
    [0, 'ruim', 'informeren'],
    [3, 'ruim', 'informeren'],
    [4, 'ruim', 'raadplegen'],
    [6, 'ruim', 'raadplegen'],
    [7, 'ruim', 'adviseren'],
    [9, 'ruim', 'adviseren'],
    [10, 'ruim', 'coproduceren'],
    [12, 'ruim', 'coproduceren'],
    [12, 'geen', 'informeren'],
    [8, 'geen', 'informeren'],
    [12, 'beperkt', 'adviseren'],
    [5, 'beperkt', 'raadplegen'],
  ] as [number, Room, string][])('score %i with beleidsruimte %s → %s', (total, room, level) => {
    const advice = adviseLevel({ q5_beleidsruimte: room, q6_prioriteit: scores(total) });
    expect(advice.level).toBe(level);
    expect(advice.score).toBe(total);
  });

  it('advises meebeslissen only when the participants may decide within fixed kaders', () => {
    const base = { q5_beleidsruimte: 'ruim' as const, q6_prioriteit: scores(11) };
    expect(adviseLevel({ ...base, q16_mandaat: { vastgelegd: true, beslissen: true } }).level).toBe('meebeslissen');
    expect(adviseLevel({ ...base, q16_mandaat: { vastgelegd: true } }).level).toBe('coproduceren');
    expect(adviseLevel({ ...base, q16_mandaat: { vastgelegd: false, beslissen: true } }).level).toBe('coproduceren');
    expect(adviseLevel({ ...base, q6_prioriteit: scores(8), q16_mandaat: { vastgelegd: true, beslissen: true } }).level).toBe('adviseren');
  });

  it('explains itself in plain Dutch sentences', () => {
    const advice = adviseLevel({ q5_beleidsruimte: 'geen', q6_prioriteit: { speerpunt: 3, impact: 2, omvang: 1, afbreukrisico: 0 } });
    expect(advice.reasons).toEqual([
      'Speerpunt van het collegeprogramma: 3 van 3.',
      'Impact en informatiebehoefte van inwoners en partijen: 2 van 3.',
      'Omvang en duur: 1 van 3.',
      'Gevoeligheid voor de naam van de gemeente en voor relaties: 0 van 3.',
      'Samen is dat 6 van de 12 punten. Dat past bij raadplegen.',
      'Er is geen ruimte voor inbreng. Daarom adviseren we informeren: mensen kunnen dan toch niets veranderen.',
      'We houden mensen op de hoogte. Zij hebben geen invloed op het besluit.',
    ]);
    for (const r of advice.reasons) expect(r).toMatch(/^[A-Z].*[.:]$/);
  });
});
