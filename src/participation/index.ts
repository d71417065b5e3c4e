// Public API of the participation core. Other folders import only from here.
export { LEVELS, levelsFor } from './ladder.ts';
export type { LevelInfo } from './ladder.ts';
export { LEVEL_IDS, levelRank } from './types.ts';
export type { Advice, B1Hint, BlockKind, Finding, Level, Paragraph, ParagraphBlock, ParseProblem, Severity } from './types.ts';
export { CHECKLIST_VERSION, answersSchema } from './answers.ts';
export type { Answers, QuestionId } from './answers.ts';
export { checklist, checklistSteps, visibleQuestions, isQuestionVisible } from './checklist.ts';
export type { ChecklistStep, Condition, Question, QuestionOption, QuestionType, StepId } from './checklist.ts';
export { parseAnswers, migrateAnswers } from './parse.ts';
export { adviseLevel } from './advice.ts';
export type { AdviceInput } from './advice.ts';
export { generateParagraph } from './generate.ts';
export { renderParagraphText, renderParagraphHtml } from './render.ts';
export { FINDING_CODES, validateAnswers } from './validate.ts';
export type { ValidateOptions } from './validate.ts';
export { checkB1 } from './b1.ts';
export type { CheckB1Options } from './b1.ts';
export { DEFAULT_PROFILE_NAME, defaultProfile, isOtherProfile, parseProfile, profileIdentity, profileSchema } from './profile.ts';
export type { Profile } from './profile.ts';
export {
  ANSWERS_NAMESPACE,
  BW_SECTION_ORDER,
  PARAGRAPH_TAG,
  PARAGRAPH_TITLE,
  hashParagraphText,
  isDocumentId,
  isHandEdited,
  isParticipatieHeading,
  parseAnswersXml,
  parseDraftAnswersXml,
  readDocumentIdFromXml,
  serializeAnswersXml,
} from './document.ts';
export type { ProfileStamp, StoredAnswers } from './document.ts';
export { DEFAULT_TERUGKOPPELING_LEAD, FOLLOW_UP_FIELDS, JA_DEELS_NEE, TRAJECT_STATUSES, isOpsteller, trajectFollowUps, trajectFromAnswers } from './traject.ts';
export type { JaDeelsNee, Traject, TrajectFollowUp, TrajectFollowUpKind, TrajectFollowUpOptions, TrajectMeta, TrajectPerson, TrajectRecord, TrajectStatus } from './traject.ts';
