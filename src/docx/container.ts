// Opens a .docx (a ZIP package) and pulls out only the parts the scan needs. Images and other
// media stay compressed and are never inflated, so memory per document stays small.
import JSZip from 'jszip';
import { AppError } from '../text/index.ts';

/** What the first bytes say a file is, independent of its extension. */
export type FileKind = 'zip' | 'encrypted-ooxml' | 'word97' | 'cfb-other' | 'empty' | 'unknown';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, magic: readonly number[]): boolean {
  if (buf.length < magic.length) return false;
  return magic.every((b, i) => buf[i] === b);
}

function containsUtf16(buf: Buffer, ascii: string): boolean {
  return buf.includes(Buffer.from(ascii, 'utf16le'));
}

/**
 * Recognises the container. Office stores a password-protected .docx not as ZIP but as an OLE
 * compound file with an `EncryptedPackage` stream; an old .doc is a compound file with a
 * `WordDocument` stream. Looking at the bytes catches renamed files too.
 */
export function detectFileKind(buf: Buffer): FileKind {
  if (buf.length === 0) return 'empty';
  if (startsWith(buf, ZIP_MAGIC) || startsWith(buf, ZIP_EMPTY_MAGIC)) return 'zip';
  if (startsWith(buf, CFB_MAGIC)) {
    if (containsUtf16(buf, 'EncryptedPackage') || containsUtf16(buf, 'EncryptionInfo')) return 'encrypted-ooxml';
    if (containsUtf16(buf, 'WordDocument')) return 'word97';
    return 'cfb-other';
  }
  return 'unknown';
}

export interface ReadLimits {
  /** Largest uncompressed XML part we are willing to inflate (protects against ZIP bombs). */
  maxXmlBytes: number;
}

export const defaultReadLimits: ReadLimits = { maxXmlBytes: 64 * 1024 * 1024 };

/** The raw XML of the parts the scan and the writer use. */
export interface DocxParts {
  zip: JSZip;
  /** Path of the main document part, normally word/document.xml. */
  documentPath: string;
  documentXml: string;
  headerXmls: string[];
  /** Custom XML parts: path and content. */
  customXml: { path: string; xml: string }[];
  coreXml?: string;
}

interface SizedEntry {
  _data?: { uncompressedSize?: number };
}

function sizeOf(file: JSZip.JSZipObject): number | undefined {
  const size = (file as unknown as SizedEntry)._data?.uncompressedSize;
  return typeof size === 'number' && size >= 0 ? size : undefined;
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

async function readText(file: JSZip.JSZipObject, limits: ReadLimits): Promise<string> {
  const size = sizeOf(file);
  if (size !== undefined && size > limits.maxXmlBytes) {
    throw new AppError('SCAN.TOO_LARGE', { details: { limit: formatMegabytes(limits.maxXmlBytes) } });
  }
  let bytes: Buffer;
  try {
    bytes = await file.async('nodebuffer');
  } catch (cause) {
    throw new AppError('SCAN.CORRUPT', { cause });
  }
  return decodeXmlBytes(bytes);
}

/** XML parts are UTF-8, but Word writes some custom XML parts as UTF-16 with a byte order mark. */
export function decodeXmlBytes(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('utf8');
}

function resolveTarget(target: string): string {
  const t = target.replace(/^\/+/, '');
  const parts: string[] = [];
  for (const seg of t.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The main document part per the package relationships, tolerant of non-Word generators. */
async function findDocumentPath(zip: JSZip, limits: ReadLimits): Promise<string | undefined> {
  const rels = zip.file('_rels/.rels');
  if (rels) {
    const xml = await readText(rels, limits);
    const re = /<Relationship\b[^>]*>/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
      const tag = m[0];
      if (/Type="[^"]*\/officeDocument"/.test(tag)) {
        const target = /Target="([^"]+)"/.exec(tag)?.[1];
        if (target && zip.file(resolveTarget(target))) return resolveTarget(target);
      }
    }
  }
  return zip.file('word/document.xml') ? 'word/document.xml' : undefined;
}

/**
 * Opens the package and reads the main document, headers, custom XML parts and core properties.
 * Throws AppError SCAN.CORRUPT / SCAN.ENCRYPTED / SCAN.OLD_FORMAT / SCAN.TOO_LARGE.
 */
export async function openDocx(buf: Buffer, limits: ReadLimits = defaultReadLimits): Promise<DocxParts> {
  const kind = detectFileKind(buf);
  if (kind === 'encrypted-ooxml') throw new AppError('SCAN.ENCRYPTED');
  if (kind === 'word97') throw new AppError('SCAN.OLD_FORMAT');
  if (kind !== 'zip') throw new AppError('SCAN.CORRUPT', { details: { kind } });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf, { checkCRC32: false });
  } catch (cause) {
    // A ZIP with its own password (not how Word protects files, but it happens) is still locked.
    const encrypted = cause instanceof Error && /encrypted/i.test(cause.message);
    throw new AppError(encrypted ? 'SCAN.ENCRYPTED' : 'SCAN.CORRUPT', { cause });
  }
  const documentPath = await findDocumentPath(zip, limits);
  if (!documentPath) throw new AppError('SCAN.CORRUPT', { details: { reason: 'no main document' } });
  const docFile = zip.file(documentPath);
  if (!docFile) throw new AppError('SCAN.CORRUPT');
  const documentXml = await readText(docFile, limits);

  const headerXmls: string[] = [];
  const customXml: { path: string; xml: string }[] = [];
  for (const path of Object.keys(zip.files).sort()) {
    const file = zip.files[path];
    if (!file || file.dir) continue;
    if (/^word\/header\d*\.xml$/.test(path)) headerXmls.push(await readText(file, limits));
    else if (/^customXml\/item\d+\.xml$/.test(path)) customXml.push({ path, xml: await readText(file, limits) });
  }
  const core = zip.file('docProps/core.xml');
  const coreXml = core ? await readText(core, limits) : undefined;
  return { zip, documentPath, documentXml, headerXmls, customXml, ...(coreXml !== undefined ? { coreXml } : {}) };
}

/** Reads the created date from docProps/core.xml as YYYY-MM-DD. */
export function coreCreatedDate(coreXml: string | undefined): string | undefined {
  if (!coreXml) return undefined;
  const m = /<dcterms:created\b[^>]*>\s*(\d{4}-\d{2}-\d{2})/.exec(coreXml);
  return m?.[1];
}
