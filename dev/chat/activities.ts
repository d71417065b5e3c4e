// Bot Framework activities shaped the way Teams sends them to a bot, for the local chat view.
import { randomUUID } from 'node:crypto';

export const BOT_ACCOUNT = { id: '28:local-bot', name: 'Participatie' };

export interface DemoUser {
  id: string;
  displayName: string;
  jobTitle?: string;
}

export interface DemoWerkgroep {
  id: string;
  naam: string;
  memberIds: string[];
  ownerIds: string[];
}

export interface ConversationInfo {
  id: string;
  kind: 'personal' | 'channel';
  /** Personal chat: whose chat it is. */
  userId?: string;
  /** Channel: the werkgroep (Microsoft 365 group) it belongs to. */
  werkgroepId?: string;
}

export const personalConversationId = (userId: string): string => `a:personal-${userId}`;
export const channelConversationId = (groupId: string): string => `19:werkgroep-${groupId}@thread.tacv2`;

interface Common {
  serviceUrl: string;
  tenantId: string;
  user: DemoUser;
  conversation: ConversationInfo;
}

function base(o: Common): Record<string, unknown> {
  const channel = o.conversation.kind === 'channel';
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'nl-NL',
    from: { id: `29:${o.user.id}`, aadObjectId: o.user.id, name: o.user.displayName },
    recipient: BOT_ACCOUNT,
    conversation: {
      id: o.conversation.id,
      conversationType: channel ? 'channel' : 'personal',
      tenantId: o.tenantId,
      ...(channel ? { isGroup: true } : {}),
    },
    channelData: {
      tenant: { id: o.tenantId },
      ...(channel && o.conversation.werkgroepId
        ? { team: { id: o.conversation.id, aadGroupId: o.conversation.werkgroepId }, channel: { id: o.conversation.id } }
        : {}),
    },
  };
}

export function installActivity(o: Common): Record<string, unknown> {
  return { ...base(o), type: 'installationUpdate', action: 'add' };
}

export function messageActivity(o: Common & { text: string }): Record<string, unknown> {
  return { ...base(o), type: 'message', text: o.text, textFormat: 'plain' };
}

/** What Teams sends when someone clicks an Action.Execute button (Universal Actions). */
export function cardActionActivity(o: Common & { verb: string; data: Record<string, unknown>; replyToId?: string }): Record<string, unknown> {
  return {
    ...base(o),
    type: 'invoke',
    name: 'adaptiveCard/action',
    ...(o.replyToId ? { replyToId: o.replyToId } : {}),
    value: { action: { type: 'Action.Execute', verb: o.verb, data: o.data }, trigger: 'manual' },
  };
}
