import { tokens } from '@fluentui/react-components';

/** The tab's page background and centred column, shared by the app and the start-problem page. */
export const pageShellStyles = {
  // On an inner element, not on FluentProvider: Fluent copies provider classes to portal mount nodes, and a
  // full-height background there would cover the page behind a dialog.
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  shell: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '80rem',
    marginInline: 'auto',
  },
} as const;
