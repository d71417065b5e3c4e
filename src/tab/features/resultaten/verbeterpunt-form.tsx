import { Button, Caption1, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { resultatenText } from '../../../text/ui-resultaten.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { VERBETERACTIE_STATUSES, nextNr, suggestMembers } from '../../../workgroups/index.ts';
import type { Member, VerbeterActie, VerbeterActieStatus, Verbeterpunt } from '../../../workgroups/index.ts';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { useDraft } from '../../shared/hooks/use-draft.ts';
import { useWrite } from '../../shared/hooks/use-write.ts';
import { PersonSelect, toLines, useFormStyles } from './shared.tsx';
import type { NewVerbeterpunt } from './shared.tsx';

const T = tabText.resultaten;
const R = resultatenText;

interface ActieDraft {
  nr: number;
  omschrijving: string;
  toelichting: string;
  planning: string;
  status: string;
  trekker: string;
  trekkerId: string;
  taskId: string;
}

interface Draft {
  titel: string;
  probleem: string;
  bereiken: string;
  mtLidId: string;
  mtLidNaam: string;
  acties: ActieDraft[];
}

const actieDraft = (a: VerbeterActie): ActieDraft => ({
  nr: a.nr,
  omschrijving: a.omschrijving,
  toelichting: a.toelichting ?? '',
  planning: a.planning ?? '',
  status: a.status,
  trekker: a.trekker ?? '',
  trekkerId: a.trekkerId ?? '',
  taskId: a.taskId ?? '',
});

function draftOf(p: Verbeterpunt | undefined): Draft {
  return {
    titel: p?.titel ?? '',
    probleem: (p?.probleem ?? []).join('\n'),
    bereiken: (p?.watWillenWeBereiken ?? []).join('\n'),
    mtLidId: p?.verantwoordelijkMtLidId ?? '',
    mtLidNaam: p?.verantwoordelijkMtLidNaam ?? '',
    acties: [...(p?.acties ?? [])].sort((a, b) => a.nr - b.nr).map(actieDraft),
  };
}

function toActie(a: ActieDraft): VerbeterActie {
  return {
    nr: a.nr,
    omschrijving: a.omschrijving.trim(),
    ...(a.toelichting.trim() ? { toelichting: a.toelichting.trim() } : {}),
    ...(a.trekker.trim() ? { trekker: a.trekker.trim() } : {}),
    ...(a.trekkerId ? { trekkerId: a.trekkerId } : {}),
    ...(a.planning.trim() ? { planning: a.planning.trim() } : {}),
    status: a.status as VerbeterActieStatus,
    ...(a.taskId ? { taskId: a.taskId } : {}),
  };
}

/** The form's fields on a version of the verbeterpunt (mine, or theirs after a conflict). */
function applyDraft<T extends NewVerbeterpunt>(base: T, d: Draft, people: readonly Member[]): T {
  const mtName = d.mtLidId ? (people.find((p) => p.id === d.mtLidId)?.displayName ?? d.mtLidNaam) : '';
  const { verantwoordelijkMtLidId: _id, verantwoordelijkMtLidNaam: _naam, ...rest } = base;
  return {
    ...rest,
    titel: d.titel.trim(),
    probleem: toLines(d.probleem),
    watWillenWeBereiken: toLines(d.bereiken),
    acties: d.acties.filter((a) => a.omschrijving.trim() !== '').map(toActie),
    ...(d.mtLidId ? { verantwoordelijkMtLidId: d.mtLidId, ...(mtName ? { verantwoordelijkMtLidNaam: mtName } : {}) } : {}),
  } as T;
}

export interface VerbeterpuntFormProps {
  punt?: Verbeterpunt;
  /** Werkgroep members: trekkers. */
  members: readonly Member[];
  /** Members and MT: the responsible MT member. */
  people: readonly Member[];
  onSave(apply: <T extends NewVerbeterpunt>(base: T) => T): Promise<void>;
  onCancel(): void;
}

/** Probleem, Wat willen we bereiken, and Hoe as numbered actions with their explanation and trekker. */
export function VerbeterpuntForm({ punt, members, people, onSave, onCancel }: VerbeterpuntFormProps) {
  const styles = useFormStyles();
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`verbeterpunt-form:${punt?.id ?? 'new'}`, draftOf(punt));
  const { busy, error, clearError, write } = useWrite();
  const setActie = (nr: number, change: Partial<ActieDraft>) => setDraft((c) => ({ ...c, acties: c.acties.map((a) => (a.nr === nr ? { ...a, ...change } : a)) }));

  return (
    <form
      className={styles.form}
      aria-label={punt ? R.editLabel(punt.titel) : R.newVerbeterpunt}
      onSubmit={(e) => {
        e.preventDefault();
        void write(async () => {
          await onSave((base) => applyDraft(base, draft, people));
          clearDraft();
        });
      }}
    >
      <Field label={R.titelVerbeterpunt} required>
        <Input value={draft.titel} onChange={(_, d) => setDraft((c) => ({ ...c, titel: d.value }))} required />
      </Field>
      <Field label={T.probleem} hint={R.probleemHint}>
        <Textarea value={draft.probleem} onChange={(_, d) => setDraft((c) => ({ ...c, probleem: d.value }))} resize="vertical" />
      </Field>
      <Field label={T.watWillenWeBereiken} hint={R.probleemHint}>
        <Textarea value={draft.bereiken} onChange={(_, d) => setDraft((c) => ({ ...c, bereiken: d.value }))} resize="vertical" />
      </Field>
      <PersonSelect
        label={R.mtLid}
        people={people}
        value={draft.mtLidId || undefined}
        storedName={draft.mtLidNaam}
        onChange={(p) => setDraft((c) => ({ ...c, mtLidId: p?.id ?? '', mtLidNaam: p?.displayName ?? '' }))}
      />
      <Text weight="semibold">{R.acties}</Text>
      {draft.acties.map((a) => {
        const suggestions = !a.trekkerId && a.trekker ? suggestMembers(a.trekker, members).slice(0, 2) : [];
        return (
          <fieldset key={a.nr} className={styles.fieldset}>
            <legend className={styles.legend}>{R.actie(a.nr)}</legend>
            <Field label={R.omschrijving}>
              <Input value={a.omschrijving} onChange={(_, d) => setActie(a.nr, { omschrijving: d.value })} />
            </Field>
            <Field label={R.toelichting}>
              <Textarea value={a.toelichting} onChange={(_, d) => setActie(a.nr, { toelichting: d.value })} resize="vertical" />
            </Field>
            <div className={styles.row}>
              <PersonSelect
                label={R.trekker}
                people={members}
                value={a.trekkerId || undefined}
                storedName={a.trekker}
                hint={!a.trekkerId && a.trekker ? R.trekkerFree(a.trekker) : undefined}
                onChange={(p) => setActie(a.nr, { trekkerId: p?.id ?? '', trekker: p?.displayName ?? a.trekker })}
              />
              <Field label={R.planning}>
                <Input value={a.planning} onChange={(_, d) => setActie(a.nr, { planning: d.value })} />
              </Field>
              <Field label={T.status}>
                <Select value={a.status} onChange={(_, d) => setActie(a.nr, { status: d.value })}>
                  {VERBETERACTIE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {T.actieStatusLabels[s]}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            {suggestions.length > 0 ? (
              <div className={styles.buttons}>
                <Caption1>{R.suggestion(suggestions.map((m) => m.displayName).join(' of '))}</Caption1>
                {suggestions.map((m) => (
                  <Button key={m.id} size="small" onClick={() => setActie(a.nr, { trekkerId: m.id, trekker: m.displayName })}>
                    {R.pickSuggestion(m.displayName)}
                  </Button>
                ))}
              </div>
            ) : null}
            <div>
              <Button size="small" onClick={() => setDraft((c) => ({ ...c, acties: c.acties.filter((x) => x.nr !== a.nr) }))}>
                {R.removeActie(a.nr)}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button
          onClick={() =>
            setDraft((c) => ({
              ...c,
              acties: [...c.acties, { nr: nextNr(c.acties), omschrijving: '', toelichting: '', planning: '', status: 'gepland', trekker: '', trekkerId: '', taskId: '' }],
            }))
          }
        >
          {R.addActie}
        </Button>
      </div>
      {error ? <ErrorBar error={error} onDismiss={clearError} /> : null}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? tabText.saving : tabText.save}
        </Button>
        <Button
          onClick={() => {
            clearDraft();
            onCancel();
          }}
        >
          {tabText.cancel}
        </Button>
      </div>
    </form>
  );
}
