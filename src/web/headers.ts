/**
 * Hosts that may frame the tab, its configuration page and the Word task pane.
 *
 * Teams, Outlook and the Microsoft 365 app: the frame-ancestors table on "Prerequisites" for tabs,
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements
 * (*.cloud.microsoft is where those web clients are moving; the older hosts stay during the move).
 */
export const TEAMS_FRAME_ANCESTORS = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
] as const;

/**
 * Word on the web: the editor runs on *.officeapps.live.com inside the document's SharePoint or
 * OneDrive page (*.sharepoint.com), and both are ancestors of the task pane's frame. Desktop Word hosts
 * the pane in a webview without ancestors. See "Office Add-ins platform overview" on how the web
 * clients host a task pane in an iframe:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/privacy-and-security
 */
export const OFFICE_WEB_FRAME_ANCESTORS = ['https://*.officeapps.live.com', 'https://*.sharepoint.com'] as const;

/** Local pages that frame the tab or the pane during development (the demo, the dev servers). */
export const LOCAL_FRAME_ANCESTORS = ['http://localhost:*', 'http://127.0.0.1:*', 'https://localhost:*', 'https://127.0.0.1:*'] as const;

export interface SecurityHeaderOptions {
  /**
   * `embed`: a page Teams or Office frames (tab, configuration page, task pane);
   * `page`: a plain page (privacy, terms, support) that nobody needs to frame.
   */
  kind?: 'embed' | 'page';
  /** Extra frame ancestors, e.g. LOCAL_FRAME_ANCESTORS for `npm start` and the dev servers. */
  extraAncestors?: readonly string[];
}

/**
 * The one builder of the security headers every server here sends (production web app, `npm start`,
 * the tab's and the task pane's dev servers): a Content-Security-Policy whose frame-ancestors lets only
 * Microsoft's hosts (and our own origin) frame the page, a Referrer-Policy that sends no paths or
 * query strings to other sites, and nosniff.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): Record<string, string> {
  const kind = options.kind ?? 'embed';
  const ancestors =
    kind === 'embed'
      ? ["'self'", ...TEAMS_FRAME_ANCESTORS, ...OFFICE_WEB_FRAME_ANCESTORS, ...(options.extraAncestors ?? [])]
      : ["'self'", ...(options.extraAncestors ?? [])];
  // Only directives that cannot break teams-js, MSAL or Office.js (which load and connect across
  // Microsoft hosts): who may frame us, no <base> tricks, no plugins.
  const csp =
    kind === 'embed'
      ? [`frame-ancestors ${ancestors.join(' ')}`, "base-uri 'self'", "object-src 'none'"]
      : ["default-src 'none'", "style-src 'unsafe-inline'", "img-src 'self'", `frame-ancestors ${ancestors.join(' ')}`, "base-uri 'none'", "form-action 'none'"];
  return {
    'content-security-policy': csp.join('; '),
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-content-type-options': 'nosniff',
  };
}
