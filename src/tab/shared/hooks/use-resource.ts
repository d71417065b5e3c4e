import { useCallback, useEffect, useRef, useState } from 'react';

/** One read the tab shows: its last data, its error and whether a newer answer is on the way. */
export interface Resource<T> {
  data?: T;
  error?: unknown;
  /** A request for the current key has not answered yet (old data may still be shown meanwhile). */
  loading: boolean;
  /** Asks again; the data on screen stays until the new answer is there. */
  reload(): void;
  /** Replaces the data locally after a successful write, without a round trip. */
  setData(update: (current: T | undefined) => T | undefined): void;
}

interface Settled<T> {
  /** The request this answer belongs to. */
  id?: string;
  data?: T;
  error?: unknown;
}

/**
 * The tab's one way to read data. `key` names what is read (the same key, the same request); `null`
 * reads nothing. A new key or `reload()` starts a request and keeps the last data on screen until it
 * answers (stale-while-revalidate), so lists do not flicker. An answer for a key that is no longer
 * current, or that arrives after unmount, is dropped, and `load` sees its signal aborted.
 */
export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [settled, setSettled] = useState<Settled<T>>({});
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const id = key === null ? null : `${round}:${key}`;

  useEffect(() => {
    if (id === null) return;
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ id, data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled((s) => ({ id, data: s.data, error }));
      },
    );
    return () => controller.abort();
  }, [id]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const setData = useCallback((update: (current: T | undefined) => T | undefined) => setSettled((s) => ({ ...s, data: update(s.data) })), []);
  if (id === null) return { loading: false, reload, setData };
  const current = settled.id === id;
  return { data: settled.data, error: current ? settled.error : undefined, loading: !current, reload, setData };
}

/** A resource key from its parts; `undefined` parts are kept apart from empty strings. */
export function resourceKey(...parts: readonly (string | number | boolean | undefined)[]): string {
  return JSON.stringify(parts);
}
