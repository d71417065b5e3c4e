import { isUnresolvedKeyVaultReference, unresolvedKeyVaultSettings } from '../src/config/index.ts';
import { AppError } from '../src/text/index.ts';
import type { CloudEnvironment } from '@microsoft/teams.api';

/** How the bot authenticates. Production validates every inbound Bot Framework token. */
export interface BotAuth {
  mode: 'production' | 'development';
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  managedIdentityClientId?: string;
  /** Outbound token factory instead of a secret (tests, local demo): nothing calls Entra. */
  token?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
  /** Overrides for sovereign clouds, and for tests (local OpenID metadata). */
  cloud?: CloudEnvironment;
}

/**
 * Production refuses to start without credentials: without them the SDK would reject every request at
 * best, and older SDK versions accepted unauthenticated requests.
 */
export function assertProductionAuth(auth: BotAuth): void {
  if (auth.mode !== 'production') return;
  // A Key Vault reference App Service could not resolve arrives as its own text: refuse it by name.
  const unresolved = (
    [
      ['CLIENT_ID', auth.clientId],
      ['CLIENT_SECRET', auth.clientSecret],
      ['TENANT_ID', auth.tenantId],
      ['MANAGED_IDENTITY_CLIENT_ID', auth.managedIdentityClientId],
    ] as const
  ).filter(([, v]) => isUnresolvedKeyVaultReference(v));
  if (unresolved.length > 0) throw new AppError('BOT.SECRET_UNRESOLVED', { details: { names: unresolved.map(([n]) => n).join(', ') } });
  const missing: string[] = [];
  if (!auth.clientId) missing.push('CLIENT_ID');
  if (!auth.tenantId) missing.push('TENANT_ID');
  if (!auth.clientSecret && !auth.managedIdentityClientId && !auth.token) missing.push('CLIENT_SECRET');
  if (missing.length > 0) throw new AppError('BOT.CREDENTIALS_MISSING', { details: { names: missing.join(', ') } });
}

/**
 * Refuses to start when any setting is an unresolved Key Vault reference (App Service leaves the literal
 * `@Microsoft.KeyVault(...)` when it cannot fetch the secret), naming the settings.
 */
export function assertNoUnresolvedSecrets(env: Record<string, string | undefined>): void {
  const names = unresolvedKeyVaultSettings(env);
  if (names.length > 0) throw new AppError('BOT.SECRET_UNRESOLVED', { details: { names: names.join(', ') } });
}

/** Reads the production settings from the environment (names as in .env.example). */
export function readBotAuthFromEnv(env: NodeJS.ProcessEnv): BotAuth {
  const auth: BotAuth = { mode: env.BOT_MODE === 'development' ? 'development' : 'production' };
  if (env.CLIENT_ID) auth.clientId = env.CLIENT_ID;
  if (env.CLIENT_SECRET) auth.clientSecret = env.CLIENT_SECRET;
  if (env.TENANT_ID) auth.tenantId = env.TENANT_ID;
  if (env.MANAGED_IDENTITY_CLIENT_ID) auth.managedIdentityClientId = env.MANAGED_IDENTITY_CLIENT_ID;
  return auth;
}

/**
 * An unsigned token in JWT shape for outbound calls to a local stub connector (the SDK parses tokens as
 * JWTs). Only for development and tests: the real Bot Connector rejects it.
 */
export function localConnectorToken(appId: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ aud: 'https://api.botframework.com', appid: appId, iss: 'local' })}.`;
}
