// The demo's participation site "Participatie": the organisation's traject register with trajects of
// Weert and Bergen around `today`, so the bot has something to follow up from the first minute:
// one terugkoppeling already overdue, one due within the week, a planned period that starts in two
// working days, a completed traject waiting for its evaluation, and finished ones for the jaarverslag.
// The list has exactly the columns the gateway creates (src/graph/trajecten.ts).
import { TRAJECT_COLUMNS, TRAJECT_LIST, trajectFields } from '../../src/graph/index.ts';
import type { Traject } from '../../src/participation/index.ts';
import { addDays, addWorkingDays, workingDayOnOrAfter } from '../../src/workgroups/index.ts';
import { guidFrom } from '../graph-emulator/index.ts';
import type { ColumnDefinitionInput, SeedGroup, SeedSite, SeedSiteGrant, TenantSeed } from '../graph-emulator/index.ts';
import { userId } from './demo-seed.ts';
import { DEV_BOT_APP } from '../graph-emulator/index.ts';

const HOST = 'demogemeenten.sharepoint.com';
export const DEMO_PARTICIPATIE_GROUP_ID = guidFrom('group:participatie');
/** The site id the demo configures as PARTICIPATION_SITE_ID. */
export const DEMO_PARTICIPATION_SITE_ID = `${HOST},${guidFrom('site:participatie')},${guidFrom('web:participatie')}`;
/** The bot reads and writes the register (follow-ups, evaluations): a write grant on this site only. */
export const BOT_PARTICIPATIE_GRANT: SeedSiteGrant = { roles: ['write'], application: { ...DEV_BOT_APP } };

interface Opsteller {
  id: string;
  naam: string;
  email?: string;
}

const docId = (key: string): string => guidFrom(`document:${key}`);
const docUrl = (site: string, file: string): string => `https://${HOST}/sites/${site}/Gedeelde%20documenten/${encodeURIComponent(file)}.docx?web=1`;

/**
 * The trajects, dated from `today` with the core's working-day rules (the reminders count the same way).
 * `people` maps the demo's person keys to their directory entries.
 */
export function demoTrajecten(today: string, people: (key: string) => Opsteller): Traject[] {
  const wd = (n: number): string => addWorkingDays(workingDayOnOrAfter(today), n);
  const year = Number(today.slice(0, 4));
  const profiel = { profielNaam: 'Weert', profielVersie: '2026.1' };
  const at = (d: string): string => `${d}T09:30:00.000Z`;
  return [
    {
      documentId: docId('speelruimteplan'),
      onderwerp: 'het nieuwe speelruimteplan',
      zaaknummer: `Z/${year}/01873`,
      afdeling: 'Welzijn',
      portefeuillehouder: 'Wethouder Jeugd en Onderwijs',
      opsteller: people('verhoeven'),
      soortStuk: 'raadsvoorstel',
      gekozenNiveau: 'adviseren',
      geadviseerdNiveau: 'adviseren',
      status: 'afgerond',
      periodeStart: addDays(today, -90),
      periodeEind: addDays(today, -45),
      aantalDeelnemers: 412,
      watGedaanMetInbreng: 'Meer plekken voor tieners: Overgenomen\nDe speeltuin aan de Molenhof houden: Deels overgenomen (blijft voorlopig, we kijken volgend jaar opnieuw)',
      inbrengOvergenomen: 'deels',
      // Overdue from the first day of the demo: the opsteller gets the reminder at once.
      terugkoppelingDatum: wd(-3),
      terugkoppelingKanaal: 'Nieuwsbrief',
      vervolgDatum: addDays(today, 120),
      documentUrl: docUrl('bestuur', 'Raadsvoorstel speelruimteplan'),
      ...profiel,
      bijgewerkt: at(addDays(today, -40)),
    },
    {
      documentId: docId('stationsomgeving'),
      onderwerp: 'de herinrichting van de stationsomgeving',
      zaaknummer: `Z/${year}/02210`,
      afdeling: 'Openbare Ruimte',
      portefeuillehouder: 'Wethouder Mobiliteit',
      opsteller: people('geelen'),
      soortStuk: 'collegevoorstel',
      gekozenNiveau: 'raadplegen',
      geadviseerdNiveau: 'adviseren',
      status: 'afgerond',
      periodeStart: addDays(today, -60),
      periodeEind: addDays(today, -21),
      aantalDeelnemers: 86,
      watGedaanMetInbreng: 'Meer fietsparkeerplekken: Overgenomen\nGeen bomen kappen: Niet overgenomen (de bomen staan op de plek van het nieuwe perron)',
      inbrengOvergenomen: 'deels',
      terugkoppelingDatum: wd(4),
      terugkoppelingKanaal: 'Bewonersbrief',
      documentUrl: docUrl('bestuur', 'Collegevoorstel stationsomgeving'),
      ...profiel,
      bijgewerkt: at(addDays(today, -20)),
    },
    {
      documentId: docId('structuurvisie-zuid'),
      onderwerp: 'de structuurvisie Weert-Zuid',
      zaaknummer: `Z/${year}/02544`,
      afdeling: 'Ruimtelijke Ontwikkeling',
      portefeuillehouder: 'Wethouder Ruimtelijke Ordening',
      opsteller: people('hendrikx'),
      soortStuk: 'raadsvoorstel',
      gekozenNiveau: 'coproduceren',
      geadviseerdNiveau: 'coproduceren',
      status: 'gepland',
      // Starts two working days into the demo: the bot then asks to update the document.
      periodeStart: wd(2),
      periodeEind: addDays(wd(2), 70),
      terugkoppelingDatum: addDays(wd(2), 90),
      terugkoppelingKanaal: 'Bijeenkomst',
      vervolgDatum: addDays(today, 180),
      documentUrl: docUrl('bestuur', 'Raadsvoorstel structuurvisie Weert-Zuid'),
      ...profiel,
      bijgewerkt: at(addDays(today, -10)),
    },
    {
      documentId: docId('leges'),
      onderwerp: `de tarieven voor de leges ${year + 1}`,
      zaaknummer: `Z/${year}/02801`,
      afdeling: 'Bedrijfsvoering',
      portefeuillehouder: 'Wethouder Financiën',
      opsteller: people('peeters'),
      soortStuk: 'collegevoorstel',
      geadviseerdNiveau: 'informeren',
      status: 'geen',
      redenGeen: 'Het gaat om de begroting, belastingen of tarieven. De leges volgen een nieuw landelijk tarief.',
      documentUrl: docUrl('bestuur', 'Collegevoorstel leges'),
      ...profiel,
      bijgewerkt: at(addDays(today, -15)),
    },
    {
      documentId: docId('welzijnsvisie'),
      onderwerp: 'de welzijnsvisie',
      zaaknummer: `Z/${year}/00412`,
      afdeling: 'Welzijn',
      portefeuillehouder: 'Wethouder Zorg en Welzijn',
      opsteller: people('smeets'),
      soortStuk: 'raadsvoorstel',
      gekozenNiveau: 'adviseren',
      geadviseerdNiveau: 'adviseren',
      status: 'afgerond',
      periodeStart: addDays(today, -240),
      periodeEind: addDays(today, -200),
      aantalDeelnemers: 120,
      watGedaanMetInbreng: 'Advies van de adviesraad sociaal domein: Overgenomen',
      inbrengOvergenomen: 'ja',
      terugkoppelingDatum: addDays(today, -170),
      terugkoppelingKanaal: 'Kort verslag',
      terugkoppelingGedaan: true,
      evaluatieGehoord: 'ja',
      evaluatieAndersDoen: 'Jongeren eerder en op school vragen.',
      documentUrl: docUrl('bestuur', 'Raadsvoorstel welzijnsvisie'),
      ...profiel,
      bijgewerkt: at(addDays(today, -175)),
    },
    {
      documentId: docId('kernbezoeken-egmond'),
      onderwerp: 'de kernbezoeken in de Egmonden',
      afdeling: 'Beheer Openbare Ruimte',
      portefeuillehouder: 'Wethouder Wijkgericht Werken',
      opsteller: people('kok'),
      soortStuk: 'raadsinformatiebrief',
      gekozenNiveau: 'raadplegen',
      geadviseerdNiveau: 'raadplegen',
      status: 'afgerond',
      periodeStart: addDays(today, -150),
      periodeEind: addDays(today, -120),
      aantalDeelnemers: 64,
      watGedaanMetInbreng: 'Vaker maaien langs de Herenweg: Overgenomen\nEen hondenlosloopgebied: Niet overgenomen (geen geschikte plek)',
      inbrengOvergenomen: 'deels',
      terugkoppelingDatum: addDays(today, -100),
      terugkoppelingKanaal: 'Website',
      terugkoppelingGedaan: true,
      evaluatieGehoord: 'deels',
      evaluatieAndersDoen: 'De uitkomst ook op papier bezorgen: niet iedereen kijkt op de website.',
      documentUrl: docUrl('wijkgerichtwerken', 'Raadsinformatiebrief kernbezoeken'),
      bijgewerkt: at(addDays(today, -105)),
    },
    {
      documentId: docId('meldingen-website'),
      onderwerp: 'de verbeteringen van het meldingssysteem',
      afdeling: 'Beheer Openbare Ruimte',
      portefeuillehouder: 'Wethouder Wijkgericht Werken',
      opsteller: people('zwart'),
      soortStuk: 'collegevoorstel',
      gekozenNiveau: 'raadplegen',
      geadviseerdNiveau: 'informeren',
      status: 'afgerond',
      periodeStart: addDays(today, -70),
      periodeEind: addDays(today, -40),
      aantalDeelnemers: 230,
      watGedaanMetInbreng: 'Een melding met een foto kunnen doen: Overgenomen\nBericht als een melding is afgehandeld: Overgenomen',
      inbrengOvergenomen: 'ja',
      terugkoppelingDatum: addDays(today, -14),
      terugkoppelingKanaal: 'E-mail',
      // Told, not yet evaluated: the bot asks the short evaluation.
      terugkoppelingGedaan: true,
      documentUrl: docUrl('wijkgerichtwerken', 'Collegevoorstel meldingssysteem'),
      bijgewerkt: at(addDays(today, -30)),
    },
    {
      documentId: docId('dorpsplein-schoorl'),
      onderwerp: 'het ontwerp van het dorpsplein in Schoorl',
      afdeling: 'Beheer Openbare Ruimte',
      portefeuillehouder: 'Wethouder Openbare Ruimte',
      opsteller: people('visser'),
      soortStuk: 'raadsvoorstel',
      gekozenNiveau: 'meebeslissen',
      geadviseerdNiveau: 'coproduceren',
      status: 'gepland',
      periodeStart: addDays(today, 60),
      periodeEind: addDays(today, 150),
      terugkoppelingDatum: addDays(today, 170),
      terugkoppelingKanaal: 'Bijeenkomst',
      documentUrl: docUrl('wijkgerichtwerken', 'Raadsvoorstel dorpsplein Schoorl'),
      bijgewerkt: at(addDays(today, -5)),
    },
  ];
}

/**
 * The demo tenant with the participation site added: the group behind it (every demo employee is a
 * member, so anyone can register a traject with their own delegated token) and the site with the
 * register, on which the bot has a write grant.
 */
export function withParticipatie(seed: TenantSeed, today: string): TenantSeed {
  const people = (key: string): Opsteller => {
    const u = seed.users.find((x) => x.id === userId(key));
    if (!u) throw new Error(`withParticipatie: unknown person '${key}'`);
    return { id: u.id, naam: u.displayName, ...(u.mail ? { email: u.mail } : {}) };
  };
  const owner = people('verhoeven').id!;
  const group: SeedGroup = {
    id: DEMO_PARTICIPATIE_GROUP_ID,
    displayName: 'Participatie',
    description: 'Het participatieregister van de organisatie: alle participatietrajecten uit voorstellen en brieven.',
    mailNickname: 'participatie',
    mail: 'participatie@weert.nl',
    ownerIds: [owner],
    memberIds: seed.users.map((u) => u.id),
    createdDateTime: `${addDays(today, -400)}T08:30:00Z`,
  };
  const items = demoTrajecten(today, people).map((t, i) => ({ id: String(i + 1), fields: trajectFields(t), createdById: t.opsteller.id ?? owner }));
  const site: SeedSite = {
    id: DEMO_PARTICIPATION_SITE_ID,
    groupId: DEMO_PARTICIPATIE_GROUP_ID,
    grants: [BOT_PARTICIPATIE_GRANT],
    lists: [{ id: guidFrom(`list:participatie:${TRAJECT_LIST}`), displayName: TRAJECT_LIST, columns: TRAJECT_COLUMNS as unknown as ColumnDefinitionInput[], items }],
  };
  return { ...seed, groups: [...seed.groups, group], sites: [...(seed.sites ?? []), site] };
}
