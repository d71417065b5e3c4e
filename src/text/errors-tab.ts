/** Dutch B1 text for the tab error codes: what happened and what to do next. */
export const tabErrors = {} as const satisfies Record<string, string>;
