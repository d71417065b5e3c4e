import type { Agendapunt, Member, Resultaat, Verbeterpunt, Vergadering } from '../workgroups/index.ts';
import type { WerkgroepListName } from './lists.ts';

/*
 * What the reminder loader keeps between cycles, per group. Planner tasks are never kept: they change
 * all day and every cycle reads them. The rest changes rarely and is kept with a time-to-live:
 *
 * - ids (plan, site, lists) until a read answers 404;
 * - directory data (name, owners, members, MT members), the meetings (from the werkgroep's
 *   Vergaderingen list; kind 'calendar') and their agenda, and the digest lists until their entry expires.
 *
 * Each group's entries expire at the group's own phase of the TTL, so after a cold start the refreshes
 * are spread evenly over the TTL: a cycle re-reads groups x interval / TTL of each kind instead of
 * everything at once, and after an outage the spread comes back by itself. Staleness never exceeds the TTL.
 */

export interface Cached<T> {
  value: T;
  /** Epoch ms of the cycle that read it. */
  readAt: number;
  /** Epoch ms from which the entry must be read again. */
  expiresAt: number;
}

export interface DirectoryData {
  naam: string;
  ownerIds: string[];
  members: Member[];
}

export interface CalendarData {
  /** The range read; a cycle whose window falls outside it reads again. */
  from: string;
  to: string;
  meetings: Vergadering[];
}

export interface DigestData {
  results: Resultaat[];
  verbeterpunten: Verbeterpunt[];
}

/** What the loader keeps for one group between cycles. Only the ids are kept when no `now` is given. */
export interface GroupIds {
  /** null: the group has no plan (checked again with the directory data). */
  planId?: string | null;
  siteId?: string;
  lists?: Partial<Record<WerkgroepListName, string>>;
  directory?: Cached<DirectoryData>;
  calendar?: Cached<CalendarData>;
  agenda?: Cached<Agendapunt[]>;
  digest?: Cached<DigestData>;
  /** Only on the MT group's entry. */
  mtMembers?: Cached<Member[]>;
}
export type LoaderCache = Map<string, GroupIds>;

export type SlowKind = 'directory' | 'calendar' | 'agenda' | 'digest';

/** Time-to-live per kind of slow data, in milliseconds; 0 reads it every cycle. */
export type LoaderTtl = Record<SlowKind, number>;

const HOUR = 3_600_000;

/**
 * Membership and owners change a few times a year; meeting reminders go out working days ahead, so a
 * new meeting seen within the hour is in time; agenda items are added over the days before a meeting;
 * the digest lists feed only the weekly MT overview.
 */
// Meeting reminders go out days ahead, so a meetings copy of 75 minutes is fresh enough and keeps a
// 5-minute cycle inside its request budget (tasks + a 10% slice of slow data).
export const DEFAULT_LOADER_TTL: LoaderTtl = { directory: 6 * HOUR, calendar: 75 * 60 * 1000, agenda: 6 * HOUR, digest: 24 * HOUR };

/**
 * Where a group's entries expire within each TTL: its place among the groups of the cycle, so the
 * groups are spread exactly evenly (a hash would bunch them). Used only when an entry is stored; an
 * entry keeps its expiry when the set of groups changes.
 */
export function phasesOf(groupIds: readonly string[]): Map<string, number> {
  return new Map(groupIds.map((id, i) => [id, (i + 0.5) / groupIds.length]));
}

/** The first instant after `readAt` that falls on `phase` (0..1) of the TTL. */
export function expiryFor(phase: number, readAt: number, ttl: number): number {
  if (!(ttl > 0)) return readAt;
  const offset = phase * ttl;
  return offset + (Math.floor((readAt - offset) / ttl) + 1) * ttl;
}

export function cached<T>(value: T, phase: number, now: number, ttl: number): Cached<T> {
  return { value, readAt: now, expiresAt: expiryFor(phase, now, ttl) };
}

// A cache can outlive a code change or be filled from elsewhere: every entry is checked before use and
// one that does not look right is read again instead of trusted.

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const arrayOf =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T[] =>
    Array.isArray(v) && v.every(check);
const withStringKeys =
  <T>(...keys: string[]) =>
  (v: unknown): v is T =>
    isRecord(v) && keys.every((k) => isString(v[k]));

export const isMemberList = arrayOf<Member>(withStringKeys('id', 'displayName'));
const isMeetingList = arrayOf<Vergadering>(withStringKeys('id', 'werkgroepId', 'start', 'end'));
export const isAgenda = arrayOf<Agendapunt>(withStringKeys('id', 'werkgroepId', 'vergaderingId', 'titel'));
const isResultList = arrayOf<Resultaat>(withStringKeys('id', 'werkgroepId', 'titel'));
const isVerbeterpuntList = arrayOf<Verbeterpunt>(withStringKeys('id', 'werkgroepId', 'titel'));

export const isDirectoryData = (v: unknown): v is DirectoryData =>
  isRecord(v) && isString(v.naam) && arrayOf(isString)(v.ownerIds) && isMemberList(v.members);
export const isCalendarData = (v: unknown): v is CalendarData =>
  isRecord(v) && isString(v.from) && isString(v.to) && !Number.isNaN(Date.parse(v.from)) && !Number.isNaN(Date.parse(v.to)) && isMeetingList(v.meetings);
export const isDigestData = (v: unknown): v is DigestData => isRecord(v) && isResultList(v.results) && isVerbeterpuntList(v.verbeterpunten);

/** The entry when it is well-formed, expired or not; undefined otherwise. */
export function usable<T>(entry: unknown, check: (v: unknown) => v is T): Cached<T> | undefined {
  if (!isRecord(entry) || !Number.isFinite(entry.readAt) || !Number.isFinite(entry.expiresAt) || !check(entry.value)) return undefined;
  return entry as unknown as Cached<T>;
}

/** The entry when it is well-formed and still valid at `now` (a clock that went back counts as expired). */
export function fresh<T>(entry: unknown, check: (v: unknown) => v is T, now: number): Cached<T> | undefined {
  const e = usable(entry, check);
  return e && e.readAt <= now && now < e.expiresAt ? e : undefined;
}

/** The ids of a cache entry with anything malformed dropped, so it is looked up again. */
export function sanitizeIds(entry: unknown): GroupIds {
  if (!isRecord(entry)) return {};
  const ids: GroupIds = { ...(entry as GroupIds) };
  if (ids.planId !== undefined && ids.planId !== null && !(isString(ids.planId) && ids.planId.length > 0)) delete ids.planId;
  if (ids.siteId !== undefined && !(isString(ids.siteId) && ids.siteId.length > 0)) delete ids.siteId;
  if (ids.lists !== undefined && !(isRecord(ids.lists) && Object.values(ids.lists).every(isString))) delete ids.lists;
  return ids;
}
