import { Button, Field, ProgressBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { AppError } from '../../../text/index.ts';
import { tabText } from '../../../text/ui-tab.ts';
import { ErrorBar } from '../../shared/components/error-bar.tsx';
import { Section } from '../../shared/components/section.tsx';
import { useTabEnv } from '../../shared/tab-env.tsx';
import { amsterdamDay } from '../../shared/utils/dates.ts';
import { gatherReportInput } from './gather.ts';
import type { ReportScope } from './gather.ts';

const T = tabText.jaarverslag;

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '32rem' },
});

type Phase = { step: 'idle' } | { step: 'loading' | 'building'; value: number } | { step: 'done'; url: string; fileName: string };

/** Jaarverslag: a .docx made in the browser; the generator loads only when asked for. */
export function JaarverslagPage() {
  const styles = useStyles();
  const { data, werkgroep, now } = useTabEnv();
  const today = amsterdamDay(now());
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [scopeKey, setScopeKey] = useState('werkgroep');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [error, setError] = useState<unknown>();
  const link = useRef<HTMLAnchorElement>(null);
  const naam = werkgroep?.werkgroep.naam ?? '';
  const mt = werkgroep?.mt ?? [];

  const make = async () => {
    if (!werkgroep) return;
    setError(undefined);
    setPhase({ step: 'loading', value: 0 });
    try {
      const mtLid = mt.find((m) => `mt:${m.id}` === scopeKey);
      const scope: ReportScope = mtLid ? { kind: 'mt', mtLid } : { kind: 'werkgroep', view: werkgroep };
      const label = mtLid ? T.scopeMt(mtLid.displayName) : T.scopeWerkgroep(naam);
      const [{ buildReport }, input] = await Promise.all([
        import('./build-report.ts'),
        gatherReportInput(data, scope, year, today, label, (f) => setPhase({ step: 'loading', value: f * 0.5 })),
      ]);
      setPhase({ step: 'building', value: 0.5 });
      const blob = await buildReport(input, (f) => setPhase({ step: 'building', value: 0.5 + f * 0.5 }));
      const url = URL.createObjectURL(blob);
      const fileName = `Jaarverslag participatie ${year} - ${mtLid ? mtLid.displayName : naam}.docx`.replace(/[\\/:*?"<>|]/g, '-');
      setPhase({ step: 'done', url, fileName });
      // Start the download right away; the link stays for a second try.
      setTimeout(() => link.current?.click(), 0);
    } catch (e) {
      console.error(e);
      setError(e instanceof AppError ? e : new AppError('TAB.REPORT_FAILED', { cause: e }));
      setPhase({ step: 'idle' });
    }
  };

  const busy = phase.step === 'loading' || phase.step === 'building';
  return (
    <Section title={T.title} testId="jaarverslag">
      <Text>{T.intro}</Text>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void make();
        }}
      >
        <Field label={T.year}>
          <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
            {[0, 1, 2, 3].map((i) => (
              <option key={i} value={String(thisYear - i)}>
                {thisYear - i}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={T.scope}>
          <Select value={scopeKey} onChange={(_, d) => setScopeKey(d.value)}>
            <option value="werkgroep">{T.scopeWerkgroep(naam)}</option>
            {mt.map((m) => (
              <option key={m.id} value={`mt:${m.id}`}>
                {T.scopeMt(m.displayName)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>
          {T.make}
        </Button>
      </form>
      {error ? <ErrorBar error={error} onRetry={() => void make()} /> : null}
      {busy ? (
        <div className={styles.progress}>
          <Field
            label={phase.step === 'loading' ? T.progressLoading : T.progressBuilding}
            validationState="none"
          >
            <ProgressBar value={phase.value} max={1} thickness="large" />
          </Field>
        </div>
      ) : null}
      {phase.step === 'done' ? (
        <div className={styles.progress} role="status">
          <Text>{T.progressDone}</Text>
          <a ref={link} href={phase.url} download={phase.fileName} data-testid="report-link">
            {T.download}
          </a>
        </div>
      ) : null}
    </Section>
  );
}
