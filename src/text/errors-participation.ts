/** Dutch B1 text for the participation error codes: what happened and what to do next. */
export const participationErrors = {
  'PROFILE.INVALID': 'Het gemeenteprofiel klopt niet. Vraag je beheerder het profiel te controleren.',
} as const satisfies Record<string, string>;
