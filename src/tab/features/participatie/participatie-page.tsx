import { Button, Field, Link, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { Level, TrajectRecord, TrajectStatus } from '../../../participation/index.ts';
import { buildRaadReport, dateNl } from '../../../report/raad-report.ts';
import { AppError } from '../../../text/index.ts';
import { participatieTabText as T, raadReportText } from '../../../text/ui-report.ts';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Loading } from '../../shared/components/loading.tsx';
import { Pill } from '../../shared/components/pill.tsx';
import { Section } from '../../shared/components/section.tsx';
import { resourceKey, useResource } from '../../shared/hooks/use-resource.ts';
import type { TabDataWithRegister } from '../../shared/data/trajecten-data.ts';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { amsterdamDay } from '../../shared/utils/dates.ts';
import { NO_FILTER, UNKNOWN_AFDELING, filterChoices, filterTrajecten, safeDocumentUrl } from './filter.ts';
import type { TrajectFilter } from './filter.ts';

const LEVELS: readonly Level[] = ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer'];
const STATUSES: readonly TrajectStatus[] = ['gepland', 'afgerond', 'geen'];

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  summary: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  scroll: { overflowX: 'auto' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  caption: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  th: {
    textAlign: 'start',
    verticalAlign: 'bottom',
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    // A header word is never split: the table scrolls sideways on a narrow screen instead.
    whiteSpace: 'nowrap',
  },
  td: {
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  overdueRow: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorPaletteRedBorder2}`,
  },
  feedback: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  subtle: { color: tokens.colorNeutralForeground3 },
  report: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** Hands a file to the browser's downloads; the link stays for a second try. */
function download(bytes: BlobPart, type: string, fileName: string, anchor: HTMLAnchorElement | null): string {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  if (anchor) {
    anchor.href = url;
    anchor.download = fileName;
    anchor.click();
  }
  return url;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The participatieadviseur's and MT's view of the traject register, with the raad report. */
export function ParticipatiePage() {
  const styles = useStyles();
  const { data, now } = useTabEnv();
  const today = amsterdamDay(now());
  const thisYear = Number(today.slice(0, 4));
  // The register is a port of its own beside TabData (see trajecten-data.ts).
  const register = data as TabDataWithRegister;
  const list = register.listTrajecten?.bind(register);
  const trajecten = useResource<TrajectRecord[]>(list ? resourceKey('trajecten') : null, () => list!());
  const [filter, setFilter] = useState<TrajectFilter>({ ...NO_FILTER, year: thisYear });
  const all = useMemo(() => trajecten.data ?? [], [trajecten.data]);
  const choices = useMemo(() => filterChoices(all, thisYear), [all, thisYear]);
  const rows = useMemo(() => filterTrajecten(all, filter, today), [all, filter, today]);
  const overdue = rows.filter((r) => r.overdue).length;

  if (!list) {
    return (
      <Section title={T.title} testId="participatie">
        <MessageBar intent="warning">
          <MessageBarBody>{T.notConfigured}</MessageBarBody>
        </MessageBar>
      </Section>
    );
  }
  const set = (change: Partial<TrajectFilter>) => setFilter((f) => ({ ...f, ...change }));

  return (
    <div className={styles.page}>
      <Section title={T.title} testId="participatie">
        <Text>{T.intro}</Text>
        <form className={styles.filters} aria-label={T.filters} onSubmit={(e) => e.preventDefault()}>
          <Field label={T.afdeling}>
            <Select value={filter.afdeling} onChange={(_, d) => set({ afdeling: d.value })}>
              <option value="">{T.all}</option>
              {choices.afdelingen.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
              {choices.unknownAfdeling ? <option value={UNKNOWN_AFDELING}>{T.unknownAfdeling}</option> : null}
            </Select>
          </Field>
          <Field label={T.niveau}>
            <Select value={filter.niveau} onChange={(_, d) => set({ niveau: d.value as Level | '' })}>
              <option value="">{T.all}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {raadReportText.levelLabel[l]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={T.status}>
            <Select value={filter.status} onChange={(_, d) => set({ status: d.value as TrajectStatus | '' })}>
              <option value="">{T.all}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {T.statusLabel[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={T.year}>
            <Select value={String(filter.year)} onChange={(_, d) => set({ year: Number(d.value) })}>
              <option value="0">{T.allYears}</option>
              {choices.years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        </form>
        {trajecten.error ? <ErrorBar error={trajecten.error} onRetry={trajecten.reload} /> : null}
        {!trajecten.data && !trajecten.error ? <Loading label={T.title} /> : null}
        {trajecten.data ? (
          <>
            <div className={styles.summary} role="status" data-testid="participatie-summary">
              <Text weight="semibold">{T.count(rows.length, all.length)}</Text>
              {overdue > 0 ? <Pill color="danger">{T.overdueCount(overdue)}</Pill> : null}
            </div>
            {rows.length === 0 ? (
              <Text>{all.length === 0 ? T.empty : T.none}</Text>
            ) : (
              <div className={styles.scroll}>
                <table className={styles.table} data-testid="trajecten">
                  <caption className={styles.caption}>{T.tableCaption}</caption>
                  <thead>
                    <tr>
                      {[T.colOnderwerp, T.colAfdeling, T.colNiveau, T.colStatus, T.colPeriode, T.colTerugkoppeling, T.colOpsteller].map((h) => (
                        <th key={h} scope="col" className={styles.th}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(({ traject: t, overdue: late }) => {
                      const href = safeDocumentUrl(t.documentUrl);
                      const level = t.gekozenNiveau ?? t.geadviseerdNiveau;
                      return (
                        <tr key={t.itemId} className={mergeClasses(late && styles.overdueRow)} data-overdue={late || undefined}>
                          <td className={styles.td}>
                            {href ? (
                              <Link href={href} target="_blank" rel="noopener noreferrer" aria-label={T.openDocument(t.onderwerp)}>
                                {t.onderwerp}
                              </Link>
                            ) : (
                              t.onderwerp
                            )}
                            {t.zaaknummer ? <div className={styles.subtle}>{t.zaaknummer}</div> : null}
                          </td>
                          <td className={styles.td}>{t.afdeling ?? ''}</td>
                          <td className={styles.td}>{t.status !== 'geen' && level ? raadReportText.levelLabel[level] : ''}</td>
                          <td className={styles.td}>{T.statusLabel[t.status]}</td>
                          <td className={styles.td}>{T.periode(dateNl(t.periodeStart ?? t.periodeEind), dateNl(t.periodeEind))}</td>
                          <td className={styles.td}>
                            {t.status === 'geen' ? null : (
                              <div className={styles.feedback}>
                                {late ? <Pill color="danger">{T.overdue}</Pill> : t.terugkoppelingGedaan ? <Pill color="success">{T.done}</Pill> : null}
                                <span>{t.terugkoppelingDatum ? dateNl(t.terugkoppelingDatum) : T.noDate}</span>
                              </div>
                            )}
                          </td>
                          <td className={styles.td}>{t.opsteller.naam}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </>
        ) : null}
      </Section>
      {trajecten.data ? <RaadReportSection trajecten={trajecten.data} defaultYear={filter.year || thisYear} years={choices.years} today={today} /> : null}
    </div>
  );
}

type Phase = { step: 'idle' } | { step: 'busy' } | { step: 'done'; url: string; fileName: string };

function RaadReportSection({ trajecten, defaultYear, years, today }: { trajecten: TrajectRecord[]; defaultYear: number; years: number[]; today: string }) {
  const styles = useStyles();
  const { data } = useTabEnv();
  const [year, setYear] = useState(defaultYear);
  const [evaluatie, setEvaluatie] = useState('');
  const [vooruitblik, setVooruitblik] = useState('');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [error, setError] = useState<unknown>();
  const link = useRef<HTMLAnchorElement>(null);
  const registerLink = useRef<HTMLAnchorElement>(null);

  const make = async () => {
    setError(undefined);
    setPhase({ step: 'busy' });
    try {
      // The Word writer and `docx` load only now, so the page itself stays light.
      const [{ raadReportToDocx }, groups] = await Promise.all([
        import('../../../report/raad-report-docx.ts'),
        data.listMyWerkgroepen(),
      ]);
      const werkgroepen = await Promise.all(
        groups.map(async (g) => {
          const [resultaten, verbeterpunten] = await Promise.all([data.listResultaten(g.id), data.listVerbeterpunten(g.id)]);
          return { naam: g.naam, resultaten, verbeterpunten };
        }),
      );
      const bytes = await raadReportToDocx(buildRaadReport({ year, today, trajecten, werkgroepen, evaluatie, vooruitblik }));
      const fileName = T.fileName(year);
      setPhase({ step: 'done', url: download(bytes as BlobPart, DOCX, fileName, link.current), fileName });
    } catch (e) {
      console.error(e);
      setError(e instanceof AppError ? e : new AppError('TAB.REPORT_FAILED', { cause: e }));
      setPhase({ step: 'idle' });
    }
  };

  const downloadRegister = async () => {
    const { registerToJson } = await import('../../../report/register-file.ts');
    // Without the list's item ids and ETags: the file is a copy to read, not to write back.
    const plain = trajecten.map(({ itemId: _i, etag: _e, ...t }) => t);
    download(registerToJson(plain), 'application/json', T.registerFileName(today), registerLink.current);
  };

  return (
    <Section title={T.report} testId="raad-report">
      <Text>{T.reportIntro}</Text>
      <form
        className={styles.report}
        onSubmit={(e) => {
          e.preventDefault();
          void make();
        }}
      >
        <Field label={T.reportYear}>
          <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={T.evaluatie}>
          <Textarea value={evaluatie} onChange={(_, d) => setEvaluatie(d.value)} resize="vertical" rows={3} />
        </Field>
        <Field label={T.vooruitblik}>
          <Textarea value={vooruitblik} onChange={(_, d) => setVooruitblik(d.value)} resize="vertical" rows={3} />
        </Field>
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" disabled={phase.step === 'busy'}>
            {T.make}
          </Button>
          <Button type="button" onClick={() => void downloadRegister()}>
            {T.registerDownload}
          </Button>
        </div>
      </form>
      {error ? <ErrorBar error={error} onRetry={() => void make()} /> : null}
      {phase.step === 'busy' ? <Loading label={T.busy} /> : null}
      <div role="status">
        {phase.step === 'done' ? (
          <Text>
            {T.done2}{' '}
            <Link href={phase.url} download={phase.fileName} data-testid="raad-report-link">
              {T.downloadAgain}
            </Link>
          </Text>
        ) : null}
      </div>
      {/* Targets for the automatic download; hidden, the visible link above is the second try. */}
      <a ref={link} hidden aria-hidden="true" tabIndex={-1} />
      <a ref={registerLink} hidden aria-hidden="true" tabIndex={-1} data-testid="register-link" />
    </Section>
  );
}
