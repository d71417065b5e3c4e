import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { resultatenText } from '../../../text/ui-resultaten.ts';
import { tabText } from '../../../text/ui-tab.ts';
import type { Member, Resultaat, Verbeterpunt } from '../../../workgroups/index.ts';
import { useConflict } from '../../shared/components/conflict-host.tsx';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { ConflictError } from '../../shared/data/tab-data.ts';
import { useWrite } from '../../shared/hooks/use-write.ts';

const R = resultatenText;

export const useFormStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: '12rem' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
});

/** A result or verbeterpunt before it is saved: no id, no ETag yet. */
export type NewResultaat = Omit<Resultaat, 'id' | 'werkgroepId' | 'etag'>;
export type NewVerbeterpunt = Omit<Verbeterpunt, 'id' | 'werkgroepId' | 'etag'>;

/** Lines of a textarea: trimmed, empty ones left out. */
export const toLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Members first, then MT members not in the werkgroep, each once, by name. */
export function peopleOf(...groups: (readonly Member[] | undefined)[]): Member[] {
  const seen = new Map<string, Member>();
  for (const group of groups) for (const m of group ?? []) if (!seen.has(m.id)) seen.set(m.id, m);
  return [...seen.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
}

export interface PersonSelectProps {
  label: string;
  people: readonly Member[];
  /** The chosen person's Entra id. */
  value: string | undefined;
  /** The name stored with the id, shown when the person is not in `people`. */
  storedName?: string | undefined;
  onChange(person: Member | undefined): void;
  hint?: string | undefined;
}

/** A person from the werkgroep (and the MT): a native select, so it works with keyboard and screen reader. */
export function PersonSelect({ label, people, value, storedName, onChange, hint }: PersonSelectProps) {
  const known = !value || people.some((p) => p.id === value);
  return (
    <Field label={label} hint={hint}>
      <Select
        value={value ?? ''}
        onChange={(_, d) => {
          if (d.value === '') onChange(undefined);
          else onChange(people.find((p) => p.id === d.value) ?? (value ? { id: value, displayName: storedName ?? '' } : undefined));
        }}
      >
        <option value="">{R.noMtLid}</option>
        {known ? null : <option value={value}>{R.nameOnly(storedName || value!)}</option>}
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export interface MtLidDraft {
  mtLidId: string;
  mtLidNaam: string;
}

/** The responsible MT member of a result or verbeterpunt, as a form field. */
export function MtLidSelect({ people, draft, onChange }: { people: readonly Member[]; draft: MtLidDraft; onChange(next: MtLidDraft): void }) {
  return (
    <PersonSelect
      label={R.mtLid}
      people={people}
      value={draft.mtLidId || undefined}
      storedName={draft.mtLidNaam}
      onChange={(p) => onChange({ mtLidId: p?.id ?? '', mtLidNaam: p?.displayName ?? '' })}
    />
  );
}

type WithMtLid = Pick<Resultaat, 'verantwoordelijkMtLidId' | 'verantwoordelijkMtLidNaam'>;

/**
 * The form's MT member on a version of the item (mine, or theirs after a conflict): the name as the people
 * list has it now, else the stored one; no MT member drops both fields.
 */
export function applyMtLid<T extends WithMtLid>(base: T, d: MtLidDraft, people: readonly Member[]): T {
  const mtName = d.mtLidId ? (people.find((p) => p.id === d.mtLidId)?.displayName ?? d.mtLidNaam) : '';
  const { verantwoordelijkMtLidId: _id, verantwoordelijkMtLidNaam: _naam, ...rest } = base;
  return { ...rest, ...(d.mtLidId ? { verantwoordelijkMtLidId: d.mtLidId, ...(mtName ? { verantwoordelijkMtLidNaam: mtName } : {}) } : {}) } as T;
}

/** The options of a status select, each with its Dutch label. */
export function statusOptions<S extends string>(statuses: readonly S[], labels: Record<S, string>): ReactNode {
  return statuses.map((s) => (
    <option key={s} value={s}>
      {labels[s]}
    </option>
  ));
}

export interface SaveFormProps {
  /** The form's accessible name. */
  label: string;
  /** Runs on submit; a failure shows in the form and keeps what was typed. */
  save(): Promise<void>;
  onCancel(): void;
  /** A form kept as a draft (useDraft) forgets it after a save and on cancel. */
  clearDraft?(): void;
  /** Instead of "Opslaan". */
  submitLabel?: string;
  canSubmit?: boolean;
  children: ReactNode;
}

/** A form of this page: its fields, then the save error (if any) and Opslaan / Annuleren. */
export function SaveForm({ label, save, onCancel, clearDraft, submitLabel, canSubmit = true, children }: SaveFormProps) {
  const styles = useFormStyles();
  const { busy, error, clearError, write } = useWrite();
  return (
    <form
      className={styles.form}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void write(async () => {
          await save();
          clearDraft?.();
        });
      }}
    >
      {children}
      {error ? <ErrorBar error={error} onDismiss={clearError} /> : null}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy || !canSubmit}>
          {submitLabel ?? (busy ? tabText.saving : tabText.save)}
        </Button>
        <Button
          onClick={() => {
            clearDraft?.();
            onCancel();
          }}
        >
          {tabText.cancel}
        </Button>
      </div>
    </form>
  );
}

/**
 * Saves with the item's ETag. When someone else saved first, the conflict dialog shows both versions: "mine"
 * writes my change again on top of their version (with its ETag), "theirs" keeps theirs.
 */
export function useConflictSave<T>(render: (version: T) => ReactNode) {
  const ask = useConflict();
  const run = async (mine: T, write: (item: T) => Promise<T>, rebase: (theirs: T) => T): Promise<T> => {
    try {
      return await write(mine);
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      const theirs = e.theirs as T;
      const choice = await ask({ mine, theirs, render });
      return choice === 'mine' ? run(rebase(theirs), write, rebase) : theirs;
    }
  };
  return run;
}
