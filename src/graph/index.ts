export { createDevTokenProvider, createAppTokenProvider } from './auth.ts';
export type { AppTokenConfig, TokenProvider } from './auth.ts';
export { createBrowserTokenProvider } from './browser-auth.ts';
export type { BrowserTokenConfig } from './browser-auth.ts';
export { GRAPH_BASE_URL, GRAPH_DEFAULT_SCOPES, createGraphClient, createTrustingDispatcher } from './client.ts';
export type { GraphClient, GraphClientOptions, GraphRequestInfo, RetryOptions } from './client.ts';
export { GraphConflictError, toAppError } from './errors.ts';
export type { GraphErrorCode } from './errors.ts';
export { BATCH_LIMIT, batch } from './batch.ts';
export type { BatchOptions, BatchRequest, BatchResult, BatchStats } from './batch.ts';
export type { ReadOptions, SkippedItem } from './paging.ts';
export { getGroup, getGroupOwners, listMembers, listMyGroups } from './groups.ts';
export type { GroupSummary } from './groups.ts';
export { getMe, getUser, getUsers } from './users.ts';
export { findAppChatForUser, installAppForUser } from './teamwork.ts';
export type { GetUsersResult } from './users.ts';
export { createMeetingSeries, deleteMeeting, listMeetings, moveMeeting, setMeetingAgenda, updateMeetingSeries } from './calendar.ts';
export type { NewMeetingSeries } from './calendar.ts';
export { completeAction, createAction, createGroupPlan, getAction, getGroupPlan, listActions, listBuckets, updateAction } from './planner.ts';
export type { ActieChange, Bucket, NewActie, Plan } from './planner.ts';
export {
  LIST_COLUMNS,
  LIST_NAMES,
  addAgendapunt,
  addBesluit,
  createResultaat,
  createVerbeterpunt,
  deleteListItem,
  ensureWerkgroepLists,
  isWerkgroepSite,
  getGroupSite,
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
export type {
  AgendapuntInput,
  BesluitInput,
  ListIds,
  ResultaatInput,
  VerbeterpuntInput,
  WerkgroepListName,
  WerkgroepLists,
} from './lists.ts';
export { MEETING_LIST_MONTHS, meetingListHorizon, syncMeetingList } from './meeting-list.ts';
export type { MeetingListSyncInput, MeetingListSyncResult } from './meeting-list.ts';
export { DEFAULT_LOADER_TTL, loadReminderData, streamReminderData } from './loader.ts';
export type { GroupIds, LoadOptions, LoadProblem, LoaderCache, LoaderStats, LoaderTtl, ReminderChunk, ReminderData, ReminderWindow } from './loader.ts';
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
export type { UpsertOptions } from './trajecten.ts';
export { PROFILE_FILE_PATH, readSiteJsonFile } from './site-files.ts';
