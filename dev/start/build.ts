// Builds the browser parts (tab, task pane, chat page) when their output is missing or older than
// their sources, with Dutch progress lines; a failed build leaves the part out, never the whole start.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { capitalize } from '../../src/text/index.ts';
import { startText } from '../../src/text/ui-start.ts';

export type PartName = 'tab' | 'addin' | 'chat';

export interface BuildTarget {
  part: PartName;
  /** Dutch name for progress lines. */
  label: string;
  script: string;
  /** A file the build writes; its age is the build's age. */
  output: string;
  /** Folders and files whose changes make the output stale. */
  sources: string[];
}

export const BUILD_TARGETS: readonly BuildTarget[] = [
  // The demo build of the tab (dist/tab-demo): `npm run build` makes the production one, which never runs as a demo.
  { part: 'tab', label: startText.parts.tab, script: 'build:tab:demo', output: 'dist/tab-demo/tab.html', sources: ['src', 'package-lock.json'] },
  { part: 'addin', label: startText.parts.addin, script: 'build:addin', output: 'dist/addin/demo.html', sources: ['addin', 'src', 'manifest/icons', 'package-lock.json'] },
  { part: 'chat', label: startText.parts.chat, script: 'build:chat', output: 'dist/chat/chat.html', sources: ['dev/chat/client', 'src/text', 'package-lock.json'] },
];

export type BuildState = 'built' | 'up-to-date' | 'failed' | 'skipped' | 'no-script';

export interface BuildOutcome {
  part: PartName;
  state: BuildState;
  /** Whether a usable output exists now (a failed rebuild may leave the previous one). */
  available: boolean;
}

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'coverage', 'artifacts']);

/** The newest modification time under the given paths; tests and test helpers do not count. */
export function newestSourceTime(root: string, paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string): void => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) {
        if (!SKIP_DIRS.has(name)) visit(join(p, name));
      }
    } else if (!/\.test\.tsx?$|\.test-support\.ts$/.test(p)) {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const p of paths) visit(join(root, p));
  return newest;
}

/** A path relative to the working directory, or absolute when it lies elsewhere. */
export function shortPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

export function isStale(root: string, target: BuildTarget): boolean {
  const out = join(root, target.output);
  if (!existsSync(out)) return true;
  return newestSourceTime(root, target.sources) > statSync(out).mtimeMs;
}

function scriptsOf(root: string): Record<string, string> {
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  } catch {
    return {};
  }
}

async function runScript(root: string, script: string, logFile: string): Promise<boolean> {
  const fd = openSync(logFile, 'w');
  try {
    return await new Promise<boolean>((resolve) => {
      const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', script], {
        cwd: root,
        stdio: ['ignore', fd, fd],
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      child.on('error', () => resolve(false));
      child.on('exit', (code) => resolve(code === 0));
    });
  } finally {
    closeSync(fd);
  }
}

/** Builds what is missing or stale, one at a time (the machine may be busy), printing progress. */
export async function buildParts(options: {
  root: string;
  logDir: string;
  build: boolean;
  print: (line: string) => void;
  targets?: readonly BuildTarget[];
}): Promise<BuildOutcome[]> {
  const { root, print } = options;
  const t = startText.launcher;
  const scripts = scriptsOf(root);
  const outcomes: BuildOutcome[] = [];
  mkdirSync(options.logDir, { recursive: true });
  for (const target of options.targets ?? BUILD_TARGETS) {
    const exists = existsSync(join(root, target.output));
    if (!options.build) {
      outcomes.push({ part: target.part, state: 'skipped', available: exists });
      continue;
    }
    if (!scripts[target.script]) {
      outcomes.push({ part: target.part, state: 'no-script', available: exists });
      continue;
    }
    if (!isStale(root, target)) {
      print(t.upToDate(capitalize(target.label)));
      outcomes.push({ part: target.part, state: 'up-to-date', available: true });
      continue;
    }
    print(t.building(target.label));
    const started = Date.now();
    const logFile = join(options.logDir, `${target.script.replace(':', '-')}.log`);
    const ok = await runScript(root, target.script, logFile);
    if (ok && existsSync(join(root, target.output))) {
      print(t.built(target.label, Math.max(1, Math.round((Date.now() - started) / 1000))));
      outcomes.push({ part: target.part, state: 'built', available: true });
    } else {
      print(t.buildFailed(target.label, shortPath(logFile)));
      outcomes.push({ part: target.part, state: 'failed', available: existsSync(join(root, target.output)) });
    }
  }
  return outcomes;
}
