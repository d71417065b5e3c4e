import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Pill } from '../../shared/components/pill.tsx';
import { Loading } from '../../shared/components/loading.tsx';
import { useCallback } from 'react';
import type { Actie } from '../../../workgroups/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { ActionItem } from '../../shared/components/action-item.tsx';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Section } from '../../shared/components/section.tsx';
import { StatusBadge } from '../../shared/components/status-badge.tsx';
import { ActionDoneMessage, useActionCommands } from '../../shared/hooks/use-action-commands.tsx';
import { useActions, useMeetings, useResultaten } from '../../shared/hooks/use-tab-data.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { groupByOwner, isOverdue, nextMeeting } from '../../shared/utils/actions.ts';
import { amsterdamDay, formatMeetingNl } from '../../shared/utils/dates.ts';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    '@media (max-width: 48rem)': { gridTemplateColumns: 'minmax(0, 1fr)' },
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  wide: { gridColumn: '1 / -1' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  owner: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBlockEnd: tokens.spacingVerticalM },
  ownerName: { margin: 0, overflowWrap: 'anywhere', unicodeBidi: 'isolate' },
  ownerHead: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  result: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  resultTitle: { overflowWrap: 'anywhere', unicodeBidi: 'isolate' },
  badge: { flexShrink: 0 },
  link: {
    color: tokens.colorBrandForegroundLink,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    textDecorationLine: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  meeting: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

/** Overzicht: next meeting, open actions per trekker (overdue marked), results with status. */
export function OverzichtPage() {
  const styles = useStyles();
  const { groupId, werkgroep, now } = useTabEnv();
  const gid = groupId ?? '';
  const today = amsterdamDay(now());
  const meetings = useMeetings(gid, { ahead: 120 });
  const actions = useActions(gid);
  const results = useResultaten(gid);
  const setActions = actions.setData;
  const onChanged = useCallback((a: Actie) => setActions((list) => list?.map((x) => (x.id === a.id ? a : x))), [setActions]);
  const commands = useActionCommands(onChanged);
  const members = werkgroep?.members ?? [];
  const next = meetings.data ? nextMeeting(meetings.data, now().toISOString()) : undefined;
  const groups = groupByOwner(actions.data ?? [], members, tabText.unknownPerson, tabText.noOne);
  const openCount = groups.reduce((n, g) => n + g.actions.length, 0);

  return (
    <div className={styles.grid}>
      <Section title={tabText.overzicht.nextMeeting} testId="next-meeting">
        {meetings.error ? <ErrorBar error={meetings.error} onRetry={meetings.reload} /> : null}
        {meetings.loading && !meetings.data ? <Loading label={tabText.loading} /> : null}
        {meetings.data && !next ? (
          <div className={styles.meeting}>
            <Text>{tabText.overzicht.noMeeting}</Text>
            <Button as="a" href="#/vergadering">
              {tabText.overzicht.planMeeting}
            </Button>
          </div>
        ) : null}
        {next ? (
          <div className={styles.meeting}>
            <Text size={400} weight="semibold">
              {formatMeetingNl(next.start)}
            </Text>
            <Text>{next.subject}</Text>
            {next.joinUrl && /^https:\/\//i.test(next.joinUrl) ? (
              <a className={styles.link} href={next.joinUrl} target="_blank" rel="noopener noreferrer">
                {tabText.overzicht.joinMeeting}
              </a>
            ) : null}
            <a className={styles.link} href={`#/vergadering/${encodeURIComponent(next.id)}`}>
              {tabText.overzicht.openMeeting}
            </a>
          </div>
        ) : null}
      </Section>

      <Section title={tabText.overzicht.results} testId="results">
        {results.error ? <ErrorBar error={results.error} onRetry={results.reload} /> : null}
        {results.loading && !results.data ? <Loading label={tabText.loading} /> : null}
        {results.data && results.data.length === 0 ? <Text>{tabText.overzicht.noResults}</Text> : null}
        <ul className={styles.list}>
          {[...(results.data ?? [])]
            .sort((a, b) => a.nr - b.nr)
            .map((r) => (
              <li key={r.id} className={styles.result}>
                <Text className={styles.resultTitle}>{tabText.resultaten.resultaat(r.nr, r.titel)}</Text>
                <span className={styles.badge}>
                  <StatusBadge status={r.status} />
                </span>
              </li>
            ))}
        </ul>
      </Section>

      <div className={styles.wide}>
        <Section
          title={tabText.overzicht.openActions}
          testId="open-actions"
          actions={actions.data ? <Caption1>{tabText.overzicht.actionsCount(openCount)}</Caption1> : undefined}
        >
          {actions.error ? <ErrorBar error={actions.error} onRetry={actions.reload} /> : null}
          {commands.error ? <ErrorBar error={commands.error} onDismiss={commands.clearError} /> : null}
          <ActionDoneMessage commands={commands} />
          {actions.loading && !actions.data ? <Loading label={tabText.loading} /> : null}
          {actions.data && openCount === 0 ? <Text>{tabText.overzicht.noOpenActions}</Text> : null}
          {groups.map((g) => {
            const late = g.actions.filter((a) => isOverdue(a, today)).length;
            return (
              <div key={g.ownerId ?? '-'} className={styles.owner} data-testid="owner-group">
                <div className={styles.ownerHead}>
                  <Text as="h3" weight="semibold" size={400} className={styles.ownerName}>
                    {g.name}
                  </Text>
                  <Caption1>{tabText.overzicht.actionsCount(g.actions.length)}</Caption1>
                  {late > 0 ? (
                    <Pill color="danger" tint>
                      {tabText.overzicht.overdueCount(late)}
                    </Pill>
                  ) : null}
                </div>
                <ul className={styles.list}>
                  {g.actions.map((a) => (
                    <ActionItem
                      key={a.id}
                      actie={a}
                      today={today}
                      busy={commands.busyId === a.id}
                      canAct={commands.mayAct(a)}
                      onDone={commands.complete}
                      onChangeDue={commands.changeDue}
                    />
                  ))}
                </ul>
              </div>
            );
          })}
        </Section>
      </div>
    </div>
  );
}
