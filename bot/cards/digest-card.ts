import type { AdaptiveCard } from '@microsoft/teams.cards';
import { MT_OVERZICHT_ROUTE, type DigestReminder } from '../../src/workgroups/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { resultaatStatusLabel, verbeterActieStatusLabel } from '../../src/text/ui-workgroups.ts';
import { type TabLinks, tabDeepLink } from './deep-link.ts';
import { actionsOf, capped, card, dateNl, fact, heading, line, note, openUrl, section, user } from './elements.ts';
import { MAX_NAME } from './safe-text.ts';

const t = botText.weekoverzicht;
const MAX = 10;

/** The weekly MT digest: results and verbeterpunten with status, overdue actions, changes, unreachable members. */
export function buildDigestCard(r: DigestReminder, links: TabLinks): AdaptiveCard {
  const werkgroepNaam = new Map(r.werkgroepen.map((w) => [w.id, w.naam]));
  const changes = [
    ...r.changes.completedActions.map((a) => line(`${t.completed}: `, user(a.titel))),
    ...r.changes.resultaten.map((c) =>
      line(`${t.statusChanged}: `, user(c.resultaat.titel), ` (${resultaatStatusLabel[c.from]} → ${resultaatStatusLabel[c.to]})`),
    ),
    ...r.changes.verbeterActies.map((c) =>
      line(
        `${t.statusChanged}: `,
        user(c.verbeterpunt.titel),
        ' – ',
        user(c.actie.omschrijving),
        ` (${verbeterActieStatusLabel[c.from]} → ${verbeterActieStatusLabel[c.to]})`,
      ),
    ),
  ];
  return card(
    heading(t.title),
    fact(t.weekOf, dateNl(r.weekOf)),
    fact(t.werkgroepen, ...r.werkgroepen.flatMap((w, i) => (i === 0 ? [user(w.naam)] : [', ', user(w.naam)]))),
    section(
      t.resultaten,
      ...(r.resultaten.length === 0
        ? [note(t.noResultaten)]
        : capped(r.resultaten, MAX, (x) => line(`${x.nr}. `, user(x.titel), ` – ${resultaatStatusLabel[x.status]}`), t.more)),
    ),
    r.verbeterpunten.length > 0
      ? section(
          t.verbeterpunten,
          ...capped(
            r.verbeterpunten,
            MAX,
            (v) => {
              const done = v.acties.filter((a) => a.status === 'uitgevoerd' || a.status === 'onderdeel bedrijfsvoering').length;
              return line(`${v.nr}. `, user(v.titel), ` – ${t.verbeterStatus(done, v.acties.length)}`);
            },
            t.more,
          ),
        )
      : undefined,
    section(
      t.overdue,
      ...(r.overdueActions.length === 0
        ? [note(t.noOverdue)]
        : capped(
            r.overdueActions,
            MAX,
            (a) => line(user(a.titel), ' – ', user(werkgroepNaam.get(a.werkgroepId) ?? ''), ` (${t.due} ${dateNl(a.dueDate)})`),
            t.more,
          )),
    ),
    section(t.changes, ...(changes.length === 0 ? [note(t.noChanges)] : capped(changes, MAX, (c) => c, t.more))),
    r.unreachable.length > 0
      ? section(
          t.unreachable,
          note(t.unreachableHint),
          ...capped(r.unreachable, MAX, (m) => line(user(m.displayName, MAX_NAME)), t.more),
        )
      : undefined,
    // The button opens the MT view across werkgroepen, the same things this card lists, kept up to date.
    actionsOf(openUrl(t.openTab, tabDeepLink(links, MT_OVERZICHT_ROUTE))),
  );
}
