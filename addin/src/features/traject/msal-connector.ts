// The register in Office: delegated Graph tokens with MSAL nested app authentication (Word hosts the
// sign-in; no server in between). Loaded only when the pane registers a traject, so msal-browser never
// weighs on the first step of the checklist.
// https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in
import { createBrowserTokenProvider, createGraphClient, getMe } from '../../../../src/graph/index.ts';
import type { OfficeAuthInfo } from '../../../word/index.ts';
import type { RegisterConfig, RegisterConnector, RegisterSession } from './connection.ts';

/**
 * Delegated permissions the pane asks for: who is signed in (/me, the opsteller) and writing the traject
 * in the list on the participation site. Creating and updating list items needs Sites.ReadWrite.All at
 * least (https://learn.microsoft.com/graph/api/listitem-create); the pane shares the tab's Entra app,
 * which already has Sites.Manage.All (a superset), and an Entra token carries every consented scope of
 * its app anyway, so asking for the tab's own permissions adds nothing to consent. Delegated: the user
 * writes only where SharePoint lets them. A test keeps this a subset of the README table.
 */
export const ADDIN_GRAPH_SCOPES = ['User.ReadBasic.All', 'Sites.Manage.All'].map((s) => `https://graph.microsoft.com/${s}`);

export function createMsalConnector(config: RegisterConfig, office: OfficeAuthInfo): RegisterConnector {
  let pending: Promise<RegisterSession> | undefined;
  return {
    connect() {
      const attempt = (pending ??= (async () => {
        const loginHint = await office.loginHint();
        const tokenProvider = createBrowserTokenProvider({
          clientId: config.clientId,
          authority: `https://login.microsoftonline.com/${config.tenantId ?? 'organizations'}`,
          isNestedAppAuthSupported: () => office.isNestedAppAuthSupported(),
          ...(loginHint ? { loginHint } : {}),
        });
        const client = createGraphClient({ tokenProvider, scopes: ADDIN_GRAPH_SCOPES, ...(config.graphBaseUrl ? { baseUrl: config.graphBaseUrl } : {}) });
        const me = await getMe(client);
        return { client, siteId: config.participationSiteId, opsteller: { id: me.id, naam: me.displayName, ...(me.mail ? { email: me.mail } : {}) } };
      })());
      // A failed sign-in is not kept: "Opnieuw proberen" must really try again.
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
      return attempt;
    },
  };
}
