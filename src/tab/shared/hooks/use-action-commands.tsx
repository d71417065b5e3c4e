import { Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import type { Actie } from '../../../workgroups/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { useConflict } from '../components/conflict-host.tsx';
import { ConflictError } from '../data/tab-data.ts';
import type { ActieChange } from '../data/tab-data.ts';
import { useTabEnv } from '../tab-env.tsx';
import { safeDateNl } from '../utils/dates.ts';

type Command = { kind: 'done' } | { kind: 'change'; change: ActieChange };

export interface ActionCommands {
  complete(actie: Actie): Promise<void>;
  changeDue(actie: Actie, dueDate: string): Promise<void>;
  busyId?: string;
  error?: unknown;
  clearError(): void;
}

function describeVersion(a: Actie): ReactNode {
  return (
    <>
      <Text weight="semibold">{a.titel}</Text>
      <Text>{a.dueDate ? tabText.action.due(safeDateNl(a.dueDate)) : tabText.action.noDue}</Text>
      <Text>{a.status === 'klaar' ? tabText.action.done : tabText.action.open}</Text>
    </>
  );
}

/** Mark done / change due date with the conflict flow shared by every page that lists actions. */
export function useActionCommands(onChanged: (actie: Actie) => void): ActionCommands {
  const { data } = useTabEnv();
  const ask = useConflict();
  const [busyId, setBusyId] = useState<string>();
  const [error, setError] = useState<unknown>();

  const run = useCallback(
    (first: Actie, command: Command): Promise<void> => {
      const attempt = async (actie: Actie): Promise<void> => {
        setBusyId(actie.id);
        setError(undefined);
        try {
          const saved = command.kind === 'done' ? await data.completeAction(actie) : await data.updateAction(actie, command.change);
          onChanged(saved);
        } catch (e) {
          if (!(e instanceof ConflictError)) {
            console.error(e);
            setError(e);
            return;
          }
          const theirs = e.theirs as Actie;
          const mine: Actie = command.kind === 'done' ? { ...actie, status: 'klaar' } : { ...actie, ...command.change };
          setBusyId(undefined);
          const choice = await ask({ mine, theirs, render: describeVersion });
          // "Mijn versie": apply the same change on top of the version stored now (its ETag), so it can succeed.
          if (choice === 'mine') await attempt(theirs);
          else onChanged(theirs);
        } finally {
          setBusyId(undefined);
        }
      };
      return attempt(first);
    },
    [data, onChanged, ask],
  );

  return {
    complete: (a) => run(a, { kind: 'done' }),
    changeDue: (a, dueDate) => run(a, { kind: 'change', change: { dueDate } }),
    busyId,
    error,
    clearError: () => setError(undefined),
  };
}
