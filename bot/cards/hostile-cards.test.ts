// 60 hostile strings in task titles, names, werkgroep names, agenda items and results: in every card they
// appear only as plain TextRuns or choice titles (never in Markdown-rendering TextBlocks), cleaned of control
// and bidi characters, bounded in length, and never as a link.
import { describe, expect, it } from 'vitest';
import {
  buildActionDoneCard,
  buildActionReminderCard,
  buildConflictCard,
  buildDigestCard,
  buildHandedOverCard,
  buildMeetingCard,
  buildMyActionsCard,
  buildSnoozedCard,
  describeActionChanges,
  safeText,
} from './index.ts';
import type { Actie, DigestReminder, MeetingReminder, Member } from '../../src/workgroups/index.ts';

const RAW = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b>vet</b> en <i>schuin</i>',
  '[klik hier](https://evil.example.com)',
  '[x](javascript:alert(1))',
  '![img](https://evil.example.com/a.png)',
  '**vet** _schuin_ ~~door~~',
  '# Kop',
  '> citaat',
  '- lijst\n- lijst',
  '1. een\n2. twee',
  '`code` en ```blok```',
  '| a | b |\n|---|---|',
  '<at>Iedereen</at>',
  '&lt;script&gt; &amp; &#x3C;',
  '\u202Egnp.exe',
  '\u2066isolaat\u2069 \u200F rtl-mark',
  'a\u200Bb\u200Cc\u200Dd\uFEFF',
  'x'.repeat(10_000),
  'woord '.repeat(2000),
  '😀🎉👩‍👩‍👧‍👦🇳🇱',
  'nul\u0000byte',
  'bel\u0007 esc\u001b[31mrood',
  'regel\r\nnieuw\tkolom',
  '\uD800 eenzaam surrogaat',
  '\uDC00 ook eenzaam',
  "'; DROP TABLE ledger; --",
  '{{titel}} ${process.env.CLIENT_SECRET} $data',
  '"}],"actions":[{"type":"Action.OpenUrl","url":"https://evil"}]',
  '\\" \\\\ \\n',
  'javascript:alert(1)',
  'data:text/html,<h1>x</h1>',
  'https://evil.example.com/phish',
  'mailto:ceo@example.com',
  'e\u0301e\u0301 combinerend',
  'مرحبا بالعالم',
  'שלום עולם',
  '你好世界',
  'Ωμέγα',
  '\u00AD zacht afbreekstreepje',
  '   spaties   rondom   ',
  '',
  ' ',
  '\n\n\n',
  'null',
  'undefined',
  '<style>*{display:none}</style>',
  '<iframe src="https://evil"></iframe>',
  '<a href="https://evil">link</a>',
  '<svg onload=alert(1)>',
  '%3Cscript%3E',
  '\u0085 next line \u2028 line sep \u2029 para',
  '＜script＞ fullwidth',
  '🙂'.repeat(500),
  'A\u0000'.repeat(300),
  'Taak met _onderstreping_ en *ster*',
  '@channel @everyone',
  '<at id="0">Bot</at>',
  '\u180E mongools',
  'Normale titel: stukken rondsturen',
];

const HOSTILE = RAW.map((s, i) => `H${String(i).padStart(2, '0')}:${s}`);
expect(HOSTILE).toHaveLength(60);

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u200B]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const links = { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' };

interface Node {
  type?: string;
  text?: string;
  title?: string;
  url?: string;
}

function nodes(card: unknown): Node[] {
  const out: Node[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    out.push(n as Node);
    Object.values(n).forEach(walk);
  };
  walk(card);
  return out;
}

function checkCard(card: unknown, used: readonly string[]): void {
  const json = JSON.stringify(card);
  // Teams refuses messages over about 28 KB.
  expect(json.length).toBeLessThan(28_000);
  const all = nodes(JSON.parse(json));
  for (const n of all) {
    if (n.type === 'TextBlock') expect(n.text, 'user text in a Markdown TextBlock').not.toMatch(/H\d\d:/);
    for (const value of [n.text, n.title]) {
      if (typeof value !== 'string') continue;
      expect(value, 'control or bidi character').not.toMatch(FORBIDDEN);
      if (/H\d\d:/.test(value)) {
        expect(['TextRun', 'Action.ShowCard', undefined]).toContain(n.type === undefined ? undefined : n.type === 'TextRun' ? 'TextRun' : n.type);
        expect(Array.from(value).length).toBeLessThanOrEqual(200);
      }
    }
    if (typeof n.url === 'string') {
      expect(n.url.startsWith('https://')).toBe(true);
      expect(n.url).not.toContain('evil');
    }
  }
  // Every hostile string used shows up, cleaned, as text: nothing is lost silently.
  const texts = all.flatMap((n) => [n.text, n.title]).filter((t): t is string => typeof t === 'string');
  for (const h of used) {
    const clean = safeText(h);
    const prefix = clean.slice(0, 3);
    expect(texts.some((t) => t.includes(prefix)), `missing ${prefix}`).toBe(true);
  }
}

function member(i: number): Member {
  return { id: `user-${i}`, displayName: HOSTILE[i]! };
}

function actie(i: number): Actie {
  return { id: `task-${i}`, werkgroepId: 'g1', titel: HOSTILE[i]!, trekkerId: `user-${(i + 1) % 60}`, dueDate: '2026-12-03', status: 'open', etag: 'W/"x"' };
}

describe('hostile strings render as text in every card', () => {
  for (let i = 0; i < HOSTILE.length; i++) {
    it(`string ${i}`, () => {
      const h = HOSTILE[i]!;
      const a = actie(i);
      const members = [member(i), member((i + 1) % 60), member((i + 2) % 60)];
      const vergadering = { id: 'ev1', werkgroepId: 'g1', subject: h, start: '2026-12-08T13:00:00Z', end: '2026-12-08T14:30:00Z', joinUrl: i % 2 ? 'javascript:alert(1)' : 'https://evil.example.com/join' };
      const reminder = buildActionReminderCard(
        { kind: 'actie-bijna', actie: a, werkgroep: { id: 'g1', naam: h }, vergadering, workingDaysLeft: 2, daysOverdue: 0, handOverCandidates: members },
        links,
      );
      checkCard(reminder, [h]);
      checkCard(buildActionDoneCard({ ...a, status: 'klaar', completedAt: '2026-12-01T09:00:00Z' }, h, members[0], links), [h]);
      checkCard(buildSnoozedCard(a, h, '2026-12-04', links), [h]);
      checkCard(buildHandedOverCard(a, h, members[0], links), [h]);
      const changed = describeActionChanges(a, { ...a, titel: HOSTILE[(i + 7) % 60]!, trekkerId: 'user-2' }, members);
      checkCard(buildConflictCard(changed, reminder), [h]);
      const meeting: MeetingReminder = {
        key: 'k',
        kind: 'vergadering',
        recipient: { type: 'werkgroep', werkgroepId: 'g1' },
        werkgroep: { id: 'g1', naam: h },
        vergadering,
        date: '2026-12-08',
        workingDaysUntil: 3,
        agenda: [{ id: 'ap1', werkgroepId: 'g1', vergaderingId: 'ev1', titel: h, volgorde: 1 }],
        openActionsByOwner: [{ ownerId: 'user-1', owner: member(i), actions: [a] }],
      };
      checkCard(buildMeetingCard(meeting, links), [h]);
      const digest: DigestReminder = {
        key: 'd',
        kind: 'weekoverzicht',
        recipient: { type: 'user', userId: 'mt' },
        weekOf: '2026-11-30',
        werkgroepen: [{ id: 'g1', naam: h }],
        resultaten: [
          { id: 'r1', werkgroepId: 'g1', nr: 1, titel: h, doel: h, doelgroep: [h], watIsErGebeurd: h, methode: h, doorlooptijd: {}, capaciteit: h, verankering: h, status: 'loopt' },
        ],
        verbeterpunten: [{ id: 'v1', werkgroepId: 'g1', nr: 1, titel: h, probleem: [h], watWillenWeBereiken: [h], acties: [{ nr: 1, omschrijving: h, status: 'loopt' }] }],
        overdueActions: [a],
        changes: { completedActions: [a], resultaten: [], verbeterActies: [] },
        unreachable: [member(i)],
      };
      checkCard(buildDigestCard(digest, links), [h]);
      checkCard(buildMyActionsCard([{ actie: a, werkgroepNaam: h, late: true }], links), [h]);
    });
  }

  it('keeps the data a card sends back small and free of raw user text', () => {
    const card = buildActionReminderCard(
      { kind: 'actie-vandaag', actie: actie(18), werkgroep: { id: 'g1', naam: 'W' }, workingDaysLeft: 0, daysOverdue: 0, handOverCandidates: [member(1)] },
      links,
    );
    const data = nodes(card).filter((n) => n.type === 'Action.Execute');
    expect(data.length).toBeGreaterThanOrEqual(3);
    for (const d of data) expect(JSON.stringify(d).length).toBeLessThan(1000);
  });
});
