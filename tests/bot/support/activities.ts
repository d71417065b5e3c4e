// Bot Framework activities as Teams sends them, with only ids (names are hostile test data elsewhere).
import { randomUUID } from 'node:crypto';

export const BOT_ID = '28:bot-app-id';
export const TENANT = 'tenant-1';

interface Common {
  serviceUrl: string;
  userId: string;
}

const base = (o: Common, conversation: Record<string, unknown>) => ({
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl: o.serviceUrl,
  timestamp: new Date().toISOString(),
  from: { id: `29:${o.userId}`, aadObjectId: o.userId, name: 'Gebruiker' },
  recipient: { id: BOT_ID, name: 'Participatie' },
  conversation: { tenantId: TENANT, ...conversation },
  channelData: { tenant: { id: TENANT } },
});

export function personalInstall(o: Common & { action?: 'add' | 'remove' }) {
  return { ...base(o, { id: `a:personal-${o.userId}`, conversationType: 'personal' }), type: 'installationUpdate', action: o.action ?? 'add' };
}

export function teamInstall(o: Common & { groupId: string; action?: 'add' | 'remove' }) {
  const teamThread = `19:team-${o.groupId}@thread.tacv2`;
  const a = base(o, { id: teamThread, conversationType: 'channel', isGroup: true });
  return {
    ...a,
    type: 'installationUpdate',
    action: o.action ?? 'add',
    channelData: { tenant: { id: TENANT }, team: { id: teamThread, aadGroupId: o.groupId }, channel: { id: teamThread } },
  };
}

export function groupChatInstall(o: Common & { chatId: string; action?: 'add' | 'remove' }) {
  return { ...base(o, { id: o.chatId, conversationType: 'groupChat', isGroup: true }), type: 'installationUpdate', action: o.action ?? 'add' };
}

export function message(o: Common & { text: string }) {
  return { ...base(o, { id: `a:personal-${o.userId}`, conversationType: 'personal' }), type: 'message', text: o.text };
}

export function cardAction(o: Common & { verb: string; data: Record<string, unknown> }) {
  return {
    ...base(o, { id: `a:personal-${o.userId}`, conversationType: 'personal' }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: o.verb, data: o.data }, trigger: 'manual' },
  };
}

export async function post(url: string, body: unknown, token?: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // keep text
  }
  return { status: res.status, body: parsed };
}
