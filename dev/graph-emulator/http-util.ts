// Small helpers shared by the route modules: errors in Graph's shape, ids, ETags, $select and paging.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code = 'BadRequest'): GraphHttpError => new GraphHttpError(400, code, message);
export const notFound = (message: string, code = 'Request_ResourceNotFound'): GraphHttpError =>
  new GraphHttpError(404, code, message);

export interface RouteResult {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export const ok = (body: unknown, headers?: Record<string, string>): RouteResult => ({ status: 200, body, headers });
export const created = (body: unknown, headers?: Record<string, string>): RouteResult => ({ status: 201, body, headers });
export const noContent = (headers?: Record<string, string>): RouteResult => ({ status: 204, headers });

export const newGuid = (): string => randomUUID();
/** Planner ids are 28 case-sensitive characters. */
export const newPlannerId = (): string => randomBytes(21).toString('base64url');
export const newEventId = (): string => `AAMkAD${randomBytes(72).toString('base64url')}=`;
/** Stable GUID-shaped id from a name, so seeded tenants keep their ids between runs. */
export function guidFrom(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
export function plannerIdFrom(name: string): string {
  return createHash('sha1').update(name).digest().subarray(0, 21).toString('base64url');
}

/**
 * Planner-style weak ETag. The version is zero-padded so a newer ETag also sorts higher, as
 * Planner promises.
 */
export function plannerEtag(kind: string, version: number): string {
  const body = `'${version.toString().padStart(12, '0')}-${kind.padEnd(6, ' ')}@@@@'`;
  return `W/"${Buffer.from(body).toString('base64')}"`;
}

export const eventEtag = (version: number, id: string): string =>
  `W/"${createHash('sha1').update(`${id}:${version}`).digest('base64').slice(0, 24)}"`;

/** SharePoint list item ETag: `"{guid},{version}"`. */
export const itemEtag = (uid: string, version: number): string => `"${uid},${version}"`;

/** `Prefer` header values, comma separated, case-insensitive names. */
export function parsePrefer(header: string | undefined): { timeZone?: string; returnRepresentation: boolean; honorNonIndexed: boolean; raw: string[] } {
  const raw = (header ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  let timeZone: string | undefined;
  let returnRepresentation = false;
  let honorNonIndexed = false;
  for (const p of raw) {
    const tz = /^outlook\.timezone\s*=\s*"?([^"]+)"?$/i.exec(p);
    if (tz) timeZone = tz[1];
    if (/^return\s*=\s*representation$/i.test(p)) returnRepresentation = true;
    if (/^HonorNonIndexedQueriesWarningMayFailRandomly$/i.test(p)) honorNonIndexed = true;
  }
  return { timeZone, returnRepresentation, honorNonIndexed, raw };
}

/** Keeps only `$select`ed properties; annotations the service always sends stay. */
const selectCache = new Map<string, Set<string>>();
function selectSet(select: string): Set<string> {
  let set = selectCache.get(select);
  if (!set) {
    set = new Set(select.split(',').map((s) => s.trim()).filter(Boolean));
    if (selectCache.size > 500) selectCache.clear();
    selectCache.set(select, set);
  }
  return set;
}

export function applySelect<T extends Record<string, unknown>>(obj: T, select: string | null, keep: string[] = []): Record<string, unknown> {
  if (!select) return obj;
  const wanted = selectSet(select);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (wanted.has(k) || keep.includes(k) || (k.startsWith('@odata.') && k !== '@odata.context')) out[k] = v;
  }
  return out;
}

export function parseTop(query: URLSearchParams, def: number, max: number, strict = false): number {
  const raw = query.get('$top');
  if (raw === null) return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || (strict && n > max))
    throw badRequest(`Invalid page size specified: '${raw}'. Must be between 1 and ${max} inclusive.`, 'Request_BadRequest');
  return Math.min(n, max);
}

const encodeToken = (offset: number): string => Buffer.from(`X'4453707402${offset.toString(16).padStart(8, '0')}'`).toString('base64url');
function decodeToken(token: string): number {
  const m = /^X'4453707402([0-9a-f]{8})'$/.exec(Buffer.from(token, 'base64url').toString());
  if (!m?.[1]) throw badRequest('Invalid paging token.', 'Directory_InvalidPagingToken');
  return parseInt(m[1], 16);
}

export interface PageInput {
  /** Absolute base, e.g. `https://127.0.0.1:1234/v1.0`. */
  base: string;
  path: string;
  query: URLSearchParams;
  defaultTop: number;
  maxTop: number;
  /** Outlook pages with `$skip`; directory, Planner and SharePoint with an opaque `$skiptoken`. */
  style: 'skiptoken' | 'skip';
  /** Directory queries refuse a `$top` above the maximum instead of clamping it. */
  strictTop?: boolean;
}

/** One page of `items` plus an absolute `@odata.nextLink` (PageIterator only follows absolute https links). */
export function paginate<T>(items: readonly T[], input: PageInput): { page: T[]; nextLink?: string } {
  const top = parseTop(input.query, input.defaultTop, input.maxTop, input.strictTop);
  let offset = 0;
  if (input.style === 'skip') {
    const raw = input.query.get('$skip');
    if (raw !== null) {
      offset = Number(raw);
      if (!Number.isInteger(offset) || offset < 0) throw badRequest(`Invalid value '${raw}' for $skip.`);
    }
  } else {
    const token = input.query.get('$skiptoken');
    if (token) offset = decodeToken(token);
  }
  const page = items.slice(offset, offset + top);
  if (offset + top >= items.length) return { page };
  const next = new URLSearchParams(input.query);
  if (input.style === 'skip') next.set('$skip', String(offset + top));
  else next.set('$skiptoken', encodeToken(offset + top));
  // Graph writes `$` unencoded in its links; keep them readable the same way.
  const qs = next.toString().replace(/%24/g, '$');
  return { page, nextLink: `${input.base}${input.path}?${qs}` };
}

export function collection(context: string, page: unknown[], nextLink?: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const body: Record<string, unknown> = { '@odata.context': context, ...extra };
  if (nextLink) body['@odata.nextLink'] = nextLink;
  body.value = page;
  return body;
}

export function asRecord(value: unknown, what = 'request body'): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw badRequest(`The ${what} must be a JSON object.`);
  return value as Record<string, unknown>;
}

export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}
