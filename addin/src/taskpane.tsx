// Task pane entry inside Word: wait for Office.onReady, then render in a FluentProvider.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { messageFor } from '../../src/text/index.ts';
import { startOffice } from '../word/index.ts';
import { AppFrame } from './app/app.tsx';
import { TaskPane } from './app/task-pane.tsx';
import { registerConfigFrom, type RegisterConnector } from './features/traject/connection.ts';
import type { OfficeAuthInfo } from '../word/index.ts';

/** The administrator may point the manifest at taskpane.html?profiel=<url of a profile JSON>. */
function configuredProfileUrl(): string | null {
  const value = new URLSearchParams(window.location.search).get('profiel');
  if (!value) return null;
  try {
    const url = new URL(value, window.location.href);
    return url.protocol === 'https:' || url.origin === window.location.origin ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The register's settings come from the web app that serves the pane (the same file as the tab's, since
 * both use one Entra app), so one build serves every tenant. None there: the register is not set up.
 */
async function registerConnector(auth: OfficeAuthInfo | null): Promise<RegisterConnector | null> {
  if (!auth) return null;
  try {
    const res = await fetch(new URL('../tab/tab-config.json', window.location.href), { credentials: 'same-origin' });
    const config = res.ok ? registerConfigFrom(await res.json()) : null;
    if (!config) return null;
    // msal-browser loads with the first registration, not with the pane; one MSAL instance per pane.
    let msal: Promise<RegisterConnector> | undefined;
    return {
      connect: async () => {
        msal ??= import('./features/traject/msal-connector.ts').then((m) => m.createMsalConnector(config, auth));
        return (await msal).connect();
      },
    };
  } catch {
    return null;
  }
}

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  void startOffice().then(async ({ host, theme, auth }) => {
    const connector = host ? await registerConnector(auth) : null;
    root.render(
      <StrictMode>
        <AppFrame theme={theme}>
          {host ? (
            <TaskPane host={host} configuredProfileUrl={configuredProfileUrl()} registerConnector={connector} />
          ) : (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{messageFor('WORD.NOT_IN_WORD')}</MessageBarBody>
            </MessageBar>
          )}
        </AppFrame>
      </StrictMode>,
    );
  });
}
