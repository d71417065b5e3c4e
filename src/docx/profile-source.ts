// `--profile <bestand|url>`: the municipality profile from a file or from the address an administrator
// published it at (e.g. the participation site). Any failure stops the command with a Dutch reason,
// because checking with a silently different profile would give the wrong findings.
import { readFile } from 'node:fs/promises';
import { parseProfile } from '../participation/index.ts';
import type { Profile } from '../participation/index.ts';
import { AppError } from '../text/index.ts';

const DOWNLOAD_TIMEOUT_MS = 15_000;

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

async function download(source: string, fetchImpl: typeof fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(source, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), headers: { accept: 'application/json' } });
  } catch (cause) {
    const reason = cause instanceof Error && cause.name === 'TimeoutError' ? 'geen antwoord' : 'geen verbinding';
    throw new AppError('SCAN.PROFILE_DOWNLOAD', { cause, details: { source, reason } });
  }
  if (!response.ok) throw new AppError('SCAN.PROFILE_DOWNLOAD', { details: { source, reason: `HTTP ${response.status}` } });
  return response.text();
}

export async function loadProfile(source: string, fetchImpl: typeof fetch = fetch): Promise<Profile> {
  let text: string;
  if (isUrl(source)) text = await download(source, fetchImpl);
  else {
    try {
      text = await readFile(source, 'utf8');
    } catch (cause) {
      throw new AppError('SCAN.PROFILE_UNREADABLE', { cause, details: { source } });
    }
  }
  let json: unknown;
  try {
    // A BOM from Notepad is no reason to refuse the file.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new AppError('SCAN.PROFILE_NOT_JSON', { cause, details: { source } });
  }
  try {
    return parseProfile(json);
  } catch (cause) {
    const field = cause instanceof AppError ? String(cause.details.field ?? '') : '';
    throw new AppError('SCAN.PROFILE_INVALID', { cause, details: { source, field } });
  }
}
