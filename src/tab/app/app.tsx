import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Loading } from '../shared/components/loading.tsx';
import type { Theme } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { tabText } from '../../text/ui-tab.ts';
import { ConflictHost } from '../shared/components/conflict-host.tsx';
import { ErrorBar } from '../shared/components/error-bar.tsx';
import { pageShellStyles } from '../shared/components/page-shell.ts';
import type { TabData } from '../shared/data/tab-data.ts';
import { resourceKey, useResource } from '../shared/hooks/use-resource.ts';
import { useWerkgroep } from '../shared/hooks/use-tab-data.ts';
import { TabEnvProvider } from '../shared/tab-env.tsx';
import { OverzichtPage } from '../features/overzicht/overzicht-page.tsx';
import type { TabContext, ThemeName } from './host.ts';
import { lightTheme, loadTheme } from './themes.ts';
import { PageNav, WerkgroepSwitch, readWerkgroepChoice, storeWerkgroepChoice } from './page-nav.tsx';
import type { NavPage } from './page-nav.tsx';
import { useRoute } from './router.ts';
import type { Route } from './router.ts';
import { routeGroupId } from '../../workgroups/index.ts';

const CONFIG_ROUTE: Route = { page: 'config' };
const MIJN_ACTIES_ROUTE: Route = { page: 'mijn-acties' };

// Everything but the first page loads on demand, so opening the tab stays fast.
const VergaderingPage = lazy(() => import('../features/vergadering/vergadering-page.tsx').then((m) => ({ default: m.VergaderingPage })));
const ResultatenPage = lazy(() => import('../features/resultaten/resultaten-page.tsx').then((m) => ({ default: m.ResultatenPage })));
const MijnActiesPage = lazy(() => import('../features/mijn-acties/mijn-acties-page.tsx').then((m) => ({ default: m.MijnActiesPage })));
const ActieDetailPage = lazy(() => import('../features/mijn-acties/mijn-acties-page.tsx').then((m) => ({ default: m.ActieDetailPage })));
const JaarverslagPage = lazy(() => import('../features/jaarverslag/jaarverslag-page.tsx').then((m) => ({ default: m.JaarverslagPage })));
const ConfigPage = lazy(() => import('../features/configuratie/config-page.tsx').then((m) => ({ default: m.ConfigPage })));
const MtOverzichtPage = lazy(() => import('../features/mt-overzicht/mt-overzicht-page.tsx').then((m) => ({ default: m.MtOverzichtPage })));
const ParticipatiePage = lazy(() => import('../features/participatie/participatie-page.tsx').then((m) => ({ default: m.ParticipatiePage })));


const useStyles = makeStyles({
  ...pageShellStyles,
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { overflowWrap: 'anywhere', margin: 0 },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
});

export interface AppProps {
  context: TabContext;
  data: TabData;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  now?: () => Date;
}


export function App({ context, data, onThemeChange, now = () => new Date() }: AppProps) {
  const styles = useStyles();
  const [theme, setTheme] = useState<ThemeName>(context.theme);
  useEffect(() => onThemeChange(setTheme), [onThemeChange]);
  // Dark and high-contrast load on demand; the current theme stays until the next one is there.
  const loaded = useResource(resourceKey('theme', theme), async (): Promise<{ name: ThemeName; theme: Theme }> => ({ name: theme, theme: await loadTheme(theme) }));
  const fluentTheme = loaded.data ?? { name: 'default', theme: lightTheme };
  const route = useRoute({
    subPageId: context.subPageId,
    ...(context.frameContext === 'settings' ? { force: CONFIG_ROUTE } : {}),
    ...(context.personal ? { fallback: MIJN_ACTIES_ROUTE } : {}),
  });
  // The werkgroep picked in the switcher, remembered per place; without one, the team's own werkgroep.
  const [chosen, setChosen] = useState<string | undefined>(() => (context.personal ? undefined : readWerkgroepChoice(context.groupId)));
  const mine = useResource(context.personal || route.page === 'config' ? null : resourceKey('my-werkgroepen'), () => data.listMyWerkgroepen());
  const chosenOk = chosen !== undefined && (!mine.data || mine.data.some((w) => w.id === chosen));
  const choose = (id: string) => {
    storeWerkgroepChoice(context.groupId, id === context.groupId ? undefined : id);
    setChosen(id === context.groupId ? undefined : id);
  };
  // A card's deep link opens the personal tab with the werkgroep in the route; elsewhere the chosen or the team's own.
  const groupId = routeGroupId(route) ?? (chosenOk ? chosen : undefined) ?? context.groupId;
  const personal = context.personal && !routeGroupId(route);
  const werkgroep = useWerkgroep(data, groupId);
  const mt = route.page === 'mt-overzicht';
  const isMtLid = !!context.userId && !!werkgroep.data?.mt.some((m) => m.id === context.userId);

  let body: ReactNode;
  if (route.page === 'config') {
    body = <ConfigPage />;
  } else if (mt) {
    // Across werkgroepen: needs no werkgroep of its own, so it also opens from the digest in the personal tab.
    body = <MtOverzichtPage />;
  } else if (route.page === 'participatie') {
    // The organisation's traject register: about no werkgroep, so it does not wait for one.
    body = <ParticipatiePage />;
  } else if (route.page === 'actie') {
    body = <ActieDetailPage actionId={route.actionId} groupId={groupId} />;
  } else if (personal || route.page === 'mijn-acties') {
    body = <MijnActiesPage />;
  } else if (werkgroep.error) {
    body = <ErrorBar error={werkgroep.error} onRetry={werkgroep.reload} />;
  } else if (!werkgroep.data) {
    body = <Loading label={tabText.loading} />;
  } else {
    body = renderPage(route);
  }
  const current: NavPage = route.page === 'config' || route.page === 'actie' ? 'mijn-acties' : route.page;

  return (
    <FluentProvider theme={fluentTheme.theme} lang="nl">
      <TabEnvProvider
        value={{ data, groupId, userId: context.userId, demo: context.demo, inTeams: context.inTeams, werkgroep: werkgroep.data, now }}
      >
        <ConflictHost>
        <div className={styles.page}>
        <div className={styles.shell} data-theme={fluentTheme.name}>
          <header className={styles.header}>
            {context.demo ? (
              <MessageBar intent="info" data-testid="demo-banner">
                <MessageBarBody>
                  <MessageBarTitle>{context.inTeams ? tabText.demoBannerInTeams : tabText.demoBanner}</MessageBarTitle>
                  {tabText.demoBannerDetail}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {route.page !== 'config' ? (
              <>
                <div className={styles.titleRow}>
                  <Title2 as="h1" className={styles.title}>
                    {mt && (personal || context.personal)
                      ? tabText.nav.mtOverzicht
                      : personal
                        ? tabText.mijnActies.title
                        : (werkgroep.data?.werkgroep.naam ?? tabText.appTitle)}
                  </Title2>
                  {!context.personal && mine.data && mine.data.length > 1 && !routeGroupId(route) ? (
                    <WerkgroepSwitch werkgroepen={mine.data} current={groupId} currentNaam={werkgroep.data?.werkgroep.naam} onChange={choose} />
                  ) : null}
                </div>
                {!personal && !context.personal ? (
                  <nav aria-label={tabText.nav.label}>
                    <PageNav current={current} mt={isMtLid || mt} />
                  </nav>
                ) : null}
              </>
            ) : null}
          </header>
          <main>
            <Suspense fallback={<Loading label={tabText.loading} />}>{body}</Suspense>
          </main>
        </div>
        </div>
        </ConflictHost>
      </TabEnvProvider>
    </FluentProvider>
  );
}

function renderPage(route: Route): ReactNode {
  switch (route.page) {
    case 'vergadering':
      return <VergaderingPage vergaderingId={route.vergaderingId} />;
    case 'resultaten':
      return <ResultatenPage />;
    case 'jaarverslag':
      return <JaarverslagPage />;
    default:
      return <OverzichtPage />;
  }
}
