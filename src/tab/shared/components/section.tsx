import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useId } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    minWidth: 0,
  },
  heading: { margin: 0 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export interface SectionProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** A titled block of a page; the title is the section's accessible name. */
export function Section({ title, actions, children, testId }: SectionProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.root} aria-labelledby={id} data-testid={testId}>
      <div className={styles.header}>
        <Subtitle1 as="h2" id={id} className={styles.heading}>
          {title}
        </Subtitle1>
        {actions}
      </div>
      {children}
    </section>
  );
}
