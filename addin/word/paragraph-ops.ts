// The Word operations of the add-in. Each action reads everything it needs in ONE sync and
// writes in ONE sync; decisions in between are pure (placement.ts, src/participation).
import {
  ANSWERS_NAMESPACE,
  CHECKLIST_VERSION,
  PARAGRAPH_TAG,
  PARAGRAPH_TITLE,
  hashParagraphText,
  isHandEdited,
  parseDraftAnswersXml,
  serializeAnswersXml,
  type Answers,
} from '../../src/participation/index.ts';
import { AppError } from '../../src/text/index.ts';
import { readXmlFallback, writeXmlFallback } from './common-xml.ts';
import { findOnderwerp, findParticipatieHeadings, planNewHeading, type HeadingRef, type NewHeadingPlan, type ParagraphInfo } from './placement.ts';
import type {
  ClientResult,
  WordContentControl,
  WordContentControlCollection,
  WordContext,
  WordCustomXmlPartScopedCollection,
  WordHost,
  WordParagraph,
  WordParagraphCollection,
} from './word-api.ts';

/** Tag given to copies of our control found by a write, so they stop competing with the original. */
export const COPY_TAG = `${PARAGRAPH_TAG}-kopie`;
const COPY_TITLE = `Kopie van ${PARAGRAPH_TITLE.toLowerCase()}`;
const HEADING_TEXT = 'Participatie';

export interface StoredAnswers {
  /** Complete answers, or the unfinished checklist saved as the user went. */
  answers: Partial<Answers>;
  generatedHash: string;
  generatedAt?: string;
}

export interface ControlInfo {
  id: number;
  text: string;
  /** True when the text is not what the add-in wrote last time. */
  handEdited: boolean;
}

export interface DocumentState {
  headings: HeadingRef[];
  /** Where a new heading would go when there is none. */
  placement: NewHeadingPlan;
  /** Text under the "Onderwerp" heading, to prefill the checklist. */
  onderwerp: string | null;
  controls: ControlInfo[];
  stored: StoredAnswers | null;
  /** The answers part exists but could not be read (damaged or from an unknown version). */
  storedUnreadable: boolean;
  /** null when this Word cannot tell (before WordApi 1.4). */
  trackChanges: boolean | null;
  /** Which features this Word has, so the pane can explain what is missing. */
  features: { customXmlApi: 'word' | 'common'; trackChangesKnown: boolean };
}

export type HandEditChoice = 'ask' | 'replace' | 'keep';

export interface WriteRequest {
  answers: Answers;
  /** Paragraph text, blocks separated by '\n' (renderParagraphText). */
  text: string;
  /** ISO instant, passed in so the operation stays testable. */
  generatedAt: string;
  onHandEdit?: HandEditChoice;
  /** Which Participatie heading to write under when there are several. */
  headingOrdinal?: number;
  /** The user agreed to add a "Participatie" heading when there is none. */
  createHeading?: boolean;
  /** Which control to update when the tag occurs more than once. */
  controlId?: number;
}

export type WriteResult =
  | { status: 'written'; mode: 'inserted' | 'updated' | 'reinserted'; tracked: boolean; headingCreated: boolean; copiesRetagged: number }
  | { status: 'kept' }
  | { status: 'unchanged' }
  | { status: 'needs-heading'; placement: NewHeadingPlan }
  | { status: 'needs-heading-choice'; headings: HeadingRef[] }
  | { status: 'needs-control-choice'; controls: ControlInfo[] }
  | { status: 'conflict'; current: string; proposed: string };

interface ReadBatch {
  paragraphs: WordParagraphCollection;
  controls: WordContentControlCollection;
  parts: WordCustomXmlPartScopedCollection | null;
  xml: ClientResult<string> | null;
  tracking: boolean;
}

function assertCanRun(host: WordHost, { write }: { write: boolean }): void {
  if (!host.isSetSupported('WordApi', '1.3')) throw new AppError('WORD.UNSUPPORTED', { details: { set: 'WordApi 1.3' } });
  if (!host.isSetSupported('WordApi', '1.4') && !host.commonXmlParts) {
    throw new AppError('WORD.UNSUPPORTED', { details: { set: 'WordApi 1.4' } });
  }
  if (write && host.isReadOnly()) throw new AppError('WORD.READ_ONLY');
}

function queueRead(context: WordContext, host: WordHost): ReadBatch {
  const modern = host.isSetSupported('WordApi', '1.4');
  const paragraphs = context.document.body.paragraphs.load('items/text,items/styleBuiltIn');
  const controls = context.document.contentControls.getByTag(PARAGRAPH_TAG).load('items/id,items/text');
  let parts: WordCustomXmlPartScopedCollection | null = null;
  let xml: ClientResult<string> | null = null;
  if (modern) {
    parts = context.document.customXmlParts.getByNamespace(ANSWERS_NAMESPACE).load('items/id');
    xml = parts.getOnlyItemOrNullObject().getXml();
    context.document.load('changeTrackingMode');
  }
  return { paragraphs, controls, parts, xml, tracking: modern };
}

function parseStored(xml: string | null): { stored: StoredAnswers | null; unreadable: boolean } {
  if (xml === null || xml === undefined) return { stored: null, unreadable: false };
  // Drafts are read without the full checks (and without an XML parser on the startup path);
  // the pane validates the answers with parseAnswers before anything is generated.
  const draft = parseDraftAnswersXml(xml);
  return draft ? { stored: draft, unreadable: false } : { stored: null, unreadable: true };
}

/** Turns an Office error into one of our codes; the cause is kept for the log. */
function toWordError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (code === 'AccessDenied' || code === 'ReadOnly') return new AppError('WORD.PROTECTED', { cause: error });
  if (code === 'ApiNotFound' || code === 'NotImplemented') return new AppError('WORD.UNSUPPORTED', { cause: error, details: { set: 'WordApi' } });
  return new AppError('WORD.SYNC_FAILED', { cause: error });
}

async function syncOrThrow(context: WordContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toWordError(error);
  }
}

function snapshot(read: ReadBatch, document: WordContext['document'], storedXml: string | null, customXmlApi: 'word' | 'common'): DocumentState {
  const infos: ParagraphInfo[] = read.paragraphs.items.map((p, index) => ({ index, text: p.text, styleBuiltIn: p.styleBuiltIn }));
  const { stored, unreadable } = parseStored(storedXml);
  const controls = read.controls.items.map((c) => ({
    id: c.id,
    text: c.text,
    handEdited: stored ? isHandEdited(c.text, stored.generatedHash) : true,
  }));
  return {
    headings: findParticipatieHeadings(infos),
    placement: planNewHeading(infos),
    onderwerp: findOnderwerp(infos),
    controls,
    stored,
    storedUnreadable: unreadable,
    trackChanges: read.tracking ? document.changeTrackingMode !== 'Off' : null,
    features: { customXmlApi, trackChangesKnown: read.tracking },
  };
}

/** Reads what the pane needs on open: headings, our control(s), the stored answers. One sync. */
export async function readDocumentState(host: WordHost): Promise<DocumentState> {
  assertCanRun(host, { write: false });
  try {
    return await host.run(async (context) => {
      const read = queueRead(context, host);
      await syncOrThrow(context);
      const xml = read.xml ? read.xml.value : host.commonXmlParts ? await readXmlFallback(host.commonXmlParts, ANSWERS_NAMESPACE) : null;
      return snapshot(read, context.document, xml, read.xml ? 'word' : 'common');
    });
  } catch (error) {
    throw toWordError(error);
  }
}

/** Queues the answers part write in the same batch (WordApi 1.4); returns false when the fallback must run after sync. */
function queueAnswersWrite(context: WordContext, read: ReadBatch, xml: string): boolean {
  if (!read.parts) return false;
  const existing = read.parts.items;
  const only = existing.length === 1 ? existing[0] : undefined;
  if (only) {
    only.setXml(xml);
  } else {
    for (const part of existing) part.delete();
    context.document.customXmlParts.add(xml);
  }
  return true;
}

function writeControl(anchor: WordParagraph, text: string): void {
  const paragraph = anchor.insertParagraph('', 'After');
  // A paragraph added after a heading takes the heading's style; ours is body text.
  paragraph.styleBuiltIn = 'Normal';
  const control = paragraph.insertContentControl();
  control.tag = PARAGRAPH_TAG;
  control.title = PARAGRAPH_TITLE;
  control.cannotDelete = true;
  control.cannotEdit = false;
  control.insertText(text, 'Replace');
}

function pickControl(controls: ControlInfo[], request: WriteRequest): ControlInfo | 'ask' {
  if (controls.length === 1) return controls[0] as ControlInfo;
  if (request.controlId !== undefined) return controls.find((c) => c.id === request.controlId) ?? 'ask';
  const untouched = controls.filter((c) => !c.handEdited);
  // Copies of an untouched paragraph are identical, so any of them is the same text; take the first.
  return untouched[0] ?? 'ask';
}

/**
 * Writes (or updates) the participatieparagraaf and stores the answers with the hash of the text.
 * One sync to read, one to write. Returns a status instead of writing when the user must choose.
 */
export async function writeParticipatieParagraph(host: WordHost, request: WriteRequest): Promise<WriteResult> {
  assertCanRun(host, { write: true });
  const xml = serializeAnswersXml({ answers: request.answers, generatedHash: hashParagraphText(request.text), generatedAt: request.generatedAt });
  try {
    return await host.run(async (context): Promise<WriteResult> => {
      const read = queueRead(context, host);
      await syncOrThrow(context);
      const storedXml = read.xml ? read.xml.value : host.commonXmlParts ? await readXmlFallback(host.commonXmlParts, ANSWERS_NAMESPACE) : null;
      const state = snapshot(read, context.document, storedXml, read.xml ? 'word' : 'common');
      const tracked = state.trackChanges === true;

      let result: WriteResult;
      if (state.controls.length === 0) {
        // First insert, or the control was deleted: never remove anything, add a fresh control.
        // Answers saved as the user went carry no hash yet: only a generated text can have been lost.
        const mode = state.stored?.generatedHash ? 'reinserted' : 'inserted';
        if (state.headings.length > 1) {
          const chosen = state.headings.find((h) => h.ordinal === request.headingOrdinal);
          if (!chosen) return { status: 'needs-heading-choice', headings: state.headings };
          writeControl(read.paragraphs.items[chosen.index] as WordParagraph, request.text);
          result = { status: 'written', mode, tracked, headingCreated: false, copiesRetagged: 0 };
        } else if (state.headings.length === 1) {
          const heading = state.headings[0] as HeadingRef;
          writeControl(read.paragraphs.items[heading.index] as WordParagraph, request.text);
          result = { status: 'written', mode, tracked, headingCreated: false, copiesRetagged: 0 };
        } else {
          if (!request.createHeading) return { status: 'needs-heading', placement: state.placement };
          const plan = state.placement;
          const heading =
            plan.kind === 'cursor'
              ? context.document.getSelection().insertParagraph(HEADING_TEXT, 'After')
              : (read.paragraphs.items[plan.anchorIndex] as WordParagraph).insertParagraph(HEADING_TEXT, plan.kind === 'before' ? 'Before' : 'After');
          heading.styleBuiltIn = plan.headingStyle;
          writeControl(heading, request.text);
          result = { status: 'written', mode, tracked, headingCreated: true, copiesRetagged: 0 };
        }
      } else {
        const target = pickControl(state.controls, request);
        if (target === 'ask') return { status: 'needs-control-choice', controls: state.controls };
        const control = read.controls.items.find((c) => c.id === target.id) as WordContentControl;
        const sameText = hashParagraphText(target.text) === hashParagraphText(request.text);
        if (target.handEdited && !sameText) {
          const choice = request.onHandEdit ?? 'ask';
          if (choice === 'ask') return { status: 'conflict', current: target.text.replace(/\r/g, '\n'), proposed: request.text };
          if (choice === 'keep') {
            // Keep their text; store the answers but not a new hash, so the edit stays detected.
            const keepXml = serializeAnswersXml({
              answers: request.answers,
              generatedHash: state.stored?.generatedHash ?? '',
              generatedAt: state.stored?.generatedAt ?? request.generatedAt,
            });
            const queued = queueAnswersWrite(context, read, keepXml);
            await syncOrThrow(context);
            if (!queued && host.commonXmlParts) await writeXmlFallback(host.commonXmlParts, ANSWERS_NAMESPACE, keepXml);
            return { status: 'kept' };
          }
        }
        let copiesRetagged = 0;
        for (const other of read.controls.items) {
          if (other.id === target.id) continue;
          other.tag = COPY_TAG;
          other.title = COPY_TITLE;
          copiesRetagged += 1;
        }
        if (!sameText) control.insertText(request.text, 'Replace');
        control.cannotDelete = true;
        result =
          sameText && copiesRetagged === 0
            ? { status: 'unchanged' }
            : { status: 'written', mode: 'updated', tracked, headingCreated: false, copiesRetagged };
      }

      const queued = queueAnswersWrite(context, read, xml);
      await syncOrThrow(context);
      if (!queued && host.commonXmlParts) await writeXmlFallback(host.commonXmlParts, ANSWERS_NAMESPACE, xml);
      return result;
    });
  } catch (error) {
    throw toWordError(error);
  }
}

/**
 * Saves the answers as the user goes, without touching the text. Keeps the hash of the text
 * that was last generated so hand edits stay detectable. One read sync, one write sync.
 */
export async function saveAnswers(host: WordHost, draft: Partial<Answers>): Promise<void> {
  assertCanRun(host, { write: true });
  // The part format carries whatever has been answered so far; parseStored reads drafts back.
  const answers = { ...draft, checklistVersion: CHECKLIST_VERSION } as Answers;
  try {
    await host.run(async (context) => {
      if (!host.isSetSupported('WordApi', '1.4')) {
        const common = host.commonXmlParts;
        if (!common) return;
        const { stored } = parseStored(await readXmlFallback(common, ANSWERS_NAMESPACE));
        const xml = serializeAnswersXml({ answers, generatedHash: stored?.generatedHash ?? '', generatedAt: stored?.generatedAt });
        await writeXmlFallback(common, ANSWERS_NAMESPACE, xml);
        return;
      }
      const parts = context.document.customXmlParts.getByNamespace(ANSWERS_NAMESPACE).load('items/id');
      const current = parts.getOnlyItemOrNullObject().getXml();
      await syncOrThrow(context);
      const { stored } = parseStored(current.value);
      const xml = serializeAnswersXml({ answers, generatedHash: stored?.generatedHash ?? '', generatedAt: stored?.generatedAt });
      queueAnswersWrite(context, { paragraphs: null as never, controls: null as never, parts, xml: null, tracking: true }, xml);
      await syncOrThrow(context);
    });
  } catch (error) {
    throw toWordError(error);
  }
}
