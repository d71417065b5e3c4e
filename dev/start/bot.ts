// The bot on its own against the demo tenant, without token checks: `BOT_MODE=development tsx dev/start/bot.ts`.
// dev/ composes the production server with the emulator; `npm start` runs the whole demo instead.
import { runBotServer } from '../../bot/server.ts';

runBotServer(process.env, {
  demoGraph: async (today, store) => (await import('./demo-graph.ts')).startDemoGraph(today, store),
});
