import { AppError } from '../text/index.ts';
import type { LedgerEntry } from './types.ts';

/** All instants are stored as `toISOString()` so that string order is time order in every adapter. */
export function normalizeInstant(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new AppError('STORE.INVALID_RECORD', { details: { field: 'instant' } });
  return new Date(ms).toISOString();
}

/** A claim may be taken over when its holder stopped renewing it, or a retry is due. Sent and unreachable are final. */
export function canTakeOver(entry: LedgerEntry, now: string): boolean {
  if (entry.state === 'claimed') return entry.leaseUntil <= now;
  if (entry.state === 'retry') return (entry.nextAttemptAt ?? '') <= now;
  return false;
}
