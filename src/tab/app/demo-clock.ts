/** The demo clock as `npm start -- --clock … --speed …` serves it in tab-config.json. */
export interface DemoClockConfig {
  /** The demo time when the config was served (ISO instant). */
  now: string;
  /** How much faster than real time the demo clock runs. */
  speed?: number;
}

/**
 * The tab's "now". In the demo it follows the same clock as the bot: `?now=` fixes one moment (for a
 * screenshot), else the served demo clock runs on from where it was at the speed it runs at. Without
 * either (production, where the demo build is never used) it is the real time.
 */
export function createTabClock(input: { fixed?: string | null; demoClock?: DemoClockConfig; realNow?: () => number }): () => Date {
  const realNow = input.realNow ?? Date.now;
  if (input.fixed && !Number.isNaN(Date.parse(input.fixed))) {
    const at = Date.parse(input.fixed);
    return () => new Date(at);
  }
  const served = input.demoClock ? Date.parse(input.demoClock.now) : NaN;
  if (!Number.isNaN(served)) {
    const speed = typeof input.demoClock?.speed === 'number' && input.demoClock.speed > 0 ? input.demoClock.speed : 1;
    const realStart = realNow();
    return () => new Date(served + (realNow() - realStart) * speed);
  }
  return () => new Date(realNow());
}
