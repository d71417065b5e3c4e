// Sites.Selected grants the demo tenant's admin made: the bot's app may read every werkgroep site
// (the bot only reads lists there: meetings, results, verbeterpunten), and write the participation
// site (participatie.ts gives that grant: the bot marks follow-ups and stores evaluations there). In a
// real tenant an admin does this once per site with `POST /sites/{id}/permissions` (Sites.FullControl.All).
import { DEV_BOT_APP } from '../graph-emulator/index.ts';
import type { SeedSiteGrant, TenantSeed } from '../graph-emulator/index.ts';

export const BOT_SITE_GRANT: SeedSiteGrant = { roles: ['read'], application: { ...DEV_BOT_APP } };

/** Every seeded site without a grant for the bot yet belongs to a werkgroep (the MT group has none), so each gets the read grant. */
export function withBotSiteGrants(seed: TenantSeed): TenantSeed {
  const granted = (s: { grants?: SeedSiteGrant[] }) => (s.grants ?? []).some((g) => g.application.id === DEV_BOT_APP.id);
  return { ...seed, sites: (seed.sites ?? []).map((s) => (granted(s) ? s : { ...s, grants: [...(s.grants ?? []), BOT_SITE_GRANT] })) };
}
