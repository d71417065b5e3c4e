// The Word operations of the add-in. Each action reads what it needs and writes in ONE sync;
// decisions in between are pure (placement.ts, src/participation).
//
// Reading takes one sync when this pane has read the document before, two the first time a
// document with saved answers is read. The answers part's XML can only be asked for once the
// part is known to exist: getOnlyItemOrNullObject().getXml() in the same batch would call a method
// on a possibly null object, which Word does not document (it may fail the whole batch). So the
// first batch finds the parts and controls, and what we learn is kept per host (Hints): the next
// batch asks getItem(id).getXml() and getById(id).getReviewedText() right away. Those throw
// ItemNotFound when the part or control is gone, and then we read again without the hints.
//
// Hand edits are judged on the text as the user sees it. With tracked changes, Word's `text`
// includes deleted text (office-js #1267, #2314), so from WordApi 1.4 we use
// getReviewedText('Current'); before 1.4 we cannot tell pending changes apart and always ask.
import {
  ANSWERS_NAMESPACE,
  CHECKLIST_VERSION,
  PARAGRAPH_TAG,
  PARAGRAPH_TITLE,
  hashParagraphText,
  isHandEdited,
  parseDraftAnswersXml,
  readDocumentIdFromXml,
  serializeAnswersXml,
  type Answers,
  type ProfileStamp,
} from '../../src/participation/index.ts';
import { AppError } from '../../src/text/index.ts';
import { readAllXmlFallback, writeXmlFallback } from './common-xml.ts';
import {
  findHeaderFacts,
  findOnderwerp,
  findParticipatieHeadings,
  isSectionHeading,
  planNewHeading,
  type HeaderFacts,
  type HeadingRef,
  type NewHeadingPlan,
  type ParagraphInfo,
} from './placement.ts';
import type {
  ClientResult,
  WordContentControl,
  WordContext,
  WordCustomXmlPart,
  WordHost,
  WordParagraph,
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
  /** The document's id for the traject register (a UUID made once, kept by every write). */
  documentId?: string;
  /** The profile that wrote the paragraph last. */
  profiel?: ProfileStamp;
}

export interface ControlInfo {
  id: number;
  /** The text as the user sees it: with pending tracked changes accepted when Word can tell (WordApi 1.4). */
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
  /** Afdeling, zaaknummer and portefeuillehouder from the header lines, for the traject register. */
  header: HeaderFacts;
  controls: ControlInfo[];
  stored: StoredAnswers | null;
  /** The answers part exists but could not be read (damaged or from an unknown version). */
  storedUnreadable: boolean;
  /**
   * The document's id: the stored one, or the one carried by a part we could not use (damaged, or
   * several after a copy); null when the document has none yet (the next save makes it).
   */
  documentId: string | null;
  /** null when this Word cannot tell (before WordApi 1.4). */
  trackChanges: boolean | null;
  /** Which features this Word has, so the pane can explain what is missing. */
  features: {
    customXmlApi: 'word' | 'common';
    trackChangesKnown: boolean;
    /** getReviewedText (WordApi 1.4): hand edits are told apart from pending tracked changes. */
    reviewedText: boolean;
  };
}

export type HandEditChoice = 'ask' | 'replace' | 'keep';

/** What to do with hand-written text already under the heading when our paragraph is first added. */
export type ExistingTextChoice = 'keep' | 'replace';

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
  /** The profile that generated `text`; recorded in the answers part. */
  profiel?: ProfileStamp;
  /** Makes the document id when the document has none yet; a random UUID by default. */
  newDocumentId?: () => string;
  /**
   * Hand-written text under the heading: 'keep' leaves it below our paragraph, 'replace' deletes it
   * (a tracked deletion when track changes is on). Without a choice the write asks first.
   */
  existingText?: ExistingTextChoice;
}

export type WriteResult =
  | {
      status: 'written';
      mode: 'inserted' | 'updated' | 'reinserted';
      tracked: boolean;
      headingCreated: boolean;
      copiesRetagged: number;
      documentId: string;
    }
  | { status: 'kept'; documentId: string }
  | { status: 'unchanged'; documentId: string }
  | { status: 'needs-heading'; placement: NewHeadingPlan }
  | { status: 'needs-heading-choice'; headings: HeadingRef[] }
  | { status: 'needs-control-choice'; controls: ControlInfo[] }
  /** The heading already has hand-written text under it; nothing was written. */
  | { status: 'needs-existing-text-choice'; existing: string }
  | {
      status: 'conflict';
      current: string;
      proposed: string;
      /**
       * false before WordApi 1.4: Word cannot give the text without pending tracked changes, so
       * "current" may hold deleted text and the difference may only be changes not yet accepted.
       */
      revisionsChecked: boolean;
    };

/** What earlier batches on this host learnt about the document; see the top of this file. */
interface Hints {
  /** The only answers part at the last look. */
  partId: string | null;
  /** Our controls at the last look. */
  controlIds: number[];
}

const hintsByHost = new WeakMap<WordHost, Hints>();

interface ReadResult {
  modern: boolean;
  paragraphs: WordParagraph[];
  controls: WordContentControl[];
  /** Text per control id as the user sees it (reviewed 'Current' text from WordApi 1.4). */
  currentText: Map<number, string>;
  /** The answers parts in our namespace (WordApi 1.4); null when the Common API is used. */
  parts: WordCustomXmlPart[] | null;
  storedXml: string | null;
  /** The document id found in parts that are not used as the stored answers (several after a copy). */
  otherPartsDocumentId: string | null;
  changeTracking: boolean | null;
}

type ReadScope = 'document' | 'answers';

function assertCanRun(host: WordHost, { write }: { write: boolean }): void {
  if (!host.isSetSupported('WordApi', '1.3')) throw new AppError('WORD.UNSUPPORTED', { details: { set: 'WordApi 1.3' } });
  if (!host.isSetSupported('WordApi', '1.4') && !host.commonXmlParts) {
    throw new AppError('WORD.UNSUPPORTED', { details: { set: 'WordApi 1.4' } });
  }
  if (write && host.isReadOnly()) throw new AppError('WORD.READ_ONLY');
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'ItemNotFound';
}

/** Reads the document; with stale hints (a part or control gone) it reads again without them. */
async function readDocument(context: WordContext, host: WordHost, scope: ReadScope): Promise<ReadResult> {
  const hints = hintsByHost.get(host);
  try {
    return await readWith(context, host, scope, hints);
  } catch (error) {
    if (!hints || !isItemNotFound(error)) throw error;
    hintsByHost.delete(host);
    return readWith(context, host, scope, undefined);
  }
}

async function readWith(context: WordContext, host: WordHost, scope: ReadScope, hints: Hints | undefined): Promise<ReadResult> {
  const modern = host.isSetSupported('WordApi', '1.4');
  const document = context.document;
  const paragraphs = scope === 'document' ? document.body.paragraphs.load('items/text,items/styleBuiltIn') : null;
  const controls = scope === 'document' ? document.contentControls.getByTag(PARAGRAPH_TAG).load('items/id,items/text') : null;
  const parts = modern ? document.customXmlParts.getByNamespace(ANSWERS_NAMESPACE).load('items/id') : null;
  let hinted: { id: string; xml: ClientResult<string> } | null = null;
  const reviewed = new Map<number, ClientResult<string>>();
  if (modern) {
    if (scope === 'document') document.load('changeTrackingMode');
    if (hints?.partId) hinted = { id: hints.partId, xml: document.customXmlParts.getItem(hints.partId).getXml() };
    if (scope === 'document') {
      for (const id of hints?.controlIds ?? []) reviewed.set(id, document.contentControls.getById(id).getReviewedText('Current'));
    }
  }
  await context.sync();

  const partItems = parts ? parts.items : null;
  const controlItems = controls ? controls.items : [];
  let storedXml: string | null = null;
  let pendingXml: ClientResult<string> | null = null;
  let copies: ClientResult<string>[] = [];
  let otherPartsDocumentId: string | null = null;
  if (partItems) {
    // Zero parts, or several after a copy: no answers to trust (the write replaces them all). The
    // copies are still read for the document id, so the traject stays the same one (a rare extra look).
    const only = partItems.length === 1 ? partItems[0] : undefined;
    if (only && hinted && hinted.id === only.id) storedXml = hinted.xml.value;
    else if (only) pendingXml = only.getXml();
    else if (partItems.length > 1) copies = partItems.map((p) => p.getXml());
  } else if (host.commonXmlParts) {
    const all = await readAllXmlFallback(host.commonXmlParts, ANSWERS_NAMESPACE);
    if (all.length === 1) storedXml = all[0] ?? null;
    else otherPartsDocumentId = firstDocumentId(all);
  }

  let detail = pendingXml !== null || copies.length > 0;
  if (modern) {
    const storedHash = pendingXml ? null : parseStored(storedXml).stored?.generatedHash;
    for (const control of controlItems) {
      if (reviewed.has(control.id)) continue;
      // Text that is exactly what we wrote needs no second look.
      if (storedHash && !isHandEdited(control.text, storedHash)) continue;
      reviewed.set(control.id, control.getReviewedText('Current'));
      detail = true;
    }
  }
  if (detail) await context.sync();
  if (pendingXml) storedXml = pendingXml.value;
  if (copies.length > 0) otherPartsDocumentId = firstDocumentId(copies.map((c) => c.value));

  if (modern) {
    const only = partItems?.length === 1 ? partItems[0] : undefined;
    hintsByHost.set(host, {
      partId: only ? only.id : null,
      controlIds: scope === 'document' ? controlItems.map((c) => c.id) : (hints?.controlIds ?? []),
    });
  }
  const currentText = new Map<number, string>();
  for (const control of controlItems) currentText.set(control.id, reviewed.get(control.id)?.value ?? control.text);
  return {
    modern,
    paragraphs: paragraphs ? paragraphs.items : [],
    controls: controlItems,
    currentText,
    parts: partItems,
    storedXml,
    otherPartsDocumentId,
    changeTracking: modern && scope === 'document' ? document.changeTrackingMode !== 'Off' : null,
  };
}

/** Word lists parts oldest first: the first id is the document's own, later ones came with pasted content. */
function firstDocumentId(xmls: string[]): string | null {
  for (const xml of xmls) {
    const id = readDocumentIdFromXml(xml);
    if (id) return id;
  }
  return null;
}

/** A random UUID (v4); crypto.randomUUID needs a secure context, getRandomValues does not. */
function randomDocumentId(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The id the document keeps: stored, else from a part we cannot use, else null. */
function knownDocumentId(read: ReadResult, stored: StoredAnswers | null): string | null {
  const fromPart = read.storedXml ? readDocumentIdFromXml(read.storedXml) : undefined;
  return stored?.documentId ?? fromPart ?? read.otherPartsDocumentId;
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

function snapshot(read: ReadResult): DocumentState {
  const infos: ParagraphInfo[] = read.paragraphs.map((p, index) => ({ index, text: p.text, styleBuiltIn: p.styleBuiltIn }));
  const { stored, unreadable } = parseStored(read.storedXml);
  const controls = read.controls.map((c) => {
    const text = read.currentText.get(c.id) ?? c.text;
    return { id: c.id, text, handEdited: stored ? isHandEdited(text, stored.generatedHash) : true };
  });
  return {
    headings: findParticipatieHeadings(infos),
    placement: planNewHeading(infos),
    onderwerp: findOnderwerp(infos),
    header: findHeaderFacts(infos),
    controls,
    stored,
    storedUnreadable: unreadable,
    documentId: knownDocumentId(read, stored),
    trackChanges: read.changeTracking,
    features: { customXmlApi: read.parts ? 'word' : 'common', trackChangesKnown: read.modern, reviewedText: read.modern },
  };
}

/** Reads what the pane needs on open: headings, our control(s), the stored answers. */
export async function readDocumentState(host: WordHost): Promise<DocumentState> {
  assertCanRun(host, { write: false });
  try {
    return await host.run(async (context) => snapshot(await readDocument(context, host, 'document')));
  } catch (error) {
    throw toWordError(error);
  }
}

/** Queues the answers part write in the same batch (WordApi 1.4); the part added, if any, has its id loaded. */
function queueAnswersWrite(context: WordContext, read: ReadResult, xml: string): { queued: boolean; added: WordCustomXmlPart | null } {
  if (!read.parts) return { queued: false, added: null };
  const only = read.parts.length === 1 ? read.parts[0] : undefined;
  if (only) {
    only.setXml(xml);
    return { queued: true, added: null };
  }
  for (const part of read.parts) part.delete();
  return { queued: true, added: context.document.customXmlParts.add(xml).load('id') };
}

/** Keeps the hints in step with what a write changed, so the next read stays one sync. */
function rememberWrite(host: WordHost, change: { added: WordCustomXmlPart | null; newControl?: WordContentControl; retagged?: number[] }): void {
  const hints = hintsByHost.get(host);
  if (!hints) return;
  const controlIds = hints.controlIds.filter((id) => !change.retagged?.includes(id));
  if (change.newControl) controlIds.push(change.newControl.id);
  hintsByHost.set(host, { partId: change.added ? change.added.id : hints.partId, controlIds });
}

async function writeAnswers(context: WordContext, host: WordHost, read: ReadResult, xml: string, newControl?: WordContentControl, retagged?: number[]): Promise<void> {
  const { queued, added } = queueAnswersWrite(context, read, xml);
  await syncOrThrow(context);
  if (!queued && host.commonXmlParts) await writeXmlFallback(host.commonXmlParts, ANSWERS_NAMESPACE, xml);
  rememberWrite(host, { added, newControl, retagged });
}

/**
 * Paragraphs of text under a heading, up to the next section heading: what an author typed there
 * before the add-in was used. Blank paragraphs do not count as text but go with a replace.
 */
function paragraphsUnder(read: ReadResult, headingIndex: number): { paragraphs: WordParagraph[]; text: string } {
  const infos: ParagraphInfo[] = read.paragraphs.map((p, index) => ({ index, text: p.text, styleBuiltIn: p.styleBuiltIn }));
  const next = infos.find((p) => p.index > headingIndex && isSectionHeading(p));
  const under = read.paragraphs.slice(headingIndex + 1, next ? next.index : read.paragraphs.length);
  const text = under
    .map((p) => p.text.trim())
    .filter((t) => t !== '')
    .join('\n');
  return { paragraphs: under, text };
}

/** Adds our control after the anchor; the control's id is loaded for the hints. */
function writeControl(anchor: WordParagraph, text: string): WordContentControl {
  const paragraph = anchor.insertParagraph('', 'After');
  // A paragraph added after a heading takes the heading's style; ours is body text.
  paragraph.styleBuiltIn = 'Normal';
  const control = paragraph.insertContentControl();
  control.tag = PARAGRAPH_TAG;
  control.title = PARAGRAPH_TITLE;
  control.cannotDelete = true;
  control.cannotEdit = false;
  control.insertText(text, 'Replace');
  return control.load('id');
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
 * One sync to read (two the first time, see the top of this file), one to write. Returns a status
 * instead of writing when the user must choose.
 */
export async function writeParticipatieParagraph(host: WordHost, request: WriteRequest): Promise<WriteResult> {
  assertCanRun(host, { write: true });
  try {
    return await host.run(async (context): Promise<WriteResult> => {
      const read = await readDocument(context, host, 'document');
      const state = snapshot(read);
      const documentId = state.documentId ?? (request.newDocumentId ?? randomDocumentId)();
      const xml = serializeAnswersXml({
        answers: request.answers,
        generatedHash: hashParagraphText(request.text),
        generatedAt: request.generatedAt,
        documentId,
        ...(request.profiel ? { profiel: request.profiel } : {}),
      });
      const tracked = state.trackChanges === true;
      const paragraphAt = (index: number) => read.paragraphs[index] as WordParagraph;

      let result: WriteResult;
      let newControl: WordContentControl | undefined;
      const retagged: number[] = [];
      if (state.controls.length === 0) {
        // First insert, or the control was deleted: never remove anything, add a fresh control.
        // Answers saved as the user went carry no hash yet: only a generated text can have been lost.
        const mode = state.stored?.generatedHash ? 'reinserted' : 'inserted';
        if (state.headings.length > 1) {
          const chosen = state.headings.find((h) => h.ordinal === request.headingOrdinal);
          if (!chosen) return { status: 'needs-heading-choice', headings: state.headings };
          const under = paragraphsUnder(read, chosen.index);
          if (under.text !== '' && !request.existingText) return { status: 'needs-existing-text-choice', existing: under.text };
          newControl = writeControl(paragraphAt(chosen.index), request.text);
          if (under.text !== '' && request.existingText === 'replace') for (const p of under.paragraphs) p.delete();
          result = { status: 'written', mode, tracked, headingCreated: false, copiesRetagged: 0, documentId };
        } else if (state.headings.length === 1) {
          const heading = state.headings[0] as HeadingRef;
          const under = paragraphsUnder(read, heading.index);
          if (under.text !== '' && !request.existingText) return { status: 'needs-existing-text-choice', existing: under.text };
          newControl = writeControl(paragraphAt(heading.index), request.text);
          // Deleted in the same batch as the insert: the choice costs no extra round trip.
          if (under.text !== '' && request.existingText === 'replace') for (const p of under.paragraphs) p.delete();
          result = { status: 'written', mode, tracked, headingCreated: false, copiesRetagged: 0, documentId };
        } else {
          if (!request.createHeading) return { status: 'needs-heading', placement: state.placement };
          const plan = state.placement;
          const heading =
            plan.kind === 'cursor'
              ? context.document.getSelection().insertParagraph(HEADING_TEXT, 'After')
              : paragraphAt(plan.anchorIndex).insertParagraph(HEADING_TEXT, plan.kind === 'before' ? 'Before' : 'After');
          heading.styleBuiltIn = plan.headingStyle;
          newControl = writeControl(heading, request.text);
          result = { status: 'written', mode, tracked, headingCreated: true, copiesRetagged: 0, documentId };
        }
      } else {
        const target = pickControl(state.controls, request);
        if (target === 'ask') return { status: 'needs-control-choice', controls: state.controls };
        const control = read.controls.find((c) => c.id === target.id) as WordContentControl;
        const sameText = hashParagraphText(target.text) === hashParagraphText(request.text);
        if (target.handEdited && !sameText) {
          const choice = request.onHandEdit ?? 'ask';
          if (choice === 'ask') {
            return { status: 'conflict', current: target.text.replace(/\r/g, '\n'), proposed: request.text, revisionsChecked: read.modern };
          }
          if (choice === 'keep') {
            // Keep their text; store the answers but not a new hash, so the edit stays detected.
            // The text in the document is still the old profile's too, so the old stamp stays.
            const keepXml = serializeAnswersXml({
              answers: request.answers,
              generatedHash: state.stored?.generatedHash ?? '',
              generatedAt: state.stored?.generatedAt ?? request.generatedAt,
              documentId,
              ...(state.stored?.profiel ? { profiel: state.stored.profiel } : {}),
            });
            await writeAnswers(context, host, read, keepXml);
            return { status: 'kept', documentId };
          }
        }
        for (const other of read.controls) {
          if (other.id === target.id) continue;
          other.tag = COPY_TAG;
          other.title = COPY_TITLE;
          retagged.push(other.id);
        }
        if (!sameText) control.insertText(request.text, 'Replace');
        control.cannotDelete = true;
        result =
          sameText && retagged.length === 0
            ? { status: 'unchanged', documentId }
            : { status: 'written', mode: 'updated', tracked, headingCreated: false, copiesRetagged: retagged.length, documentId };
      }

      await writeAnswers(context, host, read, xml, newControl, retagged);
      return result;
    });
  } catch (error) {
    throw toWordError(error);
  }
}

/**
 * Saves the answers as the user goes, without touching the text. Keeps the hash of the text
 * that was last generated so hand edits stay detectable. One read sync (two the first time a
 * saved part is read, see the top of this file), one write sync.
 */
export async function saveAnswers(
  host: WordHost,
  draft: Partial<Answers>,
  options: { newDocumentId?: () => string } = {},
): Promise<{ documentId: string | null }> {
  assertCanRun(host, { write: true });
  // The part format carries whatever has been answered so far; parseStored reads drafts back.
  const answers = { ...draft, checklistVersion: CHECKLIST_VERSION } as Answers;
  // The id is made with the first save, so the paragraph and the register speak of one document.
  const keep = (stored: StoredAnswers | null, known: string | null) => {
    const documentId = known ?? (options.newDocumentId ?? randomDocumentId)();
    const xml = serializeAnswersXml({
      answers,
      generatedHash: stored?.generatedHash ?? '',
      generatedAt: stored?.generatedAt,
      documentId,
      ...(stored?.profiel ? { profiel: stored.profiel } : {}),
    });
    return { documentId, xml };
  };
  try {
    return await host.run(async (context) => {
      if (!host.isSetSupported('WordApi', '1.4')) {
        const common = host.commonXmlParts;
        if (!common) return { documentId: null };
        const all = await readAllXmlFallback(common, ANSWERS_NAMESPACE);
        const { stored } = parseStored(all.length === 1 ? (all[0] ?? null) : null);
        const { documentId, xml } = keep(stored, stored?.documentId ?? firstDocumentId(all));
        await writeXmlFallback(common, ANSWERS_NAMESPACE, xml);
        return { documentId };
      }
      const read = await readDocument(context, host, 'answers');
      const { stored } = parseStored(read.storedXml);
      const { documentId, xml } = keep(stored, knownDocumentId(read, stored));
      await writeAnswers(context, host, read, xml);
      return { documentId };
    });
  } catch (error) {
    throw toWordError(error);
  }
}
