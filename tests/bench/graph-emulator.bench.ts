// Emulator overhead for the reminder-loader benchmark: how fast the 1,000-group tenant builds, how
// much memory it takes, and what one $batch of 20 reads costs. Prints figures; asserts nothing.
import { Agent } from 'undici';
import { buildEmulator } from '../../dev/graph-emulator/index.ts';
import { seedLargeTenant } from '../../dev/demo-tenant/index.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function run(): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  let t = performance.now();
  const seed = seedLargeTenant({ groups: 1000, tasks: 20000 });
  const seedMs = performance.now() - t;
  t = performance.now();
  const emulator = buildEmulator({ seed });
  const buildMs = performance.now() - t;
  const { url } = await emulator.listen(0, '127.0.0.1');
  const agent = new Agent({ connect: { ca: emulator.ca } });
  const token = emulator.issueDevToken();
  const groupIds = seed.groups.map((g) => g.id);
  const planIds = seed.plans!.map((p) => p.id);

  async function batch(urls: string[], headers: Record<string, string> = {}): Promise<number> {
    const started = performance.now();
    const res = await fetch(`${url}/v1.0/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: urls.map((u, i) => ({ id: String(i + 1), method: 'GET', url: u, headers })) }),
      dispatcher: agent,
    } as RequestInit);
    await res.json();
    return performance.now() - started;
  }

  const taskTimes: number[] = [];
  const viewTimes: number[] = [];
  t = performance.now();
  for (let i = 0; i < planIds.length; i += 20) {
    taskTimes.push(await batch(planIds.slice(i, i + 20).map((p) => `/planner/plans/${p}/tasks?$select=id,title,dueDateTime,percentComplete,assignments`)));
  }
  for (let i = 0; i < groupIds.length; i += 20) {
    viewTimes.push(
      await batch(
        groupIds.slice(i, i + 20).map((g) => `/groups/${g}/calendarView?startDateTime=2026-11-24T00:00:00Z&endDateTime=2026-12-22T00:00:00Z&$top=100`),
        { Prefer: 'outlook.timezone="W. Europe Standard Time"' },
      ),
    );
  }
  const totalMs = performance.now() - t;
  const rssAfter = process.memoryUsage().rss;
  console.log(`seed 1,000 groups / 20,000 tasks: ${seedMs.toFixed(0)} ms; emulator build: ${buildMs.toFixed(0)} ms`);
  console.log(`RSS: ${mb(rssBefore)} before, ${mb(rssAfter)} after (emulator + seed)`);
  console.log(`$batch of 20 task lists: median ${median(taskTimes).toFixed(1)} ms; of 20 calendarViews: median ${median(viewTimes).toFixed(1)} ms`);
  console.log(`all tasks and meetings of 1,000 groups in ${taskTimes.length + viewTimes.length} batches: ${totalMs.toFixed(0)} ms (emulator side of the 5 s loader goal)`);
  await emulator.close();
  await agent.close();
}
