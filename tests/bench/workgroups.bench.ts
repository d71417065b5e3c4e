// Reminder policy over a large tenant: 1,000 werkgroepen, 20,000 actions. Prints the median time
// per computeReminders call, measured in this run (goal: well inside one scheduler tick).
import { performance } from 'node:perf_hooks';
import { addDays, amsterdamTime, computeReminders } from '../../src/workgroups/index.ts';
import type { Actie, Agendapunt, Member, ReminderInput, Resultaat, Vergadering, Werkgroep } from '../../src/workgroups/index.ts';
// A seeded PRNG so every run measures the same data.
import { seededRandom } from '../../src/participation/testing/arbitrary.ts';

function buildTenant(groups: number, actionsTotal: number, today: string): Omit<ReminderInput, 'now'> {
  const rnd = seededRandom(42);
  const members: Member[] = [];
  const werkgroepen: Werkgroep[] = [];
  const meetings: Vergadering[] = [];
  const agenda: Agendapunt[] = [];
  const results: Resultaat[] = [];
  for (let g = 0; g < groups; g += 1) {
    const leden = Array.from({ length: 8 }, (_, i) => `u${g}-${i}`);
    for (const id of leden) members.push({ id, displayName: `Lid ${id}` });
    werkgroepen.push({ id: `g${g}`, naam: `Werkgroep ${g}`, voorzitterId: leden[0]!, ledenIds: leden, mtLidIds: [`mt${g % 12}`] });
    const day = addDays(today, Math.floor(rnd() * 30));
    meetings.push({ id: `m${g}`, werkgroepId: `g${g}`, subject: 'Overleg', start: amsterdamTime(day, '14:00'), end: amsterdamTime(day, '15:30') });
    for (let i = 0; i < 5; i += 1) agenda.push({ id: `a${g}-${i}`, werkgroepId: `g${g}`, vergaderingId: `m${g}`, titel: `Punt ${i}`, volgorde: i });
    for (let i = 0; i < 3; i += 1) {
      results.push({
        id: `r${g}-${i}`, werkgroepId: `g${g}`, nr: i + 1, titel: `Resultaat ${i}`, doel: '', doelgroep: [], watIsErGebeurd: '',
        methode: '', doorlooptijd: {}, capaciteit: '', verankering: '', verantwoordelijkMtLidId: `mt${g % 12}`, status: 'loopt',
      });
    }
  }
  const actions: Actie[] = [];
  for (let i = 0; i < actionsTotal; i += 1) {
    const g = i % groups;
    const done = rnd() < 0.3;
    const due = addDays(today, Math.floor(rnd() * 120) - 60);
    actions.push({
      id: `t${i}`, werkgroepId: `g${g}`, titel: `Actie ${i}`, trekkerId: `u${g}-${Math.floor(rnd() * 8)}`, dueDate: due,
      status: done ? 'klaar' : 'open', ...(done ? { completedAt: amsterdamTime(addDays(today, -Math.floor(rnd() * 14)), '10:00') } : {}),
    });
  }
  return { werkgroepen, members, actions, meetings, agenda, results, verbeterpunten: [], preferences: {}, snoozes: [] };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<void> {
  const tenant = buildTenant(1000, 20_000, '2026-11-23');
  for (const [label, now] of [
    ['maandag 08:05 (met weekoverzicht)', amsterdamTime('2026-11-23', '08:05')],
    ['woensdag 10:00', amsterdamTime('2026-11-25', '10:00')],
  ] as const) {
    const input = { ...tenant, now };
    computeReminders(input); // warm-up
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < 11; i += 1) {
      const t0 = performance.now();
      count = computeReminders(input).length;
      times.push(performance.now() - t0);
    }
    console.log(`computeReminders, 1.000 groepen / 20.000 acties, ${label}: mediaan ${median(times).toFixed(1)} ms, ${count} herinneringen`);
  }
}
