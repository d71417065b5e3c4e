import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pino, type Logger } from 'pino';

/**
 * Technical JSON logs (ids only, no personal data) go to a file, so the console keeps the short Dutch
 * lines a newcomer needs; --verbose mirrors them to the console.
 */
export function createStartLogger(file: string, options: { verbose?: boolean; level?: string } = {}): { log: Logger; flush(): void } {
  mkdirSync(dirname(file), { recursive: true });
  const dest = pino.destination({ dest: file, sync: false, mkdir: true });
  const streams = options.verbose ? pino.multistream([{ stream: dest }, { stream: process.stderr }]) : dest;
  const log = pino({ name: 'start', level: options.level ?? process.env.LOG_LEVEL ?? 'info', base: undefined }, streams);
  return {
    log,
    flush: () => {
      try {
        dest.flushSync();
      } catch {
        // not open yet or already closed: nothing to flush
      }
    },
  };
}
