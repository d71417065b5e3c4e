// `npm start`: builds what is needed and runs the whole product on this machine (see --help).
import { join, resolve } from 'node:path';
import { describeError } from '../../src/text/index.ts';
import { startText } from '../../src/text/ui-start.ts';
import { parseStartArgs, StartUsageError, type StartOptions } from './args.ts';
import { createStartLogger } from './log.ts';
import { PortInUseError } from './ports.ts';
import type { RunningSystem } from './system.ts';
import { readTenantEnvironment, TenantSettingsError } from './tenant-settings.ts';

const t = startText.launcher;
const print = (line: string): void => console.log(line);

let options: StartOptions;
try {
  options = parseStartArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof StartUsageError ? error.message : describeError(error));
  process.exit(2);
}
if (options.help) {
  print(t.help);
  process.exit(0);
}

const logFile = join(resolve(options.dataDir), 'logs', 'start.log');
const { log, flush } = createStartLogger(logFile, { verbose: options.verbose });
let system: RunningSystem | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (stopping) process.exit(1);
  stopping = true;
  print(t.stopping);
  await system?.close();
  log.info('stopped');
  flush();
  print(t.stopped);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  // Settings first: a refusal must not wait for the whole system to load.
  if (options.tenant) readTenantEnvironment(process.env);
  print(t.starting);
  system = options.tenant
    ? await (await import('./tenant.ts')).startTenant(options, { print, log })
    : await (await import('./demo.ts')).startDemo(options, { print, log });
  if (stopping) await system.close();
} catch (error) {
  if (error instanceof TenantSettingsError) {
    console.error(t.tenantMissing);
    for (const p of error.problems) console.error(`  - ${p.name}: ${p.problem}`);
    console.error(t.tenantFix);
    flush();
    process.exit(2);
  }
  if (error instanceof PortInUseError) {
    console.error(error.message);
  } else {
    const code = (error as { code?: unknown })?.code;
    console.error(t.startFailed, code === 'ERR_MODULE_NOT_FOUND' ? t.missingModule : describeError(error));
    console.error(t.seeLog(logFile));
    log.error({ err: { name: (error as Error)?.name, code: (error as { code?: string })?.code, message: (error as Error)?.message?.slice(0, 300) } }, 'start failed');
  }
  flush();
  process.exit(1);
}
