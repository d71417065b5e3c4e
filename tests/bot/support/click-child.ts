// A bot process for the kill test: the Graph emulator saving its tenant to DATA_DIR/tenant.json, a SQLite store
// in DATA_DIR, and the bot (development mode) in front. Prints `ready <botUrl>` and runs until it is killed.
import { join } from 'node:path';
import { buildEmulator } from '../../../dev/graph-emulator/index.ts';
import { createBot, createGraphWorkgroupService, createLogger, localConnectorToken } from '../../../bot/index.ts';
import { createDevTokenProvider, createGraphClient, createTrustingDispatcher } from '../../../src/graph/index.ts';
import { openSqliteStore } from '../../../src/store/index.ts';
import { G, werkgroepenSeed } from './werkgroepen-seed.ts';

const dir = process.env.DATA_DIR!;
const now = () => new Date('2026-11-26T07:00:00Z');
const emulator = buildEmulator({ seed: werkgroepenSeed(), now, persistFile: join(dir, 'tenant.json'), faults: { latencyMs: Number(process.env.GRAPH_LATENCY_MS ?? 0) } });
const { url: graphUrl } = await emulator.listen(0, '127.0.0.1');
const graph = createGraphClient({
  tokenProvider: createDevTokenProvider(() => emulator.issueDevToken()),
  baseUrl: `${graphUrl}/`,
  dispatcher: await createTrustingDispatcher(emulator.ca),
  retry: { maxRetries: 0, delaySeconds: 0 },
});
const store = openSqliteStore({ file: join(dir, 'bot.db') });
const werkgroepIds = async () => [G.weert];
const bot = createBot(
  {
    store,
    workgroups: createGraphWorkgroupService(graph, { werkgroepIds, mtGroupId: G.mt }),
    clock: { now: () => now().toISOString() },
    links: { teamsAppId: 'teams-app', personalTabEntityId: 'mijn-acties' },
    log: createLogger({ level: 'silent' }),
  },
  { auth: { mode: 'development', clientId: 'local-bot', token: () => localConnectorToken('local-bot') } },
);
const { url } = await bot.listen(0);
process.stdout.write(`ready ${url}\n`);
