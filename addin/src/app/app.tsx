import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import type { OfficeThemeKind } from '../../word/index.ts';

/** Fluent v9 around the pane, following the Office theme (light or dark). */
export function AppFrame({ theme, children }: { theme: OfficeThemeKind; children: ReactNode }): ReactElement {
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}
