import { Text } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ReactNode } from 'react';
import { meetingText } from '../../../text/ui-meetings.ts';
import { useConflict } from '../../shared/components/conflict-host.tsx';
import { ConflictError } from '../../shared/data/tab-data.ts';
import { useWrite } from '../../shared/hooks/use-write.ts';
import type { Write } from '../../shared/hooks/use-write.ts';

/** A version in the conflict dialog: the item as stored or as I meant it, or my removal of it. */
interface Version<T> {
  item: T;
  removed?: boolean;
}

export interface ItemWrites<T extends { id: string; etag?: string | undefined }> extends Omit<Write, 'write'> {
  /** Saves `change` on top of the item; on a 412 the user picks, and "mine" applies the change to the stored version. */
  update(item: T, change: Partial<T>): Promise<void>;
  remove(item: T): Promise<void>;
  /** Any write that is not about one item (a new one, a reorder). */
  write: Write['write'];
  /** `update` without its own busy state, for several items inside one `write` (a reorder); gives the version that stands. */
  apply(item: T, change: Partial<T>): Promise<T>;
}

/**
 * Edits and removals of agenda items and besluiten with the tab's conflict flow: every write sends the
 * item's ETag (the port does), and a ConflictError opens the shared dialog with both versions.
 */
export function useItemWrites<T extends { id: string; etag?: string | undefined }>(options: {
  save(item: T): Promise<T>;
  remove(item: T): Promise<void>;
  /** The list after a write: the saved item, or undefined when it is gone. */
  onChanged(id: string, item: T | undefined): void;
  describe(item: T): ReactNode;
}): ItemWrites<T> {
  const ask = useConflict();
  const { busy, error, clearError, write } = useWrite();
  const { save, remove, onChanged, describe } = options;

  const render = useCallback(
    (v: Version<T>): ReactNode => (
      <>
        {describe(v.item)}
        {v.removed ? <Text weight="semibold">{meetingText.removed}</Text> : null}
      </>
    ),
    [describe],
  );

  /** Runs one attempt; a conflict asks the user and, for "mine", runs again on the stored version. */
  const withConflict = useCallback(
    async <R,>(item: T, attempt: (base: T) => Promise<R>, mine: (base: T) => Version<T>): Promise<R | T> => {
      try {
        return await attempt(item);
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
        const theirs = e.theirs as T;
        const choice = await ask<Version<T>>({ mine: mine(theirs), theirs: { item: theirs }, render });
        if (choice === 'mine') return attempt(theirs);
        onChanged(theirs.id, theirs);
        return theirs;
      }
    },
    [ask, render, onChanged],
  );

  const apply = (item: T, change: Partial<T>): Promise<T> =>
    withConflict(
      item,
      async (base) => {
        const saved = await save({ ...base, ...change });
        onChanged(base.id, saved);
        return saved;
      },
      (base) => ({ item: { ...base, ...change } }),
    );

  return {
    busy,
    error,
    clearError,
    write,
    apply,
    update: (item, change) =>
      write(async () => {
        await apply(item, change);
      }),
    remove: (item) =>
      write(async () => {
        await withConflict(
          item,
          async (base) => {
            await remove(base);
            onChanged(base.id, undefined);
          },
          (base) => ({ item: base, removed: true }),
        );
      }),
  };
}
