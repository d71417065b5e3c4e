// Small files an administrator keeps in a site's document library, read by path: the municipality profile
// on the participation site, which the Word add-in loads without asking.
import { ResponseType } from '@microsoft/microsoft-graph-client';
import { AppError } from '../text/index.ts';
import type { GraphClient } from './client.ts';
import { graphCall, hasCode } from './errors.ts';

/** Where the administrator publishes the municipality profile: the participation site's default library. */
export const PROFILE_FILE_PATH = 'Gemeenteprofiel/gemeenteprofiel.json';

/**
 * The JSON content of a file in the site's default library, by path (`folder/name`); undefined when there is
 * no such file. `GET /sites/{site-id}/drive/root:/{path}:/content` answers 302 to a pre-authenticated
 * download URL, which fetch follows (https://learn.microsoft.com/graph/api/driveitem-get-content).
 * @throws AppError('GRAPH.MALFORMED') when the file is not JSON; GRAPH.* codes for the call itself.
 */
export async function readSiteJsonFile(client: GraphClient, siteId: string, path: string): Promise<unknown> {
  const address = `/sites/${encodeURIComponent(siteId)}/drive/root:/${path.split('/').map(encodeURIComponent).join('/')}:/content`;
  let text: unknown;
  try {
    text = await graphCall(() => client.api(address).responseType(ResponseType.TEXT).get(), { resource: 'driveItem' });
  } catch (error) {
    if (hasCode(error, 'GRAPH.NOT_FOUND')) return undefined;
    throw error;
  }
  try {
    return typeof text === 'string' ? (JSON.parse(text) as unknown) : text;
  } catch (cause) {
    throw new AppError('GRAPH.MALFORMED', { cause, details: { resource: 'driveItem' } });
  }
}
