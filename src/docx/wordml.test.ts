import { describe, expect, it } from 'vitest';
import { parseWordPart, WordMlError } from './wordml.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string): string => `<?xml version="1.0"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;

describe('parseWordPart', () => {
  it('reads text with tabs, breaks and entities', () => {
    const part = parseWordPart(
      doc('<w:p><w:r><w:t>Afdeling</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">: Zorg &amp; Participatie</w:t><w:br/><w:t>&#233;&#x20AC;</w:t></w:r></w:p>'),
    );
    expect(part.paragraphs.map((p) => p.text)).toEqual(['Afdeling\t: Zorg & Participatie é€']);
  });

  it('shows the text as if all tracked changes were accepted', () => {
    const part = parseWordPart(
      doc(
        '<w:p><w:r><w:t>Zij konden </w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>advies geven</w:t></w:r></w:ins>' +
          '<w:del w:id="2" w:author="a"><w:r><w:delText>hun mening geven</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p>',
      ),
    );
    expect(part.paragraphs[0]).toMatchObject({ text: 'Zij konden advies geven.', hasInsertions: true, hasDeletions: true });
    expect(part.hasTrackedChanges).toBe(true);
  });

  it('drops moved-away text and keeps moved-to text', () => {
    const part = parseWordPart(
      doc('<w:p><w:moveFrom w:id="1"><w:r><w:t>oud</w:t></w:r></w:moveFrom><w:moveTo w:id="2"><w:r><w:t>nieuw</w:t></w:r></w:moveTo></w:p>'),
    );
    expect(part.paragraphs[0]!.text).toBe('nieuw');
  });

  it('does not treat tab stops in paragraph properties as tabs', () => {
    const part = parseWordPart(doc('<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t></w:r></w:p>'));
    expect(part.paragraphs[0]!.text).toBe('a');
  });

  it('reads text boxes once, skipping the VML fallback copy', () => {
    const part = parseWordPart(
      doc(
        '<w:p><w:r><mc:AlternateContent xmlns:mc="x"><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>kader</w:t></w:r></w:p></w:txbxContent></mc:Choice>' +
          '<mc:Fallback><w:txbxContent><w:p><w:r><w:t>kader</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>',
      ),
    );
    expect(part.paragraphs.map((p) => p.text).filter((t) => t === 'kader')).toHaveLength(1);
  });

  it('records content control tags, styles, bold and table positions', () => {
    const part = parseWordPart(
      doc(
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Afdeling</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>: Ruimte</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
          '<w:p><w:pPr><w:pStyle w:val="Kop2"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Participatie</w:t></w:r></w:p>' +
          '<w:sdt><w:sdtPr><w:tag w:val="participatieparagraaf"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Tekst</w:t></w:r></w:p></w:sdtContent></w:sdt>',
      ),
    );
    const [a, b, h, s] = part.paragraphs;
    expect(a!.table).toEqual({ index: 0, row: 0, cell: 0 });
    expect(b!.table).toEqual({ index: 0, row: 0, cell: 1 });
    expect(h).toMatchObject({ style: 'Kop2', allBold: true });
    expect(s!.sdtTags).toEqual(['participatieparagraaf']);
    expect(part.blocks.map((x) => x.name)).toEqual(['w:tbl', 'w:p', 'w:sdt']);
    expect(part.blocks[2]!.sdtTag).toBe('participatieparagraaf');
  });

  it('gives block offsets that cut the XML exactly', () => {
    const xml = doc('<w:p><w:r><w:t>een</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>twee</w:t></w:r></w:p>');
    const part = parseWordPart(xml);
    expect(part.blocks.map((b) => xml.slice(b.start, b.end))).toEqual([
      '<w:p><w:r><w:t>een</w:t></w:r></w:p>',
      '<w:p/>',
      '<w:p><w:r><w:t>twee</w:t></w:r></w:p>',
    ]);
    expect(xml.slice(part.bodyInsertAt!)).toMatch(/^<w:sectPr\/>/);
  });

  it.each([
    ['unclosed element', '<w:document><w:body><w:p>'],
    ['mismatched element', '<w:document><w:body></w:p></w:body></w:document>'],
    ['entity declaration', '<!DOCTYPE x [<!ENTITY a "b">]><w:document/>'],
    ['cut-off tag', '<w:document><w:body><w:p w:x="'],
  ])('refuses a %s', (_name, xml) => {
    expect(() => parseWordPart(xml)).toThrow(WordMlError);
  });
});
