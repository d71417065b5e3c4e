// `npm run scan -- <map> [--year 2026] [--out rapport.docx|rapport.csv|rapport.json] [--profile <bestand|url>]
//    [--raad-report verslag.docx [--register trajecten.json] [--gemeente naam]]`
// `npm run scan -- --insert <antwoorden.json> <document.docx> [--force] [--profile <bestand|url>]`
// Exit codes: 0 scan completed (also when some files could not be read), 1 could not finish
// (e.g. the report could not be written, or --insert refused), 2 wrong use.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseAnswers } from '../participation/index.ts';
import type { Profile, Traject } from '../participation/index.ts';
import { removePendingTempFiles, removeStaleTempFiles, writeFileAtomic } from '../files/index.ts';
import { buildRaadReport } from '../report/raad-report.ts';
import { raadReportToDocx } from '../report/raad-report-docx.ts';
import { parseRegisterJson } from '../report/register-file.ts';
import { AppError, describeError, messageFor } from '../text/index.ts';
import { fillScanText, scanCliText, scanHelpText, scanReportText } from '../text/ui-scan.ts';
import { insertParagraphIntoDocx } from './insert.ts';
import { loadProfile } from './profile-source.ts';
import { buildReport, toScannedAdvice } from './report.ts';
import type { ScanReport } from './report.ts';
import { reportFormatFor, reportToCsv, reportToDocx, reportToJson, summaryRows } from './report-output.ts';
import { scanFolder } from './scan.ts';
import type { ScanProgress } from './scan.ts';

export type CliArgs =
  | {
      mode: 'scan';
      folder: string;
      year?: number;
      out?: string;
      profile?: string;
      raadReport?: string;
      register?: string;
      gemeente?: string;
    }
  | { mode: 'insert'; answers: string; document: string; force: boolean; profile?: string }
  | { mode: 'help' };

/** Parses the arguments; throws AppError SCAN.USAGE* on wrong use. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const positional: string[] = [];
  let year: number | undefined;
  let out: string | undefined;
  let insert: string | undefined;
  let force = false;
  let profile: string | undefined;
  let raadReport: string | undefined;
  let register: string | undefined;
  let gemeente: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new AppError('SCAN.USAGE');
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { mode: 'help' };
      case '--year': {
        const v = value();
        if (!/^\d{4}$/.test(v)) throw new AppError('SCAN.USAGE_YEAR', { details: { value: v } });
        year = Number(v);
        break;
      }
      case '--out':
        out = value();
        if (!reportFormatFor(out)) throw new AppError('SCAN.USAGE_OUT');
        break;
      case '--insert':
        insert = value();
        break;
      case '--force':
        force = true;
        break;
      case '--profile':
        profile = value();
        break;
      case '--raad-report':
        raadReport = value();
        if (!/\.docx$/i.test(raadReport)) throw new AppError('SCAN.USAGE_RAAD_REPORT');
        break;
      case '--register':
        register = value();
        break;
      case '--gemeente':
        gemeente = value();
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') {
          throw new AppError('SCAN.USAGE_OPTION', { details: { option: flag, usage: messageFor('SCAN.USAGE') } });
        }
        positional.push(arg);
    }
  }
  if (insert !== undefined) {
    const scanOnly = [year, out, raadReport, register, gemeente].some((v) => v !== undefined);
    if (positional.length !== 1 || scanOnly) throw new AppError('SCAN.USAGE');
    return { mode: 'insert', answers: insert, document: positional[0]!, force, ...(profile !== undefined ? { profile } : {}) };
  }
  // The register and the name only go into the raad report; alone they would be silently ignored.
  if (positional.length !== 1 || force || (raadReport === undefined && (register !== undefined || gemeente !== undefined))) {
    throw new AppError('SCAN.USAGE');
  }
  return {
    mode: 'scan',
    folder: positional[0]!,
    ...(year !== undefined ? { year } : {}),
    ...(out !== undefined ? { out } : {}),
    ...(profile !== undefined ? { profile } : {}),
    ...(raadReport !== undefined ? { raadReport } : {}),
    ...(register !== undefined ? { register } : {}),
    ...(gemeente !== undefined ? { gemeente } : {}),
  };
}

/** Today in the Netherlands as YYYY-MM-DD. */
function todayInAmsterdam(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  now: () => Date;
}

function progressPrinter(io: Io): { update: (p: ScanProgress) => void; end: () => void } {
  const tty = io.stderr.isTTY === true;
  let last = 0;
  let pending: ScanProgress | undefined;
  let drawn: ScanProgress | undefined;
  const bar = (p: ScanProgress): void => {
    const width = 24;
    const filled = p.total === 0 ? width : Math.round((p.done / p.total) * width);
    const text = fillScanText(scanCliText.progress, { done: p.done, total: p.total, skipped: p.skipped });
    io.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}\x1b[K`);
    drawn = p;
  };
  return {
    update(p) {
      if (!tty) {
        const state = p.result.ok ? scanCliText.stateRead : fillScanText(scanCliText.stateSkipped, { reason: p.result.message });
        io.stderr.write(`${fillScanText(scanCliText.progressLine, { done: p.done, total: p.total, skipped: p.skipped, path: oneLine(p.path), state })}\n`);
        return;
      }
      pending = p;
      const t = Date.now();
      // Redrawing on every file would cost more than the scan itself for small documents.
      if (t - last >= 100 || p.done === p.total) {
        last = t;
        bar(p);
      }
    },
    end() {
      if (tty && pending) {
        if (drawn !== pending) bar(pending);
        io.stderr.write('\n');
      }
    },
  };
}

/** A file name on one terminal line: a name with a newline or an escape code could fake a line of the summary. */
function oneLine(name: string): string {
  return JSON.stringify(name).slice(1, -1);
}

function summaryText(report: ScanReport): string {
  const t = scanReportText;
  const rows = summaryRows(report);
  const lines = rows.map(([k, v]) => `${k}: ${v}`);
  if (report.followUp.length > 0) {
    lines.push('', `${t.followUp}:`);
    for (const f of report.followUp) lines.push(`- ${oneLine(f.path)}: ${f.reasons.join(' ')}`);
  }
  if (report.problems.length > 0) {
    lines.push('', `${t.problems}:`);
    for (const p of report.problems) lines.push(`- ${oneLine(p.path)}: ${p.message}`);
  }
  return `${lines.join('\n')}\n`;
}

async function readRegister(path: string): Promise<Traject[]> {
  let raw: unknown;
  try {
    raw = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new AppError('SCAN.REGISTER_UNREADABLE', { cause, details: { path } });
  }
  const parsed = parseRegisterJson(raw);
  if (!parsed.ok) throw new AppError('SCAN.REGISTER_INVALID', { details: { path, nr: parsed.nr, problem: parsed.problem } });
  return parsed.trajecten;
}

async function writeOut(path: string, data: string | Buffer): Promise<void> {
  try {
    removeStaleTempFiles(path);
    await writeFileAtomic(path, data);
  } catch (cause) {
    throw new AppError('SCAN.OUT_FAILED', { cause, details: { path } });
  }
}

async function runScan(args: Extract<CliArgs, { mode: 'scan' }>, io: Io): Promise<number> {
  const today = todayInAmsterdam(io.now());
  // Everything that can fail before the scan does, so a wrong profile or register costs no waiting.
  const profile: Profile | undefined = args.profile !== undefined ? await loadProfile(args.profile) : undefined;
  const trajecten = args.register !== undefined ? await readRegister(args.register) : [];
  // The raad report is about one year: the one asked for, else this one.
  const year = args.year ?? (args.raadReport !== undefined ? Number(today.slice(0, 4)) : undefined);
  const progress = progressPrinter(io);
  const out = args.out ? resolve(args.out) : undefined;
  const raadOut = args.raadReport ? resolve(args.raadReport) : undefined;
  const result = await scanFolder(args.folder, {
    today,
    ...(year !== undefined ? { year } : {}),
    ...(profile ? { profile } : {}),
    exclude: [out, raadOut].filter((p): p is string => p !== undefined),
    onProgress: progress.update,
  });
  progress.end();
  const report = buildReport(result);
  if (result.found === 0) io.stderr.write(`${scanCliText.noFiles}\n`);
  if (raadOut) {
    const raad = buildRaadReport({
      year: year!,
      today,
      ...(args.gemeente ? { gemeente: args.gemeente } : {}),
      trajecten,
      ...(args.register === undefined ? { withoutRegister: true } : {}),
      scan: { source: basename(resolve(args.folder)), documents: report.documents.map(toScannedAdvice), unreadable: report.totals.problems },
    });
    await writeOut(args.raadReport!, Buffer.from(await raadReportToDocx(raad)));
    io.stderr.write(`${fillScanText(scanCliText.raadReport, { out: args.raadReport! })}\n`);
  }
  if (!out) {
    io.stdout.write(summaryText(report));
    io.stderr.write(`${fillScanText(scanCliText.finishedStdout, { documents: report.totals.read, skipped: report.totals.problems })}\n`);
    return 0;
  }
  const format = reportFormatFor(out)!;
  const data = format === 'json' ? reportToJson(report) : format === 'csv' ? reportToCsv(report) : await reportToDocx(report);
  await writeOut(args.out!, data);
  io.stderr.write(
    `${fillScanText(scanCliText.finished, { documents: report.totals.read, skipped: report.totals.problems, out: args.out! })}\n`,
  );
  return 0;
}

async function runInsert(args: Extract<CliArgs, { mode: 'insert' }>, io: Io): Promise<number> {
  if (!/\.(docx|docm)$/i.test(args.document)) throw new AppError('SCAN.INSERT_NOT_DOCX');
  const profile: Profile | undefined = args.profile !== undefined ? await loadProfile(args.profile) : undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(args.answers, 'utf8'));
  } catch (cause) {
    throw new AppError('SCAN.ANSWERS_FILE', { cause, details: { path: args.answers } });
  }
  const parsed = parseAnswers(raw);
  if (!parsed.ok) {
    const problems = parsed.problems
      .slice(0, 5)
      .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
      .join('; ');
    throw new AppError('SCAN.ANSWERS_INVALID', { details: { path: args.answers, problems } });
  }
  let buf: Buffer;
  try {
    buf = await readFile(args.document);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new AppError(code === 'EACCES' || code === 'EPERM' || code === 'EBUSY' ? 'SCAN.LOCKED' : 'SCAN.UNREADABLE', { cause });
  }
  const result = await insertParagraphIntoDocx(buf, parsed.answers, {
    force: args.force,
    now: io.now().toISOString(),
    today: todayInAmsterdam(io.now()),
    ...(profile ? { profile } : {}),
  });
  try {
    // What an earlier run that was killed while writing left next to the document.
    removeStaleTempFiles(args.document);
    await writeFileAtomic(args.document, result.buffer);
  } catch (cause) {
    throw new AppError('SCAN.INSERT_WRITE_FAILED', { cause });
  }
  const msg = result.action === 'inserted' ? scanCliText.inserted : scanCliText.insertedReplaced;
  io.stdout.write(`${fillScanText(msg, { path: args.document })}\n`);
  return 0;
}

const USAGE_CODES = new Set(['SCAN.USAGE', 'SCAN.USAGE_OPTION', 'SCAN.USAGE_YEAR', 'SCAN.USAGE_OUT', 'SCAN.USAGE_RAAD_REPORT', 'SCAN.FOLDER_NOT_FOUND', 'SCAN.NOT_A_FOLDER']);

/** Runs the command; returns the exit code. Errors become one Dutch line on stderr, never a stack. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.mode === 'help') {
      io.stdout.write(`${scanHelpText}\n`);
      return 0;
    }
    return args.mode === 'scan' ? await runScan(args, io) : await runInsert(args, io);
  } catch (error) {
    io.stderr.write(`${describeError(error)}\n`);
    if (process.env.SCAN_DEBUG && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`);
    return error instanceof AppError && USAGE_CODES.has(error.code) ? 2 : 1;
  }
}

const isEntry = process.argv[1] !== undefined && /[\\/]docx[\\/]cli\.ts$/.test(process.argv[1]);
if (isEntry) {
  // Ctrl+C or a stop while a document is being written: the original stays, and so should nothing else.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      removePendingTempFiles();
      process.exit(code);
    });
  }
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, now: () => new Date() });
  process.exitCode = code;
}
