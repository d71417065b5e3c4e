export { FakeOfficeError, FakeWordDocument, createFakeHost } from './fake-word.ts';
export type {
  FakeBlock,
  FakeContentControl,
  FakeDocumentOptions,
  FakeHostOptions,
  FakeParagraph,
  FakeXmlPart,
  MarkupView,
  NullObjectMethods,
  Revision,
} from './fake-word.ts';
export { blockIndexOf, buildBwVoorstel } from './fixtures.ts';
export type { FixtureOptions, FixtureShape } from './fixtures.ts';
export { toDocx } from './docx.ts';
export { renderFakeDocumentHtml } from './html.ts';
