// The bot's own installation in a user's personal scope (Teams app installations).
// https://learn.microsoft.com/en-us/microsoftteams/platform/graph-api/proactive-bots-and-messages/graph-proactive-bots-and-messages
import * as z from 'zod/mini';
import type { GraphClient } from './client.ts';
import { graphCall } from './errors.ts';
import { readAllPages } from './paging.ts';

const installationSchema = z.object({ id: z.string().check(z.minLength(1)), teamsApp: z.nullish(z.object({ id: z.string() })) });
const chatSchema = z.object({ id: z.string().check(z.minLength(1)) });

/**
 * Installs the app (by its id in the org catalog) for a user: `POST /users/{id}/teamwork/installedApps`,
 * application permission TeamsAppInstallation.ReadWriteSelfForUser.All. Graph answers 201 with no body,
 * and 409 (GRAPH.CONFLICT) when the app is already installed for the user.
 * https://learn.microsoft.com/en-us/graph/api/userteamwork-post-installedapps
 */
export async function installAppForUser(
  client: GraphClient,
  ids: { userId: string; teamsAppId: string },
  options: { graphBaseUrl?: string } = {},
): Promise<void> {
  const bindBase = (options.graphBaseUrl ?? 'https://graph.microsoft.com/').replace(/\/?$/, '/');
  await graphCall(
    () =>
      client.api(`/users/${encodeURIComponent(ids.userId)}/teamwork/installedApps`).post({
        'teamsApp@odata.bind': `${bindBase}v1.0/appCatalogs/teamsApps/${encodeURIComponent(ids.teamsAppId)}`,
      }),
    { resource: 'installedApps' },
  );
}

/**
 * The 1:1 chat between the bot and a user who has the app: the installation, found by the app's catalog id
 * (`GET /users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{id}'`), then its chat
 * (`GET …/installedApps/{installationId}/chat`). Both need only TeamsAppInstallation.ReadWriteSelfForUser.All.
 * Undefined when the app is not installed for the user.
 * https://learn.microsoft.com/en-us/graph/api/userteamwork-list-installedapps
 * https://learn.microsoft.com/en-us/graph/api/userscopeteamsappinstallation-get-chat
 */
export async function findAppChatForUser(
  client: GraphClient,
  ids: { userId: string; teamsAppId: string },
): Promise<{ installationId: string; chatId: string } | undefined> {
  const user = encodeURIComponent(ids.userId);
  const filter = `teamsApp/id eq '${ids.teamsAppId.replace(/'/g, "''")}'`;
  const rows = await graphCall(
    () => readAllPages(client, client.api(`/users/${user}/teamwork/installedApps`).expand('teamsApp').filter(filter), 'installedApps'),
    { resource: 'installedApps' },
  );
  const installation = rows
    .map((r) => installationSchema.safeParse(r))
    .find((r) => r.success && (!r.data.teamsApp || r.data.teamsApp.id === ids.teamsAppId));
  if (!installation?.success) return undefined;
  const installationId = installation.data.id;
  const chat = await graphCall(
    () => client.api(`/users/${user}/teamwork/installedApps/${encodeURIComponent(installationId)}/chat`).get(),
    { resource: 'installedApps' },
  );
  const parsed = chatSchema.safeParse(chat);
  return parsed.success ? { installationId, chatId: parsed.data.id } : undefined;
}
