// Every demo seed tells one consistent story, whatever day it is built for: an action that came from a
// meeting is not due before that meeting, nothing is done before it was made, agenda items and besluiten
// belong to a meeting that is in the Vergaderingen list, and a besluit carries its meeting's day.
import { describe, expect, it } from 'vitest';
import type { TenantSeed } from '../graph-emulator/index.ts';
import { demoTenantSeed, seedLargeTenant } from './index.ts';
import { addDays } from './dates.ts';

const amsterdamDay = (instant: string): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(instant));

/** The meeting (event id) a task came from, read from its references as the gateway writes them. */
function meetingOf(references: Record<string, unknown> | undefined): string | undefined {
  for (const key of Object.keys(references ?? {})) {
    const match = /\/groups\/[^/]+\/events\/([^/?#]+)/.exec(decodeURIComponent(key));
    if (match) return decodeURIComponent(match[1]!);
  }
  return undefined;
}

/** Everything in one seed that breaks the story, in words. */
function inconsistencies(seed: TenantSeed): string[] {
  const problems: string[] = [];
  const planGroup = new Map((seed.plans ?? []).map((p) => [p.id, p.groupId]));
  const meetings = new Map<string, { groupId: string; day: string }>();
  for (const site of seed.sites ?? []) {
    for (const row of site.lists?.find((l) => l.displayName === 'Vergaderingen')?.items ?? []) {
      meetings.set(String(row.fields.EventId), { groupId: site.groupId, day: amsterdamDay(String(row.fields.Begin)) });
    }
  }
  for (const t of seed.tasks ?? []) {
    const created = t.createdDateTime;
    if (created && t.completedDateTime && t.completedDateTime < created) problems.push(`"${t.title}" is done before it was made`);
    const meetingId = meetingOf(t.references as Record<string, unknown> | undefined);
    if (!meetingId) continue;
    const meeting = meetings.get(meetingId);
    if (!meeting) {
      problems.push(`"${t.title}" came from a meeting that is not in the Vergaderingen list`);
      continue;
    }
    if (meeting.groupId !== planGroup.get(t.planId)) problems.push(`"${t.title}" came from another werkgroep's meeting`);
    if (t.dueDateTime && amsterdamDay(t.dueDateTime) < meeting.day) problems.push(`"${t.title}" is due ${amsterdamDay(t.dueDateTime)}, before its meeting of ${meeting.day}`);
    if (created && amsterdamDay(created) < meeting.day) problems.push(`"${t.title}" was made before its meeting of ${meeting.day}`);
  }
  for (const site of seed.sites ?? []) {
    for (const name of ['Agendapunten', 'Besluiten']) {
      for (const row of site.lists?.find((l) => l.displayName === name)?.items ?? []) {
        const meeting = meetings.get(String(row.fields.VergaderingId));
        if (!meeting || meeting.groupId !== site.groupId) problems.push(`${name} "${String(row.fields.Title)}" belongs to no meeting of its werkgroep`);
        else if (name === 'Besluiten' && amsterdamDay(String(row.fields.Datum)) !== meeting.day) problems.push(`besluit "${String(row.fields.Title)}" is not dated on its meeting`);
      }
    }
  }
  return problems;
}

describe('demo seeds are consistent', () => {
  it('the demo tenant, built for every day of half a year (every place in the monthly cycle, summer and winter time)', () => {
    const found = new Map<string, string[]>();
    for (let day = '2026-09-01'; day < '2027-04-01'; day = addDays(day, 1)) {
      const problems = inconsistencies(demoTenantSeed({ today: day }));
      if (problems.length > 0) found.set(day, problems);
    }
    expect(Object.fromEntries([...found].slice(0, 3))).toEqual({});
  });

  it('the day after a meeting: its "send the minutes" action is due after it, not before', () => {
    // 2026-12-02 is the day after the first Tuesday of December; the last meeting is yesterday.
    const seed = demoTenantSeed({ today: '2026-12-02' });
    const verslag = seed.tasks!.find((t) => t.title.startsWith('Verslag werkgroep 1 december 2026'))!;
    expect(amsterdamDay(verslag.dueDateTime!) >= '2026-12-01').toBe(true);
    expect(inconsistencies(seed)).toEqual([]);
  });

  it('the benchmark tenant', () => {
    for (const today of ['2026-12-01', '2027-03-31']) expect(inconsistencies(seedLargeTenant({ groups: 12, tasksPerGroup: 15, today }))).toEqual([]);
  });
});
