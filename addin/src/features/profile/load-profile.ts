import { defaultProfile, parseProfile, type Profile } from '../../../../src/participation/index.ts';
import { AppError } from '../../../../src/text/index.ts';

export { defaultProfile };

/** Fetches and validates the administrator's profile. Throws AppError with a code. */
export async function loadProfileFromUrl(url: string, fetcher: typeof fetch = fetch): Promise<Profile> {
  let json: unknown;
  try {
    const response = await fetcher(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    json = await response.json();
  } catch (cause) {
    throw new AppError('WORD.PROFILE_FETCH', { cause });
  }
  return parseProfile(json);
}

/** Reads and validates a profile file the user picked. */
export async function loadProfileFromFile(file: Blob): Promise<Profile> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (cause) {
    throw new AppError('WORD.PROFILE_FILE', { cause });
  }
  return parseProfile(json);
}

export { profileIdentity } from '../../../../src/participation/index.ts';
