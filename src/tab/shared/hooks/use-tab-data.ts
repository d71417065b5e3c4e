// One hook per thing a page reads, all on useResource: pages never call the data port inside effects.
import type { Actie, Agendapunt, Besluit, Resultaat, Verbeterpunt, Vergadering } from '../../../workgroups/index.ts';
import type { MyActie, TabData, WerkgroepView } from '../data/tab-data.ts';
import { useTabEnv } from '../tab-env.tsx';
import { addDays, amsterdamDay } from '../utils/dates.ts';
import { resourceKey, useResource } from './use-resource.ts';
import type { Resource } from './use-resource.ts';

/** The werkgroep with its members and the MT; the app shell loads it before the env exists. */
export function useWerkgroep(data: TabData, groupId: string | undefined): Resource<WerkgroepView> {
  return useResource(groupId ? resourceKey('werkgroep', groupId) : null, () => data.loadWerkgroep(groupId!));
}

/**
 * The werkgroep's meetings from `back` days before today (or, without `back`, from this moment) to
 * `ahead` days after today. Keyed by the day, so re-renders during the day ask nothing new.
 */
export function useMeetings(groupId: string, span: { back?: number; ahead: number }): Resource<Vergadering[]> {
  const { data, now } = useTabEnv();
  const today = amsterdamDay(now());
  return useResource(resourceKey('meetings', groupId, today, span.back, span.ahead), () =>
    data.listMeetings(groupId, {
      from: span.back === undefined ? now().toISOString() : `${addDays(today, -span.back)}T00:00:00Z`,
      to: `${addDays(today, span.ahead)}T00:00:00Z`,
    }),
  );
}

/** The plan's actions; `withVergadering` also reads which meeting each came from. */
export function useActions(groupId: string, options: { withVergadering?: boolean } = {}): Resource<Actie[]> {
  const { data } = useTabEnv();
  const withVergadering = options.withVergadering === true;
  return useResource(resourceKey('actions', groupId, withVergadering), () =>
    withVergadering ? data.listActions(groupId, { withVergadering }) : data.listActions(groupId),
  );
}

export function useResultaten(groupId: string): Resource<Resultaat[]> {
  const { data } = useTabEnv();
  return useResource(resourceKey('resultaten', groupId), () => data.listResultaten(groupId));
}

export function useVerbeterpunten(groupId: string): Resource<Verbeterpunt[]> {
  const { data } = useTabEnv();
  return useResource(resourceKey('verbeterpunten', groupId), () => data.listVerbeterpunten(groupId));
}

export function useAgendapunten(groupId: string, vergaderingId: string): Resource<Agendapunt[]> {
  const { data } = useTabEnv();
  return useResource(resourceKey('agendapunten', groupId, vergaderingId), () => data.listAgendapunten(groupId, vergaderingId));
}

export function useBesluiten(groupId: string, vergaderingId: string): Resource<Besluit[]> {
  const { data } = useTabEnv();
  return useResource(resourceKey('besluiten', groupId, vergaderingId), () => data.listBesluiten(groupId, vergaderingId));
}

/** My actions across all werkgroepen (the personal tab). */
export function useMyActions(): Resource<MyActie[]> {
  const { data, userId } = useTabEnv();
  return useResource(resourceKey('my-actions', userId), () => data.listMyActions(userId ?? ''));
}

/** One action by its task id (a card's deep link); `groupId` when the link names the werkgroep. */
export function useAction(actionId: string, groupId: string | undefined): Resource<MyActie> {
  const { data } = useTabEnv();
  return useResource(resourceKey('action', actionId, groupId), () => data.getAction(actionId, groupId));
}

/** A werkgroep the user is in, with what a view across werkgroepen reads of it. */
export interface WerkgroepData {
  view: WerkgroepView;
  actions: Actie[];
  resultaten: Resultaat[];
  verbeterpunten: Verbeterpunt[];
}

/**
 * Every werkgroep the user can read with their own (delegated) rights, each with its actions, results and
 * verbeterpunten (the MT view). Planner and the team site answer only members, so that is the user's werkgroepen.
 */
export function useMyWerkgroepData(): Resource<WerkgroepData[]> {
  const { data, userId } = useTabEnv();
  return useResource(resourceKey('my-werkgroep-data', userId), async () => {
    const groups = await data.listMyWerkgroepen();
    return Promise.all(
      groups.map(async (g) => {
        const [view, actions, resultaten, verbeterpunten] = await Promise.all([
          data.loadWerkgroep(g.id),
          data.listActions(g.id),
          data.listResultaten(g.id),
          data.listVerbeterpunten(g.id),
        ]);
        return { view, actions, resultaten, verbeterpunten };
      }),
    );
  });
}

