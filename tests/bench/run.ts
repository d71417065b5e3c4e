// `npm run bench`: runs every tests/bench/*.bench.ts, each in a process of its own so that memory
// figures belong to that benchmark alone. Each prints its own figures, measured in that run, against
// the goal the issue names. `npm run bench -- graph` runs only the files whose name contains "graph".
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const single = process.env.BENCH_FILE;

if (single) {
  const mod = (await import(pathToFileURL(single).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') throw new Error(`${single} exports no run()`);
  await mod.run();
} else {
  const filter = process.argv[2];
  const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
  let failed = 0;
  for (const file of files) {
    console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
    const result = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_FILE: join(dir, file) },
    });
    if (result.status !== 0) failed++;
  }
  if (failed > 0) process.exit(1);
}
