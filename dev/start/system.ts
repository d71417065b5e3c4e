import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { DemoClock } from './clock.ts';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface StartIo {
  print(line: string): void;
  log: Logger;
}

export interface UrlLine {
  label: string;
  url: string;
}

export interface RunningSystem {
  /** The browser URLs, each answering 200 on GET. */
  urls: UrlLine[];
  clock: DemoClock;
  /** Runs one reminder cycle now (what the timer does). */
  tick(): Promise<void>;
  close(): Promise<void>;
}
