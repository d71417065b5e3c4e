// JSON state files (the demo's Graph emulator tenant, the demo chat) are replaced whole: written to a temp file
// next to them, flushed to disk, then renamed over the old one, so a crash leaves either the old or the new
// file, never half of one. A kill between write and rename can leave the temp file; removeStaleTempFiles,
// called when the file is opened again, takes those away.
import { randomBytes } from 'node:crypto';
import { readdirSync, unlinkSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_SUFFIX = '.tmp';

/** The temp files writeFileAtomic makes for `file` are named `<name>.<pid>.<random>.tmp` in the same folder. */
function isTempOf(name: string, candidate: string): boolean {
  return candidate.startsWith(`${name}.`) && candidate.endsWith(TEMP_SUFFIX) && candidate.length > name.length + TEMP_SUFFIX.length + 1;
}

/** Replaces `file` with `data` in one step; on any failure the old file stays and no temp file is left. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
  try {
    const handle = await open(tmp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      // On disk before the rename: after a power cut the new name never points at an empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

/**
 * Removes temp files a killed process left next to `file`; call it when opening the file, before any
 * writing in this process. Returns the names removed.
 */
export function removeStaleTempFiles(file: string): string[] {
  const dir = dirname(file);
  const name = basename(file);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    if (!isTempOf(name, entry)) continue;
    try {
      unlinkSync(join(dir, entry));
      removed.push(entry);
    } catch {
      // Gone already, or not ours to remove: nothing to do.
    }
  }
  return removed;
}
