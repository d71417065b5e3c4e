export { FakeWordDocument, createFakeHost } from './fake-word.ts';
export type {
  FakeContentControl,
  FakeParagraph,
} from './fake-word.ts';
export { blockIndexOf, buildBwVoorstel } from './fixtures.ts';
export type { FixtureShape } from './fixtures.ts';
export { toDocx } from './docx.ts';
export { renderFakeDocumentHtml } from './html.ts';
