import type { Reminder } from '../../src/workgroups/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { buildActionReminderCard, buildDigestCard, buildMeetingCard, type TabLinks } from '../cards/index.ts';
import type { OutgoingCard } from '../proactive.ts';

/** The card for a reminder, and a summary with its kind only (no titles or names, so it is safe to log). */
export function cardForReminder(r: Reminder, links: TabLinks): OutgoingCard {
  const summary = botText.dryRun.kind[r.kind];
  switch (r.kind) {
    case 'actie-bijna':
    case 'actie-vandaag':
    case 'actie-verlopen':
      return {
        summary,
        card: buildActionReminderCard(
          {
            kind: r.kind,
            actie: r.actie,
            werkgroep: r.werkgroep,
            workingDaysLeft: r.workingDaysLeft,
            daysOverdue: r.daysOverdue,
            handOverCandidates: r.handOverCandidates,
            ...(r.vergadering ? { vergadering: r.vergadering } : {}),
          },
          links,
        ),
      };
    case 'vergadering':
      return { summary, card: buildMeetingCard(r, links) };
    case 'weekoverzicht':
      return { summary, card: buildDigestCard(r, links) };
  }
}
