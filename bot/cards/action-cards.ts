import { type AdaptiveCard, ChoiceSetInput, Choice, ExecuteAction, ShowCardAction } from '@microsoft/teams.cards';
import type { ActionReminder, Actie, Member, Vergadering } from '../../src/workgroups/index.ts';
import { actionRoute, toAmsterdamDate } from '../../src/workgroups/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { type TabLinks, tabDeepLink } from './deep-link.ts';
import { actionsOf, card, dateNl, fact, heading, line, nextWorkingDayName, note, openUrl, user, userBold } from './elements.ts';
import { MAX_NAME, safeTeamsUrl, safeText } from './safe-text.ts';
import { VERBS, type ActionRefData } from './verbs.ts';

const t = botText.actie;

export interface ActionCardInput {
  kind: ActionReminder['kind'];
  actie: Actie;
  werkgroep: { id: string; naam: string };
  vergadering?: Vergadering;
  workingDaysLeft: number;
  daysOverdue: number;
  handOverCandidates: readonly Member[];
  /** Amsterdam date the card is made on: "morgen" only when the due date is tomorrow. */
  today?: string;
}

function refData(actie: Actie): ActionRefData {
  const seen: NonNullable<ActionRefData['seen']> = { titel: safeText(actie.titel), status: actie.status };
  if (actie.dueDate) seen.dueDate = actie.dueDate;
  if (actie.trekkerId) seen.trekkerId = actie.trekkerId;
  const data: ActionRefData = { actieId: actie.id, werkgroepId: actie.werkgroepId, seen };
  if (actie.etag) data.etag = actie.etag;
  return data;
}

function titleFor(input: ActionCardInput): string {
  if (input.kind === 'actie-vandaag') return t.dueToday;
  if (input.kind === 'actie-verlopen') return t.overdue(Math.max(1, input.daysOverdue));
  const day = input.workingDaysLeft <= 1 ? nextWorkingDayName(input.today, input.actie.dueDate) : undefined;
  return day ? t.dueNextWorkingDay(day) : t.dueSoon(Math.max(1, input.workingDaysLeft));
}

/** The reminder to a trekker: what, where, when, and the three buttons. */
export function buildActionReminderCard(input: ActionCardInput, links: TabLinks): AdaptiveCard {
  const { actie, werkgroep, vergadering } = input;
  const data = refData(actie);
  const later = new ShowCardAction({ title: t.later }).withCard(
    card(
      new ChoiceSetInput(...[1, 3, 5].map((n) => new Choice({ title: t.laterChoice(n), value: String(n) })))
        .withId('dagen')
        .withLabel(t.laterHint)
        .withValue('1')
        .withStyle('expanded')
        .withIsRequired(true)
        .withErrorMessage(t.laterRequired),
      actionsOf(new ExecuteAction({ title: t.laterConfirm, verb: VERBS.later, data: { ...data } })),
    ),
  );
  const candidates = input.handOverCandidates.filter((m) => m.id !== actie.trekkerId);
  const handOver = new ShowCardAction({ title: t.handOver }).withCard(
    candidates.length === 0
      ? card(note(t.noCandidates, false))
      : card(
          // Choice titles are plain text in Teams; names are still cleaned like every user string.
          new ChoiceSetInput(...candidates.map((m) => new Choice({ title: safeText(m.displayName, MAX_NAME) || m.id, value: m.id })))
            .withId('naar')
            .withLabel(t.handOverHint)
            .withIsRequired(true)
            .withErrorMessage(t.handOverRequired),
          actionsOf(new ExecuteAction({ title: t.handOverConfirm, verb: VERBS.handOver, data: { ...data } })),
        ),
  );
  return card(
    heading(titleFor(input)),
    line(userBold(actie.titel)),
    fact(t.werkgroep, user(werkgroep.naam)),
    fact(t.deadline, dateNl(input.actie.dueDate)),
    vergadering ? fact(t.fromMeeting, dateNl(toAmsterdamDate(vergadering.start)), ': ', user(vergadering.subject)) : undefined,
    actionsOf(
      new ExecuteAction({ title: t.done, verb: VERBS.done, data: { ...data }, style: 'positive' }),
      later,
      handOver,
    ),
    actionsOf(openUrl(t.openMeeting, safeTeamsUrl(vergadering?.joinUrl)), openUrl(t.openTab, tabDeepLink(links, actionRoute(actie.id, actie.werkgroepId)))),
  );
}

const r = botText.result;

function statusText(status: Actie['status']): string {
  return status === 'klaar' ? r.statusKlaar : r.statusOpen;
}

function actionSummary(actie: Actie, werkgroepNaam: string, trekker: Member | undefined) {
  return [
    line(userBold(actie.titel)),
    fact(t.werkgroep, user(werkgroepNaam)),
    fact(t.deadline, dateNl(actie.dueDate)),
    fact(t.trekker, trekker ? user(trekker.displayName, MAX_NAME) : r.nobody),
  ];
}

export function buildActionDoneCard(
  actie: Actie,
  werkgroepNaam: string,
  trekker: Member | undefined,
  links: TabLinks,
  options: { alreadyDone?: boolean } = {},
): AdaptiveCard {
  return card(
    heading(r.doneTitle),
    options.alreadyDone ? note(r.alreadyDone, false) : undefined,
    ...actionSummary(actie, werkgroepNaam, trekker),
    fact(r.doneBy, dateNl(actie.completedAt ? toAmsterdamDate(actie.completedAt) : undefined)),
    actionsOf(openUrl(t.openTab, tabDeepLink(links, actionRoute(actie.id, actie.werkgroepId)))),
  );
}

export function buildSnoozedCard(actie: Actie, werkgroepNaam: string, until: string, links: TabLinks): AdaptiveCard {
  return card(
    heading(r.snoozedTitle),
    line(userBold(actie.titel)),
    fact(t.werkgroep, user(werkgroepNaam)),
    fact(r.snoozedUntil, dateNl(until)),
    actionsOf(openUrl(t.openTab, tabDeepLink(links, actionRoute(actie.id, actie.werkgroepId)))),
  );
}

/** After a handover: who holds the action now (`to`, the trekker Planner reports) and who else stays assigned. */
export function buildHandedOverCard(actie: Actie, werkgroepNaam: string, to: Member | undefined, links: TabLinks, alsoAssigned: readonly Member[] = []): AdaptiveCard {
  return card(
    heading(r.handedOverTitle),
    line(userBold(actie.titel)),
    fact(t.werkgroep, user(werkgroepNaam)),
    fact(r.handedOverTo, to ? user(to.displayName, MAX_NAME) : r.nobody),
    alsoAssigned.length > 0 ? fact(r.alsoAssigned, user(alsoAssigned.map((m) => safeText(m.displayName, MAX_NAME) || m.id).join(', '))) : undefined,
    fact(t.deadline, dateNl(actie.dueDate)),
    actionsOf(openUrl(t.openTab, tabDeepLink(links, actionRoute(actie.id, actie.werkgroepId)))),
  );
}

export interface ActionChange {
  field: 'titel' | 'dueDate' | 'trekker' | 'status';
  before: string;
  after: string;
}

/** What differs between the version on the card and the version in Planner now, in words. */
export function describeActionChanges(before: Actie, after: Actie, members: readonly Member[]): ActionChange[] {
  const name = (id: string | undefined) => (id ? (members.find((m) => m.id === id)?.displayName ?? id) : r.nobody);
  const out: ActionChange[] = [];
  if (safeText(before.titel) !== safeText(after.titel)) out.push({ field: 'titel', before: before.titel, after: after.titel });
  if (before.dueDate !== after.dueDate) out.push({ field: 'dueDate', before: dateNl(before.dueDate), after: dateNl(after.dueDate) });
  if (before.trekkerId !== after.trekkerId) out.push({ field: 'trekker', before: name(before.trekkerId), after: name(after.trekkerId) });
  if (before.status !== after.status) out.push({ field: 'status', before: statusText(before.status), after: statusText(after.status) });
  return out;
}

const changeLabel: Record<ActionChange['field'], string> = {
  titel: r.changedTitle,
  dueDate: r.changedDeadline,
  trekker: r.changedTrekker,
  status: r.changedStatus,
};

/**
 * A 412 from Planner: show what changed, then the fresh card so the user can act again on the new version.
 * With `applied`, the user's change did go through and the list shows what someone else changed besides.
 */
export function buildConflictCard(changes: readonly ActionChange[], refreshed: AdaptiveCard, options: { applied?: boolean } = {}): AdaptiveCard {
  return card(
    heading(r.conflictTitle),
    note(options.applied ? r.appliedWithChangesIntro : r.conflictIntro, false),
    ...changes.map((c) => line(`${changeLabel[c.field]}: `, user(c.before), ' → ', user(c.after))),
    ...refreshed.body,
  );
}

export function buildRefusalCard(): AdaptiveCard {
  return card(heading(r.refusedTitle), note(r.refusedBody, false));
}

/** Any failure: our Dutch message for the error code (never the technical cause). */
export function buildErrorCard(message: string): AdaptiveCard {
  return card(heading(r.errorTitle), note(message, false));
}
