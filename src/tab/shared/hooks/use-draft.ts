import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'werkgroep-tab:draft:';

function read<T>(key: string, initial: T): T {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    if (raw === null) return initial;
    const parsed: unknown = JSON.parse(raw);
    // A draft from an older form shape must not break the form: only keep known keys of the same type.
    if (typeof initial === 'object' && initial !== null && typeof parsed === 'object' && parsed !== null) {
      const out: Record<string, unknown> = { ...(initial as Record<string, unknown>) };
      for (const [k, v] of Object.entries(parsed)) {
        if (k in out && typeof v === typeof out[k]) out[k] = v;
      }
      return out as T;
    }
    return typeof parsed === typeof initial ? (parsed as T) : initial;
  } catch {
    return initial;
  }
}

/**
 * Form state that survives a reload, a tab switch in Teams, or a failed save: kept in sessionStorage
 * until `clear()` after a successful save. Nothing typed is lost.
 */
export function useDraft<T>(key: string, initial: T): [T, (next: T | ((cur: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => read(key, initial));

  useEffect(() => {
    setValue(read(key, initial));
    // Only a new key means a different draft; `initial` is a fresh object each render.
  }, [key]);

  const update = useCallback(
    (next: T | ((cur: T) => T)) => {
      setValue((cur) => {
        const v = typeof next === 'function' ? (next as (c: T) => T)(cur) : next;
        try {
          window.sessionStorage.setItem(PREFIX + key, JSON.stringify(v));
        } catch {
          // Storage full or blocked (private mode): the draft still lives in memory.
        }
        return v;
      });
    },
    [key],
  );

  const clear = useCallback(() => {
    try {
      window.sessionStorage.removeItem(PREFIX + key);
    } catch {
      // see above
    }
    setValue(initial);
  }, [key]);

  return [value, update, clear];
}
