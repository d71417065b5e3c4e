export {
  buildActionDoneCard,
  buildActionReminderCard,
  buildConflictCard,
  buildErrorCard,
  buildHandedOverCard,
  buildRefusalCard,
  buildSnoozedCard,
  describeActionChanges,
} from './action-cards.ts';
export type { ActionCardInput } from './action-cards.ts';
export { SETTINGS_KINDS, buildHelpCard, buildMyActionsCard, buildSettingsCard, buildSettingsSavedCard } from './command-cards.ts';
export type { SettingsKind, SettingsView } from './command-cards.ts';
export { subEntityIdOf, tabLinksFromSettings } from './deep-link.ts';
export type { TabLinks } from './deep-link.ts';
export { buildDigestCard } from './digest-card.ts';
export { buildMeetingCard } from './meeting-card.ts';
export { safeText } from './safe-text.ts';
export { buildEvaluationSavedCard, buildTrajectDoneCard, buildTrajectFollowUpCard, buildTrajectRefusalCard } from './traject-card.ts';
export { VERBS } from './verbs.ts';
