/** Dutch B1 text for the graph error codes: what happened and what to do next. */
export const graphErrors = {} as const satisfies Record<string, string>;
