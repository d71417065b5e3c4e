import type { Reminder } from '../../src/workgroups/index.ts';
import { toAmsterdamDate } from '../../src/workgroups/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { buildActionReminderCard, buildDigestCard, buildMeetingCard, safeText, type TabLinks } from '../cards/index.ts';
import type { OutgoingCard } from '../proactive.ts';

const PREVIEW_MAX = 80;

/**
 * The card for a reminder; `summary` names its kind only (no titles or names, so it is safe to log), and
 * `preview` is the line Teams shows in the chat list and the notification.
 * `now` lets the card say "morgen" only when the day is really tomorrow.
 */
export function cardForReminder(r: Reminder, links: TabLinks, now?: string): OutgoingCard {
  const summary = botText.dryRun.kind[r.kind];
  const today = now ? toAmsterdamDate(now) : undefined;
  const p = botText.summary;
  switch (r.kind) {
    case 'actie-bijna':
    case 'actie-vandaag':
    case 'actie-verlopen':
      return {
        summary,
        preview: safeText(p[r.kind](safeText(r.actie.titel)), PREVIEW_MAX),
        card: buildActionReminderCard(
          {
            kind: r.kind,
            actie: r.actie,
            werkgroep: r.werkgroep,
            workingDaysLeft: r.workingDaysLeft,
            daysOverdue: r.daysOverdue,
            handOverCandidates: r.handOverCandidates,
            ...(r.vergadering ? { vergadering: r.vergadering } : {}),
            ...(today ? { today } : {}),
          },
          links,
        ),
      };
    case 'vergadering':
      return { summary, preview: safeText(p.vergadering(safeText(r.werkgroep.naam)), PREVIEW_MAX), card: buildMeetingCard(r, links, today) };
    case 'weekoverzicht':
      return { summary, preview: p.weekoverzicht, card: buildDigestCard(r, links) };
  }
}
