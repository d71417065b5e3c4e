// How the pane reaches the traject register. The pane only sees this port: in Office it is signed in
// with MSAL nested app authentication (msal-connector.ts), in the demo with the dev token of the local
// Graph emulator (addin/demo). Both give a Graph client for the signed-in user and the participation site.
import type { GraphClient } from '../../../../src/graph/index.ts';

export interface Opsteller {
  id?: string;
  naam: string;
  email?: string;
}

export interface RegisterSession {
  client: GraphClient;
  /** The organisation's participation site, which holds the Participatietrajecten list. */
  siteId: string;
  /** The signed-in user, who writes the advice. */
  opsteller: Opsteller;
}

export interface RegisterConnector {
  /**
   * Signs in (silently when it can, with a popup when Microsoft asks for it) and returns the session.
   * Throws an AppError (GRAPH.UNAUTHORIZED, GRAPH.FORBIDDEN, …) when that does not work.
   */
  connect(): Promise<RegisterSession>;
}

/** The pane's runtime settings for the register, from the web app (so one build serves every tenant). */
export interface RegisterConfig {
  /** The Entra app of the tab and the add-in. */
  clientId: string;
  tenantId?: string;
  /** PARTICIPATION_SITE_ID. */
  participationSiteId: string;
  graphBaseUrl?: string;
}

/** Reads the register settings from the served config; null when the register is not set up here. */
export function registerConfigFrom(json: unknown): RegisterConfig | null {
  if (typeof json !== 'object' || json === null) return null;
  const o = json as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() !== '' ? (o[k] as string).trim() : undefined);
  const clientId = str('clientId');
  const participationSiteId = str('participationSiteId');
  if (!clientId || !participationSiteId) return null;
  const tenantId = str('tenantId');
  const graphBaseUrl = str('graphBaseUrl');
  return { clientId, participationSiteId, ...(tenantId ? { tenantId } : {}), ...(graphBaseUrl ? { graphBaseUrl } : {}) };
}
