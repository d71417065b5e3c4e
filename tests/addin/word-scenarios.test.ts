// Scenario tests of the Word layer against the Word fake: what ends up in the document, and how
// many context.sync round trips each action takes (goal: one read, one write).
import { describe, expect, it } from 'vitest';
import { ANSWERS_NAMESPACE, PARAGRAPH_TAG, PARAGRAPH_TITLE, hashParagraphText, serializeAnswersXml } from '../../src/participation/index.ts';
import { AppError } from '../../src/text/index.ts';
import {
  COPY_TAG,
  readDocumentState,
  saveAnswers,
  writeParticipatieParagraph,
  type WordHost,
} from '../../addin/word/index.ts';
import {
  FakeWordDocument,
  blockIndexOf,
  buildBwVoorstel,
  createFakeHost,
  toDocx,
  type FakeContentControl,
} from '../../addin/word-fake/index.ts';
import { NOW, TEXT_V1, TEXT_V2, exampleAnswers, outline, readDocx, visible } from './support.ts';

function control(doc: FakeWordDocument, tag = PARAGRAPH_TAG): FakeContentControl {
  const cc = doc.controlsByTag(tag)[0];
  if (!cc) throw new Error(`no control ${tag}`);
  return cc;
}

/** Most scenarios are about other things: they keep the fixture's hand-written text (see 'text already under the heading'). */
async function insert(host: WordHost, text = TEXT_V1, extra = {}) {
  return writeParticipatieParagraph(host, { answers: exampleAnswers, text, generatedAt: NOW, existingText: 'keep', ...extra });
}

function storedHash(doc: FakeWordDocument): string {
  const part = doc.parts.find((p) => p.namespaceUri === ANSWERS_NAMESPACE);
  return /<hash>([^<]*)<\/hash>/.exec(part?.xml ?? '')?.[1] ?? '';
}

describe('first insert under the Participatie heading', () => {
  it('writes a tagged control right after the heading in one read and one write sync', async () => {
    const doc = buildBwVoorstel('with-heading');
    const result = await insert(createFakeHost(doc));

    expect(result).toMatchObject({ status: 'written', mode: 'inserted', tracked: false, headingCreated: false });
    expect(doc.syncCount).toBe(2);
    const lines = outline(doc);
    const at = lines.indexOf('Heading2: Participatie');
    expect(lines[at + 1]).toBe(`[${PARAGRAPH_TAG}] ${TEXT_V1}`);
    // The hand-written text that was there stays, below our control.
    expect(lines[at + 2]).toMatch(/^Normal: Bij het tot stand komen/);
    const cc = control(doc);
    expect(cc).toMatchObject({ title: PARAGRAPH_TITLE, cannotDelete: true, cannotEdit: false });
    expect(cc.paragraphs.every((p) => p.styleBuiltIn === 'Normal')).toBe(true);
    expect(doc.parts).toHaveLength(1);
    expect(storedHash(doc)).toBe(hashParagraphText(TEXT_V1));
    // No XML declaration: Word did not update parts written with one (office-js #1643).
    expect(doc.parts[0]!.xml.startsWith(`<participatie xmlns="${ANSWERS_NAMESPACE}">`)).toBe(true);
  });

  it('saves a .docx that an independent reader sees with heading, tagged paragraph and answers part', async () => {
    const doc = buildBwVoorstel('with-heading');
    await insert(createFakeHost(doc));
    const back = await readDocx(await toDocx(doc));

    expect(back.headings).toContain('Participatie');
    expect(back.text).toContain('Zij konden advies geven (adviseren).');
    expect(back.sdts).toHaveLength(1);
    expect(back.sdts[0]).toMatchObject({ tag: PARAGRAPH_TAG, alias: PARAGRAPH_TITLE, lock: 'sdtLocked', text: TEXT_V1 });
    expect(back.customXml).toHaveLength(1);
    const part = back.customXml[0]!;
    expect(part).toMatchObject({ schemaRef: ANSWERS_NAMESPACE, related: true });
    expect(part.xml).toContain(`xmlns="${ANSWERS_NAMESPACE}"`);
    expect(part.xml).toContain('speelruimtebeleid');
    expect(part.xml).toContain(hashParagraphText(TEXT_V1));
  });

  it('finds the heading whatever its case, spacing or heading level', async () => {
    const doc = buildBwVoorstel('with-heading', { headingStyle: 'Heading1', participatieHeadingText: '  PARTICIPATIE ' });
    const result = await insert(createFakeHost(doc));
    expect(result.status).toBe('written');
    const lines = outline(doc);
    expect(lines[lines.indexOf('Heading1:   PARTICIPATIE ') + 1]).toBe(`[${PARAGRAPH_TAG}] ${TEXT_V1}`);
  });
});

describe('updating after the answers changed', () => {
  it('replaces the text in the control and stores the new hash, one read and one write sync', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await insert(host);
    doc.syncCount = 0;

    const result = await insert(host, TEXT_V2, { answers: { ...exampleAnswers, q12_aantal: 412 } });
    expect(result).toMatchObject({ status: 'written', mode: 'updated' });
    expect(doc.syncCount).toBe(2);
    expect(visible(control(doc).paragraphs)).toBe(TEXT_V2);
    expect(doc.controlsByTag(PARAGRAPH_TAG)).toHaveLength(1);
    expect(storedHash(doc)).toBe(hashParagraphText(TEXT_V2));
  });

  it('reports unchanged when the text is already current', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await insert(host);
    expect(await insert(host)).toMatchObject({ status: 'unchanged' });
  });
});

describe('hand edit then update', () => {
  async function editedDoc() {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await insert(host);
    doc.editControlText(PARAGRAPH_TAG, 'Mijn eigen tekst over participatie.');
    doc.syncCount = 0;
    return { doc, host };
  }

  it('asks first: nothing is written and only one sync is used', async () => {
    const { doc, host } = await editedDoc();
    const before = JSON.stringify({ blocks: doc.blocks, parts: doc.parts });
    const result = await insert(host, TEXT_V2);
    expect(result).toEqual({ status: 'conflict', current: 'Mijn eigen tekst over participatie.', proposed: TEXT_V2, revisionsChecked: true });
    expect(doc.syncCount).toBe(1);
    expect(JSON.stringify({ blocks: doc.blocks, parts: doc.parts })).toBe(before);
  });

  it('replace: writes the new text', async () => {
    const { doc, host } = await editedDoc();
    expect(await insert(host, TEXT_V2, { onHandEdit: 'replace' })).toMatchObject({ status: 'written', mode: 'updated' });
    expect(visible(control(doc).paragraphs)).toBe(TEXT_V2);
  });

  it('keep: leaves their text, saves the answers, and keeps detecting the edit', async () => {
    const { doc, host } = await editedDoc();
    const changed = { ...exampleAnswers, q12_aantal: 500 };
    expect(await insert(host, TEXT_V2, { onHandEdit: 'keep', answers: changed })).toMatchObject({ status: 'kept' });
    expect(visible(control(doc).paragraphs)).toBe('Mijn eigen tekst over participatie.');
    expect(doc.parts[0]!.xml).toContain('500');
    expect(storedHash(doc)).toBe(hashParagraphText(TEXT_V1));
    expect((await insert(host, TEXT_V2)).status).toBe('conflict');
  });
});

describe('text already under the heading', () => {
  const HAND = 'Bij het tot stand komen van de strategische visie zijn inwoners, ondernemers en maatschappelijke organisaties betrokken.';

  it('asks first with the text it found: nothing is written and only one sync is used', async () => {
    const doc = buildBwVoorstel('with-heading');
    const result = await writeParticipatieParagraph(createFakeHost(doc), { answers: exampleAnswers, text: TEXT_V1, generatedAt: NOW });
    expect(result).toEqual({ status: 'needs-existing-text-choice', existing: HAND });
    expect(doc.syncCount).toBe(1);
    expect(doc.controlsByTag(PARAGRAPH_TAG)).toHaveLength(0);
    expect(doc.parts).toHaveLength(0);
  });

  it('replace: our paragraph takes the place of the hand-written text, still one read and one write sync', async () => {
    const doc = buildBwVoorstel('with-heading');
    const result = await insert(createFakeHost(doc), TEXT_V1, { existingText: 'replace' });
    expect(result).toMatchObject({ status: 'written', mode: 'inserted' });
    expect(doc.syncCount).toBe(2);
    const lines = outline(doc);
    const at = lines.indexOf('Heading2: Participatie');
    expect(lines[at + 1]).toBe(`[${PARAGRAPH_TAG}] ${TEXT_V1}`);
    expect(lines[at + 2]).toBe('Heading2: Communicatie');
    expect(lines.join('\n')).not.toContain('Bij het tot stand komen');
  });

  it('replace with track changes on: the old text stays visible as a tracked deletion', async () => {
    const doc = buildBwVoorstel('with-heading', { changeTrackingMode: 'TrackAll' });
    await insert(createFakeHost(doc), TEXT_V1, { existingText: 'replace' });
    const old = doc.allParagraphs().find((p) => p.text === HAND);
    expect(old?.revision).toBe('deleted');
  });

  it('keep: the hand-written text stays, below our paragraph', async () => {
    const doc = buildBwVoorstel('with-heading');
    await insert(createFakeHost(doc), TEXT_V1, { existingText: 'keep' });
    const lines = outline(doc);
    const at = lines.indexOf('Heading2: Participatie');
    expect(lines[at + 2]).toBe(`Normal: ${HAND}`);
  });

  it('does not ask when only blank paragraphs are under the heading', async () => {
    const doc = buildBwVoorstel('with-heading');
    const i = doc.blocks.findIndex((b) => b.kind === 'p' && b.text === HAND);
    (doc.blocks[i] as { text: string }).text = '  ';
    const result = await writeParticipatieParagraph(createFakeHost(doc), { answers: exampleAnswers, text: TEXT_V1, generatedAt: NOW });
    expect(result).toMatchObject({ status: 'written' });
  });

  it('asks about the text under the heading the user chose when there are two', async () => {
    const doc = buildBwVoorstel('two-headings');
    const result = await writeParticipatieParagraph(createFakeHost(doc), { answers: exampleAnswers, text: TEXT_V1, generatedAt: NOW, headingOrdinal: 2 });
    expect(result).toEqual({ status: 'needs-existing-text-choice', existing: 'Oude tekst over participatie uit een eerder voorstel.' });
  });
});

describe('the control deleted', () => {
  it('with its text: inserts a fresh control under the heading', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await insert(host);
    doc.removeControl(PARAGRAPH_TAG, { keepText: false });
    const result = await insert(host, TEXT_V2);
    expect(result).toMatchObject({ status: 'written', mode: 'reinserted' });
    expect(visible(control(doc).paragraphs)).toBe(TEXT_V2);
  });

  it('only the control removed: the old text stays where it was, the new control comes above it', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await insert(host);
    doc.removeControl(PARAGRAPH_TAG, { keepText: true });
    await insert(host, TEXT_V2);
    const all = outline(doc).join('\n');
    expect(all).toContain('Normal: We hebben inwoners en de wijkraden betrokken');
    expect(all).toContain(`[${PARAGRAPH_TAG}] ${TEXT_V2}`);
  });
});

describe('duplicate tag after copy-paste', () => {
  it('updates the original and retags the untouched copy without changing its text', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await insert(host);
    doc.duplicateControl(PARAGRAPH_TAG, blockIndexOf(doc, 'Evaluatie'));
    doc.syncCount = 0;

    const result = await insert(host, TEXT_V2);
    expect(result).toMatchObject({ status: 'written', mode: 'updated', copiesRetagged: 1 });
    expect(doc.syncCount).toBe(2);
    expect(doc.controlsByTag(PARAGRAPH_TAG)).toHaveLength(1);
    expect(visible(control(doc).paragraphs)).toBe(TEXT_V2);
    expect(visible(control(doc, COPY_TAG).paragraphs)).toBe(TEXT_V1);
  });

  it('asks which one when every copy was edited, then updates the chosen one', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await insert(host);
    doc.duplicateControl(PARAGRAPH_TAG, blockIndexOf(doc, 'Evaluatie'));
    doc.editControlText(PARAGRAPH_TAG, 'Versie A', 0);
    doc.editControlText(PARAGRAPH_TAG, 'Versie B', 1);

    const ask = await insert(host, TEXT_V2);
    expect(ask.status).toBe('needs-control-choice');
    if (ask.status !== 'needs-control-choice') return;
    const second = ask.controls[1]!;
    const done = await insert(host, TEXT_V2, { controlId: second.id, onHandEdit: 'replace' });
    expect(done).toMatchObject({ status: 'written', copiesRetagged: 1 });
    expect(doc.controlsByTag(PARAGRAPH_TAG).map((c) => visible(c.paragraphs))).toEqual([TEXT_V2]);
    expect(visible(control(doc, COPY_TAG).paragraphs)).toBe('Versie A');
  });
});

describe('track changes on', () => {
  it('shows the update as a tracked deletion and insertion', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await insert(host);
    doc.changeTrackingMode = 'TrackAll';
    const result = await insert(host, TEXT_V2);
    expect(result).toMatchObject({ status: 'written', tracked: true });
    const cc = control(doc);
    expect(cc.paragraphs.filter((p) => p.revision === 'deleted').map((p) => p.text).join('\n')).toBe(TEXT_V1);
    expect(visible(cc.paragraphs)).toBe(TEXT_V2);
    const back = await readDocx(await toDocx(doc));
    expect(back.sdts[0]!.ins).toBeGreaterThan(0);
    expect(back.sdts[0]!.del).toBeGreaterThan(0);
    // The pending change is not a hand edit: the next update goes through without asking.
    expect((await insert(host, TEXT_V2)).status).toBe('unchanged');
  });
});

describe('no Participatie heading', () => {
  it('asks first, then adds heading and paragraph after "Overleg gevoerd met", before "Communicatie"', async () => {
    const doc = buildBwVoorstel('without-heading');
    const host = createFakeHost(doc);
    const ask = await insert(host);
    expect(ask).toMatchObject({ status: 'needs-heading', placement: { kind: 'before', anchorText: 'Communicatie' } });
    expect(doc.syncCount).toBe(1);
    expect(doc.controlsByTag(PARAGRAPH_TAG)).toHaveLength(0);

    doc.syncCount = 0;
    expect(await insert(host, TEXT_V1, { createHeading: true })).toMatchObject({ status: 'written', headingCreated: true });
    expect(doc.syncCount).toBe(2);
    const lines = outline(doc);
    const at = lines.indexOf('Heading2: Participatie');
    expect(lines[at - 2]).toBe('Heading2: Overleg gevoerd met');
    expect(lines[at + 1]).toBe(`[${PARAGRAPH_TAG}] ${TEXT_V1}`);
    expect(lines[at + 2]).toBe('Heading2: Communicatie');
  });

  it('uses the cursor when the document has none of the B&W-voorstel sections', async () => {
    const doc = new FakeWordDocument(
      [
        { kind: 'p', text: 'Notitie', styleBuiltIn: 'Title' },
        { kind: 'p', text: 'Eerste alinea.', styleBuiltIn: 'Normal' },
        { kind: 'p', text: 'Tweede alinea.', styleBuiltIn: 'Normal' },
      ],
      { cursorBlock: 1 },
    );
    const result = await insert(createFakeHost(doc), TEXT_V1, { createHeading: true });
    expect(result).toMatchObject({ status: 'written', headingCreated: true });
    expect(outline(doc)).toEqual([
      'Title: Notitie',
      'Normal: Eerste alinea.',
      'Heading2: Participatie',
      `[${PARAGRAPH_TAG}] ${TEXT_V1}`,
      'Normal: Tweede alinea.',
    ]);
  });
});

describe('templates that use bold Normal text instead of heading styles', () => {
  it('still finds "Participatie" and the subject, and writes under it', async () => {
    const doc = buildBwVoorstel('with-heading', { headingStyle: 'Normal' });
    const host = createFakeHost(doc);
    const state = await readDocumentState(host);
    expect(state.headings).toHaveLength(1);
    expect(state.onderwerp).toBe('Plan van aanpak Borging strategische visie Weert 2030');
    await insert(host);
    const lines = outline(doc);
    expect(lines[lines.indexOf('Normal: Participatie') + 1]).toBe(`[${PARAGRAPH_TAG}] ${TEXT_V1}`);
  });

  it('places a new heading before "Communicatie" with a real heading style', async () => {
    const doc = buildBwVoorstel('without-heading', { headingStyle: 'Normal' });
    await insert(createFakeHost(doc), TEXT_V1, { createHeading: true });
    const lines = outline(doc);
    expect(lines[lines.indexOf('Heading2: Participatie') + 2]).toBe('Normal: Communicatie');
  });
});

describe('two Participatie headings', () => {
  it('lets the user pick, then writes under the chosen one', async () => {
    const doc = buildBwVoorstel('two-headings');
    const host = createFakeHost(doc);
    const ask = await insert(host);
    expect(ask.status).toBe('needs-heading-choice');
    if (ask.status !== 'needs-heading-choice') return;
    expect(ask.headings.map((h) => h.previousHeading)).toEqual(['Overleg gevoerd met', 'Evaluatie']);

    await insert(host, TEXT_V1, { headingOrdinal: 2 });
    const lines = outline(doc);
    const second = lines.lastIndexOf('Heading2: Participatie');
    expect(lines[second + 1]).toBe(`[${PARAGRAPH_TAG}] ${TEXT_V1}`);
    expect(lines.filter((l) => l.startsWith('['))).toHaveLength(1);
  });
});

describe('documents that cannot be written', () => {
  it('read-only: a Dutch message and no sync at all', async () => {
    const doc = buildBwVoorstel('with-heading', { readOnly: true });
    await expect(insert(createFakeHost(doc))).rejects.toMatchObject({ code: 'WORD.READ_ONLY' });
    expect(doc.syncCount).toBe(0);
    expect(doc.parts).toHaveLength(0);
  });

  it('protected: Word refuses the write, nothing changes', async () => {
    const doc = buildBwVoorstel('with-heading', { protectedDocument: true });
    const before = JSON.stringify(doc.blocks);
    const error = await insert(createFakeHost(doc)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('WORD.PROTECTED');
    expect(JSON.stringify(doc.blocks)).toBe(before);
    expect(doc.parts).toHaveLength(0);
  });

  it('Word without WordApi 1.3: unsupported, nothing written', async () => {
    const doc = buildBwVoorstel('with-heading');
    await expect(insert(createFakeHost(doc, { wordApi: '1.2' }))).rejects.toMatchObject({ code: 'WORD.UNSUPPORTED' });
    expect(doc.syncCount).toBe(0);
  });
});

describe('Word 2019 (WordApi 1.3): Common API for the answers part', () => {
  it('writes the paragraph with two syncs and the part through the fallback', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc, { wordApi: '1.3' });
    const result = await insert(host);
    expect(result).toMatchObject({ status: 'written', tracked: false });
    expect(doc.syncCount).toBe(2);
    expect(doc.parts).toHaveLength(1);
    expect(storedHash(doc)).toBe(hashParagraphText(TEXT_V1));
    const state = await readDocumentState(host);
    expect(state.trackChanges).toBeNull();
    expect(state.stored?.answers.q2_onderwerp).toBe('het nieuwe speelruimtebeleid');
  });
});

describe('saving as you go and reopening', () => {
  it('restores an unfinished checklist and the document state', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    const draft = { q1_soortStuk: 'collegevoorstel', q2_onderwerp: 'Borging <strategische> visie & "meer"' } as const;
    doc.syncCount = 0;
    await saveAnswers(host, draft);
    expect(doc.syncCount).toBe(2);
    await saveAnswers(host, { ...draft, q3_beleidsfase: 'uitvoering' });
    expect(doc.parts).toHaveLength(1);

    const reopened = createFakeHost(doc);
    doc.syncCount = 0;
    const state = await readDocumentState(reopened);
    // The part's XML can only be asked for once the part is known to exist: two syncs the first
    // time this pane reads the document, one from then on.
    expect(doc.syncCount).toBe(2);
    doc.syncCount = 0;
    expect((await readDocumentState(reopened)).stored?.answers).toMatchObject(draft);
    expect(doc.syncCount).toBe(1);
    expect(state.stored?.answers).toMatchObject({ ...draft, q3_beleidsfase: 'uitvoering' });
    expect(state.controls).toEqual([]);
    expect(state.headings).toHaveLength(1);
    expect(state.trackChanges).toBe(false);
  });

  it('counts the first insert after saved drafts as an insert, not a re-insert', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await saveAnswers(host, { q1_soortStuk: 'raadsvoorstel' });
    expect(await insert(host)).toMatchObject({ status: 'written', mode: 'inserted' });
    expect(doc.parts).toHaveLength(1);
  });

  it('keeps the hash of the generated text when answers are saved afterwards', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await insert(host);
    await saveAnswers(host, { ...exampleAnswers, q12_aantal: 1 });
    expect(storedHash(doc)).toBe(hashParagraphText(TEXT_V1));
    const state = await readDocumentState(host);
    expect(state.controls).toMatchObject([{ handEdited: false }]);
  });

  it('reads a part an older version wrote with an XML declaration, and rewrites it without one', async () => {
    const doc = buildBwVoorstel('with-heading');
    const old = serializeAnswersXml({ answers: { ...exampleAnswers, q12_aantal: 7 }, generatedHash: 'abc', generatedAt: NOW });
    doc.addPart(`<?xml version="1.0" encoding="UTF-8"?>\n${old}`);
    const host = createFakeHost(doc);
    const state = await readDocumentState(host);
    expect(state.stored).toMatchObject({ answers: { q12_aantal: 7 }, generatedHash: 'abc' });
    await saveAnswers(host, { ...exampleAnswers, q12_aantal: 8 });
    expect(doc.parts).toHaveLength(1);
    expect(doc.parts[0]!.xml.startsWith('<participatie')).toBe(true);
    expect(storedHash(doc)).toBe('abc');
  });

  it('flags a damaged answers part instead of failing', async () => {
    const doc = buildBwVoorstel('with-heading');
    doc.addPart(`<participatie xmlns="${ANSWERS_NAMESPACE}"><antwoorden>{kapot</antwoorden></participatie>`);
    const state = await readDocumentState(createFakeHost(doc));
    expect(state).toMatchObject({ stored: null, storedUnreadable: true });
  });
});

const TEXT_V3 = `${TEXT_V2}\nDe wijkraad kreeg een verslag.`;
const answersV2 = { ...exampleAnswers, q12_aantal: 412 };
const answersV3 = { ...exampleAnswers, q12_aantal: 413 };

/** The control's text with every tracked change rejected, as Word's getReviewedText('Original'). */
function original(cc: FakeContentControl): string {
  return cc.paragraphs
    .filter((p) => p.revision !== 'inserted')
    .map((p) => p.text)
    .join('\n');
}

// Word keeps tracked deletions in ContentControl.text (office-js #1267; in desktop Word it depends
// on the markup view, #2314). The hash check must judge the text as the user sees it.
describe('track changes: updating after a tracked update', () => {
  async function afterTrackedUpdate(host: WordHost, doc: FakeWordDocument) {
    await insert(host);
    doc.changeTrackingMode = 'TrackAll';
    // V1 becomes a tracked deletion, V2 a tracked insertion; nobody has accepted them yet.
    // (WordApi 1.3 cannot read the tracking mode, so `tracked` is only reported from 1.4.)
    expect(await insert(host, TEXT_V2, { answers: answersV2 })).toMatchObject({ status: 'written', mode: 'updated' });
    expect(control(doc).paragraphs.some((p) => p.revision === 'deleted')).toBe(true);
  }

  describe.each(['inline', 'balloons'] as const)('WordApi 1.4, revisions shown %s', (markupView) => {
    it('updates again without a false conflict, in one read and one write sync', async () => {
      const doc = buildBwVoorstel('with-heading', { markupView });
      const host = createFakeHost(doc);
      await afterTrackedUpdate(host, doc);
      doc.syncCount = 0;

      const result = await insert(host, TEXT_V3, { answers: answersV3 });
      expect(result).toMatchObject({ status: 'written', mode: 'updated', tracked: true });
      expect(doc.syncCount).toBe(2);
      expect(visible(control(doc).paragraphs)).toBe(TEXT_V3);
      // Still one pending change against the text before tracking started.
      expect(original(control(doc))).toBe(TEXT_V1);
      expect(storedHash(doc)).toBe(hashParagraphText(TEXT_V3));
    });

    it('sees the paragraph as untouched when the document is opened again', async () => {
      const doc = buildBwVoorstel('with-heading', { markupView });
      await afterTrackedUpdate(createFakeHost(doc), doc);
      const state = await readDocumentState(createFakeHost(doc));
      expect(state.trackChanges).toBe(true);
      expect(state.features.reviewedText).toBe(true);
      expect(state.controls).toEqual([{ id: control(doc).id, text: TEXT_V2.replace(/\n/g, '\r'), handEdited: false }]);
    });

    it('still asks when the user edited the text under tracking, and writes nothing', async () => {
      const doc = buildBwVoorstel('with-heading', { markupView });
      const host = createFakeHost(doc);
      await afterTrackedUpdate(host, doc);
      doc.editControlText(PARAGRAPH_TAG, 'Mijn eigen tekst over participatie.');
      const before = JSON.stringify({ blocks: doc.blocks, parts: doc.parts });
      doc.syncCount = 0;

      const result = await insert(host, TEXT_V3, { answers: answersV3 });
      expect(result).toEqual({ status: 'conflict', current: 'Mijn eigen tekst over participatie.', proposed: TEXT_V3, revisionsChecked: true });
      expect(doc.syncCount).toBe(1);
      expect(JSON.stringify({ blocks: doc.blocks, parts: doc.parts })).toBe(before);
    });
  });

  describe('WordApi 1.3: Word cannot give the text without pending changes', () => {
    it('never overwrites: asks, and says the check is unsure while changes are pending', async () => {
      const doc = buildBwVoorstel('with-heading');
      const host = createFakeHost(doc, { wordApi: '1.3' });
      await afterTrackedUpdate(host, doc);
      const before = JSON.stringify({ blocks: doc.blocks, parts: doc.parts });

      const result = await insert(host, TEXT_V3, { answers: answersV3 });
      expect(result).toMatchObject({ status: 'conflict', proposed: TEXT_V3, revisionsChecked: false });
      expect(JSON.stringify({ blocks: doc.blocks, parts: doc.parts })).toBe(before);

      // Once the changes are accepted, the check is sure again and the update goes through.
      doc.acceptAllRevisions();
      expect(await insert(host, TEXT_V3, { answers: answersV3 })).toMatchObject({ status: 'written', mode: 'updated' });
    });

    it('a hand edit under tracking is still a conflict after the changes are accepted', async () => {
      const doc = buildBwVoorstel('with-heading');
      const host = createFakeHost(doc, { wordApi: '1.3' });
      await afterTrackedUpdate(host, doc);
      doc.editControlText(PARAGRAPH_TAG, 'Mijn eigen tekst over participatie.');
      doc.acceptAllRevisions();
      expect(await insert(host, TEXT_V3, { answers: answersV3 })).toMatchObject({
        status: 'conflict',
        current: 'Mijn eigen tekst over participatie.',
        revisionsChecked: false,
      });
    });
  });
});

// What a method does on a null object is not documented for Word, so the code must be right
// whether Word fails the batch or hands back null.
describe.each(['throw', 'null'] as const)('answers part when a method on a null object does "%s"', (nullObjectMethods) => {
  it('opens a document without saved answers in one sync', async () => {
    const doc = buildBwVoorstel('with-heading');
    const state = await readDocumentState(createFakeHost(doc, { nullObjectMethods }));
    expect(state).toMatchObject({ stored: null, storedUnreadable: false, controls: [] });
    expect(doc.syncCount).toBe(1);
  });

  it('saves, inserts and updates in one read and one write sync each', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc, { nullObjectMethods });
    await readDocumentState(host);
    const counts: number[] = [];
    const measure = async (action: () => Promise<unknown>) => {
      doc.syncCount = 0;
      await action();
      counts.push(doc.syncCount);
    };
    await measure(() => saveAnswers(host, { q1_soortStuk: 'raadsvoorstel' }));
    await measure(() => saveAnswers(host, { q1_soortStuk: 'collegevoorstel' }));
    await measure(() => insert(host));
    await measure(() => insert(host, TEXT_V2, { answers: answersV2 }));
    await measure(() => readDocumentState(host));
    expect(counts).toEqual([2, 2, 2, 2, 1]);
    expect(doc.parts).toHaveLength(1);
    expect(storedHash(doc)).toBe(hashParagraphText(TEXT_V2));
  });

  it('reads again when the part or the control it knew is gone', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc, { nullObjectMethods });
    await insert(host);
    doc.parts = [];
    expect(await readDocumentState(host)).toMatchObject({ stored: null, controls: [{ handEdited: true }] });
    await saveAnswers(host, { q1_soortStuk: 'raadsvoorstel' });
    doc.removeControl(PARAGRAPH_TAG, { keepText: false });
    expect(await insert(host, TEXT_V2)).toMatchObject({ status: 'written', mode: 'inserted' });
    expect(doc.parts).toHaveLength(1);
  });

  it('treats two answers parts (after a copy) as no saved answers, and the write leaves one', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc, { nullObjectMethods });
    await saveAnswers(host, { q1_soortStuk: 'raadsvoorstel' });
    doc.addPart(doc.parts[0]!.xml);
    expect((await readDocumentState(createFakeHost(doc, { nullObjectMethods }))).stored).toBeNull();
    await saveAnswers(host, { q1_soortStuk: 'collegevoorstel' });
    expect(doc.parts).toHaveLength(1);
  });
});
