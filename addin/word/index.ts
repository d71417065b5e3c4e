export { COPY_TAG, readDocumentState, saveAnswers, writeParticipatieParagraph } from './paragraph-ops.ts';
export type { WriteRequest, WriteResult } from './paragraph-ops.ts';
export type { HeaderFacts } from './placement.ts';
export { startOffice } from './office-host.ts';
export type { OfficeThemeKind } from './office-host.ts';
export type { OfficeAuthInfo, WordHost } from './word-api.ts';
