import { parseArgs } from 'node:util';
import { startText } from '../../src/text/ui-start.ts';
import { amsterdamTime, toAmsterdamDate } from '../../src/workgroups/index.ts';

export interface StartOptions {
  reset: boolean;
  /** Demo clock start as an ISO instant; absent = the real time. */
  clock?: string;
  speed: number;
  /** undefined = the fixed default ports; 0 = random free ports; n = n, n+1, n+2, n+3. */
  portBase?: number;
  dataDir: string;
  build: boolean;
  tenant: boolean;
  verbose: boolean;
  help: boolean;
}

/** A wrong command line: the message is Dutch and meant for the user. */
export class StartUsageError extends Error {}

const t = startText.launcher;

/** '2026-12-01T08:00' is wall-clock time in the Netherlands; a value with Z or an offset is taken as is. */
export function parseClock(value: string): string {
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/.exec(value.trim());
  let instant: string;
  if (local) {
    const time = local[2] ?? '08:00';
    if (Number(time.slice(0, 2)) > 23 || Number(time.slice(3, 5)) > 59) throw new StartUsageError(t.badClock);
    instant = amsterdamTime(local[1]!, time);
    // The calendar silently rolls 2026-13-01 over into the next year; a day that does not exist is a typo.
    if (toAmsterdamDate(instant) !== local[1]) throw new StartUsageError(t.badClock);
  }
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value.trim())) instant = value.trim();
  else throw new StartUsageError(t.badClock);
  const ms = Date.parse(instant);
  if (!Number.isFinite(ms)) throw new StartUsageError(t.badClock);
  return new Date(ms).toISOString();
}

export function parseStartArgs(argv: readonly string[]): StartOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        reset: { type: 'boolean', default: false },
        clock: { type: 'string' },
        speed: { type: 'string' },
        'port-base': { type: 'string' },
        'data-dir': { type: 'string', default: 'data' },
        'no-build': { type: 'boolean', default: false },
        tenant: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new StartUsageError(t.badOption((error as Error).message.split('.')[0] ?? ''));
  }
  const speed = values.speed === undefined ? 1 : Number(values.speed);
  if (!Number.isFinite(speed) || speed < 1 || speed > 100_000) throw new StartUsageError(t.badSpeed);
  let portBase: number | undefined;
  if (values['port-base'] !== undefined) {
    portBase = Number(values['port-base']);
    if (!Number.isInteger(portBase) || (portBase !== 0 && (portBase < 1024 || portBase > 65_000))) throw new StartUsageError(t.badPortBase);
  }
  return {
    reset: values.reset === true,
    ...(typeof values.clock === 'string' ? { clock: parseClock(values.clock) } : {}),
    speed,
    ...(portBase !== undefined ? { portBase } : {}),
    dataDir: String(values['data-dir']),
    build: values['no-build'] !== true,
    tenant: values.tenant === true,
    verbose: values.verbose === true,
    help: values.help === true,
  };
}
