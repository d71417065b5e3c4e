// The exact subset of the Word JavaScript API this add-in uses. Real Word satisfies it
// structurally (see office-host.ts); addin/word-fake implements it for tests and the demo.
// Keeping the subset explicit is what keeps the fake honest: anything used must be listed here.

export type ChangeTrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

export interface ClientResult<T> {
  readonly value: T;
}

export interface ProxyObject {
  readonly isNullObject: boolean;
}

export interface WordParagraph extends ProxyObject {
  text: string;
  styleBuiltIn: string;
  load(props: string): WordParagraph;
  insertParagraph(text: string, location: 'Before' | 'After'): WordParagraph;
  insertContentControl(): WordContentControl;
  /** Word.Paragraph.delete (WordApi 1.1); with track changes on Word keeps it as a tracked deletion. */
  delete(): void;
}

export interface WordParagraphCollection {
  readonly items: WordParagraph[];
  load(props: string): WordParagraphCollection;
}

/** Word.ChangeTrackingVersion (WordApi 1.4). */
export type ChangeTrackingVersion = 'Original' | 'Current';

export interface WordContentControl extends ProxyObject {
  readonly id: number;
  tag: string;
  title: string;
  /**
   * Not the text the user sees: with tracked changes shown inline it holds deleted and inserted
   * text alike (https://github.com/OfficeDev/office-js/issues/1267), and what it holds depends on
   * the markup view (https://github.com/OfficeDev/office-js/issues/2314). Use getReviewedText.
   */
  readonly text: string;
  cannotDelete: boolean;
  cannotEdit: boolean;
  load(props: string): WordContentControl;
  insertText(text: string, location: 'Replace' | 'Start' | 'End'): unknown;
  /**
   * WordApi 1.4: the text as if all tracked changes were accepted ('Current') or rejected ('Original').
   * Body, ContentControl, Paragraph and Range have it; we use the ContentControl one.
   * https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-getreviewedtext-member(2)
   */
  getReviewedText(version: ChangeTrackingVersion): ClientResult<string>;
}

export interface WordContentControlCollection {
  readonly items: WordContentControl[];
  load(props: string): WordContentControlCollection;
}

export interface WordCustomXmlPart extends ProxyObject {
  readonly id: string;
  load(props: string): WordCustomXmlPart;
  getXml(): ClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
}

export interface WordCustomXmlPartScopedCollection {
  readonly items: WordCustomXmlPart[];
  load(props: string): WordCustomXmlPartScopedCollection;
  /**
   * Deliberately unused by the add-in: what a method such as getXml() does on the null object it may
   * return is not documented (it may fail the whole batch). Listed so the fake's tests can show it.
   */
  getOnlyItemOrNullObject(): WordCustomXmlPart;
}

export interface WordCustomXmlPartCollection {
  add(xml: string): WordCustomXmlPart;
  getByNamespace(namespaceUri: string): WordCustomXmlPartScopedCollection;
  /** Throws ItemNotFound at sync when no part has this id (WordApi 1.4). */
  getItem(id: string): WordCustomXmlPart;
}

export interface WordRange {
  insertParagraph(text: string, location: 'Before' | 'After'): WordParagraph;
}

export interface WordDocument {
  readonly body: { readonly paragraphs: WordParagraphCollection };
  readonly contentControls: {
    getByTag(tag: string): WordContentControlCollection;
    /** Throws ItemNotFound at sync when there is no control with this id (WordApi 1.1). */
    getById(id: number): WordContentControl;
  };
  /** WordApi 1.4: only touch it after `isSetSupported('WordApi', '1.4')`. */
  readonly customXmlParts: WordCustomXmlPartCollection;
  /** WordApi 1.4. */
  readonly changeTrackingMode: ChangeTrackingMode;
  load(props: string): WordDocument;
  getSelection(): WordRange;
}

export interface WordContext {
  readonly document: WordDocument;
  sync(): Promise<void>;
}

/** The Common API custom XML parts (Office.context.document.customXmlParts), the fallback before WordApi 1.4. */
export interface CommonAsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; message: string };
}
export interface CommonCustomXmlPart {
  readonly id: string;
  getXmlAsync(callback: (result: CommonAsyncResult<string>) => void): void;
  deleteAsync(callback: (result: CommonAsyncResult<void>) => void): void;
}
export interface CommonCustomXmlParts {
  getByNamespaceAsync(ns: string, callback: (result: CommonAsyncResult<CommonCustomXmlPart[]>) => void): void;
  addAsync(xml: string, callback: (result: CommonAsyncResult<CommonCustomXmlPart>) => void): void;
}

/** Everything the operations need from the Office host, injectable so tests and the demo can use the fake. */
export interface WordHost {
  run<T>(batch: (context: WordContext) => Promise<T>): Promise<T>;
  isSetSupported(name: 'WordApi', version: string): boolean;
  /** Office.context.document.mode === ReadOnly (e.g. a document opened for reading only). */
  isReadOnly(): boolean;
  /** Common API fallback for the answers part; absent outside Office. */
  readonly commonXmlParts?: CommonCustomXmlParts;
  /** Office.context.document.url: where the document is saved (empty for a new, unsaved one). */
  documentUrl?(): string | null;
}

/** What the pane needs from Office to sign in with nested app authentication. */
export interface OfficeAuthInfo {
  /** `isSetSupported('NestedAppAuth', '1.1')`; without it MSAL falls back to a standard popup. */
  isNestedAppAuthSupported(): boolean;
  /** The signed-in Office account (Office.auth.getAuthContext), which Word on the web needs as login hint. */
  loginHint(): Promise<string | undefined>;
}
