import type { App } from '@microsoft/teams.apps';
import { describeError } from '../../src/text/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { toAmsterdamDate } from '../../src/workgroups/index.ts';
import { buildErrorCard, buildHelpCard, buildMyActionsCard, buildSettingsCard } from '../cards/index.ts';
import type { BotDeps } from '../ports.ts';
import { toSettingsView } from './settings.ts';

// Teams adds the bot mention in channels; the app strips it, so plain words are enough here.
const HELP = /^\s*(help|hulp|\?)\s*$/i;
const MIJN_ACTIES = /^\s*mijn\s+acties\s*$/i;
const INSTELLINGEN = /^\s*instellingen\s*$/i;

export function registerCommandHandlers(app: App, deps: BotDeps): void {
  app.message(HELP, async ({ send }) => {
    await send(buildHelpCard(deps.links));
  });

  app.message(MIJN_ACTIES, async ({ activity, send }) => {
    const userId = activity.from?.aadObjectId;
    if (activity.conversation?.conversationType !== 'personal' || !userId) {
      await send(botText.unknownCommand);
      return;
    }
    try {
      const today = toAmsterdamDate(deps.clock.now());
      const items = await deps.workgroups.listActionsOf(userId);
      const sorted = [...items].sort((a, b) => (a.actie.dueDate ?? '9999').localeCompare(b.actie.dueDate ?? '9999'));
      await send(
        buildMyActionsCard(
          sorted.map((i) => ({ ...i, late: i.actie.dueDate !== undefined && i.actie.dueDate < today })),
          deps.links,
        ),
      );
    } catch (error) {
      deps.log.warn({ err: { code: (error as { code?: string }).code } }, 'mijn acties failed');
      await send(buildErrorCard(describeError(error)));
    }
  });

  app.message(INSTELLINGEN, async ({ activity, send }) => {
    const userId = activity.from?.aadObjectId;
    if (activity.conversation?.conversationType !== 'personal' || !userId) {
      await send(botText.unknownCommand);
      return;
    }
    await send(buildSettingsCard(toSettingsView(await deps.store.getPreferences(userId))));
  });

  app.on('message', async ({ send }) => {
    await send(botText.unknownCommand);
  });
}
