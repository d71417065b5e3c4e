import type { App } from '@microsoft/teams.apps';
import type { AdaptiveCard } from '@microsoft/teams.cards';
import { z } from 'zod';
import { isOpsteller } from '../../src/participation/index.ts';
import { AppError, describeError, messageFor } from '../../src/text/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import {
  actionCardKind,
  assigneesOf,
  canActOnAction,
  daysBetween,
  handOverAction,
  handOverFrom,
  resolvePolicy,
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
  buildEvaluationSavedCard,
  buildHandedOverCard,
  buildRefusalCard,
  buildTrajectDoneCard,
  buildTrajectRefusalCard,
  buildSettingsCard,
  buildSettingsSavedCard,
  buildSnoozedCard,
  describeActionChanges,
  safeText,
  type ActionCardInput,
} from '../cards/index.ts';
import type { ActionContext, BotDeps } from '../ports.ts';
import { readSettingsForm, toSettingsView } from './settings.ts';

const id = z.string().min(1).max(300);
// A Planner ETag as Planner sends it (a weak entity tag, RFC 9110 etagc characters). Anything else, and
// above all `*`, would let a card write without the If-Match check.
const etag = z.string().max(500).regex(/^W\/"[\x21\x23-\x7e]+"$/);
const refInput = z.object({
  actieId: id,
  werkgroepId: id,
  etag: etag.optional(),
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
const trajectInput = z.object({ documentId: id });
const evaluationInput = trajectInput.extend({ gehoord: z.enum(['ja', 'deels', 'nee']), anders: z.string().max(4000).optional() });

type CardResponse = { statusCode: 200; type: 'application/vnd.microsoft.card.adaptive'; value: AdaptiveCard };
const respond = (card: AdaptiveCard): CardResponse => ({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card });
const errorCard = (error: unknown): AdaptiveCard => buildErrorCard(describeError(error));

/**
 * A click that was not (surely) saved: HTTP 500 with the Universal Actions error response, its message in
 * Dutch, so neither Teams nor the user takes it for a success.
 * https://learn.microsoft.com/en-us/adaptive-cards/authoring-cards/universal-action-model#response-format
 */
export interface NotSavedResponse {
  status: 500;
  body: { statusCode: 500; type: 'application/vnd.microsoft.error'; value: { code: string; message: string; innerHttpError: { statusCode: number; body: null } } };
}
export function notSaved(code: 'BOT.NOT_SAVED' | 'BOT.SHUTTING_DOWN'): NotSavedResponse {
  return {
    status: 500,
    body: { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code, message: messageFor(code), innerHttpError: { statusCode: 500, body: null } } },
  };
}

/**
 * The answer for a request still running when the bot stops (NodeHttpAdapter.stop): for a card click,
 * that it may not have been saved; anything else just gets 503.
 */
export function answerWhenStopped(activity: unknown): { status: number; body: unknown } {
  const a = (activity ?? {}) as { type?: unknown; name?: unknown };
  if (a.type === 'invoke' && a.name === 'adaptiveCard/action') return notSaved('BOT.SHUTTING_DOWN');
  return { status: 503, body: { error: 'Shutting down' } };
}

/** Failures that are an answer to the click (not allowed, already done, not a member): said with 200. */
function isAnswer(error: unknown): boolean {
  return error instanceof AppError && (error.code.startsWith('WORKGROUPS.') || error.code.startsWith('BOT.'));
}

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
  const input: ActionCardInput = {
    kind: actionCardKind(actie, today, resolvePolicy({ calendar })),
    actie,
    werkgroep: { id: ctx.werkgroep.id, naam: ctx.werkgroep.naam },
    workingDaysLeft: due > today ? workingDaysBetween(today, due, calendar) : 0,
    daysOverdue: due < today ? daysBetween(due, today) : 0,
    handOverCandidates: ctx.members.filter((m) => m.id !== actie.trekkerId),
    today,
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
    if (!userId) return buildRefusalCard();
    let ctx: ActionContext;
    try {
      // Throws WRONG_WERKGROEP unless the task is in the plan of the werkgroep the card names, and that
      // werkgroep is one the bot serves: so the rights below are judged against the task's real werkgroep.
      ctx = await deps.workgroups.loadAction({ werkgroepId: ref.werkgroepId, actieId: ref.actieId });
    } catch (error) {
      if (error instanceof AppError && error.code === 'GRAPH.NOT_FOUND') return buildErrorCard(messageFor('BOT.ACTION_NOT_FOUND'));
      if (error instanceof AppError && error.code === 'WORKGROUPS.WRONG_WERKGROEP') {
        deps.log.warn({ verb, actieId: ref.actieId, werkgroepId: ref.werkgroepId }, 'card action refused: task not in that werkgroep');
        return buildRefusalCard();
      }
      throw error;
    }
    // Judged on the current version: a trekker who handed the action over may no longer change it.
    if (ctx.werkgroep.id !== ref.werkgroepId || !canActOnAction(userId, ctx.actie, ctx.werkgroep)) {
      deps.log.info({ verb, actieId: ref.actieId, werkgroepId: ref.werkgroepId }, 'card action refused');
      return buildRefusalCard();
    }
    const now = deps.clock.now();
    const today = toAmsterdamDate(now);
    const base = baseFrom(ctx.actie, ref);
    const memberById = (mid: string | undefined) => ctx.members.find((m) => m.id === mid);
    try {
      if (verb === VERBS.done) {
        // A second click, or a retry after a lost answer: done already, so nothing is written again.
        if (ctx.actie.status === 'klaar') {
          deps.log.info({ verb, actieId: ref.actieId }, 'action already completed');
          return buildActionDoneCard(ctx.actie, ctx.werkgroep.naam, memberById(ctx.actie.trekkerId), deps.links, { alreadyDone: true });
        }
        const done = await deps.workgroups.completeAction(ref.werkgroepId, base);
        deps.log.info({ verb, actieId: ref.actieId }, 'action completed');
        const card = buildActionDoneCard(done, ctx.werkgroep.naam, memberById(done.trekkerId), deps.links);
        const others = describeActionChanges(base, done, ctx.members).filter((c) => c.field !== 'status');
        return others.length > 0 ? buildConflictCard(others, card, { applied: true }) : card;
      }
      if (verb === VERBS.later) {
        const snooze = snoozeAction(ctx.actie, Number((ref as z.infer<typeof laterInput>).dagen) as 1 | 3 | 5, now, calendar);
        await deps.store.saveSnooze({ ...snooze, createdAt: now });
        deps.log.info({ verb, actieId: ref.actieId, until: snooze.until }, 'action snoozed');
        return buildSnoozedCard(ctx.actie, ctx.werkgroep.naam, snooze.until, deps.links);
      }
      const to = (ref as z.infer<typeof handOverInput>).naar;
      const from = handOverFrom(ctx.actie, userId);
      const planned = handOverAction(ctx.actie, to, ctx.werkgroep, from);
      // Already with `to` (a retry): nothing to write.
      const moved = planned === ctx.actie ? ctx.actie : await deps.workgroups.handOverAction(ref.werkgroepId, base, to, from);
      deps.log.info({ verb, actieId: ref.actieId }, 'action handed over');
      // Who holds it now, as Planner reports it: the new trekker, and whoever else stays assigned.
      const others = assigneesOf(moved).slice(1).map((mid) => memberById(mid) ?? { id: mid, displayName: mid });
      return buildHandedOverCard(moved, ctx.werkgroep.naam, memberById(moved.trekkerId), deps.links, others);
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

  /**
   * "Terugkoppeling gedaan" and the evaluation, on the register. Only the traject's opsteller may; judged on the
   * traject as the register has it now, not on what the card says. The write sends the ETag just read; when
   * something changed in between (the add-in wrote the paragraph again) it reads once more and retries.
   */
  async function onTrajectVerb(verb: string, data: unknown, userId: string | undefined): Promise<AdaptiveCard> {
    const service = deps.trajecten;
    const parsed = (verb === VERBS.trajectEvaluation ? evaluationInput : trajectInput).safeParse(data);
    if (!service || !parsed.success) return buildErrorCard(messageFor('BOT.CARD_INVALID'));
    if (!userId) return buildTrajectRefusalCard();
    const { documentId } = parsed.data;
    for (let attempt = 0; ; attempt++) {
      const current = await service.find(documentId);
      if (!current) return buildErrorCard(botText.traject.notFound);
      if (!isOpsteller(current, userId)) {
        deps.log.info({ verb, documentId }, 'traject card action refused');
        return buildTrajectRefusalCard();
      }
      try {
        if (verb === VERBS.trajectDone) {
          if (current.terugkoppelingGedaan) return buildTrajectDoneCard(current, { alreadyDone: true });
          const saved = await service.update(current, { terugkoppelingGedaan: true });
          deps.log.info({ verb, documentId }, 'terugkoppeling marked done');
          return buildTrajectDoneCard(saved);
        }
        const answer = parsed.data as z.infer<typeof evaluationInput>;
        if (current.evaluatieGehoord) return buildEvaluationSavedCard(current, { already: true });
        const anders = safeText(answer.anders, 1000);
        const saved = await service.update(current, { evaluatieGehoord: answer.gehoord, ...(anders ? { evaluatieAndersDoen: anders } : {}) });
        deps.log.info({ verb, documentId }, 'traject evaluation stored');
        return buildEvaluationSavedCard(saved);
      } catch (error) {
        const stale = error instanceof AppError && error.code === 'GRAPH.PRECONDITION_FAILED';
        if (stale && attempt === 0) continue;
        if (stale) return buildErrorCard(botText.traject.changed);
        throw error;
      }
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
      if (verb === VERBS.trajectDone || verb === VERBS.trajectEvaluation) return respond(await onTrajectVerb(verb, action?.data, userId));
      if (verb === VERBS.saveSettings && userId) {
        // A wrong entry keeps the form on screen, with the problem named above it.
        const form = readSettingsForm(userId, action?.data ?? {}, deps.clock.now());
        if (!form.ok) return respond(buildSettingsCard(form.view, messageFor(form.problem)));
        await deps.store.savePreferences(form.prefs);
        return respond(buildSettingsSavedCard(toSettingsView(form.prefs)));
      }
      return respond(buildErrorCard(messageFor('BOT.CARD_INVALID')));
    } catch (error) {
      deps.log.warn({ verb, code: error instanceof AppError ? error.code : 'UNKNOWN' }, 'card action failed');
      if (isAnswer(error)) return respond(errorCard(error));
      if (error instanceof AppError && error.code === 'GRAPH.NOT_FOUND') return respond(buildErrorCard(messageFor('BOT.ACTION_NOT_FOUND')));
      // Planner (or the store) did not confirm: the user must not think it was saved, and Teams must not
      // take it as a success either.
      return notSaved('BOT.NOT_SAVED');
    }
  });
}
