import { z } from 'zod';
import type { UserPreferences } from '../../src/store/index.ts';
import { SETTINGS_KINDS, type SettingsKind, type SettingsView } from '../cards/index.ts';

/** Each setting switch stands for these reminder kinds of the policy. */
export const KINDS_OF: Record<SettingsKind, readonly string[]> = {
  actie: ['actie-bijna', 'actie-vandaag', 'actie-verlopen'],
  vergadering: ['vergadering'],
  weekoverzicht: ['weekoverzicht'],
};

export function toSettingsView(prefs: UserPreferences | undefined): SettingsView {
  const enabled = Object.fromEntries(
    SETTINGS_KINDS.map((k) => [k, KINDS_OF[k].every((kind) => prefs?.kinds?.[kind] !== false)]),
  ) as Record<SettingsKind, boolean>;
  return prefs?.quietHours ? { quietHours: prefs.quietHours, enabled } : { enabled };
}

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const flag = z.enum(['true', 'false']).optional();

/** What the settings card sends back (Action.Execute merges the inputs into data). */
export const settingsInput = z.object({
  quiet: z.enum(['on', 'off']).optional(),
  quietStart: clock.optional(),
  quietEnd: clock.optional(),
  kind_actie: flag,
  kind_vergadering: flag,
  kind_weekoverzicht: flag,
});

export function toPreferences(userId: string, input: z.infer<typeof settingsInput>, now: string): UserPreferences | undefined {
  const kinds: Record<string, boolean> = {};
  for (const k of SETTINGS_KINDS) {
    const on = input[`kind_${k}`] !== 'false';
    for (const kind of KINDS_OF[k]) kinds[kind] = on;
  }
  const prefs: UserPreferences = { userId, kinds, updatedAt: now };
  if (input.quiet === 'on') {
    if (!input.quietStart || !input.quietEnd || input.quietStart === input.quietEnd) return undefined;
    prefs.quietHours = { start: input.quietStart, end: input.quietEnd };
  }
  return prefs;
}
