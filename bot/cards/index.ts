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
export type { ActionCardInput, ActionChange } from './action-cards.ts';
export { SETTINGS_KINDS, buildHelpCard, buildMyActionsCard, buildSettingsCard, buildSettingsSavedCard } from './command-cards.ts';
export type { MyAction, SettingsKind, SettingsView } from './command-cards.ts';
export { PERSONAL_TAB_ENTITY_ID, subEntityIdOf, tabDeepLink, tabLinksFromSettings } from './deep-link.ts';
export type { TabLinks } from './deep-link.ts';
export { buildDigestCard } from './digest-card.ts';
export { buildMeetingCard } from './meeting-card.ts';
export { MAX_NAME, MAX_TITLE, safeTeamsUrl, safeText, safeUrl } from './safe-text.ts';
export { VERBS } from './verbs.ts';
export type { ActionRefData, Verb } from './verbs.ts';
