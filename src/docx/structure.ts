// Finds the B&W-voorstel structure in a parsed document: header facts, section headings and the
// Participatie section. Tolerant of layout variations: labels in table cells or in plain lines,
// with or without colons, headings styled or just typed.
import { BW_SECTION_ORDER, PARAGRAPH_TAG } from '../participation/index.ts';
import { isParticipatieHeadingText } from './headings.ts';
import type { WordParagraph, WordPart } from './wordml.ts';

export interface HeaderFacts {
  onderwerp?: string;
  voorstelnr?: string;
  zaaknummer?: string;
  afdeling?: string;
  opsteller?: string;
  portefeuillehouder?: string;
  publicatie?: string;
  /** YYYY-MM-DD */
  datum?: string;
  /** Where the date came from: the text of the document, or the file's properties (less reliable). */
  datumBron?: 'document' | 'eigenschappen';
}

export interface ParticipatieSection {
  /** How many Participatie headings the document has. */
  headingCount: number;
  /** Text under the chosen heading, one line per paragraph, trimmed; empty when no heading. */
  text: string;
  paragraphs: WordParagraph[];
  hasTrackedChanges: boolean;
}

export interface ControlFacts {
  /** Number of content controls tagged participatieparagraaf. */
  count: number;
  /** Text of the (first) control, one line per paragraph. */
  text: string;
  hasTrackedChanges: boolean;
  /** The control is not under a Participatie heading. */
  outsideSection: boolean;
}

export interface DocumentStructure {
  header: HeaderFacts;
  sections: { heading: string; paragraphIndex: number }[];
  participatie: ParticipatieSection;
  control?: ControlFacts;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}|[\]\\]/g, '\\$&');
}

/** "Beoogd(e) doel(en)" matches "Beoogd doel", "Beoogde doelen" and so on. */
function headingPattern(heading: string): RegExp {
  const parts = heading
    .trim()
    .toLowerCase()
    .split(/(\([^)]*\))/)
    .filter((p) => p.length > 0)
    .map((p) => (p.startsWith('(') ? `(?:${escapeRegex(p.slice(1, -1))})?` : escapeRegex(p).replace(/\s+/g, '\\s+')));
  return new RegExp(`^${parts.join('')}$`);
}

const KNOWN_HEADINGS = [...BW_SECTION_ORDER.map(headingPattern), headingPattern('Financiële gevolgen'), headingPattern('Kanttekeningen')];

function normaliseHeading(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:.]$/, '')
    .trim()
    .toLowerCase()
    .replace(/^(\d+(\.\d+)*\.?|[a-z]\.)\s+/, '');
}

/** Whether the text is one of the known B&W-voorstel section headings (Participatie included). */
export function isKnownSectionHeading(text: string, heading: string): boolean {
  return headingPattern(heading).test(normaliseHeading(text));
}

const STYLE_LEVEL = /^(?:heading|kop|berschrift|titre|titel)\s*(\d)?$/i;

function styleLevel(p: WordParagraph): number | undefined {
  if (p.outlineLevel !== undefined && p.outlineLevel < 9) return p.outlineLevel + 1;
  const m = p.style ? STYLE_LEVEL.exec(p.style.replace(/[^A-Za-z0-9]/g, '')) : null;
  if (!m) return undefined;
  return m[1] ? Number(m[1]) : 1;
}

function isKnownHeading(text: string): boolean {
  const t = normaliseHeading(text);
  return t.length > 0 && t.length <= 60 && KNOWN_HEADINGS.some((re) => re.test(t));
}

export function isParticipatieParagraph(p: WordParagraph): boolean {
  const t = p.text.trim();
  return t.length > 0 && t.length <= 70 && isParticipatieHeadingText(t);
}

/** A paragraph that starts a section: a known Weert heading, or a short paragraph in a heading style. */
export function isHeading(p: WordParagraph): boolean {
  if (p.table) return false;
  if (isKnownHeading(p.text) || isParticipatieParagraph(p)) return true;
  const t = p.text.trim();
  return t.length > 0 && t.length <= 80 && styleLevel(p) !== undefined;
}

const LABELS: { key: keyof HeaderFacts; re: RegExp }[] = [
  { key: 'afdeling', re: /\bafdeling\b/i },
  { key: 'voorstelnr', re: /\b(?:b&w-?\s?voorstel(?:\s?(?:nr|nummer)\.?)?|collegevoorstel(?:\s?nr\.?)?|raadsvoorstel(?:\s?nr\.?)?|voorstelnr\.?|voorstelnummer)(?=\s*[:\t])/i },
  { key: 'zaaknummer', re: /\bzaak(?:nummer|nr\.?)(?=\s*[:\t])/i },
  { key: 'opsteller', re: /\b(?:naam\s+)?opsteller(?:\s+voorstel)?(?=\s*[:\t])/i },
  { key: 'portefeuillehouder', re: /\bportefeuillehouder(?=\s*[:\t])/i },
  { key: 'publicatie', re: /\bpublicatie(?=\s*[:\t])/i },
  { key: 'onderwerp', re: /\bonderwerp(?=\s*[:\t])/i },
  { key: 'datum', re: /\bdatum(?=\s*[:\t])/i },
];

/**
 * Reads "label : value" pairs from one header line, where several pairs may share the line
 * (the Weert header puts "Afdeling : X" and "B&W-voorstel: Y" in one table row).
 */
export function readHeaderLine(line: string): Partial<Record<keyof HeaderFacts, string>> {
  const hits: { key: keyof HeaderFacts; start: number; end: number }[] = [];
  for (const { key, re } of LABELS) {
    const m = new RegExp(re.source, 'gi').exec(line);
    if (m) hits.push({ key, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start);
  const out: Partial<Record<keyof HeaderFacts, string>> = {};
  hits.forEach((h, i) => {
    const next = hits[i + 1];
    if (next && next.start < h.end) return;
    const raw = line.slice(h.end, next ? next.start : line.length);
    const value = raw.replace(/^[\s:]+/, '').replace(/[\s]+$/, '').replace(/\s+/g, ' ');
    if (value.length > 0 && out[h.key] === undefined) out[h.key] = value;
  });
  return out;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * A Dutch date in a document as YYYY-MM-DD.
 * @example parseDutchDate('Weert, 10 januari 2023') //=> '2023-01-10'
 */
export function parseDutchDate(text: string): string | undefined {
  const long = /\b(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(\d{4})\b/i.exec(text);
  if (long) return isoDate(Number(long[3]), MONTHS.indexOf(long[2]!.toLowerCase()) + 1, Number(long[1]));
  const short = /\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b/.exec(text);
  if (short) return isoDate(Number(short[3]), Number(short[2]), Number(short[1]));
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Lines as a reader sees them: a table row becomes one line with cells separated by tabs. */
function toLines(paragraphs: readonly WordParagraph[]): string[] {
  const lines: string[] = [];
  let row: { key: string; cells: string[][] } | undefined;
  for (const p of paragraphs) {
    if (p.table) {
      const key = `${p.table.index}:${p.table.row}`;
      if (!row || row.key !== key) {
        if (row) lines.push(row.cells.map((c) => c.join(' ')).join('\t'));
        row = { key, cells: [] };
      }
      const cell = (row.cells[p.table.cell] ??= []);
      if (p.text.trim()) cell.push(p.text.trim());
      continue;
    }
    if (row) {
      lines.push(row.cells.map((c) => c.join(' ')).join('\t'));
      row = undefined;
    }
    lines.push(p.text);
  }
  if (row) lines.push(row.cells.map((c) => c.join(' ')).join('\t'));
  return lines;
}

// "Weert, 10 januari 2023": the place-and-date line under the college's signature block.
const PLACE_DATE = /^\s*[A-Z][\p{L}' .-]{1,40},\s*(\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4})/u;

function cleanPerson(value: string): string {
  // "Saskia Doek-De Rooij (0495-575487)": the phone number is not part of the name.
  return value.replace(/\s*\([\d\s+-]{6,}\)\s*$/, '').trim();
}

/** Header facts from the lines before the first section, the page headers, and the date line. */
export function readHeader(body: WordPart, headers: readonly WordPart[], firstHeadingIndex: number): HeaderFacts {
  const facts: HeaderFacts = {};
  const headLines = [
    ...toLines(body.paragraphs.slice(0, firstHeadingIndex < 0 ? Math.min(body.paragraphs.length, 40) : firstHeadingIndex)),
    ...headers.flatMap((h) => toLines(h.paragraphs)),
  ];
  for (const line of headLines) {
    const found = readHeaderLine(line);
    for (const [k, v] of Object.entries(found) as [keyof HeaderFacts, string][]) {
      if (facts[k] === undefined) (facts as Record<string, string>)[k] = v;
    }
  }
  if (facts.opsteller) facts.opsteller = cleanPerson(facts.opsteller);
  if (facts.datum !== undefined) {
    const iso = parseDutchDate(facts.datum);
    if (iso) {
      facts.datum = iso;
      facts.datumBron = 'document';
    } else delete facts.datum;
  }
  if (!facts.datum) {
    for (const line of toLines(body.paragraphs)) {
      const m = PLACE_DATE.exec(line);
      const iso = m ? parseDutchDate(m[1]!) : undefined;
      if (iso) {
        facts.datum = iso;
        facts.datumBron = 'document';
        break;
      }
    }
  }
  return facts;
}

/** Every heading paragraph, in document order. */
export function findSections(ps: readonly WordParagraph[]): { heading: string; paragraphIndex: number }[] {
  const sections: { heading: string; paragraphIndex: number }[] = [];
  ps.forEach((p, i) => {
    if (isHeading(p)) sections.push({ heading: p.text.trim().replace(/[:.]\s*$/, ''), paragraphIndex: i });
  });
  return sections;
}

/** Sections, header, Participatie section and the add-in's content control of one document. */
export function readStructure(body: WordPart, headers: readonly WordPart[] = []): DocumentStructure {
  const ps = body.paragraphs;
  const sections = findSections(ps);
  const firstHeading = sections[0]?.paragraphIndex ?? -1;
  const header = readHeader(body, headers, firstHeading);

  const onderwerpSection = sections.find((s) => normaliseHeading(s.heading) === 'onderwerp');
  if (onderwerpSection) {
    const text = sectionParagraphs(ps, sections, onderwerpSection.paragraphIndex)
      .map((p) => p.text.trim())
      .filter((t) => t.length > 0)
      .join(' ');
    if (text) header.onderwerp = text.replace(/\s+/g, ' ');
  }

  const participatieHeadings: { heading: string; paragraphIndex: number }[] = [];
  const candidates: WordParagraph[][] = [];
  for (const s of sections.filter((x) => isParticipatieParagraph(ps[x.paragraphIndex]!))) {
    const under = sectionParagraphs(ps, sections, s.paragraphIndex);
    const prev = participatieHeadings.length - 1;
    const prevEnd = prev >= 0 ? participatieHeadings[prev]!.paragraphIndex + 1 + candidates[prev]!.length : -1;
    // "Participatie" followed by "Inspraak" or "Betrokkenheid van inwoners" as a sub-heading, or
    // nested inside it: one section, not two.
    if (prev >= 0 && s.paragraphIndex <= prevEnd) {
      const start = participatieHeadings[prev]!.paragraphIndex + 1;
      candidates[prev] = ps.slice(start, Math.max(prevEnd, s.paragraphIndex + 1 + under.length)).filter((p) => p !== ps[s.paragraphIndex]);
      continue;
    }
    participatieHeadings.push(s);
    candidates.push(under);
  }
  if (participatieHeadings.length === 0) {
    // Some templates are one big table: "Participatie" in the left cell, the text beside it.
    const inTable = tableSections(ps);
    participatieHeadings.push(...inTable.map((t) => ({ heading: 'Participatie', paragraphIndex: t.headingIndex })));
    candidates.push(...inTable.map((t) => t.paragraphs));
  }
  // With several headings, prefer the one holding the add-in's paragraph, then the first with text.
  const chosen =
    candidates.find((c) => c.some((p) => p.sdtTags.includes(PARAGRAPH_TAG))) ??
    candidates.find((c) => c.some((p) => p.text.trim().length > 0)) ??
    candidates[0] ??
    [];
  const participatie: ParticipatieSection = {
    headingCount: participatieHeadings.length,
    paragraphs: chosen,
    // A table row reads as one line, cells apart, as a reader sees it: "Ouders | Enquête | maart 2026".
    text: toLines(chosen)
      .map((l) => l.replace(/[ \u00a0]+/g, ' ').replace(/ *\t */g, '\t').trim())
      .filter((t) => t.length > 0)
      .join('\n'),
    hasTrackedChanges: chosen.some((p) => p.hasInsertions || p.hasDeletions),
  };

  const controlParagraphs = ps.filter((p) => p.sdtTags.includes(PARAGRAPH_TAG));
  let control: ControlFacts | undefined;
  if (controlParagraphs.length > 0) {
    const blockControls = body.blocks.filter((b) => b.sdtTag === PARAGRAPH_TAG).length;
    const firstBlock = controlParagraphs[0]!.block;
    const first = controlParagraphs.filter((p) => p.block === firstBlock);
    control = {
      count: Math.max(1, blockControls),
      text: joinText(first),
      hasTrackedChanges: first.some((p) => p.hasInsertions || p.hasDeletions),
      outsideSection: !chosen.some((p) => p.sdtTags.includes(PARAGRAPH_TAG)),
    };
  }
  return { header, sections, participatie, ...(control ? { control } : {}) };
}

/** Participatie sections laid out as table rows: the label cell, then the cells to its right. */
function tableSections(ps: readonly WordParagraph[]): { headingIndex: number; paragraphs: WordParagraph[] }[] {
  const out: { headingIndex: number; paragraphs: WordParagraph[] }[] = [];
  ps.forEach((p, i) => {
    if (!p.table || !isParticipatieParagraph(p)) return;
    const { index, row, cell } = p.table;
    let paragraphs = ps.filter((q) => q.table && q.table.index === index && q.table.row === row && q.table.cell > cell);
    // A label alone in its row: the text is in the next row.
    if (paragraphs.length === 0) paragraphs = ps.filter((q) => q.table && q.table.index === index && q.table.row === row + 1);
    out.push({ headingIndex: i, paragraphs });
  });
  return out;
}

function joinText(ps: readonly WordParagraph[]): string {
  return ps
    .map((p) => p.text.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .join('\n');
}

/** Paragraphs under a heading, up to the next heading of the same or a higher level. */
export function sectionParagraphs(
  ps: readonly WordParagraph[],
  sections: readonly { paragraphIndex: number }[],
  headingIndex: number,
): WordParagraph[] {
  const heading = ps[headingIndex]!;
  const level = styleLevel(heading);
  const next = sections.find((s) => {
    if (s.paragraphIndex <= headingIndex) return false;
    const p = ps[s.paragraphIndex]!;
    // A deeper styled sub-heading inside the section does not end it.
    const l = styleLevel(p);
    if (level !== undefined && l !== undefined && l > level && !isKnownHeading(p.text)) return false;
    return true;
  });
  return ps.slice(headingIndex + 1, next ? next.paragraphIndex : ps.length);
}
