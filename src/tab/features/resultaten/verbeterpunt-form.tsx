import { Button, Caption1, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { resultatenText } from '../../../text/ui-resultaten.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { VERBETERACTIE_STATUSES, nextNr, suggestMembers } from '../../../workgroups/index.ts';
import type { Member, VerbeterActie, VerbeterActieStatus, Verbeterpunt } from '../../../workgroups/index.ts';
import { useDraft } from '../../shared/hooks/use-draft.ts';
import { MtLidSelect, PersonSelect, SaveForm, applyMtLid, statusOptions, toLines, useFormStyles } from './shared.tsx';
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
  return {
    ...applyMtLid(base, d, people),
    titel: d.titel.trim(),
    probleem: toLines(d.probleem),
    watWillenWeBereiken: toLines(d.bereiken),
    acties: d.acties.filter((a) => a.omschrijving.trim() !== '').map(toActie),
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
  const setActie = (nr: number, change: Partial<ActieDraft>) => setDraft((c) => ({ ...c, acties: c.acties.map((a) => (a.nr === nr ? { ...a, ...change } : a)) }));

  return (
    <SaveForm
      label={punt ? R.editLabel(punt.titel) : R.newVerbeterpunt}
      save={() => onSave((base) => applyDraft(base, draft, people))}
      onCancel={onCancel}
      clearDraft={clearDraft}
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
      <MtLidSelect people={people} draft={draft} onChange={(v) => setDraft((c) => ({ ...c, ...v }))} />
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
                  {statusOptions(VERBETERACTIE_STATUSES, T.actieStatusLabels)}
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
    </SaveForm>
  );
}
