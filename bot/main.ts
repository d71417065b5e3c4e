// `npm run serve` (and `npm run bot`): the web app as in Azure, with the bot and its reminder scheduler.
// Locally against the demo tenant: `BOT_MODE=development tsx dev/start/bot.ts`.
import { runBotServer } from './server.ts';

runBotServer(process.env);
