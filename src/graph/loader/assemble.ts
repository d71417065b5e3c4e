import type { Agendapunt, Member, Resultaat, Verbeterpunt, Vergadering, Werkgroep } from '../../workgroups/index.ts';
import { isDigestData, isDirectoryData, usable } from '../loader-cache.ts';
import type { Cached, DirectoryData } from '../loader-cache.ts';
import { overlaps } from './meetings.ts';
import type { GroupState, LoadProblem, ReminderChunk } from './types.ts';

/*
 * The pure end of a group's reads: what was read (or the earlier copy for what failed) becomes the
 * cache entry and the werkgroep data the reminders are computed from. No I/O.
 */

/**
 * Settles a group whose reads are done: a directory or digest read that failed falls back on the earlier
 * copy (reported as stale); a complete directory read becomes the new entry (`keep`).
 */
export function settleGroup(g: GroupState, withDigest: boolean, keep: (value: DirectoryData) => Cached<DirectoryData> | undefined, problems: LoadProblem[]): void {
  if (g.readDirectory) {
    const old = usable(g.ids.directory, isDirectoryData);
    if (g.ownersOk && g.membersOk) {
      g.ids.directory = keep({ naam: g.naam ?? '', ownerIds: g.ownerIds, members: g.members });
    } else if (old) {
      g.naam ??= old.value.naam;
      if (!g.ownersOk) g.ownerIds = old.value.ownerIds;
      if (!g.membersOk) g.members = old.value.members;
      problems.push({ werkgroepId: g.id, resource: 'group', code: 'GRAPH.UNAVAILABLE', stale: true });
    }
  }
  if (g.readDigest && withDigest && !g.digest) {
    const old = usable(g.ids.digest, isDigestData);
    if (old) {
      g.digest = old.value;
      problems.push({ werkgroepId: g.id, resource: 'digest', code: 'GRAPH.UNAVAILABLE', stale: true });
    }
  }
  for (const key of ['directory', 'calendar', 'agenda', 'digest'] as const) if (g.ids[key] === undefined) delete g.ids[key];
}

export interface AssembleOptions {
  windowFrom: number;
  windowTo: number;
  withAgenda: boolean;
  withDigest: boolean;
}

/** The werkgroep data of settled groups; `problems` are the chunk's, and gain an owners problem per group without owners. */
export function assemble(groups: readonly GroupState[], mtMembers: readonly Member[], options: AssembleOptions, problems: LoadProblem[]): ReminderChunk {
  const mtIds = new Set(mtMembers.map((m) => m.id));
  const members = new Map<string, Member>();
  const werkgroepen: Werkgroep[] = [];
  const meetings: Vergadering[] = [];
  const agenda: Agendapunt[] = [];
  const results: Resultaat[] = [];
  const verbeterpunten: Verbeterpunt[] = [];
  const actions = groups.flatMap((g) => g.actions);
  for (const g of groups) {
    const inWindow = (g.calendar?.meetings ?? []).filter((m) => overlaps(m, options.windowFrom, options.windowTo));
    meetings.push(...inWindow);
    if (options.withAgenda && inWindow.length > 0 && g.agenda) agenda.push(...g.agenda);
    const responsibleMt = new Set<string>();
    if (options.withDigest && g.digest) {
      results.push(...g.digest.results);
      verbeterpunten.push(...g.digest.verbeterpunten);
      for (const r of [...g.digest.results, ...g.digest.verbeterpunten]) if (r.verantwoordelijkMtLidId) responsibleMt.add(r.verantwoordelijkMtLidId);
    }
    for (const m of g.members) members.set(m.id, m);
    // Without owners the first member chairs, so reminders still have someone to go to.
    const voorzitterId = g.ownerIds[0] ?? g.members[0]?.id;
    if (!voorzitterId) continue;
    if (g.ownersOk && g.ownerIds.length === 0) problems.push({ werkgroepId: g.id, resource: 'owners', code: 'GRAPH.NOT_FOUND' });
    const mtLidIds = new Set([...g.members.filter((m) => mtIds.has(m.id)).map((m) => m.id), ...responsibleMt]);
    werkgroepen.push({
      id: g.id,
      naam: g.naam ?? '',
      voorzitterId,
      ledenIds: g.members.map((m) => m.id),
      mtLidIds: [...mtLidIds],
      ...(g.ids.planId ? { planId: g.ids.planId } : {}),
      ...(g.ids.siteId ? { siteId: g.ids.siteId } : {}),
    });
  }
  for (const m of mtMembers) if (!members.has(m.id)) members.set(m.id, m);
  return { werkgroepen, members: [...members.values()], actions, meetings, agenda, results, verbeterpunten, mtLidIds: [...mtIds], problems };
}
