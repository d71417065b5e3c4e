// A large synthetic tenant for the reminder-loader benchmark: many werkgroepen, each with members, a
// plan with tasks, a monthly meeting and the four lists. Built from compact loops, no per-item hashing.
import { occurrenceId } from '../graph-emulator/index.ts';
import type { SeedEvent, SeedGroup, SeedPlan, SeedSite, SeedTask, SeedUser, TenantSeed } from '../graph-emulator/index.ts';
import { WERKGROEP_LIST_COLUMNS, WERKGROEP_LIST_NAMES } from './lists.ts';
import { addDays, addMonths, amsterdamInstant, nthWeekdayOfMonth } from './dates.ts';
import { meetingListItems } from './meetings.ts';

export interface LargeTenantOptions {
  groups: number;
  /** Total tasks, spread evenly; or give tasksPerGroup. */
  tasks?: number;
  tasksPerGroup?: number;
  membersPerGroup?: number;
  /** 'YYYY-MM-DD'; due dates spread around it. Default 2026-12-01. */
  today?: string;
  /** Agenda items per group in the Agendapunten list (default 2). */
  agendaPerGroup?: number;
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
/** GUID-shaped ids from a counter: unique, cheap, readable in logs. */
const guid = (kind: number, n: number): string => `${hex(kind, 8)}-0000-4000-8000-${hex(n, 12)}`;
/** 28-character Planner-style ids. */
const plannerId = (kind: string, n: number): string => `${kind}${hex(n, 10)}${'x'.repeat(28 - kind.length - 10)}`;

const FIRST = ['Anna', 'Bas', 'Carla', 'Daan', 'Eva', 'Frank', 'Gerda', 'Hans', 'Iris', 'Jan', 'Kim', 'Lars', 'Mila', 'Niels', 'Olga', 'Pim'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker'];

export function seedLargeTenant(options: LargeTenantOptions): TenantSeed {
  const groupCount = options.groups;
  const perGroup = options.tasksPerGroup ?? Math.ceil((options.tasks ?? groupCount * 20) / groupCount);
  const totalTasks = options.tasks ?? perGroup * groupCount;
  const membersPer = options.membersPerGroup ?? 6;
  const today = options.today ?? '2026-12-01';
  const agendaPer = options.agendaPerGroup ?? 2;
  const userCount = Math.max(membersPer, Math.ceil((groupCount * membersPer) / 3));
  const users: SeedUser[] = [];
  for (let i = 0; i < userCount; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    const upn = `medewerker${i}@gemeente.nl`;
    users.push({ id: guid(1, i), displayName: `${name} (${i})`, mail: i % 97 === 0 ? null : upn, userPrincipalName: upn });
  }
  const groups: SeedGroup[] = [];
  const plans: SeedPlan[] = [];
  const tasks: SeedTask[] = [];
  const events: SeedEvent[] = [];
  const sites: SeedSite[] = [];
  const seriesStart = addDays(today, -120);
  // The Vergaderingen list as the tab keeps it: the last month and 13 months ahead.
  const meetingRange = { from: addDays(today, -31), to: addDays(today, 397) };
  const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
  // The next meeting of each "first <weekday>" series on or after today: its agenda is what the
  // reminder loader reads.
  const nextMeeting = WEEKDAYS.map((_, i) => {
    for (let k = 0; k < 3; k++) {
      const t = addMonths(Number(today.slice(0, 4)), Number(today.slice(5, 7)), k);
      const d = nthWeekdayOfMonth(t.year, t.month, i + 1, 1);
      if (d >= today) return d;
    }
    return today;
  });
  let taskNo = 0;
  // Only forty distinct due days: compute each instant once instead of per task.
  const dueByOffset = new Map<number, { due: string; completed: string }>();
  const dueFor = (offset: number) => {
    let hit = dueByOffset.get(offset);
    if (!hit) dueByOffset.set(offset, (hit = { due: amsterdamInstant(addDays(today, offset), '12:00'), completed: `${addDays(today, offset - 1)}T15:00:00Z` }));
    return hit;
  };
  const createdAt = `${addDays(today, -60)}T09:00:00Z`;
  for (let g = 0; g < groupCount; g++) {
    const id = guid(2, g);
    const memberIds: string[] = [];
    for (let m = 0; m < membersPer; m++) memberIds.push(users[(g * 3 + m) % userCount]!.id);
    groups.push({ id, displayName: `Werkgroep ${g + 1}`, mailNickname: `werkgroep${g + 1}`, memberIds, ownerIds: [memberIds[0]!], team: true });
    const planId = plannerId('P', g);
    plans.push({ id: planId, groupId: id, title: `Werkgroep ${g + 1}`, buckets: [{ id: plannerId('B', g), name: 'Acties' }] });
    for (let t = 0; t < perGroup && taskNo < totalTasks; t++, taskNo++) {
      const offset = (t % 40) - 15;
      const done = t % 5 === 0;
      tasks.push({
        id: plannerId('T', taskNo),
        planId,
        bucketId: plannerId('B', g),
        title: `Actie ${t + 1} van werkgroep ${g + 1}`,
        assigneeIds: [memberIds[t % membersPer]!],
        dueDateTime: dueFor(offset).due,
        percentComplete: done ? 100 : 0,
        ...(done ? { completedDateTime: dueFor(offset).completed } : {}),
        createdById: memberIds[0],
        createdDateTime: createdAt,
      });
    }
    const eventId = `AAMkLG${hex(g, 8)}`;
    const meetingId = occurrenceId(eventId, nextMeeting[g % 5]!);
    const joinUrl = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${hex(g, 12)}%40thread.v2/0`;
    const meetingRows = meetingListItems(
      { eventId, groupId: id, subject: `Overleg werkgroep ${g + 1}`, joinUrl, weekday: (g % 5) + 1, n: 1, time: '14:00', minutes: 60, startDate: seriesStart },
      meetingRange,
    );
    events.push({
      id: eventId,
      groupId: id,
      subject: `Overleg werkgroep ${g + 1}`,
      start: { dateTime: `${seriesStart}T14:00:00`, timeZone: 'W. Europe Standard Time' },
      end: { dateTime: `${seriesStart}T15:00:00`, timeZone: 'W. Europe Standard Time' },
      recurrence: {
        pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: [WEEKDAYS[g % 5]!], index: 'first' },
        range: { type: 'noEnd', startDate: seriesStart, recurrenceTimeZone: 'W. Europe Standard Time' },
      },
      isOnlineMeeting: true,
      joinUrl,
    });
    sites.push({
      groupId: id,
      lists: WERKGROEP_LIST_NAMES.map((name) => ({
        id: guid(3, g * WERKGROEP_LIST_NAMES.length + WERKGROEP_LIST_NAMES.indexOf(name)),
        displayName: name,
        columns: WERKGROEP_LIST_COLUMNS[name],
        items:
          name === 'Agendapunten'
            ? Array.from({ length: agendaPer }, (_, i) => ({ fields: { Title: `Agendapunt ${i + 1}`, VergaderingId: meetingId, Volgorde: i + 1 } }))
            : name === 'Vergaderingen'
              ? meetingRows
              : [],
      })),
    });
  }
  return { users, groups, plans, tasks, events, sites };
}
