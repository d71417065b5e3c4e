// The organisation's traject register as the tab reads it: one list on the participation site
// (PARTICIPATION_SITE_ID), not on a werkgroep's site, so it sits beside the werkgroep port (TabData)
// and only tabs configured with that site have it.
import { listTrajecten } from '../../../graph/index.ts';
import type { GraphClient } from '../../../graph/index.ts';
import type { TrajectRecord } from '../../../participation/index.ts';
import type { TabData } from './tab-data.ts';

export interface TrajectRegisterPort {
  /** Absent when no participation site is configured: the page says so instead of failing. */
  listTrajecten?(): Promise<TrajectRecord[]>;
}

export type TabDataWithRegister = TabData & TrajectRegisterPort;

/** Adds the register read to the tab's data port when a participation site is configured. */
export function withTrajectRegister(data: TabData, client: GraphClient, siteId: string | undefined): TabDataWithRegister {
  if (!siteId) return data;
  return Object.assign(data, { listTrajecten: () => listTrajecten(client, siteId) });
}
