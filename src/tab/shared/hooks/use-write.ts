import { useCallback, useState } from 'react';

export interface Write {
  busy: boolean;
  error?: unknown;
  clearError(): void;
  /** Runs one save; a failure is logged and kept in `error` (shown with ErrorBar), never thrown. */
  write(work: () => Promise<void>): Promise<void>;
}

/** Busy and error state for a form's saves, the counterpart of useResource for writes. */
export function useWrite(): Write {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const clearError = useCallback(() => setError(undefined), []);
  const write = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      console.error(e);
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, clearError, write };
}
