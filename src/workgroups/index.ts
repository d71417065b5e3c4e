export {
  assertCanActOnAction,
  assigneesOf,
  canActOnAction,
  groupOpenActionsByOwner,
  handOverAction,
  handOverFrom,
  isOverdue,
  markActionDone,
  nextMeeting,
  orderAssignees,
  snoozeAction,
  werkgroepMemberIds,
} from './actions.ts';
export type { SnoozeDays, TaskAssignment } from './actions.ts';
export { activeMeetings, isMeetingListInStep, meetingListTitle, planMeetingListSync } from './meeting-list.ts';
export type { MeetingListChange, MeetingListEntry, MeetingListPlan, MeetingListPlanOptions } from './meeting-list.ts';
export { AMSTERDAM, GRAPH_TIME_ZONE, addMinutesToInstant, amsterdamClock, amsterdamTime, toAmsterdamDate } from '../text/amsterdam.ts';
export { addDays, daysBetween, fromDayNumber, isoWeekday, isoWeekdayOfDayNumber, isWeekend, makeDate, toDayNumber } from './dates.ts';
export { dutchHolidays, easterSunday, holidayOn, koningsdag } from './holidays.ts';
export {
  DEFAULT_REMINDER_POLICY,
  actionCardKind,
  actionStage,
  computeReminders,
  digestAnchor,
  isInWindow,
  mayDeliverReminder,
  resolvePolicy,
  sendingWindowStart,
} from './reminders.ts';
export type { ActionStage } from './reminders.ts';
export {
  firstSeriesDate,
  graphSeriesTimes,
  nextSeriesOccurrences,
  relativeMonthlyDate,
  toGraphRecurrence,
} from './series.ts';
export { MT_OVERZICHT_ROUTE, actionRoute, formatTabRoute, meetingRoute, parseTabRoute, routeGroupId, startRoute, tabRouteHash } from './tab-routes.ts';
export type { TabPage, TabRoute } from './tab-routes.ts';
export {
  applyActieLinks,
  formatActieLinks,
  formatVerbeterActies,
  formatVoortgang,
  isResultaatOverdue,
  nextNr,
  parseVerbeterActies,
  parseVoortgang,
  setVoortgang,
  suggestMembers,
} from './results.ts';
export type { VoortgangEntry } from './results.ts';
export { summarizeYear } from './year-summary.ts';
export type { YearCounts, YearSummary, YearSummaryInput } from './year-summary.ts';
export {
  addWorkingDays,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
} from './working-days.ts';
export {
  ACTIE_STATUSES,
  HOLIDAY_KINDS,
  REMINDER_KINDS,
  RESULTAAT_STATUSES,
  VERBETERACTIE_STATUSES,
  WEEKDAYS,
  WEEK_INDEXES,
  actieSchema,
  agendapuntSchema,
  besluitSchema,
  calendarOptionsSchema,
  clockTimeSchema,
  instantSchema,
  isoDateSchema,
  memberSchema,
  monthlyRuleSchema,
  preferencesSchema,
  reminderPolicySchema,
  resultaatSchema,
  sendingHoursSchema,
  snoozeSchema,
  verbeterActieSchema,
  verbeterpuntSchema,
  vergaderingSchema,
  werkgroepSchema,
} from './types.ts';
export type {
  Actie,
  ActieStatus,
  ActionReminder,
  Agendapunt,
  Besluit,
  CalendarOptions,
  DigestReminder,
  DigestSnapshot,
  GraphRecurrence,
  Holiday,
  HolidayKind,
  MeetingReminder,
  Member,
  MonthlyRule,
  OwnerActions,
  Preferences,
  Reminder,
  ReminderInput,
  ReminderKind,
  ReminderPolicy,
  ReminderRecipient,
  Resultaat,
  ResultaatStatus,
  SeriesOccurrence,
  Snooze,
  StatusChange,
  TimeWindow,
  VerbeterActie,
  VerbeterActieStatus,
  Verbeterpunt,
  Vergadering,
  Weekday,
  WeekIndex,
  Werkgroep,
  WerkgroepRef,
} from './types.ts';
