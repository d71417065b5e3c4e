/** Dutch B1 text for the bot error codes: what happened and what to do next. */
export const botErrors = {} as const satisfies Record<string, string>;
