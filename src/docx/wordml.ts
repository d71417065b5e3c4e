// A single-pass reader for WordprocessingML parts (document.xml, header*.xml).
// A full DOM is not needed to answer the scan's questions, and building one per document costs
// most of the scan time, so this walks the tags once and keeps only paragraph summaries plus the
// character offsets the writer needs to splice the participatieparagraaf in place.

/** One paragraph as a reader of the document would see it after accepting all tracked changes. */
export interface WordParagraph {
  /** Visible text: inserted text kept, deleted text dropped, tabs as '\t'. */
  text: string;
  /** Paragraph style id (w:pStyle), e.g. 'Kop1' or 'Heading1'. */
  style?: string;
  /** Outline level from w:outlineLvl, when the style is set on the paragraph itself. */
  outlineLevel?: number;
  /** Every run in the paragraph is bold (a common way Weert-style templates mark headings). */
  allBold: boolean;
  /** Tags of all content controls (w:sdt) around or inside this paragraph. */
  sdtTags: string[];
  /** Tracked insertions (w:ins / w:moveTo) in this paragraph. */
  hasInsertions: boolean;
  /** Tracked deletions (w:del / w:moveFrom) in this paragraph. */
  hasDeletions: boolean;
  /** Table position when the paragraph sits in a table cell (outermost table). */
  table?: { index: number; row: number; cell: number };
  /** Index into `blocks`: the top-level body element that holds this paragraph. */
  block: number;
}

/** A direct child of w:body, with its character range in the part's XML. */
export interface BodyBlock {
  name: string;
  start: number;
  end: number;
  /** Tag of the content control, when this block is a block-level w:sdt. */
  sdtTag?: string;
}

export interface WordPart {
  paragraphs: WordParagraph[];
  blocks: BodyBlock[];
  /** Offset of `</w:body>` (or of the final w:sectPr) so new blocks can be added at the end. */
  bodyInsertAt?: number;
  hasTrackedChanges: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return safeFromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return safeFromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? '';
  });
}

function safeFromCodePoint(cp: number): string {
  return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attr(attrs: string, name: string): string | undefined {
  if (attrs.indexOf(name) < 0) return undefined;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrs); m; m = ATTR.exec(attrs)) {
    if (m[1] === name) return decodeXmlText(m[2] ?? m[3] ?? '');
  }
  return undefined;
}

interface ParagraphBuilder {
  parts: string[];
  style?: string;
  outlineLevel?: number;
  runs: number;
  boldRuns: number;
  sdtTags: Set<string>;
  hasInsertions: boolean;
  hasDeletions: boolean;
  table?: { index: number; row: number; cell: number };
  block: number;
}

interface RunState {
  bold: boolean;
  hasText: boolean;
}

/** Thrown when the XML is not well-formed enough to walk; callers turn it into SCAN.CORRUPT. */
export class WordMlError extends Error {
  override readonly name = 'WordMlError';
}

/**
 * Walks a WordprocessingML part once.
 * @example parseWordPart('<w:document><w:body><w:p><w:r><w:t>Hoi</w:t></w:r></w:p></w:body></w:document>').paragraphs[0].text //=> 'Hoi'
 */
export function parseWordPart(xml: string): WordPart {
  const paragraphs: WordParagraph[] = [];
  const blocks: BodyBlock[] = [];
  const stack: string[] = [];
  const pStack: ParagraphBuilder[] = [];
  const sdtStack: { tag?: string; depth: number; blockIndex?: number }[] = [];
  let bodyDepth = -1;
  let bodyInsertAt: number | undefined;
  let delDepth = 0;
  let insDepth = 0;
  let fallbackDepth = 0;
  let inText = false;
  let run: RunState | undefined;
  let inRunProps = false;
  let tableDepth = 0;
  let tableCount = 0;
  let outerTable: { index: number; row: number; cell: number } | undefined;
  let hasTrackedChanges = false;
  let currentBlock = -1;

  const len = xml.length;
  let pos = 0;
  while (pos < len) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    if (lt > pos && inText && delDepth === 0 && fallbackDepth === 0) {
      const p = pStack[pStack.length - 1];
      if (p) {
        p.parts.push(decodeXmlText(xml.slice(pos, lt)));
        if (run) run.hasText = true;
      }
    }
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new WordMlError('unterminated processing instruction');
      pos = end + 2;
      continue;
    }
    if (c1 === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new WordMlError('unterminated comment');
        pos = end + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new WordMlError('unterminated CDATA');
        pos = end + 3;
        continue;
      }
      // DOCTYPE and entity declarations have no place in OOXML; refusing them avoids entity tricks.
      throw new WordMlError('unexpected declaration');
    }
    const gt = findTagEnd(xml, lt + 1);
    if (gt < 0) throw new WordMlError('unterminated tag');
    const closing = c1 === 47; /* / */
    const selfClosing = !closing && xml.charCodeAt(gt - 1) === 47;
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < gt) {
      const ch = xml.charCodeAt(nameEnd);
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62) break;
      nameEnd++;
    }
    const name = xml.slice(nameStart, nameEnd);
    if (name.length === 0) throw new WordMlError('empty tag name');
    pos = gt + 1;

    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new WordMlError(`mismatched </${name}>`);
      const depth = stack.length;
      onClose(name, depth, lt, pos);
      continue;
    }

    const attrs = xml.slice(nameEnd, selfClosing ? gt - 1 : gt);
    const depth = stack.length;
    onOpen(name, attrs, depth, lt, selfClosing);
    if (selfClosing) onClose(name, depth, lt, pos, true);
    else stack.push(name);
  }
  if (stack.length > 0) throw new WordMlError(`unclosed <${stack[stack.length - 1]}>`);
  return { paragraphs, blocks, bodyInsertAt, hasTrackedChanges };

  function onOpen(name: string, attrs: string, depth: number, start: number, selfClosing: boolean): void {
    if (bodyDepth >= 0 && depth === bodyDepth + 1) {
      if (name === 'w:sectPr') bodyInsertAt ??= start;
      else {
        blocks.push({ name, start, end: start });
        currentBlock = blocks.length - 1;
      }
    }
    if (fallbackDepth > 0) {
      if (name === 'mc:Fallback') fallbackDepth++;
      return;
    }
    switch (name) {
      case 'w:body':
        bodyDepth = depth;
        return;
      case 'mc:Fallback':
        // Text boxes repeat their text in the VML fallback; reading both would count it twice.
        fallbackDepth = 1;
        return;
      case 'w:p':
        pStack.push({
          parts: [],
          runs: 0,
          boldRuns: 0,
          sdtTags: new Set(sdtStack.flatMap((s) => (s.tag === undefined ? [] : [s.tag]))),
          hasInsertions: delDepth === 0 && insideInsertion(),
          hasDeletions: false,
          block: currentBlock,
          ...(outerTable ? { table: { ...outerTable } } : {}),
        });
        return;
      case 'w:pStyle': {
        const p = pStack[pStack.length - 1];
        if (p && stack[stack.length - 1] === 'w:pPr') p.style = attr(attrs, 'w:val');
        return;
      }
      case 'w:outlineLvl': {
        const p = pStack[pStack.length - 1];
        const v = Number(attr(attrs, 'w:val'));
        if (p && stack[stack.length - 1] === 'w:pPr' && Number.isInteger(v)) p.outlineLevel = v;
        return;
      }
      case 'w:r':
        run = { bold: false, hasText: false };
        return;
      case 'w:rPr':
        if (run) inRunProps = true;
        return;
      case 'w:b':
        if (run && inRunProps) {
          const v = attr(attrs, 'w:val');
          run.bold = v === undefined || v === '1' || v === 'true' || v === 'on';
        }
        return;
      case 'w:t':
        inText = true;
        return;
      case 'w:delText':
      case 'w:instrText':
        return;
      case 'w:tab':
        if (run && delDepth === 0) pushChar('\t');
        return;
      case 'w:br':
      case 'w:cr':
        if (run && delDepth === 0) pushChar(' ');
        return;
      case 'w:noBreakHyphen':
        if (run && delDepth === 0) pushChar('-');
        return;
      case 'w:ins':
      case 'w:moveTo':
        hasTrackedChanges = true;
        if (stack[stack.length - 1] === 'w:rPr' || selfClosing) return;
        insDepth++;
        markCurrent('ins');
        return;
      case 'w:del':
      case 'w:moveFrom':
        hasTrackedChanges = true;
        markCurrent('del');
        if (stack[stack.length - 1] === 'w:rPr' || selfClosing) return;
        delDepth++;
        return;
      case 'w:sdt':
        sdtStack.push({ depth, ...(bodyDepth >= 0 && depth === bodyDepth + 1 ? { blockIndex: currentBlock } : {}) });
        return;
      case 'w:tag': {
        const s = sdtStack[sdtStack.length - 1];
        if (s && stack[stack.length - 1] === 'w:sdtPr') {
          s.tag = attr(attrs, 'w:val') ?? '';
          if (s.blockIndex !== undefined) {
            const b = blocks[s.blockIndex];
            if (b) b.sdtTag = s.tag;
          }
          // A run-level control inside a paragraph still makes that paragraph part of the control.
          const p = pStack[pStack.length - 1];
          if (p) p.sdtTags.add(s.tag);
        }
        return;
      }
      case 'w:tbl':
        tableDepth++;
        if (tableDepth === 1) outerTable = { index: tableCount++, row: -1, cell: -1 };
        return;
      case 'w:tr':
        if (tableDepth === 1 && outerTable) {
          outerTable.row++;
          outerTable.cell = -1;
        }
        return;
      case 'w:tc':
        if (tableDepth === 1 && outerTable) outerTable.cell++;
        return;
      default:
        return;
    }
  }

  function onClose(name: string, depth: number, start: number, end: number, selfClosed = false): void {
    if (bodyDepth >= 0 && depth === bodyDepth + 1 && name !== 'w:sectPr') {
      const b = blocks[blocks.length - 1];
      if (b) b.end = end;
    }
    if (name === 'w:body' && !selfClosed) {
      bodyInsertAt ??= start;
      bodyDepth = -1;
      return;
    }
    if (fallbackDepth > 0) {
      if (name === 'mc:Fallback') fallbackDepth--;
      return;
    }
    switch (name) {
      case 'w:p': {
        const p = pStack.pop();
        if (!p) return;
        paragraphs.push({
          text: p.parts.join(''),
          ...(p.style !== undefined ? { style: p.style } : {}),
          ...(p.outlineLevel !== undefined ? { outlineLevel: p.outlineLevel } : {}),
          allBold: p.runs > 0 && p.boldRuns === p.runs,
          sdtTags: [...p.sdtTags],
          hasInsertions: p.hasInsertions,
          hasDeletions: p.hasDeletions,
          ...(p.table ? { table: p.table } : {}),
          block: p.block,
        });
        return;
      }
      case 'w:r': {
        if (run?.hasText) {
          const p = pStack[pStack.length - 1];
          if (p) {
            p.runs++;
            if (run.bold) p.boldRuns++;
          }
        }
        run = undefined;
        return;
      }
      case 'w:rPr':
        inRunProps = false;
        return;
      case 'w:t':
        inText = false;
        return;
      case 'w:ins':
      case 'w:moveTo':
        if (!selfClosed && stack[stack.length - 1] !== 'w:rPr') insDepth = Math.max(0, insDepth - 1);
        return;
      case 'w:del':
      case 'w:moveFrom':
        if (!selfClosed && stack[stack.length - 1] !== 'w:rPr') delDepth = Math.max(0, delDepth - 1);
        return;
      case 'w:sdt':
        if (!selfClosed) sdtStack.pop();
        return;
      case 'w:tbl':
        if (!selfClosed) {
          tableDepth--;
          if (tableDepth === 0) outerTable = undefined;
        }
        return;
      default:
        return;
    }
  }

  function pushChar(ch: string): void {
    const p = pStack[pStack.length - 1];
    if (p) p.parts.push(ch);
  }

  function markCurrent(kind: 'ins' | 'del'): void {
    const p = pStack[pStack.length - 1];
    if (!p) return;
    if (kind === 'ins') p.hasInsertions = true;
    else p.hasDeletions = true;
  }

  function insideInsertion(): boolean {
    return insDepth > 0;
  }
}

function findTagEnd(xml: string, from: number): number {
  // Attribute values may legally contain '>', so skip quoted stretches.
  let i = from;
  const len = xml.length;
  while (i < len) {
    const ch = xml.charCodeAt(i);
    if (ch === 62) return i;
    if (ch === 34 || ch === 39) {
      const close = xml.indexOf(ch === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
      continue;
    }
    if (ch === 60) return -1;
    i++;
  }
  return -1;
}
