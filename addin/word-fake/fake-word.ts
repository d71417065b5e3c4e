// A small in-memory Word that behaves like the real one where it matters to us:
// commands are queued and run at sync(), properties must be loaded before they are read
// (PropertyNotLoaded), *OrNullObject returns null objects, new paragraphs inherit the style of
// the paragraph they are inserted next to, and edits are tracked when change tracking is on.
//
// Tracked changes as Word reports them: a tracked deletion stays in the document, and `text`
// includes it when revisions are shown inline (Word on the web always; desktop Word in the
// "all revisions inline" view) but not when they are shown in balloons:
// https://github.com/OfficeDev/office-js/issues/1267 and https://github.com/OfficeDev/office-js/issues/2314.
// getReviewedText('Current' | 'Original') (WordApi 1.4) gives the text with all changes accepted
// or rejected: https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-getreviewedtext-member(2)
//
// Null objects: Word documents *OrNullObject results only through isNullObject and loaded
// properties (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties);
// what a method such as getXml() does on one is not documented. The fake fails the batch with
// ItemNotFound by default, or yields null when a test asks for that, so code must work under both.
import type {
  ChangeTrackingMode,
  ChangeTrackingVersion,
  ClientResult,
  CommonAsyncResult,
  CommonCustomXmlPart,
  CommonCustomXmlParts,
  WordContentControl,
  WordContext,
  WordCustomXmlPart,
  WordCustomXmlPartCollection,
  WordCustomXmlPartScopedCollection,
  WordDocument,
  WordHost,
  WordParagraph,
  WordParagraphCollection,
  WordRange,
} from '../word/word-api.ts';

export type Revision = 'inserted' | 'deleted';

export interface FakeParagraph {
  kind: 'p';
  text: string;
  styleBuiltIn: string;
  revision?: Revision;
}

export interface FakeContentControl {
  kind: 'cc';
  id: number;
  tag: string;
  title: string;
  cannotDelete: boolean;
  cannotEdit: boolean;
  paragraphs: FakeParagraph[];
}

export type FakeBlock = FakeParagraph | FakeContentControl;

export interface FakeXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** Error shaped like OfficeExtension.Error: a `code` such as PropertyNotLoaded or AccessDenied. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

/** How Word shows tracked changes; it changes what `text` returns (office-js #2314). */
export type MarkupView = 'inline' | 'balloons';

/** What a method called on a null object does (undocumented in Word, so the fake can do either). */
export type NullObjectMethods = 'throw' | 'null';

/**
 * The `text` property Word gives for a range of paragraphs, joined by a carriage return: tracked
 * deletions included when revisions are shown inline (office-js #1267), left out in balloons (#2314).
 */
function rawText(paragraphs: readonly FakeParagraph[], view: MarkupView): string {
  return paragraphs
    .filter((p) => view === 'inline' || p.revision !== 'deleted')
    .map((p) => p.text)
    .join('\r');
}

/** getReviewedText: the text with every tracked change accepted (Current) or rejected (Original). */
function reviewedText(paragraphs: readonly FakeParagraph[], version: ChangeTrackingVersion): string {
  const hidden: Revision = version === 'Current' ? 'deleted' : 'inserted';
  return paragraphs
    .filter((p) => p.revision !== hidden)
    .map((p) => p.text)
    .join('\r');
}

function namespaceOf(xml: string): string {
  const root = /<(?:[\w-]+:)?[\w-]+\b[^>]*?\bxmlns(?::[\w-]+)?="([^"]*)"/.exec(xml);
  return root?.[1] ?? '';
}

export interface FakeDocumentOptions {
  changeTrackingMode?: ChangeTrackingMode;
  /** Defaults to 'inline', as in Word on the web. */
  markupView?: MarkupView;
  readOnly?: boolean;
  /** Protected documents refuse writes at sync time with AccessDenied. */
  protectedDocument?: boolean;
  /** Block index the cursor sits in (getSelection inserts after it). Defaults to the last block. */
  cursorBlock?: number;
}

export class FakeWordDocument {
  blocks: FakeBlock[];
  parts: FakeXmlPart[] = [];
  changeTrackingMode: ChangeTrackingMode;
  markupView: MarkupView;
  readOnly: boolean;
  protectedDocument: boolean;
  cursorBlock: number;
  syncCount = 0;
  private nextControlId = 1;
  private nextPartId = 1;
  private listeners = new Set<() => void>();

  constructor(blocks: FakeBlock[] = [], options: FakeDocumentOptions = {}) {
    this.blocks = blocks;
    for (const b of blocks) if (b.kind === 'cc') this.nextControlId = Math.max(this.nextControlId, b.id + 1);
    this.changeTrackingMode = options.changeTrackingMode ?? 'Off';
    this.markupView = options.markupView ?? 'inline';
    this.readOnly = options.readOnly ?? false;
    this.protectedDocument = options.protectedDocument ?? false;
    this.cursorBlock = options.cursorBlock ?? blocks.length - 1;
  }

  /** Called after every sync (and every simulated user edit); the demo page re-renders on it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const l of this.listeners) l();
  }

  /** Every paragraph in document order, inside controls too, as Word's body.paragraphs returns them. */
  allParagraphs(): FakeParagraph[] {
    return this.blocks.flatMap((b) => (b.kind === 'p' ? [b] : b.paragraphs));
  }

  controlsByTag(tag: string): FakeContentControl[] {
    return this.blocks.filter((b): b is FakeContentControl => b.kind === 'cc' && b.tag === tag);
  }

  addControl(paragraph: FakeParagraph): FakeContentControl {
    const index = this.blocks.indexOf(paragraph);
    if (index < 0) throw new FakeOfficeError('InvalidArgument', 'Paragraph is not at body level.');
    const cc: FakeContentControl = {
      kind: 'cc',
      id: this.nextControlId++,
      tag: '',
      title: '',
      cannotDelete: false,
      cannotEdit: false,
      paragraphs: [paragraph],
    };
    this.blocks.splice(index, 1, cc);
    return cc;
  }

  addPart(xml: string): FakeXmlPart {
    const part = { id: `{FAKE-PART-${this.nextPartId++}}`, namespaceUri: namespaceOf(xml), xml };
    this.parts.push(part);
    return part;
  }

  /** Where a paragraph sits: body level, or inside a control. */
  locate(paragraph: FakeParagraph): { list: FakeParagraph[] | FakeBlock[]; index: number } {
    const top = this.blocks.indexOf(paragraph);
    if (top >= 0) return { list: this.blocks, index: top };
    for (const b of this.blocks) {
      if (b.kind === 'cc') {
        const i = b.paragraphs.indexOf(paragraph);
        if (i >= 0) return { list: b.paragraphs, index: i };
      }
    }
    throw new FakeOfficeError('ItemNotFound', 'The paragraph is no longer in the document.');
  }

  get tracking(): boolean {
    return this.changeTrackingMode !== 'Off';
  }

  /**
   * Simulates the user retyping the text inside a control (a hand edit). With tracking on, the old
   * text stays as a tracked deletion and the new text is a tracked insertion. Simplification: text
   * that was itself a pending insertion is dropped rather than marked inserted-and-deleted, which
   * gives the same Current and Original views.
   */
  editControlText(tag: string, text: string, which = 0): void {
    const cc = this.controlsByTag(tag)[which];
    if (!cc) throw new Error(`no control tagged ${tag}`);
    const fresh: FakeParagraph[] = text
      .split('\n')
      .map((t) => ({ kind: 'p', text: t, styleBuiltIn: 'Normal', ...(this.tracking ? { revision: 'inserted' as const } : {}) }));
    const kept = this.tracking
      ? cc.paragraphs.filter((p) => p.revision !== 'inserted').map((p) => ({ ...p, revision: 'deleted' as const }))
      : [];
    cc.paragraphs = [...kept, ...fresh];
    this.notify();
  }

  /** Simulates removing a control: with keepText the text stays as plain paragraphs. */
  removeControl(tag: string, { keepText }: { keepText: boolean }): void {
    const index = this.blocks.findIndex((b) => b.kind === 'cc' && b.tag === tag);
    const cc = this.blocks[index];
    if (!cc || cc.kind !== 'cc') throw new Error(`no control tagged ${tag}`);
    this.blocks.splice(index, 1, ...(keepText ? cc.paragraphs : []));
    this.notify();
  }

  /** Simulates copy-paste of the control somewhere else (same tag twice). */
  duplicateControl(tag: string, afterBlock: number): void {
    const cc = this.controlsByTag(tag)[0];
    if (!cc) throw new Error(`no control tagged ${tag}`);
    const copy: FakeContentControl = { ...cc, id: this.nextControlId++, paragraphs: cc.paragraphs.map((p) => ({ ...p })) };
    this.blocks.splice(afterBlock + 1, 0, copy);
    this.notify();
  }

  /** Every content control, for getById. */
  allControls(): FakeContentControl[] {
    return this.blocks.filter((b): b is FakeContentControl => b.kind === 'cc');
  }

  /** Accepts all tracked changes, like "Alle wijzigingen accepteren". */
  acceptAllRevisions(): void {
    const keep = (ps: FakeParagraph[]) =>
      ps.filter((p) => p.revision !== 'deleted').map((p) => ({ ...p, revision: undefined }));
    this.blocks = this.blocks.flatMap((b): FakeBlock[] => {
      if (b.kind === 'cc') return [{ ...b, paragraphs: keep(b.paragraphs) }];
      return keep([b]);
    });
    this.notify();
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies. Every command is queued; sync() runs the queue in order against the model.

type Op = { write: boolean; run: () => void };

class FakeContext implements WordContext {
  readonly queue: Op[] = [];
  readonly document: WordDocument;
  constructor(
    readonly doc: FakeWordDocument,
    readonly wordApi: string,
    readonly nullObjectMethods: NullObjectMethods,
  ) {
    this.document = new DocumentProxy(this);
  }

  enqueue(run: () => void, write = false): void {
    this.queue.push({ run, write });
  }

  async sync(): Promise<void> {
    this.doc.syncCount += 1;
    const ops = this.queue.splice(0);
    const writes = ops.some((o) => o.write);
    if (writes && (this.doc.readOnly || this.doc.protectedDocument)) {
      throw new FakeOfficeError('AccessDenied', 'The document is read-only or protected.');
    }
    try {
      for (const op of ops) op.run();
    } finally {
      this.doc.notify();
    }
  }
}

function notLoaded(what: string): never {
  throw new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Parses 'items/text,items/styleBuiltIn' or 'text,tag' into plain property names. */
function propNames(props: string): string[] {
  return props
    .split(',')
    .map((p) => p.trim().replace(/^items\//, ''))
    .filter(Boolean);
}

abstract class BaseProxy<T> {
  protected target: T | null | undefined = undefined; // undefined = not resolved yet
  protected loaded = new Map<string, unknown>();
  private nullLoaded = false;
  constructor(protected readonly ctx: FakeContext) {}

  protected bind(resolve: () => T | null): void {
    this.ctx.enqueue(() => {
      this.target = resolve();
      this.nullLoaded = true;
    });
  }

  /** For proxies created from data that is already known (collection items after a load). */
  protected bindNow(value: T): void {
    this.target = value;
    this.nullLoaded = true;
  }

  get isNullObject(): boolean {
    if (!this.nullLoaded) notLoaded('isNullObject');
    return this.target === null;
  }

  /** For queued operations: whether the object turned out to be a null object. */
  protected isNull(): boolean {
    return this.target === null;
  }

  protected model(): T {
    if (this.target === null) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
    if (this.target === undefined) throw new FakeOfficeError('GeneralException', 'Proxy used before it was resolved.');
    return this.target;
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) notLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected queueLoad(props: string, snapshot: (model: T, name: string) => unknown): void {
    const names = propNames(props);
    this.ctx.enqueue(() => {
      if (this.target === null) return; // null objects load nothing
      const m = this.model();
      for (const n of names) this.loaded.set(n, snapshot(m, n));
    });
  }

  protected queueSet(name: string, apply: (model: T) => void, value: unknown): void {
    this.loaded.set(name, value);
    this.ctx.enqueue(() => apply(this.model()), true);
  }
}

class ParagraphProxy extends BaseProxy<FakeParagraph> implements WordParagraph {
  static of(ctx: FakeContext, resolve: (() => FakeParagraph | null) | FakeParagraph): ParagraphProxy {
    const p = new ParagraphProxy(ctx);
    if (typeof resolve === 'function') p.bind(resolve);
    else p.bindNow(resolve);
    return p;
  }
  get text(): string {
    return this.read('text');
  }
  set text(_v: string) {
    throw new FakeOfficeError('NotImplemented', 'paragraph.text is not settable in this subset; use insertText.');
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(style: string) {
    this.queueSet('styleBuiltIn', (p) => (p.styleBuiltIn = style), style);
  }
  load(props: string): WordParagraph {
    this.queueLoad(props, (p, n) => {
      if (n === 'text') return p.revision === 'deleted' && this.ctx.doc.markupView === 'balloons' ? '' : p.text;
      if (n === 'styleBuiltIn') return p.styleBuiltIn;
      throw new FakeOfficeError('InvalidArgument', `Paragraph property ${n} is outside the fake's subset.`);
    });
    return this;
  }
  insertParagraph(text: string, location: 'Before' | 'After'): WordParagraph {
    let created: FakeParagraph | null = null;
    this.ctx.enqueue(() => {
      const anchor = this.model();
      const { list, index } = this.ctx.doc.locate(anchor);
      // Like Word: the new paragraph takes the style of its neighbour (a heading's style after a heading).
      created = { kind: 'p', text, styleBuiltIn: anchor.styleBuiltIn };
      if (this.ctx.doc.tracking) created.revision = 'inserted';
      (list as FakeBlock[]).splice(location === 'Before' ? index : index + 1, 0, created);
    }, true);
    return ParagraphProxy.of(this.ctx, () => created);
  }
  insertContentControl(): WordContentControl {
    let created: FakeContentControl | null = null;
    this.ctx.enqueue(() => {
      created = this.ctx.doc.addControl(this.model());
    }, true);
    return ContentControlProxy.of(this.ctx, () => created);
  }
  /** Like Word: with tracking on the paragraph stays as a tracked deletion (a pending insertion just goes). */
  delete(): void {
    this.ctx.enqueue(() => {
      const p = this.model();
      const { list, index } = this.ctx.doc.locate(p);
      if (this.ctx.doc.tracking && p.revision !== 'inserted') p.revision = 'deleted';
      else (list as FakeBlock[]).splice(index, 1);
    }, true);
  }
}

class ContentControlProxy extends BaseProxy<FakeContentControl> implements WordContentControl {
  static of(ctx: FakeContext, resolve: (() => FakeContentControl | null) | FakeContentControl): ContentControlProxy {
    const c = new ContentControlProxy(ctx);
    if (typeof resolve === 'function') c.bind(resolve);
    else c.bindNow(resolve);
    return c;
  }
  get id(): number {
    return this.read('id');
  }
  get text(): string {
    return this.read('text');
  }
  get tag(): string {
    return this.read('tag');
  }
  set tag(v: string) {
    this.queueSet('tag', (c) => (c.tag = v), v);
  }
  get title(): string {
    return this.read('title');
  }
  set title(v: string) {
    this.queueSet('title', (c) => (c.title = v), v);
  }
  get cannotDelete(): boolean {
    return this.read('cannotDelete');
  }
  set cannotDelete(v: boolean) {
    this.queueSet('cannotDelete', (c) => (c.cannotDelete = v), v);
  }
  get cannotEdit(): boolean {
    return this.read('cannotEdit');
  }
  set cannotEdit(v: boolean) {
    this.queueSet('cannotEdit', (c) => (c.cannotEdit = v), v);
  }
  load(props: string): WordContentControl {
    this.queueLoad(props, (c, n) => {
      switch (n) {
        case 'id':
          return c.id;
        case 'text':
          return rawText(c.paragraphs, this.ctx.doc.markupView);
        case 'tag':
          return c.tag;
        case 'title':
          return c.title;
        case 'cannotDelete':
          return c.cannotDelete;
        case 'cannotEdit':
          return c.cannotEdit;
        default:
          throw new FakeOfficeError('InvalidArgument', `Content control property ${n} is outside the fake's subset.`);
      }
    });
    return this;
  }
  getReviewedText(version: ChangeTrackingVersion): ClientResult<string> {
    requireApi(this.ctx, '1.4', 'ContentControl.getReviewedText');
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      if (this.isNull()) {
        nullObjectMethod(this.ctx, 'ContentControl.getReviewedText', result);
        return;
      }
      result.set(reviewedText(this.model().paragraphs, version));
    });
    return result;
  }
  insertText(text: string, location: 'Replace' | 'Start' | 'End'): unknown {
    this.ctx.enqueue(() => {
      const cc = this.model();
      if (cc.cannotEdit) throw new FakeOfficeError('AccessDenied', 'The content control cannot be edited.');
      const style = cc.paragraphs[0]?.styleBuiltIn ?? 'Normal';
      const tracking = this.ctx.doc.tracking;
      const fresh: FakeParagraph[] = text.split('\n').map((t) => ({
        kind: 'p',
        text: t,
        styleBuiltIn: style,
        ...(tracking ? { revision: 'inserted' as const } : {}),
      }));
      if (location !== 'Replace') {
        cc.paragraphs = location === 'Start' ? [...fresh, ...cc.paragraphs] : [...cc.paragraphs, ...fresh];
        return;
      }
      if (!tracking) {
        cc.paragraphs = fresh;
        return;
      }
      // Tracked replace: old text stays as a deletion, earlier insertions of ours are simply replaced.
      const old = cc.paragraphs
        .filter((p) => p.revision !== 'inserted' && p.text !== '')
        .map((p) => ({ ...p, revision: 'deleted' as const }));
      cc.paragraphs = [...old, ...fresh];
    }, true);
    return undefined;
  }
}

class XmlPartProxy extends BaseProxy<FakeXmlPart> implements WordCustomXmlPart {
  static of(ctx: FakeContext, resolve: (() => FakeXmlPart | null) | FakeXmlPart): XmlPartProxy {
    const x = new XmlPartProxy(ctx);
    if (typeof resolve === 'function') x.bind(resolve);
    else x.bindNow(resolve);
    return x;
  }
  get id(): string {
    return this.read('id');
  }
  load(props: string): WordCustomXmlPart {
    this.queueLoad(props, (x, n) => {
      if (n === 'id') return x.id;
      if (n === 'namespaceUri') return x.namespaceUri;
      throw new FakeOfficeError('InvalidArgument', `Custom XML part property ${n} is outside the fake's subset.`);
    });
    return this;
  }
  getXml(): ClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      if (this.isNull()) {
        nullObjectMethod(this.ctx, 'CustomXmlPart.getXml', result);
        return;
      }
      result.set(this.model().xml);
    });
    return result;
  }
  setXml(xml: string): void {
    this.ctx.enqueue(() => {
      const part = this.model();
      part.xml = xml;
      part.namespaceUri = namespaceOf(xml);
    }, true);
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const part = this.model();
      this.ctx.doc.parts = this.ctx.doc.parts.filter((p) => p !== part);
    }, true);
  }
}

/** A method called on a null object: fails the batch like Word's ItemNotFound, or yields null. */
function nullObjectMethod<T>(ctx: FakeContext, member: string, result: FakeClientResult<T>): void {
  if (ctx.nullObjectMethods === 'throw') {
    throw new FakeOfficeError('ItemNotFound', `${member} was called on a null object.`);
  }
  result.set(null as unknown as T);
}

class FakeClientResult<T> implements ClientResult<T> {
  private has = false;
  private v: T | undefined;
  set(v: T): void {
    this.v = v;
    this.has = true;
  }
  get value(): T {
    if (!this.has) notLoaded('value');
    return this.v as T;
  }
}

class CollectionProxy<T, P> {
  private itemsLoaded: P[] | undefined;
  private resolved: T[] | undefined;
  constructor(
    private readonly ctx: FakeContext,
    resolve: () => T[],
    private readonly wrap: (model: T) => P & { load(props: string): unknown },
  ) {
    ctx.enqueue(() => {
      this.resolved = resolve();
    });
  }
  get items(): P[] {
    if (!this.itemsLoaded) notLoaded('items');
    return this.itemsLoaded;
  }
  load(props: string): this {
    this.ctx.enqueue(() => {
      const models = this.resolved ?? [];
      const wrapped = models.map((m) => this.wrap(m));
      this.itemsLoaded = wrapped;
      // Load the item properties right away, in this same position of the queue.
      const pending = this.ctx.queue.length;
      for (const w of wrapped) w.load(props);
      const itemOps = this.ctx.queue.splice(pending);
      for (const op of itemOps) op.run();
    });
    return this;
  }
  protected resolvedNow(): T[] {
    return this.resolved ?? [];
  }
}

class ScopedXmlParts
  extends CollectionProxy<FakeXmlPart, WordCustomXmlPart>
  implements WordCustomXmlPartScopedCollection
{
  constructor(
    private readonly c: FakeContext,
    ns: string,
  ) {
    super(c, () => c.doc.parts.filter((p) => p.namespaceUri === ns), (m) => XmlPartProxy.of(c, m));
  }
  getOnlyItemOrNullObject(): WordCustomXmlPart {
    return XmlPartProxy.of(this.c, () => {
      const all = this.resolvedNow();
      return all.length === 1 ? (all[0] ?? null) : null;
    });
  }
}

/** Like an older Word: members of a newer requirement set simply do not exist. */
function requireApi(ctx: FakeContext, version: string, member: string): void {
  if (!versionAtLeast(ctx.wordApi, version)) {
    throw new FakeOfficeError('ApiNotFound', `${member} needs WordApi ${version}; this Word has ${ctx.wordApi}.`);
  }
}

class DocumentProxy implements WordDocument {
  private loaded = new Map<string, unknown>();
  constructor(private readonly ctx: FakeContext) {}
  get body(): { paragraphs: WordParagraphCollection } {
    const ctx = this.ctx;
    return {
      paragraphs: new CollectionProxy<FakeParagraph, WordParagraph>(
        ctx,
        () => ctx.doc.allParagraphs(),
        (m) => ParagraphProxy.of(ctx, m),
      ),
    };
  }
  get contentControls(): WordDocument['contentControls'] {
    const ctx = this.ctx;
    return {
      getByTag: (tag: string) =>
        new CollectionProxy<FakeContentControl, WordContentControl>(
          ctx,
          () => ctx.doc.controlsByTag(tag),
          (m) => ContentControlProxy.of(ctx, m),
        ),
      getById: (id: number) =>
        ContentControlProxy.of(ctx, () => {
          const found = ctx.doc.allControls().find((c) => c.id === id);
          if (!found) throw new FakeOfficeError('ItemNotFound', `No content control has id ${id}.`);
          return found;
        }),
    };
  }
  get customXmlParts(): WordCustomXmlPartCollection {
    const ctx = this.ctx;
    requireApi(ctx, '1.4', 'customXmlParts');
    return {
      add: (xml: string) => {
        let created: FakeXmlPart | null = null;
        ctx.enqueue(() => {
          created = ctx.doc.addPart(xml);
        }, true);
        return XmlPartProxy.of(ctx, () => created);
      },
      getByNamespace: (ns: string) => new ScopedXmlParts(ctx, ns),
      getItem: (id: string) =>
        XmlPartProxy.of(ctx, () => {
          const found = ctx.doc.parts.find((p) => p.id === id);
          if (!found) throw new FakeOfficeError('ItemNotFound', `No custom XML part has id ${id}.`);
          return found;
        }),
    };
  }
  get changeTrackingMode(): ChangeTrackingMode {
    requireApi(this.ctx, '1.4', 'changeTrackingMode');
    if (!this.loaded.has('changeTrackingMode')) notLoaded('changeTrackingMode');
    return this.loaded.get('changeTrackingMode') as ChangeTrackingMode;
  }
  load(props: string): WordDocument {
    const names = propNames(props);
    if (names.includes('changeTrackingMode')) requireApi(this.ctx, '1.4', 'changeTrackingMode');
    this.ctx.enqueue(() => {
      for (const n of names) {
        if (n !== 'changeTrackingMode') throw new FakeOfficeError('InvalidArgument', `Document property ${n} is outside the subset.`);
        this.loaded.set(n, this.ctx.doc.changeTrackingMode);
      }
    });
    return this;
  }
  getSelection(): WordRange {
    const ctx = this.ctx;
    return {
      insertParagraph(text: string, location: 'Before' | 'After'): WordParagraph {
        let created: FakeParagraph | null = null;
        ctx.enqueue(() => {
          const at = Math.min(Math.max(ctx.doc.cursorBlock, 0), ctx.doc.blocks.length - 1);
          const anchor = ctx.doc.blocks[at];
          const style = anchor?.kind === 'p' ? anchor.styleBuiltIn : 'Normal';
          created = { kind: 'p', text, styleBuiltIn: style };
          if (ctx.doc.tracking) created.revision = 'inserted';
          ctx.doc.blocks.splice(location === 'Before' ? Math.max(at, 0) : at + 1, 0, created);
        }, true);
        return ParagraphProxy.of(ctx, () => created);
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Common API custom XML parts (the pre-1.4 fallback), callback style like Office.

class CommonPart implements CommonCustomXmlPart {
  constructor(
    private readonly doc: FakeWordDocument,
    private readonly part: FakeXmlPart,
  ) {}
  get id(): string {
    return this.part.id;
  }
  getXmlAsync(callback: (result: CommonAsyncResult<string>) => void): void {
    queueMicrotask(() => callback({ status: 'succeeded', value: this.part.xml }));
  }
  deleteAsync(callback: (result: CommonAsyncResult<void>) => void): void {
    queueMicrotask(() => {
      if (this.doc.readOnly || this.doc.protectedDocument) {
        callback({ status: 'failed', value: undefined, error: { code: 5009, message: 'Access denied' } });
        return;
      }
      this.doc.parts = this.doc.parts.filter((p) => p !== this.part);
      callback({ status: 'succeeded', value: undefined });
    });
  }
}

function commonParts(doc: FakeWordDocument): CommonCustomXmlParts {
  return {
    getByNamespaceAsync(ns, callback) {
      queueMicrotask(() =>
        callback({ status: 'succeeded', value: doc.parts.filter((p) => p.namespaceUri === ns).map((p) => new CommonPart(doc, p)) }),
      );
    },
    addAsync(xml, callback) {
      queueMicrotask(() => {
        if (doc.readOnly || doc.protectedDocument) {
          callback({ status: 'failed', value: undefined as unknown as CommonCustomXmlPart, error: { code: 5009, message: 'Access denied' } });
          return;
        }
        callback({ status: 'succeeded', value: new CommonPart(doc, doc.addPart(xml)) });
      });
    },
  };
}

export interface FakeHostOptions {
  /** Highest WordApi version this "Word" supports, e.g. '1.3' for Office 2019 volume licence. */
  wordApi?: string;
  /** What a method on a null object does; defaults to failing the batch (see the top of this file). */
  nullObjectMethods?: NullObjectMethods;
  /** Office.context.document.url; absent for a new document that was never saved. */
  documentUrl?: string;
}

function versionAtLeast(have: string, want: string): boolean {
  const [ha = 0, hb = 0] = have.split('.').map(Number);
  const [wa = 0, wb = 0] = want.split('.').map(Number);
  return ha > wa || (ha === wa && hb >= wb);
}

/** A WordHost backed by the fake document, used by the tests and the demo page. */
export function createFakeHost(doc: FakeWordDocument, options: FakeHostOptions = {}): WordHost {
  const wordApi = options.wordApi ?? '1.4';
  const nullObjectMethods = options.nullObjectMethods ?? 'throw';
  return {
    async run<T>(batch: (context: WordContext) => Promise<T>): Promise<T> {
      return batch(new FakeContext(doc, wordApi, nullObjectMethods));
    },
    isSetSupported: (name, version) => name === 'WordApi' && versionAtLeast(wordApi, version),
    isReadOnly: () => doc.readOnly,
    commonXmlParts: commonParts(doc),
    documentUrl: () => options.documentUrl ?? null,
  };
}
