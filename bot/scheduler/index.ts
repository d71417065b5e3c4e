export { cardForReminder } from './cards.ts';
export { createGraphInstaller } from './installer.ts';
export type { InstallOutcome, ProactiveInstaller } from './installer.ts';
export { createScheduler } from './scheduler.ts';
export type { CycleReport, PlannedReminder, ReminderSource, Scheduler, SchedulerOptions, SourceData } from './scheduler.ts';
export { createGraphReminderSource } from './source.ts';
export type { GraphReminderSourceOptions } from './source.ts';
