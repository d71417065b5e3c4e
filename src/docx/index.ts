// Public API of the .docx adapter: reading B&W-voorstellen, the participatiescan and writing the
// participatieparagraaf into a file the way the Word add-in does.
export { analyseDocx, readParticipationText } from './analyse.ts';
export { insertParagraphIntoDocx } from './insert.ts';
export { buildReport } from './report.ts';
export type { ScanReport } from './report.ts';
export { reportToCsv, reportToDocx, reportToJson } from './report-output.ts';
export { scanFolder } from './scan.ts';
export type { ScanResult } from './scan.ts';
export type { DocumentSummary } from './types.ts';
