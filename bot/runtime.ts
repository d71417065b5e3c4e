// Wiring shared by the HTTP server (server.ts) and the reminder command (remind.ts).
import { join } from 'node:path';
import { createAppTokenProvider, createGraphClient, type GraphClient } from '../src/graph/index.ts';
import { openAzureTablesStore, openSqliteStore, type BotStore } from '../src/store/index.ts';
import { AppError } from '../src/text/index.ts';

export interface GraphAccess {
  client: GraphClient;
  /** Werkgroepen to remind: configured ids plus the teams the bot is installed in. */
  werkgroepIds(): Promise<string[]>;
  mtGroupId?: string;
  /** The Teams app in the org catalog, for proactive installs. */
  teamsAppCatalogId?: string;
  /** The SharePoint site with the traject register (PARTICIPATION_SITE_ID); without it no traject is followed up. */
  participationSiteId?: string;
  /** Graph requests sent over the wire so far (for reports and benches). */
  requests(): number;
  close(): Promise<void>;
  demo: boolean;
}

/**
 * Development only: Microsoft Graph when no tenant is configured. dev/ passes the demo tenant in an emulator;
 * production never imports dev/, so without a tenant it has none.
 */
export type DemoGraphFactory = (today: string, store: BotStore) => Promise<GraphAccess>;

/** The werkgroepen to remind: the configured ids plus every team the bot is installed in. */
export async function werkgroepIdsWithInstalls(configured: readonly string[], store: BotStore | undefined): Promise<string[]> {
  const ids = new Set(configured);
  for (const ref of (await store?.listConversations()) ?? []) if (ref.scope === 'team' && ref.werkgroepId) ids.add(ref.werkgroepId);
  return [...ids];
}

/** Real Microsoft Graph with app-only tokens, or undefined when the tenant settings are absent. */
export function productionGraph(env: NodeJS.ProcessEnv, store: BotStore): GraphAccess | undefined {
  if (!env.TENANT_ID || !env.CLIENT_ID || !env.CLIENT_SECRET) return undefined;
  let count = 0;
  const client = createGraphClient({
    tokenProvider: createAppTokenProvider({ tenantId: env.TENANT_ID, clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET }),
    onResponse: () => void count++,
  });
  const configured = (env.WERKGROEP_IDS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    client,
    demo: false,
    ...(env.MT_GROUP_ID ? { mtGroupId: env.MT_GROUP_ID } : {}),
    ...(env.TEAMS_APP_CATALOG_ID ? { teamsAppCatalogId: env.TEAMS_APP_CATALOG_ID } : {}),
    ...(env.PARTICIPATION_SITE_ID ? { participationSiteId: env.PARTICIPATION_SITE_ID } : {}),
    werkgroepIds: () => werkgroepIdsWithInstalls(configured, store),
    requests: () => count,
    close: async () => undefined,
  };
}

/**
 * /readyz: the store answers, and the last reminder cycle could reach Microsoft Graph. Graph is judged from
 * the cycles (cached), never by a Graph call per probe; before the first cycle it counts as reachable.
 */
export function createReadiness(parts: ReadinessParts): () => Promise<boolean> {
  const checks = readinessChecks(parts);
  return async () => Object.values(await checks()).every(Boolean);
}

interface ReadinessParts {
  store: Pick<BotStore, 'schemaVersion'>;
  graphHealth?: () => { reachable: boolean } | undefined;
}

/** The same judgement check by check, for a status page that names what is not ready. */
export function readinessChecks(parts: ReadinessParts): () => Promise<{ store: boolean; graph: boolean }> {
  return async () => ({
    store: await parts.store.schemaVersion().then((v) => v > 0, () => false),
    graph: parts.graphHealth?.()?.reachable ?? true,
  });
}

/** SQLite under DATA_DIR by default; Azure Table Storage when STORE=azure-tables. */
export async function openStore(env: NodeJS.ProcessEnv): Promise<BotStore> {
  if (env.STORE === 'azure-tables') {
    if (env.AZURE_TABLES_CONNECTION_STRING) return openAzureTablesStore({ connectionString: env.AZURE_TABLES_CONNECTION_STRING });
    if (env.AZURE_TABLES_URL && env.AZURE_TABLES_ACCOUNT && env.AZURE_TABLES_KEY) {
      return openAzureTablesStore({ endpoint: env.AZURE_TABLES_URL, accountName: env.AZURE_TABLES_ACCOUNT, accountKey: env.AZURE_TABLES_KEY });
    }
    // In Azure the web app reaches its tables with its managed identity; the account allows no shared keys.
    if (env.AZURE_TABLES_URL) {
      const { ManagedIdentityCredential } = await import('@azure/identity');
      const credential = env.MANAGED_IDENTITY_CLIENT_ID ? new ManagedIdentityCredential({ clientId: env.MANAGED_IDENTITY_CLIENT_ID }) : new ManagedIdentityCredential();
      return openAzureTablesStore({ endpoint: env.AZURE_TABLES_URL, credential });
    }
    throw new AppError('STORE.UNAVAILABLE', { details: { reason: 'config' } });
  }
  return openSqliteStore({ file: join(env.DATA_DIR ?? 'data', 'bot.db') });
}
