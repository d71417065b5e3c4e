import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { tabText } from '../../../text/ui-tab.ts';

const useStyles = makeStyles({
  root: {
    color: tokens.colorNeutralForeground2,
    animationName: { from: { opacity: 0.4 }, to: { opacity: 1 } },
    animationDuration: '0.9s',
    animationIterationCount: 'infinite',
    animationDirection: 'alternate',
    '@media (prefers-reduced-motion: reduce)': { animationName: 'none' },
  },
});

/** A quiet "Even laden…" status line (lighter than Spinner, which the first page does not need). */
export function Loading({ label = tabText.loading }: { label?: string }) {
  const styles = useStyles();
  return (
    <Text role="status" className={styles.root}>
      {label}
    </Text>
  );
}
