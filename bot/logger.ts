import type { ILogger, LogLevel } from '@microsoft/teams.common';
import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** JSON logs with ids only. The caller decides the destination (stdout in production, silent in tests). */
export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  return pino({ name: options.name ?? 'bot', level: options.level ?? process.env.LOG_LEVEL ?? 'info', base: undefined });
}

/**
 * The SDK logs activity bodies (names, message text) at debug level. Only its message strings go to
 * our log, never the objects, so no personal data leaves through the SDK's logging.
 */
export function sdkLogger(log: Logger, name = 'teams'): ILogger {
  const child = log.child({ component: name });
  const children = new Map<string, ILogger>();
  const text = (msg: unknown[]): string =>
    msg
      .filter((m): m is string | number => typeof m === 'string' || typeof m === 'number')
      .join(' ')
      .slice(0, 300);
  const write = (level: LogLevel, msg: unknown[]) => {
    // The SDK logs every activity at debug level; below the logger's level that costs nothing.
    if (!child.isLevelEnabled(level === 'trace' ? 'debug' : level)) return;
    const err = msg.find((m): m is Error => m instanceof Error);
    const line = text(msg) || (err ? err.name : 'sdk');
    if (level === 'error' || level === 'warn') child[level]({ err: err ? { name: err.name, message: err.message.slice(0, 200) } : undefined }, line);
    else if (level === 'info') child.info(line);
    else child.debug(line);
  };
  const logger: ILogger = {
    debug: (...m) => write('debug', m),
    info: (...m) => write('info', m),
    warn: (...m) => write('warn', m),
    error: (...m) => write('error', m),
    trace: (...m) => write('trace', m),
    log: (level, ...m) => write(level, m),
    // The SDK asks for a child per activity (its response stream); a pino child per request is costly.
    child: (n) => {
      const known = children.get(n);
      if (known) return known;
      const made = sdkLogger(log, `${name}/${n}`);
      if (children.size < 64) children.set(n, made);
      return made;
    },
  };
  return logger;
}
