// Runs `npm start`'s entry as a child process (one Node process, as npm start does through tsx) and reads
// what it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { visibleText } from '../support/cards.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
// Absolute, so the launcher can run from any working directory (a folder with or without .env).
const TSX_LOADER = pathToFileURL(`${REPO}node_modules/tsx/dist/loader.mjs`).href;

export interface LauncherProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when the output matches, rejects on exit or timeout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Every http(s) URL on localhost it printed (the same pattern the start check uses). */
  urls(): string[];
}

export function runLauncher(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): LauncherProcess {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, `${REPO}dev/start/main.ts`, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...(options.env ?? process.env), FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString('utf8');
    for (const l of [...listeners]) l();
  });
  child.stderr!.on('data', (c: Buffer) => {
    err += c.toString('utf8');
    for (const l of [...listeners]) l();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let done = false;
  void exited.then(() => {
    done = true;
    for (const l of [...listeners]) l();
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    urls: () => [...new Set(out.match(/https?:\/\/(localhost|127\.0\.0\.1):[0-9]+[^ )"\s]*/g) ?? [])],
    waitFor(pattern, timeoutMs = 90_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = out.match(pattern);
          if (m) {
            cleanup();
            resolve(m);
          } else if (done) {
            cleanup();
            reject(new Error(`launcher exited before ${pattern}:\n${out}\n${err}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timeout waiting for ${pattern}:\n${out}\n${err}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
  };
}

/** A chat entry as the chat server's API sends it (`at` stamped with the demo clock). */
export type { ChatEntry as ChatEntryJson } from '../../dev/chat/transcript.ts';

export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** All text a user would see in a card (TextBlock, TextRun, titles), one line each. */
export function cardText(card: unknown): string {
  return visibleText(card).join('\n');
}

export { findExecute } from '../support/cards.ts';

/**
 * Builds the chat page when it is missing or stale. Test files run in parallel, so a lock directory keeps
 * two builds from emptying dist/chat under each other.
 */
export async function ensureChatBuilt(): Promise<void> {
  const { mkdirSync, rmSync, statSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { BUILD_TARGETS, buildParts } = await import('../../dev/start/index.ts');
  const lock = join(REPO, 'dist/.chat-build.lock');
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes belongs to a test run that died.
      const held = statSync(lock, { throwIfNoEntry: false });
      if ((held && Date.now() - held.mtimeMs > 120_000) || i > 600) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    await buildParts({ root: REPO, logDir: join(tmpdir(), 'start-test-build-logs'), build: true, print: () => undefined, targets: BUILD_TARGETS.filter((b) => b.part === 'chat') });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
