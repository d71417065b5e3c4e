import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { resultatenText } from '../../../text/ui-resultaten.ts';
import type { Member, Resultaat, Verbeterpunt } from '../../../workgroups/index.ts';
import { useConflict } from '../../shared/components/conflict-host.tsx';
import { ConflictError } from '../../shared/data/tab-data.ts';

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
