import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Loading } from '../../shared/components/loading.tsx';
import { useState } from 'react';
import { AppError } from '../../../text/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Section } from '../../shared/components/section.tsx';
import { useMeetings, useResultaten } from '../../shared/hooks/use-tab-data.ts';
import { resourceKey, useResource } from '../../shared/hooks/use-resource.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { WEEKDAYS, holidayOn } from '../../../workgroups/index.ts';
import { holidayLabel } from '../../../text/index.ts';
import { meetingText } from '../../../text/ui-meetings.ts';
import type { Vergadering, WeekIndex } from '../../../workgroups/index.ts';
import { amsterdamClock, amsterdamDay, formatDayNl, formatMeetingNl } from '../../shared/utils/dates.ts';
import { ActionsSection, AgendaSection, BesluitenSection } from './meeting-sections.tsx';
import { MoveForm } from './move-form.tsx';
import { SeriesForm } from './series-form.tsx';
import { VerslagSection } from '../verslag/verslag-section.tsx';
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

/** The form's values for the series a meeting belongs to: its day in the month, weekday, time and length. */
function seriesValuesOf(m: Vergadering, today: string): Partial<SeriesFormValue> {
  const date = amsterdamDay(m.start);
  const day = Number(date.slice(8, 10));
  // A fifth weekday can only be "the last"; a fourth one stays "fourth" (the user can pick "last").
  const index: WeekIndex = day > 28 ? 'last' : (['first', 'second', 'third', 'fourth'] as const)[Math.ceil(day / 7) - 1]!;
  return {
    subject: m.subject,
    index,
    weekday: WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!,
    startDate: today,
    time: amsterdamClock(m.start),
    durationMinutes: Math.max(15, Math.round((Date.parse(m.end) - Date.parse(m.start)) / 60_000)),
  };
}

type Notice = 'created' | 'changed' | 'cancelled' | 'moved' | 'deleted';
const NOTICE_TEXT: Record<Notice, string> = {
  created: T.seriesCreated,
  changed: T.seriesChanged,
  cancelled: T.meetingCancelled,
  moved: T.meetingMoved,
  deleted: T.seriesDeleted,
};

/** Vergadering: the series, and per meeting its agenda, besluiten and actions. */
export function VergaderingPage({ vergaderingId }: VergaderingPageProps) {
  const styles = useStyles();
  const { data, groupId, werkgroep, now } = useTabEnv();
  const gid = groupId ?? '';
  const today = amsterdamDay(now());
  const meetings = useMeetings(gid, { back: 400, ahead: 400 });
  const resultaten = useResultaten(gid);
  const [formMode, setFormMode] = useState<'create' | 'change' | undefined>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const [notice, setNotice] = useState<Notice>();
  /** A step that needs a second click or a small form: call off the meeting, stop the series, move the meeting. */
  const [pending, setPending] = useState<'cancel' | 'delete' | 'move'>();
  const [picked, setPicked] = useState<string | undefined>(vergaderingId);

  const list = [...(meetings.data ?? [])].sort((a, b) => (a.start < b.start ? -1 : 1));
  const nowIso = now().toISOString();
  const upcoming = list.find((m) => m.end > nowIso);
  const selected = list.find((m) => m.id === (picked ?? vergaderingId)) ?? upcoming ?? list.at(-1);
  const index = selected ? list.indexOf(selected) : -1;
  const previous = index > 0 ? list[index - 1] : undefined;
  const next = index >= 0 ? list[index + 1] : undefined;
  const hasSeries = list.some((m) => m.seriesMasterId);
  // The series that is running now: the one of the next meeting, else of the last one held.
  const seriesMeeting = (upcoming?.seriesMasterId ? upcoming : undefined) ?? [...list].reverse().find((m) => m.seriesMasterId);
  const masterId = seriesMeeting?.seriesMasterId;
  const seriesEnd = useResource(masterId && data.getSeriesEndDate ? resourceKey('series-end', gid, masterId) : null, () =>
    data.getSeriesEndDate!(gid, masterId!),
  );
  const showForm = formMode !== undefined || (meetings.data !== undefined && !hasSeries);
  const mode = formMode ?? 'create';

  /**
   * Runs a series change. When only the Vergaderingen list lagged behind, the calendar change stands:
   * the form closes (doing it again would double it) and the warning says what it means for the reminders.
   */
  const run = async (work: () => Promise<void>, done: Notice): Promise<boolean> => {
    setSaving(true);
    setSaveError(undefined);
    setNotice(undefined);
    try {
      await work();
      setNotice(done);
      return true;
    } catch (e) {
      console.error(e);
      setSaveError(e);
      return e instanceof AppError && e.code === 'TAB.MEETING_LIST_NOT_UPDATED';
    } finally {
      setSaving(false);
    }
  };
  const afterChange = (ok: boolean): boolean => {
    if (ok) {
      setFormMode(undefined);
      setPending(undefined);
      meetings.reload();
      seriesEnd.reload();
    }
    return ok;
  };

  const saveSeries = async (v: SeriesFormValue): Promise<boolean> => {
    const members = werkgroep?.members ?? [];
    const input = {
      subject: v.subject.trim(),
      rule: {
        index: v.index,
        weekday: v.weekday,
        time: v.time,
        durationMinutes: v.durationMinutes,
        startDate: v.startDate,
        ...(v.endDate ? { endDate: v.endDate } : {}),
      },
      ...(v.attendeeIds ? { attendees: members.filter((m) => v.attendeeIds!.includes(m.id)) } : {}),
    };
    const masterId = seriesMeeting?.seriesMasterId;
    if (mode === 'change' && masterId && data.updateMeetingSeries) {
      const update = data.updateMeetingSeries.bind(data);
      return afterChange(await run(() => update(gid, masterId, input), 'changed'));
    }
    return afterChange(await run(() => data.createMeetingSeries(gid, input), 'created'));
  };
  const cancelSelected = async (m: Vergadering): Promise<void> => {
    if (!data.cancelMeeting) return;
    const cancel = data.cancelMeeting.bind(data);
    if (afterChange(await run(() => cancel(gid, m), 'cancelled'))) setPicked(undefined);
  };
  const moveSelected = async (m: Vergadering, change: { start: string; end: string }): Promise<void> => {
    if (!data.moveMeeting) return;
    const move = data.moveMeeting.bind(data);
    afterChange(await run(() => move(gid, m, change), 'moved'));
  };
  const deleteSeries = async (): Promise<void> => {
    const masterId = seriesMeeting?.seriesMasterId;
    if (!data.deleteMeetingSeries || !masterId) return;
    const remove = data.deleteMeetingSeries.bind(data);
    if (afterChange(await run(() => remove(gid, masterId), 'deleted'))) setPicked(undefined);
  };
  const future = selected !== undefined && selected.start > nowIso;
  const holidayOf = (m: Vergadering): string | undefined => {
    const h = holidayOn(amsterdamDay(m.start));
    return h ? holidayLabel[h.kind] : undefined;
  };
  const selectedHoliday = selected ? holidayOf(selected) : undefined;

  return (
    <div className={styles.root}>
      <Section
        title={T.series}
        testId="series"
        actions={
          hasSeries && !showForm && seriesMeeting ? (
            <>
              {data.updateMeetingSeries ? (
                // The form starts from the series as it is, its end date included.
                <Button disabled={seriesEnd.loading} onClick={() => setFormMode('change')}>
                  {T.changeSeries}
                </Button>
              ) : null}
              {data.deleteMeetingSeries ? <Button onClick={() => setPending('delete')}>{T.deleteSeries}</Button> : null}
            </>
          ) : undefined
        }
      >
        {meetings.error ? <ErrorBar error={meetings.error} onRetry={meetings.reload} /> : null}
        {saveError ? <ErrorBar error={saveError} onDismiss={() => setSaveError(undefined)} /> : null}
        {notice ? (
          <MessageBar intent="success">
            <MessageBarBody>{NOTICE_TEXT[notice]}</MessageBarBody>
          </MessageBar>
        ) : null}
        {meetings.loading && !meetings.data ? <Loading label={tabText.loading} /> : null}
        {meetings.data && !hasSeries && !formMode ? <Text>{T.noSeries}</Text> : null}
        {hasSeries && !showForm && masterId && !seriesEnd.loading && !seriesEnd.error ? (
          <Text data-testid="series-end">{seriesEnd.data ? meetingText.seriesEndsOn(formatDayNl(seriesEnd.data)) : meetingText.seriesNoEnd}</Text>
        ) : null}
        {showForm ? (
          <SeriesForm
            key={mode}
            groupId={gid}
            werkgroepNaam={werkgroep?.werkgroep.naam ?? ''}
            members={werkgroep?.members ?? []}
            today={today}
            busy={saving}
            mode={mode}
            {...(mode === 'change' && seriesMeeting ? { initial: { ...seriesValuesOf(seriesMeeting, today), endDate: seriesEnd.data ?? '' } } : {})}
            onSubmit={saveSeries}
            onCancel={hasSeries ? () => setFormMode(undefined) : undefined}
          />
        ) : null}
        {list.length > 0 ? (
          <div className={styles.picker}>
            <Field label={T.pickMeeting}>
              <Select
                value={selected?.id ?? ''}
                onChange={(_, d) => {
                  setPicked(d.value);
                  setPending(undefined);
                  window.history.replaceState(null, '', `#/vergadering/${encodeURIComponent(d.value)}`);
                }}
              >
                {list.map((m) => (
                  <option key={m.id} value={m.id}>
                    {holidayOf(m) ? meetingText.holidayOption(formatMeetingNl(m.start), holidayOf(m)!) : formatMeetingNl(m.start)}
                  </option>
                ))}
              </Select>
            </Field>
            {future && data.moveMeeting && !pending ? <Button onClick={() => setPending('move')}>{T.moveMeeting}</Button> : null}
            {future && data.cancelMeeting && !pending ? <Button onClick={() => setPending('cancel')}>{T.cancelMeeting}</Button> : null}
          </div>
        ) : null}
        {selected && selectedHoliday && future ? (
          <MessageBar intent="warning" data-testid="holiday-warning">
            <MessageBarBody>{meetingText.holidayWarning(selectedHoliday)}</MessageBarBody>
            {data.moveMeeting && pending !== 'move' ? (
              <MessageBarActions>
                <Button onClick={() => setPending('move')}>{T.moveMeeting}</Button>
              </MessageBarActions>
            ) : null}
          </MessageBar>
        ) : null}
        {selected && pending === 'move' ? (
          <MoveForm key={selected.id} vergadering={selected} busy={saving} onSubmit={(change) => void moveSelected(selected, change)} onCancel={() => setPending(undefined)} />
        ) : null}
        {selected && pending === 'cancel' ? (
          <MessageBar intent="warning">
            <MessageBarBody>{T.cancelMeetingConfirm(formatMeetingNl(selected.start))}</MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" disabled={saving} onClick={() => void cancelSelected(selected)}>
                {saving ? tabText.saving : T.cancelMeetingYes}
              </Button>
              <Button onClick={() => setPending(undefined)}>{tabText.cancel}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {pending === 'delete' ? (
          <MessageBar intent="warning">
            <MessageBarBody>{T.deleteSeriesConfirm}</MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" disabled={saving} onClick={() => void deleteSeries()}>
                {saving ? tabText.saving : T.deleteSeriesYes}
              </Button>
              <Button onClick={() => setPending(undefined)}>{tabText.cancel}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
      </Section>
      {selected ? (
        <>
          <Text as="h2" size={500} weight="semibold">
            {T.meetingOn(formatMeetingNl(selected.start))}
          </Text>
          <div className={styles.grid}>
            <AgendaSection groupId={gid} vergadering={selected} resultaten={resultaten.data ?? []} future={future} />
            <BesluitenSection groupId={gid} vergadering={selected} />
          </div>
          <ActionsSection groupId={gid} vergadering={selected} previous={previous} members={werkgroep?.members ?? []} today={today} />
          <VerslagSection
            groupId={gid}
            werkgroepNaam={werkgroep?.werkgroep.naam ?? ''}
            vergadering={selected}
            previous={previous}
            beforePrevious={index > 1 ? list[index - 2] : undefined}
            next={next}
            members={werkgroep?.members ?? []}
          />
        </>
      ) : null}
    </div>
  );
}
