import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { resultatenText } from '../../../text/ui-resultaten.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { nextNr } from '../../../workgroups/index.ts';
import type { Resultaat, ResultaatStatus, VerbeterActieStatus, Verbeterpunt } from '../../../workgroups/index.ts';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Loading } from '../../shared/components/loading.tsx';
import { Section } from '../../shared/components/section.tsx';
import type { Resource } from '../../shared/hooks/use-resource.ts';
import { useActions, useMeetings, useResultaten, useVerbeterpunten } from '../../shared/hooks/use-tab-data.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { nameOf } from '../../shared/utils/actions.ts';
import { amsterdamDay } from '../../shared/utils/dates.ts';
import { ResultaatCard } from './resultaat-card.tsx';
import { ResultaatForm } from './resultaat-form.tsx';
import { peopleOf, statusOptions } from './shared.tsx';
import type { NewResultaat, NewVerbeterpunt } from './shared.tsx';
import { VerbeterpuntCard } from './verbeterpunt-card.tsx';
import { VerbeterpuntForm } from './verbeterpunt-form.tsx';

const T = tabText.resultaten;
const R = resultatenText;
const RESULT_STATUSES: ResultaatStatus[] = ['gepland', 'loopt', 'gereed'];
const ACTIE_STATUSES: VerbeterActieStatus[] = ['gepland', 'loopt', 'uitgevoerd', 'onderdeel bedrijfsvoering'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

const EMPTY_RESULTAAT: NewResultaat = {
  nr: 1,
  titel: '',
  doel: '',
  doelgroep: [],
  watIsErGebeurd: '',
  methode: '',
  doorlooptijd: {},
  capaciteit: '',
  verankering: '',
  status: 'gepland',
};
const EMPTY_VERBETERPUNT: NewVerbeterpunt = { nr: 1, titel: '', probleem: [], watWillenWeBereiken: [], acties: [] };

interface RegisterSectionProps {
  title: string;
  testId: string;
  /** The list as read; adding waits until it is there (the next number comes from it). */
  list: Resource<unknown[]>;
  /** How many items the filters leave. */
  shown: number;
  none: string;
  addLabel: string;
  /** The form for a new item while it is open. */
  form: ReactNode | undefined;
  onAdd(): void;
  /** The items' cards. */
  children: ReactNode;
}

/** One register of the page (results or verbeterpunten): add button and form, load state, and the cards. */
function RegisterSection({ title, testId, list, shown, none, addLabel, form, onAdd, children }: RegisterSectionProps) {
  const styles = useStyles();
  return (
    <Section
      title={title}
      testId={testId}
      actions={
        form ? null : (
          <Button onClick={onAdd} disabled={!list.data}>
            {addLabel}
          </Button>
        )
      }
    >
      {form}
      {list.error ? <ErrorBar error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !list.data ? <Loading label={tabText.loading} /> : null}
      {list.data && shown === 0 ? <Text>{none}</Text> : null}
      <ul className={styles.list}>{children}</ul>
    </Section>
  );
}

/** Resultaten: the Weert register and the Bergen verbeterpunten, filtered by MT-lid and status, created and edited here. */
export function ResultatenPage() {
  const styles = useStyles();
  const { data, groupId, werkgroep, now } = useTabEnv();
  const gid = groupId ?? '';
  const results = useResultaten(gid);
  const punten = useVerbeterpunten(gid);
  const tasks = useActions(gid);
  // Meetings of the past year up to today: "Wat is er gebeurd" is kept per meeting.
  const meetings = useMeetings(gid, { back: 400, ahead: 1 });
  const today = amsterdamDay(now());
  const [mt, setMt] = useState('');
  const [status, setStatus] = useState('');
  const [adding, setAdding] = useState<'resultaat' | 'verbeterpunt'>();
  const [notice, setNotice] = useState('');
  const members = peopleOf(werkgroep?.members);
  const people = peopleOf(werkgroep?.mt, werkgroep?.members);
  const mtIds = new Set([...(results.data ?? []), ...(punten.data ?? [])].map((x) => x.verantwoordelijkMtLidId).filter(Boolean));
  const mtOptions = [...mtIds].map((id) => ({ id: id!, name: nameOf(people, id, tabText.unknownPerson) }));
  const pastMeetings = [...(meetings.data ?? [])].filter((m) => amsterdamDay(m.start) <= today).sort((a, b) => (a.start < b.start ? 1 : -1));
  const mtNameOf = (x: Resultaat | Verbeterpunt) => nameOf(people, x.verantwoordelijkMtLidId, x.verantwoordelijkMtLidNaam ?? '');

  const shownResults = [...(results.data ?? [])]
    .filter((r) => (!mt || r.verantwoordelijkMtLidId === mt) && (!status || r.status === status))
    .sort((a, b) => a.nr - b.nr);
  const shownPunten = [...(punten.data ?? [])]
    .filter((p) => (!mt || p.verantwoordelijkMtLidId === mt) && (!status || p.acties.some((a) => a.status === status)))
    .sort((a, b) => a.nr - b.nr);

  // Saving an item without an id creates it (createResultaat / createVerbeterpunt in the gateway).
  const createResultaat = (g: string, input: NewResultaat) => data.saveResultaat(g, { ...input, id: '', werkgroepId: g });
  const createVerbeterpunt = (g: string, input: NewVerbeterpunt) => data.saveVerbeterpunt(g, { ...input, id: '', werkgroepId: g });

  return (
    <div className={styles.root}>
      <div className={styles.filters} role="search">
        <Field label={T.filterMt}>
          <Select value={mt} onChange={(_, d) => setMt(d.value)}>
            <option value="">{T.all}</option>
            {mtOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={T.filterStatus}>
          <Select value={status} onChange={(_, d) => setStatus(d.value)}>
            <option value="">{T.all}</option>
            {statusOptions(RESULT_STATUSES, T.statusLabels)}
            {statusOptions(
              ACTIE_STATUSES.filter((s) => s !== 'gepland' && s !== 'loopt'),
              T.actieStatusLabels,
            )}
          </Select>
        </Field>
      </div>
      {notice ? <Text role="status">{notice}</Text> : null}
      <RegisterSection
        title={T.title}
        testId="resultaten"
        list={results}
        shown={shownResults.length}
        none={T.none}
        addLabel={R.newResultaat}
        onAdd={() => setAdding('resultaat')}
        form={
          adding === 'resultaat' ? (
            <ResultaatForm
              nextNr={nextNr(results.data ?? [])}
              people={people}
              onCancel={() => setAdding(undefined)}
              onSave={async (d) => {
                const created = await createResultaat(gid, d.apply({ ...EMPTY_RESULTAAT, watIsErGebeurd: d.watIsErGebeurd }));
                results.setData((list) => [...(list ?? []), created]);
                setAdding(undefined);
                setNotice(R.created);
              }}
            />
          ) : undefined
        }
      >
        {shownResults.map((r) => (
          <ResultaatCard
            key={r.id}
            resultaat={r}
            people={people}
            mtName={mtNameOf(r)}
            meetings={pastMeetings}
            today={today}
            onSaved={(saved) => results.setData((list) => list?.map((x) => (x.id === saved.id ? saved : x)))}
          />
        ))}
      </RegisterSection>
      <RegisterSection
        title={T.verbeterpunten}
        testId="verbeterpunten"
        list={punten}
        shown={shownPunten.length}
        none={T.noneVerbeterpunten}
        addLabel={R.newVerbeterpunt}
        onAdd={() => setAdding('verbeterpunt')}
        form={
          adding === 'verbeterpunt' ? (
            <VerbeterpuntForm
              members={members}
              people={people}
              onCancel={() => setAdding(undefined)}
              onSave={async (apply) => {
                const created = await createVerbeterpunt(gid, apply({ ...EMPTY_VERBETERPUNT, nr: nextNr(punten.data ?? []) }));
                punten.setData((list) => [...(list ?? []), created]);
                setAdding(undefined);
                setNotice(R.createdVerbeterpunt);
              }}
            />
          ) : undefined
        }
      >
        {shownPunten.map((p) => (
          <VerbeterpuntCard
            key={p.id}
            punt={p}
            members={members}
            people={people}
            mtName={mtNameOf(p)}
            tasks={tasks.data}
            today={today}
            onTask={(task) => tasks.setData((list) => [...(list ?? []), task])}
            onSaved={(saved) => punten.setData((list) => list?.map((x) => (x.id === saved.id ? saved : x)))}
          />
        ))}
      </RegisterSection>
    </div>
  );
}
