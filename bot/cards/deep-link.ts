/** Where the tab lives, so cards can link into it. */
export interface TabLinks {
  /** The Teams app id from the manifest (not the bot id). */
  teamsAppId: string;
  /** entityId of the static personal tab. */
  personalTabEntityId: string;
}

/** A Teams deep link to the personal tab, optionally to one item (subEntityId). */
export function tabDeepLink(links: TabLinks, subEntityId?: string): string {
  const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(links.teamsAppId)}/${encodeURIComponent(links.personalTabEntityId)}`;
  if (!subEntityId) return base;
  return `${base}?context=${encodeURIComponent(JSON.stringify({ subEntityId }))}`;
}
