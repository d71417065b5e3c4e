export { AppError, describeError, errorText, messageFor } from './errors.ts';
export type { ErrorCode } from './errors.ts';
export { escapeHtml, escapeXml } from './escape.ts';
export { capitalize, formatDateNl, formatDateRangeNl, formatEuro, formatMonthNl, joinListNl } from './format.ts';
