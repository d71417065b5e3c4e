import type { App } from '@microsoft/teams.apps';
import type { AdaptiveCard } from '@microsoft/teams.cards';
import { z } from 'zod';
import { AppError, describeError, messageFor } from '../../src/text/index.ts';
import {
  canActOnAction,
  daysBetween,
  handOverAction,
  snoozeAction,
  toAmsterdamDate,
  workingDaysBetween,
  type Actie,
  type CalendarOptions,
} from '../../src/workgroups/index.ts';
import {
  VERBS,
  buildActionDoneCard,
  buildActionReminderCard,
  buildConflictCard,
  buildErrorCard,
  buildHandedOverCard,
  buildRefusalCard,
  buildSettingsSavedCard,
  buildSnoozedCard,
  describeActionChanges,
  type ActionCardInput,
} from '../cards/index.ts';
import type { ActionContext, BotDeps } from '../ports.ts';
import { settingsInput, toPreferences, toSettingsView } from './settings.ts';

const id = z.string().min(1).max(300);
const refInput = z.object({
  actieId: id,
  werkgroepId: id,
  etag: z.string().max(500).optional(),
  seen: z
    .object({
      titel: z.string().max(1000),
      dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      trekkerId: z.string().max(300).optional(),
      status: z.enum(['open', 'klaar']),
    })
    .optional(),
});
const laterInput = refInput.extend({ dagen: z.enum(['1', '3', '5']) });
const handOverInput = refInput.extend({ naar: id });

type CardResponse = { statusCode: 200; type: 'application/vnd.microsoft.card.adaptive'; value: AdaptiveCard };
const respond = (card: AdaptiveCard): CardResponse => ({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card });
const errorCard = (error: unknown): AdaptiveCard => buildErrorCard(describeError(error));

/** The version the user saw on the card: the If-Match base for the update. */
function baseFrom(current: Actie, ref: z.infer<typeof refInput>): Actie {
  if (!ref.seen) return current;
  const base: Actie = { ...current, titel: ref.seen.titel, status: ref.seen.status };
  delete base.dueDate;
  delete base.trekkerId;
  if (ref.seen.dueDate) base.dueDate = ref.seen.dueDate;
  if (ref.seen.trekkerId) base.trekkerId = ref.seen.trekkerId;
  if (ref.etag) base.etag = ref.etag;
  else delete base.etag;
  return base;
}

/** A fresh reminder card for the server's version, so the user can act again after a conflict. */
function freshCardInput(ctx: ActionContext, actie: Actie, today: string, calendar: CalendarOptions): ActionCardInput {
  const due = actie.dueDate ?? today;
  const kind = due === today ? 'actie-vandaag' : due < today ? 'actie-verlopen' : 'actie-bijna';
  const input: ActionCardInput = {
    kind,
    actie,
    werkgroep: { id: ctx.werkgroep.id, naam: ctx.werkgroep.naam },
    workingDaysLeft: due > today ? workingDaysBetween(today, due, calendar) : 0,
    daysOverdue: due < today ? daysBetween(due, today) : 0,
    handOverCandidates: ctx.members.filter((m) => m.id !== actie.trekkerId),
  };
  if (ctx.vergadering) input.vergadering = ctx.vergadering;
  return input;
}

function conflictOf(error: unknown): Actie | undefined {
  if (error instanceof AppError && error.code === 'GRAPH.CONFLICT' && 'server' in error) return (error as AppError & { server: Actie }).server;
  return undefined;
}

export function registerCardActionHandlers(app: App, deps: BotDeps, options: { calendar?: CalendarOptions } = {}): void {
  const calendar = options.calendar ?? {};

  async function onActionVerb(verb: string, data: unknown, userId: string | undefined): Promise<AdaptiveCard> {
    const schema = verb === VERBS.later ? laterInput : verb === VERBS.handOver ? handOverInput : refInput;
    const parsed = schema.safeParse(data);
    if (!parsed.success) return buildErrorCard(messageFor('BOT.CARD_INVALID'));
    const ref = parsed.data;
    let ctx: ActionContext;
    try {
      ctx = await deps.workgroups.loadAction({ werkgroepId: ref.werkgroepId, actieId: ref.actieId });
    } catch (error) {
      if (error instanceof AppError && error.code === 'GRAPH.NOT_FOUND') return buildErrorCard(messageFor('BOT.ACTION_NOT_FOUND'));
      throw error;
    }
    // Judged on the current version: a trekker who handed the action over may no longer change it.
    if (!userId || !canActOnAction(userId, ctx.actie, ctx.werkgroep)) {
      deps.log.info({ verb, actieId: ref.actieId, werkgroepId: ref.werkgroepId }, 'card action refused');
      return buildRefusalCard();
    }
    const now = deps.clock.now();
    const today = toAmsterdamDate(now);
    const base = baseFrom(ctx.actie, ref);
    const memberById = (mid: string | undefined) => ctx.members.find((m) => m.id === mid);
    try {
      if (verb === VERBS.done) {
        const done = await deps.workgroups.completeAction(ref.werkgroepId, base);
        deps.log.info({ verb, actieId: ref.actieId }, 'action completed');
        const card = buildActionDoneCard(done, ctx.werkgroep.naam, memberById(done.trekkerId), deps.links);
        const others = describeActionChanges(base, done, ctx.members).filter((c) => c.field !== 'status');
        return others.length > 0 ? buildConflictCard(others, card) : card;
      }
      if (verb === VERBS.later) {
        const snooze = snoozeAction(ctx.actie, Number((ref as z.infer<typeof laterInput>).dagen) as 1 | 3 | 5, now, calendar);
        await deps.store.saveSnooze({ ...snooze, createdAt: now });
        deps.log.info({ verb, actieId: ref.actieId, until: snooze.until }, 'action snoozed');
        return buildSnoozedCard(ctx.actie, ctx.werkgroep.naam, snooze.until, deps.links);
      }
      const to = (ref as z.infer<typeof handOverInput>).naar;
      handOverAction(ctx.actie, to, ctx.werkgroep);
      const moved = await deps.workgroups.handOverAction(ref.werkgroepId, base, to);
      deps.log.info({ verb, actieId: ref.actieId }, 'action handed over');
      return buildHandedOverCard(moved, ctx.werkgroep.naam, memberById(to), deps.links);
    } catch (error) {
      const server = conflictOf(error);
      if (server) {
        deps.log.info({ verb, actieId: ref.actieId }, 'card action conflict');
        const changes = describeActionChanges(base, server, ctx.members);
        return buildConflictCard(changes, buildActionReminderCard(freshCardInput(ctx, server, today, calendar), deps.links));
      }
      throw error;
    }
  }

  app.on('card.action', async ({ activity }) => {
    const action = activity.value?.action;
    const verb = action?.verb ?? '';
    const userId = activity.from?.aadObjectId;
    try {
      if (verb === VERBS.done || verb === VERBS.later || verb === VERBS.handOver) {
        return respond(await onActionVerb(verb, action?.data, userId));
      }
      if (verb === VERBS.saveSettings && userId) {
        const parsed = settingsInput.safeParse(action?.data ?? {});
        const prefs = parsed.success ? toPreferences(userId, parsed.data, deps.clock.now()) : undefined;
        if (!prefs) return respond(buildErrorCard(messageFor('BOT.INVALID_TIME')));
        await deps.store.savePreferences(prefs);
        return respond(buildSettingsSavedCard(toSettingsView(prefs)));
      }
      return respond(buildErrorCard(messageFor('BOT.CARD_INVALID')));
    } catch (error) {
      deps.log.warn({ verb, code: error instanceof AppError ? error.code : 'UNKNOWN' }, 'card action failed');
      return respond(errorCard(error));
    }
  });
}
