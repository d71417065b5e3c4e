import { createServer } from 'node:net';
import { startText } from '../../src/text/ui-start.ts';

export interface PortPlan {
  web: number;
  bot: number;
  chat: number;
  emulator: number;
}

export const DEFAULT_PORTS: PortPlan = { web: 3000, bot: 3978, chat: 3979, emulator: 8443 };

export const PORT_LABELS: Record<keyof PortPlan, string> = {
  web: startText.parts.web,
  bot: startText.parts.bot,
  chat: startText.parts.chat,
  emulator: startText.parts.emulator,
};

/** Fixed ports by default; `--port-base n` gives n..n+3; 0 lets the system pick free ports (tests). */
export function portPlan(base?: number): PortPlan {
  if (base === undefined) return { ...DEFAULT_PORTS };
  if (base === 0) return { web: 0, bot: 0, chat: 0, emulator: 0 };
  return { web: base, bot: base + 1, chat: base + 2, emulator: base + 3 };
}

/** A port another program holds; the message is Dutch and says what to do. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly part: string,
  ) {
    super(startText.launcher.portTaken(port, part));
  }
}

function probe(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Checks every fixed port before anything starts, so a taken port never leaves half a system running. */
export async function assertPortsFree(plan: PortPlan, host: string): Promise<void> {
  for (const key of Object.keys(plan) as (keyof PortPlan)[]) {
    const port = plan[key];
    if (port !== 0 && !(await probe(port, host))) throw new PortInUseError(port, PORT_LABELS[key]);
  }
}

/** Runs a listen call and turns "address in use" into the Dutch explanation. */
export async function listenExplained<T>(port: number, part: string, listen: () => Promise<T>): Promise<T> {
  try {
    return await listen();
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') throw new PortInUseError(port, part);
    throw error;
  }
}
