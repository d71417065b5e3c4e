// One reminder cycle on demand against the tenant in the settings. `npm run remind` runs it through
// dev/start/remind.ts, which adds the demo tenant for when no tenant is configured.
import { runRemindCli } from './remind.ts';

runRemindCli();
