import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Loading } from '../../shared/components/loading.tsx';
import { useCallback, useState } from 'react';
import type { Actie } from '../../../workgroups/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { ActionItem } from '../../shared/components/action-item.tsx';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Section } from '../../shared/components/section.tsx';
import { ActionDoneMessage, useActionCommands } from '../../shared/hooks/use-action-commands.tsx';
import { useAction, useMyActions, useWerkgroep } from '../../shared/hooks/use-tab-data.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { byDueDate } from '../../shared/utils/actions.ts';
import { amsterdamDay } from '../../shared/utils/dates.ts';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Mijn acties (personal tab): my actions across all werkgroepen. */
export function MijnActiesPage() {
  const styles = useStyles();
  const { now } = useTabEnv();
  const today = amsterdamDay(now());
  const mine = useMyActions();
  const [view, setView] = useState<'open' | 'klaar'>('open');
  const setMine = mine.setData;
  const onChanged = useCallback(
    (a: Actie) => setMine((list) => list?.map((x) => (x.actie.id === a.id ? { ...x, actie: a } : x))),
    [setMine],
  );
  const commands = useActionCommands(onChanged);
  const shown = (mine.data ?? []).filter((m) => m.actie.status === view).sort((a, b) => byDueDate(a.actie, b.actie));

  return (
    <Section title={tabText.mijnActies.title} testId="mijn-acties">
      <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as 'open' | 'klaar')} size="small">
        <Tab value="open">{tabText.mijnActies.openTab}</Tab>
        <Tab value="klaar">{tabText.mijnActies.doneTab}</Tab>
      </TabList>
      {mine.error ? <ErrorBar error={mine.error} onRetry={mine.reload} /> : null}
      {commands.error ? <ErrorBar error={commands.error} onDismiss={commands.clearError} /> : null}
      <ActionDoneMessage commands={commands} />
      {mine.loading && !mine.data ? <Loading label={tabText.loading} /> : null}
      {mine.data && shown.length === 0 && view === 'open' ? <Text>{tabText.mijnActies.none}</Text> : null}
      <ul className={styles.list}>
        {shown.map((m) => (
          <ActionItem
            key={m.actie.id}
            actie={m.actie}
            today={today}
            werkgroepNaam={m.werkgroepNaam}
            busy={commands.busyId === m.actie.id}
            canAct={commands.mayAct(m.actie)}
            onDone={commands.complete}
            onChangeDue={commands.changeDue}
          />
        ))}
      </ul>
    </Section>
  );
}

/** Deep link target of the bot's cards: one action, with the same commands. */
export function ActieDetailPage({ actionId, groupId }: { actionId: string; groupId?: string }) {
  const styles = useStyles();
  const { now, data, werkgroep } = useTabEnv();
  const today = amsterdamDay(now());
  const item = useAction(actionId, groupId);
  const setItem = item.setData;
  const onChanged = useCallback((a: Actie) => setItem((cur) => (cur ? { ...cur, actie: a } : cur)), [setItem]);
  // A card's link may lack the werkgroep; its voorzitter and MT come from the action's own werkgroep.
  const actionGroup = item.data?.actie.werkgroepId;
  const other = useWerkgroep(data, actionGroup !== undefined && actionGroup !== werkgroep?.werkgroep.id ? actionGroup : undefined);
  const commands = useActionCommands(onChanged, actionGroup === werkgroep?.werkgroep.id ? werkgroep?.werkgroep : other.data?.werkgroep);
  return (
    <Section title={tabText.mijnActies.actionDetail} testId="actie-detail">
      {item.error ? <ErrorBar error={item.error} onRetry={item.reload} /> : null}
      {commands.error ? <ErrorBar error={commands.error} onDismiss={commands.clearError} /> : null}
      <ActionDoneMessage commands={commands} />
      {item.loading && !item.data ? <Loading label={tabText.loading} /> : null}
      {item.data ? (
        <ul className={styles.list}>
          <ActionItem
            actie={item.data.actie}
            today={today}
            werkgroepNaam={item.data.werkgroepNaam}
            busy={commands.busyId === item.data.actie.id}
            canAct={commands.mayAct(item.data.actie)}
            lockedNote={tabText.action.notAllowed}
            onDone={commands.complete}
            onChangeDue={commands.changeDue}
          />
        </ul>
      ) : null}
    </Section>
  );
}
