export { cardForReminder } from './cards.ts';
export { createPersonalConversationFinder } from './conversations.ts';
export type { PersonalConversationFinder, PersonalConversationFinderOptions } from './conversations.ts';
export { createGraphInstaller } from './installer.ts';
export type { InstallOutcome, ProactiveInstaller } from './installer.ts';
export { createScheduler } from './scheduler.ts';
export type { CycleReport, GraphHealth, PlannedReminder, ReminderSource, Scheduler, SchedulerOptions, SourceData, SourceHealth } from './scheduler.ts';
export { createGraphReminderSource, sourceHealthOf } from './source.ts';
export type { GraphReminderSourceOptions } from './source.ts';
