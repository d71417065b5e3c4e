// `npm run remind -- --at 2026-12-01T08:00 [--dry-run]`: the bot's reminder command, with the demo tenant in an
// in-process Graph emulator and a local stub Bot Connector when no Microsoft 365 settings are present.
import { runRemindCli } from '../../bot/remind.ts';

runRemindCli({
  graph: async (today, store) => (await import('./demo-graph.ts')).startDemoGraph(today, store),
  connector: async () => {
    const { buildBotConnector } = await import('../bot-connector/index.ts');
    const connector = buildBotConnector();
    await connector.listen();
    return connector;
  },
});
