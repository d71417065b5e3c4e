import { useCallback, useState } from 'react';

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
  const [state, setState] = useState(() => ({ key, value: read(key, initial), initial }));
  // Only a new key means a different draft (`initial` is a fresh object each render): adjust during render.
  let current = state;
  if (state.key !== key) {
    current = { key, value: read(key, initial), initial };
    setState(current);
  }

  const update = useCallback(
    (next: T | ((cur: T) => T)) => {
      setState((s) => {
        const v = typeof next === 'function' ? (next as (c: T) => T)(s.value) : next;
        try {
          window.sessionStorage.setItem(PREFIX + s.key, JSON.stringify(v));
        } catch {
          // Storage full or blocked (private mode): the draft still lives in memory.
        }
        return { ...s, value: v };
      });
    },
    [],
  );

  const clear = useCallback(() => {
    try {
      window.sessionStorage.removeItem(PREFIX + key);
    } catch {
      // see above
    }
    setState((s) => ({ ...s, value: s.initial }));
  }, [key]);

  return [current.value, update, clear];
}
