export {
  assigneesOf,
  canActOnAction,
  groupOpenActionsByOwner,
  handOverAction,
  handOverFrom,
  isOverdue,
  nextMeeting,
  orderAssignees,
  snoozeAction,
} from './actions.ts';
export type { TaskAssignment } from './actions.ts';
export { activeMeetings, isMeetingListInStep, meetingListTitle, planMeetingListSync } from './meeting-list.ts';
export type { MeetingListEntry, MeetingListPlan } from './meeting-list.ts';
export { AMSTERDAM, GRAPH_TIME_ZONE, amsterdamClock, amsterdamTime, toAmsterdamDate } from '../text/amsterdam.ts';
export { addDays, daysBetween, fromDayNumber, isoWeekdayOfDayNumber, isWeekend, makeDate, toDayNumber } from './dates.ts';
export { dutchHolidays, holidayOn } from './holidays.ts';
export { actionCardKind, computeReminders, isInWindow, mayDeliverReminder, resolvePolicy } from './reminders.ts';
export { graphSeriesTimes, relativeMonthlyDate, toGraphRecurrence } from './series.ts';
export { MT_OVERZICHT_ROUTE, actionRoute, formatTabRoute, meetingRoute, parseTabRoute, routeGroupId, startRoute, tabRouteHash } from './tab-routes.ts';
export type { TabRoute } from './tab-routes.ts';
export {
  applyActieLinks,
  formatActieLinks,
  formatVerbeterActies,
  isResultaatOverdue,
  nextNr,
  parseVerbeterActies,
  parseVoortgang,
  setVoortgang,
  suggestMembers,
} from './results.ts';
export { summarizeYear } from './year-summary.ts';
export { addWorkingDays, isWorkingDay, workingDayOnOrAfter, workingDaysBetween } from './working-days.ts';
export {
  HOLIDAY_KINDS,
  REMINDER_KINDS,
  RESULTAAT_STATUSES,
  VERBETERACTIE_STATUSES,
  WEEKDAYS,
  WEEK_INDEXES,
  agendapuntSchema,
  besluitSchema,
  resultaatSchema,
  verbeterpuntSchema,
  vergaderingSchema,
} from './types.ts';
export type {
  Actie,
  ActionReminder,
  Agendapunt,
  Besluit,
  CalendarOptions,
  DigestReminder,
  DigestSnapshot,
  MeetingReminder,
  Member,
  MonthlyRule,
  Preferences,
  Reminder,
  ReminderInput,
  ReminderPolicy,
  ReminderRecipient,
  Resultaat,
  ResultaatStatus,
  VerbeterActie,
  VerbeterActieStatus,
  Verbeterpunt,
  Vergadering,
  Weekday,
  WeekIndex,
  Werkgroep,
  WerkgroepRef,
} from './types.ts';
