// `npm run paragraaf -- <antwoorden.json> [--profile <profiel.json>] [--format text|html|json] [--today YYYY-MM-DD]`
// The edge of the participation core: reads files, prints Dutch text, never a stack trace.
// Exit codes: 0 = paragraph printed; 1 = printed, but the checks found errors; 2 = input not usable.
import { readFileSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toAmsterdamDate } from '../text/amsterdam.ts';
import { AppError, describeError, escapeHtml, messageFor } from '../text/index.ts';
import type { ErrorCode } from '../text/index.ts';
import { cliText } from '../text/ui-participation.ts';
import {
  adviseLevel,
  defaultProfile,
  generateParagraph,
  parseAnswers,
  parseProfile,
  renderParagraphHtml,
  renderParagraphText,
  validateAnswers,
} from './index.ts';
import type { Finding, Profile } from './index.ts';

export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today in Europe/Amsterdam as 'YYYY-MM-DD'. */
  today(): string;
}

type Format = 'text' | 'html' | 'json';

class CliFailure extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

function fail(code: ErrorCode, details: Record<string, string | number> = {}): never {
  throw new CliFailure(messageFor(code, details));
}

function parseArgs(argv: readonly string[]): { file: string; profile?: string; format: Format; today?: string } {
  let file: string | undefined;
  let profile: string | undefined;
  let today: string | undefined;
  let format: Format = 'text';
  const usage = (detail: string): never => fail('PART.CLI_USAGE', { detail, usage: cliText.usage });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.length === 0) usage(`bij ${name} hoort een waarde`);
      return v!;
    };
    if (name === '--profile') profile = value();
    else if (name === '--today') {
      today = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) usage(`"${today}" is geen datum als 2025-03-12`);
    } else if (name === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'html' && f !== 'json') usage(`"${f}" is geen formaat; kies text, html of json`);
      format = f as Format;
    } else if (name === '--help' || name === '-h') usage('je vroeg om hulp');
    else if (name.startsWith('-')) usage(`de optie "${name}" bestaat niet`);
    else if (file === undefined) file = name;
    else usage(`er is al een antwoordbestand ("${file}")`);
  }
  if (file === undefined) usage('het antwoordbestand ontbreekt');
  return { file: file!, format, ...(profile === undefined ? {} : { profile }), ...(today === undefined ? {} : { today }) };
}

/** Line and column of a JSON.parse failure, from the position V8 puts in its message. */
function jsonPosition(source: string, error: unknown): { line: number; column: number } {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  const lineCol = /line (\d+) column (\d+)/.exec(error instanceof Error ? error.message : '');
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const pos = m ? Number(m[1]) : source.length;
  const before = source.slice(0, pos).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function readJson(io: CliIo, file: string, unreadable: ErrorCode, invalid: ErrorCode): unknown {
  let source: string;
  try {
    source = io.readFile(file);
  } catch {
    fail(unreadable, { file });
  }
  try {
    return JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(invalid, { file, ...jsonPosition(source, error) });
  }
}

function findingsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return cliText.noFindings;
  return [
    `${cliText.findingsTitle}:`,
    ...findings.map((f) => `- ${cliText.severity[f.severity]} (vraag ${f.questionId.split('_')[0]!.slice(1)}): ${f.message}`),
  ].join('\n');
}

function findingsHtml(findings: readonly Finding[]): string {
  if (findings.length === 0) return `<p>${escapeHtml(cliText.noFindings)}</p>`;
  const items = findings.map(
    (f) => `<li data-code="${escapeHtml(f.code)}" data-vraag="${escapeHtml(f.questionId)}">${escapeHtml(`${cliText.severity[f.severity]}: ${f.message}`)}</li>`,
  );
  return `<h3>${escapeHtml(cliText.findingsTitle)}</h3>\n<ul>\n${items.join('\n')}\n</ul>`;
}

/** Runs the CLI and returns the exit code. All output goes through `io`. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    let profile: Profile = defaultProfile;
    if (args.profile !== undefined) {
      profile = parseProfile(readJson(io, args.profile, 'PART.CLI_PROFILE_UNREADABLE', 'PART.CLI_PROFILE_INVALID_JSON'));
    }
    const parsed = parseAnswers(readJson(io, args.file, 'PART.CLI_FILE_UNREADABLE', 'PART.CLI_INVALID_JSON'));
    if (!parsed.ok) {
      io.stderr([cliText.problemsTitle.replace('{file}', `"${args.file}"`), ...parsed.problems.map((p) => `- ${p.message}`)].join('\n') + '\n');
      return 2;
    }
    const answers = parsed.answers;
    const today = args.today ?? io.today();
    const paragraph = generateParagraph(answers, profile, { today });
    const findings = validateAnswers(answers, { today, profile });
    if (args.format === 'json') {
      const advice = adviseLevel(answers, profile);
      io.stdout(`${JSON.stringify({ paragraph, text: renderParagraphText(paragraph), advice, findings }, null, 2)}\n`);
    } else if (args.format === 'html') {
      io.stdout(`${renderParagraphHtml(paragraph)}\n${findingsHtml(findings)}\n`);
    } else {
      io.stdout(`${renderParagraphText(paragraph)}\n\n${findingsText(findings)}\n`);
    }
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (error) {
    io.stderr(`${error instanceof CliFailure ? error.text : describeError(error instanceof AppError ? error : undefined)}\n`);
    return error instanceof CliFailure || error instanceof AppError ? 2 : 1;
  }
}

function isMain(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = runCli(process.argv.slice(2), {
    readFile: (p) => readFileSync(p, 'utf8'),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    today: () => toAmsterdamDate(new Date().toISOString()),
  });
}
