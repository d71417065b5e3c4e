import type { Configuration as MsalNodeConfiguration } from '@azure/msal-node';
import { AppError } from '../text/index.ts';

/** Gives an access token for Graph. One interface for app-only, delegated (browser) and the emulator. */
export interface TokenProvider {
  getToken(scopes: string[]): Promise<string>;
}

/** For the emulator and tests: a fixed token or a function that makes one (e.g. `emulator.issueDevToken`). */
export function createDevTokenProvider(token: string | (() => string | Promise<string>)): TokenProvider {
  return {
    async getToken() {
      return typeof token === 'function' ? await token() : token;
    },
  };
}

export interface AppTokenConfig {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  clientCertificate?: { thumbprintSha256: string; privateKey: string; x5c?: string };
  /** Defaults to https://login.microsoftonline.com/{tenantId}. */
  authority?: string;
}

/**
 * App-only tokens (client credentials) for the bot and its scheduler. MSAL caches the token and
 * refreshes it before it expires. msal-node is loaded on first use so browser bundles never include it.
 */
export function createAppTokenProvider(config: AppTokenConfig): TokenProvider {
  if (!config.clientSecret && !config.clientCertificate) {
    throw new AppError('GRAPH.UNAUTHORIZED', { details: { reason: 'missing-credentials' } });
  }
  let app: Promise<{ acquireTokenByClientCredential(r: { scopes: string[] }): Promise<{ accessToken: string } | null> }> | undefined;
  const load = () =>
    (app ??= import('@azure/msal-node').then(({ ConfidentialClientApplication }) => {
      const msalConfig: MsalNodeConfiguration = {
        auth: {
          clientId: config.clientId,
          authority: config.authority ?? `https://login.microsoftonline.com/${config.tenantId}`,
          ...(config.clientSecret ? { clientSecret: config.clientSecret } : {}),
          ...(config.clientCertificate ? { clientCertificate: config.clientCertificate } : {}),
        },
      };
      return new ConfidentialClientApplication(msalConfig);
    }));
  return {
    async getToken(scopes) {
      // Client credentials only accept the resource's .default scope.
      const appScopes = scopes.length === 1 && scopes[0]!.endsWith('/.default') ? scopes : ['https://graph.microsoft.com/.default'];
      try {
        const result = await (await load()).acquireTokenByClientCredential({ scopes: appScopes });
        if (!result?.accessToken) throw new Error('no token in MSAL result');
        return result.accessToken;
      } catch (error) {
        throw new AppError('GRAPH.UNAUTHORIZED', { cause: error, details: { reason: 'client-credentials' } });
      }
    },
  };
}
