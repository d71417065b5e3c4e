/** The Action.Execute verbs the bot answers; the handlers validate their data with zod. */
export const VERBS = {
  done: 'actie.klaar',
  later: 'actie.later',
  handOver: 'actie.overdragen',
  saveSettings: 'instellingen.opslaan',
  trajectDone: 'traject.teruggekoppeld',
  trajectEvaluation: 'traject.evaluatie',
} as const;

/** The id a traject card carries so the bot can find the traject again (by its document); never names or titles. */
export interface TrajectRefData {
  documentId: string;
}

/** The ids a card carries so the bot can find the action again; never names or titles. */
export interface ActionRefData {
  actieId: string;
  werkgroepId: string;
  /** The task's ETag when the card was made: the update uses it for If-Match. */
  etag?: string;
  /** What the card showed, so a conflict can say what changed since. */
  seen?: { titel: string; dueDate?: string; trekkerId?: string; status: 'open' | 'klaar' };
}
