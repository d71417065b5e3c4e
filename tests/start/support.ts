// Runs `npm start`'s entry as a child process (one Node process, as npm start does through tsx) and reads
// what it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { ChatEntry } from '../../dev/chat/transcript.ts';
import { startText } from '../../src/text/ui-start.ts';
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

/** What the launcher prints last, once every part answers. */
export const READY = /Stoppen: druk op Ctrl\+C\./;

/** The address printed after a label in the launcher's list of URLs, without its trailing slash. */
export function urlAfter(label: string, out: string): string {
  const m = new RegExp(`${label}:\\s+(http://localhost:\\d+/\\S*)`).exec(out);
  if (!m) throw new Error(`no ${label} in:\n${out}`);
  return m[1]!.replace(/\/$/, '');
}

export interface StartedLauncher {
  run: LauncherProcess;
  /** The start page's origin (tab, task pane demo, /graph, /dev/token). */
  webUrl: string;
  chatUrl: string;
}

/** `npm start` on random ports with its data in `data`, the parts used as built (--no-build), once it says it is ready. */
export async function startLauncher(data: string, args: string[], timeoutMs = 120_000): Promise<StartedLauncher> {
  const run = runLauncher(['--port-base', '0', '--data-dir', data, '--no-build', ...args]);
  await run.waitFor(READY, timeoutMs);
  return { run, webUrl: urlAfter(startText.launcher.listStart, run.stdout()), chatUrl: urlAfter(startText.launcher.listChat, run.stdout()) };
}

/** Stops a launcher that still runs, waits until it has exited, and removes its data folder. */
export async function stopLauncher(run: LauncherProcess | undefined, signal: NodeJS.Signals, data: string | undefined): Promise<void> {
  if (run && run.child.exitCode === null) {
    run.child.kill(signal);
    await run.exited;
  }
  if (data) rmSync(data, { recursive: true, force: true });
}

/** Everything in the chat view so far, as its API sends it. */
export async function chatEntries(chatUrl: string): Promise<ChatEntry[]> {
  return (await getJson<{ entries: ChatEntry[] }>(`${chatUrl}/api/entries?since=0`)).entries;
}

/** axe-core on a chat view page (opened with bypassCSP so the script can be added): each violation with its count. */
export async function chatAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/**
 * Builds one part of `npm start` into dist/ as the sources are now. Test files run in parallel, so a lock
 * directory keeps two builds from emptying the same folder under each other; a lock older than `staleMs`
 * belongs to a test run that died. Gives whether the part is available.
 */
async function buildPart(part: 'chat' | 'addin', staleMs: number): Promise<boolean> {
  // Loaded only by the tests that build: the build tooling stays out of the others.
  const { BUILD_TARGETS, buildParts } = await import('../../dev/start/index.ts');
  const lock = join(REPO, `dist/.${part}-build.lock`);
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if ((held && Date.now() - held.mtimeMs > staleMs) || i > staleMs / 200) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    const [outcome] = await buildParts({ root: REPO, logDir: join(tmpdir(), 'start-test-build-logs'), build: true, print: () => undefined, targets: BUILD_TARGETS.filter((b) => b.part === part) });
    return outcome?.available ?? false;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The chat page, built now. */
export async function ensureChatBuilt(): Promise<void> {
  await buildPart('chat', 120_000);
}

/** The task pane as built now (the launcher runs with --no-build). */
export async function ensureAddinBuilt(): Promise<void> {
  if (!(await buildPart('addin', 240_000))) throw new Error('the task pane did not build');
}
