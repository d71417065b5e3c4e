// zod/mini (same validation as classic zod, tree-shakable): these schemas are on the Teams tab's first page.
import * as z from 'zod/mini';

/*
 * The Graph response shapes we read, validated before mapping. Only fields we use are declared;
 * unknown fields pass through. A value that fails here is skipped and reported, never trusted.
 */

const etag = z.optional(z.string());
const nullableString = z.nullish(z.string());
const nonEmpty = () => z.string().check(z.minLength(1));
const isoInstant = () => z.nullish(z.iso.datetime({ offset: true }));

export const directoryObjectSchema = z.object({
  '@odata.type': z.optional(z.string()),
  id: nonEmpty(),
  displayName: nullableString,
  mail: nullableString,
  userPrincipalName: nullableString,
});
export type DirectoryObject = z.infer<typeof directoryObjectSchema>;

export const groupSchema = z.object({
  id: nonEmpty(),
  displayName: z.nullish(z.string()),
});

export const planSchema = z.object({ id: nonEmpty(), title: z.nullish(z.string()), '@odata.etag': etag });

export const bucketSchema = z.object({ id: nonEmpty(), name: z.string(), orderHint: z.nullish(z.string()), '@odata.etag': etag });

export const plannerTaskSchema = z.object({
  id: nonEmpty(),
  planId: z.nullish(z.string()),
  bucketId: z.nullish(z.string()),
  title: z.string(),
  percentComplete: z.nullish(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
  dueDateTime: isoInstant(),
  completedDateTime: isoInstant(),
  assignments: z.nullish(z.record(z.string(), z.nullable(z.unknown()))),
  '@odata.etag': etag,
});
export type PlannerTask = z.infer<typeof plannerTaskSchema>;

export const taskDetailsSchema = z.object({
  id: z.optional(z.string()),
  references: z.nullish(z.record(z.string(), z.nullable(z.looseObject({ alias: z.nullish(z.string()) })))),
  '@odata.etag': etag,
});

const dateTimeTimeZone = z.object({ dateTime: z.string().check(z.minLength(10)), timeZone: z.nullish(z.string()) });

export const eventSchema = z.object({
  id: nonEmpty(),
  subject: z.nullish(z.string()),
  type: z.nullish(z.string()),
  seriesMasterId: z.nullish(z.string()),
  isCancelled: z.nullish(z.boolean()),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  onlineMeeting: z.nullish(z.object({ joinUrl: z.nullish(z.string()) })),
});
export type GraphEvent = z.infer<typeof eventSchema>;

export const siteSchema = z.object({ id: nonEmpty() });

export const listSchema = z.object({ id: nonEmpty(), displayName: z.string() });

export const listItemSchema = z.object({
  id: nonEmpty(),
  '@odata.etag': etag,
  fields: z.record(z.string(), z.unknown()),
});
export type ListItem = z.infer<typeof listItemSchema>;

/** A collection page: `value` is checked item by item by the caller, so one bad item does not sink the page. */
export const pageSchema = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.optional(z.string()),
});
export type Page = z.infer<typeof pageSchema>;
