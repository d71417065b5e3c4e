// Files are replaced whole: written to a hidden temp file next to them, flushed to disk, then renamed
// over the old one, so a crash leaves either the old or the new file, never half of one. This serves
// the demo's state files (the Graph emulator's tenant, the demo chat) and the user's own documents
// (`npm run scan -- --insert`, the scan report). A kill between write and rename can leave the temp
// file: a signal the process can catch removes it (removePendingTempFiles), and removeStaleTempFiles,
// called before a file is written again, takes away what a hard kill left.
import { randomBytes } from 'node:crypto';
import { readdirSync, unlinkSync } from 'node:fs';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files of this process not yet renamed into place. */
const pending = new Set<string>();

/** `.<name>.<pid>.<random>.tmp`: hidden, so a folder a person looks at does not show it. */
function tempPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** The pid in a temp file name of `name` (also the visible `<name>.<pid>[.<random>].tmp` of older versions). */
function tempPid(name: string, candidate: string): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^\\.?${escaped}\\.(\\d+)(?:\\.[0-9a-f]+)?\\.tmp$`).exec(candidate);
  return m ? Number(m[1]) : undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface AtomicWriteOptions {
  /** Permissions of a new file (an existing file keeps its own). Default 0o644; state files pass 0o600. */
  mode?: number;
}

/** Replaces `file` with `data` in one step; on any failure the old file stays and no temp file is left. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const tmp = tempPath(file);
  // A document the user shared read-only or group-writable keeps those permissions.
  const existingMode = await stat(file).then(
    (s) => s.mode & 0o777,
    () => undefined,
  );
  pending.add(tmp);
  try {
    const handle = await open(tmp, 'wx', existingMode ?? options.mode ?? 0o644);
    try {
      await handle.writeFile(data);
      // On disk before the rename: after a power cut the new name never points at an empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    // open() applies the umask; the old file's mode is restored exactly.
    if (existingMode !== undefined) await chmod(tmp, existingMode);
    await rename(tmp, file);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  } finally {
    pending.delete(tmp);
  }
}

/**
 * Removes the temp files this process is still writing; for a signal handler, just before the process
 * exits. Synchronous, because nothing asynchronous runs after the handler calls process.exit.
 */
export function removePendingTempFiles(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or removed.
    }
  }
  pending.clear();
}

/**
 * Removes temp files that processes no longer running left next to `file`; call it before writing
 * the file. A temp file of a process that still runs (another write in progress) stays. Returns the
 * names removed.
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
    const pid = tempPid(name, entry);
    if (pid === undefined || isRunning(pid)) continue;
    try {
      unlinkSync(join(dir, entry));
      removed.push(entry);
    } catch {
      // Gone already, or not ours to remove: nothing to do.
    }
  }
  return removed;
}
