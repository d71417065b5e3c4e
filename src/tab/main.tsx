import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { connectTabData } from './app/connect.ts';
import { initHost } from './app/host.ts';
import type { TabConfig } from './app/host.ts';
import { describeError } from '../text/index.ts';

async function loadConfig(): Promise<TabConfig> {
  try {
    const res = await fetch(new URL('tab-config.json', window.location.href));
    return res.ok ? ((await res.json()) as TabConfig) : {};
  } catch {
    return {};
  }
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const config = await loadConfig();
  const host = await initHost(window, config);
  const params = new URLSearchParams(window.location.search);
  // The demo clock: `?now=2026-12-01T08:00:00Z` shows the tab as it looks on that day.
  const fixed = host.context.demo ? params.get('now') : null;
  const now = fixed && !Number.isNaN(Date.parse(fixed)) ? () => new Date(fixed) : () => new Date();
  try {
    const data = await connectTabData(host.context, config, window);
    root.render(<App context={host.context} data={data} onThemeChange={host.onThemeChange} now={now} />);
  } catch (error) {
    console.error(error);
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = describeError(error);
    document.getElementById('root')!.replaceChildren(p);
  }
}

void start();
