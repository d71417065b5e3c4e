export { COPY_TAG, readDocumentState, saveAnswers, writeParticipatieParagraph } from './paragraph-ops.ts';
export type { WriteRequest, WriteResult } from './paragraph-ops.ts';
export { startOffice } from './office-host.ts';
export type { OfficeThemeKind } from './office-host.ts';
export type { WordHost } from './word-api.ts';
