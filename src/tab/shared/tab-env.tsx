import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { TabData, WerkgroepView } from './data/tab-data.ts';

/** Where the tab runs, as the pages need it. */
export interface TabEnv {
  data: TabData;
  groupId?: string;
  /** Loaded once by the app shell for channel tabs. */
  werkgroep?: WerkgroepView;
  userId?: string;
  demo: boolean;
  inTeams: boolean;
  /** The current instant; injectable so tests and the demo clock can fix "today". */
  now(): Date;
}

const TabEnvContext = createContext<TabEnv | null>(null);

export function TabEnvProvider({ value, children }: { value: TabEnv; children: ReactNode }) {
  return <TabEnvContext.Provider value={value}>{children}</TabEnvContext.Provider>;
}

export function useTabEnv(): TabEnv {
  const env = useContext(TabEnvContext);
  if (!env) throw new Error('useTabEnv outside TabEnvProvider');
  return env;
}
