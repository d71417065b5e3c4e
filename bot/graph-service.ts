import {
  getAction,
  getGroup,
  getGroupOwners,
  getGroupPlan,
  listActions,
  listMembers,
  updateAction,
  type GraphClient,
} from '../src/graph/index.ts';
import { AppError } from '../src/text/index.ts';
import type { Member, Werkgroep } from '../src/workgroups/index.ts';
import type { ActionContext, MyActionItem, WorkgroupService } from './ports.ts';

export interface GraphWorkgroupServiceOptions {
  /** The MT group: its members are MT-leden. */
  mtGroupId?: string;
  /** The werkgroepen (group ids) to search for "mijn acties". */
  werkgroepIds: () => Promise<readonly string[]>;
}

/**
 * The bot's view of Microsoft 365 through the gateway. Reads what one card click needs: the task as it
 * is now, the group's owners (voorzitter), members and MT-leden; writes go through updateAction (If-Match).
 */
export function createGraphWorkgroupService(client: GraphClient, options: GraphWorkgroupServiceOptions): WorkgroupService {
  // Only plans found are remembered: a team that gets its plan later is seen on the next look.
  const planIds = new Map<string, string>();

  async function planOf(groupId: string): Promise<string | null> {
    const known = planIds.get(groupId);
    if (known) return known;
    try {
      const id = (await getGroupPlan(client, { groupId })).id;
      planIds.set(groupId, id);
      return id;
    } catch (error) {
      if (error instanceof AppError && (error.code === 'GRAPH.NO_PLAN' || error.code === 'GRAPH.NOT_FOUND')) return null;
      throw error;
    }
  }

  async function werkgroepOf(groupId: string): Promise<{ werkgroep: Werkgroep; members: Member[] }> {
    const [group, owners, members, mt] = await Promise.all([
      getGroup(client, { groupId }),
      getGroupOwners(client, { groupId }),
      listMembers(client, { groupId }),
      options.mtGroupId ? listMembers(client, { groupId: options.mtGroupId }) : Promise.resolve([] as Member[]),
    ]);
    const mtIds = new Set(mt.map((m) => m.id));
    const voorzitterId = owners[0]?.id ?? members[0]?.id ?? '';
    const werkgroep: Werkgroep = {
      id: groupId,
      naam: group.naam,
      voorzitterId,
      ledenIds: members.map((m) => m.id).filter((id) => id !== voorzitterId),
      mtLidIds: members.filter((m) => mtIds.has(m.id)).map((m) => m.id),
    };
    const all = new Map<string, Member>();
    for (const m of [...owners, ...members]) all.set(m.id, m);
    return { werkgroep, members: [...all.values()] };
  }

  return {
    async loadAction({ werkgroepId, actieId }): Promise<ActionContext> {
      // The card's ids are the clicker's word only: the werkgroep must be one the bot serves, and the task
      // must be in that werkgroep's own plan, before anyone's rights are judged against that werkgroep.
      const wrong = () => new AppError('WORKGROUPS.WRONG_WERKGROEP', { details: { werkgroepId, taskId: actieId } });
      if (!(await options.werkgroepIds()).includes(werkgroepId)) throw wrong();
      const planId = await planOf(werkgroepId);
      if (!planId) throw wrong();
      const [actie, wg] = await Promise.all([getAction(client, { werkgroepId, taskId: actieId }, { planId }), werkgroepOf(werkgroepId)]);
      return { actie, werkgroep: wg.werkgroep, members: wg.members };
    },
    completeAction(werkgroepId, base) {
      return updateAction(client, { werkgroepId }, { base, change: { status: 'klaar' } });
    },
    handOverAction(werkgroepId, base, toUserId, fromUserId) {
      return updateAction(client, { werkgroepId }, { base, change: { trekkerId: toUserId, ...(fromUserId ? { trekkerFrom: fromUserId } : {}) } });
    },
    async isInAnyWerkgroep(userId): Promise<boolean> {
      for (const groupId of await options.werkgroepIds()) {
        const [owners, members] = await Promise.all([getGroupOwners(client, { groupId }), listMembers(client, { groupId })]);
        if ([...owners, ...members].some((m) => m.id === userId)) return true;
      }
      return false;
    },
    async listActionsOf(userId): Promise<MyActionItem[]> {
      const out: MyActionItem[] = [];
      for (const groupId of await options.werkgroepIds()) {
        const planId = await planOf(groupId);
        if (!planId) continue;
        const [group, actions] = await Promise.all([getGroup(client, { groupId }), listActions(client, { werkgroepId: groupId, planId })]);
        for (const actie of actions) {
          if (actie.status === 'open' && actie.trekkerId === userId) out.push({ actie, werkgroepNaam: group.naam });
        }
      }
      return out;
    },
  };
}
