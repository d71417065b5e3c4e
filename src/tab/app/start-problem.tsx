import { FluentProvider, Title2, makeStyles } from '@fluentui/react-components';
import { tabText } from '../../text/ui-tab.ts';
import { ErrorBar } from '../shared/components/error-bar.tsx';
import { pageShellStyles } from '../shared/components/page-shell.ts';
import { lightTheme } from './themes.ts';

const useStyles = makeStyles({
  page: pageShellStyles.page,
  shell: { ...pageShellStyles.shell, maxWidth: '48rem' },
  title: { margin: 0 },
});

export interface StartProblemProps {
  error: unknown;
  /** Starts the tab again; a reload, so teams-js starts from scratch too. */
  onRetry?: () => void;
}

/**
 * What the tab shows when it cannot start: no Teams host, Teams slow to answer, or sign-in failing.
 * Never demo data: the production tab either shows the werkgroep or says why not.
 */
export function StartProblem({ error, onRetry = () => window.location.reload() }: StartProblemProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={lightTheme} lang="nl">
      <div className={styles.page}>
        <main className={styles.shell} data-testid="start-problem">
          <Title2 as="h1" className={styles.title}>
            {tabText.hostProblemTitle}
          </Title2>
          <ErrorBar error={error} onRetry={onRetry} />
        </main>
      </div>
    </FluentProvider>
  );
}
