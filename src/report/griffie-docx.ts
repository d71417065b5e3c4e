// The house layout of the reports that leave the organisation (the raad report, the participatiescan):
// a title page, page numbers in the footer, real Word headings and tables whose columns fit their words.
// Browser-safe (no node: imports), so the Teams tab can load it lazily and the CLI can use it too.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FileChild } from 'docx';
import { reportLayoutText } from '../text/ui-report.ts';

/** A4 with 2.5 cm margins: 11906 - 2 × 1418 twips of text width. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const FONT = 'Arial';
/** Half-points: 11 pt body, 10 pt in tables (as griffie documents set their tables). */
const BODY_SIZE = 22;
const TABLE_SIZE = 20;
/** Word's default left + right cell margin (108 twips each). */
const CELL_PADDING = 216;
/**
 * Width of one character of Arial 10 pt in twips, on the safe side: Arial's widest lower-case
 * letters (m, w) are about 0.83 em, Dutch words average under 0.5 em; 10 pt = 200 twips. Bold is
 * wider, and header words are often capitalised. Measuring per letter would need the font; this
 * estimate keeps every word whole in practice.
 */
const CHAR_TWIPS = 110;
const BOLD_CHAR_TWIPS = 128;
/** A long path or URL is no word: past this it may wrap, so one file name cannot squeeze the rest. */
const MAX_UNBREAKABLE_SHARE = 0.35;
/** Past this many characters a cell wraps anyway; wider columns would only waste room. */
const MAX_NATURAL_CHARS = 48;

export type CellValue = string | number;

export interface FittedTableOptions {
  /** Columns with numbers are right-aligned; by default every column whose cells are all numbers. */
  numeric?: readonly boolean[];
}

function longestWord(text: string): number {
  return text.split(/\s+/).reduce((max, w) => Math.max(max, [...w].length), 0);
}

function longestLine(text: string): number {
  return text.split('\n').reduce((max, l) => Math.max(max, [...l].length), 0);
}

export interface ColumnFit {
  /** Twips per column, summing to the total width. */
  widths: number[];
  /** The font size for the table, in half-points: smaller when the columns do not fit at 10 pt. */
  size: number;
}

/** Table font sizes to try, in half-points: 10 pt, then 9 pt, then 8 pt. */
const TABLE_SIZES = [TABLE_SIZE, 18, 16] as const;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Column widths from the words in the header and the cells. Every header word stays whole: when the
 * columns do not fit at 10 pt the table goes to 9 or 8 pt first; only then may a long cell word (a
 * file path) wrap. What is left goes to the columns with the most text.
 */
export function fitColumns(headers: readonly string[], rows: readonly (readonly CellValue[])[], total: number = TEXT_WIDTH): ColumnFit {
  const cap = Math.round(total * MAX_UNBREAKABLE_SHARE);
  const measure = (size: number) => {
    const scale = size / TABLE_SIZE;
    const char = CHAR_TWIPS * scale;
    const bold = BOLD_CHAR_TWIPS * scale;
    const head = headers.map((h) => Math.ceil(longestWord(h) * bold + CELL_PADDING));
    const min = headers.map((_, c) =>
      Math.max(head[c]!, Math.min(cap, Math.ceil(rows.reduce((max, r) => Math.max(max, longestWord(String(r[c] ?? ''))), 0) * char + CELL_PADDING))),
    );
    const natural = headers.map((h, c) => {
      const chars = Math.min(MAX_NATURAL_CHARS, Math.max(longestLine(h) * (bold / char), ...rows.map((r) => longestLine(String(r[c] ?? '')))));
      return Math.max(min[c]!, Math.ceil(chars * char + CELL_PADDING));
    });
    return { size, head, min, natural };
  };
  const sizes = TABLE_SIZES.map(measure);
  const whole = sizes.find((m) => sum(m.min) <= total);
  let widths: number[];
  let size: number;
  if (whole) {
    size = whole.size;
    const { min, natural } = whole;
    if (sum(natural) <= total) {
      // Everything fits on one line: spread the spare room over the columns by their length.
      const spare = total - sum(natural);
      widths = natural.map((n) => n + (spare * n) / sum(natural));
    } else {
      // Each column gets its minimum, the rest goes to the columns that want more, in proportion.
      const spare = total - sum(min);
      const want = natural.map((n, c) => n - min[c]!);
      widths = min.map((m, c) => m + (spare * want[c]!) / sum(want));
    }
  } else {
    // The smallest size leaves the most room for the long cell words that will now wrap.
    const headersFit = [...sizes].reverse().find((m) => sum(m.head) <= total);
    if (headersFit) {
      // Headers whole; the long cell words share what is left.
      size = headersFit.size;
      const { head, min } = headersFit;
      const extra = min.map((m, c) => m - head[c]!);
      // Cut the widest overshoot first (a file path), so the ordinary long words elsewhere stay whole:
      // every column gets its header width plus its cell words' overshoot up to one common level.
      const spare = total - sum(head);
      let lo = 0;
      let hi = Math.max(...extra);
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (sum(extra.map((e) => Math.min(e, mid))) <= spare) lo = mid;
        else hi = mid;
      }
      widths = head.map((h, c) => h + Math.min(extra[c]!, lo));
      widths[widths.length - 1]! += total - sum(widths);
    } else {
      // More columns than a page holds even at 8 pt: shrink all alike.
      const last = sizes[sizes.length - 1]!;
      size = last.size;
      widths = last.head.map((h) => (h * total) / sum(last.head));
    }
  }
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += total - sum(rounded);
  return { widths: rounded, size };
}

function tableCell(value: CellValue, width: number, size: number, opts: { bold?: boolean; right?: boolean; header?: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
    children: String(value)
      .split('\n')
      .map(
        (line) =>
          // Spacing and size come from a table style: a report of a thousand documents has tens of thousands
          // of cells, and the docx library keeps every property of every run in memory until it packs.
          new Paragraph({
            style: tableStyleId(size),
            ...(opts.right ? { alignment: AlignmentType.RIGHT } : {}),
            children: [opts.header || opts.bold ? new TextRun({ text: line, bold: opts.bold ?? false, size }) : new TextRun(line)],
          }),
      ),
  });
}

const tableStyleId = (size: number): string => `Tabeltekst${size}`;

/** One paragraph style per table font size: the cell spacing and the size, set once instead of per cell. */
const tableStyles = TABLE_SIZES.map((size) => ({
  id: tableStyleId(size),
  name: `${reportLayoutText.tableStyle} ${size / 2} pt`,
  basedOn: 'Normal',
  quickFormat: false,
  run: { font: FONT, size },
  paragraph: { spacing: { before: 40, after: 40 } },
}));

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

/** A table with fixed column widths fitted to its words; the header row repeats on every page. */
export function fittedTable(headers: readonly string[], rows: readonly (readonly CellValue[])[], options: FittedTableOptions = {}): Table {
  const { widths, size } = fitColumns(headers, rows);
  const numeric = options.numeric ?? headers.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number'));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, c) => tableCell(h, widths[c]!, size, { bold: true, header: true, right: numeric[c] ?? false })),
      }),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: headers.map((_, c) => tableCell(r[c] ?? '', widths[c]!, size, { right: numeric[c] ?? false })) }),
      ),
    ],
  });
}

export const heading1 = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_1, keepNext: true });
export const heading2 = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_2, keepNext: true });

export function paragraph(text: string, opts: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, bold: opts.bold ?? false, italics: opts.italics ?? false })] });
}

export interface TitlePage {
  title: string;
  subtitle?: string;
  /** Lines under the title: for whom, from whom, the date. */
  lines: readonly string[];
}

function titlePage(page: TitlePage): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 3600 }, children: [] }),
    new Paragraph({ text: page.title, heading: HeadingLevel.TITLE }),
    ...(page.subtitle ? [new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: page.subtitle, size: 32 })] })] : []),
    ...page.lines.map((l) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: l, size: 24 })] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            size: 18,
            children: [`${reportLayoutText.page} `, PageNumber.CURRENT, ` ${reportLayoutText.of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/**
 * The whole document: the title page without a page number, then the body with "Pagina x van y" in the
 * footer. Headings use Word's own Heading styles, so the navigation pane and a table of contents work.
 */
export function griffieDocument(meta: { creator: string; title: string; description?: string }, page: TitlePage, body: readonly FileChild[]): Document {
  return new Document({
    creator: meta.creator,
    title: meta.title,
    ...(meta.description ? { description: meta.description } : {}),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE } },
        title: { run: { font: FONT, size: 48, bold: true } },
        heading1: { run: { font: FONT, size: 32, bold: true }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: FONT, size: 26, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
      paragraphStyles: tableStyles,
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } },
        },
        footers: { default: pageNumberFooter(), first: new Footer({ children: [] }) },
        children: [...titlePage(page), ...body],
      },
    ],
  });
}
