import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../logger.ts';

/**
 * Every tenant id an activity names: Teams puts it in `channelData.tenant.id` and in
 * `conversation.tenantId` (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/conversation-basics).
 */
export function tenantIdsOf(activity: unknown): string[] {
  const a = (activity ?? {}) as { channelData?: { tenant?: { id?: unknown } }; conversation?: { tenantId?: unknown } };
  return [a.channelData?.tenant?.id, a.conversation?.tenantId].filter((v): v is string => typeof v === 'string' && v !== '').map((v) => v.toLowerCase());
}

/**
 * The bot serves one tenant (TENANT_ID). An activity that names another tenant, or none, is answered 403
 * before any handler runs: nothing is stored, no werkgroep is added from a team install, no card is acted on.
 * Registered first, so it runs before every handler of ours.
 */
export function registerTenantGuard(app: App, options: { tenantId?: string; log: Logger }): void {
  const expected = options.tenantId?.trim().toLowerCase();
  if (!expected) return;
  app.use(async (ctx) => {
    const ids = tenantIdsOf(ctx.activity);
    if (ids.length > 0 && ids.every((id) => id === expected)) return ctx.next();
    options.log.warn({ type: ctx.activity.type, named: ids.length }, 'activity from another tenant refused');
    return { status: 403, body: { error: 'tenant_not_allowed' } };
  });
}
