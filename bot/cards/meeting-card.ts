import type { AdaptiveCard } from '@microsoft/teams.cards';
import type { MeetingReminder } from '../../src/workgroups/index.ts';
import { amsterdamClock, meetingRoute, toAmsterdamDate } from '../../src/workgroups/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { type TabLinks, tabDeepLink } from './deep-link.ts';
import { actionsOf, capped, card, dateNl, fact, heading, line, nextWorkingDayName, note, openUrl, section, user, userBold } from './elements.ts';
import { MAX_NAME, safeTeamsUrl } from './safe-text.ts';

const t = botText.vergadering;
const MAX_AGENDA = 15;
const MAX_ACTIONS = 20;

function titleFor(r: MeetingReminder, today: string | undefined): string {
  const day = r.workingDaysUntil <= 1 ? nextWorkingDayName(today, r.date) : undefined;
  return day ? t.titleNextWorkingDay(day) : t.title(Math.max(1, r.workingDaysUntil));
}

/**
 * To the werkgroep channel: date, Teams link, the agenda and the open actions per trekker.
 * `today` (Amsterdam date) lets the title say "morgen" only when the meeting is tomorrow.
 */
export function buildMeetingCard(r: MeetingReminder, links: TabLinks, today?: string): AdaptiveCard {
  const { vergadering } = r;
  const agenda = [...r.agenda].sort((a, b) => a.volgorde - b.volgorde);
  const owners = r.openActionsByOwner.flatMap((o) =>
    o.actions.map((a) => ({ owner: o.owner?.displayName ?? (o.ownerId ? o.ownerId : undefined), actie: a })),
  );
  return card(
    heading(titleFor(r, today)),
    line(userBold(r.werkgroep.naam)),
    fact(t.when, `${dateNl(toAmsterdamDate(vergadering.start))}, ${amsterdamClock(vergadering.start)}–${amsterdamClock(vergadering.end)}`),
    line(user(vergadering.subject)),
    section(
      t.agenda,
      ...(agenda.length === 0
        ? [note(t.noAgenda)]
        : capped(agenda, MAX_AGENDA, (a) => line(`${a.volgorde}. `, user(a.titel)), t.more)),
    ),
    section(
      t.openActions,
      ...(owners.length === 0
        ? [note(t.noOpenActions)]
        : capped(
            owners,
            MAX_ACTIONS,
            (o) =>
              line(
                o.owner ? user(o.owner, MAX_NAME) : t.noOwner,
                ': ',
                user(o.actie.titel),
                o.actie.dueDate ? ` (${t.due} ${dateNl(o.actie.dueDate)})` : '',
              ),
            t.more,
          )),
    ),
    actionsOf(openUrl(t.join, safeTeamsUrl(vergadering.joinUrl)), openUrl(t.openTab, tabDeepLink(links, meetingRoute(vergadering.id, r.werkgroep.id)))),
  );
}
