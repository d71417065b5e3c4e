// Demo page: the real task pane next to the Word fake rendered as HTML, so the add-in can be
// tried in any browser. Nothing here loads office.js.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppFrame } from '../src/app/app.tsx';
import { DemoPage } from './demo-page.tsx';

// `?theme=dark` shows the pane as it looks in Office's dark theme.
const theme = new URLSearchParams(window.location.search).get('theme') === 'dark' ? 'dark' : 'light';
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <AppFrame theme={theme}>
        <DemoPage />
      </AppFrame>
    </StrictMode>,
  );
}
