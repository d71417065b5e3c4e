// Writes the participatieparagraaf into a .docx file the way the Word add-in does: a block content
// control tagged `participatieparagraaf` under the Participatie heading, and the answers in a custom
// XML part in ANSWERS_NAMESPACE with the hash of the generated text. A paragraph that was edited by
// hand is only replaced with `force`. Only document.xml and the custom XML part change; all other
// parts of the package are copied as they are.
import { randomBytes, randomInt } from 'node:crypto';
import { basename, dirname } from 'node:path';
import {
  ANSWERS_NAMESPACE,
  BW_SECTION_ORDER,
  PARAGRAPH_TAG,
  PARAGRAPH_TITLE,
  generateParagraph,
  hashParagraphText,
  isHandEdited,
  parseAnswersXml,
  renderParagraphText,
  serializeAnswersXml,
} from '../participation/index.ts';
import type { Answers, Profile } from '../participation/index.ts';
import { AppError, escapeXml } from '../text/index.ts';
import { findAnswersXml } from './analyse.ts';
import { readSectionText } from './classify.ts';
import { openDocx } from './container.ts';
import type { DocxParts } from './container.ts';
import { findSections, isKnownSectionHeading, isParticipatieParagraph, sectionParagraphs } from './structure.ts';
import { parseWordPart } from './wordml.ts';
import type { WordPart } from './wordml.ts';

export interface InsertOptions {
  /** Replace a paragraph or section text that was written or changed by hand. */
  force?: boolean;
  /** ISO instant stored as gegenereerdOp. */
  now: string;
  /** YYYY-MM-DD in Europe/Amsterdam; a feedback date after it is written in the future tense. */
  today?: string;
  profile?: Profile;
}

export interface InsertResult {
  buffer: Buffer;
  /** 'inserted': new control; 'replaced': an existing control or section text was overwritten. */
  action: 'inserted' | 'replaced';
  text: string;
}

function runXml(text: string, rPr = ''): string {
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** The content control as Word writes a rich-text block control (can't be deleted, can be edited). */
export function controlXml(lines: readonly string[], id: number): string {
  const paragraphs = (lines.length > 0 ? lines : ['']).map((l) => `<w:p>${l ? runXml(l) : ''}</w:p>`).join('');
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(PARAGRAPH_TITLE)}"/><w:tag w:val="${escapeXml(PARAGRAPH_TAG)}"/>` +
    `<w:id w:val="${id}"/><w:lock w:val="sdtLocked"/></w:sdtPr><w:sdtContent>${paragraphs}</w:sdtContent></w:sdt>`
  );
}

/** A new "Participatie" heading that looks like the document's other section headings. */
function headingXml(body: WordPart, xml: string): string {
  const ps = body.paragraphs;
  const model = findSections(ps)
    .map((s) => ps[s.paragraphIndex]!)
    .find((p) => !p.table && body.blocks[p.block]?.name === 'w:p');
  let pPr = '';
  let rPr = '<w:rPr><w:b/></w:rPr>';
  if (model) {
    const b = body.blocks[model.block]!;
    const src = xml.slice(b.start, b.end);
    pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(src)?.[0] ?? '';
    rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(src.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, ''))?.[0] ?? '';
  }
  // A tracked-change mark copied along would make the new heading look like a pending edit.
  pPr = pPr.replace(/<w:(ins|del)\b[^>]*\/>/g, '');
  return `<w:p>${pPr}${runXml('Participatie', rPr)}</w:p>`;
}

function splice(xml: string, start: number, end: number, insert: string): string {
  return xml.slice(0, start) + insert + xml.slice(end);
}

function storedHash(parts: DocxParts): string | undefined {
  for (const xml of findAnswersXml(parts.customXml)) {
    try {
      return parseAnswersXml(xml).generatedHash;
    } catch {
      /* a broken part means we cannot prove the text is ours */
    }
  }
  return undefined;
}

/** Where the new heading goes when there is none: before the first section that follows it. */
function insertPointForNewSection(body: WordPart): number {
  const after = BW_SECTION_ORDER.slice(BW_SECTION_ORDER.indexOf('Participatie') + 1);
  const ps = body.paragraphs;
  for (const s of findSections(ps)) {
    const p = ps[s.paragraphIndex]!;
    if (after.some((h) => isKnownSectionHeading(p.text, h))) return body.blocks[p.block]!.start;
  }
  return body.bodyInsertAt ?? 0;
}

function placeControl(parts: DocxParts, body: WordPart, control: string, force: boolean): { xml: string; action: InsertResult['action'] } {
  const xml = parts.documentXml;
  const ps = body.paragraphs;
  const controlBlocks = body.blocks.filter((b) => b.sdtTag === PARAGRAPH_TAG);
  if (controlBlocks.length > 1) throw new AppError('SCAN.INSERT_DUPLICATE_CONTROL', { details: { count: controlBlocks.length } });

  const tagged = ps.filter((p) => p.sdtTags.includes(PARAGRAPH_TAG));
  if (controlBlocks.length === 1 || tagged.length > 0) {
    const block = controlBlocks[0] ?? body.blocks[tagged[0]!.block]!;
    const current = ps
      .filter((p) => p.sdtTags.includes(PARAGRAPH_TAG) && body.blocks[p.block] === block)
      .map((p) => p.text)
      .join('\n');
    const hash = storedHash(parts);
    const edited = current.trim().length > 0 && (hash === undefined || isHandEdited(current, hash));
    if (edited && !force) throw new AppError('SCAN.INSERT_HAND_EDITED');
    return { xml: splice(xml, block.start, block.end, control), action: 'replaced' };
  }

  const sections = findSections(ps);
  const headings = sections.filter((s) => isParticipatieParagraph(ps[s.paragraphIndex]!) && !ps[s.paragraphIndex]!.table);
  if (headings.length > 1) throw new AppError('SCAN.INSERT_SEVERAL_HEADINGS', { details: { count: headings.length } });
  if (headings.length === 0) {
    const at = insertPointForNewSection(body);
    return { xml: splice(xml, at, at, headingXml(body, xml) + control), action: 'inserted' };
  }

  const headingPara = ps[headings[0]!.paragraphIndex]!;
  const headingBlock = body.blocks[headingPara.block]!;
  const under = sectionParagraphs(ps, sections, headings[0]!.paragraphIndex);
  const text = under.map((p) => p.text).join('\n');
  const reading = readSectionText(text);
  if (reading.kind !== 'leeg' && !force) throw new AppError('SCAN.INSERT_SECTION_HAS_TEXT');
  const lastBlock = under.length > 0 ? body.blocks[under[under.length - 1]!.block] : undefined;
  const end = lastBlock && lastBlock !== headingBlock ? lastBlock.end : headingBlock.end;
  return { xml: splice(xml, headingBlock.end, end, control), action: reading.kind === 'leeg' && text.trim() === '' ? 'inserted' : 'replaced' };
}

const CUSTOM_XML_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const CUSTOM_XML_PROPS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CUSTOM_XML_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

function guid(): string {
  const h = randomBytes(16).toString('hex').toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}}`;
}

/** Writes the answers part: the existing one in place, or a new item like Word's customXmlParts.add. */
async function writeAnswersPart(parts: DocxParts, xml: string): Promise<void> {
  const { zip } = parts;
  const existing = parts.customXml.find((p) => findAnswersXml([p]).length > 0);
  if (existing) {
    zip.file(existing.path, xml);
    return;
  }
  const used = new Set(Object.keys(zip.files).map((p) => /^customXml\/item(\d+)\.xml$/.exec(p)?.[1]).filter((n) => n !== undefined));
  let n = 1;
  while (used.has(String(n))) n++;
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guid()}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeXml(ANSWERS_NAMESPACE)}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
  );

  const relsPath = `${dirname(parts.documentPath)}/_rels/${basename(parts.documentPath)}.rels`;
  const relsFile = zip.file(relsPath);
  let rels = relsFile
    ? await relsFile.async('string')
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ids = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let rid = 1;
  while (ids.has(`rId${rid}`)) rid++;
  const depth = parts.documentPath.split('/').length - 1;
  const target = `${'../'.repeat(depth)}customXml/item${n}.xml`;
  rels = rels.replace('</Relationships>', `<Relationship Id="rId${rid}" Type="${CUSTOM_XML_REL}" Target="${target}"/></Relationships>`);
  zip.file(relsPath, rels);

  const ctFile = zip.file('[Content_Types].xml');
  if (!ctFile) throw new AppError('SCAN.CORRUPT');
  let ct = await ctFile.async('string');
  if (!/<Default\b[^>]*Extension="xml"/i.test(ct)) {
    ct = ct.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  }
  ct = ct.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CUSTOM_XML_PROPS_TYPE}"/></Types>`);
  zip.file('[Content_Types].xml', ct);
}

/**
 * Writes or updates the participatieparagraaf and its answers in a .docx held in memory.
 * @throws AppError SCAN.INSERT_HAND_EDITED / SCAN.INSERT_SECTION_HAS_TEXT without force,
 *   SCAN.INSERT_SEVERAL_HEADINGS, SCAN.INSERT_DUPLICATE_CONTROL, SCAN.CORRUPT/ENCRYPTED/OLD_FORMAT.
 */
export async function insertParagraphIntoDocx(buf: Buffer, answers: Answers, options: InsertOptions): Promise<InsertResult> {
  const parts = await openDocx(buf);
  let body: WordPart;
  try {
    body = parseWordPart(parts.documentXml);
  } catch (cause) {
    throw new AppError('SCAN.CORRUPT', { cause });
  }
  const text = renderParagraphText(generateParagraph(answers, options.profile, options.today === undefined ? {} : { today: options.today }));
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  const placed = placeControl(parts, body, controlXml(lines, randomInt(1, 2_000_000_000)), options.force ?? false);
  parts.zip.file(parts.documentPath, placed.xml);
  await writeAnswersPart(
    parts,
    serializeAnswersXml({ answers, generatedHash: hashParagraphText(lines.join('\n')), generatedAt: options.now }),
  );
  const out = await parts.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { buffer: out, action: placed.action, text: lines.join('\n') };
}
