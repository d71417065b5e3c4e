export { COPY_TAG, readDocumentState, saveAnswers, writeParticipatieParagraph } from './paragraph-ops.ts';
export type { ControlInfo, DocumentState, HandEditChoice, StoredAnswers, WriteRequest, WriteResult } from './paragraph-ops.ts';
export { findOnderwerp, findParticipatieHeadings, isHeadingStyle, planNewHeading } from './placement.ts';
export type { HeadingRef, NewHeadingPlan, ParagraphInfo } from './placement.ts';
export { startOffice } from './office-host.ts';
export type { OfficeStartup, OfficeThemeKind } from './office-host.ts';
export type { WordHost, WordContext, CommonCustomXmlParts } from './word-api.ts';
