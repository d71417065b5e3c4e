// The exact subset of the Word JavaScript API this add-in uses. Real Word satisfies it
// structurally (see office-host.ts); addin/word-fake implements it for tests and the demo.
// Keeping the subset explicit is what keeps the fake honest: anything used must be listed here.

export type InsertLocation = 'Before' | 'After' | 'Start' | 'End' | 'Replace';
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
}

export interface WordParagraphCollection {
  readonly items: WordParagraph[];
  load(props: string): WordParagraphCollection;
}

export interface WordContentControl extends ProxyObject {
  readonly id: number;
  tag: string;
  title: string;
  readonly text: string;
  cannotDelete: boolean;
  cannotEdit: boolean;
  load(props: string): WordContentControl;
  insertText(text: string, location: 'Replace' | 'Start' | 'End'): unknown;
}

export interface WordContentControlCollection {
  readonly items: WordContentControl[];
  load(props: string): WordContentControlCollection;
}

export interface WordCustomXmlPart extends ProxyObject {
  readonly id: string;
  getXml(): ClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
}

export interface WordCustomXmlPartScopedCollection {
  readonly items: WordCustomXmlPart[];
  load(props: string): WordCustomXmlPartScopedCollection;
  getOnlyItemOrNullObject(): WordCustomXmlPart;
}

export interface WordCustomXmlPartCollection {
  add(xml: string): WordCustomXmlPart;
  getByNamespace(namespaceUri: string): WordCustomXmlPartScopedCollection;
}

export interface WordRange {
  insertParagraph(text: string, location: 'Before' | 'After'): WordParagraph;
}

export interface WordDocument {
  readonly body: { readonly paragraphs: WordParagraphCollection };
  readonly contentControls: { getByTag(tag: string): WordContentControlCollection };
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
}
