import { App } from '@microsoft/teams.apps';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CalendarOptions } from '../src/workgroups/index.ts';
import { assertProductionAuth, type BotAuth } from './config.ts';
import { deferredHttpClient } from './deferred-http-client.ts';
import { answerWhenStopped, registerCardActionHandlers } from './handlers/card-actions.ts';
import { registerCommandHandlers } from './handlers/commands.ts';
import { registerInstallHandlers } from './handlers/install.ts';
import { registerTenantGuard } from './handlers/tenant.ts';
import { NodeHttpAdapter, send } from './http-adapter.ts';
import { sdkLogger } from './logger.ts';
import type { BotDeps } from './ports.ts';
import { createProactiveSender, type PersonalConversationCreator, type ProactiveSender } from './proactive.ts';
import { cacheServiceTokenChecks } from './token-cache.ts';

export { assertProductionAuth, localConnectorToken, readBotAuthFromEnv } from './config.ts';
export type { BotAuth } from './config.ts';
export { createLogger } from './logger.ts';
export type { Logger } from './logger.ts';
export { systemClock } from './ports.ts';
export type { ActionContext, BotDeps, Clock, MyActionItem, WorkgroupService } from './ports.ts';
export type { OutgoingCard, PersonalConversationCreator, ProactiveSender } from './proactive.ts';
export { createGraphWorkgroupService } from './graph-service.ts';
export { OBO_ALLOWED_SCOPES, createMsalOboExchange, createOboRoute, readOboSettings } from './obo.ts';
export type { OboExchange, OboExchangeRequest, OboExchangeResult, OboRouteOptions } from './obo.ts';
export { createScheduler } from './scheduler/index.ts';
export type { Scheduler, SchedulerOptions, CycleReport } from './scheduler/index.ts';

export interface Bot {
  app: App;
  /** Sends proactive cards with the app's credentials to any stored conversation. */
  sender: ProactiveSender & PersonalConversationCreator;
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
  /** Extra HTTP routes (health checks) in front of the messaging endpoint. */
  addRoute(route: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>): void;
}

export interface BotOptions {
  auth: BotAuth;
  calendar?: CalendarOptions;
  /** Readiness check for /readyz (store and Graph reachable). */
  ready?: () => Promise<boolean>;
}

/** Builds the Teams app and registers every handler group. Production refuses to build without credentials. */
export function createBot(deps: BotDeps, options: BotOptions): Bot {
  const { auth } = options;
  assertProductionAuth(auth);
  // Production: tokens without exp are refused, and a stop lets clicks in flight finish (or says they may be lost).
  const adapter = new NodeHttpAdapter({ requireTokenExpiry: auth.mode === 'production', abortedResponse: answerWhenStopped });
  const app = new App({
    ...(auth.clientId ? { clientId: auth.clientId } : {}),
    ...(auth.clientSecret ? { clientSecret: auth.clientSecret } : {}),
    ...(auth.tenantId ? { tenantId: auth.tenantId } : {}),
    ...(auth.managedIdentityClientId ? { managedIdentityClientId: auth.managedIdentityClientId } : {}),
    ...(auth.token ? { token: auth.token } : {}),
    ...(auth.cloud ? { cloud: auth.cloud } : {}),
    httpServerAdapter: adapter,
    // The SDK clones its client several times per activity; deferred, the clones cost nothing until used.
    client: deferredHttpClient(),
    logger: sdkLogger(deps.log),
    // Explicit, so an environment variable can never switch token checks off in production.
    dangerouslyAllowUnauthenticatedRequests: auth.mode === 'development',
    activity: { mentions: { stripText: true } },
  });
  // First: activities from another tenant never reach a handler.
  registerTenantGuard(app, { ...(auth.tenantId ? { tenantId: auth.tenantId } : {}), log: deps.log });
  registerInstallHandlers(app, deps);
  registerCommandHandlers(app, deps);
  registerCardActionHandlers(app, deps, options.calendar ? { calendar: options.calendar } : {});
  app.event('error', ({ error }) => {
    deps.log.error({ err: { name: (error as Error)?.name, code: (error as { code?: string })?.code } }, 'bot error');
  });

  adapter.addRoute((req, res) => {
    if (req.method !== 'GET') return false;
    if (req.url === '/healthz') {
      send(res, 200, { status: 'ok' });
      return true;
    }
    if (req.url === '/readyz') {
      return (options.ready ? options.ready() : Promise.resolve(true)).then(
        (ok) => (send(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' }), true),
        () => (send(res, 503, { status: 'not ready' }), true),
      );
    }
    return false;
  });

  let initialized = false;
  return {
    app,
    sender: createProactiveSender(app.api.http),
    addRoute: (route) => adapter.addRoute(route),
    async listen(port, host = '127.0.0.1') {
      if (!initialized) {
        await app.initialize();
        if (auth.mode === 'production' && !cacheServiceTokenChecks(app.server)) deps.log.warn('service token cache not active');
        initialized = true;
      }
      return adapter.listen(port, host);
    },
    async close() {
      await adapter.stop();
    },
  };
}
