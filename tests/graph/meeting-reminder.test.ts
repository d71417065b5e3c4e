// End to end: the tab (delegated) changes a meeting and mirrors it into the Vergaderingen list; the bot's
// scheduler (app-only, the group calendar closed to it as in a real tenant) sends the meeting reminder to
// the werkgroep's channel from the list alone.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_IDS, demoTenantSeed, demoUserId } from '../../dev/demo-tenant/index.ts';
import { createDevTokenProvider, createGraphClient, createTrustingDispatcher, listMeetings } from '../../src/graph/index.ts';
import { createGraphTabData } from '../../src/tab/shared/data/graph-data.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { amsterdamTime } from '../../src/workgroups/index.ts';
import { teamInstall } from '../bot/support/activities.ts';
import { cardOf, startHarness, visibleText } from '../bot/support/harness.ts';
import type { Harness } from '../bot/support/harness.ts';

// Thursday: the Weert meeting on Tuesday 1 December is 3 working days away; Bergen meets on 10 December.
const TODAY = '2026-11-26';
const seed = demoTenantSeed({ today: TODAY });
const teamConv = (groupId: string) => `19:team-${groupId}@thread.tacv2`;
let h: Harness;
let dispatcher: { close(): Promise<void> };

beforeAll(async () => {
  h = await startHarness({ seed, now: amsterdamTime(TODAY, '08:00'), werkgroepIds: [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen], mtGroupId: DEMO_GROUP_IDS.mt });
  for (const groupId of [DEMO_GROUP_IDS.weert, DEMO_GROUP_IDS.bergen]) {
    expect((await h.send(teamInstall({ serviceUrl: h.connectorUrl, userId: demoUserId('kramer'), groupId }))).status).toBe(200);
  }
});
afterAll(async () => {
  await dispatcher?.close();
  await h?.close();
});

describe('meeting reminder from the Vergaderingen list', () => {
  it('reaches the channel for a meeting the tab moved, while app-only calendar reads are refused', async () => {
    // Wim Kramer, voorzitter in Bergen, moves the December meeting forward to Monday 30 November in the tab.
    const port = (h.emulator.server.address() as AddressInfo).port;
    dispatcher = (await createTrustingDispatcher(h.emulator.ca)) as { close(): Promise<void> };
    const delegated = createGraphClient({
      tokenProvider: createDevTokenProvider(() => h.emulator.issueDevToken(demoUserId('kramer'))),
      baseUrl: `https://127.0.0.1:${port}/`,
      dispatcher,
    });
    const tab = createGraphTabData(delegated, { userId: demoUserId('kramer'), now: () => Date.parse(h.clock.now()) });
    const [december] = await listMeetings(delegated, { groupId: DEMO_GROUP_IDS.bergen }, { from: '2026-12-01T00:00:00Z', to: '2026-12-31T00:00:00Z' });
    expect(december!.start).toBe('2026-12-10T09:00:00.000Z');
    await tab.moveMeeting!(DEMO_GROUP_IDS.bergen, december!, { start: '2026-11-30T09:00:00.000Z', end: '2026-11-30T10:30:00.000Z' });

    // From here on, as in a real tenant: application access to a group calendar answers 403.
    h.emulator.faults.add({ path: /^\/groups\/[^/]+\/(calendar\/)?(calendarView|events)(\/|$)/, status: 403, times: Infinity });
    const before = h.emulator.log.length;
    h.connector.reset();
    const report = await h.scheduler().runCycle();
    expect(report.sent).toBeGreaterThan(0);
    expect(h.emulator.log.slice(before).filter((e) => /calendarView|\/events/.test(e.path))).toEqual([]);

    const meetingTexts = (groupId: string) =>
      h.connector
        .byConversation(teamConv(groupId))
        .map((a) => visibleText(cardOf(a.activity)).join('\n'))
        .filter((t) => t.includes(botText.vergadering.agenda));
    // Weert: the seeded series, as the tab mirrored it; its agenda comes along.
    expect(meetingTexts(DEMO_GROUP_IDS.weert)).toHaveLength(1);
    expect(meetingTexts(DEMO_GROUP_IDS.weert)[0]).toContain('Ervaringen klankbordgroepen');
    // Bergen: the moved meeting, known to the bot only through the list.
    expect(meetingTexts(DEMO_GROUP_IDS.bergen)).toHaveLength(1);
    expect(meetingTexts(DEMO_GROUP_IDS.bergen)[0]).toContain('Wijkgericht werken');
  });
});
