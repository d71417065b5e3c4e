// The user's one-time answer to "may the pane put this traject in the register?". Remembered per user
// on this computer (the pane's localStorage), not in the document: it is the author's choice, and a
// colleague who opens the same document is asked for their own.

export type Consent = 'ja' | 'nee' | 'onbekend';

const KEY = 'participatie.trajectregister.toestemming';

/** Storage can be missing or refuse (private mode, a locked-down webview): then we simply ask again. */
export function readConsent(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Consent {
  try {
    const value = storage?.getItem(KEY);
    return value === 'ja' || value === 'nee' ? value : 'onbekend';
  } catch {
    return 'onbekend';
  }
}

export function writeConsent(consent: Exclude<Consent, 'onbekend'>, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(KEY, consent);
  } catch {
    // Not remembered: the pane asks again next time, which is the safe side.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
