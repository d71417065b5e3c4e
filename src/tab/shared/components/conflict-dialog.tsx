import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { tabText } from '../../../text/ui-tab.ts';

const useStyles = makeStyles({
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))', gap: tokens.spacingHorizontalL },
  version: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: 'anywhere',
  },
  surface: { maxWidth: 'min(44rem, 100vw - 2rem)' },
  actions: { justifyContent: 'flex-end', flexWrap: 'wrap' },
});

export interface ConflictDialogProps<T> {
  /** Keep the dialog mounted and close it with open=false, so Fluent restores the page behind it. */
  open?: boolean;
  mine: T;
  theirs: T;
  render(version: T): ReactNode;
  onKeepMine(): void;
  onKeepTheirs(): void;
}

/** "Iemand anders heeft dit net gewijzigd": both versions side by side, the user decides. */
export function ConflictDialog<T>({ open = true, mine, theirs, render, onKeepMine, onKeepTheirs }: ConflictDialogProps<T>) {
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="alert">
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{tabText.conflict.title}</DialogTitle>
          <DialogContent>
            <p>{tabText.conflict.intro}</p>
            <div className={styles.columns}>
              <section className={styles.version} aria-label={tabText.conflict.theirs}>
                <Subtitle2>{tabText.conflict.theirs}</Subtitle2>
                {render(theirs)}
              </section>
              <section className={styles.version} aria-label={tabText.conflict.mine}>
                <Subtitle2>{tabText.conflict.mine}</Subtitle2>
                {render(mine)}
              </section>
            </div>
          </DialogContent>
          <DialogActions fluid className={styles.actions}>
            <Button appearance="primary" onClick={onKeepMine}>
              {tabText.conflict.keepMine}
            </Button>
            <Button onClick={onKeepTheirs}>{tabText.conflict.keepTheirs}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
