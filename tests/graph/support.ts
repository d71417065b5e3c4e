// Shared wiring for the gateway's contract tests: a seeded emulator on a random port, and a real
// Graph client that trusts only the emulator's CA.
import { withBotSiteGrants } from '../../dev/demo-tenant/index.ts';
import { buildEmulator, occurrenceId } from '../../dev/graph-emulator/index.ts';
import type { ColumnDefinitionInput, Emulator, RequestLogEntry, TenantSeed } from '../../dev/graph-emulator/index.ts';
import { LIST_COLUMNS, createDevTokenProvider, createGraphClient, createTrustingDispatcher } from '../../src/graph/index.ts';
import type { GraphClient } from '../../src/graph/index.ts';

export interface Harness {
  emulator: Emulator;
  url: string;
  /** Signed in as the user (delegated), as the tab is. */
  client: GraphClient;
  /** App-only, as the bot and its scheduler are. */
  appClient: GraphClient;
  /** Signed in as another user: a delegated call reaches only that user's groups, as in Microsoft 365. */
  clientAs(userId: string): GraphClient;
  dispatcher: unknown;
  /** Emulator log entries for a method and a path (without /v1.0 and query), `$batch` inner requests included. */
  calls(method: string, path: RegExp): number;
  close(): Promise<void>;
}

export async function startHarness(seed: TenantSeed, userId = 'u-anna'): Promise<Harness> {
  const emulator = buildEmulator({ seed });
  const { url } = await emulator.listen(0, '127.0.0.1');
  const dispatcher = await createTrustingDispatcher(emulator.ca);
  const clientFor = (token: () => string) =>
    createGraphClient({
      tokenProvider: createDevTokenProvider(token),
      baseUrl: url.endsWith('/') ? url : `${url}/`,
      dispatcher,
      retry: { maxRetries: 2, delaySeconds: 0 },
    });
  const client = clientFor(() => emulator.issueDevToken(userId));
  const appClient = clientFor(() => emulator.issueDevToken());
  return {
    emulator,
    url,
    client,
    appClient,
    clientAs: (other) => clientFor(() => emulator.issueDevToken(other)),
    dispatcher,
    calls(method, path) {
      return logEntries(emulator).filter((e) => e.method === method && path.test(e.path)).length;
    },
    async close() {
      await emulator.close();
      await (dispatcher as { close(): Promise<void> }).close();
    },
  };
}

export function logEntries(emulator: Emulator): RequestLogEntry[] {
  return emulator.log;
}

const tasks = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `t-bulk-${String(i).padStart(3, '0')}`,
    planId: 'p-weert',
    title: `Bulktaak ${i}`,
    percentComplete: i % 3 === 0 ? 100 : 0,
    dueDateTime: '2026-12-01T11:00:00Z',
    ...(i % 3 === 0 ? { completedDateTime: '2026-11-20T10:00:00Z' } : {}),
    assigneeIds: ['u-bert'],
  }));

/** The Vergaderingen rows the tab wrote for ev-maand (first Tuesday, 14:00–15:30 Amsterdam). */
export const TEST_MEETING_ROWS = [
  ['2026-11-03', '2026-11-03T13:00:00Z', '2026-11-03T14:30:00Z'],
  ['2026-12-01', '2026-12-01T13:00:00Z', '2026-12-01T14:30:00Z'],
  ['2027-01-05', '2027-01-05T13:00:00Z', '2027-01-05T14:30:00Z'],
].map(([date, start, end]) => ({
  fields: {
    Title: 'Werkgroep interactief beleid',
    Begin: start,
    Einde: end,
    Deelnamelink: 'https://teams.microsoft.com/l/meetup-join/weert',
    Geannuleerd: false,
    EventId: occurrenceId('ev-maand', date!),
    SeriesMasterId: 'ev-maand',
  },
}));

const crowd = Array.from({ length: 25 }, (_, i) => `u-x${String(i).padStart(2, '0')}`);

/**
 * A small tenant: the Weert werkgroep with plan, meetings and lists; a group without a plan (its site has
 * no lists yet); the MT. The bot's app has Sites.Selected grants on both werkgroep sites, as in the demo.
 */
export function testSeed(): TenantSeed {
  return withBotSiteGrants({
    users: [
      { id: 'u-anna', displayName: 'Anna de Vries', mail: 'anna@weert.example', userPrincipalName: 'anna@weert.example' },
      { id: 'u-bert', displayName: 'Bert Jansen', mail: 'bert@weert.example', userPrincipalName: 'bert@weert.example' },
      { id: 'u-cor', displayName: 'Cor zonder mail', mail: null, userPrincipalName: 'cor@weert.example' },
      { id: 'u-marc', displayName: 'Marc Knaapen', mail: 'marc@weert.example', userPrincipalName: 'marc@weert.example' },
      ...crowd.map((id, i) => ({ id, displayName: `Inwoner ${i}`, mail: `${id}@weert.example`, userPrincipalName: `${id}@weert.example` })),
    ],
    groups: [
      { id: 'g-weert', displayName: 'Interactief beleid', mailNickname: 'interactiefbeleid', memberIds: ['u-anna', 'u-bert', 'u-cor', 'u-marc'], ownerIds: ['u-anna'], team: true },
      { id: 'g-leeg', displayName: 'Zonder plan', mailNickname: 'zonderplan', memberIds: ['u-bert'], ownerIds: ['u-bert'], team: true },
      { id: 'g-groot', displayName: 'Grote werkgroep', mailNickname: 'groot', memberIds: crowd, ownerIds: [crowd[0]!] },
      { id: 'g-mt', displayName: 'MT', mailNickname: 'mt', memberIds: ['u-marc'], ownerIds: ['u-marc'] },
    ],
    plans: [{ id: 'p-weert', groupId: 'g-weert', title: 'Interactief beleid', buckets: [{ id: 'b-todo', name: 'Te doen' }] }],
    tasks: [
      { id: 't-notulen', planId: 'p-weert', bucketId: 'b-todo', title: 'Notulen rondsturen', dueDateTime: '2026-12-02T11:00:00Z', assigneeIds: ['u-bert'] },
      { id: 't-klaar', planId: 'p-weert', title: 'Zaal reserveren', percentComplete: 100, completedDateTime: '2026-11-25T09:00:00Z', assigneeIds: ['u-anna'] },
      ...tasks(105),
    ],
    events: [
      {
        id: 'ev-maand',
        groupId: 'g-weert',
        subject: 'Werkgroep interactief beleid',
        start: { dateTime: '2026-01-06T14:00:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2026-01-06T15:30:00', timeZone: 'W. Europe Standard Time' },
        recurrence: {
          pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'first', firstDayOfWeek: 'sunday' },
          range: { type: 'noEnd', startDate: '2026-01-06', recurrenceTimeZone: 'W. Europe Standard Time' },
        },
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/weert',
      },
    ],
    sites: [
      {
        groupId: 'g-weert',
        lists: [
          {
            id: 'l-res',
            displayName: 'Resultaten',
            columns: [
              { name: 'Nr', number: {} },
              { name: 'Doel', text: { allowMultipleLines: true } },
              { name: 'Doelgroep', text: { allowMultipleLines: true } },
              { name: 'WatIsErGebeurd', text: { allowMultipleLines: true } },
              { name: 'Methode', text: { allowMultipleLines: true } },
              { name: 'DoorlooptijdStart', dateTime: { format: 'dateOnly' } },
              { name: 'DoorlooptijdEind', dateTime: { format: 'dateOnly' } },
              { name: 'Capaciteit', text: {} },
              { name: 'Verankering', text: { allowMultipleLines: true } },
              { name: 'VerantwoordelijkMtLid', text: {} },
              { name: 'Status', choice: { choices: ['gepland', 'loopt', 'gereed', 'kapot'] } },
            ],
            items: [
              {
                fields: {
                  Title: 'Handleiding interactief beleid',
                  Nr: 1,
                  Doel: 'Eenduidig werken',
                  Doelgroep: 'Ambtenaren\nBestuur',
                  WatIsErGebeurd: 'Concept is klaar',
                  Methode: 'Werksessies',
                  DoorlooptijdStart: '2026-01-31T23:00:00Z',
                  Capaciteit: '40 uur projectleider',
                  Verankering: 'Kwaliteitshandvest',
                  VerantwoordelijkMtLid: 'u-marc',
                  Status: 'loopt',
                },
              },
              // Malformed on purpose: a status the domain does not know.
              { fields: { Title: 'Kapot resultaat', Nr: 2, Status: 'kapot' } },
            ],
          },
          {
            id: 'l-ag',
            displayName: 'Agendapunten',
            columns: [
              { name: 'VergaderingId', text: {} },
              { name: 'Volgorde', number: {} },
              { name: 'Toelichting', text: { allowMultipleLines: true } },
              { name: 'ResultaatId', text: {} },
            ],
            items: [{ fields: { Title: 'Opening', VergaderingId: 'ev-maand', Volgorde: 1 } }],
          },
          {
            id: 'l-verg',
            displayName: 'Vergaderingen',
            columns: LIST_COLUMNS.Vergaderingen as ColumnDefinitionInput[],
            items: TEST_MEETING_ROWS,
          },
        ],
      },
      { groupId: 'g-leeg', lists: [] },
    ],
  });
}
