import { botErrors } from './errors-bot.ts';
import { graphErrors } from './errors-graph.ts';
import { participationErrors } from './errors-participation.ts';
import { scanErrors } from './errors-scan.ts';
import { storeErrors } from './errors-store.ts';
import { tabErrors } from './errors-tab.ts';
import { wordErrors } from './errors-word.ts';
import { workgroupsErrors } from './errors-workgroups.ts';

/** Every error code the product can show, with its Dutch text. Each area owns one errors-<area>.ts file. */
export const errorText = {
  ...participationErrors,
  ...workgroupsErrors,
  ...graphErrors,
  ...storeErrors,
  ...wordErrors,
  ...scanErrors,
  ...botErrors,
  ...tabErrors,
} as const;

export type ErrorCode = keyof typeof errorText;

/**
 * An error that carries a stable code, never user text. The edge (CLI, bot handler,
 * task pane, tab) turns the code into Dutch with `messageFor`.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** Extra facts for the message, e.g. the field that is wrong. Never personal data in logs. */
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: ErrorCode, options: { cause?: unknown; details?: Record<string, string | number> } = {}) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** The Dutch message for a code; `{name}` placeholders are filled from details. */
export function messageFor(code: ErrorCode, details: Readonly<Record<string, string | number>> = {}): string {
  return (errorText[code] as string).replace(/\{(\w+)\}/g, (m, key: string) =>
    details[key] === undefined ? m : String(details[key]),
  );
}

/** Dutch text for any thrown value: the code's text for an AppError, a generic line otherwise. */
export function describeError(error: unknown): string {
  if (error instanceof AppError) return messageFor(error.code, error.details);
  return 'Er ging iets mis. Probeer het opnieuw. Blijft het misgaan? Neem contact op met je beheerder.';
}
