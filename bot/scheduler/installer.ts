import { installAppForUser, toAppError, type GraphClient } from '../../src/graph/index.ts';
import { AppError } from '../../src/text/index.ts';

export type InstallOutcome = 'requested' | 'already-installed' | 'forbidden';

/** Installs the app in a user's personal scope so the bot can reach them. */
export interface ProactiveInstaller {
  install(userId: string): Promise<InstallOutcome>;
}

/**
 * Through Graph `POST /users/{id}/teamwork/installedApps` (TeamsAppInstallation.ReadWriteSelfForUser.All).
 * Teams then sends the bot an install activity, which stores the conversation reference. A 409 means the
 * app was already there: Teams sends nothing then, so the scheduler looks the conversation up itself.
 */
export function createGraphInstaller(client: GraphClient, options: { teamsAppCatalogId: string; graphBaseUrl?: string }): ProactiveInstaller {
  return {
    async install(userId) {
      try {
        await installAppForUser(client, { userId, teamsAppId: options.teamsAppCatalogId }, options.graphBaseUrl ? { graphBaseUrl: options.graphBaseUrl } : {});
        return 'requested';
      } catch (error) {
        const e = error instanceof AppError ? error : toAppError(error);
        if (e.code === 'GRAPH.CONFLICT') return 'already-installed';
        if (e.code === 'GRAPH.FORBIDDEN' || e.code === 'GRAPH.NOT_FOUND' || e.code === 'GRAPH.UNAUTHORIZED') return 'forbidden';
        throw e;
      }
    },
  };
}
