// The answers part carries the document's id (for the traject register) and the profile that wrote
// the paragraph. The id is made once and survives every later write: saves, updates, "keep my text",
// a re-insert after the control was deleted, several parts after a copy, and the Word 2019 fallback.
import { describe, expect, it } from 'vitest';
import { ANSWERS_NAMESPACE, parseAnswersXml } from '../../src/participation/index.ts';
import { readDocumentState, saveAnswers, writeParticipatieParagraph, type WordHost } from '../../addin/word/index.ts';
import { buildBwVoorstel, createFakeHost, toDocx, type FakeWordDocument } from '../../addin/word-fake/index.ts';
import { NOW, TEXT_V1, TEXT_V2, exampleAnswers, readDocx } from './support.ts';

const ID_A = '11111111-2222-4333-8444-555555555555';
const ID_B = '99999999-8888-4777-8666-555555555555';
const WEERT = { naam: 'Participatieprofiel Weert', versie: '2026.1' };
const WEERT_2 = { naam: 'Participatieprofiel Weert', versie: '2026.2' };

function part(doc: FakeWordDocument): string {
  const parts = doc.parts.filter((p) => p.namespaceUri === ANSWERS_NAMESPACE);
  expect(parts).toHaveLength(1);
  return parts[0]!.xml;
}

const idOf = (doc: FakeWordDocument) => /<documentId>([^<]*)<\/documentId>/.exec(part(doc))?.[1];

function write(host: WordHost, text: string, extra = {}) {
  return writeParticipatieParagraph(host, {
    answers: exampleAnswers,
    text,
    generatedAt: NOW,
    existingText: 'keep',
    newDocumentId: () => ID_B,
    ...extra,
  });
}

describe.each(['1.4', '1.3'] as const)('document id in the answers part (WordApi %s)', (wordApi) => {
  it('is made with the first save and kept by every later save, insert and update', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc, { wordApi });
    expect((await readDocumentState(host)).documentId).toBeNull();
    expect(await saveAnswers(host, { q1_soortStuk: 'raadsvoorstel' }, { newDocumentId: () => ID_A })).toEqual({ documentId: ID_A });
    expect(idOf(doc)).toBe(ID_A);
    // Later writes would make ID_B if they lost the id: they must not.
    await saveAnswers(host, { q1_soortStuk: 'collegevoorstel' }, { newDocumentId: () => ID_B });
    expect(await write(host, TEXT_V1, { profiel: WEERT })).toMatchObject({ status: 'written', mode: 'inserted', documentId: ID_A });
    expect(await write(host, TEXT_V2, { profiel: WEERT_2 })).toMatchObject({ status: 'written', mode: 'updated', documentId: ID_A });
    expect(await write(host, TEXT_V2, { profiel: WEERT_2 })).toMatchObject({ status: 'unchanged', documentId: ID_A });
    const state = await readDocumentState(createFakeHost(doc, { wordApi }));
    expect(state.documentId).toBe(ID_A);
    expect(state.stored).toMatchObject({ documentId: ID_A, profiel: WEERT_2 });
  });

  it('travels in the saved .docx, read back by an independent parser', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc, { wordApi });
    await write(host, TEXT_V1, { profiel: WEERT, newDocumentId: () => ID_A });
    const back = await readDocx(await toDocx(doc));
    const ours = back.customXml.filter((c) => c.schemaRef === ANSWERS_NAMESPACE || c.xml.includes(ANSWERS_NAMESPACE));
    expect(ours).toHaveLength(1);
    expect(parseAnswersXml(ours[0]!.xml)).toMatchObject({ documentId: ID_A, profiel: WEERT });
  });
});

describe('document id through the cases that rewrite the part', () => {
  it('"keep my text" keeps the id and the old profile stamp: the text is still the old profile\'s', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await write(host, TEXT_V1, { profiel: WEERT, newDocumentId: () => ID_A });
    doc.editControlText('participatieparagraaf', 'Mijn eigen tekst.');
    expect(await write(host, TEXT_V2, { profiel: WEERT_2, onHandEdit: 'keep' })).toEqual({ status: 'kept', documentId: ID_A });
    expect(parseAnswersXml(part(doc))).toMatchObject({ documentId: ID_A, profiel: WEERT });
  });

  it('a re-insert after the control was deleted keeps the id', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await write(host, TEXT_V1, { newDocumentId: () => ID_A });
    doc.removeControl('participatieparagraaf', { keepText: false });
    expect(await write(host, TEXT_V2)).toMatchObject({ status: 'written', mode: 'reinserted', documentId: ID_A });
  });

  it('several parts after a copy: the oldest part\'s id wins and the write leaves one part with it', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await saveAnswers(host, { q1_soortStuk: 'raadsvoorstel' }, { newDocumentId: () => ID_A });
    // Content pasted from another document brought that document's part along.
    doc.addPart(part(doc).replace(ID_A, '33333333-4444-4555-8666-777777777777'));
    const fresh = createFakeHost(doc);
    const state = await readDocumentState(fresh);
    expect(state.stored).toBeNull();
    expect(state.documentId).toBe(ID_A);
    expect(await write(fresh, TEXT_V1)).toMatchObject({ status: 'written', documentId: ID_A });
    expect(idOf(doc)).toBe(ID_A);
  });

  it('a damaged part keeps its id, so the register still knows the document', async () => {
    const doc = buildBwVoorstel('with-heading');
    doc.addPart(`<participatie xmlns="${ANSWERS_NAMESPACE}"><antwoorden>{kapot</antwoorden><hash></hash><documentId>${ID_A}</documentId></participatie>`);
    const host = createFakeHost(doc);
    expect(await readDocumentState(host)).toMatchObject({ stored: null, storedUnreadable: true, documentId: ID_A });
    expect(await saveAnswers(host, { q1_soortStuk: 'raadsvoorstel' }, { newDocumentId: () => ID_B })).toEqual({ documentId: ID_A });
  });

  it('a new document gets a random UUID when no maker is passed', async () => {
    const doc = buildBwVoorstel('with-heading');
    const { documentId } = await saveAnswers(createFakeHost(doc), { q1_soortStuk: 'raadsvoorstel' });
    expect(documentId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const other = await saveAnswers(createFakeHost(buildBwVoorstel('with-heading')), { q1_soortStuk: 'raadsvoorstel' });
    expect(other.documentId).not.toBe(documentId);
  });

  it('saving keeps the sync budget: one read and one write', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await saveAnswers(host, { q1_soortStuk: 'raadsvoorstel' });
    doc.syncCount = 0;
    await saveAnswers(host, { q1_soortStuk: 'collegevoorstel' });
    expect(doc.syncCount).toBe(2);
    doc.syncCount = 0;
    await write(host, TEXT_V1);
    expect(doc.syncCount).toBe(2);
  });
});
