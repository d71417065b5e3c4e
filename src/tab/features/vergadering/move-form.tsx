import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { tabText } from '../../../text/ui-tab.ts';
import { holidayOn } from '../../../workgroups/index.ts';
import type { Vergadering } from '../../../workgroups/index.ts';
import { holidayLabel } from '../../../text/index.ts';
import { meetingText } from '../../../text/ui-meetings.ts';
import { amsterdamClock, amsterdamDay } from '../../shared/utils/dates.ts';

const T = tabText.vergadering;

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

/**
 * The instant of an Amsterdam wall-clock time, with the browser's Intl only (the page does not load a
 * time-zone library): start from the time as if it were UTC and correct by what Amsterdam shows, twice,
 * so a date across a daylight-saving change lands right.
 */
export function amsterdamWallTime(date: string, time: string): string {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  let t = wanted;
  for (let i = 0; i < 2; i++) {
    const shown = Date.parse(`${amsterdamDay(new Date(t))}T${amsterdamClock(new Date(t).toISOString())}:00Z`);
    t += wanted - shown;
  }
  return new Date(t).toISOString();
}

export interface MoveFormProps {
  vergadering: Vergadering;
  busy: boolean;
  onSubmit(change: { start: string; end: string }): void;
  onCancel(): void;
}

/** One meeting to another day or time; it keeps its length. */
export function MoveForm({ vergadering, busy, onSubmit, onCancel }: MoveFormProps) {
  const styles = useStyles();
  const [date, setDate] = useState(amsterdamDay(vergadering.start));
  const [time, setTime] = useState(amsterdamClock(vergadering.start));
  const [tried, setTried] = useState(false);
  const length = Date.parse(vergadering.end) - Date.parse(vergadering.start);
  const newHoliday = /^\d{4}-\d{2}-\d{2}$/.test(date) ? holidayOn(date) : undefined;
  return (
    <form
      className={styles.form}
      aria-label={T.moveSave}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return;
        const start = amsterdamWallTime(date, time);
        onSubmit({ start, end: new Date(Date.parse(start) + length).toISOString() });
      }}
    >
      <Field
        label={T.moveDate}
        required
        validationState={tried && !date ? 'error' : newHoliday ? 'warning' : 'none'}
        validationMessage={tried && !date ? tabText.required : newHoliday ? meetingText.holidayOnNewDate(holidayLabel[newHoliday.kind]) : undefined}
      >
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label={T.moveTime} required validationMessage={tried && !time ? tabText.required : undefined}>
        <Input type="time" value={time} onChange={(_, d) => setTime(d.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabled={busy}>
        {busy ? tabText.saving : T.moveSave}
      </Button>
      <Button onClick={onCancel}>{tabText.cancel}</Button>
    </form>
  );
}
