import { findAppChatForUser, type GraphClient } from '../../src/graph/index.ts';
import type { BotStore, ConversationRef } from '../../src/store/index.ts';
import { AppError } from '../../src/text/index.ts';
import type { Logger } from '../logger.ts';
import type { PersonalConversationCreator } from '../proactive.ts';

/**
 * Finds the bot's 1:1 conversation with a user who already has the app but whose conversation the bot never
 * stored (the install call answered 409, or the app came through an app setup policy, or the install
 * activity was lost). Teams sends no install activity in those cases, so the bot has to ask.
 */
export interface PersonalConversationFinder {
  /** The conversation, or undefined when the app is not installed for the user. Throws AppError on a temporary failure. */
  find(userId: string): Promise<ConversationRef | undefined>;
}

export interface PersonalConversationFinderOptions {
  sender: PersonalConversationCreator;
  /** The bot's Microsoft App id; in Teams the bot's channel account is '28:<app id>'. */
  appId: string;
  tenantId: string;
  /**
   * The tenant's Bot Connector endpoint (Teams routes each tenant to a regional one). Known from every
   * stored conversation; `fallbackServiceUrl` only when the bot has none yet.
   */
  store: Pick<BotStore, 'listConversations'>;
  fallbackServiceUrl?: string;
  /** With the app's catalog id, the chat is looked up in Graph first; without, only the Bot Connector is asked. */
  graph?: { client: GraphClient; teamsAppCatalogId: string };
  clock: { now(): string };
  log?: Logger;
}

/** The serviceUrl of the tenant's conversations: personal ones first, the most recent first. */
async function tenantServiceUrl(store: Pick<BotStore, 'listConversations'>, tenantId: string): Promise<string | undefined> {
  const refs = (await store.listConversations()).filter((r) => r.serviceUrl && (!r.tenantId || r.tenantId === tenantId));
  refs.sort((a, b) => Number(b.scope === 'personal') - Number(a.scope === 'personal') || b.installedAt.localeCompare(a.installedAt));
  return refs[0]?.serviceUrl;
}

export function createPersonalConversationFinder(options: PersonalConversationFinderOptions): PersonalConversationFinder {
  const botId = options.appId.startsWith('28:') ? options.appId : `28:${options.appId}`;
  return {
    async find(userId) {
      const serviceUrl = (await tenantServiceUrl(options.store, options.tenantId)) ?? options.fallbackServiceUrl;
      if (!serviceUrl) return undefined;
      const ref = (conversationId: string): ConversationRef => ({
        conversationId,
        serviceUrl,
        tenantId: options.tenantId,
        scope: 'personal',
        botId,
        userId,
        installedAt: options.clock.now(),
      });
      if (options.graph) {
        try {
          // The installation's chat is the bot's 1:1 conversation; the Bot Connector takes its id as is.
          const found = await findAppChatForUser(options.graph.client, { userId, teamsAppId: options.graph.teamsAppCatalogId });
          if (!found) return undefined;
          return ref(found.chatId);
        } catch (error) {
          const code = error instanceof AppError ? error.code : 'UNKNOWN';
          // Without the read permission the Bot Connector can still answer; anything else is temporary.
          if (code !== 'GRAPH.FORBIDDEN' && code !== 'GRAPH.UNAUTHORIZED') throw error;
          options.log?.warn({ code }, 'installed app lookup refused; asking the Bot Connector');
        }
      }
      try {
        const { conversationId } = await options.sender.createPersonalConversation({ serviceUrl, tenantId: options.tenantId, botId, userId });
        return ref(conversationId);
      } catch (error) {
        // The connector refuses a 1:1 with a user who does not have the app: not installed, not an error.
        if (error instanceof AppError && error.code === 'BOT.NO_CONVERSATION') return undefined;
        throw error;
      }
    },
  };
}
