// A local stand-in for the Bot Connector service: it records what the bot posts to
// `POST /v3/conversations/{id}/activities`, so tests and the local demo can see every card sent.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
  id: string;
  conversationId: string;
  /** Set when this POST repeats an earlier x-ms-client-request-id. */
  duplicateOf?: string;
  clientRequestId?: string;
  authorization?: string;
  activity: Record<string, unknown>;
  at: number;
}

export interface ConnectorFault {
  status: 429 | 500 | 502 | 503 | 403 | 404;
  retryAfter?: number;
  /** How many requests fail; Infinity for "until removed". */
  times?: number;
  conversationId?: string | RegExp;
}

export interface BotConnectorOptions {
  /**
   * Treat a repeated x-ms-client-request-id as the same message (answer 201 with the first id, record it
   * as a duplicate, and do not count it as delivered). The real service does not do this.
   */
  dedupe?: boolean;
  /** Refuse requests without a bearer token (401), as the real service does. */
  requireAuth?: boolean;
}

/** A `POST /v3/conversations` the stub answered. */
export interface CreatedConversation {
  id: string;
  userId: string;
  tenantId?: string;
  botId?: string;
}

export interface BotConnector {
  server: Server;
  /** 1:1 conversations made through `POST /v3/conversations`, in order. */
  readonly conversations: CreatedConversation[];
  /**
   * Users for whom `POST /v3/conversations` is refused with 403, as Teams refuses a 1:1 with a user who
   * does not have the app.
   */
  readonly refuseConversationsWith: Set<string>;
  listen(port?: number, host?: string): Promise<{ url: string }>;
  close(): Promise<void>;
  /** Every accepted POST, in order (duplicates included, marked). */
  readonly activities: RecordedActivity[];
  /** Accepted, non-duplicate messages. */
  delivered(): RecordedActivity[];
  byConversation(conversationId: string): RecordedActivity[];
  stats: { requests: number; accepted: number; rejected: number; duplicates: number };
  faults: { add(fault: ConnectorFault): void; clear(): void };
  /** Resolves when a delivered activity matches, or rejects after timeoutMs. */
  waitFor(predicate: (a: RecordedActivity) => boolean, timeoutMs?: number): Promise<RecordedActivity>;
  reset(): void;
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

export function buildBotConnector(options: BotConnectorOptions = {}): BotConnector {
  const activities: RecordedActivity[] = [];
  const byRequestId = new Map<string, RecordedActivity>();
  const faults: (ConnectorFault & { left: number })[] = [];
  const waiters: { predicate: (a: RecordedActivity) => boolean; resolve: (a: RecordedActivity) => void }[] = [];
  const stats = { requests: 0, accepted: 0, rejected: 0, duplicates: 0 };
  const conversations: CreatedConversation[] = [];
  const refuseConversationsWith = new Set<string>();

  function faultFor(conversationId: string): (ConnectorFault & { left: number }) | undefined {
    const f = faults.find(
      (x) =>
        x.left > 0 &&
        (x.conversationId === undefined ||
          (typeof x.conversationId === 'string' ? x.conversationId === conversationId : x.conversationId.test(conversationId))),
    );
    if (f) f.left--;
    return f;
  }

  const server = createServer((req, res) => {
    void (async () => {
      stats.requests++;
      const url = new URL(req.url ?? '/', 'http://connector');
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
      const auth = req.headers.authorization;
      if (options.requireAuth && !/^Bearer \S+/.test(auth ?? '')) {
        stats.rejected++;
        return reply(res, 401, { error: { code: 'Unauthorized', message: 'Authorization has been denied for this request.' } });
      }
      // For a local chat view (npm start): what was delivered, optionally for one conversation.
      if (req.method === 'GET' && url.pathname === '/_recorded') {
        const id = url.searchParams.get('conversationId');
        return reply(res, 200, { activities: delivered().filter((a) => !id || a.conversationId === id) });
      }
      if (req.method === 'POST' && url.pathname === '/v3/conversations') {
        // Create conversation: https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#create-conversation
        // Teams answers a 1:1 request with the existing personal conversation, so the id is stable per user.
        let body: { members?: { id?: unknown }[]; tenantId?: unknown; bot?: { id?: unknown }; isGroup?: unknown; channelData?: { tenant?: { id?: unknown } } };
        try {
          body = (await readJson(req)) as typeof body;
        } catch {
          stats.rejected++;
          return reply(res, 400, { error: { code: 'BadSyntax', message: 'Invalid JSON' } });
        }
        const userId = body.members?.[0]?.id;
        if (typeof userId !== 'string' || !userId || body.isGroup === true) {
          stats.rejected++;
          return reply(res, 400, { error: { code: 'BadArgument', message: 'Exactly one member is required for a 1:1 conversation.' } });
        }
        if (refuseConversationsWith.has(userId)) {
          stats.rejected++;
          return reply(res, 403, { error: { code: 'Forbidden', message: 'The bot is not part of the conversation roster.' } });
        }
        const tenantId = typeof body.tenantId === 'string' ? body.tenantId : typeof body.channelData?.tenant?.id === 'string' ? body.channelData.tenant.id : undefined;
        const id = `a:created-${userId}`;
        conversations.push({ id, userId, ...(tenantId ? { tenantId } : {}), ...(typeof body.bot?.id === 'string' ? { botId: body.bot.id } : {}) });
        return reply(res, 201, { id });
      }
      if (!m || (req.method !== 'POST' && req.method !== 'PUT')) return reply(res, 404, { error: { code: 'NotFound', message: 'Not found' } });
      const conversationId = decodeURIComponent(m[1]!);
      let body: Record<string, unknown>;
      try {
        body = (await readJson(req)) as Record<string, unknown>;
      } catch {
        stats.rejected++;
        return reply(res, 400, { error: { code: 'BadSyntax', message: 'Invalid JSON' } });
      }
      const fault = faultFor(conversationId);
      if (fault) {
        stats.rejected++;
        return reply(res, fault.status, { error: { code: fault.status === 429 ? 'Throttled' : 'ServiceError', message: 'Injected fault' } }, fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {});
      }
      const clientRequestId = typeof req.headers['x-ms-client-request-id'] === 'string' ? req.headers['x-ms-client-request-id'] : undefined;
      const first = clientRequestId ? byRequestId.get(clientRequestId) : undefined;
      const record: RecordedActivity = {
        id: first && options.dedupe ? first.id : `${activities.length + 1}|${randomUUID()}`,
        conversationId,
        activity: body,
        at: Date.now(),
        ...(clientRequestId ? { clientRequestId } : {}),
        ...(auth ? { authorization: auth } : {}),
        ...(first ? { duplicateOf: first.id } : {}),
      };
      activities.push(record);
      stats.accepted++;
      if (first) stats.duplicates++;
      else if (clientRequestId) byRequestId.set(clientRequestId, record);
      if (!first || !options.dedupe) {
        for (const w of [...waiters]) {
          if (w.predicate(record)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(record);
          }
        }
      }
      reply(res, req.method === 'PUT' ? 200 : 201, { id: record.id });
    })().catch(() => reply(res, 500, { error: { code: 'ServiceError', message: 'Stub failure' } }));
  });

  const delivered = () => activities.filter((a) => !(options.dedupe && a.duplicateOf));

  return {
    server,
    activities,
    conversations,
    refuseConversationsWith,
    stats,
    delivered,
    byConversation: (id) => delivered().filter((a) => a.conversationId === id),
    faults: {
      add: (f) => faults.push({ ...f, left: f.times ?? 1 }),
      clear: () => void faults.splice(0),
    },
    waitFor(predicate, timeoutMs = 5000) {
      const found = delivered().find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { predicate, resolve };
        waiters.push(w);
        setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(new Error('stub connector: no matching activity in time'));
          }
        }, timeoutMs).unref();
      });
    },
    reset() {
      activities.splice(0);
      conversations.splice(0);
      refuseConversationsWith.clear();
      byRequestId.clear();
      faults.splice(0);
      Object.assign(stats, { requests: 0, accepted: 0, rejected: 0, duplicates: 0 });
    },
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: p } = server.address() as AddressInfo;
          resolve({ url: `http://${host}:${p}` });
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
