// Conventions shared by the Word add-in and the participatiescan: where the paragraph lives in a
// B&W-voorstel and how the answers travel inside the document. Pure: no Office, no file system.
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AppError, escapeXml } from '../text/index.ts';
import type { Answers } from './answers.ts';
import { checklist } from './checklist.ts';
import { CHECKLIST_VERSION } from './answers.ts';
import { migrateAnswers, parseAnswers } from './parse.ts';

export const PARAGRAPH_TAG = 'participatieparagraaf';
export const PARAGRAPH_TITLE = 'Participatieparagraaf';
/** Versioned: a new answer layout that old readers cannot handle gets a new namespace. */
export const ANSWERS_NAMESPACE = 'urn:participatie-word-teams:antwoorden:v1';

/** Section headings of a Weert B&W-voorstel (2023), in document order. */
export const BW_SECTION_ORDER: readonly string[] = [
  'Onderwerp',
  'Voorstel',
  'Inleiding',
  'Beoogd(e) doel(en)',
  'Te behalen resultaten',
  'Uit te voeren activiteiten',
  'Argumenten',
  "Kanttekeningen en risico's",
  'Financiële, personele en juridische gevolgen',
  'Overleg gevoerd met',
  'Participatie',
  'Communicatie',
  'Planning en uitvoering',
  'Evaluatie',
  'Bijlage(n)',
];

/** Which municipality profile wrote the paragraph: its name and version (profile.ts, profileIdentity). */
export interface ProfileStamp {
  naam: string;
  versie: string;
}

export interface StoredAnswers {
  answers: Answers;
  generatedHash: string;
  /** ISO instant of the last generation. */
  generatedAt?: string;
  /**
   * The document's own id (a UUID), made once and kept by every later write: the traject register
   * finds the document's traject by it, so an update never makes a second one.
   */
  documentId?: string;
  /** The profile that wrote the paragraph last; absent before the first write or in older parts. */
  profiel?: ProfileStamp;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID as we write them (any version); anything else in the part is not trusted as an id. */
export function isDocumentId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

// JSON.stringify already escapes C0 controls and lone surrogates; these are the remaining
// characters XML 1.0 cannot carry, so they travel as JSON escapes and come back intact.
const XML_UNSAFE_IN_JSON = /[\u007f-\u009f\ufffe\uffff]/g;

function toXmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(XML_UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The custom XML part for the document. The answers are stored as JSON inside one element:
 * Word keeps element text as is, and the JSON shape is versioned by `checklistVersion`.
 * No `<?xml …?>` declaration: Word did not update a part whose new XML carried one
 * (https://github.com/OfficeDev/office-js/issues/1643), and a part is UTF-8 XML without it.
 * Parts written with a declaration by older versions are still read (readAnswersPart).
 */
export function serializeAnswersXml({ answers, generatedHash, generatedAt, documentId, profiel }: StoredAnswers): string {
  const at = generatedAt === undefined ? '' : `\n  <gegenereerdOp>${escapeXml(generatedAt)}</gegenereerdOp>`;
  // New elements go after the old ones: readers of v1 look elements up by name and ignore the rest.
  const id = documentId === undefined ? '' : `\n  <documentId>${escapeXml(documentId)}</documentId>`;
  const stamp =
    profiel === undefined
      ? ''
      : `\n  <profielNaam>${escapeXml(profiel.naam)}</profielNaam>\n  <profielVersie>${escapeXml(profiel.versie)}</profielVersie>`;
  return (
    `<participatie xmlns="${ANSWERS_NAMESPACE}">\n` +
    `  <antwoorden>${escapeXml(toXmlSafeJson(answers))}</antwoorden>\n` +
    `  <hash>${escapeXml(generatedHash)}</hash>${at}${id}${stamp}\n` +
    `</participatie>\n`
  );
}

function childText(root: Element, name: string): string | undefined {
  const list = root.getElementsByTagNameNS(ANSWERS_NAMESPACE, name);
  const el = list.item(0);
  return el === null ? undefined : (el.textContent ?? '');
}

/** The root element of our part, or null when the XML is not ours or not XML. */
function ourRoot(xml: string): Element | null {
  let doc: Document;
  try {
    doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml') as unknown as Document;
  } catch {
    return null;
  }
  const root = doc.documentElement;
  return root && root.namespaceURI === ANSWERS_NAMESPACE && root.localName === 'participatie' ? root : null;
}

function readDocumentId(root: Element): string | undefined {
  const id = childText(root, 'documentId')?.trim();
  return isDocumentId(id) ? id.toLowerCase() : undefined;
}

interface RawPart {
  raw: unknown;
  generatedHash: string;
  generatedAt?: string;
  documentId?: string;
  profiel?: ProfileStamp;
}

/** The raw content of our part: the answers JSON still unparsed, or null when the XML is not ours. */
function readAnswersPart(xml: string): RawPart | null {
  const root = ourRoot(xml);
  if (!root) return null;
  const json = childText(root, 'antwoorden');
  const generatedHash = childText(root, 'hash');
  if (json === undefined || generatedHash === undefined) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const part: RawPart = { raw, generatedHash: generatedHash.trim() };
  const generatedAt = childText(root, 'gegenereerdOp');
  if (generatedAt) part.generatedAt = generatedAt;
  const documentId = readDocumentId(root);
  if (documentId) part.documentId = documentId;
  const naam = childText(root, 'profielNaam')?.trim();
  const versie = childText(root, 'profielVersie')?.trim();
  if (naam && versie !== undefined) part.profiel = { naam, versie };
  return part;
}

/**
 * Only the document id of a part, also when its answers cannot be read: a damaged or foreign answer
 * set must not cost the document its traject.
 */
export function readDocumentIdFromXml(xml: string): string | undefined {
  const root = ourRoot(xml);
  return root ? readDocumentId(root) : undefined;
}

/**
 * Reads the custom XML part back. Older checklist versions are migrated.
 * @throws AppError('PART.XML_INVALID') when the XML is not ours or cannot be read,
 *   AppError('PART.XML_ANSWERS_INVALID') when the stored answers do not pass the checks.
 */
export function parseAnswersXml(xml: string): StoredAnswers {
  const part = readAnswersPart(xml);
  if (part === null) throw new AppError('PART.XML_INVALID');
  const parsed = parseAnswers(part.raw);
  if (!parsed.ok) throw new AppError('PART.XML_ANSWERS_INVALID', { details: { path: parsed.problems[0]?.path ?? '' } });
  const { raw: _raw, ...rest } = part;
  return { ...rest, answers: parsed.answers };
}

const KNOWN_QUESTIONS = new Set<string>(checklist.map((q) => q.id));

/**
 * Reads an unfinished checklist back: answers are saved as the user goes, so the part often holds
 * a draft that parseAnswersXml (complete answers only) rejects. Lifted to the current version,
 * unknown keys dropped; null when the part is not readable at all.
 */
export function parseDraftAnswersXml(
  xml: string,
): { answers: Partial<Answers>; generatedHash: string; generatedAt?: string; documentId?: string; profiel?: ProfileStamp } | null {
  const part = readAnswersPart(xml);
  if (part === null) return null;
  let migrated: unknown;
  try {
    migrated = migrateAnswers(part.raw);
  } catch {
    return null;
  }
  if (typeof migrated !== 'object' || migrated === null || Array.isArray(migrated)) return null;
  const answers: Record<string, unknown> = { checklistVersion: CHECKLIST_VERSION };
  for (const [key, value] of Object.entries(migrated)) if (KNOWN_QUESTIONS.has(key)) answers[key] = value;
  const { raw: _raw, ...rest } = part;
  return { ...rest, answers: answers as Partial<Answers> };
}

/** Word turns paragraph marks into \r, line breaks into \v and may add non-breaking spaces. */
function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/[\s\u200b]+/g, ' ').trim();
}

/**
 * SHA-256 (hex) of the whitespace-normalised text. Synchronous and byte-for-byte the same in the
 * browser and Node (pure JS, no WebCrypto, which is async only).
 */
export function hashParagraphText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(normalizeForHash(text))));
}

/** True when the text in the document is no longer what we generated last time. */
export function isHandEdited(currentText: string, storedHash: string): boolean {
  return hashParagraphText(currentText) !== storedHash.trim().toLowerCase();
}

/**
 * Whether a heading is the "Participatie" heading. Tolerates case, extra spaces, a number in
 * front ("11. Participatie") and a colon at the end.
 */
export function isParticipatieHeading(text: string): boolean {
  const t = text
    .normalize('NFC')
    .replace(/[\s\u200b]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(\d+(\.\d+)*\.?|[a-z]\.|[ivx]+\.)\s*/, '')
    .replace(/\s*:$/, '');
  return t === 'participatie';
}
