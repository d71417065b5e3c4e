// The Microsoft Graph permissions this product asks for: one list for the README's table, the
// emulator's dev tokens and the tests. A test holds the README table against it, so a permission
// added here without the README (or the other way round) fails the build.

export type GraphPermissionKind = 'application' | 'delegated';
export type GraphPermissionUser = 'bot' | 'tab';

export interface GraphPermissionGrant {
  name: string;
  kind: GraphPermissionKind;
  who: GraphPermissionUser;
}

/**
 * Application permissions of the bot's Entra app (client credentials). No calendar permission: the
 * bot never reads a group calendar (Microsoft documents application access to group events as not
 * supported); meeting dates come from the werkgroep's SharePoint list.
 */
export const BOT_APPLICATION_PERMISSIONS = [
  'GroupMember.Read.All',
  'Tasks.ReadWrite.All',
  'Sites.Selected',
  'User.Read.All',
  'TeamsAppInstallation.ReadWriteSelfForUser.All',
] as const;

/** Delegated permissions of the tab's Entra app (nested app authentication or on-behalf-of). */
export const TAB_DELEGATED_PERMISSIONS = ['User.ReadBasic.All', 'GroupMember.Read.All', 'Tasks.ReadWrite', 'Group.ReadWrite.All', 'Calendars.ReadWrite', 'Sites.Manage.All'] as const;

export const GRAPH_PERMISSIONS: readonly GraphPermissionGrant[] = [
  ...BOT_APPLICATION_PERMISSIONS.map((name) => ({ name, kind: 'application' as const, who: 'bot' as const })),
  ...TAB_DELEGATED_PERMISSIONS.map((name) => ({ name, kind: 'delegated' as const, who: 'tab' as const })),
];
