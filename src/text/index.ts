export { AppError, describeError, errorText, messageFor } from './errors.ts';
export type { ErrorCode } from './errors.ts';
export { escapeHtml, escapeXml } from './escape.ts';
export { capitalize, formatDateNl, formatDateRangeNl, formatEuro, formatMonthNl, joinListNl } from './format.ts';
export { addinText } from './ui-addin.ts';
export { checklistStepText, questionText, adviceText, cliText, paragraphText } from './ui-participation.ts';
export { tabText } from './ui-tab.ts';
export {
  actieStatusLabel,
  describeMonthlyRuleNl,
  holidayLabel,
  reminderKindLabel,
  resultaatStatusLabel,
  verbeterActieStatusLabel,
  weekdayLabel,
  weekIndexLabel,
  yearSummaryLabel,
} from './ui-workgroups.ts';
export {
  fillScanText,
  scanCliText,
  scanCsvHeaders,
  scanElementLabel,
  scanFollowUpText,
  scanLevelText,
  scanNoteText,
  scanReportText,
  scanSourceLabel,
  scanStatusLabel,
} from './ui-scan.ts';
export { botText } from './ui-bot.ts';
export { startText } from './ui-start.ts';
