// Scans 1,000 generated B&W-voorstellen and prints documents per second and peak memory.
// Goal (issue 9): >= 100 documents/s on 2 cores, RSS <= 300 MB, streaming (only summaries kept). The scan is
// measured in a process of its own, as it runs for a user, not in the process that generated the documents.
import { spawn } from 'node:child_process';
import type { StdioOptions } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocx } from '../fixtures/ooxml.ts';
import type { FixtureBlock } from '../fixtures/ooxml.ts';
import { GOOD_HAND_WRITTEN, WEERT_PARTICIPATIE, addInContent, adviserenAnswers, voorstel } from '../fixtures/scan-fixtures.ts';

const COUNT = 1000;
const AFDELINGEN = ['Ruimte', 'OCSW - Zorg & Participatie', 'Bedrijfsvoering', 'Publiekszaken'];
const WETHOUDERS = ['A. Jansen', 'M.J. van den Heuvel', 'R. Peters'];

async function generate(dir: string): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const kind = i % 10;
    let participatie: FixtureBlock[] | undefined;
    let customXml: string[] | undefined;
    if (kind < 3) {
      const c = addInContent(adviserenAnswers({ q2_onderwerp: `project ${i}`, q12_aantal: 10 + i }));
      participatie = c.blocks;
      customXml = [c.customXml];
    } else if (kind < 6) participatie = GOOD_HAND_WRITTEN.map((text) => ({ kind: 'p', text }));
    else if (kind < 8) participatie = WEERT_PARTICIPATIE.map((text) => ({ kind: 'p', text }));
    else if (kind < 9) participatie = [{ kind: 'p', text: 'Niet van toepassing.' }];
    const doc = voorstel({
      afdeling: AFDELINGEN[i % AFDELINGEN.length]!,
      voorstelnr: `DJ-${1_000_000 + i}`,
      zaaknummer: String(2_000_000 + i),
      opsteller: 'Saskia Doek-De Rooij (0495-575487)',
      portefeuillehouder: WETHOUDERS[i % WETHOUDERS.length]!,
      onderwerp: `Voorstel nummer ${i} over de openbare ruimte.`,
      datum: `Weert, ${(i % 28) + 1} maart 2026`,
      ...(participatie ? { participatie } : {}),
      // A realistic advice is a few pages: about 60 paragraphs of argumenten.
      filler: 40 + (i % 40),
    });
    const buf = await buildDocx({ ...doc, ...(customXml ? { customXml } : {}) });
    bytes += buf.length;
    const sub = join(dir, AFDELINGEN[i % AFDELINGEN.length]!.replace(/\W+/g, '-'));
    if (i < AFDELINGEN.length) await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `voorstel-${String(i).padStart(4, '0')}.docx`), buf);
  }
  return bytes;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A TypeScript entry of this repository in a Node process of its own. */
function tsxProcess(args: readonly string[], stdio: StdioOptions) {
  return spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio });
}

/**
 * Runs the real command in its own Node process and follows its memory high-water mark
 * (VmHWM in /proc), so the figure is not mixed with the generator's memory in this process.
 */
async function runCli(dir: string, out: string): Promise<{ ms: number; peakKb?: number; code: number | null }> {
  const start = performance.now();
  const child = tsxProcess(['src/docx/cli.ts', dir, '--out', out], 'ignore');
  let peakKb: number | undefined;
  const poll = setInterval(() => {
    readFile(`/proc/${child.pid}/status`, 'utf8').then(
      (status) => {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
        if (Number.isFinite(kb)) peakKb = Math.max(peakKb ?? 0, kb);
      },
      () => undefined,
    );
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  return { ms: performance.now() - start, ...(peakKb !== undefined ? { peakKb } : {}), code };
}

interface ScanChildResult {
  documents: number;
  problems: number;
  scanMs: number;
  totalMs: number;
  docxBytes: number;
  rssBefore: number;
  peak: number;
  levels: string;
}

/** scanFolder + the .docx report in a fresh process (support/scan-child.ts), so the generator's memory stays out. */
async function runScanChild(dir: string): Promise<ScanChildResult> {
  const child = tsxProcess(['tests/bench/support/scan-child.ts', dir], ['ignore', 'pipe', 'inherit']);
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`scan-child exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as ScanChildResult;
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'scan-bench-'));
  try {
    const bytes = await generate(dir);
    console.log(`generated ${COUNT} documents (${mb(bytes)} on disk) in ${dir}`);
    const probe = await runScanChild(dir);
    const perSecond = (probe.documents / probe.scanMs) * 1000;
    console.log(`documents read: ${probe.documents}, problems: ${probe.problems}`);
    console.log(`scan: ${(probe.scanMs / 1000).toFixed(2)} s -> ${perSecond.toFixed(0)} documents/s (goal >= 100)`);
    console.log(`scan + .docx report (${Math.round(probe.docxBytes / 1024)} KB): ${(probe.totalMs / 1000).toFixed(2)} s`);
    console.log(
      `peak RSS during scan and report (own process): ${mb(probe.peak)} (goal <= 300 MB); RSS before scan ${mb(probe.rssBefore)}, growth ${mb(probe.peak - probe.rssBefore)}`,
    );
    console.log(`levels: ${probe.levels}`);

    const cli = await runCli(dir, join(dir, '..', `${dir.split(/[\\/]/).pop()}-rapport.json`));
    await rm(join(dir, '..', `${dir.split(/[\\/]/).pop()}-rapport.json`), { force: true });
    const cliPerSecond = (COUNT / cli.ms) * 1000;
    console.log(
      `npm run scan as its own process (incl. startup and JSON report): ${(cli.ms / 1000).toFixed(2)} s -> ${cliPerSecond.toFixed(0)} documents/s, ` +
        `peak RSS ${cli.peakKb !== undefined ? mb(cli.peakKb * 1024) : 'not measurable here'} (goal <= 300 MB), exit code ${cli.code}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
