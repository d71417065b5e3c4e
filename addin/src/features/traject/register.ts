// One registration: the answers become a traject (the core's mapping) and go into the participation
// site's list through the gateway, found by the document's id, so an update never makes a second one.
import { findTrajectByDocument, upsertTraject } from '../../../../src/graph/index.ts';
import { trajectFromAnswers, type Answers, type ProfileStamp } from '../../../../src/participation/index.ts';
import { AppError } from '../../../../src/text/index.ts';
import type { HeaderFacts } from '../../../word/index.ts';
import type { RegisterSession } from './connection.ts';

export interface RegisterInput {
  documentId: string;
  answers: Answers;
  profiel?: ProfileStamp;
  header: HeaderFacts;
  documentUrl: string | null;
  now: Date;
}

/** 'created' the first time this document is registered, 'updated' after that. */
export async function registerTraject(session: RegisterSession, input: RegisterInput): Promise<'created' | 'updated'> {
  const traject = trajectFromAnswers(input.answers, {
    documentId: input.documentId,
    ...(input.documentUrl ? { documentUrl: input.documentUrl } : {}),
    opsteller: session.opsteller,
    ...(input.profiel ? { profiel: input.profiel } : {}),
    ...input.header,
    now: input.now,
  });
  // On a new participation site the list is not there yet: nothing registered, and the upsert makes it.
  const existing = await findTrajectByDocument(session.client, session.siteId, input.documentId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'GRAPH.NOT_FOUND') return undefined;
    throw error;
  });
  await upsertTraject(session.client, session.siteId, traject);
  return existing ? 'updated' : 'created';
}
