import { Button, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Loading } from '../../shared/components/loading.tsx';
import { useState } from 'react';
import { AppError } from '../../../text/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Section } from '../../shared/components/section.tsx';
import { useAsync } from '../../shared/hooks/use-async.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { addDays, amsterdamDay, formatMeetingNl } from '../../shared/utils/dates.ts';
import { ActionsSection, AgendaSection, BesluitenSection } from './meeting-sections.tsx';
import { SeriesForm } from './series-form.tsx';
import type { SeriesFormValue } from './series-form.tsx';

const T = tabText.vergadering;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 24rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  picker: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

export interface VergaderingPageProps {
  vergaderingId?: string;
}

/** Vergadering: the series, and per meeting its agenda, besluiten and actions. */
export function VergaderingPage({ vergaderingId }: VergaderingPageProps) {
  const styles = useStyles();
  const { data, groupId, werkgroep, now } = useTabEnv();
  const gid = groupId ?? '';
  const today = amsterdamDay(now());
  const meetings = useAsync(
    () => data.listMeetings(gid, { from: `${addDays(today, -400)}T00:00:00Z`, to: `${addDays(today, 400)}T00:00:00Z` }),
    [gid],
  );
  const resultaten = useAsync(() => data.listResultaten(gid), [gid]);
  const [showForm, setShowForm] = useState(false);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>();
  const [created, setCreated] = useState(false);
  const [picked, setPicked] = useState<string | undefined>(vergaderingId);

  const list = [...(meetings.data ?? [])].sort((a, b) => (a.start < b.start ? -1 : 1));
  const nowIso = now().toISOString();
  const upcoming = list.find((m) => m.end > nowIso);
  const selected = list.find((m) => m.id === (picked ?? vergaderingId)) ?? upcoming ?? list.at(-1);
  const index = selected ? list.indexOf(selected) : -1;
  const previous = index > 0 ? list[index - 1] : undefined;
  const hasSeries = list.some((m) => m.seriesMasterId);

  const createSeries = async (v: SeriesFormValue): Promise<boolean> => {
    setCreating(true);
    setCreateError(undefined);
    try {
      await data.createMeetingSeries(gid, {
        subject: v.subject.trim(),
        rule: { index: v.index, weekday: v.weekday, time: v.time, durationMinutes: v.durationMinutes, startDate: v.startDate },
      });
      setCreated(true);
      setShowForm(false);
      meetings.reload();
      return true;
    } catch (e) {
      console.error(e);
      setCreateError(e);
      // The series is in the calendar; only the Vergaderingen list lags. Creating it again would double it.
      if (!(e instanceof AppError && e.code === 'TAB.MEETING_LIST_NOT_UPDATED')) return false;
      setShowForm(false);
      meetings.reload();
      return true;
    } finally {
      setCreating(false);
    }
  };

  return (
    <div className={styles.root}>
      <Section
        title={T.series}
        testId="series"
        actions={
          hasSeries && !showForm ? (
            <Button onClick={() => setShowForm(true)}>{T.createSeries}</Button>
          ) : undefined
        }
      >
        {meetings.error ? <ErrorBar error={meetings.error} onRetry={meetings.reload} /> : null}
        {createError ? <ErrorBar error={createError} onDismiss={() => setCreateError(undefined)} /> : null}
        {created ? (
          <MessageBar intent="success">
            <MessageBarBody>{T.seriesCreated}</MessageBarBody>
          </MessageBar>
        ) : null}
        {meetings.loading && !meetings.data ? <Loading label={tabText.loading} /> : null}
        {meetings.data && !hasSeries && !showForm ? <Text>{T.noSeries}</Text> : null}
        {(meetings.data && !hasSeries) || showForm ? (
          <SeriesForm
            groupId={gid}
            werkgroepNaam={werkgroep?.werkgroep.naam ?? ''}
            members={werkgroep?.members ?? []}
            today={today}
            busy={creating}
            onSubmit={createSeries}
            onCancel={hasSeries ? () => setShowForm(false) : undefined}
          />
        ) : null}
        {list.length > 0 ? (
          <div className={styles.picker}>
            <Field label={T.pickMeeting}>
              <Select
                value={selected?.id ?? ''}
                onChange={(_, d) => {
                  setPicked(d.value);
                  window.history.replaceState(null, '', `#/vergadering/${encodeURIComponent(d.value)}`);
                }}
              >
                {list.map((m) => (
                  <option key={m.id} value={m.id}>
                    {formatMeetingNl(m.start)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        ) : null}
      </Section>
      {selected ? (
        <>
          <Text as="h2" size={500} weight="semibold">
            {T.meetingOn(formatMeetingNl(selected.start))}
          </Text>
          <div className={styles.grid}>
            <AgendaSection groupId={gid} vergadering={selected} resultaten={resultaten.data ?? []} />
            <BesluitenSection groupId={gid} vergadering={selected} />
          </div>
          <ActionsSection groupId={gid} vergadering={selected} previous={previous} members={werkgroep?.members ?? []} today={today} />
        </>
      ) : null}
    </div>
  );
}
