import { mapItems } from '../paging.ts';
import { TASK_SELECT, toActie } from '../planner.ts';
import { planSchema, pageSchema, plannerTaskSchema } from '../wire.ts';
import { fail, queueOne, readCollection, skipper } from './cycle.ts';
import type { Cycle } from './cycle.ts';
import type { GroupState } from './types.ts';

/* Planner: a group's tasks every cycle (they change all day); its plan id is kept until it answers 404. */

const enc = encodeURIComponent;

function readTasks(c: Cycle, g: GroupState, planId: string): void {
  readCollection(
    c,
    g,
    'tasks',
    `/planner/plans/${enc(planId)}/tasks?$select=${TASK_SELECT}`,
    (values) => {
      for (const actie of mapItems(values, plannerTaskSchema, (t) => toActie(t, g.id), { resource: 'tasks', werkgroepId: g.id, onSkip: skipper(c) })) {
        if (actie.status === 'open' || Date.parse(actie.completedAt ?? '') >= c.completedSince) g.actions.push(actie);
      }
    },
    (_ok, code) => {
      // A plan that is gone (deleted, or the team re-created) is looked up again right away, once.
      if (code !== 'GRAPH.NOT_FOUND') return;
      delete g.ids.planId;
      if (g.planRetried) return;
      g.planRetried = true;
      lookUpPlan(c, g);
      return 'handled';
    },
  );
}

function lookUpPlan(c: Cycle, g: GroupState): void {
  queueOne(c, g, 'plans', `/groups/${enc(g.id)}/planner/plans?$select=id`, (result) => {
    if (!result.ok) return fail(c, g.id, 'plans', result);
    const page = pageSchema.safeParse(result.body);
    const [plan] = page.success ? mapItems(page.data.value, planSchema, (p) => p, { resource: 'plans', werkgroepId: g.id, onSkip: skipper(c) }) : [];
    g.ids.planId = plan?.id ?? null;
    if (plan) readTasks(c, g, plan.id);
    else c.problems.push({ werkgroepId: g.id, resource: 'plans', code: 'GRAPH.NO_PLAN' });
  });
}

/** The tasks when the plan is known, else the plan first; nothing for a group known to have none. */
export function readPlanner(c: Cycle, g: GroupState): void {
  if (typeof g.ids.planId === 'string') readTasks(c, g, g.ids.planId);
  else if (g.ids.planId === undefined) lookUpPlan(c, g);
}
