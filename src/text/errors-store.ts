/** Dutch B1 text for the store error codes: what happened and what to do next. */
export const storeErrors = {} as const satisfies Record<string, string>;
