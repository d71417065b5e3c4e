import * as z from 'zod/mini';
import { storedText } from '../text/ui-resultaten.ts';
import { VERBETERACTIE_STATUSES, verbeterActieSchema } from './types.ts';
import type { Member, Resultaat, VerbeterActie } from './types.ts';

/*
 * The results register and the verbeterpunten as plain text in SharePoint cells. Whoever opens the list reads
 * sentences, never JSON; the tab reads the same text back. Pure: dates come in as arguments.
 */

/** A result whose Doorlooptijd ended before `today` ('YYYY-MM-DD') and that is not 'gereed'. */
export function isResultaatOverdue(r: Pick<Resultaat, 'status' | 'doorlooptijd'>, today: string): boolean {
  const eind = r.doorlooptijd.eind;
  return r.status !== 'gereed' && eind !== undefined && eind < today;
}

// ---------------------------------------------------------------------------------------------
// "Wat is er gebeurd": one entry per meeting, in the cell as "Vergadering 3-11-2026: ..."

export interface VoortgangEntry {
  /** The meeting's day; absent for text written before the history was kept per meeting. */
  datum?: string;
  tekst: string;
}

const MEETING_LINE = new RegExp(`^${storedText.meeting} (\\d{1,2})-(\\d{1,2})-(\\d{4}):\\s?(.*)$`);
const pad = (n: number | string) => String(n).padStart(2, '0');

function dayOfLine(d: string, m: string, y: string): string | undefined {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** The entries in the cell, oldest first; lines before the first dated line are one undated entry. */
export function parseVoortgang(text: string): VoortgangEntry[] {
  const entries: VoortgangEntry[] = [];
  let current: VoortgangEntry | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = MEETING_LINE.exec(line.trim());
    const datum = m ? dayOfLine(m[1]!, m[2]!, m[3]!) : undefined;
    if (m && datum) {
      current = { datum, tekst: m[4]!.trim() };
      entries.push(current);
    } else if (current) {
      current.tekst = current.tekst ? `${current.tekst}\n${line}` : line;
    } else {
      current = { tekst: line };
      entries.push(current);
    }
  }
  return entries
    .map((e) => ({ ...e, tekst: e.tekst.trim() }))
    .filter((e) => e.tekst !== '' || e.datum !== undefined);
}

/** The cell text: the undated entry first, then one dated entry per meeting in date order. */
export function formatVoortgang(entries: readonly VoortgangEntry[]): string {
  const undated = entries.filter((e) => !e.datum && e.tekst.trim() !== '');
  const dated = entries.filter((e) => e.datum).sort((a, b) => (a.datum! < b.datum! ? -1 : a.datum! > b.datum! ? 1 : 0));
  const line = (e: VoortgangEntry) => {
    const [y, m, d] = e.datum!.split('-');
    return `${storedText.meeting} ${Number(d)}-${Number(m)}-${y}: ${e.tekst.trim()}`;
  };
  return [...undated.map((e) => e.tekst.trim()), ...dated.map(line)].join('\n');
}

/**
 * Writes what happened at one meeting: replaces that meeting's entry (one per meeting), else adds it.
 * An empty text removes the meeting's entry. Other entries stay as they are.
 */
export function setVoortgang(text: string, entry: { datum: string; tekst: string }): string {
  const others = parseVoortgang(text).filter((e) => e.datum !== entry.datum);
  return formatVoortgang(entry.tekst.trim() ? [...others, { datum: entry.datum, tekst: entry.tekst }] : others);
}

// ---------------------------------------------------------------------------------------------
// Verbeterpunt actions: "1. ... — Trekker: ... — Planning: ... — Status: ..." plus an indented Toelichting

const SEP = ' — ';
const INDENT = '   ';

/** The actions as the readable cell text, in number order. */
export function formatVerbeterActies(acties: readonly VerbeterActie[]): string {
  return [...acties]
    .sort((a, b) => a.nr - b.nr)
    .map((a) => {
      const head = [
        `${a.nr}. ${oneLine(a.omschrijving)}`,
        ...(a.trekker ? [`${storedText.trekker}: ${oneLine(a.trekker)}`] : []),
        ...(a.planning ? [`${storedText.planning}: ${oneLine(a.planning)}`] : []),
        `${storedText.status}: ${a.status}`,
      ].join(SEP);
      const toelichting = (a.toelichting ?? '').trim();
      if (!toelichting) return head;
      const [first, ...rest] = toelichting.split(/\r?\n/);
      return [head, `${INDENT}${storedText.toelichting}: ${first}`, ...rest.map((l) => `${INDENT}${l}`)].join('\n');
    })
    .join('\n');
}

const oneLine = (s: string) => s.replace(/\s*\r?\n\s*/g, ' ').trim();
const STATUSES: readonly string[] = VERBETERACTIE_STATUSES;
const legacySchema = z.array(verbeterActieSchema);

/**
 * Reads the actions cell: the readable text above, or the JSON array older versions wrote (read as is, and
 * written back readably on the next save). Returns undefined for a cell it cannot read.
 */
export function parseVerbeterActies(text: string): VerbeterActie[] | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    try {
      const legacy = legacySchema.safeParse(JSON.parse(trimmed));
      return legacy.success ? legacy.data : undefined;
    } catch {
      return undefined;
    }
  }
  const acties: VerbeterActie[] = [];
  let current: VerbeterActie | undefined;
  for (const raw of trimmed.split(/\r?\n/)) {
    const head = /^(\d+)\.\s+(.*)$/.exec(raw);
    if (head && !raw.startsWith(' ')) {
      current = parseHead(Number(head[1]), head[2]!);
      acties.push(current);
      continue;
    }
    if (!current) return undefined;
    const line = raw.trim();
    if (line === '') continue;
    const label = `${storedText.toelichting}:`;
    const more = line.startsWith(label) ? line.slice(label.length).trim() : line;
    current.toelichting = current.toelichting ? `${current.toelichting}\n${more}` : more;
  }
  return acties;
}

function parseHead(nr: number, rest: string): VerbeterActie {
  const parts = rest.split(SEP);
  const actie: VerbeterActie = { nr, omschrijving: '', status: 'gepland' };
  // Labelled parts are read from the end, so a dash inside the description stays part of it.
  while (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    const m = /^(\S+):\s*(.*)$/.exec(last);
    if (!m) break;
    const [, label, value] = m;
    if (label === storedText.status && STATUSES.includes(value!.trim())) actie.status = value!.trim() as VerbeterActie['status'];
    else if (label === storedText.trekker) actie.trekker = value!.trim();
    else if (label === storedText.planning) actie.planning = value!.trim();
    else break;
    parts.pop();
  }
  actie.omschrijving = parts.join(SEP).trim();
  return actie;
}

/** The hidden links of the actions (person id, Planner task id), one line per action: "nr;trekkerId;taskId". */
export function formatActieLinks(acties: readonly VerbeterActie[]): string {
  return [...acties]
    .sort((a, b) => a.nr - b.nr)
    .filter((a) => a.trekkerId || a.taskId)
    .map((a) => `${a.nr};${a.trekkerId ?? ''};${a.taskId ?? ''}`)
    .join('\n');
}

/** Puts the hidden links back on the actions read from the readable cell. */
export function applyActieLinks(acties: readonly VerbeterActie[], links: string): VerbeterActie[] {
  const byNr = new Map<number, { trekkerId?: string; taskId?: string }>();
  for (const line of links.split(/\r?\n/)) {
    const [nr, trekkerId, taskId] = line.trim().split(';');
    if (!nr || !/^\d+$/.test(nr)) continue;
    byNr.set(Number(nr), { ...(trekkerId ? { trekkerId } : {}), ...(taskId ? { taskId } : {}) });
  }
  return acties.map((a) => ({ ...a, ...byNr.get(a.nr) }));
}

// ---------------------------------------------------------------------------------------------
// People

const normalize = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const words = (s: string) => normalize(s).split(/[^a-z0-9]+/).filter((w) => w.length >= 3);

/**
 * Members whose name matches a free-text trekker from old data ("M. Knaapen", "Linda", "Kok"), best first.
 * A department ("Wijkcoördinatoren") matches nobody and gets no suggestion.
 */
export function suggestMembers(name: string, members: readonly Member[]): Member[] {
  const wanted = words(name);
  if (wanted.length === 0) return [];
  const scored = members
    .map((m) => {
      const have = words(m.displayName);
      const score = wanted.filter((w) => have.includes(w)).length;
      return { m, score: score / Math.max(have.length, 1) + score };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.m.displayName.localeCompare(b.m.displayName));
  return scored.map((s) => s.m);
}

/** The number the next item gets: one more than the highest. */
export function nextNr(items: readonly { nr: number }[]): number {
  return items.reduce((max, i) => Math.max(max, i.nr), 0) + 1;
}
