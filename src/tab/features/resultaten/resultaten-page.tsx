import {
  Button,
  Caption1,
  Field,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Loading } from '../../shared/components/loading.tsx';
import { useState } from 'react';
import type { Member, Resultaat, ResultaatStatus, VerbeterActieStatus, Verbeterpunt } from '../../../workgroups/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { useConflict } from '../../shared/components/conflict-host.tsx';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Section } from '../../shared/components/section.tsx';
import { StatusBadge } from '../../shared/components/status-badge.tsx';
import { ConflictError } from '../../shared/data/tab-data.ts';
import { useResultaten, useVerbeterpunten } from '../../shared/hooks/use-tab-data.ts';
import { useDraft } from '../../shared/hooks/use-draft.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { nameOf } from '../../shared/utils/actions.ts';
import { safeDateNl } from '../../shared/utils/dates.ts';

const T = tabText.resultaten;
const RESULT_STATUSES: ResultaatStatus[] = ['gepland', 'loopt', 'gereed'];
const ACTIE_STATUSES: VerbeterActieStatus[] = ['gepland', 'loopt', 'uitgevoerd', 'onderdeel bedrijfsvoering'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  title: { margin: 0, overflowWrap: 'anywhere' },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 12rem) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '@media (max-width: 40rem)': { gridTemplateColumns: '1fr' },
  },
  dt: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  plain: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actie: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', paddingBlock: tokens.spacingVerticalXXS },
  editForm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  fullWidth: { alignSelf: 'stretch' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

function doorlooptijd(r: Resultaat): string {
  const { start, eind } = r.doorlooptijd;
  if (start && eind) return `${safeDateNl(start)} tot ${safeDateNl(eind)}`;
  return safeDateNl(start ?? eind);
}

/** Resultaten: the Weert register and the Bergen verbeterpunten, filtered by MT-lid and status. */
export function ResultatenPage() {
  const styles = useStyles();
  const { groupId, werkgroep } = useTabEnv();
  const gid = groupId ?? '';
  const results = useResultaten(gid);
  const punten = useVerbeterpunten(gid);
  const [mt, setMt] = useState('');
  const [status, setStatus] = useState('');
  const people: Member[] = [...(werkgroep?.mt ?? []), ...(werkgroep?.members ?? [])];
  const mtIds = new Set([...(results.data ?? []), ...(punten.data ?? [])].map((x) => x.verantwoordelijkMtLidId).filter(Boolean));
  const mtOptions = [...mtIds].map((id) => ({ id: id!, name: nameOf(people, id, tabText.unknownPerson) }));

  const shownResults = [...(results.data ?? [])]
    .filter((r) => (!mt || r.verantwoordelijkMtLidId === mt) && (!status || r.status === status))
    .sort((a, b) => a.nr - b.nr);
  const shownPunten = [...(punten.data ?? [])]
    .filter((p) => (!mt || p.verantwoordelijkMtLidId === mt) && (!status || p.acties.some((a) => a.status === status)))
    .sort((a, b) => a.nr - b.nr);

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
      <Section title={T.title} testId="resultaten">
        {results.error ? <ErrorBar error={results.error} onRetry={results.reload} /> : null}
        {results.loading && !results.data ? <Loading label={tabText.loading} /> : null}
        {results.data && shownResults.length === 0 ? <Text>{T.none}</Text> : null}
        <ul className={styles.list}>
          {shownResults.map((r) => (
            <ResultaatCard
              key={r.id}
              resultaat={r}
              mtName={nameOf(people, r.verantwoordelijkMtLidId, '')}
              onSaved={(saved) => results.setData((list) => list?.map((x) => (x.id === saved.id ? saved : x)))}
            />
          ))}
        </ul>
      </Section>
      <Section title={T.verbeterpunten} testId="verbeterpunten">
        {punten.error ? <ErrorBar error={punten.error} onRetry={punten.reload} /> : null}
        {punten.loading && !punten.data ? <Loading label={tabText.loading} /> : null}
        {punten.data && shownPunten.length === 0 ? <Text>{T.noneVerbeterpunten}</Text> : null}
        <ul className={styles.list}>
          {shownPunten.map((p) => (
            <VerbeterpuntCard key={p.id} punt={p} mtName={nameOf(people, p.verantwoordelijkMtLidId, '')} />
          ))}
        </ul>
      </Section>
    </div>
  );
}

function Lines({ lines }: { lines: string[] }) {
  const styles = useStyles();
  if (lines.length <= 1) return <>{lines[0] ?? ''}</>;
  return (
    <ul className={styles.plain}>
      {lines.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
}

function renderVersion(v: Resultaat) {
  return (
    <>
      <Text>{v.watIsErGebeurd}</Text>
      <StatusBadge status={v.status} />
    </>
  );
}

function ResultaatCard({ resultaat: r, mtName, onSaved }: { resultaat: Resultaat; mtName: string; onSaved(r: Resultaat): void }) {
  const styles = useStyles();
  const { data, groupId } = useTabEnv();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft, clearDraft] = useDraft(`resultaat:${r.id}`, { watIsErGebeurd: r.watIsErGebeurd, status: r.status as string });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const ask = useConflict();

  const save = async (base: Resultaat) => {
    const mine: Resultaat = { ...base, watIsErGebeurd: draft.watIsErGebeurd, status: draft.status as ResultaatStatus };
    setBusy(true);
    setError(undefined);
    try {
      const saved = await data.saveResultaat(groupId ?? '', mine);
      onSaved(saved);
      clearDraft();
      setEditing(false);
    } catch (e) {
      if (e instanceof ConflictError) {
        const theirs = e.theirs as Resultaat;
        setBusy(false);
        const choice = await ask({ mine, theirs, render: renderVersion });
        if (choice === 'mine') {
          await save(theirs);
        } else {
          onSaved(theirs);
          clearDraft();
          setEditing(false);
        }
      } else {
        console.error(e);
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={styles.card} data-testid="resultaat">
      <div className={styles.head}>
        <Text as="h3" size={400} weight="semibold" className={styles.title}>
          {T.resultaat(r.nr, r.titel)}
        </Text>
        <StatusBadge status={r.status} />
      </div>
      <dl className={styles.fields}>
        <dt className={styles.dt}>{T.doel}</dt>
        <dd className={styles.dd}>{r.doel}</dd>
        <dt className={styles.dt}>{T.doelgroep}</dt>
        <dd className={styles.dd}>
          <Lines lines={r.doelgroep} />
        </dd>
        <dt className={styles.dt}>{T.watIsErGebeurd}</dt>
        <dd className={styles.dd}>{r.watIsErGebeurd}</dd>
        <dt className={styles.dt}>{T.methode}</dt>
        <dd className={styles.dd}>{r.methode}</dd>
        <dt className={styles.dt}>{T.doorlooptijd}</dt>
        <dd className={styles.dd}>{doorlooptijd(r)}</dd>
        <dt className={styles.dt}>{T.capaciteit}</dt>
        <dd className={styles.dd}>{r.capaciteit}</dd>
        <dt className={styles.dt}>{T.verankering}</dt>
        <dd className={styles.dd}>{r.verankering}</dd>
        <dt className={styles.dt}>{T.verantwoordelijk}</dt>
        <dd className={styles.dd}>{mtName}</dd>
      </dl>
      {error ? <ErrorBar error={error} onDismiss={() => setError(undefined)} /> : null}
      {editing ? (
        <form
          className={styles.editForm}
          onSubmit={(e) => {
            e.preventDefault();
            void save(r);
          }}
        >
          <Field label={T.watIsErGebeurd} className={styles.fullWidth}>
            <Textarea value={draft.watIsErGebeurd} onChange={(_, d) => setDraft((c) => ({ ...c, watIsErGebeurd: d.value }))} resize="vertical" />
          </Field>
          <Field label={T.status}>
            <Select value={draft.status} onChange={(_, d) => setDraft((c) => ({ ...c, status: d.value }))}>
              {RESULT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {T.statusLabels[s]}
                </option>
              ))}
            </Select>
          </Field>
          <div>
            <Button type="submit" appearance="primary" disabled={busy}>
              {busy ? tabText.saving : tabText.save}
            </Button>{' '}
            <Button onClick={() => setEditing(false)}>{tabText.cancel}</Button>
          </div>
        </form>
      ) : (
        <div>
          <Button size="small" onClick={() => setEditing(true)} aria-label={`${T.editWatIsErGebeurd}: ${r.titel}`}>
            {T.editWatIsErGebeurd}
          </Button>
        </div>
      )}
    </li>
  );
}

function VerbeterpuntCard({ punt: p, mtName }: { punt: Verbeterpunt; mtName: string }) {
  const styles = useStyles();
  return (
    <li className={styles.card} data-testid="verbeterpunt">
      <div className={styles.head}>
        <Text as="h3" size={400} weight="semibold" className={styles.title}>
          {T.verbeterpunt(p.nr, p.titel)}
        </Text>
        {p.evaluatieNr !== undefined ? <Caption1>({T.evaluatieNr(p.evaluatieNr)})</Caption1> : null}
      </div>
      <dl className={styles.fields}>
        <dt className={styles.dt}>{T.probleem}</dt>
        <dd className={styles.dd}>
          <Lines lines={p.probleem} />
        </dd>
        <dt className={styles.dt}>{T.watWillenWeBereiken}</dt>
        <dd className={styles.dd}>
          <Lines lines={p.watWillenWeBereiken} />
        </dd>
        <dt className={styles.dt}>{T.hoe}</dt>
        <dd className={styles.dd}>
          <ol className={styles.actions}>
            {[...p.acties]
              .sort((a, b) => a.nr - b.nr)
              .map((a) => (
                <li key={a.nr} value={a.nr}>
                  <span className={styles.actie}>
                    <Text>{a.omschrijving}</Text>
                    <StatusBadge status={a.status} />
                    {a.trekker ? <Caption1>{a.trekker}</Caption1> : null}
                    {a.planning ? <Caption1>{a.planning}</Caption1> : null}
                  </span>
                </li>
              ))}
          </ol>
        </dd>
        {mtName ? (
          <>
            <dt className={styles.dt}>{T.verantwoordelijk}</dt>
            <dd className={styles.dd}>{mtName}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
