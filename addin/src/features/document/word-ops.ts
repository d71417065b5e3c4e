// Loaded lazily by the pane: the Word operations pull in the XML and hashing code, which the
// first step of the wizard does not need before the document has been read.
export { readDocumentState, saveAnswers } from '../../../word/index.ts';
