import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { DEMO_BUILD } from './app/build-flags.ts';
import { createTabClock } from './app/demo-clock.ts';
import { connectTabData } from './app/connect.ts';
import { initHost } from './app/host.ts';
import type { TabConfig } from './app/host.ts';
import { StartProblem } from './app/start-problem.tsx';
import { AppError } from '../text/index.ts';

/**
 * How long Teams may take to answer before the tab says so. Generous: Teams on a phone or a slow
 * laptop can take many seconds. The tab keeps waiting after the message; when Teams answers, it starts.
 */
const HOST_SLOW_MS = 20_000;

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
  const slowAfter = typeof config.hostSlowMs === 'number' && config.hostSlowMs > 0 ? config.hostSlowMs : HOST_SLOW_MS;
  const slow = setTimeout(() => root.render(<StartProblem error={new AppError('TAB.HOST_TIMEOUT')} />), slowAfter);
  let host: Awaited<ReturnType<typeof initHost>>;
  try {
    host = await initHost(window, config, { demoBuild: DEMO_BUILD });
  } catch (error) {
    clearTimeout(slow);
    console.error(error);
    root.render(<StartProblem error={error} />);
    return;
  }
  clearTimeout(slow);
  const params = new URLSearchParams(window.location.search);
  // The demo clock: `?now=2026-12-01T08:00:00Z` shows the tab as it looks on that day; else the clock of
  // `npm start -- --clock` that the bot uses. Production always runs on the real date.
  const demo = DEMO_BUILD && host.context.demo;
  const now = demo ? createTabClock({ fixed: params.get('now'), ...(config.demoClock ? { demoClock: config.demoClock } : {}) }) : () => new Date();
  try {
    const data = await connectTabData(host.context, config, window, now);
    root.render(<App context={host.context} data={data} onThemeChange={host.onThemeChange} now={now} />);
  } catch (error) {
    console.error(error);
    root.render(<StartProblem error={error} />);
  }
}

void start();
