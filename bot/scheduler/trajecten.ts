// The traject register as the bot sees it: read for the follow-ups, written when the opsteller marks the
// terugkoppeling done or answers the evaluation. App-only, with a Sites.Selected write grant on the
// participation site (https://learn.microsoft.com/graph/permissions-selected-overview).
import { findTrajectByDocument, listTrajecten, updateTraject, type GraphClient, type ReadOptions } from '../../src/graph/index.ts';
import type { Traject, TrajectFollowUp, TrajectRecord } from '../../src/participation/index.ts';
import { toAmsterdamDate } from '../../src/workgroups/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { buildTrajectFollowUpCard, safeText } from '../cards/index.ts';
import type { OutgoingCard } from '../proactive.ts';

export interface TrajectService {
  /** Every traject in the register. */
  list(): Promise<TrajectRecord[]>;
  /** The document's traject as it is now; undefined when the register has none. */
  find(documentId: string): Promise<TrajectRecord | undefined>;
  /** Writes the fields with If-Match on `etag`; throws GRAPH.PRECONDITION_FAILED when it changed since. */
  update(traject: TrajectRecord, patch: Partial<Traject>): Promise<TrajectRecord>;
}

export function createGraphTrajectService(client: GraphClient, siteId: string, options: ReadOptions = {}): TrajectService {
  return {
    list: () => listTrajecten(client, siteId, options),
    find: (documentId) => findTrajectByDocument(client, siteId, documentId),
    update: (traject, patch) => updateTraject(client, siteId, traject.itemId, traject.etag, patch),
  };
}

const PREVIEW_MAX = 80;

/** The card for a traject follow-up; `summary` names the kind only (safe to log), `preview` is the chat-list line. */
export function cardForTrajectFollowUp(followUp: TrajectFollowUp, now: string): OutgoingCard {
  const t = botText.traject;
  return {
    summary: t.kind[followUp.kind],
    preview: safeText(t.summary[followUp.kind](safeText(followUp.traject.onderwerp)), PREVIEW_MAX),
    card: buildTrajectFollowUpCard(followUp, toAmsterdamDate(now)),
  };
}
