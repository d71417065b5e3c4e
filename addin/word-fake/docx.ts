// Saves the fake document as a real .docx (OOXML): paragraphs with their built-in styles,
// content controls as block-level w:sdt with w:tag/w:alias, tracked changes as w:ins/w:del,
// and each custom XML part as customXml/itemN.xml with its itemProps and relationship.
import JSZip from 'jszip';
import { escapeXml } from '../../src/text/index.ts';
import type { FakeContentControl, FakeParagraph, FakeWordDocument } from './fake-word.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REVISION_AUTHOR = 'Participatie-invoegtoepassing';
const REVISION_DATE = '2025-01-01T00:00:00Z';

function styleId(styleBuiltIn: string): string {
  // Word's built-in style ids: Heading1..Heading9, Title, Normal.
  return styleBuiltIn === 'Normal' ? '' : styleBuiltIn;
}

function paragraphXml(p: FakeParagraph, revisionId: { next: number }): string {
  const id = styleId(p.styleBuiltIn);
  const style = id ? `<w:pStyle w:val="${escapeXml(id)}"/>` : '';
  const text = escapeXml(p.text);
  const mark = (tag: 'w:ins' | 'w:del') => `<${tag} w:id="${revisionId.next++}" w:author="${REVISION_AUTHOR}" w:date="${REVISION_DATE}"`;
  // A whole paragraph inserted or deleted: its runs and its paragraph mark carry the revision
  // (ECMA-376 Part 1, 17.13.5, revisions: w:ins / w:del in the paragraph mark's w:rPr).
  if (p.revision === 'deleted') {
    const pPr = `<w:pPr>${style}<w:rPr>${mark('w:del')}/></w:rPr></w:pPr>`;
    return `<w:p>${pPr}${mark('w:del')}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del></w:p>`;
  }
  const run = `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  if (p.revision === 'inserted') {
    const pPr = `<w:pPr>${style}<w:rPr>${mark('w:ins')}/></w:rPr></w:pPr>`;
    return `<w:p>${pPr}${mark('w:ins')}>${run}</w:ins></w:p>`;
  }
  return `<w:p>${style ? `<w:pPr>${style}</w:pPr>` : ''}${run}</w:p>`;
}

function controlXml(cc: FakeContentControl, revisionId: { next: number }): string {
  const lock = cc.cannotDelete && cc.cannotEdit ? 'sdtContentLocked' : cc.cannotDelete ? 'sdtLocked' : cc.cannotEdit ? 'contentLocked' : '';
  const props = [
    cc.title ? `<w:alias w:val="${escapeXml(cc.title)}"/>` : '',
    `<w:tag w:val="${escapeXml(cc.tag)}"/>`,
    `<w:id w:val="${cc.id}"/>`,
    lock ? `<w:lock w:val="${lock}"/>` : '',
  ].join('');
  const body = cc.paragraphs.map((p) => paragraphXml(p, revisionId)).join('');
  return `<w:sdt><w:sdtPr>${props}</w:sdtPr><w:sdtContent>${body}</w:sdtContent></w:sdt>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
${[1, 2, 3, 4, 5, 6, 7, 8, 9]
  .map(
    (n) =>
      `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`,
  )
  .join('\n')}
</w:styles>`;

/** Writes the document as .docx bytes. */
export async function toDocx(doc: FakeWordDocument): Promise<Uint8Array> {
  const revisionId = { next: 1 };
  const body = doc.blocks.map((b) => (b.kind === 'p' ? paragraphXml(b, revisionId) : controlXml(b, revisionId))).join('');
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr/></w:body></w:document>`;

  const zip = new JSZip();
  const overrides: string[] = [
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`,
  ];
  const docRels: string[] = [
    `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>`,
  ];

  doc.parts.forEach((part, i) => {
    const n = i + 1;
    const guid = `{00000000-0000-4000-8000-${String(n).padStart(12, '0')}}`;
    zip.file(`customXml/item${n}.xml`, part.xml);
    zip.file(
      `customXml/itemProps${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeXml(part.namespaceUri)}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    zip.file(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
    );
    overrides.push(
      `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`,
    );
    docRels.push(`<Relationship Id="rIdCustomXml${n}" Type="${R}/customXml" Target="../customXml/item${n}.xml"/>`);
  });

  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file('word/document.xml', documentXml);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${REL}">${docRels.join('')}</Relationships>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
