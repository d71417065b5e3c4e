import { formatTabRoute, type TabRoute } from '../../src/workgroups/index.ts';

/** Where the tab lives, so cards can link into it. */
export interface TabLinks {
  /**
   * The id Teams knows the app by in deep links (not the bot id): for an app in the organisation's
   * catalog that is the catalog id, for an app uploaded by a user the manifest id. See "App ID for
   * different types of apps" on https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application
   */
  teamsAppId: string;
  /** entityId of the static personal tab. */
  personalTabEntityId: string;
}

export const PERSONAL_TAB_ENTITY_ID = 'mijn-acties';

/**
 * The links from the settings: `TEAMS_APP_CATALOG_ID` (the org catalog id, which deep links need once
 * the app is in the catalog) and else `TEAMS_APP_ID` (the manifest id, right for an uploaded custom app).
 */
export function tabLinksFromSettings(settings: { TEAMS_APP_ID?: string | undefined; TEAMS_APP_CATALOG_ID?: string | undefined }): TabLinks {
  const id = settings.TEAMS_APP_CATALOG_ID?.trim() || settings.TEAMS_APP_ID?.trim() || 'teams-app';
  return { teamsAppId: id, personalTabEntityId: PERSONAL_TAB_ENTITY_ID };
}

/**
 * A Teams deep link to the personal tab (`https://teams.microsoft.com/l/entity/{appId}/{entityId}`),
 * optionally to one page: the route goes in `context.subEntityId`, which the tab reads as
 * `context.page.subPageId` and parses with the same route module.
 */
export function tabDeepLink(links: TabLinks, route?: TabRoute): string {
  const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(links.teamsAppId)}/${encodeURIComponent(links.personalTabEntityId)}`;
  if (!route) return base;
  return `${base}?context=${encodeURIComponent(JSON.stringify({ subEntityId: formatTabRoute(route) }))}`;
}

/** The route a deep link carries (its subEntityId), or undefined; for tests and diagnostics. */
export function subEntityIdOf(link: string): string | undefined {
  try {
    const context = new URL(link).searchParams.get('context');
    if (!context) return undefined;
    const parsed = JSON.parse(context) as { subEntityId?: unknown };
    return typeof parsed.subEntityId === 'string' ? parsed.subEntityId : undefined;
  } catch {
    return undefined;
  }
}
