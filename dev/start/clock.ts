/** The time the bot and the scheduler see. With a demo clock it starts where you say and can run faster. */
export interface DemoClock {
  now(): string;
  readonly speed: number;
  readonly startedAt: string;
}

/**
 * now = start + elapsed real time × speed. Without a start it is the real time (speed still applies,
 * counted from the moment of start).
 */
export function createDemoClock(options: { start?: string; speed?: number; realNow?: () => number } = {}): DemoClock {
  const realNow = options.realNow ?? Date.now;
  const speed = options.speed ?? 1;
  const realStart = realNow();
  const start = options.start ? Date.parse(options.start) : realStart;
  return {
    speed,
    startedAt: new Date(start).toISOString(),
    now: () => new Date(start + (realNow() - realStart) * speed).toISOString(),
  };
}
