import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { AppError } from '../text/index.ts';
import type { TokenProvider } from './auth.ts';

export interface BrowserTokenConfig {
  clientId: string;
  /** e.g. https://login.microsoftonline.com/{tenantId} or .../organizations */
  authority?: string;
  redirectUri?: string;
  /**
   * Whether the host offers nested app authentication; pass TeamsJS `nestedAppAuth.isNAAChannelRecommended()`
   * (Teams) or the Office equivalent. Without NAA a standard popup flow is used.
   */
  isNestedAppAuthSupported?: () => boolean | Promise<boolean>;
  /** Hint for the account to use, from the host context (Teams `user.loginHint`). */
  loginHint?: string;
}

/**
 * Delegated tokens in the tab and the task pane (@azure/msal-browser). Uses nested app authentication
 * when the host supports it, else a standard public client. msal-browser is loaded on first use.
 */
export function createBrowserTokenProvider(config: BrowserTokenConfig): TokenProvider {
  let pca: Promise<IPublicClientApplication> | undefined;
  const load = () =>
    (pca ??= (async () => {
      const msal = await import('@azure/msal-browser');
      const configuration = {
        auth: {
          clientId: config.clientId,
          authority: config.authority ?? 'https://login.microsoftonline.com/organizations',
          ...(config.redirectUri ? { redirectUri: config.redirectUri } : {}),
        },
      };
      const nested = (await config.isNestedAppAuthSupported?.()) === true;
      return nested ? msal.createNestablePublicClientApplication(configuration) : msal.createStandardPublicClientApplication(configuration);
    })());

  const pickAccount = (app: IPublicClientApplication): AccountInfo | undefined => {
    const accounts = app.getAllAccounts();
    return app.getActiveAccount() ?? accounts.find((a) => a.username === config.loginHint) ?? accounts[0];
  };

  return {
    async getToken(scopes) {
      const app = await load();
      const account = pickAccount(app);
      try {
        const result = account
          ? await app.acquireTokenSilent({ scopes, account })
          : await app.ssoSilent({ scopes, ...(config.loginHint ? { loginHint: config.loginHint } : {}) });
        return result.accessToken;
      } catch (silentError) {
        try {
          // Interaction is needed (consent, MFA, no session): a popup is the only flow NAA supports.
          const result = await app.acquireTokenPopup({ scopes, ...(config.loginHint ? { loginHint: config.loginHint } : {}) });
          app.setActiveAccount(result.account);
          return result.accessToken;
        } catch (error) {
          throw new AppError('GRAPH.UNAUTHORIZED', { cause: error ?? silentError, details: { reason: 'browser-token' } });
        }
      }
    },
  };
}
