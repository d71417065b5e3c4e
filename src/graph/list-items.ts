import { agendapuntSchema, applyActieLinks, besluitSchema, parseVerbeterActies, resultaatSchema, toAmsterdamDate, verbeterpuntSchema, vergaderingSchema } from '../workgroups/index.ts';
import type { Agendapunt, Besluit, MeetingListEntry, Resultaat, Verbeterpunt } from '../workgroups/index.ts';
import type { ListItem } from './wire.ts';

/*
 * Reading the werkgroep lists: SharePoint list items to the core's types, checked by the core's schemas.
 *
 * Field mapping. SharePoint gives numbers as numbers, notes as strings, dates as UTC instants.
 */

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const numOf = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
const lines = (v: unknown): string[] =>
  (str(v) ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const dateOf = (v: unknown): string | undefined => {
  const s = str(v);
  if (!s) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : toAmsterdamDate(s);
};
const etagOf = (item: ListItem) => (item['@odata.etag'] ? { etag: item['@odata.etag'] } : {});
const opt = <K extends string>(key: K, value: unknown) => (value === undefined ? {} : ({ [key]: value } as Record<K, unknown>));

export function toAgendapunt(item: ListItem, werkgroepId: string): Agendapunt {
  const f = item.fields;
  return agendapuntSchema.parse({
    id: item.id,
    werkgroepId,
    vergaderingId: str(f.VergaderingId),
    titel: str(f.Title) ?? '',
    volgorde: numOf(f.Volgorde) ?? 0,
    ...opt('toelichting', str(f.Toelichting)),
    ...opt('resultaatId', str(f.ResultaatId)),
    ...etagOf(item),
  });
}

export function toBesluit(item: ListItem, werkgroepId: string): Besluit {
  const f = item.fields;
  return besluitSchema.parse({
    id: item.id,
    werkgroepId,
    vergaderingId: str(f.VergaderingId),
    tekst: str(f.Title) ?? '',
    datum: dateOf(f.Datum),
    ...etagOf(item),
  });
}

export function toResultaat(item: ListItem, werkgroepId: string): Resultaat {
  const f = item.fields;
  return resultaatSchema.parse({
    id: item.id,
    werkgroepId,
    nr: numOf(f.Nr),
    titel: str(f.Title) ?? '',
    doel: str(f.Doel) ?? '',
    doelgroep: lines(f.Doelgroep),
    watIsErGebeurd: str(f.WatIsErGebeurd) ?? '',
    methode: str(f.Methode) ?? '',
    doorlooptijd: { ...opt('start', dateOf(f.DoorlooptijdStart)), ...opt('eind', dateOf(f.DoorlooptijdEind)) },
    capaciteit: str(f.Capaciteit) ?? '',
    verankering: str(f.Verankering) ?? '',
    ...mtLid(f),
    status: str(f.Status) ?? 'gepland',
    ...etagOf(item),
  });
}

/**
 * The responsible MT member: the hidden id column the tab writes next to the name and the person column, or
 * the id older versions kept in the text column VerantwoordelijkMtLid. The person column itself is never read:
 * it holds a User Information List id, which only means something inside that one site.
 */
function mtLid(f: Record<string, unknown>): { verantwoordelijkMtLidId?: string; verantwoordelijkMtLidNaam?: string } {
  return { ...opt('verantwoordelijkMtLidId', str(f.MtLidId) ?? str(f.VerantwoordelijkMtLid)), ...opt('verantwoordelijkMtLidNaam', str(f.MtLidNaam)) };
}

export function toVerbeterpunt(item: ListItem, werkgroepId: string): Verbeterpunt {
  const f = item.fields;
  // Readable lines, or the JSON older versions wrote (read as is, written back readably on the next save).
  const parsed = parseVerbeterActies(str(f.Acties) ?? '');
  if (!parsed) throw new Error('Acties');
  const acties = applyActieLinks(parsed, str(f.ActieKoppelingen) ?? '');
  return verbeterpuntSchema.parse({
    id: item.id,
    werkgroepId,
    nr: numOf(f.Nr),
    ...opt('evaluatieNr', numOf(f.EvaluatieNr)),
    titel: str(f.Title) ?? '',
    probleem: lines(f.Probleem),
    watWillenWeBereiken: lines(f.WatWillenWeBereiken),
    acties,
    ...mtLid(f),
    ...etagOf(item),
  });
}

/** An instant from a dateTime column, in the same form as calendar instants ('…T13:00:00.000Z'). */
const instantOf = (v: unknown): string | undefined => {
  const s = str(v);
  return s && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString() : s;
};
const yes = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 'true';

export function toMeetingListEntry(item: ListItem, werkgroepId: string): MeetingListEntry {
  const f = item.fields;
  const vergadering = vergaderingSchema.parse({
    id: str(f.EventId),
    werkgroepId,
    subject: str(f.Title) ?? '',
    start: instantOf(f.Begin),
    end: instantOf(f.Einde),
    ...opt('seriesMasterId', str(f.SeriesMasterId)),
    ...opt('joinUrl', str(f.Deelnamelink)),
  });
  return { itemId: item.id, ...etagOf(item), vergadering, cancelled: yes(f.Geannuleerd) };
}
