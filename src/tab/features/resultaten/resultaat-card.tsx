import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, useState } from 'react';
import type { ReactNode } from 'react';
import { resultatenText } from '../../../text/ui-resultaten.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { isResultaatOverdue, parseVoortgang, setVoortgang } from '../../../workgroups/index.ts';
import type { Member, Resultaat, Vergadering } from '../../../workgroups/index.ts';
import { Pill } from '../../shared/components/pill.tsx';
import { StatusBadge } from '../../shared/components/status-badge.tsx';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { formatDayNl, safeDateNl } from '../../shared/utils/dates.ts';
import { ResultaatForm } from './resultaat-form.tsx';
import { useConflictSave } from './shared.tsx';
import { VoortgangForm } from './voortgang-form.tsx';

const T = tabText.resultaten;
const R = resultatenText;

export const useCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
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
  history: { margin: 0, paddingInlineStart: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  when: { fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteRedForeground1 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function Lines({ lines }: { lines: readonly string[] }) {
  const styles = useCardStyles();
  if (lines.length <= 1) return <>{lines[0] ?? ''}</>;
  return (
    <ul className={styles.plain}>
      {lines.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
}

/** A card's heading, with badges or a note beside it. */
export function CardHead({ title, children }: { title: string; children: ReactNode }) {
  const styles = useCardStyles();
  return (
    <div className={styles.head}>
      <Text as="h3" size={400} weight="semibold" className={styles.title}>
        {title}
      </Text>
      {children}
    </div>
  );
}

/** A card's fields: each label with its value. */
export function Fields({ rows }: { rows: readonly (readonly [label: string, value: ReactNode])[] }) {
  const styles = useCardStyles();
  return (
    <dl className={styles.fields}>
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt className={styles.dt}>{label}</dt>
          <dd className={styles.dd}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function doorlooptijd(r: Resultaat): string {
  const { start, eind } = r.doorlooptijd;
  if (start && eind) return `${safeDateNl(start)} tot en met ${safeDateNl(eind)}`;
  return safeDateNl(start ?? eind);
}

function History({ text }: { text: string }) {
  const styles = useCardStyles();
  const entries = parseVoortgang(text);
  if (entries.length === 0) return <>{R.noHistory}</>;
  // Text from before the history was kept per meeting, and nothing since: just the text.
  if (entries.length === 1 && !entries[0]!.datum) return <>{entries[0]!.tekst}</>;
  return (
    <ol className={styles.history} data-testid="voortgang">
      {entries.map((e, i) => (
        <li key={e.datum ?? `undated-${i}`}>
          <span className={styles.when}>{e.datum ? R.meetingOn(formatDayNl(e.datum)) : R.earlier}: </span>
          {e.tekst}
        </li>
      ))}
    </ol>
  );
}

function renderVersion(v: Resultaat) {
  return (
    <>
      <Text weight="semibold">{v.titel}</Text>
      <Text>{v.watIsErGebeurd}</Text>
      <StatusBadge status={v.status} />
    </>
  );
}

export interface ResultaatCardProps {
  resultaat: Resultaat;
  people: readonly Member[];
  mtName: string;
  meetings: readonly Vergadering[];
  today: string;
  onSaved(r: Resultaat): void;
}

export function ResultaatCard({ resultaat: r, people, mtName, meetings, today, onSaved }: ResultaatCardProps) {
  const styles = useCardStyles();
  const { data, groupId } = useTabEnv();
  const [mode, setMode] = useState<'view' | 'edit' | 'voortgang'>('view');
  const save = useConflictSave(renderVersion);
  const overdue = isResultaatOverdue(r, today);
  const write = (item: Resultaat) => data.saveResultaat(groupId ?? '', item);

  return (
    <li className={styles.card} data-testid="resultaat">
      <CardHead title={T.resultaat(r.nr, r.titel)}>
        <span className={styles.badges}>
          {overdue ? <Pill color="danger">{R.overdue}</Pill> : null}
          <StatusBadge status={r.status} />
        </span>
      </CardHead>
      {overdue && r.doorlooptijd.eind ? <Text className={styles.warning}>{R.overdueLong(safeDateNl(r.doorlooptijd.eind))}</Text> : null}
      <Fields
        rows={[
          [T.doel, r.doel],
          [T.doelgroep, <Lines lines={r.doelgroep} />],
          [R.history, <History text={r.watIsErGebeurd} />],
          [T.methode, r.methode],
          [T.doorlooptijd, doorlooptijd(r)],
          [T.capaciteit, r.capaciteit],
          [T.verankering, r.verankering],
          [T.verantwoordelijk, mtName],
        ]}
      />
      {mode === 'edit' ? (
        <ResultaatForm
          resultaat={r}
          nextNr={r.nr}
          people={people}
          onCancel={() => setMode('view')}
          onSave={async (d) => {
            onSaved(await save(d.apply(r), write, (theirs) => d.apply(theirs)));
            setMode('view');
          }}
        />
      ) : mode === 'voortgang' ? (
        <VoortgangForm
          resultaat={r}
          meetings={meetings}
          today={today}
          onCancel={() => setMode('view')}
          onSave={async (entry) => {
            const add = (base: Resultaat): Resultaat => ({ ...base, watIsErGebeurd: setVoortgang(base.watIsErGebeurd, entry) });
            onSaved(await save(add(r), write, add));
            setMode('view');
          }}
        />
      ) : (
        <div className={styles.buttons}>
          <Button size="small" onClick={() => setMode('voortgang')} aria-label={`${R.addHistory}: ${r.titel}`}>
            {R.addHistory}
          </Button>
          <Button size="small" onClick={() => setMode('edit')} aria-label={R.editLabel(r.titel)}>
            {R.edit}
          </Button>
        </div>
      )}
    </li>
  );
}
