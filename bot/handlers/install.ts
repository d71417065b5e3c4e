import type { App } from '@microsoft/teams.apps';
import type { ConversationRef, ConversationScope } from '../../src/store/index.ts';
import { botText } from '../../src/text/ui-bot.ts';
import type { BotDeps } from '../ports.ts';

interface InstallActivityLike {
  serviceUrl?: string;
  from?: { id?: string; aadObjectId?: string };
  recipient?: { id?: string };
  conversation?: { id?: string; conversationType?: unknown; tenantId?: string };
  channelData?: { tenant?: { id?: string }; team?: { id?: string; aadGroupId?: string }; channel?: { id?: string } };
}

function scopeOf(type: string | undefined): ConversationScope {
  if (type === 'channel') return 'team';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

/** What Teams tells us on install, reduced to ids: enough to send to this conversation later. */
export function toConversationRef(a: InstallActivityLike, now: string): ConversationRef | undefined {
  const conversationId = a.conversation?.id;
  const serviceUrl = a.serviceUrl;
  if (!conversationId || !serviceUrl) return undefined;
  const scope = scopeOf(String(a.conversation?.conversationType ?? ''));
  const ref: ConversationRef = {
    conversationId,
    serviceUrl,
    tenantId: a.conversation?.tenantId ?? a.channelData?.tenant?.id ?? '',
    scope,
    botId: a.recipient?.id ?? '',
    installedAt: now,
  };
  if (scope === 'personal' && a.from?.aadObjectId) ref.userId = a.from.aadObjectId;
  if (scope === 'team') {
    if (a.channelData?.team?.aadGroupId) ref.werkgroepId = a.channelData.team.aadGroupId;
    if (a.channelData?.team?.id) ref.teamId = a.channelData.team.id;
    ref.channelId = a.channelData?.channel?.id ?? a.channelData?.team?.id ?? conversationId;
  }
  return ref;
}

export function registerInstallHandlers(app: App, deps: BotDeps): void {
  app.on('install.add', async ({ activity, send }) => {
    const ref = toConversationRef(activity, deps.clock.now());
    if (!ref) {
      deps.log.warn({ activityId: activity.id }, 'install without conversation or serviceUrl');
      return;
    }
    await deps.store.saveConversation(ref);
    if (ref.userId) await deps.store.saveInstallation({ userId: ref.userId, status: 'installed', updatedAt: ref.installedAt });
    deps.log.info({ conversationId: ref.conversationId, scope: ref.scope, werkgroepId: ref.werkgroepId }, 'bot installed');
    // Meeting messages go to team channels only: a group chat is not promised them.
    await send(botText.welcome[ref.scope]);
  });

  app.on('install.remove', async ({ activity }) => {
    const conversationId = activity.conversation?.id;
    if (!conversationId) return;
    const removed = await deps.store.removeConversation(conversationId);
    const userId = activity.conversation?.conversationType === 'personal' ? activity.from?.aadObjectId : undefined;
    if (userId) {
      await deps.store.saveInstallation({ userId, status: 'unreachable', reason: 'BOT.NO_CONVERSATION', updatedAt: deps.clock.now() });
    }
    deps.log.info({ conversationId, removed }, 'bot uninstalled');
  });
}
