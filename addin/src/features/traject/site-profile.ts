// The municipality profile the administrator keeps on the participation site, read with the same sign-in
// as the register. Loaded lazily, only once the user agreed to connect.
import { PROFILE_FILE_PATH, readSiteJsonFile } from '../../../../src/graph/index.ts';
import { parseProfile, type Profile } from '../../../../src/participation/index.ts';
import type { RegisterConnector } from './connection.ts';

/** The site's profile, validated; null when the site has none. Throws AppError (PROFILE.INVALID, GRAPH.*). */
export async function loadSiteProfile(connector: RegisterConnector): Promise<Profile | null> {
  const session = await connector.connect();
  const json = await readSiteJsonFile(session.client, session.siteId, PROFILE_FILE_PATH);
  return json === undefined ? null : parseProfile(json);
}
