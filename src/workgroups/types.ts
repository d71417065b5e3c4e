import * as z from 'zod/mini';

/*
 * Work-group data as it lives in Microsoft 365. Every schema validates data at the edge (Graph responses,
 * card payloads, stored preferences); the types are inferred from the schemas so both stay in step.
 * Ids are Graph ids, dates are 'YYYY-MM-DD', instants are ISO strings (UTC, with Z or an offset).
 */

/** A calendar date 'YYYY-MM-DD' (checked for a real day, so 2026-02-30 fails). */
export const isoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Geen bestaande datum'),
);

/** An instant: ISO date-time with Z or an offset (Graph sends up to 7 fraction digits). */
export const instantSchema = z.iso.datetime({ offset: true });

/** A wall-clock time 'HH:mm' (00:00–23:59). */
export const clockTimeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

const id = z.string().check(z.minLength(1));
/** An integer, as classic zod's `z.number().int()`, with further checks. */
const int = (...checks: z.core.$ZodCheck<number>[]) => z.number().check(z.int(), ...checks);

export const memberSchema = z.object({
  id,
  displayName: z.string(),
  mail: z.optional(z.string()),
});
export type Member = z.infer<typeof memberSchema>;

export const werkgroepSchema = z.object({
  /** The Microsoft 365 group id. */
  id,
  naam: z.string(),
  voorzitterId: id,
  ledenIds: z.array(id),
  mtLidIds: z.array(id),
  planId: z.optional(z.string()),
  siteId: z.optional(z.string()),
});
export type Werkgroep = z.infer<typeof werkgroepSchema>;

export const vergaderingSchema = z.object({
  /** The calendar event id (an occurrence when part of a series). */
  id,
  werkgroepId: id,
  seriesMasterId: z.optional(z.string()),
  subject: z.string(),
  start: instantSchema,
  end: instantSchema,
  joinUrl: z.optional(z.string()),
});
export type Vergadering = z.infer<typeof vergaderingSchema>;

export const agendapuntSchema = z.object({
  id,
  werkgroepId: id,
  vergaderingId: id,
  titel: z.string(),
  volgorde: z.number(),
  toelichting: z.optional(z.string()),
  resultaatId: z.optional(z.string()),
  etag: z.optional(z.string()),
});
export type Agendapunt = z.infer<typeof agendapuntSchema>;

export const besluitSchema = z.object({
  id,
  werkgroepId: id,
  vergaderingId: id,
  tekst: z.string(),
  datum: isoDateSchema,
  etag: z.optional(z.string()),
});
export type Besluit = z.infer<typeof besluitSchema>;

export const ACTIE_STATUSES = ['open', 'klaar'] as const;

export const actieSchema = z.object({
  /** The Planner task id. */
  id,
  werkgroepId: id,
  titel: z.string(),
  trekkerId: z.optional(z.string()),
  /** Others assigned in Planner besides the trekker, in trekker order (orderAssignees); absent when none. */
  coAssigneeIds: z.optional(z.array(z.string())),
  dueDate: z.optional(isoDateSchema),
  status: z.enum(ACTIE_STATUSES),
  completedAt: z.optional(instantSchema),
  /** The meeting the action came from. */
  vergaderingId: z.optional(z.string()),
  etag: z.optional(z.string()),
});
export type Actie = z.infer<typeof actieSchema>;

export const RESULTAAT_STATUSES = ['gepland', 'loopt', 'gereed'] as const;
export type ResultaatStatus = (typeof RESULTAAT_STATUSES)[number];

/** A result in the Weert register (implementatieplan interactief beleid 2010). */
export const resultaatSchema = z.object({
  id,
  werkgroepId: id,
  nr: int(),
  titel: z.string(),
  doel: z.string(),
  doelgroep: z.array(z.string()),
  watIsErGebeurd: z.string(),
  methode: z.string(),
  doorlooptijd: z.object({ start: z.optional(isoDateSchema), eind: z.optional(isoDateSchema) }),
  /** Free text as in the seed, e.g. "40 uur projectleider". */
  capaciteit: z.string(),
  verankering: z.string(),
  verantwoordelijkMtLidId: z.optional(z.string()),
  /** The name as stored next to the id, shown when the person is not in the member lists the tab reads. */
  verantwoordelijkMtLidNaam: z.optional(z.string()),
  status: z.enum(RESULTAAT_STATUSES),
  etag: z.optional(z.string()),
});
export type Resultaat = z.infer<typeof resultaatSchema>;

export const VERBETERACTIE_STATUSES = ['gepland', 'loopt', 'uitgevoerd', 'onderdeel bedrijfsvoering'] as const;
export type VerbeterActieStatus = (typeof VERBETERACTIE_STATUSES)[number];

/** One numbered action under "Hoe" of a Bergen verbeterpunt. */
export const verbeterActieSchema = z.object({
  nr: int(),
  omschrijving: z.string(),
  /** The "Ad n" explanation. */
  toelichting: z.optional(z.string()),
  /** A name as the source documents name people or departments ("Wijkcoördinatoren"); with trekkerId, the person's name. */
  trekker: z.optional(z.string()),
  /** The trekker as a person (Entra user id), once chosen in the tab. */
  trekkerId: z.optional(z.string()),
  /** Free text ("eind 2012", "2013") as in the seed. */
  planning: z.optional(z.string()),
  status: z.enum(VERBETERACTIE_STATUSES),
  /** The Planner task made from this action, so the bot reminds its trekker and the tab shows its status. */
  taskId: z.optional(z.string()),
});
export type VerbeterActie = z.infer<typeof verbeterActieSchema>;

/** A verbeterpunt (Bergen, wijkgericht werken 2012). */
export const verbeterpuntSchema = z.object({
  id,
  werkgroepId: id,
  nr: int(),
  /** Its number in the evaluation it came from. */
  evaluatieNr: z.optional(int()),
  titel: z.string(),
  probleem: z.array(z.string()),
  watWillenWeBereiken: z.array(z.string()),
  acties: z.array(verbeterActieSchema),
  verantwoordelijkMtLidId: z.optional(z.string()),
  verantwoordelijkMtLidNaam: z.optional(z.string()),
  etag: z.optional(z.string()),
});
export type Verbeterpunt = z.infer<typeof verbeterpuntSchema>;

// ---------------------------------------------------------------------------------------------
// Calendar

export const calendarOptionsSchema = z.object({
  /** Goede Vrijdag as a day off (many municipalities give it; not a national rule). */
  goedeVrijdag: z.optional(z.boolean()),
  /** Bevrijdingsdag (5 May) off every year (true) or only in lustrum years (2025, 2030, ...). */
  bevrijdingsdag: z.optional(z.union([z.boolean(), z.literal('lustrum')])),
  /** Extra closing days of the organisation, e.g. a collective day off. */
  extraDaysOff: z.optional(z.array(isoDateSchema)),
});
export type CalendarOptions = z.infer<typeof calendarOptionsSchema>;

export const HOLIDAY_KINDS = [
  'nieuwjaarsdag',
  'goede-vrijdag',
  'eerste-paasdag',
  'tweede-paasdag',
  'koningsdag',
  'bevrijdingsdag',
  'hemelvaartsdag',
  'eerste-pinksterdag',
  'tweede-pinksterdag',
  'eerste-kerstdag',
  'tweede-kerstdag',
] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface Holiday {
  date: string;
  kind: HolidayKind;
}

// ---------------------------------------------------------------------------------------------
// Reminders

export const REMINDER_KINDS = ['actie-bijna', 'actie-vandaag', 'actie-verlopen', 'vergadering', 'weekoverzicht'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const sendingHoursSchema = z.object({ start: clockTimeSchema, end: clockTimeSchema });
export type TimeWindow = z.infer<typeof sendingHoursSchema>;

/** What a user (or a werkgroep channel, keyed by group id) wants to receive. */
export const preferencesSchema = z.object({
  /** No reminders in this window (Amsterdam time); may span midnight, e.g. 17:00–09:00. */
  quietHours: z.optional(sendingHoursSchema),
  /** Kinds switched off (false). A missing kind is on. */
  kinds: z.optional(z.partialRecord(z.enum(REMINDER_KINDS), z.boolean())),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** A snooze: no action reminders for this action (to this user) before `until`. */
export const snoozeSchema = z.object({
  actionId: id,
  /** Only this recipient is snoozed; absent = whoever is trekker. */
  userId: z.optional(z.string()),
  /** The first day reminders may come again. */
  until: isoDateSchema,
});
export type Snooze = z.infer<typeof snoozeSchema>;

export const reminderPolicySchema = z.object({
  /** 'actie-bijna' this many working days before the due date. */
  dueSoonWorkingDays: int(z.minimum(1)),
  /** 'vergadering' this many working days before the meeting. */
  meetingWorkingDays: int(z.minimum(1)),
  /** Days between two 'actie-verlopen' reminders for the same action. */
  overdueRepeatDays: int(z.minimum(1)),
  /** ISO weekday of the MT digest: 1 = Monday ... 7 = Sunday. */
  digestWeekday: int(z.minimum(1), z.maximum(7)),
  digestTime: clockTimeSchema,
  /** Reminders go out only in this window on working days (Amsterdam time). */
  sendingHours: sendingHoursSchema,
  calendar: calendarOptionsSchema,
});
export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;

/** Last week's statuses, kept by the bot, so the digest can say what changed. */
export interface DigestSnapshot {
  /** resultaat id -> status a week ago. */
  resultaatStatus: Record<string, ResultaatStatus>;
  /** `${verbeterpuntId}#${actieNr}` -> status a week ago. */
  verbeterActieStatus: Record<string, VerbeterActieStatus>;
}

export interface ReminderInput {
  /** The scheduler tick, an instant. */
  now: string;
  werkgroepen: readonly Werkgroep[];
  members: readonly Member[];
  /** Open and recently completed actions (completed ones feed the digest's "changes"). */
  actions: readonly Actie[];
  meetings: readonly Vergadering[];
  agenda: readonly Agendapunt[];
  results: readonly Resultaat[];
  verbeterpunten: readonly Verbeterpunt[];
  /** Keyed by user id, or by werkgroep id for the channel. */
  preferences: Readonly<Record<string, Preferences>>;
  snoozes: readonly Snooze[];
  policy?: Partial<ReminderPolicy>;
  /** Members of the MT group; they get a digest even without a werkgroep. */
  mtLidIds?: readonly string[];
  /** Users the bot cannot reach (not installed, not installable); shown in the MT digest. */
  unreachableUserIds?: readonly string[];
  /** Statuses of a week ago; without it the digest reports no status changes. */
  lastWeek?: DigestSnapshot;
}

export type ReminderRecipient = { type: 'user'; userId: string } | { type: 'werkgroep'; werkgroepId: string };

export interface WerkgroepRef {
  id: string;
  naam: string;
}

export interface OwnerActions {
  /** undefined for actions without a trekker. */
  ownerId?: string;
  owner?: Member;
  actions: Actie[];
}

export interface ActionReminder {
  key: string;
  kind: 'actie-bijna' | 'actie-vandaag' | 'actie-verlopen';
  recipient: { type: 'user'; userId: string };
  actie: Actie;
  dueDate: string;
  werkgroep: WerkgroepRef;
  trekker?: Member;
  /** The meeting the action came from, when known. */
  vergadering?: Vergadering;
  /** Working days from today to the due date (0 on the day, negative when overdue). */
  workingDaysLeft: number;
  /** Calendar days past the due date (0 when not overdue). */
  daysOverdue: number;
  /** Members the action may be handed over to (werkgroep members except the trekker). */
  handOverCandidates: Member[];
}

export interface MeetingReminder {
  key: string;
  kind: 'vergadering';
  recipient: { type: 'werkgroep'; werkgroepId: string };
  werkgroep: WerkgroepRef;
  vergadering: Vergadering;
  /** The meeting's day in Amsterdam. */
  date: string;
  workingDaysUntil: number;
  agenda: Agendapunt[];
  openActionsByOwner: OwnerActions[];
}

export interface StatusChange<S extends string> {
  from: S;
  to: S;
}

export interface DigestReminder {
  key: string;
  kind: 'weekoverzicht';
  recipient: { type: 'user'; userId: string };
  /** The digest's anchor day (the digest weekday of its week). */
  weekOf: string;
  werkgroepen: WerkgroepRef[];
  resultaten: Resultaat[];
  verbeterpunten: Verbeterpunt[];
  overdueActions: Actie[];
  changes: {
    /** Actions in their werkgroepen completed in the 7 days before now. */
    completedActions: Actie[];
    resultaten: (StatusChange<ResultaatStatus> & { resultaat: Resultaat })[];
    verbeterActies: (StatusChange<VerbeterActieStatus> & { verbeterpunt: Verbeterpunt; actie: VerbeterActie })[];
  };
  /** Members of their werkgroepen the bot cannot reach. */
  unreachable: Member[];
}

export type Reminder = ActionReminder | MeetingReminder | DigestReminder;

// ---------------------------------------------------------------------------------------------
// Monthly meeting series

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEK_INDEXES = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekIndex = (typeof WEEK_INDEXES)[number];

/** "The first Tuesday of the month at 14:00 for 90 minutes, from 2026-01-01". */
export const monthlyRuleSchema = z.object({
  index: z.enum(WEEK_INDEXES),
  weekday: z.enum(WEEKDAYS),
  time: clockTimeSchema,
  durationMinutes: int(z.minimum(1), z.maximum(24 * 60)),
  startDate: isoDateSchema,
  endDate: z.optional(isoDateSchema),
  /** Every n months; 1 = monthly. */
  interval: z.optional(int(z.minimum(1), z.maximum(12))),
});
export type MonthlyRule = z.infer<typeof monthlyRuleSchema>;

/** The Graph `patternedRecurrence` for a relativeMonthly series. */
export interface GraphRecurrence {
  pattern: {
    type: 'relativeMonthly';
    interval: number;
    daysOfWeek: Weekday[];
    index: WeekIndex;
    firstDayOfWeek: 'monday';
  };
  range:
    | { type: 'noEnd'; startDate: string; recurrenceTimeZone: string }
    | { type: 'endDate'; startDate: string; endDate: string; recurrenceTimeZone: string };
}

export interface SeriesOccurrence {
  /** The day in Amsterdam. */
  date: string;
  start: string;
  end: string;
}
