/** Dutch B1 text for the scan error codes: what happened and what to do next. */
export const scanErrors = {} as const satisfies Record<string, string>;
