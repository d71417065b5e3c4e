// The fake must fail the way Word does, or the scenario tests prove nothing.
import { describe, expect, it } from 'vitest';
import { buildBwVoorstel, createFakeHost } from '../../addin/word-fake/index.ts';

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

  it('returns null objects and null XML for a missing part, and counts syncs', async () => {
    const doc = buildBwVoorstel('with-heading');
    await createFakeHost(doc).run(async (context) => {
      const part = context.document.customXmlParts.getByNamespace('urn:x').getOnlyItemOrNullObject();
      const xml = part.getXml();
      expect(() => part.isNullObject).toThrow();
      await context.sync();
      expect(part.isNullObject).toBe(true);
      expect(xml.value).toBeNull();
    });
    expect(doc.syncCount).toBe(1);
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
    await createFakeHost(doc, { wordApi: '1.3' }).run(async (context) => {
      expect(() => context.document.customXmlParts).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => context.document.load('changeTrackingMode')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });
});
