export { createDevTokenProvider, createAppTokenProvider } from './auth.ts';
export { createBrowserTokenProvider } from './browser-auth.ts';
export { createGraphClient, createTrustingDispatcher } from './client.ts';
export type { GraphClient } from './client.ts';
export { GraphConflictError, toAppError } from './errors.ts';
export { batch } from './batch.ts';
export type { ReadOptions, SkippedItem } from './paging.ts';
export { getGroup, getGroupOwners, listMembers, listMyGroups } from './groups.ts';
export { getMe, getUser, getUsers } from './users.ts';
export { findAppChatForUser, installAppForUser } from './teamwork.ts';
export { createMeetingSeries, listMeetings, moveMeeting, setMeetingAgenda, updateMeetingSeries } from './calendar.ts';
export { completeAction, createAction, createGroupPlan, getAction, getGroupPlan, listActions, listBuckets, updateAction } from './planner.ts';
export {
  LIST_COLUMNS,
  LIST_NAMES,
  addAgendapunt,
  addBesluit,
  deleteListItem,
  ensureWerkgroepLists,
  isWerkgroepSite,
  listAgendapunten,
  listBesluiten,
  listMeetingEntries,
  listResultaten,
  listVerbeterpunten,
  meetingListFields,
  saveResultaat,
  saveVerbeterpunt,
  updateAgendapunt,
  updateBesluit,
} from './lists.ts';
export type { ListIds, WerkgroepListName, WerkgroepLists } from './lists.ts';
export { meetingListHorizon, syncMeetingList } from './meeting-list.ts';
export type { MeetingListSyncInput } from './meeting-list.ts';
export { DEFAULT_LOADER_TTL, loadReminderData, streamReminderData } from './loader.ts';
export type { LoadOptions, LoadProblem, LoaderCache, ReminderChunk } from './loader.ts';
export {
  TRAJECT_COLUMNS,
  TRAJECT_LIST,
  ensureTrajectList,
  findTrajectByDocument,
  listTrajecten,
  trajectFields,
  updateTraject,
  upsertTraject,
} from './trajecten.ts';
export { PROFILE_FILE_PATH, readSiteJsonFile } from './site-files.ts';
