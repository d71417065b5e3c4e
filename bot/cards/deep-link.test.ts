import { describe, expect, it } from 'vitest';
import { parseTabRoute } from '../../src/workgroups/index.ts';
import type { Actie, DigestReminder, MeetingReminder } from '../../src/workgroups/index.ts';
import { buildActionDoneCard, buildActionReminderCard, buildDigestCard, buildHandedOverCard, buildMeetingCard, buildSnoozedCard } from './index.ts';
import { subEntityIdOf, tabDeepLink, tabLinksFromSettings } from './deep-link.ts';

const links = tabLinksFromSettings({ TEAMS_APP_ID: '11111111-2222-3333-4444-555555555555', TEAMS_APP_CATALOG_ID: 'c0ffee00-1234-5678-9abc-def012345678' });
const actie: Actie = { id: 'pLmVrBxHn0ewYyZtCaWcKmUAEtNe', werkgroepId: 'grp-weert', titel: 'Format maken', trekkerId: 'u1', dueDate: '2026-12-03', status: 'open', etag: 'W/"x"' };
const vergadering = { id: 'AAMkAGI2TG93AAA=', werkgroepId: 'grp-weert', subject: 'Werkgroep', start: '2026-12-08T13:00:00Z', end: '2026-12-08T14:30:00Z', joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' };

/** The "open in Teams" links a card carries. */
function tabLinksOf(card: unknown): string[] {
  const found: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.OpenUrl' && typeof o.url === 'string' && o.url.includes('/l/entity/')) found.push(o.url);
      Object.values(o).forEach(walk);
    }
  };
  walk(JSON.parse(JSON.stringify(card)));
  return found;
}

describe('deep links in the cards', () => {
  it('use the org catalog id when it is set, else the manifest id', () => {
    expect(links.teamsAppId).toBe('c0ffee00-1234-5678-9abc-def012345678');
    expect(tabDeepLink(links)).toBe('https://teams.microsoft.com/l/entity/c0ffee00-1234-5678-9abc-def012345678/mijn-acties');
    expect(tabLinksFromSettings({ TEAMS_APP_ID: '11111111-2222-3333-4444-555555555555', TEAMS_APP_CATALOG_ID: ' ' }).teamsAppId).toBe('11111111-2222-3333-4444-555555555555');
  });

  it('every action card opens the tab at that action in its werkgroep', () => {
    const cards = [
      buildActionReminderCard({ kind: 'actie-bijna', actie, werkgroep: { id: 'grp-weert', naam: 'Weert' }, vergadering, workingDaysLeft: 2, daysOverdue: 0, handOverCandidates: [] }, links),
      buildActionDoneCard({ ...actie, status: 'klaar' }, 'Weert', undefined, links),
      buildSnoozedCard(actie, 'Weert', '2026-12-04', links),
      buildHandedOverCard(actie, 'Weert', undefined, links),
    ];
    for (const card of cards) {
      const [link] = tabLinksOf(card);
      expect(link).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\/c0ffee00-1234-5678-9abc-def012345678\/mijn-acties\?context=/);
      expect(subEntityIdOf(link!)).toBe('actie/pLmVrBxHn0ewYyZtCaWcKmUAEtNe/grp-weert');
      expect(parseTabRoute(subEntityIdOf(link!))).toEqual({ page: 'actie', actionId: actie.id, groupId: 'grp-weert' });
    }
  });

  it('the meeting card opens the tab at that meeting in its werkgroep', () => {
    const meeting: MeetingReminder = {
      key: 'k',
      kind: 'vergadering',
      recipient: { type: 'werkgroep', werkgroepId: 'grp-weert' },
      werkgroep: { id: 'grp-weert', naam: 'Weert' },
      vergadering,
      date: '2026-12-08',
      workingDaysUntil: 3,
      agenda: [],
      openActionsByOwner: [],
    };
    const [link] = tabLinksOf(buildMeetingCard(meeting, links));
    expect(parseTabRoute(subEntityIdOf(link!))).toEqual({ page: 'vergadering', vergaderingId: 'AAMkAGI2TG93AAA=', groupId: 'grp-weert' });
  });

  it('the weekly digest opens the MT view across werkgroepen', () => {
    const digest: DigestReminder = {
      key: 'digest:mt1:2026-11-30',
      kind: 'weekoverzicht',
      recipient: { type: 'user', userId: 'mt1' },
      weekOf: '2026-11-30',
      werkgroepen: [{ id: 'grp-weert', naam: 'Weert' }],
      resultaten: [],
      verbeterpunten: [
        {
          id: 'v1',
          werkgroepId: 'grp-weert',
          nr: 1,
          titel: 'Kernoverleggen',
          probleem: '',
          watWillenWeBereiken: '',
          acties: [
            { nr: 1, omschrijving: 'a', status: 'uitgevoerd' },
            { nr: 2, omschrijving: 'b', status: 'loopt' },
          ],
        } as unknown as DigestReminder['verbeterpunten'][number],
      ],
      overdueActions: [],
      changes: { completedActions: [], resultaten: [], verbeterActies: [] },
      unreachable: [],
    };
    const card = buildDigestCard(digest, links);
    // Plain words for how far a verbeterpunt is, not "1/2".
    expect(JSON.stringify(card)).toContain('1 van de 2 acties uitgevoerd');
    const [link] = tabLinksOf(card);
    expect(subEntityIdOf(link!)).toBe('mt-overzicht');
    expect(parseTabRoute(subEntityIdOf(link!))).toEqual({ page: 'mt-overzicht' });
  });
});
