// Pure decisions about where the participatieparagraaf goes, from paragraphs read in one sync.
import { BW_SECTION_ORDER, isParticipatieHeading } from '../../src/participation/index.ts';

export interface ParagraphInfo {
  /** Position in body.paragraphs. */
  index: number;
  text: string;
  styleBuiltIn: string;
}

export interface HeadingRef {
  /** 1-based number among the Participatie headings, as shown to the user. */
  ordinal: number;
  index: number;
  text: string;
  /** The heading just before it, so the user can tell several apart ("na Overleg gevoerd met"). */
  previousHeading: string | null;
  /** First words of the text under it. */
  excerpt: string;
}

export type NewHeadingPlan =
  | { kind: 'before'; anchorIndex: number; anchorText: string; headingStyle: string }
  | { kind: 'after'; anchorIndex: number; anchorText: string; headingStyle: string }
  | { kind: 'cursor'; headingStyle: string };

const HEADING_STYLE = /^(Heading[1-9]|Title)$/;

export function isHeadingStyle(styleBuiltIn: string): boolean {
  return HEADING_STYLE.test(styleBuiltIn);
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

const SECTION_RANK = new Map<string, number>(BW_SECTION_ORDER.map((name, i) => [normalise(name), i]));
const PARTICIPATIE_RANK = BW_SECTION_ORDER.findIndex((name) => isParticipatieHeading(name));

/** Section rank in the B&W-voorstel order, or -1 when the text is not a known section title. */
function sectionRank(text: string): number {
  return SECTION_RANK.get(normalise(text)) ?? -1;
}

/**
 * A paragraph counts as a section heading when it has a built-in heading style, or, because many
 * templates use bold Normal text for headings, when its whole text is a known section title.
 */
export function isSectionHeading(p: ParagraphInfo): boolean {
  return isHeadingStyle(p.styleBuiltIn) || (p.text.trim().length < 60 && sectionRank(p.text) >= 0);
}

/** Every "Participatie" heading in the document, in order. */
export function findParticipatieHeadings(paragraphs: readonly ParagraphInfo[]): HeadingRef[] {
  const styled = paragraphs.filter((p) => isHeadingStyle(p.styleBuiltIn) && isParticipatieHeading(p.text));
  // Tolerant: no styled heading, then a paragraph that reads exactly "Participatie" still counts.
  const found = styled.length > 0 ? styled : paragraphs.filter((p) => isParticipatieHeading(p.text));
  return found.map((p, i) => {
    const before = paragraphs.slice(0, p.index).reverse().find((q) => isSectionHeading(q) && !isParticipatieHeading(q.text));
    const under = paragraphs.slice(p.index + 1).find((q) => q.text.trim() !== '');
    const excerpt = under && !isSectionHeading(under) ? under.text.trim().split(/\s+/).slice(0, 10).join(' ') : '';
    return { ordinal: i + 1, index: p.index, text: p.text.trim(), previousHeading: before?.text.trim() ?? null, excerpt };
  });
}

/**
 * Where to add a new "Participatie" heading: before the first section that comes after it in the
 * B&W-voorstel order (normally "Communicatie"), else after the section before it (normally
 * "Overleg gevoerd met"), else at the cursor.
 */
export function planNewHeading(paragraphs: readonly ParagraphInfo[]): NewHeadingPlan {
  const headings = paragraphs.filter(isSectionHeading);
  // Match the level of the document's section headings; a Title is not a section heading level.
  const styled = headings.find((h) => /^Heading[1-9]$/.test(h.styleBuiltIn));
  const headingStyle = styled?.styleBuiltIn ?? 'Heading2';
  const ranked = headings.map((h) => ({ h, rank: sectionRank(h.text) })).filter((x) => x.rank >= 0);

  const next = ranked.find((x) => x.rank > PARTICIPATIE_RANK);
  if (next) return { kind: 'before', anchorIndex: next.h.index, anchorText: next.h.text.trim(), headingStyle: styleOf(next.h, headingStyle) };

  const previous = [...ranked].reverse().find((x) => x.rank < PARTICIPATIE_RANK);
  if (previous) {
    const following = headings.find((h) => h.index > previous.h.index);
    if (following) return { kind: 'before', anchorIndex: following.index, anchorText: following.text.trim(), headingStyle: styleOf(previous.h, headingStyle) };
    const last = paragraphs[paragraphs.length - 1];
    if (last) return { kind: 'after', anchorIndex: last.index, anchorText: previous.h.text.trim(), headingStyle: styleOf(previous.h, headingStyle) };
  }
  return { kind: 'cursor', headingStyle };
}

function styleOf(p: ParagraphInfo, fallback: string): string {
  return /^Heading[1-9]$/.test(p.styleBuiltIn) ? p.styleBuiltIn : fallback;
}

/** The text under the "Onderwerp" heading, to prefill question 2; null when there is none. */
export function findOnderwerp(paragraphs: readonly ParagraphInfo[]): string | null {
  const heading = paragraphs.find((p) => isSectionHeading(p) && normalise(p.text) === 'onderwerp');
  if (!heading) return null;
  const next = paragraphs.slice(heading.index + 1).find((p) => p.text.trim() !== '');
  if (!next || isSectionHeading(next)) return null;
  return next.text.trim().replace(/\.$/, '');
}

/** Facts from the header lines of a B&W-voorstel, for the traject register. */
export interface HeaderFacts {
  afdeling?: string;
  zaaknummer?: string;
  portefeuillehouder?: string;
}

// Every label a header line may hold: the ones we keep, and the others, which end the value before them.
// The same labels the participatiescan reads from .docx headers (src/docx/structure.ts).
const HEADER_LABELS: { key: keyof HeaderFacts | null; re: RegExp }[] = [
  { key: 'afdeling', re: /\bafdeling(?=\s*[:\t])/gi },
  { key: 'zaaknummer', re: /\bzaak(?:nummer|nr\.?)(?=\s*[:\t])/gi },
  { key: 'portefeuillehouder', re: /\bportefeuillehouder(?=\s*[:\t])/gi },
  { key: null, re: /\b(?:b&w-?\s?voorstel(?:\s?(?:nr|nummer)\.?)?|collegevoorstel(?:\s?nr\.?)?|raadsvoorstel(?:\s?nr\.?)?|voorstelnr\.?|voorstelnummer)(?=\s*[:\t])/gi },
  { key: null, re: /\b(?:naam\s+)?opsteller(?:\s+voorstel)?(?=\s*[:\t])/gi },
  { key: null, re: /\b(?:publicatie|onderwerp|datum)(?=\s*[:\t])/gi },
];

/**
 * "Afdeling: X    Zaaknummer: Y" pairs from the lines above the first section heading, where several
 * pairs may share one line (the Weert header does).
 * @example findHeaderFacts([{ index: 0, text: 'Afdeling: Ruimte    Zaaknummer: 17', styleBuiltIn: 'Normal' }]) //=> { afdeling: 'Ruimte', zaaknummer: '17' }
 */
export function findHeaderFacts(paragraphs: readonly ParagraphInfo[]): HeaderFacts {
  const firstSection = paragraphs.find((p) => isSectionHeading(p));
  const lines = paragraphs.slice(0, firstSection ? firstSection.index : Math.min(paragraphs.length, 10));
  const out: HeaderFacts = {};
  for (const { text } of lines) {
    const hits: { key: keyof HeaderFacts | null; start: number; end: number }[] = [];
    for (const { key, re } of HEADER_LABELS) {
      for (const m of text.matchAll(re)) hits.push({ key, start: m.index, end: m.index + m[0].length });
    }
    hits.sort((a, b) => a.start - b.start);
    hits.forEach((h, i) => {
      const next = hits[i + 1];
      if (!h.key || out[h.key] !== undefined || (next && next.start < h.end)) return;
      const value = text.slice(h.end, next ? next.start : text.length).replace(/^[\s:]+/, '').replace(/\s+/g, ' ').trim();
      if (value) out[h.key] = value;
    });
  }
  return out;
}
