import { Suspense, createContext, lazy, useCallback, useContext, useRef, useState } from 'react';
import type { ReactNode } from 'react';

// Loaded on the first conflict only; Fluent's Dialog stays off the first page.
const ConflictDialog = lazy(() => import('./conflict-dialog.tsx').then((m) => ({ default: m.ConflictDialog })));

export type ConflictChoice = 'mine' | 'theirs';

export interface ConflictRequest<T> {
  mine: T;
  theirs: T;
  render(version: T): ReactNode;
}

type Ask = <T>(request: ConflictRequest<T>) => Promise<ConflictChoice>;

const ConflictContext = createContext<Ask | null>(null);

/**
 * One conflict dialog for the whole tab, mounted in the shell. Pages ask and await the user's choice.
 * Living above the pages means a page change never unmounts a closing modal (which would leave the rest
 * of the tab aria-hidden).
 */
export function ConflictHost({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ request: ConflictRequest<unknown>; open: boolean }>();
  const resolver = useRef<((c: ConflictChoice) => void) | undefined>(undefined);

  const ask = useCallback<Ask>(
    (request) =>
      new Promise<ConflictChoice>((resolve) => {
        resolver.current?.('theirs');
        resolver.current = resolve;
        setState({ request: request as ConflictRequest<unknown>, open: true });
      }),
    [],
  );

  const choose = (choice: ConflictChoice) => {
    setState((s) => (s ? { ...s, open: false } : s));
    const resolve = resolver.current;
    resolver.current = undefined;
    resolve?.(choice);
  };

  return (
    <ConflictContext.Provider value={ask}>
      {children}
      {state ? (
        <Suspense fallback={null}>
          <ConflictDialog
            open={state.open}
            mine={state.request.mine}
            theirs={state.request.theirs}
            render={state.request.render}
            onKeepMine={() => choose('mine')}
            onKeepTheirs={() => choose('theirs')}
          />
        </Suspense>
      ) : null}
    </ConflictContext.Provider>
  );
}

export function useConflict(): Ask {
  const ask = useContext(ConflictContext);
  if (!ask) throw new Error('useConflict outside ConflictHost');
  return ask;
}
