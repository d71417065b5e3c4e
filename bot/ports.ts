import type { BotStore } from '../src/store/index.ts';
import type { Actie, Member, Vergadering, Werkgroep } from '../src/workgroups/index.ts';
import type { TabLinks } from './cards/index.ts';
import type { Logger } from './logger.ts';
import type { TrajectService } from './scheduler/trajecten.ts';

export interface Clock {
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** One action with what the card handlers need to judge and show it. */
export interface ActionContext {
  actie: Actie;
  werkgroep: Werkgroep;
  members: Member[];
  vergadering?: Vergadering;
}

export interface MyActionItem {
  actie: Actie;
  werkgroepNaam: string;
}

/** What the bot needs from Microsoft 365 (implemented over src/graph). */
export interface WorkgroupService {
  /**
   * The action as it is in Planner now, its werkgroep (voorzitter, leden, MT-leden) and members. Throws
   * WORKGROUPS.WRONG_WERKGROEP unless `werkgroepId` is a werkgroep the bot serves and the task is in its plan.
   */
  loadAction(ids: { werkgroepId: string; actieId: string }): Promise<ActionContext>;
  /** Completes with If-Match on `base.etag`; throws GraphConflictError when someone changed the status. */
  completeAction(werkgroepId: string, base: Actie): Promise<Actie>;
  /**
   * Gives the action to `toUserId` in place of `fromUserId`'s assignment (default the trekker's), with
   * If-Match on `base.etag`; throws GraphConflictError on a conflicting change.
   */
  handOverAction(werkgroepId: string, base: Actie, toUserId: string, fromUserId?: string): Promise<Actie>;
  /** Open actions where the user is trekker, in every werkgroep. */
  listActionsOf(userId: string): Promise<MyActionItem[]>;
  /** Whether the user is a member or owner of any werkgroep (so "no actions" can be told apart from "no werkgroep"). */
  isInAnyWerkgroep?(userId: string): Promise<boolean>;
}

export interface BotDeps {
  store: BotStore;
  workgroups: WorkgroupService;
  clock: Clock;
  links: TabLinks;
  log: Logger;
  /** The traject register, when a participation site is configured: the follow-up cards write to it. */
  trajecten?: TrajectService;
}
