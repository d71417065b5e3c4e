import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { meetingText } from '../../../text/ui-meetings.ts';
import { joinListNl } from '../../../text/index.ts';
import { useState } from 'react';
import type { Member, WeekIndex, Weekday } from '../../../workgroups/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { useDraft } from '../../shared/hooks/use-draft.ts';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))', gap: tokens.spacingHorizontalM },
  wide: { gridColumn: '1 / -1' },
  people: { display: 'block', marginBlock: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  buttons: { gridColumn: '1 / -1', display: 'flex', gap: tokens.spacingHorizontalS },
});

const T = tabText.vergadering;
const INDEXES: WeekIndex[] = ['first', 'second', 'third', 'fourth', 'last'];
const DAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export interface SeriesFormValue {
  subject: string;
  index: WeekIndex;
  weekday: Weekday;
  startDate: string;
  time: string;
  durationMinutes: number;
  /** The last day a meeting may fall on; '' = the series runs on. */
  endDate: string;
  /** The member ids who are invited; undefined = every member (the group calendar's own way). */
  attendeeIds?: string[] | undefined;
}

export interface SeriesFormProps {
  groupId: string;
  werkgroepNaam: string;
  members: Member[];
  today: string;
  busy: boolean;
  /** 'change': the form edits the existing series, starting from its current values. */
  mode?: 'create' | 'change';
  initial?: Partial<SeriesFormValue>;
  onSubmit(value: SeriesFormValue): Promise<boolean>;
  onCancel?(): void;
}

/** "Elke eerste dinsdag van de maand om 14:00": the monthly series as Graph's relativeMonthly recurrence. */
export function SeriesForm({ groupId, werkgroepNaam, members, today, busy, mode = 'create', initial, onSubmit, onCancel }: SeriesFormProps) {
  const styles = useStyles();
  const label = mode === 'change' ? T.changeSeries : T.createSeries;
  const [value, setValue, clear] = useDraft<SeriesFormValue>(`series${mode === 'change' ? '-change' : ''}:${groupId}`, {
    subject: T.seriesSubjectDefault(werkgroepNaam),
    index: 'first',
    weekday: 'tuesday',
    startDate: today,
    time: '14:00',
    durationMinutes: 90,
    endDate: '',
    ...initial,
  });
  const chosen = value.attendeeIds;
  const [tried, setTried] = useState(false);
  const set = <K extends keyof SeriesFormValue>(k: K, v: SeriesFormValue[K]) => setValue((cur) => ({ ...cur, [k]: v }));
  const endBeforeStart = value.endDate !== '' && value.endDate < value.startDate;

  return (
    <form
      className={styles.form}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!value.subject.trim() || !value.startDate || !value.time || endBeforeStart || (chosen && chosen.length === 0)) return;
        void onSubmit(value).then((ok) => ok && clear());
      }}
    >
      <Field
        className={styles.wide}
        label={T.seriesSubject}
        required
        validationMessage={tried && !value.subject.trim() ? tabText.required : undefined}
      >
        <Input value={value.subject} onChange={(_, d) => set('subject', d.value)} />
      </Field>
      <Field label={T.seriesIndex}>
        <Select value={value.index} onChange={(_, d) => set('index', d.value as WeekIndex)}>
          {INDEXES.map((i) => (
            <option key={i} value={i}>
              {T.indexes[i]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={T.seriesWeekday}>
        <Select value={value.weekday} onChange={(_, d) => set('weekday', d.value as Weekday)}>
          {DAYS.map((d) => (
            <option key={d} value={d}>
              {T.weekdays[d as keyof typeof T.weekdays]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={T.seriesStartDate} required>
        <Input type="date" value={value.startDate} onChange={(_, d) => set('startDate', d.value)} />
      </Field>
      <Field label={T.seriesTime} required>
        <Input type="time" value={value.time} onChange={(_, d) => set('time', d.value)} />
      </Field>
      <Field label={T.seriesDuration}>
        <Input
          type="number"
          min={15}
          max={480}
          step={15}
          value={String(value.durationMinutes)}
          onChange={(_, d) => set('durationMinutes', Math.max(15, Number(d.value) || 15))}
        />
      </Field>
      <Field
        label={meetingText.seriesEndDate}
        hint={meetingText.seriesEndHint}
        validationMessage={tried && endBeforeStart ? meetingText.seriesEndBeforeStart : undefined}
      >
        <Input type="date" min={value.startDate} value={value.endDate} onChange={(_, d) => set('endDate', d.value)} />
      </Field>
      <Field className={styles.wide} label={meetingText.attendeesPick}>
        <RadioGroup
          value={chosen ? 'chosen' : 'all'}
          onChange={(_, d) => set('attendeeIds', d.value === 'all' ? undefined : members.filter((m) => m.mail).map((m) => m.id))}
        >
          <Radio value="all" label={meetingText.attendeesAll} />
          <Radio value="chosen" label={meetingText.attendeesChosen} />
        </RadioGroup>
      </Field>
      {chosen ? (
        <fieldset className={styles.wide}>
          <legend>{T.seriesAttendees}</legend>
          {members.map((m) => (
            <Checkbox
              key={m.id}
              // An invitation goes to an e-mail address; a member without one can only be reached as "all members".
              label={m.mail ? m.displayName : meetingText.attendeeNoMail(m.displayName)}
              disabled={!m.mail}
              checked={chosen.includes(m.id) && Boolean(m.mail)}
              onChange={(_, d) => set('attendeeIds', d.checked ? [...chosen, m.id] : chosen.filter((id) => id !== m.id))}
            />
          ))}
          {tried && chosen.length === 0 ? <Text role="alert">{meetingText.attendeesNone}</Text> : null}
        </fieldset>
      ) : (
        <div className={styles.wide}>
          <Text weight="semibold">{T.seriesAttendees}</Text>
          <Text as="p" className={styles.people}>
            {T.seriesAttendeesNote(joinListNl(members.map((m) => m.displayName)))}
          </Text>
        </div>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? tabText.saving : label}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{tabText.cancel}</Button> : null}
      </div>
    </form>
  );
}
