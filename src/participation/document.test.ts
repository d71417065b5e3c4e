import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../text/index.ts';
import {
  ANSWERS_NAMESPACE,
  BW_SECTION_ORDER,
  generateParagraph,
  hashParagraphText,
  isDocumentId,
  isHandEdited,
  isParticipatieHeading,
  parseAnswersXml,
  parseDraftAnswersXml,
  readDocumentIdFromXml,
  renderParagraphText,
  serializeAnswersXml,
} from './index.ts';
import type { Answers } from './index.ts';

const A = JSON.parse(readFileSync(new URL('../../examples/voorbeeld-a-speelruimte.json', import.meta.url), 'utf8')) as Answers;

describe('hashParagraphText', () => {
  it('is SHA-256 of the whitespace-normalised UTF-8 text', () => {
    // Known vector: sha256("abc").
    expect(hashParagraphText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashParagraphText('  a \r\n\u000b b\u00a0c\t')).toBe(hashParagraphText('a b c'));
    expect(hashParagraphText('één')).toBe(hashParagraphText('e\u0301e\u0301n'));
    expect(hashParagraphText('a b')).not.toBe(hashParagraphText('ab'));
  });

  it('detects a hand edit, not a reflow by Word', () => {
    const text = renderParagraphText(generateParagraph(A));
    const hash = hashParagraphText(text);
    expect(isHandEdited(text.replace(/\n/g, '\r'), hash)).toBe(false);
    expect(isHandEdited(`${text} `, hash.toUpperCase())).toBe(false);
    expect(isHandEdited(text.replace('412', '413'), hash)).toBe(true);
  });
});

describe('answers in the document', () => {
  it('round-trips answers, hash and time', () => {
    const xml = serializeAnswersXml({ answers: A, generatedHash: 'ab12', generatedAt: '2025-04-15T09:00:00Z' });
    expect(xml).toContain(`xmlns="${ANSWERS_NAMESPACE}"`);
    expect(parseAnswersXml(xml)).toEqual({ answers: A, generatedHash: 'ab12', generatedAt: '2025-04-15T09:00:00Z' });
  });

  it('writes the part without an XML declaration, starting with the root element (office-js #1643)', () => {
    const xml = serializeAnswersXml({ answers: A, generatedHash: 'ab12' });
    expect(xml.startsWith(`<participatie xmlns="${ANSWERS_NAMESPACE}">`)).toBe(true);
    expect(xml).not.toContain('<?xml');
  });

  it('still reads parts that older versions wrote with an XML declaration', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${serializeAnswersXml({ answers: A, generatedHash: 'ab12', generatedAt: '2025-04-15T09:00:00Z' })}`;
    expect(parseAnswersXml(xml)).toEqual({ answers: A, generatedHash: 'ab12', generatedAt: '2025-04-15T09:00:00Z' });
    expect(parseDraftAnswersXml(xml)?.generatedHash).toBe('ab12');
  });

  it('reads the part back when Word rewrites it with a prefix', () => {
    const xml = serializeAnswersXml({ answers: A, generatedHash: 'ab12' })
      .replace('<participatie xmlns=', '<ns0:participatie xmlns:ns0=')
      .replace('</participatie>', '</ns0:participatie>')
      .replace(/<(\/?)(antwoorden|hash)>/g, '<$1ns0:$2>');
    expect(parseAnswersXml(xml).generatedHash).toBe('ab12');
  });

  it('migrates answers stored by an older checklist', () => {
    const { checklistVersion: _v, q7_participatie: _q7, ...rest } = A;
    const old = { ...rest, q7_participatie: 'ja-afgerond', q8_betrokkenen: ['inwoners'] };
    const xml = serializeAnswersXml({ answers: old as unknown as Answers, generatedHash: 'x' });
    const back = parseAnswersXml(xml);
    expect(back.answers.q7_participatie).toBe('afgerond');
    expect(back.answers.q8_betrokkenen).toEqual([{ groep: 'inwoners' }]);
  });

  it.each([
    ['not XML', 'dit is geen xml <'],
    ['empty', ''],
    ['another namespace', '<participatie xmlns="urn:iets-anders"><antwoorden>{}</antwoorden><hash>x</hash></participatie>'],
    ['no hash', `<participatie xmlns="${ANSWERS_NAMESPACE}"><antwoorden>{}</antwoorden></participatie>`],
    ['broken JSON', `<participatie xmlns="${ANSWERS_NAMESPACE}"><antwoorden>{nee</antwoorden><hash>x</hash></participatie>`],
  ])('throws a typed error on garbage: %s', (_name, xml) => {
    expect(() => parseAnswersXml(xml)).toThrow(AppError);
    try {
      parseAnswersXml(xml);
    } catch (e) {
      expect((e as AppError).code).toBe('PART.XML_INVALID');
    }
  });

  it('carries the document id and the profile that wrote the paragraph, after the older elements', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const xml = serializeAnswersXml({ answers: A, generatedHash: 'ab12', documentId: id, profiel: { naam: 'Profiel <Weert> & co', versie: '2026.1' } });
    expect(xml.indexOf('<documentId>')).toBeGreaterThan(xml.indexOf('<hash>'));
    expect(xml).toContain('Profiel &lt;Weert&gt; &amp; co');
    expect(parseAnswersXml(xml)).toEqual({ answers: A, generatedHash: 'ab12', documentId: id, profiel: { naam: 'Profiel <Weert> & co', versie: '2026.1' } });
    expect(parseDraftAnswersXml(xml)).toMatchObject({ documentId: id, profiel: { naam: 'Profiel <Weert> & co', versie: '2026.1' } });
  });

  it('trusts only a UUID as document id, and finds it even when the answers are broken', () => {
    const id = '0F8FAD5B-D9CB-469F-A165-70867728950E';
    const good = serializeAnswersXml({ answers: A, generatedHash: 'x', documentId: id });
    expect(parseAnswersXml(good).documentId).toBe(id.toLowerCase());
    const forged = serializeAnswersXml({ answers: A, generatedHash: 'x', documentId: '../../etc/passwd' });
    expect(parseAnswersXml(forged).documentId).toBeUndefined();
    const broken = serializeAnswersXml({ answers: { ...A, q1_soortStuk: 'x' } as unknown as Answers, generatedHash: 'x', documentId: id });
    expect(readDocumentIdFromXml(broken)).toBe(id.toLowerCase());
    expect(readDocumentIdFromXml('geen xml')).toBeUndefined();
    expect(isDocumentId('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isDocumentId('0f8fad5b-d9cb-469f-a165-70867728950')).toBe(false);
    expect(isDocumentId(42)).toBe(false);
  });

  it('reads parts without id or profile as before (older add-in versions)', () => {
    const xml = serializeAnswersXml({ answers: A, generatedHash: 'ab12' });
    expect(xml).not.toContain('documentId');
    expect(parseAnswersXml(xml)).toEqual({ answers: A, generatedHash: 'ab12' });
  });

  it('throws PART.XML_ANSWERS_INVALID for answers that do not pass', () => {
    const xml = serializeAnswersXml({ answers: { ...A, q1_soortStuk: 'x' } as unknown as Answers, generatedHash: 'x' });
    expect(() => parseAnswersXml(xml)).toThrow(expect.objectContaining({ code: 'PART.XML_ANSWERS_INVALID' }));
  });
});

describe('isParticipatieHeading', () => {
  it.each(['Participatie', 'participatie', '  PARTICIPATIE  ', 'Participatie:', '11. Participatie', '4.2 Participatie', 'Partici\u00adpatie'.replace('\u00ad', '')])(
    'accepts "%s"',
    (t) => expect(isParticipatieHeading(t)).toBe(true),
  );
  it.each(['Participatieparagraaf', 'Communicatie', 'Overleg gevoerd met', 'Participatie en communicatie', ''])('rejects "%s"', (t) =>
    expect(isParticipatieHeading(t)).toBe(false),
  );
  it('knows where Participatie sits in a B&W-voorstel', () => {
    const i = BW_SECTION_ORDER.indexOf('Participatie');
    expect(BW_SECTION_ORDER[i - 1]).toBe('Overleg gevoerd met');
    expect(BW_SECTION_ORDER[i + 1]).toBe('Communicatie');
  });
});
