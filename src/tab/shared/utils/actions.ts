import { groupOpenActionsByOwner } from '../../../workgroups/index.ts';
import type { Actie, Member } from '../../../workgroups/index.ts';

export { isOverdue, nextMeeting } from '../../../workgroups/index.ts';

export interface OwnerGroup {
  ownerId?: string;
  name: string;
  actions: Actie[];
}

/** The core's grouping (owners by name, no trekker last, earliest due first) with display names filled in. */
export function groupByOwner(actions: readonly Actie[], members: readonly Member[], unknown: string, noOne: string): OwnerGroup[] {
  return groupOpenActionsByOwner(actions, members).map((g) => ({
    ...(g.ownerId !== undefined ? { ownerId: g.ownerId } : {}),
    name: g.ownerId === undefined ? noOne : (g.owner?.displayName ?? unknown),
    actions: g.actions,
  }));
}

export function byDueDate(a: Actie, b: Actie): number {
  if (a.dueDate === b.dueDate) return a.titel.localeCompare(b.titel, 'nl');
  if (!a.dueDate) return 1;
  if (!b.dueDate) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

export function nameOf(members: readonly Member[], id: string | undefined, fallback: string): string {
  if (!id) return fallback;
  return members.find((m) => m.id === id)?.displayName ?? fallback;
}
