import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { assigneesOf, canActOnAction } from '../../../workgroups/index.ts';
import type { Actie, Werkgroep } from '../../../workgroups/index.ts';
import { AppError } from '../../../text/index.ts';
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
  /** Whether the signed-in user may change this action (the rule the bot's cards follow too). */
  mayAct(actie: Actie): boolean;
  busyId?: string;
  error?: unknown;
  clearError(): void;
  /** The action the user last marked done here, for the confirmation that replaces it in the list. */
  done?: Actie;
  clearDone(): void;
}

/**
 * The tab's side of canActOnAction: an assignee may always act (their own list spans werkgroepen, so the
 * werkgroep may not be loaded); anyone else only when the action's werkgroep is known and it makes them
 * voorzitter or MT-lid of it. Without a signed-in user nobody may.
 * @example mayActOnAction('u1', { ...actie, trekkerId: 'u1' }, undefined) //=> true
 */
export function mayActOnAction(userId: string | undefined, actie: Actie, werkgroep: Werkgroep | undefined): boolean {
  if (!userId) return false;
  if (assigneesOf(actie).includes(userId)) return true;
  return werkgroep !== undefined && canActOnAction(userId, actie, werkgroep);
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

/**
 * Mark done / change due date with the conflict flow shared by every page that lists actions. Refuses
 * (WORKGROUPS.NOT_ALLOWED, nothing sent to Planner) for an action the user may not change, whatever the
 * buttons show. `werkgroep`: the action's werkgroep when it is not the one the tab has loaded.
 */
export function useActionCommands(onChanged: (actie: Actie) => void, werkgroep?: Werkgroep): ActionCommands {
  const env = useTabEnv();
  const { data, userId } = env;
  const known = werkgroep ?? env.werkgroep?.werkgroep;
  const ask = useConflict();
  const [busyId, setBusyId] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<Actie>();
  const mayAct = useCallback((actie: Actie) => mayActOnAction(userId, actie, known), [userId, known]);

  const run = useCallback(
    (first: Actie, command: Command): Promise<void> => {
      const attempt = async (actie: Actie): Promise<void> => {
        setDone(undefined);
        if (!mayAct(actie)) {
          setError(new AppError('WORKGROUPS.NOT_ALLOWED'));
          return;
        }
        setBusyId(actie.id);
        setError(undefined);
        try {
          const saved = command.kind === 'done' ? await data.completeAction(actie) : await data.updateAction(actie, command.change);
          onChanged(saved);
          if (command.kind === 'done') setDone(saved);
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
    [data, onChanged, ask, mayAct],
  );

  return {
    complete: (a) => run(a, { kind: 'done' }),
    changeDue: (a, dueDate) => run(a, { kind: 'change', change: { dueDate } }),
    mayAct,
    busyId,
    error,
    clearError: () => setError(undefined),
    done,
    clearDone: () => setDone(undefined),
  };
}

/** The confirmation after "Klaar": a done action leaves the open list, so the user sees where it went. */
export function ActionDoneMessage({ commands }: { commands: Pick<ActionCommands, 'done'> }) {
  if (!commands.done) return null;
  return (
    <MessageBar intent="success" role="status" data-testid="action-done-message">
      <MessageBarBody>{tabText.action.markedDone(commands.done.titel)}</MessageBarBody>
    </MessageBar>
  );
}
