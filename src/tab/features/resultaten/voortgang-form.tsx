import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { resultatenText } from '../../../text/ui-resultaten.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { parseVoortgang } from '../../../workgroups/index.ts';
import type { Resultaat, Vergadering } from '../../../workgroups/index.ts';
import { useDraft } from '../../shared/hooks/use-draft.ts';
import { amsterdamDay, formatDayNl } from '../../shared/utils/dates.ts';
import { SaveForm } from './shared.tsx';

const T = tabText.resultaten;
const R = resultatenText;

export interface VoortgangFormProps {
  resultaat: Resultaat;
  /** The werkgroep's meetings up to today, newest first; an entry belongs to one of them. */
  meetings: readonly Vergadering[];
  today: string;
  onSave(entry: { datum: string; tekst: string }): Promise<void>;
  onCancel(): void;
}

/** "Wat is er gebeurd" at one meeting: one entry per meeting, kept in the result's history. */
export function VoortgangForm({ resultaat: r, meetings, today, onSave, onCancel }: VoortgangFormProps) {
  const days = [...new Set(meetings.map((m) => amsterdamDay(m.start)))];
  const entries = parseVoortgang(r.watIsErGebeurd);
  const textOf = (datum: string) => entries.find((e) => e.datum === datum)?.tekst ?? '';
  const first = days[0] ?? today;
  const [draft, setDraft, clearDraft] = useDraft(`voortgang:${r.id}`, { datum: first, tekst: textOf(first) });
  const pick = (datum: string) => setDraft((c) => ({ datum, tekst: c.tekst.trim() && c.tekst !== textOf(c.datum) ? c.tekst : textOf(datum) }));

  return (
    <SaveForm
      label={`${R.addHistory}: ${r.titel}`}
      save={() => onSave({ datum: draft.datum, tekst: draft.tekst })}
      onCancel={onCancel}
      clearDraft={clearDraft}
    >
      {days.length > 0 ? (
        <Field label={R.forMeeting}>
          <Select value={draft.datum} onChange={(_, d) => pick(d.value)}>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatDayNl(d)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field label={R.forMeeting}>
          <Input type="date" value={draft.datum} max={today} onChange={(_, d) => pick(d.value || today)} />
        </Field>
      )}
      <Field label={T.watIsErGebeurd}>
        <Textarea value={draft.tekst} onChange={(_, d) => setDraft((c) => ({ ...c, tekst: d.value }))} resize="vertical" />
      </Field>
    </SaveForm>
  );
}
