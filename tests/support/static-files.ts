// The task pane built into a temp folder and served from it, for the tests that open it in Chromium.
import { createReadStream } from 'node:fs';
import { mkdtemp, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

/** Builds the task pane (addin/vite.config.ts) into a new temp folder and gives its path. */
export async function buildAddin(prefix: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), prefix));
  await build({ configFile: join(root, 'addin/vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Answers with the file at `pathname` under `dir`; 404 for anything outside it or that is no file. */
export async function sendFile(dir: string, pathname: string, res: ServerResponse): Promise<void> {
  const file = join(dir, normalize(pathname).replace(/^([/\\])+/, ''));
  if (!file.startsWith(dir) || !(await stat(file).then((s) => s.isFile()).catch(() => false))) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}
