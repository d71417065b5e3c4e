// Task pane entry inside Word: wait for Office.onReady, then render in a FluentProvider.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { messageFor } from '../../src/text/index.ts';
import { startOffice } from '../word/index.ts';
import { AppFrame } from './app/app.tsx';
import { TaskPane } from './app/task-pane.tsx';

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

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  void startOffice().then(({ host, theme }) => {
    root.render(
      <StrictMode>
        <AppFrame theme={theme}>
          {host ? (
            <TaskPane host={host} configuredProfileUrl={configuredProfileUrl()} />
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
