import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { analyseDocx, insertParagraphIntoDocx } from '../../src/docx/index.ts';
import {
  ANSWERS_NAMESPACE,
  PARAGRAPH_TAG,
  generateParagraph,
  hashParagraphText,
  parseAnswersXml,
  renderParagraphText,
} from '../../src/participation/index.ts';
import { buildDocx } from '../fixtures/ooxml.ts';
import type { FixtureBlock } from '../fixtures/ooxml.ts';
import { GOOD_HAND_WRITTEN, addInContent, adviserenAnswers, voorstel } from '../fixtures/scan-fixtures.ts';

const NOW = '2026-11-23T10:00:00.000Z';
const TODAY = '2026-11-23';
const header = {
  afdeling: 'Ruimte',
  voorstelnr: 'DJ-1',
  zaaknummer: '42',
  opsteller: 'Saskia',
  portefeuillehouder: 'A. Jansen',
  onderwerp: 'Speelruimtebeleid.',
  datum: 'Weert, 10 maart 2026',
};

function docWith(participatie?: FixtureBlock[], extra: Partial<Parameters<typeof voorstel>[0]> = {}): Promise<Buffer> {
  return buildDocx(voorstel({ ...header, ...(participatie ? { participatie } : {}), ...extra }));
}

async function part(buf: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  return zip.file(path)!.async('string');
}

async function answersParts(buf: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const out: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    if (xml.includes(ANSWERS_NAMESPACE)) out.push(xml);
  }
  return out;
}

describe('insertParagraphIntoDocx', () => {
  const answers = adviserenAnswers();
  const expectedText = renderParagraphText(generateParagraph(answers));

  it('writes the paragraph under an empty Participatie heading, like the add-in', async () => {
    const result = await insertParagraphIntoDocx(await docWith([]), answers, { now: NOW });
    expect(result.action).toBe('inserted');
    const xml = await part(result.buffer, 'word/document.xml');
    expect(xml).toContain(`<w:tag w:val="${PARAGRAPH_TAG}"/>`);
    // The control sits right after the heading and before Communicatie.
    const heading = xml.indexOf('>Participatie<');
    const control = xml.indexOf('<w:sdt>');
    const next = xml.indexOf('>Communicatie<');
    expect(heading).toBeGreaterThan(0);
    expect(control).toBeGreaterThan(heading);
    expect(next).toBeGreaterThan(control);

    const parts = await answersParts(result.buffer);
    expect(parts).toHaveLength(1);
    const stored = parseAnswersXml(parts[0]!);
    expect(stored.answers).toEqual(answers);
    expect(stored.generatedAt).toBe(NOW);
    expect(stored.generatedHash).toBe(hashParagraphText(expectedText));

    // Registered as Word registers a custom XML part.
    const rels = await part(result.buffer, 'word/_rels/document.xml.rels');
    expect(rels).toMatch(/relationships\/customXml" Target="\.\.\/customXml\/item1\.xml"/);
    expect(await part(result.buffer, '[Content_Types].xml')).toContain('/customXml/itemProps1.xml');

    // An independent reader sees the text under the heading.
    const { value } = await mammoth.extractRawText({ buffer: result.buffer });
    const firstLine = expectedText.split('\n')[0]!;
    expect(value).toContain(firstLine);
    expect(value.indexOf(firstLine)).toBeLessThan(value.indexOf('Communicatie'));

    // And the scan recognises it as an add-in document that was not edited.
    const summary = await analyseDocx(result.buffer, 'x.docx', { today: TODAY });
    expect(summary).toMatchObject({ source: 'add-in', status: 'uitgevoerd', level: { level: 'adviseren', basis: 'antwoorden' } });
    expect(summary.notes).not.toContain('hand-edited');
  });

  it('updates its own paragraph in place when the answers change', async () => {
    const first = await insertParagraphIntoDocx(await docWith([]), answers, { now: NOW });
    const changed = adviserenAnswers({ q12_aantal: 500 });
    const second = await insertParagraphIntoDocx(first.buffer, changed, { now: NOW });
    expect(second.action).toBe('replaced');
    const xml = await part(second.buffer, 'word/document.xml');
    expect(xml.match(/<w:sdt>/g)).toHaveLength(1);
    expect(second.text).toContain('500');
    const parts = await answersParts(second.buffer);
    expect(parts).toHaveLength(1);
    expect(parseAnswersXml(parts[0]!).answers.q12_aantal).toBe(500);
  });

  it('does not overwrite a paragraph that was edited by hand, unless forced', async () => {
    const edited = addInContent(answers, { editedText: 'Dit heb ik zelf geschreven.' });
    const buf = await buildDocx({ ...voorstel({ ...header, participatie: edited.blocks }), customXml: [edited.customXml] });
    await expect(insertParagraphIntoDocx(buf, answers, { now: NOW })).rejects.toMatchObject({ code: 'SCAN.INSERT_HAND_EDITED' });
    const forced = await insertParagraphIntoDocx(buf, answers, { now: NOW, force: true });
    const { value } = await mammoth.extractRawText({ buffer: forced.buffer });
    expect(value).not.toContain('Dit heb ik zelf geschreven.');
    expect(value).toContain(expectedText.split('\n')[0]!);
  });

  it('does not overwrite hand-written section text, unless forced', async () => {
    const buf = await docWith(GOOD_HAND_WRITTEN.map((text) => ({ kind: 'p', text })));
    await expect(insertParagraphIntoDocx(buf, answers, { now: NOW })).rejects.toMatchObject({ code: 'SCAN.INSERT_SECTION_HAS_TEXT' });
    const forced = await insertParagraphIntoDocx(buf, answers, { now: NOW, force: true });
    const { value } = await mammoth.extractRawText({ buffer: forced.buffer });
    expect(value).not.toContain(GOOD_HAND_WRITTEN[0]!);
    expect(value).toContain('Communicatie');
  });

  it('replaces a bare "N.v.t." without asking', async () => {
    const buf = await docWith([{ kind: 'p', text: 'N.v.t.' }]);
    const result = await insertParagraphIntoDocx(buf, answers, { now: NOW });
    const { value } = await mammoth.extractRawText({ buffer: result.buffer });
    const section = value.slice(value.indexOf('Participatie\n'), value.indexOf('Communicatie'));
    expect(section).not.toContain('N.v.t.');
  });

  it('adds a Participatie heading before Communicatie when there is none', async () => {
    const result = await insertParagraphIntoDocx(await docWith(undefined), answers, { now: NOW });
    const { value } = await mammoth.extractRawText({ buffer: result.buffer });
    const overleg = value.indexOf('Overleg gevoerd met');
    const heading = value.indexOf('\nParticipatie\n');
    expect(heading).toBeGreaterThan(overleg);
    expect(value.indexOf('Communicatie')).toBeGreaterThan(heading);
    const summary = await analyseDocx(result.buffer, 'x.docx', { today: TODAY });
    expect(summary.headingCount).toBe(1);
    expect(summary.source).toBe('add-in');
  });

  it('refuses a document with two Participatie headings', async () => {
    const buf = await docWith([], { tweedeParticipatie: [] });
    await expect(insertParagraphIntoDocx(buf, answers, { now: NOW })).rejects.toMatchObject({ code: 'SCAN.INSERT_SEVERAL_HEADINGS' });
  });

  it('refuses a copied (duplicated) control', async () => {
    const c = addInContent(answers);
    const buf = await buildDocx({ ...voorstel({ ...header, participatie: [...c.blocks, ...c.blocks] }), customXml: [c.customXml] });
    await expect(insertParagraphIntoDocx(buf, answers, { now: NOW })).rejects.toMatchObject({ code: 'SCAN.INSERT_DUPLICATE_CONTROL' });
  });

  it('keeps the other parts of the package byte for byte', async () => {
    const buf = await docWith([]);
    const result = await insertParagraphIntoDocx(buf, answers, { now: NOW });
    expect(await part(result.buffer, 'word/styles.xml')).toBe(await part(buf, 'word/styles.xml'));
    expect(await part(result.buffer, 'docProps/core.xml')).toBe(await part(buf, 'docProps/core.xml'));
  });

  it('refuses a password-protected file', async () => {
    const { buildEncryptedDocx } = await import('../fixtures/ooxml.ts');
    await expect(insertParagraphIntoDocx(buildEncryptedDocx(), answers, { now: NOW })).rejects.toMatchObject({ code: 'SCAN.ENCRYPTED' });
  });
});

