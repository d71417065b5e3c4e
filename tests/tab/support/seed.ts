import { LIST_COLUMNS } from '../../../src/graph/index.ts';
import { guidFrom, plannerIdFrom } from '../../../dev/graph-emulator/index.ts';
import type { SeedTask, TenantSeed } from '../../../dev/graph-emulator/index.ts';

/** Strings a hostile or careless Graph value may hold; the tab must show each as plain text. */
export const HOSTILE = {
  script: '<script>window.__pwned = 1</script>Evaluatie opstellen',
  img: '<img src=x onerror="window.__pwned=2">Leidraad toetsen',
  name: '<b>Bob</b> "de Bouwer" <svg onload=alert(1)>',
  rtl: 'Wijkschouw \u202Eplannen\u202C 🚲',
} as const;

export const IDS = {
  voorzitter: guidFrom('user:annemiek'),
  pieter: guidFrom('user:pieter'),
  fatima: guidFrom('user:fatima'),
  hostile: guidFrom('user:hostile'),
  marc: guidFrom('user:marc'),
  werkgroep: guidFrom('group:interactief'),
  mt: guidFrom('group:mt'),
  plan: plannerIdFrom('plan:interactief'),
} as const;

function day(base: Date, offset: number): string {
  const d = new Date(base);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/**
 * A werkgroep like Weert's "Interactief beleid" (2010): a voorzitter, members, an MT-lid, results with
 * the Weert fields and a Bergen verbeterpunt; open, overdue and done actions; hostile strings on purpose.
 */
export function tabTestSeed(options: { now: Date; withSeries?: boolean; extraActions?: number; emptyWerkgroep?: boolean }): TenantSeed {
  const { now } = options;
  const user = (id: string, displayName: string, mail: string | null) => ({
    id,
    displayName,
    mail,
    userPrincipalName: `${displayName.replace(/[^a-z]/gi, '').toLowerCase() || 'user'}@weert.example`,
  });
  const tasks: SeedTask[] = [];
  const task = (n: string, title: string, assignee: string | undefined, due: number | undefined, done = false): SeedTask => ({
    id: plannerIdFrom(`task:${n}`),
    planId: IDS.plan,
    title,
    ...(assignee ? { assigneeIds: [assignee] } : {}),
    ...(due !== undefined ? { dueDateTime: `${day(now, due)}T10:00:00Z` } : {}),
    ...(done ? { percentComplete: 100, completedDateTime: `${day(now, -3)}T09:00:00Z` } : { percentComplete: 0 }),
  });
  if (!options.emptyWerkgroep) {
    tasks.push(
      task('1', 'Format ontwikkelen voor vastleggen resultaten interactief werken', IDS.voorzitter, -5),
      task('2', HOSTILE.script, IDS.pieter, 7),
      task('3', HOSTILE.img, IDS.hostile, -1),
      task('4', HOSTILE.rtl, IDS.fatima, 20),
      task('5', 'Evaluatie leidraad voorbereiden met de klankbordgroep', IDS.pieter, 0),
      task('6', 'Presentatie voor MT en CMO', IDS.fatima, -20, true),
    );
  }
  for (let i = 0; i < (options.extraActions ?? 0); i++) {
    const owner = [IDS.voorzitter, IDS.pieter, IDS.fatima][i % 3]!;
    tasks.push(task(`extra-${i}`, `Actie ${i + 1}: verslag klankbordgroep uitwerken`, owner, (i % 60) - 20, i % 5 === 0));
  }
  const resultaten = options.emptyWerkgroep
    ? []
    : [
        {
          fields: {
            Title: 'Bij drie pilots is optimaal gebruikgemaakt van interactief beleid',
            Nr: 1,
            Doel: 'Het toepassen van de leidraad interactief werken bij de drie pilots.',
            Doelgroep: 'Projectleiders van de drie pilots\nAfdelingshoofden van de projectleiders\nProjectwethouders',
            WatIsErGebeurd: 'Drie projecten zijn aangewezen als pilot.',
            Methode: 'Werkgroep met de projectleider interactief beleid als voorzitter.',
            DoorlooptijdStart: `${now.getUTCFullYear()}-05-01T00:00:00Z`,
            DoorlooptijdEind: `${now.getUTCFullYear() + 1}-03-31T00:00:00Z`,
            Capaciteit: 'Maandelijks overleg met werkgroep',
            Verankering: 'De resultaten worden gebruikt om de leidraad aan te passen.',
            VerantwoordelijkMtLid: IDS.marc,
            Status: 'loopt',
          },
        },
        {
          fields: {
            Title: 'Interactief beleid is geïntegreerd in projectmatig werken',
            Nr: 3,
            Doel: 'De leidraad opnemen in het handboek projectmatig werken.',
            Doelgroep: 'MT\nCMO\nAmbtelijke medewerkers',
            WatIsErGebeurd: HOSTILE.img,
            Methode: 'Bilateraal overleg met de projectleider projectmatig werken.',
            DoorlooptijdStart: `${now.getUTCFullYear()}-07-01T00:00:00Z`,
            DoorlooptijdEind: `${now.getUTCFullYear()}-07-31T00:00:00Z`,
            Capaciteit: '3 x overleg',
            Verankering: 'Verwerken in handboek PMW.',
            VerantwoordelijkMtLid: IDS.marc,
            Status: 'gereed',
          },
        },
      ];
  const verbeterpunten = options.emptyWerkgroep
    ? []
    : [
        {
          fields: {
            Title: 'Bundel de krachten van wijkverenigingen',
            Nr: 1,
            EvaluatieNr: 5,
            Probleem: 'Er zijn veel wijkverenigingen met beperkte bestuursbezetting',
            WatWillenWeBereiken: 'Het overleg met de wijkverenigingen opschalen naar een kernoverleg',
            Acties: JSON.stringify([
              { nr: 1, omschrijving: 'In 2014 zijn er maximaal 8 kernoverleggen.', status: 'loopt' },
              { nr: 2, omschrijving: 'Vanaf 2013 wijkschouwen anders opzetten richting kernbezoek.', status: 'uitgevoerd' },
            ]),
            VerantwoordelijkMtLid: IDS.marc,
          },
        },
      ];
  const list = (name: keyof typeof LIST_COLUMNS, items: { fields: Record<string, unknown> }[]) => ({
    id: guidFrom(`list:${name}`),
    displayName: name,
    columns: LIST_COLUMNS[name] as never,
    items,
  });
  return {
    users: [
      user(IDS.voorzitter, 'Annemiek Jansen', 'annemiek.jansen@weert.example'),
      user(IDS.pieter, 'Pieter de Vries', 'pieter.devries@weert.example'),
      user(IDS.fatima, 'Fatima El Amrani', null),
      user(IDS.hostile, HOSTILE.name, 'bob@weert.example'),
      user(IDS.marc, 'Marc Knaapen', 'marc.knaapen@weert.example'),
    ],
    groups: [
      {
        id: IDS.werkgroep,
        displayName: 'Werkgroep Interactief beleid',
        mailNickname: 'interactiefbeleid',
        memberIds: [IDS.voorzitter, IDS.pieter, IDS.fatima, IDS.hostile],
        ownerIds: [IDS.voorzitter],
        team: true,
      },
      { id: IDS.mt, displayName: 'MT', mailNickname: 'mt', memberIds: [IDS.marc], ownerIds: [IDS.marc] },
    ],
    plans: [{ id: IDS.plan, groupId: IDS.werkgroep, title: 'Werkgroep Interactief beleid' }],
    tasks,
    events: options.withSeries
      ? [
          {
            id: 'series-interactief',
            groupId: IDS.werkgroep,
            subject: 'Overleg werkgroep Interactief beleid',
            start: { dateTime: `${day(now, -70)}T14:00:00`, timeZone: 'W. Europe Standard Time' },
            end: { dateTime: `${day(now, -70)}T15:30:00`, timeZone: 'W. Europe Standard Time' },
            isOnlineMeeting: true,
            onlineMeetingProvider: 'teamsForBusiness',
            joinUrl: 'https://teams.microsoft.com/l/meetup-join/demo',
            recurrence: {
              pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'first', firstDayOfWeek: 'monday' },
              range: { type: 'noEnd', startDate: day(now, -70), recurrenceTimeZone: 'W. Europe Standard Time' },
            },
          },
        ]
      : [],
    sites: [
      {
        groupId: IDS.werkgroep,
        lists: [list('Agendapunten', []), list('Besluiten', []), list('Resultaten', resultaten), list('Verbeterpunten', verbeterpunten)],
      },
    ],
  };
}
