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

export type SettingsProblem = 'BOT.INVALID_TIME' | 'BOT.QUIET_HOURS_EQUAL' | 'BOT.QUIET_HOURS_MISSING';

/**
 * What the settings card sent, judged: the preferences to save, or what is wrong together with the form
 * as the user filled it in, so the card can show the form again with the problem named.
 */
export type SettingsForm = { ok: true; prefs: UserPreferences } | { ok: false; problem: SettingsProblem; view: SettingsView };

export function readSettingsForm(userId: string, data: unknown, now: string): SettingsForm {
  const raw = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const enabled = Object.fromEntries(SETTINGS_KINDS.map((k) => [k, raw[`kind_${k}`] !== 'false'])) as Record<SettingsKind, boolean>;
  const asClock = (v: unknown) => (typeof v === 'string' && clock.safeParse(v).success ? v : undefined);
  const start = asClock(raw.quietStart);
  const end = asClock(raw.quietEnd);
  const entered: SettingsView = raw.quiet === 'on' ? { quietHours: { start: start ?? '', end: end ?? '' }, enabled } : { enabled };
  const parsed = settingsInput.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'BOT.INVALID_TIME', view: entered };
  const input = parsed.data;
  if (input.quiet === 'on') {
    if (!input.quietStart || !input.quietEnd) return { ok: false, problem: 'BOT.QUIET_HOURS_MISSING', view: entered };
    if (input.quietStart === input.quietEnd) return { ok: false, problem: 'BOT.QUIET_HOURS_EQUAL', view: entered };
  }
  const prefs = toPreferences(userId, input, now);
  return prefs ? { ok: true, prefs } : { ok: false, problem: 'BOT.INVALID_TIME', view: entered };
}

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
