import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Loading } from '../../shared/components/loading.tsx';
import { useEffect, useRef, useState } from 'react';
import { AppError } from '../../../text/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Section } from '../../shared/components/section.tsx';
import type { PreparedWerkgroep } from '../../shared/data/tab-data.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';

const T = tabText.config;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * The channel tab's configuration page: makes sure the werkgroep's SharePoint lists and Planner plan
 * exist (a team made in Teams has no plan yet: the page creates it, as the signed-in user), then lets
 * Teams save the tab (pages.config save handler).
 */
export function ConfigPage() {
  const styles = useStyles();
  const { data, groupId, inTeams } = useTabEnv();
  const [prepared, setPrepared] = useState<PreparedWerkgroep>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const preparedRef = useRef<PreparedWerkgroep | undefined>(undefined);

  const prepare = async (): Promise<PreparedWerkgroep> => {
    if (preparedRef.current) return preparedRef.current;
    if (!groupId) throw new AppError('TAB.NOT_IN_TEAM');
    setBusy(true);
    setError(undefined);
    try {
      const result = await data.prepareWerkgroep(groupId);
      preparedRef.current = result;
      setPrepared(result);
      return result;
    } catch (e) {
      console.error(e);
      const err = e instanceof AppError ? e : new AppError('TAB.CONFIG_FAILED', { cause: e });
      setError(err);
      throw err;
    } finally {
      setBusy(false);
    }
  };

  // Teams keeps the save handler registered once; it must run the latest prepare.
  const prepareRef = useRef(prepare);
  useEffect(() => {
    prepareRef.current = prepare;
  });

  useEffect(() => {
    if (!inTeams) return;
    let cancelled = false;
    const register = async () => {
      const { pages } = await import('../../shared/teams-pages.ts');
      if (cancelled) return;
      pages.config.registerOnSaveHandler((evt) => {
        const url = `${window.location.origin}${window.location.pathname}#/overzicht`;
        const save = async () => {
          try {
            await prepareRef.current();
            await pages.config.setConfig({ entityId: `werkgroep-${groupId ?? ''}`, contentUrl: url, websiteUrl: url, suggestedDisplayName: T.tabName });
            evt.notifySuccess();
          } catch {
            evt.notifyFailure();
          }
        };
        void save();
      });
      pages.config.setValidityState(Boolean(groupId));
    };
    void register();
    return () => {
      cancelled = true;
    };
  }, [inTeams, groupId]);

  return (
    <Section title={T.title} testId="config">
      <div className={styles.root}>
        <Text>{T.intro}</Text>
        {!groupId ? <ErrorBar error={new AppError('TAB.NOT_IN_TEAM')} /> : null}
        {error ? <ErrorBar error={error} onRetry={() => void prepare().catch(() => undefined)} /> : null}
        {busy ? <Loading label={T.preparing} /> : null}
        {prepared ? (
          <>
            <MessageBar intent="success">
              <MessageBarBody>{T.ready}</MessageBarBody>
            </MessageBar>
            {prepared.planCreated ? <Text data-testid="plan-created">{T.planCreated}</Text> : null}
            <Text weight="semibold">{T.lists}</Text>
            <ul className={styles.list}>
              {prepared.lists.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </>
        ) : (
          <Button appearance="primary" disabled={busy || !groupId} onClick={() => void prepare().catch(() => undefined)}>
            {T.prepare}
          </Button>
        )}
      </div>
    </Section>
  );
}
