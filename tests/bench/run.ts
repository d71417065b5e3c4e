// `npm run bench`: runs every tests/bench/*.bench.ts in turn. Each prints its own figures,
// measured in this run, against the goal the issue names. `npm run bench -- graph` runs only matching ones.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') throw new Error(`${file} exports no run()`);
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  await mod.run();
}
