// Cards that follow up a participatietraject with its opsteller. Every value from the register is user text
// (the add-in writes what the opsteller typed), so it only goes into TextRuns, through safeText.
import { type AdaptiveCard, Choice, ChoiceSetInput, ExecuteAction, TextInput } from '@microsoft/teams.cards';
import type { TrajectFollowUp, TrajectRecord } from '../../src/participation/index.ts';
import { workingDaysBetween } from '../../src/workgroups/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { actionsOf, card, dateNl, fact, heading, line, note, openUrl, user, userBold } from './elements.ts';
import { VERBS, type TrajectRefData } from './verbs.ts';

const t = botText.traject;
const ref = (traject: TrajectRecord): TrajectRefData => ({ documentId: traject.documentId });

function facts(traject: TrajectRecord, withFeedback: boolean, withPeriod: boolean) {
  return [
    fact(t.onderwerp, user(traject.onderwerp)),
    traject.zaaknummer ? fact(t.zaaknummer, user(traject.zaaknummer, 60)) : undefined,
    withPeriod && traject.periodeStart ? fact(t.periode, t.periodeVan(dateNl(traject.periodeStart), traject.periodeEind ? dateNl(traject.periodeEind) : undefined)) : undefined,
    withFeedback && traject.terugkoppelingDatum ? fact(t.datum, dateNl(traject.terugkoppelingDatum)) : undefined,
    withFeedback && traject.terugkoppelingKanaal ? fact(t.kanaal, user(traject.terugkoppelingKanaal, 120)) : undefined,
  ];
}

/** The evaluation form: heard back (ja / deels / nee) and what to do differently. */
function evaluationForm(traject: TrajectRecord) {
  return [
    new ChoiceSetInput(...(['ja', 'deels', 'nee'] as const).map((v) => new Choice({ title: t.gehoord[v], value: v })))
      .withId('gehoord')
      .withLabel(t.gehoordLabel)
      .withStyle('expanded')
      .withIsRequired(true)
      .withErrorMessage(t.gehoordRequired),
    new TextInput().withId('anders').withLabel(t.andersLabel).withPlaceholder(t.andersPlaceholder).withIsMultiline(true).withMaxLength(1000),
    actionsOf(new ExecuteAction({ title: t.submit, verb: VERBS.trajectEvaluation, data: { ...ref(traject) }, style: 'positive' })),
  ];
}

/** The card for one follow-up; `today` (Amsterdam date) decides "vandaag", "morgen" or "over n werkdagen". */
export function buildTrajectFollowUpCard(followUp: TrajectFollowUp, today: string): AdaptiveCard {
  const { traject } = followUp;
  const open = openUrl(t.openDocument, traject.documentUrl);
  switch (followUp.kind) {
    case 'terugkoppeling-binnenkort':
    case 'terugkoppeling-verlopen': {
      const late = followUp.kind === 'terugkoppeling-verlopen';
      const date = traject.terugkoppelingDatum ?? today;
      const title = late ? t.verlopenTitle : t.binnenkortTitle(date > today ? workingDaysBetween(today, date) : 0);
      return card(
        heading(title),
        note(late ? t.verlopenBody : t.binnenkortBody, false),
        ...facts(traject, true, false),
        actionsOf(new ExecuteAction({ title: t.done, verb: VERBS.trajectDone, data: { ...ref(traject) }, style: 'positive' }), open),
      );
    }
    case 'periode-gestart':
      return card(heading(t.periodeTitle), note(t.periodeBody, false), ...facts(traject, false, true), actionsOf(open));
    case 'evaluatie':
      return card(heading(t.evaluatieTitle), note(t.evaluatieBody, false), ...facts(traject, false, false), ...evaluationForm(traject));
  }
}

/** After "Terugkoppeling gedaan": the register says so now (or already did). */
export function buildTrajectDoneCard(traject: TrajectRecord, options: { alreadyDone?: boolean } = {}): AdaptiveCard {
  return card(heading(t.doneTitle), line(userBold(traject.onderwerp)), options.alreadyDone ? note(t.alreadyDone) : undefined);
}

export function buildEvaluationSavedCard(traject: TrajectRecord, options: { already?: boolean } = {}): AdaptiveCard {
  return card(heading(t.evaluatieSavedTitle), line(userBold(traject.onderwerp)), options.already ? note(t.evaluatieAlready) : undefined);
}

/** Someone other than the opsteller clicked. */
export function buildTrajectRefusalCard(): AdaptiveCard {
  return card(heading(t.refusedTitle), note(t.refusedBody, false));
}
