// Property-style tests over many seeded, valid answer sets (see testing/arbitrary.ts).
import { describe, expect, it } from 'vitest';
import {
  adviseLevel,
  checkB1,
  generateParagraph,
  parseAnswers,
  parseAnswersXml,
  renderParagraphHtml,
  renderParagraphText,
  serializeAnswersXml,
  validateAnswers,
  defaultProfile,
} from './index.ts';
import type { Answers, Paragraph } from './index.ts';
import { countWords, splitSentences } from './b1.ts';
import { arbitraryAnswers } from './testing/arbitrary.ts';

const SEEDS = Array.from({ length: 600 }, (_, i) => i + 1);

function sentencesOf(p: Paragraph): string[] {
  return p.blocks.flatMap((b) => b.sentences.flatMap(splitSentences));
}

function blockText(p: Paragraph, kind: string): string | undefined {
  const b = p.blocks.find((x) => x.kind === kind);
  return b?.sentences.join(' ');
}

describe('for any valid answers', () => {
  it('the seeded answers are valid (so the properties below say something)', () => {
    for (const seed of SEEDS) expect(parseAnswers(arbitraryAnswers(seed)).ok, `seed ${seed}`).toBe(true);
  });

  it('the generator does not throw and gives every element the case needs', () => {
    let withFeedback = 0;
    let noParticipation = 0;
    for (const seed of SEEDS) {
      const a = arbitraryAnswers(seed);
      const p = generateParagraph(a);
      const ctx = `seed ${seed}: ${renderParagraphText(p)}`;
      expect(renderParagraphText(p).length, ctx).toBeGreaterThan(0);
      if (a.q7_participatie === 'nee') {
        noParticipation++;
        const geen = blockText(p, 'geenParticipatie');
        expect(geen, ctx).toContain('geen participatie');
        expect(geen, ctx).toContain(a.q7b_toelichting!.slice(1).replace(/\.$/, ''));
        expect(p.blocks.some((b) => b.kind === 'wie' || b.kind === 'niveau'), ctx).toBe(false);
        continue;
      }
      // wie
      const wie = blockText(p, 'wie');
      expect(wie, ctx).toBeDefined();
      for (const g of a.q8_betrokkenen!) {
        expect(wie, ctx).toContain(g.omschrijving ?? defaultProfile.doelgroepen[g.groep as Exclude<typeof g.groep, 'anders'>]);
      }
      // niveau + waarom
      const niveau = blockText(p, 'niveau');
      expect(niveau, ctx).toContain(`(${defaultProfile.niveaus[a.q9_niveau!].label})`);
      // The reason is the user's own (9a); without it there is none, and when the level is not the
      // advised one the checks ask for it.
      if (a.q9a_waarom !== undefined) expect(niveau, ctx).toContain(`, omdat ${a.q9a_waarom}`);
      else {
        expect(niveau, ctx).not.toMatch(/omdat/);
        if (a.q9_niveau !== adviseLevel(a).level) {
          expect(validateAnswers(a, { today: '2026-01-01' }).map((f) => f.code).join(' '), ctx).toMatch(/PART\.LEVEL_(NO_WHY|FAR_BELOW)/);
        }
      }
      // wat/wanneer: the methods and a time
      const wat = blockText(p, 'watWanneer');
      expect(wat, ctx).toMatch(/\b(19|20)\d\d\b|najaar/);
      expect(wat, ctx).toMatch(a.q7_participatie === 'gepland' ? /\b(houden|houdt)\b/ : /\b(hielden|hield)\b/);
      // wat met de inbreng
      if (a.q7_participatie === 'afgerond' && a.q13_inbreng !== undefined) {
        const inbreng = blockText(p, 'inbreng')!;
        expect(inbreng, ctx).toBeDefined();
        if (a.q14_watMetInbreng?.[0] !== undefined) expect(inbreng, ctx).toMatch(/overgenomen|nam dit punt/);
      }
      // terugkoppeling — or a finding that asks for it
      if (a.q15_terugkoppeling !== undefined) {
        withFeedback++;
        expect(blockText(p, 'terugkoppeling'), ctx).toMatch(/weten wat (we|hij) met/);
      } else if (a.q7_participatie === 'afgerond') {
        expect(validateAnswers(a, { today: '2026-01-01' }).map((f) => f.code), ctx).toContain('PART.NO_FEEDBACK');
      }
      // kaders for coproduceren/meebeslissen — or a finding that asks for them
      if ((a.q9_niveau === 'coproduceren' || a.q9_niveau === 'meebeslissen') && a.q16_mandaat?.vastgelegd === true) {
        expect(blockText(p, 'kaders'), ctx).toContain('kaders');
      } else if (a.q9_niveau === 'coproduceren' || a.q9_niveau === 'meebeslissen') {
        expect(validateAnswers(a, { today: '2026-01-01' }).map((f) => f.code), ctx).toContain('PART.NO_MANDATE');
      }
    }
    expect(withFeedback).toBeGreaterThan(50);
    expect(noParticipation).toBeGreaterThan(50);
  });

  it('writes B1: no officialese, dates written out, sentences of about 20 words', () => {
    let total = 0;
    let over20 = 0;
    for (const seed of SEEDS) {
      const a = arbitraryAnswers(seed);
      const p = generateParagraph(a);
      const text = renderParagraphText(p);
      expect(checkB1(text).filter((h) => h.kind === 'officialese'), `seed ${seed}`).toEqual([]);
      expect(checkB1(text).filter((h) => h.kind === 'passive'), `seed ${seed}`).toEqual([]);
      expect(text, `seed ${seed}`).not.toMatch(/\d{4}-\d{2}(-\d{2})?/);
      for (const s of sentencesOf(p)) {
        total++;
        const n = countWords(s);
        if (n > 20) over20++;
        // Lists of three groups or methods plus the user's own words may push a sentence a bit over.
        expect(n, `seed ${seed}: ${s}`).toBeLessThanOrEqual(25);
      }
      // Sentences made only of our own words stay within 20.
      const niveau = p.blocks.find((b) => b.kind === 'niveau');
      if (niveau && a.q9a_waarom === undefined) expect(countWords(niveau.sentences[0]!), `seed ${seed}`).toBeLessThanOrEqual(20);
    }
    expect(over20 / total).toBeLessThan(0.05);
  });

  it('validation never throws and every finding is complete', () => {
    for (const seed of SEEDS) {
      for (const f of validateAnswers(arbitraryAnswers(seed), { today: '2026-01-01' })) {
        expect(f.code).toMatch(/^PART\.[A-Z0-9_]+$/);
        expect(['error', 'warning', 'hint']).toContain(f.severity);
        expect(f.questionId).toMatch(/^q\d+[a-z]?_/);
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.message).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '"><a href="javascript:alert(1)">klik</a>',
  '&amp; &lt;b&gt; &#x3C;',
  `L${'ang verhaal met veel woorden '.repeat(345)}einde`,
  '👩‍👩‍👧‍👦 🎉 Feest',
  '\u202eRTL override\u202c en \u200fRLM\u200e',
  'Null\u0000byte\u0007bel\u001b[31mrood\u001b[0m\u0008',
  '{wie} {onderwerp} $& $1 $$',
  '**Markdown** [link](https://voorbeeld.nl)',
];

function decodeHtml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('hostile free text', () => {
  const cases = Array.from({ length: 150 }, (_, i) => arbitraryAnswers(10_000 + i, { texts: HOSTILE, maxItems: 2 }));

  it('is accepted as valid answers', () => {
    for (const a of cases) expect(parseAnswers(a).ok).toBe(true);
  });

  it('comes out intact as text', () => {
    for (const a of cases) {
      const text = renderParagraphText(generateParagraph(a));
      // q2 sits mid-sentence, so it must appear byte for byte.
      if (a.q7_participatie !== 'nee') expect(text).toContain(a.q2_onderwerp);
      if (a.q7b_toelichting && a.q7_participatie === 'nee') expect(text).toContain(a.q7b_toelichting.slice(1));
      for (const g of a.q8_betrokkenen ?? []) if (g.omschrijving) expect(text).toContain(g.omschrijving);
      // The payloads start with a capital or a symbol and end without a full stop, so even text
      // that becomes its own sentence must come out byte for byte.
      if (a.q7_participatie !== 'nee') {
        if (a.q9a_waarom) expect(text).toContain(a.q9a_waarom);
        for (const m of a.q10_methoden ?? []) if (m.omschrijving) expect(text).toContain(m.omschrijving);
        if (a.q4b_initiatiefnemer && (a.q4_omgevingswet === 'bopa' || a.q4_omgevingswet === 'vergunning')) expect(text).toContain(a.q4b_initiatiefnemer);
      }
      if (a.q7_participatie === 'afgerond') {
        for (const punt of (a.q13_inbreng ?? []).slice(0, 3)) expect(text).toContain(punt);
        for (const w of (a.q14_watMetInbreng ?? []).slice(0, 3)) if (w.toelichting) expect(text).toContain(w.toelichting);
      }
      if (a.q17_vervolg?.vervolg && a.q17_vervolg.tekst) expect(text).toContain(a.q17_vervolg.tekst);
    }
  });

  it('never becomes markup in html: the only tags are our <p>s and the text reads back the same', () => {
    for (const a of cases) {
      const p = generateParagraph(a);
      const html = renderParagraphHtml(p);
      const tags = html.match(/<[^>]*>/g) ?? [];
      expect(tags.every((t) => t === '<p>' || t === '</p>')).toBe(true);
      expect(tags.length).toBe(p.blocks.length * 2);
      const back = html
        .split('\n')
        .map((line) => decodeHtml(line.replace(/^<p>/, '').replace(/<\/p>$/, '')))
        .join('\n');
      // Text output joins blocks with \n too; hostile text itself may contain no \n here.
      expect(back).toBe(renderParagraphText(p));
    }
  });

  it('survives a round trip through the document XML', () => {
    for (const a of cases.slice(0, 40)) {
      const xml = serializeAnswersXml({ answers: a, generatedHash: 'abc', generatedAt: '2025-01-01T10:00:00Z' });
      const back = parseAnswersXml(xml);
      expect(back.answers).toEqual(a as Answers);
    }
  });

  it('validation and the B1 check cope with it', () => {
    for (const a of cases) expect(() => validateAnswers(a, { today: '2026-01-01' })).not.toThrow();
    for (const h of HOSTILE) expect(() => checkB1(h)).not.toThrow();
  });
});
