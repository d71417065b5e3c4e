// The demo's participation site: a varied register the bot can follow up from the first morning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmulator, type Emulator } from '../graph-emulator/index.ts';
import { createDevTokenProvider, createGraphClient, createTrustingDispatcher, listTrajecten, updateTraject, upsertTraject } from '../../src/graph/index.ts';
import type { GraphClient } from '../../src/graph/index.ts';
import { trajectFollowUps } from '../../src/participation/index.ts';
import type { TrajectRecord } from '../../src/participation/index.ts';
import { DEMO_GROUP_IDS, DEMO_PARTICIPATION_SITE_ID, demoTenantSeed, demoUserId } from './index.ts';

// A Wednesday; the demo's dates count in working days from here.
const TODAY = '2026-12-02';
let emulator: Emulator;
let bot: GraphClient;
let user: GraphClient;
let dispatcher: { close(): Promise<void> };
let trajecten: TrajectRecord[];

beforeAll(async () => {
  emulator = buildEmulator({ seed: demoTenantSeed({ today: TODAY }) });
  const { url } = await emulator.listen(0, '127.0.0.1');
  dispatcher = (await createTrustingDispatcher(emulator.ca)) as { close(): Promise<void> };
  const client = (token: () => string) => createGraphClient({ tokenProvider: createDevTokenProvider(token), baseUrl: `${url}/`, dispatcher, retry: { maxRetries: 0, delaySeconds: 0 } });
  bot = client(() => emulator.issueDevToken());
  user = client(() => emulator.issueDevToken(demoUserId('coenen')));
  trajecten = await listTrajecten(bot, DEMO_PARTICIPATION_SITE_ID);
});
afterAll(async () => {
  await emulator?.close();
  await dispatcher?.close();
});

describe('the demo participation site', () => {
  it('holds 6 to 10 varied trajects: afdelingen, levels and all three statuses', () => {
    expect(trajecten.length).toBeGreaterThanOrEqual(6);
    expect(trajecten.length).toBeLessThanOrEqual(10);
    expect(new Set(trajecten.map((t) => t.afdeling)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(trajecten.map((t) => t.gekozenNiveau).filter(Boolean)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(trajecten.map((t) => t.status))).toEqual(new Set(['gepland', 'afgerond', 'geen']));
    expect(trajecten.every((t) => t.opsteller.id && t.documentUrl?.startsWith('https://'))).toBe(true);
  });

  it('has one terugkoppeling overdue on the first day, whose opsteller (the demo user) is reminded that morning', () => {
    const overdue = trajecten.filter((t) => t.terugkoppelingDatum && t.terugkoppelingDatum < TODAY && !t.terugkoppelingGedaan);
    expect(overdue.map((t) => t.opsteller.id)).toEqual([demoUserId('verhoeven')]);
    const due = trajectFollowUps(trajecten, new Date(`${TODAY}T09:00:00+01:00`));
    expect(due.map((f) => [f.kind, f.recipientId])).toEqual(
      expect.arrayContaining([
        ['terugkoppeling-verlopen', demoUserId('verhoeven')],
        ['terugkoppeling-binnenkort', demoUserId('geelen')],
        ['evaluatie', demoUserId('zwart')],
      ]),
    );
    // The planned structuurvisie starts two working days later (Friday).
    expect(due.some((f) => f.kind === 'periode-gestart')).toBe(false);
    expect(trajectFollowUps(trajecten, new Date('2026-12-04T09:00:00+01:00')).filter((f) => f.kind === 'periode-gestart').map((f) => f.recipientId)).toEqual([demoUserId('hendrikx')]);
  });

  it('lets the bot write the register (write grant) and any employee register a traject (member of the site)', async () => {
    const t = trajecten.find((x) => x.opsteller.id === demoUserId('verhoeven'))!;
    await expect(updateTraject(bot, DEMO_PARTICIPATION_SITE_ID, t.itemId, t.etag, { terugkoppelingGedaan: true })).resolves.toMatchObject({ terugkoppelingGedaan: true });
    const created = await upsertTraject(user, DEMO_PARTICIPATION_SITE_ID, {
      documentId: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98',
      onderwerp: 'het speelruimteplan Leuken',
      opsteller: { id: demoUserId('coenen'), naam: 'Sanne Coenen' },
      status: 'gepland',
    });
    expect(created.itemId).not.toBe('');
  });

  it('keeps the bot read-only on the werkgroep sites', async () => {
    const site = (await bot.api(`/groups/${DEMO_GROUP_IDS.weert}/sites/root`).get()) as { id: string };
    await expect(upsertTraject(bot, site.id, { documentId: 'x', onderwerp: 'x', opsteller: { naam: 'x' }, status: 'geen' })).rejects.toMatchObject({ code: expect.stringMatching(/GRAPH\.(FORBIDDEN|NOT_FOUND)/) });
  });
});
