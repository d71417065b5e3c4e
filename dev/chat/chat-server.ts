// The local chat view: one HTTP server that is both the stub Bot Connector (the bot's serviceUrl, under
// /v3/) and a small web page + API that shows each conversation's messages and sends what a Teams
// client would send to the bot: messages, and the invoke for an Action.Execute click.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { z } from 'zod';
import type { BotConnector } from '../bot-connector/index.ts';
import { startText } from '../../src/text/ui-start.ts';
import {
  cardActionActivity,
  channelConversationId,
  installActivity,
  messageActivity,
  personalConversationId,
  type ConversationInfo,
  type DemoUser,
  type DemoWerkgroep,
} from './activities.ts';
import { createTranscript, type ChatEntry, type Transcript } from './transcript.ts';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const MAX_BODY = 64 * 1024;
const text = startText.chat;

export interface ChatViewOptions {
  connector: BotConnector;
  /** The bot's base URL (its /api/messages receives what Teams would send). Read at each request. */
  botUrl: () => string | undefined;
  users: DemoUser[];
  werkgroepen: DemoWerkgroep[];
  tenantId: string;
  /** Folder with the built page (dist/chat). Without it only the API and the connector answer. */
  staticDir?: string;
  /** Keeps the chat between runs. */
  transcriptFile?: string;
  clock?: () => { now: string; speed: number };
  /** Where a card's "open in Teams" deep link leads in the demo (the local tab). */
  links?: () => { tab?: string };
  /** Called with technical failures (for the log file, never shown). */
  onError?: (message: string, error: unknown) => void;
}

export interface ConversationView extends ConversationInfo {
  title: string;
  /** Who may speak in it: the owner of a personal chat, the members (and MT) of a werkgroep. */
  memberIds: string[];
}

export interface ChatView {
  server: Server;
  /** The request handler, to mount on another server. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
  /** The connector URL the bot must use as serviceUrl (this server). */
  serviceUrl(): string;
  conversations: ConversationView[];
  transcript: Transcript;
  /**
   * Installs the bot (as Teams would: an installationUpdate) in every demo conversation not yet known,
   * so the bot has somewhere to send reminders. Returns how many were installed.
   */
  ensureInstalled(known: ReadonlySet<string>): Promise<number>;
  /** Runs a message from a demo user through the bot (the same path as the page's text box). */
  sendMessage(conversationId: string, userId: string, message: string): Promise<void>;
  /** Runs a card button click through the bot; returns the entry with the refreshed card. */
  executeAction(input: ActionInput): Promise<ChatEntry>;
}

const messageInput = z.object({ userId: z.string().min(1).max(100), text: z.string().trim().min(1).max(500) });
const actionInput = z.object({
  userId: z.string().min(1).max(100),
  entryId: z.string().min(1).max(100),
  verb: z.string().min(1).max(100),
  data: z.record(z.string(), z.unknown()).default({}),
});
export type ActionInput = z.infer<typeof actionInput> & { conversationId: string };

class ChatError extends Error {
  constructor(
    readonly status: number,
    readonly userText: string,
  ) {
    super(userText);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ChatError(413, text.errors.badInput);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new ChatError(400, text.errors.badInput);
  }
}

function firstCard(activity: Record<string, unknown>): Record<string, unknown> | undefined {
  const attachments = activity.attachments;
  if (!Array.isArray(attachments)) return undefined;
  for (const a of attachments as { contentType?: string; content?: unknown }[]) {
    if (a?.contentType === ADAPTIVE && a.content && typeof a.content === 'object') return a.content as Record<string, unknown>;
  }
  return undefined;
}

export function buildChatView(options: ChatViewOptions): ChatView {
  const { connector } = options;
  const transcript = createTranscript(options.transcriptFile ? { file: options.transcriptFile } : {});
  const users = new Map(options.users.map((u) => [u.id, u]));
  const conversations: ConversationView[] = [
    ...options.users.map((u) => ({
      id: personalConversationId(u.id),
      kind: 'personal' as const,
      userId: u.id,
      title: u.displayName,
      memberIds: [u.id],
    })),
    ...options.werkgroepen.map((w) => ({
      id: channelConversationId(w.id),
      kind: 'channel' as const,
      werkgroepId: w.id,
      title: text.channelOf(w.naam),
      memberIds: [...new Set([...w.ownerIds, ...w.memberIds])],
    })),
  ];
  const byConversation = new Map(conversations.map((c) => [c.id, c]));
  let consumed = 0;
  let address = '';
  // Messages are stamped with the demo clock, so the chat reads like the days the demo plays in.
  const nowIso = (): string => options.clock?.().now ?? new Date().toISOString();

  /** Takes over what the bot posted to the connector since the last look. */
  function syncFromConnector(): void {
    const fresh = connector.activities.slice(consumed);
    consumed = connector.activities.length;
    for (const record of fresh) {
      if (record.duplicateOf) continue;
      const activity = record.activity;
      if (activity.type !== undefined && activity.type !== 'message') continue;
      const card = firstCard(activity);
      const message = typeof activity.text === 'string' ? activity.text : undefined;
      const existing = typeof activity.id === 'string' ? transcript.findByConnectorId(record.conversationId, activity.id) : undefined;
      if (existing) {
        transcript.update(existing.id, { ...(card ? { card } : {}), ...(message !== undefined ? { text: message } : {}) });
        continue;
      }
      transcript.add({
        conversationId: record.conversationId,
        from: 'bot',
        at: nowIso(),
        connectorId: record.id,
        ...(card ? { card } : {}),
        ...(message !== undefined ? { text: message } : {}),
      });
    }
  }

  async function postToBot(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const botUrl = options.botUrl();
    if (!botUrl) throw new ChatError(503, text.errors.botUnavailable);
    let res: Response;
    try {
      res = await fetch(`${botUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      options.onError?.('bot unreachable', error);
      throw new ChatError(502, text.errors.botUnavailable);
    }
    const raw = await res.text();
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // plain text answer
    }
    if (res.status >= 400) {
      options.onError?.(`bot answered ${res.status}`, undefined);
      throw new ChatError(502, text.errors.botRefused(res.status));
    }
    return { status: res.status, body };
  }

  function resolveSpeaker(conversationId: string, userId: string): { conversation: ConversationView; user: DemoUser } {
    const conversation = byConversation.get(conversationId);
    if (!conversation) throw new ChatError(404, text.errors.unknownConversation);
    const user = users.get(userId);
    if (!user) throw new ChatError(400, text.errors.unknownUser);
    // In a personal chat only its owner talks to the bot, as in Teams.
    if (conversation.kind === 'personal' && conversation.userId !== userId) throw new ChatError(400, text.errors.unknownUser);
    return { conversation, user };
  }

  const common = (conversation: ConversationView, user: DemoUser) => ({
    serviceUrl: address,
    tenantId: options.tenantId,
    user,
    conversation,
  });

  async function sendMessage(conversationId: string, userId: string, message: string): Promise<void> {
    const { conversation, user } = resolveSpeaker(conversationId, userId);
    transcript.add({ conversationId, from: 'user', userId, text: message, at: nowIso() });
    await postToBot(messageActivity({ ...common(conversation, user), text: message }));
    syncFromConnector();
  }

  async function executeAction(input: ActionInput): Promise<ChatEntry> {
    const { conversation, user } = resolveSpeaker(input.conversationId, input.userId);
    const entry = transcript.get(input.entryId);
    if (!entry || entry.conversationId !== input.conversationId || !entry.card) throw new ChatError(404, text.errors.unknownActivity);
    const { body } = await postToBot(
      cardActionActivity({ ...common(conversation, user), verb: input.verb, data: input.data, ...(entry.connectorId ? { replyToId: entry.connectorId } : {}) }),
    );
    syncFromConnector();
    const response = (body ?? {}) as { statusCode?: number; type?: string; value?: unknown };
    if (response.type === ADAPTIVE && response.value && typeof response.value === 'object') {
      return transcript.update(entry.id, { card: response.value as Record<string, unknown> })!;
    }
    if (response.type === 'application/vnd.microsoft.activity.message' && typeof response.value === 'string') {
      return transcript.add({ conversationId: entry.conversationId, from: 'bot', text: response.value, at: nowIso() });
    }
    if (typeof response.statusCode === 'number' && response.statusCode >= 400) throw new ChatError(502, text.errors.botRefused(response.statusCode));
    return entry;
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<boolean> {
    if (!options.staticDir) return false;
    const root = resolve(options.staticDir);
    const rel = pathname === '/' ? 'chat.html' : pathname.slice(1);
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + '/') && file !== root) return false;
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
        ...(extname(file) === '.html'
          ? { 'content-security-policy': "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'" }
          : {}),
      });
      res.end(body);
      return true;
    } catch {
      return false;
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://chat.local');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path.startsWith('/v3/')) {
      // The stub Bot Connector: record, then take over into the transcript.
      res.once('finish', syncFromConnector);
      connector.server.emit('request', req, res);
      return;
    }
    syncFromConnector();
    if (method === 'GET' && path === '/healthz') return json(res, 200, { status: 'ok' });
    if (method === 'GET' && path === '/api/directory') {
      return json(res, 200, {
        users: options.users,
        conversations,
        clock: options.clock?.() ?? null,
        links: options.links?.() ?? {},
        seq: transcript.seq,
      });
    }
    if (method === 'GET' && path === '/api/entries') {
      const since = Number(url.searchParams.get('since') ?? '0');
      return json(res, 200, { seq: transcript.seq, entries: transcript.since(Number.isFinite(since) ? since : 0), clock: options.clock?.() ?? null });
    }
    const m = /^\/api\/conversations\/([^/]+)\/(messages|actions)$/.exec(path);
    if (m && method === 'POST') {
      const conversationId = decodeURIComponent(m[1]!);
      const body = await readJson(req);
      if (m[2] === 'messages') {
        const input = messageInput.safeParse(body);
        if (!input.success) throw new ChatError(400, text.errors.badInput);
        await sendMessage(conversationId, input.data.userId, input.data.text);
        return json(res, 200, { seq: transcript.seq, entries: transcript.byConversation(conversationId) });
      }
      const input = actionInput.safeParse(body);
      if (!input.success) throw new ChatError(400, text.errors.badInput);
      const entry = await executeAction({ ...input.data, conversationId });
      return json(res, 200, { entry });
    }
    if (method === 'GET' && (await serveStatic(path, res))) return;
    json(res, 404, { error: text.errors.badInput });
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    route(req, res).catch((error: unknown) => {
      if (error instanceof ChatError) return json(res, error.status, { error: error.userText });
      options.onError?.('chat view request failed', error);
      if (!res.headersSent) json(res, 500, { error: text.errors.botUnavailable });
      else res.end();
    });
  }

  const server = createServer(handle);

  return {
    server,
    handle,
    conversations,
    transcript,
    serviceUrl: () => address,
    sendMessage,
    executeAction,
    async ensureInstalled(known) {
      let installed = 0;
      for (const conversation of conversations) {
        if (known.has(conversation.id)) continue;
        const userId = conversation.kind === 'personal' ? conversation.userId : options.werkgroepen.find((w) => w.id === conversation.werkgroepId)?.ownerIds[0];
        const user = userId ? users.get(userId) : undefined;
        if (!user) continue;
        await postToBot(installActivity(common(conversation, user)));
        installed++;
      }
      syncFromConnector();
      return installed;
    },
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(port, host, () => {
          server.off('error', fail);
          const p = (server.address() as AddressInfo).port;
          address = `http://${host}:${p}`;
          ok({ url: address, port: p });
        });
      });
    },
    async close() {
      syncFromConnector();
      await new Promise<void>((ok) => {
        if (!server.listening) return ok();
        server.close(() => ok());
        server.closeAllConnections();
      });
      await transcript.flush();
    },
  };
}
