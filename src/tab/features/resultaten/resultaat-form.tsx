import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { resultatenText } from '../../../text/ui-resultaten.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { RESULTAAT_STATUSES } from '../../../workgroups/index.ts';
import type { Member, Resultaat, ResultaatStatus } from '../../../workgroups/index.ts';
import { useDraft } from '../../shared/hooks/use-draft.ts';
import { MtLidSelect, SaveForm, applyMtLid, statusOptions, toLines, useFormStyles } from './shared.tsx';
import type { NewResultaat } from './shared.tsx';

const T = tabText.resultaten;
const R = resultatenText;

interface Draft {
  titel: string;
  nr: string;
  doel: string;
  doelgroep: string;
  watIsErGebeurd: string;
  methode: string;
  start: string;
  eind: string;
  capaciteit: string;
  verankering: string;
  mtLidId: string;
  mtLidNaam: string;
  status: string;
}

function draftOf(r: Resultaat | undefined, nr: number): Draft {
  return {
    titel: r?.titel ?? '',
    nr: String(r?.nr ?? nr),
    doel: r?.doel ?? '',
    doelgroep: (r?.doelgroep ?? []).join('\n'),
    watIsErGebeurd: r?.watIsErGebeurd ?? '',
    methode: r?.methode ?? '',
    start: r?.doorlooptijd.start ?? '',
    eind: r?.doorlooptijd.eind ?? '',
    capaciteit: r?.capaciteit ?? '',
    verankering: r?.verankering ?? '',
    mtLidId: r?.verantwoordelijkMtLidId ?? '',
    mtLidNaam: r?.verantwoordelijkMtLidNaam ?? '',
    status: r?.status ?? 'gepland',
  };
}

/** The fields the form changes, applied to a version of the result (mine, or theirs after a conflict). */
export function applyResultaatDraft<T extends NewResultaat>(base: T, d: Draft, people: readonly Member[]): T {
  const nr = Number(d.nr);
  return {
    ...applyMtLid(base, d, people),
    titel: d.titel.trim(),
    nr: Number.isInteger(nr) && nr > 0 ? nr : base.nr,
    doel: d.doel.trim(),
    doelgroep: toLines(d.doelgroep),
    methode: d.methode.trim(),
    doorlooptijd: { ...(d.start ? { start: d.start } : {}), ...(d.eind ? { eind: d.eind } : {}) },
    capaciteit: d.capaciteit.trim(),
    verankering: d.verankering.trim(),
    status: d.status as ResultaatStatus,
  } as T;
}

export interface ResultaatFormProps {
  /** Absent: a new result. */
  resultaat?: Resultaat;
  nextNr: number;
  people: readonly Member[];
  onSave(draft: { apply<T extends NewResultaat>(base: T): T; watIsErGebeurd: string }): Promise<void>;
  onCancel(): void;
}

/** Every field of the Weert register; "Wat is er gebeurd" only for a new result (later per meeting). */
export function ResultaatForm({ resultaat, nextNr, people, onSave, onCancel }: ResultaatFormProps) {
  const styles = useFormStyles();
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`resultaat-form:${resultaat?.id ?? 'new'}`, draftOf(resultaat, nextNr));
  const set = (key: keyof Draft) => (_: unknown, d: { value: string }) => setDraft((c) => ({ ...c, [key]: d.value }));

  return (
    <SaveForm
      label={resultaat ? R.editLabel(resultaat.titel) : R.newResultaat}
      save={() => onSave({ apply: (base) => applyResultaatDraft(base, draft, people), watIsErGebeurd: draft.watIsErGebeurd.trim() })}
      onCancel={onCancel}
      clearDraft={clearDraft}
    >
      <div className={styles.row}>
        <Field label={R.nr}>
          <Input type="number" min={1} value={draft.nr} onChange={set('nr')} required />
        </Field>
        <Field label={R.titel} className={styles.grow} required>
          <Input value={draft.titel} onChange={set('titel')} required />
        </Field>
      </div>
      <Field label={T.doel}>
        <Textarea value={draft.doel} onChange={set('doel')} resize="vertical" />
      </Field>
      <Field label={T.doelgroep} hint={R.doelgroepHint}>
        <Textarea value={draft.doelgroep} onChange={set('doelgroep')} resize="vertical" />
      </Field>
      {resultaat ? null : (
        <Field label={T.watIsErGebeurd}>
          <Textarea value={draft.watIsErGebeurd} onChange={set('watIsErGebeurd')} resize="vertical" />
        </Field>
      )}
      <Field label={T.methode}>
        <Textarea value={draft.methode} onChange={set('methode')} resize="vertical" />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{T.doorlooptijd}</legend>
        <div className={styles.row}>
          <Field label={R.start}>
            <Input type="date" value={draft.start} onChange={set('start')} />
          </Field>
          <Field label={R.eind}>
            <Input type="date" value={draft.eind} onChange={set('eind')} min={draft.start || undefined} />
          </Field>
        </div>
      </fieldset>
      <Field label={T.capaciteit}>
        <Input value={draft.capaciteit} onChange={set('capaciteit')} />
      </Field>
      <Field label={T.verankering}>
        <Textarea value={draft.verankering} onChange={set('verankering')} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <MtLidSelect people={people} draft={draft} onChange={(v) => setDraft((c) => ({ ...c, ...v }))} />
        <Field label={T.status}>
          <Select value={draft.status} onChange={set('status')}>
            {statusOptions(RESULTAAT_STATUSES, T.statusLabels)}
          </Select>
        </Field>
      </div>
    </SaveForm>
  );
}
