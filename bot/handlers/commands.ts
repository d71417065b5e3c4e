import type { App } from '@microsoft/teams.apps';
import { describeError } from '../../src/text/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import { toAmsterdamDate } from '../../src/workgroups/index.ts';
import { buildErrorCard, buildHelpCard, buildMyActionsCard, buildSettingsCard } from '../cards/index.ts';
import type { BotDeps } from '../ports.ts';
import { toSettingsView } from './settings.ts';

export type Command = 'help' | 'mijn-acties' | 'instellingen';

interface MessageLike {
  text?: string;
  recipient?: { id?: string };
  entities?: readonly unknown[];
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * The words a user typed, as we match them: mentions of the bot removed, HTML and entities (`&nbsp;`)
 * undone, whitespace collapsed, lower case. In channels and group chats Teams always puts the mention in
 * the text (`<at>Participatie</at> help`), and the SDK (2.0.16) picks a handler before its own mention
 * stripping runs, so the commands match on this text instead of on `activity.text`.
 */
export function commandText(activity: MessageLike): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  const mentions = (activity.entities ?? []).filter((e) => (e as { type?: string })?.type === 'mention') as { text?: unknown; mentioned?: { id?: string } }[];
  for (const m of mentions) {
    if (typeof m.text === 'string' && m.text && (!botId || m.mentioned?.id === botId)) text = text.split(m.text).join(' ');
  }
  // Without mention entities, a leading <at>…</at> can only be the bot: in a channel it hears only its own mention.
  if (mentions.length === 0) text = text.replace(/^(\s|&nbsp;)*(<at(\s[^>]*)?>[\s\S]*?<\/at>(\s|&nbsp;)*)+/i, ' ');
  return decodeEntities(text.replace(/<[^>]*>/g, ' '))
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .trim()
    .toLowerCase();
}

const COMMANDS: readonly [RegExp, Command][] = [
  [/^(help|hulp|\?)$/, 'help'],
  [/^mijn acties$/, 'mijn-acties'],
  [/^instellingen$/, 'instellingen'],
];

/** Which command the message is, if any. */
export function parseCommand(activity: MessageLike): Command | undefined {
  const text = commandText(activity);
  return COMMANDS.find(([pattern]) => pattern.test(text))?.[1];
}

export function registerCommandHandlers(app: App, deps: BotDeps): void {
  // One handler for every message: routing on the normalised text, not on the SDK's route patterns.
  app.on('message', async ({ activity, send }) => {
    const command = parseCommand(activity);
    const userId = activity.from?.aadObjectId;
    const personal = activity.conversation?.conversationType === 'personal';
    if (command === 'help') {
      await send(buildHelpCard(deps.links));
      return;
    }
    if (command === undefined) {
      await send(botText.unknownCommand);
      return;
    }
    // Own actions and settings are personal: never shown in a channel or group chat.
    if (!personal || !userId) {
      await send(botText.personalOnly);
      return;
    }
    if (command === 'instellingen') {
      await send(buildSettingsCard(toSettingsView(await deps.store.getPreferences(userId))));
      return;
    }
    try {
      const today = toAmsterdamDate(deps.clock.now());
      const items = await deps.workgroups.listActionsOf(userId);
      if (items.length === 0 && deps.workgroups.isInAnyWerkgroep && !(await deps.workgroups.isInAnyWerkgroep(userId))) {
        await send(botText.mijnActies.noWerkgroep);
        return;
      }
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
}
