// Seed and state shapes for the Graph emulator. A seed is plain JSON so the demo tenant, the
// benchmark and persisted files share one format.

export interface SeedUser {
  id: string;
  displayName: string;
  givenName?: string;
  surname?: string;
  /** null models a user without a mailbox (Graph returns `mail: null`). */
  mail: string | null;
  userPrincipalName: string;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
}

export interface SeedGroup {
  id: string;
  displayName: string;
  description?: string;
  mailNickname: string;
  mail?: string;
  visibility?: 'Private' | 'Public';
  memberIds: string[];
  ownerIds: string[];
  /** true: the group has a team with a General channel. */
  team?: boolean;
  createdDateTime?: string;
}

export interface SeedBucket {
  id: string;
  name: string;
  orderHint?: string;
}

export interface SeedPlan {
  id: string;
  groupId: string;
  title: string;
  buckets?: SeedBucket[];
  createdDateTime?: string;
}

export interface SeedReference {
  alias: string;
  type?: string;
  previewPriority?: string;
}

export interface SeedTask {
  id: string;
  planId: string;
  bucketId?: string;
  title: string;
  startDateTime?: string;
  dueDateTime?: string;
  percentComplete?: number;
  priority?: number;
  assigneeIds?: string[];
  createdDateTime?: string;
  createdById?: string;
  completedDateTime?: string;
  completedById?: string;
  orderHint?: string;
  description?: string;
  /** Keys are encoded URLs, as Planner requires. */
  references?: Record<string, SeedReference>;
  checklist?: Record<string, { title: string; isChecked?: boolean }>;
}

export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

export interface RecurrencePattern {
  type: 'daily' | 'weekly' | 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';
  interval: number;
  month?: number;
  dayOfMonth?: number;
  daysOfWeek?: string[];
  firstDayOfWeek?: string;
  index?: 'first' | 'second' | 'third' | 'fourth' | 'last';
}

export interface RecurrenceRange {
  type: 'endDate' | 'noEnd' | 'numbered';
  startDate: string;
  endDate?: string;
  numberOfOccurrences?: number;
  recurrenceTimeZone?: string;
}

export interface PatternedRecurrence {
  pattern: RecurrencePattern;
  range: RecurrenceRange;
}

export interface SeedAttendee {
  type?: 'required' | 'optional' | 'resource';
  emailAddress: { name?: string; address?: string };
}

export interface SeedEvent {
  id: string;
  groupId: string;
  subject: string;
  body?: { contentType: 'text' | 'html'; content: string };
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  recurrence?: PatternedRecurrence | null;
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: string;
  joinUrl?: string;
  location?: string;
  attendees?: SeedAttendee[];
  createdDateTime?: string;
}

/** A column as POSTed to `/sites/{id}/lists` or `/columns` (Graph columnDefinition, the facets we support). */
export interface ColumnDefinitionInput {
  name: string;
  displayName?: string;
  description?: string;
  required?: boolean;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  hidden?: boolean;
  text?: { allowMultipleLines?: boolean; linesForEditing?: number; maxLength?: number; textType?: 'plain' | 'richText' };
  number?: { decimalPlaces?: string; minimum?: number; maximum?: number; displayAs?: string };
  dateTime?: { format?: 'dateOnly' | 'dateTime'; displayAs?: string };
  choice?: { choices: string[]; allowTextEntry?: boolean; displayAs?: string };
  boolean?: Record<string, never>;
  /** A person column (https://learn.microsoft.com/graph/api/resources/personorgroupcolumn); items hold `<name>LookupId`. */
  personOrGroup?: { allowMultipleSelection?: boolean; chooseFromType?: 'peopleOnly' | 'peopleAndGroups'; displayAs?: string };
}

export interface SeedListItem {
  id?: string;
  fields: Record<string, unknown>;
  createdDateTime?: string;
  createdById?: string;
}

export interface SeedList {
  id: string;
  displayName: string;
  description?: string;
  columns: ColumnDefinitionInput[];
  items?: SeedListItem[];
}

export interface SeedSite {
  /** `{host},{siteCollectionId},{webId}`; derived from the group when absent. */
  id?: string;
  groupId: string;
  lists?: SeedList[];
  /** Sites.Selected grants an admin made on this site (`POST /sites/{id}/permissions`). */
  grants?: SeedSiteGrant[];
  /** Users already in the site's User Information List (they opened the site before); others join on first use. */
  siteUserIds?: string[];
}

export interface SeedSiteGrant {
  roles: ('read' | 'write' | 'owner' | 'fullcontrol')[];
  application: { id: string; displayName: string };
}

export interface SeedTeamsApp {
  id: string;
  externalId: string;
  displayName: string;
}

export interface TenantSeed {
  tenant?: { id?: string; domain?: string; sharepointHost?: string };
  users: SeedUser[];
  groups: SeedGroup[];
  plans?: SeedPlan[];
  tasks?: SeedTask[];
  events?: SeedEvent[];
  sites?: SeedSite[];
  teamsApps?: SeedTeamsApp[];
}
