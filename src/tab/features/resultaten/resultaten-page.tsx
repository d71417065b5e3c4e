import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { resultatenText } from '../../../text/ui-resultaten.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { nextNr } from '../../../workgroups/index.ts';
import type { Resultaat, ResultaatStatus, VerbeterActieStatus, Verbeterpunt } from '../../../workgroups/index.ts';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Loading } from '../../shared/components/loading.tsx';
import { Section } from '../../shared/components/section.tsx';
import { useActions, useMeetings, useResultaten, useVerbeterpunten } from '../../shared/hooks/use-tab-data.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { nameOf } from '../../shared/utils/actions.ts';
import { amsterdamDay } from '../../shared/utils/dates.ts';
import { ResultaatCard } from './resultaat-card.tsx';
import { ResultaatForm } from './resultaat-form.tsx';
import { peopleOf } from './shared.tsx';
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
            {RESULT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {T.statusLabels[s]}
              </option>
            ))}
            {ACTIE_STATUSES.filter((s) => s !== 'gepland' && s !== 'loopt').map((s) => (
              <option key={s} value={s}>
                {T.actieStatusLabels[s]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {notice ? <Text role="status">{notice}</Text> : null}
      <Section
        title={T.title}
        testId="resultaten"
        actions={
          adding === 'resultaat' ? null : (
            <Button onClick={() => setAdding('resultaat')} disabled={!results.data}>
              {R.newResultaat}
            </Button>
          )
        }
      >
        {adding === 'resultaat' ? (
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
        ) : null}
        {results.error ? <ErrorBar error={results.error} onRetry={results.reload} /> : null}
        {results.loading && !results.data ? <Loading label={tabText.loading} /> : null}
        {results.data && shownResults.length === 0 ? <Text>{T.none}</Text> : null}
        <ul className={styles.list}>
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
        </ul>
      </Section>
      <Section
        title={T.verbeterpunten}
        testId="verbeterpunten"
        actions={
          adding === 'verbeterpunt' ? null : (
            <Button onClick={() => setAdding('verbeterpunt')} disabled={!punten.data}>
              {R.newVerbeterpunt}
            </Button>
          )
        }
      >
        {adding === 'verbeterpunt' ? (
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
        ) : null}
        {punten.error ? <ErrorBar error={punten.error} onRetry={punten.reload} /> : null}
        {punten.loading && !punten.data ? <Loading label={tabText.loading} /> : null}
        {punten.data && shownPunten.length === 0 ? <Text>{T.noneVerbeterpunten}</Text> : null}
        <ul className={styles.list}>
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
        </ul>
      </Section>
    </div>
  );
}
