import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { tabText } from '../../../text/ui-tab.ts';
import { mtOverzichtText } from '../../../text/ui-tab-mt.ts';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Loading } from '../../shared/components/loading.tsx';
import { Section } from '../../shared/components/section.tsx';
import { useMyWerkgroepData } from '../../shared/hooks/use-tab-data.ts';
import type { WerkgroepData } from '../../shared/hooks/use-tab-data.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { amsterdamDay, safeDateNl } from '../../shared/utils/dates.ts';
import { summarizeForMt } from './mt-summary.ts';
import type { MtSummary } from './mt-summary.ts';

const T = mtOverzichtText;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flex: '1 1 20rem' },
  title: { overflowWrap: 'anywhere', unicodeBidi: 'isolate' },
  sub: { color: tokens.colorNeutralForeground2 },
  // Plain text rather than pills: sharing the pill module with this page would split it off the first page.
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
});

type MtView =
  | { kind: 'no-werkgroepen' }
  | { kind: 'no-mt-group' }
  | { kind: 'not-mt' }
  | { kind: 'mt'; summary: MtSummary };

/**
 * Who is MT is the configured MT group, as the weekly digest reads it; every werkgroep view carries its
 * members. The werkgroepen are those the user can read with their own rights (see useMyWerkgroepData):
 * a werkgroep the MT-lid is not in stays out, and the page says so.
 */
function toMtView(werkgroepen: readonly WerkgroepData[], userId: string, today: string): MtView {
  if (werkgroepen.length === 0) return { kind: 'no-werkgroepen' };
  const mt = werkgroepen[0]!.view.mt;
  if (mt.length === 0) return { kind: 'no-mt-group' };
  if (!mt.some((m) => m.id === userId)) return { kind: 'not-mt' };
  return { kind: 'mt', summary: summarizeForMt(werkgroepen.map((w) => ({ ...w, werkgroep: w.view.werkgroep })), userId, today) };
}

/** MT-overzicht: what an MT-lid is responsible for across werkgroepen; the weekly digest links here. */
export function MtOverzichtPage() {
  const styles = useStyles();
  const { userId, now } = useTabEnv();
  const today = amsterdamDay(now());
  const werkgroepen = useMyWerkgroepData();

  if (werkgroepen.error) return <ErrorBar error={werkgroepen.error} onRetry={werkgroepen.reload} />;
  if (!werkgroepen.data) return <Loading label={tabText.loading} />;
  const v = toMtView(werkgroepen.data, userId ?? '', today);
  if (v.kind !== 'mt') {
    const message = v.kind === 'not-mt' ? T.notMt : v.kind === 'no-mt-group' ? T.noMtGroup : T.noWerkgroepen;
    return (
      <MessageBar intent="info" data-testid="mt-overzicht-uitleg">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
    );
  }
  const s = v.summary;
  return (
    <div className={styles.root} data-testid="mt-overzicht">
      <Text>{T.intro}</Text>
      <MessageBar intent="info">
        <MessageBarBody>{T.onlyYourWerkgroepen}</MessageBarBody>
      </MessageBar>

      <Section title={T.werkgroepen} testId="mt-werkgroepen">
        <ul className={styles.list}>
          {s.werkgroepen.map((w) => (
            <li key={w.id} className={styles.row}>
              <Text weight="semibold" className={styles.title}>
                {w.naam}
              </Text>
              <Text className={styles.sub}>{T.werkgroepLine(w.open, w.overdue)}</Text>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={T.resultaten} testId="mt-resultaten">
        {s.resultaten.length === 0 ? <Text>{T.noResultaten}</Text> : null}
        <ul className={styles.list}>
          {s.resultaten.map((r) => (
            <li key={`${r.werkgroepId}:${r.id}`} className={styles.row} data-testid="mt-resultaat">
              <div className={styles.main}>
                <Text className={styles.title}>{tabText.resultaten.resultaat(r.nr, r.titel)}</Text>
                <Text size={200} className={styles.sub}>
                  {r.werkgroepNaam}
                  {r.doorlooptijd.eind ? ` · ${tabText.resultaten.doorlooptijd}: ${safeDateNl(r.doorlooptijd.eind)}` : ''}
                </Text>
              </div>
              <span className={styles.badges}>
                {r.pastDoorlooptijd ? (
                  <Text size={200} className={styles.late}>
                    {T.pastDoorlooptijd}
                  </Text>
                ) : null}
                <Text size={200} weight="semibold">
                  {tabText.resultaten.statusLabels[r.status]}
                </Text>
              </span>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={T.overdue} testId="mt-te-laat">
        {s.overdueActions.length === 0 ? <Text>{T.noOverdue}</Text> : null}
        <ul className={styles.list}>
          {s.overdueActions.map((a) => (
            <li key={a.id} className={styles.row} data-testid="mt-actie">
              <div className={styles.main}>
                <Text className={styles.title}>{a.titel}</Text>
                <Text size={200} className={styles.sub}>
                  {a.werkgroepNaam}
                </Text>
              </div>
              <span className={styles.badges}>
                <Text size={200} className={styles.late}>
                  {tabText.action.due(safeDateNl(a.dueDate))}
                </Text>
              </span>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={T.verbeterpunten} testId="mt-verbeterpunten">
        {s.verbeterpunten.length === 0 ? <Text>{T.noVerbeterpunten}</Text> : null}
        <ul className={styles.list}>
          {s.verbeterpunten.map((p) => (
            <li key={`${p.werkgroepId}:${p.id}`} className={styles.row} data-testid="mt-verbeterpunt">
              <div className={styles.main}>
                <Text className={styles.title}>{tabText.resultaten.verbeterpunt(p.nr, p.titel)}</Text>
                <Text size={200} className={styles.sub}>
                  {p.werkgroepNaam}
                </Text>
              </div>
              <Text className={styles.sub}>{T.verbeterStatus(p.done, p.acties.length)}</Text>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
