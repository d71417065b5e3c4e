import { describe, expect, it } from 'vitest';
import { buildReport, reportToCsv } from '../../src/docx/index.ts';
import type { DocumentSummary } from '../../src/docx/index.ts';
import stored from '../../src/docx/word-model.json';
import { HELD_OUT, TUNING } from '../bench/scan-accuracy.bench.ts';
import { trainingHash } from '../bench/train-scan-model.ts';

describe('the word model the scan ships with', () => {
  it('learnt from the tuning part of the labelled corpus as it is now (run npm run train:scan after changing it)', () => {
    const sections = TUNING.filter((c) => c.heading !== null);
    expect(stored.trainedOn).toEqual({ count: sections.length, hash: trainingHash(sections) });
  });

  it('never saw the held-out part: no held-out section is in the tuning part it learnt from', () => {
    const tuning = new Set(TUNING.map((c) => c.id));
    expect(HELD_OUT.filter((c) => tuning.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

describe('the report on what the word model found', () => {
  it('marks the words the model found, so the reader checks them, and leaves the rules’ words unmarked', () => {
    const doc: DocumentSummary = {
      ok: true,
      path: 'kerkplein.docx',
      header: { onderwerp: 'Herinrichting van het Kerkplein' },
      headingCount: 1,
      source: 'hand',
      status: 'uitgevoerd',
      level: { level: 'meebeslissen', basis: 'schatting', confidence: 0.9, evidence: 'Bewoners kozen het ontwerp.' },
      elements: { wie: true, niveauWaarom: false, watGedaan: true, watMetInbreng: false, terugkoppeling: true },
      evidence: { wie: 'bewoners', watGedaan: 'kozen', terugkoppeling: 'Iedereen kreeg de uitslag thuis.' },
      byModel: ['terugkoppeling', 'niveau'],
      missing: ['niveauWaarom', 'watMetInbreng'],
      findings: [],
      notes: [],
    };
    const csv = reportToCsv(buildReport({ folder: '.', today: '2026-12-02', found: 1, documents: [doc], problems: [], outsideYear: 0, ignored: 0 }));
    expect(csv).toContain('terugkoppeling: ""Iedereen kreeg de uitslag thuis."" (woordmodel, lees na)');
    expect(csv).toContain('niveau: ""Bewoners kozen het ontwerp."" (woordmodel, lees na)');
    expect(csv).toContain('wie er mee deed: ""bewoners"" |');
    expect(csv.match(/woordmodel/g)).toHaveLength(2);
  });
});
