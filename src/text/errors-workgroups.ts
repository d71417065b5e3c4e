/** Dutch B1 text for the workgroups error codes: what happened and what to do next. */
export const workgroupsErrors = {} as const satisfies Record<string, string>;
