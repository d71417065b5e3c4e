import { activeMeetings } from '../../workgroups/index.ts';
import type { Agendapunt, MeetingListEntry, Vergadering } from '../../workgroups/index.ts';
import type { GraphErrorCode } from '../errors.ts';
import { toAgendapunt, toMeetingListEntry } from '../list-items.ts';
import { listItemsUrl } from '../lists.ts';
import { isAgenda, isCalendarData, usable } from '../loader-cache.ts';
import type { CalendarData } from '../loader-cache.ts';
import { mapItems } from '../paging.ts';
import { listItemSchema } from '../wire.ts';
import { readCollection, skipper, store, valid } from './cycle.ts';
import type { Cycle } from './cycle.ts';
import type { GroupState } from './types.ts';

/*
 * Meetings come from the werkgroep's Vergaderingen list, which the tab keeps in step with the group
 * calendar: app-only access to a group calendar is not supported (GRAPH-CONTRACT.md §2), so the bot
 * never reads one. The agenda is read only for werkgroepen that meet in the window.
 */

export const overlaps = (m: Vergadering, from: number, to: number): boolean => Date.parse(m.start) < to && Date.parse(m.end) > from;

/** The range to read: a cached read covers the cycles until it expires, so the window moves on by at most the TTL. */
function calendarRange(c: Pick<Cycle, 'now' | 'ttl' | 'window' | 'windowTo'>): { from: string; to: string } {
  if (c.now === undefined || !(c.ttl.calendar > 0)) return c.window;
  return { from: c.window.from, to: new Date(c.windowTo + c.ttl.calendar).toISOString() };
}

const covers = (c: Cycle, data: CalendarData) => Date.parse(data.from) <= c.windowFrom && Date.parse(data.to) >= c.windowTo;

/** Runs once the meetings and the lists are known, whichever comes last. */
export function readAgenda(c: Cycle, g: GroupState): void {
  if (!c.withAgenda || g.agendaRequested || !g.calendar) return;
  if ((g.calendar.meetings.length ?? 0) === 0) return void (g.agendaRequested = true);
  const cachedAgenda = valid(c, g.ids.agenda, isAgenda);
  if (cachedAgenda) {
    g.agendaRequested = true;
    g.agenda = cachedAgenda.value;
    c.stats.fromCache.agenda++;
    return;
  }
  if (!g.ids.lists) return;
  g.agendaRequested = true;
  const lists = g.ids.lists;
  const listId = lists.Agendapunten;
  if (!g.ids.siteId || !listId) {
    g.agenda = [];
    return;
  }
  const items: Agendapunt[] = [];
  c.stats.refreshed.agenda++;
  readCollection(
    c,
    g,
    'Agendapunten',
    listItemsUrl(g.ids.siteId, listId, 'Agendapunten'),
    (values) => items.push(...mapItems(values, listItemSchema, (i) => toAgendapunt(i, g.id), { resource: 'Agendapunten', werkgroepId: g.id, onSkip: skipper(c) })),
    (ok, code) => {
      if (ok) {
        g.agenda = items;
        g.ids.agenda = store(c, 'agenda', g, items);
        return;
      }
      if (code === 'GRAPH.NOT_FOUND') return c.links.listsGone(g, lists);
      const old = usable(g.ids.agenda, isAgenda);
      if (old) g.agenda = old.value;
      if (code) c.problems.push({ werkgroepId: g.id, resource: 'Agendapunten', code: code as GraphErrorCode, ...(old ? { stale: true } : {}) });
      return 'handled';
    },
  );
}

/** Runs once the list ids are known, unless the cached copy still answers. */
export function readCalendar(c: Cycle, g: GroupState): void {
  if (g.calendarRequested) return;
  const cachedCalendar = valid(c, g.ids.calendar, isCalendarData);
  if (cachedCalendar && covers(c, cachedCalendar.value)) {
    g.calendarRequested = true;
    g.calendar = cachedCalendar.value;
    c.stats.fromCache.calendar++;
    readAgenda(c, g);
    return;
  }
  if (!g.ids.siteId || !g.ids.lists) return;
  g.calendarRequested = true;
  const range = calendarRange(c);
  const lists = g.ids.lists;
  const listId = lists.Vergaderingen;
  const useOld = (code: GraphErrorCode) => {
    const old = usable(g.ids.calendar, isCalendarData);
    // An expired copy still answers for the part of the window it covers (meetings are cut to the window later).
    if (old && Date.parse(old.value.from) <= c.windowFrom) g.calendar = old.value;
    c.problems.push({ werkgroepId: g.id, resource: 'Vergaderingen', code, ...(g.calendar ? { stale: true } : {}) });
  };
  if (!listId) {
    // The tab makes the list; until then the werkgroep gets no meeting reminders, and the cycle says why.
    useOld('GRAPH.NO_MEETING_LIST');
    readAgenda(c, g);
    return;
  }
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  const entries: MeetingListEntry[] = [];
  c.stats.refreshed.calendar++;
  readCollection(
    c,
    g,
    'Vergaderingen',
    listItemsUrl(g.ids.siteId, listId, 'Vergaderingen'),
    (values) => entries.push(...mapItems(values, listItemSchema, (i) => toMeetingListEntry(i, g.id), { resource: 'Vergaderingen', werkgroepId: g.id, onSkip: skipper(c) })),
    (ok, code) => {
      if (ok) {
        const meetings = activeMeetings(entries).filter((m) => overlaps(m, from, to));
        const before = usable(g.ids.calendar, isCalendarData)?.value.meetings ?? [];
        g.calendar = { ...range, meetings };
        g.ids.calendar = store(c, 'calendar', g, g.calendar);
        // Ahead of its own TTL: a meeting that appeared may have an agenda already.
        if (meetings.some((m) => !before.some((b) => b.id === m.id))) delete g.ids.agenda;
      } else if (code === 'GRAPH.NOT_FOUND') {
        const retried = c.links.listsGone(g, lists);
        if (retried === 'handled') return 'handled';
        useOld(code);
      } else if (code) useOld(code as GraphErrorCode);
      readAgenda(c, g);
      return 'handled';
    },
  );
}
