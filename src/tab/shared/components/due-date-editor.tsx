import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Actie } from '../../../workgroups/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { useDraft } from '../hooks/use-draft.ts';

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

export interface DueDateEditorProps {
  actie: Actie;
  busy?: boolean;
  onSave(dueDate: string): void;
  onCancel(): void;
}

/** Inline form to move a due date; the typed date is a draft until saved. */
export function DueDateEditor({ actie, busy, onSave, onCancel }: DueDateEditorProps) {
  const styles = useStyles();
  const [due, setDue, clearDue] = useDraft(`due:${actie.id}`, actie.dueDate ?? '');
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (!due) return;
        onSave(due);
        clearDue();
      }}
    >
      <Field label={tabText.action.newDue} size="small">
        <Input type="date" size="small" value={due} onChange={(_, d) => setDue(d.value)} required />
      </Field>
      <Button type="submit" size="small" appearance="primary" disabled={busy}>
        {tabText.save}
      </Button>
      <Button size="small" onClick={onCancel}>
        {tabText.cancel}
      </Button>
    </form>
  );
}
