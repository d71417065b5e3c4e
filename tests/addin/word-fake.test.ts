// The fake must fail the way Word does, or the scenario tests prove nothing.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { WordHost } from '../../addin/word/index.ts';
import { buildBwVoorstel, createFakeHost, toDocx, type FakeParagraph } from '../../addin/word-fake/index.ts';
import { readDocx } from './support.ts';

describe('Word fake', () => {
  it('throws PropertyNotLoaded when a property is read before load + sync', async () => {
    const doc = buildBwVoorstel('with-heading');
    await createFakeHost(doc).run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      paragraphs.load('items/text');
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(paragraphs.items.length).toBeGreaterThan(10);
      expect(() => paragraphs.items[0]!.styleBuiltIn).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('returns null objects for a missing part, and counts syncs', async () => {
    const doc = buildBwVoorstel('with-heading');
    await createFakeHost(doc).run(async (context) => {
      const part = context.document.customXmlParts.getByNamespace('urn:x').getOnlyItemOrNullObject();
      expect(() => part.isNullObject).toThrow();
      await context.sync();
      expect(part.isNullObject).toBe(true);
    });
    expect(doc.syncCount).toBe(1);
  });

  // Word does not document what a method does on a null object, so the fake can do either.
  it('fails the batch with ItemNotFound when a method is called on a null object (the default)', async () => {
    const doc = buildBwVoorstel('with-heading');
    await createFakeHost(doc).run(async (context) => {
      context.document.customXmlParts.getByNamespace('urn:x').getOnlyItemOrNullObject().getXml();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('or yields null for it, when set to', async () => {
    const doc = buildBwVoorstel('with-heading');
    await createFakeHost(doc, { nullObjectMethods: 'null' }).run(async (context) => {
      const xml = context.document.customXmlParts.getByNamespace('urn:x').getOnlyItemOrNullObject().getXml();
      await context.sync();
      expect(xml.value).toBeNull();
    });
  });

  it('throws ItemNotFound for getItem and getById when the part or control is gone', async () => {
    const doc = buildBwVoorstel('with-heading');
    const host = createFakeHost(doc);
    await host.run(async (context) => {
      context.document.customXmlParts.getItem('{NOT-THERE}').getXml();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    await host.run(async (context) => {
      context.document.contentControls.getById(999).getReviewedText('Current');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('gives a new paragraph the style of the heading it follows, like Word', async () => {
    const doc = buildBwVoorstel('with-heading');
    await createFakeHost(doc).run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text,items/styleBuiltIn');
      await context.sync();
      const heading = paragraphs.items.find((p) => p.text === 'Participatie')!;
      heading.insertParagraph('nieuw', 'After');
      await context.sync();
    });
    const added = doc.blocks.find((b) => b.kind === 'p' && b.text === 'nieuw');
    expect(added).toMatchObject({ styleBuiltIn: 'Heading2' });
  });

  it('hides WordApi 1.4 members from an older Word', async () => {
    const doc = buildBwVoorstel('with-heading');
    doc.addControl(doc.blocks[1] as FakeParagraph).tag = 'x';
    await createFakeHost(doc, { wordApi: '1.3' }).run(async (context) => {
      expect(() => context.document.customXmlParts).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => context.document.load('changeTrackingMode')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      const controls = context.document.contentControls.getByTag('x').load('items/id');
      await context.sync();
      expect(() => controls.items[0]!.getReviewedText('Current')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });
});

describe('Word fake: tracked changes as Word reports them', () => {
  /** A control whose text V1 was replaced by V2 with tracking on. */
  async function trackedReplace(options: { markupView?: 'inline' | 'balloons' } = {}) {
    const doc = buildBwVoorstel('with-heading', options);
    const cc = doc.addControl(doc.blocks[1] as FakeParagraph);
    cc.tag = 'x';
    cc.paragraphs = [{ kind: 'p', text: 'oud een', styleBuiltIn: 'Normal' }, { kind: 'p', text: 'oud twee', styleBuiltIn: 'Normal' }];
    doc.changeTrackingMode = 'TrackAll';
    const host = createFakeHost(doc);
    await host.run(async (context) => {
      const controls = context.document.contentControls.getByTag('x').load('items/id');
      await context.sync();
      controls.items[0]!.insertText('nieuw een\nnieuw twee', 'Replace');
      await context.sync();
    });
    return { doc, host, cc };
  }

  async function readControl(host: WordHost) {
    return host.run(async (context) => {
      const controls = context.document.contentControls.getByTag('x').load('items/text');
      await context.sync();
      const control = controls.items[0]!;
      const current = control.getReviewedText('Current');
      const original = control.getReviewedText('Original');
      await context.sync();
      return { text: control.text, current: current.value, original: original.value };
    });
  }

  it('keeps the deletion: text holds deleted and inserted text, getReviewedText gives each view (office-js #1267)', async () => {
    const { host, cc } = await trackedReplace();
    expect(cc.paragraphs.map((p) => p.revision)).toEqual(['deleted', 'deleted', 'inserted', 'inserted']);
    expect(await readControl(host)).toEqual({
      text: 'oud een\roud twee\rnieuw een\rnieuw twee',
      current: 'nieuw een\rnieuw twee',
      original: 'oud een\roud twee',
    });
  });

  it('leaves deletions out of text when revisions show in balloons (office-js #2314)', async () => {
    const { host } = await trackedReplace({ markupView: 'balloons' });
    expect((await readControl(host)).text).toBe('nieuw een\rnieuw twee');
  });

  it('shows deleted paragraphs in body.paragraphs too', async () => {
    const { doc, host } = await trackedReplace();
    const texts = await host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text');
      await context.sync();
      return paragraphs.items.map((p) => p.text);
    });
    expect(texts).toContain('oud een');
    doc.acceptAllRevisions();
    expect((await readControl(host)).text).toBe('nieuw een\rnieuw twee');
  });

  it('tracks a hand edit when tracking is on', async () => {
    const { doc, host } = await trackedReplace();
    doc.editControlText('x', 'mijn tekst');
    expect(await readControl(host)).toEqual({
      text: 'oud een\roud twee\rmijn tekst',
      current: 'mijn tekst',
      original: 'oud een\roud twee',
    });
  });

  it('saves w:del and w:ins runs and paragraph marks in the .docx', async () => {
    const { doc } = await trackedReplace();
    const zip = await JSZip.loadAsync(await toDocx(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:p><w:pPr><w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr><w:del [^>]*><w:r><w:delText xml:space="preserve">oud een<\/w:delText>/);
    expect(xml).toMatch(/<w:p><w:pPr><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r><w:t xml:space="preserve">nieuw een<\/w:t>/);
    // An independent reader sees the document as if the changes were accepted.
    const back = await readDocx(await toDocx(doc));
    expect(back.text).toContain('nieuw een');
    expect(back.text).not.toContain('oud een');
  });
});
