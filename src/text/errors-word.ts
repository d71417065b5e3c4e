/** Dutch B1 text for the word error codes: what happened and what to do next. */
export const wordErrors = {} as const satisfies Record<string, string>;
