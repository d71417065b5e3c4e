// The demo tenant: Weert's werkgroep "Interactief beleid", Bergen's werkgroep "Wijkgericht werken"
// and the MT, with meetings, agenda, besluiten, results and actions placed around `today`.
import { createHash } from 'node:crypto';
import { guidFrom, occurrenceId, plannerIdFrom } from '../graph-emulator/index.ts';
import type { SeedEvent, SeedGroup, SeedList, SeedListItem, SeedPlan, SeedSite, SeedTask, SeedUser, TenantSeed } from '../graph-emulator/index.ts';
import { addDays, addMonths, addWeekdays, amsterdamInstant, formatDutchDate, nthWeekdayOfMonth, shiftYears } from './dates.ts';
import { WERKGROEP_LIST_COLUMNS, WERKGROEP_LIST_NAMES } from './lists.ts';
import { meetingListItems } from './meetings.ts';
import type { WerkgroepListName } from './lists.ts';
import { WEERT_RESULTATEN, WEERT_YEARS } from './weert.ts';
import { BERGEN_VERBETERPUNTEN, BERGEN_YEARS, bergenActiesText } from './bergen.ts';

export interface DemoTenantOptions {
  /** 'YYYY-MM-DD' (Europe/Amsterdam). Everything dated is placed around this day. Default: today in Amsterdam. */
  today?: string;
}

export const DEMO_TENANT_ID = '5f1c9d2e-7a3b-4c6d-9e8f-0a1b2c3d4e5f';
export const DEMO_TEAMS_APP = { id: guidFrom('teams-app:werkgroepen'), externalId: guidFrom('manifest:werkgroepen'), displayName: 'Werkgroepen' };

interface Person {
  key: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  domain: 'weert.nl' | 'bergen-nh.nl';
  noMailbox?: boolean;
}

const PEOPLE: Person[] = [
  // Weert: the werkgroep as the implementatieplan sets it up (projectleider interactief beleid as
  // voorzitter, projectleiders of the three pilots, their afdelingshoofden).
  { key: 'verhoeven', givenName: 'Anouk', surname: 'Verhoeven', jobTitle: 'Projectleider interactief beleid', department: 'Bestuurszaken', domain: 'weert.nl' },
  { key: 'hendrikx', givenName: 'Bram', surname: 'Hendrikx', jobTitle: 'Projectleider pilot Structuurvisie Weert-Zuid', department: 'Sector I', domain: 'weert.nl' },
  { key: 'coenen', givenName: 'Sanne', surname: 'Coenen', jobTitle: 'Projectleider pilot Speelruimteplan', department: 'Sector II', domain: 'weert.nl' },
  { key: 'geelen', givenName: 'Joost', surname: 'Geelen', jobTitle: 'Projectleider pilot Herinrichting Stationsomgeving', department: 'Sector III', domain: 'weert.nl' },
  { key: 'peeters', givenName: 'Ingrid', surname: 'Peeters', jobTitle: 'Afdelingshoofd Ruimtelijke Ontwikkeling', department: 'Sector I', domain: 'weert.nl' },
  { key: 'smeets', givenName: 'Ton', surname: 'Smeets', jobTitle: 'Afdelingshoofd Welzijn', department: 'Sector II', domain: 'weert.nl' },
  { key: 'janssen', givenName: 'Karin', surname: 'Janssen', jobTitle: 'Afdelingshoofd Openbare Ruimte', department: 'Sector III', domain: 'weert.nl' },
  { key: 'knaapen', givenName: 'Marc', surname: 'Knaapen', jobTitle: 'MT-lid, verantwoordelijk voor interactief beleid', department: 'Managementteam', domain: 'weert.nl' },
  { key: 'schreuders', givenName: 'Marianne', surname: 'Schreuders', jobTitle: 'Regisseur wijkgericht werken', department: 'Bestuurszaken', domain: 'weert.nl' },
  // Bergen: team Wijkgericht Werken of afdeling Beheer Openbare Ruimte.
  { key: 'kramer', givenName: 'Wim', surname: 'Kramer', jobTitle: 'Teamleider Wijkgericht Werken', department: 'Beheer Openbare Ruimte', domain: 'bergen-nh.nl' },
  { key: 'kok', givenName: 'Linda', surname: 'Kok', jobTitle: 'Wijkcoördinator Egmond', department: 'Beheer Openbare Ruimte', domain: 'bergen-nh.nl' },
  { key: 'zwart', givenName: 'Dennis', surname: 'Zwart', jobTitle: 'Wijkcoördinator Bergen en Schoorl', department: 'Beheer Openbare Ruimte', domain: 'bergen-nh.nl' },
  { key: 'visser', givenName: 'Femke', surname: 'Visser', jobTitle: 'Adviseur Bureau Communicatie', department: 'Bureau Communicatie', domain: 'bergen-nh.nl' },
  // A buitendienst account without a mailbox: reminders must cope with a user without mail.
  { key: 'dewit', givenName: 'Henk', surname: 'de Wit', jobTitle: 'Opzichter buitendienst', department: 'Beheer Openbare Ruimte', domain: 'bergen-nh.nl', noMailbox: true },
  { key: 'schouten', givenName: 'Petra', surname: 'Schouten', jobTitle: 'Afdelingshoofd Beheer Openbare Ruimte (MT)', department: 'Managementteam', domain: 'bergen-nh.nl' },
  { key: 'vermeulen', givenName: 'Ruud', surname: 'Vermeulen', jobTitle: 'Gemeentesecretaris (voorzitter MT)', department: 'Managementteam', domain: 'bergen-nh.nl' },
];

export const userId = (key: string): string => guidFrom(`user:${key}`);
export const DEMO_GROUP_IDS = { weert: guidFrom('group:interactief-beleid'), bergen: guidFrom('group:wijkgericht-werken'), mt: guidFrom('group:mt') };

function toUser(p: Person): SeedUser {
  const local = `${p.givenName}.${p.surname}`.toLowerCase().replace(/\s+/g, '').replace(/[^a-z.]/g, '');
  const upn = `${local}@${p.domain}`;
  return {
    id: userId(p.key),
    displayName: `${p.givenName} ${p.surname}`,
    givenName: p.givenName,
    surname: p.surname,
    mail: p.noMailbox ? null : upn,
    userPrincipalName: upn,
    jobTitle: p.jobTitle,
    department: p.department,
    officeLocation: p.domain === 'weert.nl' ? 'Stadhuis Weert' : 'Gemeentehuis Bergen',
  };
}

const eventIdFrom = (name: string): string => `AAMkAD${createHash('sha512').update(name).digest('base64url').slice(0, 80)}=`;

/** The encoded reference key the gateway writes for "this action came from that meeting". */
function meetingReference(groupId: string, meetingId: string, date: string): SeedTask['references'] {
  const url = `https://graph.microsoft.com/v1.0/groups/${encodeURIComponent(groupId)}/events/${encodeURIComponent(meetingId)}`;
  const key = url.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/:/g, '%3A').replace(/@/g, '%40').replace(/#/g, '%23');
  return { [key]: { alias: `Vergadering ${formatDutchDate(date)}`, type: 'Other' } };
}

/** Occurrence dates of a monthly "n-th weekday" series around today: two before, one on/after. */
function monthlyDates(today: string, weekdayNr: number, n: number): { prev2: string; prev1: string; next: string; seriesStart: string } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const dates: string[] = [];
  for (let i = -8; i <= 2; i++) {
    const t = addMonths(y, m, i);
    dates.push(nthWeekdayOfMonth(t.year, t.month, weekdayNr, n));
  }
  const nextIdx = dates.findIndex((d) => d >= today);
  return { prev2: dates[nextIdx - 2]!, prev1: dates[nextIdx - 1]!, next: dates[nextIdx]!, seriesStart: dates[nextIdx - 6]! };
}

function list(siteKey: string, name: WerkgroepListName, items: SeedListItem[]): SeedList {
  return { id: guidFrom(`list:${siteKey}:${name}`), displayName: name, columns: WERKGROEP_LIST_COLUMNS[name], items };
}

/** Noon in Amsterdam, as the gateway writes date-only fields. */
const dateField = (d: string): string => amsterdamInstant(d, '12:00');

interface TaskSpec {
  title: string;
  bucket: string;
  assignees: string[];
  /** Weekdays from today; undefined = no due date. */
  due?: number;
  done?: number;
  percent?: number;
  fromMeeting?: 'prev1' | 'prev2';
  description?: string;
}

export function demoTenantSeed(options: DemoTenantOptions = {}): TenantSeed {
  const today = options.today ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`demoTenantSeed: today must be YYYY-MM-DD, got '${today}'`);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  // The Weert plan runs juni–mei: pick the plan year that contains today. Bergen's document is from
  // September: pick the last September.
  const weertShift = (month >= 5 ? year : year - 1) - 2010;
  const bergenShift = (month >= 9 ? year : year - 1) - 2012;
  const weertText = (s: string): string => shiftYears(s, weertShift, WEERT_YEARS);
  const bergenText = (s: string): string => shiftYears(s, bergenShift, BERGEN_YEARS);
  const u = userId;
  const G = DEMO_GROUP_IDS;

  const users = PEOPLE.map(toUser);
  const created = `${addDays(today, -200)}T08:30:00Z`;
  const groups: SeedGroup[] = [
    {
      id: G.weert,
      displayName: 'Interactief beleid',
      description: 'Werkgroep implementatieplan interactief beleid: de drie pilots, leren van elkaar en de leidraad toetsen.',
      mailNickname: 'interactiefbeleid',
      mail: 'interactiefbeleid@weert.nl',
      ownerIds: [u('verhoeven')],
      // The MT-lid who answers for the results sits in the werkgroep: in Microsoft 365 only members read
      // its lists and plan, so the MT-overzicht shows what he is responsible for.
      memberIds: ['verhoeven', 'hendrikx', 'coenen', 'geelen', 'peeters', 'smeets', 'janssen', 'knaapen'].map(u),
      team: true,
      createdDateTime: created,
    },
    {
      id: G.bergen,
      displayName: 'Wijkgericht werken',
      description: 'Werkgroep uitwerking actiepunten wijkgericht werken, team Wijkgericht Werken, afdeling Beheer Openbare Ruimte.',
      mailNickname: 'wijkgerichtwerken',
      mail: 'wijkgerichtwerken@bergen-nh.nl',
      ownerIds: [u('kramer')],
      // The afdelingshoofd of Beheer Openbare Ruimte, the werkgroep's afdeling, answers for its verbeterpunten.
      memberIds: ['kramer', 'kok', 'zwart', 'visser', 'dewit', 'schouten'].map(u),
      team: true,
      createdDateTime: created,
    },
    {
      id: G.mt,
      displayName: 'MT',
      description: 'Managementteam',
      mailNickname: 'mt',
      mail: 'mt@weert.nl',
      ownerIds: [u('vermeulen')],
      memberIds: ['knaapen', 'schouten', 'vermeulen'].map(u),
      team: true,
      createdDateTime: created,
    },
  ];

  // Meetings.
  const weertDates = monthlyDates(today, 2, 1); // first Tuesday
  const bergenDates = monthlyDates(today, 4, 2); // second Thursday
  const weertSeries = eventIdFrom('event:weert:maandoverleg');
  const bergenSeries = eventIdFrom('event:bergen:werkgroepoverleg');
  const attendees = (keys: string[]) => keys.map((k) => toUser(PEOPLE.find((p) => p.key === k)!)).filter((x) => x.mail).map((x) => ({ type: 'required' as const, emailAddress: { name: x.displayName, address: x.mail! } }));
  const monthly = (start: string, day: string, index: 'first' | 'second') => ({
    pattern: { type: 'relativeMonthly' as const, interval: 1, daysOfWeek: [day], index, firstDayOfWeek: 'sunday' },
    range: { type: 'noEnd' as const, startDate: start, endDate: '0001-01-01', numberOfOccurrences: 0, recurrenceTimeZone: 'W. Europe Standard Time' },
  });
  const events: SeedEvent[] = [
    {
      id: weertSeries,
      groupId: G.weert,
      subject: 'Werkgroep Interactief beleid – maandelijks overleg',
      body: { contentType: 'html', content: '<p>Maandelijks overleg van de werkgroep: voortgang van de drie pilots, leren van elkaar en toetsen van de leidraad interactief werken.</p>' },
      start: { dateTime: `${weertDates.seriesStart}T14:00:00`, timeZone: 'W. Europe Standard Time' },
      end: { dateTime: `${weertDates.seriesStart}T15:30:00`, timeZone: 'W. Europe Standard Time' },
      recurrence: monthly(weertDates.seriesStart, 'tuesday', 'first'),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${createHash('sha1').update('weert').digest('hex')}%40thread.v2/0?context=%7b%22Tid%22%3a%22${DEMO_TENANT_ID}%22%7d`,
      location: 'Stadhuis Weert, kamer 2.14',
      attendees: attendees(['verhoeven', 'hendrikx', 'coenen', 'geelen', 'peeters', 'smeets', 'janssen', 'knaapen']),
      createdDateTime: created,
    },
    {
      id: bergenSeries,
      groupId: G.bergen,
      subject: 'Werkgroep Wijkgericht werken – overleg',
      body: { contentType: 'html', content: '<p>Voortgang van de verbeterpunten wijkgericht werken en de kernoverleggen.</p>' },
      start: { dateTime: `${bergenDates.seriesStart}T10:00:00`, timeZone: 'W. Europe Standard Time' },
      end: { dateTime: `${bergenDates.seriesStart}T11:30:00`, timeZone: 'W. Europe Standard Time' },
      recurrence: monthly(bergenDates.seriesStart, 'thursday', 'second'),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${createHash('sha1').update('bergen').digest('hex')}%40thread.v2/0?context=%7b%22Tid%22%3a%22${DEMO_TENANT_ID}%22%7d`,
      location: 'Gemeentehuis Bergen',
      attendees: attendees(['kramer', 'kok', 'zwart', 'visser', 'schouten']),
      createdDateTime: created,
    },
    {
      id: eventIdFrom('event:mt:weekoverleg'),
      groupId: G.mt,
      subject: 'MT-overleg',
      // The day before the first Tuesday is a Monday.
      start: { dateTime: `${addDays(weertDates.seriesStart, -1)}T09:00:00`, timeZone: 'W. Europe Standard Time' },
      end: { dateTime: `${addDays(weertDates.seriesStart, -1)}T11:00:00`, timeZone: 'W. Europe Standard Time' },
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'], firstDayOfWeek: 'monday' },
        range: { type: 'noEnd', startDate: addDays(weertDates.seriesStart, -1), recurrenceTimeZone: 'W. Europe Standard Time' },
      },
      isOnlineMeeting: false,
      location: 'Directiekamer',
      createdDateTime: created,
    },
  ];
  // The Vergaderingen lists as the tab left them: every meeting since the series began, 13 months ahead.
  const horizonEnd = (() => {
    const m = addMonths(year, month, 13);
    return `${m.year}-${String(m.month).padStart(2, '0')}-${today.slice(8, 10)}`;
  })();
  const [weertEvent, bergenEvent] = events as [SeedEvent, SeedEvent];
  const weertMeetings = meetingListItems(
    { eventId: weertSeries, groupId: G.weert, subject: weertEvent.subject, joinUrl: weertEvent.joinUrl!, weekday: 2, n: 1, time: '14:00', minutes: 90, startDate: weertDates.seriesStart },
    { from: weertDates.seriesStart, to: horizonEnd },
    u('verhoeven'),
  );
  const bergenMeetings = meetingListItems(
    { eventId: bergenSeries, groupId: G.bergen, subject: bergenEvent.subject, joinUrl: bergenEvent.joinUrl!, weekday: 4, n: 2, time: '10:00', minutes: 90, startDate: bergenDates.seriesStart },
    { from: bergenDates.seriesStart, to: horizonEnd },
    u('kramer'),
  );
  const occ = (series: string, date: string): string => occurrenceId(series, date);
  const wPrev1 = occ(weertSeries, weertDates.prev1);
  const wPrev2 = occ(weertSeries, weertDates.prev2);
  const wNext = occ(weertSeries, weertDates.next);
  const bPrev1 = occ(bergenSeries, bergenDates.prev1);
  const bPrev2 = occ(bergenSeries, bergenDates.prev2);
  const bNext = occ(bergenSeries, bergenDates.next);

  // Lists. Weert: results 1–5 with every field; Bergen: the verbeterpunten.
  const statusOf = (start: string, eind: string): 'gepland' | 'loopt' | 'gereed' => (today < start ? 'gepland' : today > eind ? 'gereed' : 'loopt');
  const shiftDate = (d: string, years: number): string => `${Number(d.slice(0, 4)) + years}${d.slice(4)}`;
  const resultaten: SeedListItem[] = WEERT_RESULTATEN.map((r) => {
    const start = shiftDate(r.start, weertShift);
    const eind = shiftDate(r.eind, weertShift);
    return {
      id: String(r.nr),
      fields: {
        Title: weertText(r.titel),
        Nr: r.nr,
        Doel: weertText(r.doel),
        Doelgroep: r.doelgroep.join('\n'),
        WatIsErGebeurd: weertText(r.watIsErGebeurd),
        Methode: weertText(r.methode),
        DoorlooptijdStart: dateField(start),
        DoorlooptijdEind: dateField(eind),
        Capaciteit: weertText(r.capaciteit),
        Verankering: weertText(r.verankering),
        MtLidId: u('knaapen'),
        MtLidNaam: 'Marc Knaapen',
        Status: statusOf(start, eind),
      },
      createdById: u('verhoeven'),
    };
  });
  const weertAgenda: SeedListItem[] = [
    { fields: { Title: 'Opening en vaststellen verslag vorige vergadering', VergaderingId: wPrev1, Volgorde: 1 } },
    { fields: { Title: 'Voortgang pilots: stand van zaken per sector', VergaderingId: wPrev1, Volgorde: 2, Toelichting: 'Elke projectleider vertelt kort wat er sinds vorige maand is gebeurd en waar hij of zij tegenaan loopt.', ResultaatId: '1' } },
    { fields: { Title: 'Format vastleggen resultaten interactief werken', VergaderingId: wPrev1, Volgorde: 3, ResultaatId: '1' } },
    { fields: { Title: 'Opening en mededelingen', VergaderingId: wNext, Volgorde: 1 } },
    { fields: { Title: 'Ervaringen klankbordgroepen in de pilots', VergaderingId: wNext, Volgorde: 2, Toelichting: 'Wat werkte goed bij de informatie- en inspraakavonden? Wat nemen we mee in de leidraad?', ResultaatId: '1' } },
    { fields: { Title: 'Voorstel scholing medewerkers', VergaderingId: wNext, Volgorde: 3, ResultaatId: '2' } },
    { fields: { Title: 'Opzet evaluatie pilotjaar', VergaderingId: wNext, Volgorde: 4, Toelichting: 'Bilateraal overleg met de projectleiders, enquête onder deelnemers en evaluatie met de klankbordgroep.', ResultaatId: '5' } },
  ].map((it, i) => ({ ...it, id: String(i + 1), createdById: u('verhoeven') }));
  const weertBesluiten: SeedListItem[] = [
    { fields: { Title: 'De drie pilots zijn vastgesteld: Structuurvisie Weert-Zuid, Speelruimteplan en Herinrichting Stationsomgeving.', VergaderingId: wPrev2, Datum: dateField(weertDates.prev2) } },
    { fields: { Title: 'Elke pilot gebruikt hetzelfde format om de resultaten van het participatietraject vast te leggen.', VergaderingId: wPrev2, Datum: dateField(weertDates.prev2) } },
    { fields: { Title: 'De eerste versie van het format wordt in de volgende vergadering getoetst aan de pilot Speelruimteplan.', VergaderingId: wPrev1, Datum: dateField(weertDates.prev1) } },
    { fields: { Title: 'De werkgroep presenteert de tussenstand in het MT; Marc Knaapen agendeert dit.', VergaderingId: wPrev1, Datum: dateField(weertDates.prev1) } },
  ].map((it, i) => ({ ...it, id: String(i + 1), createdById: u('verhoeven') }));

  const verbeterpunten: SeedListItem[] = BERGEN_VERBETERPUNTEN.map((v) => ({
    id: String(v.nr),
    fields: {
      Title: v.titel,
      Nr: v.nr,
      EvaluatieNr: v.evaluatieNr,
      Probleem: v.probleem.join('\n'),
      WatWillenWeBereiken: v.watWillenWeBereiken.join('\n'),
      Acties: bergenActiesText(v.acties, bergenText),
      MtLidId: u('schouten'),
      MtLidNaam: 'Petra Schouten',
    },
    createdById: u('kramer'),
  }));
  const bergenAgenda: SeedListItem[] = [
    { fields: { Title: 'Stand van zaken kernoverleggen', VergaderingId: bPrev1, Volgorde: 1, ResultaatId: '1' } },
    { fields: { Title: 'Meldingssysteem: verbeteringen website', VergaderingId: bPrev1, Volgorde: 2, ResultaatId: '1' } },
    { fields: { Title: 'Indeling van de acht kernen', VergaderingId: bNext, Volgorde: 1, Toelichting: 'De drie Egmonden, Bergen aan Zee, twee kernen in Bergen Binnen, Schoorl en Groet/Camperduin.', ResultaatId: '1' } },
    { fields: { Title: 'Werkbezoek Haarlemmermeer met raadsleden', VergaderingId: bNext, Volgorde: 2, ResultaatId: '7' } },
  ].map((it, i) => ({ ...it, id: String(i + 1), createdById: u('kramer') }));
  const bergenBesluiten: SeedListItem[] = [
    { fields: { Title: 'De wijkschouwen gaan over in één kernbezoek per kern per jaar, in de middag.', VergaderingId: bPrev2, Datum: dateField(bergenDates.prev2) } },
    { fields: { Title: 'De protocollen voor participatie bij herinrichting van wegen en groen zijn vastgesteld.', VergaderingId: bPrev1, Datum: dateField(bergenDates.prev1) } },
  ].map((it, i) => ({ ...it, id: String(i + 1), createdById: u('kramer') }));

  const sites: SeedSite[] = [
    {
      groupId: G.weert,
      lists: WERKGROEP_LIST_NAMES.map((n) =>
        list('weert', n, n === 'Resultaten' ? resultaten : n === 'Agendapunten' ? weertAgenda : n === 'Besluiten' ? weertBesluiten : n === 'Vergaderingen' ? weertMeetings : []),
      ),
    },
    {
      groupId: G.bergen,
      lists: WERKGROEP_LIST_NAMES.map((n) =>
        list('bergen', n, n === 'Verbeterpunten' ? verbeterpunten : n === 'Agendapunten' ? bergenAgenda : n === 'Besluiten' ? bergenBesluiten : n === 'Vergaderingen' ? bergenMeetings : []),
      ),
    },
  ];

  // Planner: actions spread over overdue, due today/soon, later and done.
  const plans: SeedPlan[] = [
    { id: plannerIdFrom('plan:weert'), groupId: G.weert, title: 'Interactief beleid', buckets: ['Pilots', 'Scholing', 'Communicatie', 'Evaluatie'].map((name) => ({ id: plannerIdFrom(`bucket:weert:${name}`), name })), createdDateTime: created },
    { id: plannerIdFrom('plan:bergen'), groupId: G.bergen, title: 'Wijkgericht werken', buckets: ['Kernoverleggen', 'Communicatie', 'Bedrijfsvoering'].map((name) => ({ id: plannerIdFrom(`bucket:bergen:${name}`), name })), createdDateTime: created },
  ];
  const weertTasks: TaskSpec[] = [
    { title: `Verslag werkgroep ${formatDutchDate(weertDates.prev1)} rondsturen`, bucket: 'Pilots', assignees: ['verhoeven'], due: -3, fromMeeting: 'prev1' },
    { title: 'Format vastleggen resultaten interactief werken: eerste versie', bucket: 'Pilots', assignees: ['hendrikx', 'verhoeven'], due: -8, percent: 50, fromMeeting: 'prev2', description: 'Eén format voor alle drie de pilots, zodat de resultaten te vergelijken zijn.' },
    { title: 'Klankbordgroep pilot Speelruimteplan uitnodigen', bucket: 'Pilots', assignees: ['coenen'], due: -1 },
    { title: 'Tekst voor intern nieuwsblad Komeet aanleveren', bucket: 'Communicatie', assignees: ['smeets'], due: 0 },
    { title: 'Evaluatievragen pilots opstellen voor de werkgroep', bucket: 'Evaluatie', assignees: ['geelen'], due: 1, fromMeeting: 'prev1' },
    { title: 'Presentatie interactief beleid voor het MT voorbereiden', bucket: 'Communicatie', assignees: ['verhoeven'], due: 2, fromMeeting: 'prev1' },
    { title: 'Participatieparagraaf toevoegen aan B&W-advies pilot Stationsomgeving', bucket: 'Pilots', assignees: ['geelen'], due: 3 },
    { title: 'Voorstel scholing medewerkers uitwerken', bucket: 'Scholing', assignees: ['janssen'], due: 15 },
    { title: 'Opzet brochure participatie voor burgers en externe partijen', bucket: 'Communicatie', assignees: ['coenen'], due: 25 },
    { title: 'Enquête onder deelnemers aan de pilots voorbereiden', bucket: 'Evaluatie', assignees: ['hendrikx'], due: 30 },
    { title: 'Handboek PMW: paragraaf interactief beleid nalezen', bucket: 'Scholing', assignees: ['peeters'] },
    { title: 'Pilots aanwijzen per sector', bucket: 'Pilots', assignees: ['verhoeven'], due: -20, done: -18, fromMeeting: 'prev2' },
    { title: 'Lunchbijeenkomst interactief beleid organiseren', bucket: 'Communicatie', assignees: ['smeets'], due: -6, done: -8 },
  ];
  const bergenTasks: TaskSpec[] = [
    { title: 'Indelingsvoorstel kernen bespreken met de wijkverenigingen in Egmond', bucket: 'Kernoverleggen', assignees: ['kok'], due: -5, fromMeeting: 'prev1' },
    { title: 'Draaiboek kernbezoek Schoorl maken', bucket: 'Kernoverleggen', assignees: ['zwart'], due: -2, percent: 50 },
    { title: 'Teksten meldingssysteem op de website nalopen', bucket: 'Communicatie', assignees: ['visser'], due: 1, fromMeeting: 'prev1' },
    { title: 'Speeltoestellen Groet controleren na melding', bucket: 'Bedrijfsvoering', assignees: ['dewit'], due: 2 },
    { title: 'Overzicht plannen en projecten per kern opstellen', bucket: 'Kernoverleggen', assignees: ['kok'], due: 12 },
    { title: 'Werkbezoek Haarlemmermeer plannen met raadsleden', bucket: 'Communicatie', assignees: ['zwart'], due: 20 },
    { title: 'Protocol participatie herinrichting wegen en groen vaststellen', bucket: 'Bedrijfsvoering', assignees: ['kok'], due: -14, done: -15, fromMeeting: 'prev2' },
    { title: 'Toolkit communicatie op intranet bijwerken', bucket: 'Communicatie', assignees: ['visser'], due: -3, done: -4 },
  ];
  const toTasks = (specs: TaskSpec[], key: 'weert' | 'bergen', groupId: string, series: string, dates: { prev1: string; prev2: string }, creator: string): SeedTask[] =>
    specs.map((s, i) => {
      const meetingDate = s.fromMeeting ? dates[s.fromMeeting] : undefined;
      const createdOn = meetingDate ?? addDays(today, -30 + i);
      // An action is agreed at its meeting, so it is never due on or before that day: just after a meeting
      // "n working days ago" would fall before it. Nothing is done before it was made either.
      let due = s.due !== undefined ? addWeekdays(today, s.due) : undefined;
      if (due !== undefined && meetingDate !== undefined && due <= meetingDate) due = addWeekdays(meetingDate, 2);
      let doneOn = s.done !== undefined ? addWeekdays(today, s.done) : undefined;
      if (doneOn !== undefined && doneOn < createdOn) doneOn = createdOn;
      return {
        id: plannerIdFrom(`task:${key}:${i}`),
        planId: plannerIdFrom(`plan:${key}`),
        bucketId: plannerIdFrom(`bucket:${key}:${s.bucket}`),
        title: s.title,
        assigneeIds: s.assignees.map(u),
        ...(due !== undefined ? { dueDateTime: amsterdamInstant(due, '12:00') } : {}),
        percentComplete: doneOn !== undefined ? 100 : (s.percent ?? 0),
        ...(doneOn !== undefined ? { completedDateTime: amsterdamInstant(doneOn, '16:10'), completedById: u(s.assignees[0]!) } : {}),
        createdDateTime: amsterdamInstant(createdOn, '16:00'),
        createdById: u(creator),
        ...(s.description ? { description: s.description } : {}),
        ...(meetingDate ? { references: meetingReference(groupId, occurrenceId(series, meetingDate), meetingDate) } : {}),
      };
    });
  const tasks = [...toTasks(weertTasks, 'weert', G.weert, weertSeries, weertDates, 'verhoeven'), ...toTasks(bergenTasks, 'bergen', G.bergen, bergenSeries, bergenDates, 'kramer')];

  return {
    tenant: { id: DEMO_TENANT_ID, domain: 'demogemeenten.onmicrosoft.com', sharepointHost: 'demogemeenten.sharepoint.com' },
    users,
    groups,
    plans,
    tasks,
    events,
    sites,
    teamsApps: [DEMO_TEAMS_APP],
  };
}
