import type { GraphRequest } from '@microsoft/microsoft-graph-client';
import type * as z from 'zod/mini';
import type { GraphClient } from './client.ts';
import { graphCall } from './errors.ts';
import { pageSchema } from './wire.ts';
import type { Page } from './wire.ts';
import { AppError } from '../text/index.ts';

/** An item from Graph we skipped because it did not have the shape we need. */
export interface SkippedItem {
  werkgroepId?: string;
  resource: string;
  itemId?: string;
  /** Which fields were wrong (zod paths); no values, they may be personal data. */
  issue: string;
}

export interface ReadOptions {
  /** Told about every item that was skipped as malformed. */
  onSkip?: (skipped: SkippedItem) => void;
}

function idOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Checks a page envelope; a page without `value` is malformed as a whole. */
export function parsePage(body: unknown, resource: string): Page {
  const page = pageSchema.safeParse(body);
  if (!page.success) throw new AppError('GRAPH.MALFORMED', { details: { resource } });
  return page.data;
}

/** Validates and maps each raw item; bad ones are reported and left out. */
export function mapItems<S extends z.ZodMiniType, T>(
  values: readonly unknown[],
  schema: S,
  map: (item: z.infer<S>) => T | undefined,
  context: { resource: string; werkgroepId?: string; onSkip?: (s: SkippedItem) => void },
): T[] {
  const out: T[] = [];
  for (const raw of values) {
    const parsed = schema.safeParse(raw);
    let mapped: T | undefined;
    let issue = '';
    if (parsed.success) {
      try {
        mapped = map(parsed.data);
        if (mapped === undefined) continue;
      } catch (error) {
        issue = error instanceof Error ? error.message : 'mapping failed';
      }
    } else {
      issue = parsed.error.issues.map((i) => i.path.join('.') || i.code).join(', ');
    }
    if (mapped !== undefined) {
      out.push(mapped);
      continue;
    }
    const itemId = idOf(raw);
    context.onSkip?.({
      resource: context.resource,
      issue,
      ...(context.werkgroepId ? { werkgroepId: context.werkgroepId } : {}),
      ...(itemId ? { itemId } : {}),
    });
  }
  return out;
}

/** Reads every page of a collection, following absolute @odata.nextLink URLs until there is none. */
export async function readAllPages(
  client: GraphClient,
  first: GraphRequest,
  resource: string,
  headers: Record<string, string> = {},
): Promise<unknown[]> {
  const values: unknown[] = [];
  let page = parsePage(await graphCall(() => first.get(), { resource }), resource);
  values.push(...page.value);
  while (page['@odata.nextLink']) {
    const next = page['@odata.nextLink'];
    page = parsePage(await graphCall(() => client.api(next).headers(headers).get(), { resource }), resource);
    values.push(...page.value);
  }
  return values;
}
