import { describe, expect, it } from 'vitest';
import { ANSWERS_NAMESPACE, serializeAnswersXml, type Answers } from './index.ts';
import { parseDraftAnswersXml } from './document.ts';

describe('parseDraftAnswersXml', () => {
  it('reads back an unfinished checklist written by serializeAnswersXml, hostile text intact', () => {
    const draft = { checklistVersion: 2, q1_soortStuk: 'raadsvoorstel', q2_onderwerp: '<b>&"\'</b> ]]> \u0085 ✓' } as unknown as Answers;
    const xml = serializeAnswersXml({ answers: draft, generatedHash: '', generatedAt: undefined });
    expect(parseDraftAnswersXml(xml)).toEqual({ answers: draft, generatedHash: '' });
  });

  it('drops keys that are not checklist questions and lifts version 1 drafts', () => {
    const xml = `<participatie xmlns="${ANSWERS_NAMESPACE}"><antwoorden>{"versie":1,"q7_participatie":"ja-gepland","evil":"x"}</antwoorden><hash>ab</hash></participatie>`;
    expect(parseDraftAnswersXml(xml)).toEqual({ answers: { checklistVersion: 2, q7_participatie: 'gepland' }, generatedHash: 'ab' });
  });

  it.each(['<x/>', `<participatie xmlns="${ANSWERS_NAMESPACE}"><antwoorden>[1]</antwoorden></participatie>`, '<antwoorden>{oops</antwoorden>'])(
    'returns null for %s',
    (xml) => expect(parseDraftAnswersXml(xml)).toBeNull(),
  );
});
