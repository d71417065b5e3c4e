// Walks a folder, reads each Word file with a small fixed number in flight, and keeps only the
// per-document summaries. Files are opened read-only; nothing in the folder is ever written.
import { open, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Profile } from '../participation/index.ts';
import { AppError, messageFor } from '../text/index.ts';
import type { ErrorCode } from '../text/index.ts';
import { analyseDocx } from './analyse.ts';
import { defaultReadLimits } from './container.ts';
import type { ReadLimits } from './container.ts';
import type { DocumentSummary, FileProblem, FileResult } from './types.ts';

export interface ScanOptions {
  /** YYYY-MM-DD: the day of the scan, used by validation rules and shown in the report. */
  today: string;
  /** Only documents dated in this year; documents without a date are kept and marked. */
  year?: number;
  /** Documents read at the same time; small, so memory stays bounded. */
  concurrency?: number;
  /** Files bigger than this are reported as too large without reading them. */
  maxFileBytes?: number;
  limits?: ReadLimits;
  /** The municipality profile to check the add-in's answers with; the default otherwise. */
  profile?: Profile;
  /** Absolute paths to leave out, e.g. the report being written into the same folder. */
  exclude?: readonly string[];
  onProgress?: (p: ScanProgress) => void;
  /** Replaceable for tests that need a file system error the real disk cannot produce here. */
  readFile?: (path: string, maxBytes: number) => Promise<Buffer>;
}

export interface ScanProgress {
  total: number;
  done: number;
  skipped: number;
  /** The file just finished, relative to the folder. */
  path: string;
  result: FileResult;
}

export interface ScanResult {
  folder: string;
  today: string;
  year?: number;
  /** Word files found (.docx, .docm, .doc), including the ones we could not read. */
  found: number;
  /** Documents read and summarised. */
  documents: DocumentSummary[];
  /** Files we could not read, with the reason. */
  problems: FileProblem[];
  /** Documents dated in another year than --year. */
  outsideYear: number;
  /** Other files in the folder (not Word). */
  ignored: number;
}

type Candidate = { abs: string; rel: string; kind: 'docx' | 'doc' | 'temp' };

const DEFAULT_MAX_FILE = 200 * 1024 * 1024;

function classify(name: string): Candidate['kind'] | undefined {
  const lower = name.toLowerCase();
  if (!/\.(docx|docm|doc)$/.test(lower)) return undefined;
  // "~$name.docx" is Word's owner file for an open document, not a document.
  if (lower.startsWith('~$')) return 'temp';
  return lower.endsWith('.doc') ? 'doc' : 'docx';
}

function toRel(folder: string, abs: string): string {
  return relative(folder, abs).split(sep).join('/');
}

/** Lists Word files under the folder; symlinked folders are not followed (they can loop). */
export async function listWordFiles(
  folder: string,
  exclude: ReadonlySet<string> = new Set(),
): Promise<{ candidates: Candidate[]; ignored: number; problems: FileProblem[] }> {
  const candidates: Candidate[] = [];
  const problems: FileProblem[] = [];
  let ignored = 0;
  const pending = [folder];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (cause) {
      const rel = toRel(folder, dir) || '.';
      problems.push(problem(rel, new AppError('SCAN.FOLDER_UNREADABLE', { cause, details: { path: rel } })));
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (exclude.has(abs)) continue;
      if (e.isDirectory()) {
        pending.push(abs);
        continue;
      }
      const kind = classify(e.name);
      if (!kind) {
        ignored++;
        continue;
      }
      if (e.isFile() || e.isSymbolicLink()) candidates.push({ abs, rel: toRel(folder, abs), kind });
    }
  }
  candidates.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { candidates, ignored, problems };
}

function problem(path: string, error: unknown): FileProblem {
  // Anything that is not one of our codes is a fault in the scan itself, not in the file.
  const code: ErrorCode = error instanceof AppError ? error.code : 'SCAN.INTERNAL';
  const details = error instanceof AppError ? error.details : {};
  return { ok: false, path, code, message: messageFor(code, details) };
}

function fsErrorCode(error: unknown): ErrorCode {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY' || code === 'ETXTBSY' || code === 'EAGAIN') return 'SCAN.LOCKED';
  return 'SCAN.UNREADABLE';
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Reads a whole file through a read-only handle, refusing more than maxBytes. */
async function readFileReadOnly(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw new AppError('SCAN.TOO_LARGE', { details: { limit: megabytes(maxBytes) } });
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function scanOne(c: Candidate, options: ScanOptions): Promise<FileResult> {
  if (c.kind === 'temp') return problem(c.rel, new AppError('SCAN.TEMP_FILE'));
  if (c.kind === 'doc') return problem(c.rel, new AppError('SCAN.OLD_FORMAT'));
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE;
  let buf: Buffer;
  try {
    buf = await (options.readFile ?? readFileReadOnly)(c.abs, maxFile);
  } catch (error) {
    if (error instanceof AppError) return problem(c.rel, error);
    return problem(c.rel, new AppError(fsErrorCode(error), { cause: error }));
  }
  try {
    return await analyseDocx(buf, c.rel, { today: options.today, limits: options.limits ?? defaultReadLimits, ...(options.profile ? { profile: options.profile } : {}) });
  } catch (error) {
    return problem(c.rel, error);
  }
}

/** Scans every Word file under `folder`. Per-file trouble is recorded, never thrown. */
export async function scanFolder(folder: string, options: ScanOptions): Promise<ScanResult> {
  const root = resolve(folder);
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new AppError('SCAN.FOLDER_NOT_FOUND', { details: { path: folder } });
  if (!info.isDirectory()) throw new AppError('SCAN.NOT_A_FOLDER', { details: { path: folder } });

  const exclude = new Set((options.exclude ?? []).map((p) => resolve(p)));
  const listing = await listWordFiles(root, exclude);
  const documents: DocumentSummary[] = [];
  const problems: FileProblem[] = [...listing.problems];
  let outsideYear = 0;
  let done = 0;
  const total = listing.candidates.length;
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, 16));

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const c = listing.candidates[next++]!;
      const result = await scanOne(c, options);
      done++;
      if (result.ok) {
        const y = result.header.datum ? Number(result.header.datum.slice(0, 4)) : undefined;
        if (options.year !== undefined && y !== undefined && y !== options.year) outsideYear++;
        else documents.push(result);
      } else problems.push(result);
      options.onProgress?.({ total, done, skipped: problems.length - listing.problems.length, path: c.rel, result });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(total, 1)) }, worker));

  documents.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    folder: root,
    today: options.today,
    ...(options.year !== undefined ? { year: options.year } : {}),
    found: total,
    documents,
    problems,
    outsideYear,
    ignored: listing.ignored,
  };
}
