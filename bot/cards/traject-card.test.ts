// The traject cards: the register's text (typed by the opsteller, or by anyone who can edit the list) shows
// only as plain TextRuns, cleaned and bounded; a document link that is not https is left out; the button data
// carries the document id only.
import { describe, expect, it } from 'vitest';
import type { TrajectFollowUp, TrajectRecord } from '../../src/participation/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { visibleText } from '../../tests/support/cards.ts';
import { VERBS, buildEvaluationSavedCard, buildTrajectDoneCard, buildTrajectFollowUpCard } from './index.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '[klik hier](https://evil.example.com)',
  '**vet** _schuin_ # Kop',
  '\u202Egnp.exe \u2066isolaat\u2069',
  'nul\u0000byte bel\u0007',
  'regel\r\nnieuw\tkolom',
  'x'.repeat(5000),
  '"}],"actions":[{"type":"Action.OpenUrl","url":"https://evil"}]',
  '<at>Iedereen</at> @channel',
].map((s, i) => `H${i}:${s}`);

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u200B]/;

function nodes(card: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    out.push(n as Record<string, unknown>);
    Object.values(n).forEach(walk);
  };
  walk(JSON.parse(JSON.stringify(card)));
  return out;
}

function traject(h: string, url: string): TrajectRecord {
  return {
    itemId: '7',
    etag: '"e,1"',
    documentId: '6f1c2b9e-8a4d-4c1e-9b7a-2d3e4f5a6b7c',
    onderwerp: h,
    zaaknummer: h,
    opsteller: { id: 'u1', naam: h },
    status: 'afgerond',
    periodeStart: '2026-12-01',
    periodeEind: '2027-01-15',
    terugkoppelingDatum: '2026-12-09',
    terugkoppelingKanaal: h,
    documentUrl: url,
  };
}

const followUp = (kind: TrajectFollowUp['kind'], t: TrajectRecord): TrajectFollowUp => ({ key: `traject:${t.documentId}:${kind}`, kind, recipientId: 'u1', traject: t });

describe('traject cards with hostile register text', () => {
  for (const [i, h] of HOSTILE.entries()) {
    it(`string ${i}`, () => {
      const url = i % 2 ? 'javascript:alert(1)' : 'https://gemeente.sharepoint.com/sites/bestuur/Voorstel.docx';
      const t = traject(h, url);
      const cards = [
        ...(['terugkoppeling-binnenkort', 'terugkoppeling-verlopen', 'periode-gestart', 'evaluatie'] as const).map((k) => buildTrajectFollowUpCard(followUp(k, t), '2026-12-02')),
        buildTrajectDoneCard(t),
        buildEvaluationSavedCard(t),
      ];
      for (const card of cards) {
        expect(JSON.stringify(card).length).toBeLessThan(28_000);
        const all = nodes(card);
        for (const n of all) {
          if (n.type === 'TextBlock') expect(n.text).not.toMatch(/H\d:/);
          for (const v of [n.text, n.title]) {
            if (typeof v !== 'string') continue;
            expect(v).not.toMatch(FORBIDDEN);
            if (/H\d:/.test(v)) {
              expect(n.type).toBe('TextRun');
              expect(Array.from(v).length).toBeLessThanOrEqual(200);
            }
          }
          if (typeof n.url === 'string') expect(n.url).toBe('https://gemeente.sharepoint.com/sites/bestuur/Voorstel.docx');
          if (n.type === 'Action.Execute') expect(n.data).toEqual({ documentId: t.documentId });
        }
        expect(visibleText(card).some((x) => x.startsWith(`H${i}:`))).toBe(true);
      }
    });
  }

  it('says how many working days are left, counting over the weekend', () => {
    const card = buildTrajectFollowUpCard(followUp('terugkoppeling-binnenkort', traject('Onderwerp', 'https://x.sharepoint.com/a.docx')), '2026-12-04');
    // Friday 4 to Wednesday 9 December: three working days.
    expect(visibleText(card)).toContain(botText.traject.binnenkortTitle(3));
    expect(nodes(card).find((n) => n.type === 'Action.Execute')).toMatchObject({ verb: VERBS.trajectDone, title: botText.traject.done });
  });
});
