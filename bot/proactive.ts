import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Client as ApiClient } from '@microsoft/teams.api';
import type { Client as HttpClient } from '@microsoft/teams.common';
import type { AdaptiveCard } from '@microsoft/teams.cards';
import { AppError } from '../src/text/index.ts';
import type { ConversationRef } from '../src/store/index.ts';

export interface OutgoingCard {
  card: AdaptiveCard;
  /** Our own text for logs and the dry run; never user data. */
  summary: string;
  /**
   * The activity's `summary`: the line Teams shows in the chat list and the notification for a card
   * (without it Teams shows only "Send a card"). Plain text, cleaned and short.
   */
  preview?: string;
}

/** Who the bot is, for making a 1:1 conversation through the Bot Connector. */
export interface PersonalConversationRequest {
  serviceUrl: string;
  tenantId: string;
  /** The bot's id in the channel, '28:<app id>'. */
  botId: string;
  /** The user's Microsoft Entra object id. */
  userId: string;
}

export interface ProactiveSender {
  /** Posts the card to the stored conversation at its own serviceUrl. Throws BOT.* AppErrors. */
  send(ref: ConversationRef, message: OutgoingCard, idempotencyKey: string): Promise<{ activityId: string }>;
}

export interface PersonalConversationCreator {
  /**
   * Creates (or, when it exists, returns) the bot's 1:1 conversation with a user, by the user's Entra object
   * id: `POST {serviceUrl}/v3/conversations`. Works when the app is installed for the user; otherwise the
   * connector refuses (BOT.NO_CONVERSATION). See
   * https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
   */
  createPersonalConversation(request: PersonalConversationRequest): Promise<{ conversationId: string }>;
}

/** A stable request id per reminder key: a resend after a crash carries the same id. */
export function clientRequestId(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function statusOf(error: unknown): number | undefined {
  const e = error as { response?: { status?: number } };
  return typeof e?.response?.status === 'number' ? e.response.status : undefined;
}

function retryAfterOf(error: unknown): number | undefined {
  const h = (error as { response?: { headers?: Record<string, unknown> } })?.response?.headers?.['retry-after'];
  const s = typeof h === 'string' ? Number(h) : typeof h === 'number' ? h : NaN;
  return Number.isFinite(s) && s >= 0 ? s : undefined;
}

/** Maps a Bot Connector failure to a code the scheduler can act on (retry, give up, unreachable). */
export function connectorError(error: unknown): AppError {
  const status = statusOf(error);
  const retryAfter = retryAfterOf(error);
  const details: Record<string, number> = { status: status ?? 0, ...(retryAfter !== undefined ? { retryAfter } : {}) };
  if (status === 429) return new AppError('BOT.CONNECTOR_THROTTLED', { cause: error, details });
  if (status === undefined || status >= 500 || status === 408) return new AppError('BOT.CONNECTOR_UNAVAILABLE', { cause: error, details });
  if (status === 403 || status === 404) return new AppError('BOT.NO_CONVERSATION', { cause: error, details });
  return new AppError('BOT.CONNECTOR_REJECTED', { cause: error, details });
}

/**
 * Sends through the Bot Connector of each conversation's own serviceUrl (Teams routes tenants to
 * regional endpoints), reusing the app's authenticated HTTP client for the token.
 */
export function createProactiveSender(http: HttpClient, options: { timeoutMs?: number } = {}): ProactiveSender & PersonalConversationCreator {
  // The request id travels by async context, so one API client per serviceUrl serves every send.
  const requestIds = new AsyncLocalStorage<string>();
  const base = http.clone({ timeout: options.timeoutMs ?? 30_000 });
  base.use({
    request: ({ config }) => {
      const id = requestIds.getStore();
      if (id) config.headers.set('x-ms-client-request-id', id);
      return config;
    },
  });
  const clients = new Map<string, ApiClient>();
  const clientFor = (serviceUrl: string): ApiClient => {
    const url = serviceUrl.replace(/\/+$/, '');
    let client = clients.get(url);
    if (!client) {
      client = new ApiClient(url, base);
      clients.set(url, client);
    }
    return client;
  };
  return {
    async send(ref, message, idempotencyKey) {
      const client = clientFor(ref.serviceUrl);
      try {
        const res = await requestIds.run(clientRequestId(idempotencyKey), () =>
          client.conversations.activities(ref.conversationId).create({
            type: 'message',
            ...(message.preview ? { summary: message.preview } : {}),
            attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message.card }],
          }),
        );
        return { activityId: res.id };
      } catch (error) {
        throw connectorError(error);
      }
    },
    async createPersonalConversation({ serviceUrl, tenantId, botId, userId }) {
      const client = clientFor(serviceUrl);
      try {
        const res = await client.conversations.create({
          isGroup: false,
          bot: { id: botId },
          members: [{ id: userId, role: 'user' }],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        });
        if (!res?.id) throw new AppError('BOT.NO_CONVERSATION');
        return { conversationId: res.id };
      } catch (error) {
        throw error instanceof AppError ? error : connectorError(error);
      }
    },
  };
}
