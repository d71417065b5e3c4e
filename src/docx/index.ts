// Public API of the .docx adapter: reading B&W-voorstellen, the participatiescan and writing the
// participatieparagraaf into a file the way the Word add-in does.
export { analyseDocx } from './analyse.ts';
export type { AnalyseOptions } from './analyse.ts';
export { detectFileKind, openDocx } from './container.ts';
export type { FileKind, ReadLimits } from './container.ts';
export { guessLevel, readSectionText } from './classify.ts';
export type { Evidence, LevelGuess, RequiredElements, SectionKind, TextReading } from './classify.ts';
export { insertParagraphIntoDocx, writeFileAtomic } from './insert.ts';
export type { InsertOptions, InsertResult } from './insert.ts';
export { buildReport } from './report.ts';
export type { DocumentRef, FollowUpItem, GroupRow, LevelRow, ScanReport } from './report.ts';
export { reportFormatFor, reportToCsv, reportToDocx, reportToJson } from './report-output.ts';
export type { ReportFormat } from './report-output.ts';
export { scanFolder } from './scan.ts';
export type { ScanOptions, ScanProgress, ScanResult } from './scan.ts';
export { parseDutchDate, readStructure } from './structure.ts';
export type { DocumentStructure, HeaderFacts } from './structure.ts';
export type { DocumentSummary, FileProblem, FileResult, LevelResult, NoteCode, ParagraphSource, ParticipationStatus } from './types.ts';
export { parseWordPart } from './wordml.ts';
export type { WordParagraph, WordPart } from './wordml.ts';
