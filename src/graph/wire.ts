import { z } from 'zod';

/*
 * The Graph response shapes we read, validated before mapping. Only fields we use are declared;
 * unknown fields pass through. A value that fails here is skipped and reported, never trusted.
 */

const etag = z.string().optional();
const nullableString = z.string().nullish();

export const directoryObjectSchema = z.object({
  '@odata.type': z.string().optional(),
  id: z.string().min(1),
  displayName: nullableString,
  mail: nullableString,
  userPrincipalName: nullableString,
});
export type DirectoryObject = z.infer<typeof directoryObjectSchema>;

export const groupSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
});

export const planSchema = z.object({ id: z.string().min(1), title: z.string().nullish(), '@odata.etag': etag });

export const bucketSchema = z.object({ id: z.string().min(1), name: z.string(), orderHint: z.string().nullish(), '@odata.etag': etag });

export const plannerTaskSchema = z.object({
  id: z.string().min(1),
  planId: z.string().nullish(),
  bucketId: z.string().nullish(),
  title: z.string(),
  percentComplete: z.number().int().min(0).max(100).nullish(),
  dueDateTime: z.iso.datetime({ offset: true }).nullish(),
  completedDateTime: z.iso.datetime({ offset: true }).nullish(),
  assignments: z.record(z.string(), z.unknown().nullable()).nullish(),
  '@odata.etag': etag,
});
export type PlannerTask = z.infer<typeof plannerTaskSchema>;

export const taskDetailsSchema = z.object({
  id: z.string().optional(),
  references: z.record(z.string(), z.object({ alias: z.string().nullish() }).passthrough().nullable()).nullish(),
  '@odata.etag': etag,
});

const dateTimeTimeZone = z.object({ dateTime: z.string().min(10), timeZone: z.string().nullish() });

export const eventSchema = z.object({
  id: z.string().min(1),
  subject: z.string().nullish(),
  type: z.string().nullish(),
  seriesMasterId: z.string().nullish(),
  isCancelled: z.boolean().nullish(),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
});
export type GraphEvent = z.infer<typeof eventSchema>;

export const siteSchema = z.object({ id: z.string().min(1) });

export const listSchema = z.object({ id: z.string().min(1), displayName: z.string() });

export const listItemSchema = z.object({
  id: z.string().min(1),
  '@odata.etag': etag,
  fields: z.record(z.string(), z.unknown()),
});
export type ListItem = z.infer<typeof listItemSchema>;

/** A collection page: `value` is checked item by item by the caller, so one bad item does not sink the page. */
export const pageSchema = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
});
export type Page = z.infer<typeof pageSchema>;
