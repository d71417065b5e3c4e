import type { AppError } from '../text/index.ts';
import type { GraphClient } from './client.ts';
import { parseRetryAfter } from './client.ts';
import { appErrorFromResponse, toAppError } from './errors.ts';

/** Graph refuses more than 20 requests in one $batch. */
export const BATCH_LIMIT = 20;

const RETRYABLE = new Set([429, 503, 504]);

export interface BatchRequest {
  id: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to the version: '/groups/{id}/members?$select=id'. Absolute nextLinks are accepted too. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export type BatchResult<T = unknown> =
  | { id: string; status: number; ok: true; body: T; headers: Record<string, string> }
  | { id: string; status: number; ok: false; error: AppError; headers: Record<string, string> };

export interface BatchOptions {
  /** Times an inner 429/503/504 is sent again (default 3). */
  maxRetries?: number;
  /** Cap for an inner Retry-After, in seconds (default 60). */
  maxDelaySeconds?: number;
  /** $batch calls in flight at once (default 4). */
  concurrency?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface BatchStats {
  /** HTTP requests (one per $batch call). */
  httpRequests: number;
  /** Requests inside the batches, re-sends included. */
  innerRequests: number;
  /** Inner requests sent again after a 429/503/504. */
  innerRetries: number;
}

/** `https://host/v1.0/groups/x?$skiptoken=..` → `/groups/x?$skiptoken=..`, as a batch needs relative URLs. */
export function toBatchUrl(url: string): string {
  if (!/^https:\/\//i.test(url)) return url.startsWith('/') ? url : `/${url}`;
  const u = new URL(url);
  const path = u.pathname.replace(/^\/(v1\.0|beta)(?=\/)/, '');
  return `${path}${u.search}`;
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

interface QueuedUnit {
  /** Requests that must travel in the same $batch (dependsOn chains). */
  requests: BatchRequest[];
  attempts: number;
  notBefore: number;
  onResults: (results: BatchResult[]) => void | Promise<void>;
}

interface RawResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Packs requests into $batch calls of at most 20 and keeps them flowing: a full batch goes out at once,
 * a partial one only when nothing else is in flight (follow-ups such as nextLinks can still fill it).
 * Inner 429/503/504 are sent again after their own Retry-After (the SDK's retry never sees them);
 * 424s caused by such a request travel along with it.
 */
export class BatchQueue {
  readonly stats: BatchStats = { httpRequests: 0, innerRequests: 0, innerRetries: 0 };
  private readonly pending: QueuedUnit[] = [];
  private readonly inflight = new Set<Promise<void>>();
  private readonly maxRetries: number;
  private readonly maxDelayMs: number;
  private readonly concurrency: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private failure: unknown;

  constructor(
    private readonly client: GraphClient,
    options: BatchOptions = {},
  ) {
    this.maxRetries = options.maxRetries ?? 3;
    this.maxDelayMs = (options.maxDelaySeconds ?? 60) * 1000;
    this.concurrency = options.concurrency ?? 4;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Queues one request; `onResult` may queue follow-ups (next pages, dependent reads). */
  add(request: Omit<BatchRequest, 'id' | 'dependsOn'> & { id?: string }, onResult: (result: BatchResult) => void | Promise<void>): void {
    const unit = { ...request, id: request.id ?? 'r' } as BatchRequest;
    this.addUnit([unit], (results) => onResult(results[0]!));
  }

  /** Queues requests that must share one $batch (at most 20). */
  addUnit(requests: BatchRequest[], onResults: (results: BatchResult[]) => void | Promise<void>): void {
    if (requests.length > BATCH_LIMIT) throw new RangeError(`A dependsOn chain has ${requests.length} requests; the limit is ${BATCH_LIMIT}`);
    this.pending.push({ requests, attempts: 0, notBefore: 0, onResults });
  }

  /** Runs until every queued request (and whatever the handlers queued) has a final result. */
  async drain(): Promise<void> {
    for (;;) {
      if (this.failure !== undefined) throw this.failure;
      const now = Date.now();
      const ready = this.pending.filter((u) => u.notBefore <= now);
      const readySize = ready.reduce((n, u) => n + u.requests.length, 0);
      const mayStart = this.inflight.size < this.concurrency && ready.length > 0 && (readySize >= BATCH_LIMIT || this.inflight.size === 0);
      if (mayStart) {
        this.start(this.takeBatch(ready));
        continue;
      }
      if (this.inflight.size > 0) {
        await Promise.race(this.inflight);
        continue;
      }
      if (this.pending.length === 0) return;
      // Only throttled requests are left: wait for the first Retry-After to pass.
      const wake = Math.min(...this.pending.map((u) => u.notBefore));
      await this.sleep(Math.max(0, wake - Date.now()));
    }
  }

  private takeBatch(ready: QueuedUnit[]): QueuedUnit[] {
    const taken: QueuedUnit[] = [];
    let size = 0;
    for (const unit of ready) {
      if (size + unit.requests.length > BATCH_LIMIT) continue;
      taken.push(unit);
      size += unit.requests.length;
      if (size === BATCH_LIMIT) break;
    }
    for (const unit of taken) this.pending.splice(this.pending.indexOf(unit), 1);
    return taken;
  }

  private start(units: QueuedUnit[]): void {
    const task = this.send(units).catch((error: unknown) => {
      this.failure ??= error;
    });
    const tracked = task.finally(() => this.inflight.delete(tracked));
    this.inflight.add(tracked);
  }

  private async send(units: QueuedUnit[]): Promise<void> {
    // Inner ids must be unique within the call; renumber and map back.
    const wire: { unit: QueuedUnit; request: BatchRequest; wireId: string }[] = [];
    units.forEach((unit, u) =>
      unit.requests.forEach((request) => wire.push({ unit, request, wireId: `${u}-${request.id}` })),
    );
    const body = {
      requests: wire.map(({ request, wireId }) => {
        const prefix = wireId.slice(0, wireId.indexOf('-') + 1);
        const dependsOn = request.dependsOn?.map((d) => `${prefix}${d}`);
        const headers = { ...request.headers };
        if (request.body !== undefined && headerValue(headers, 'Content-Type') === undefined) headers['Content-Type'] = 'application/json';
        return {
          id: wireId,
          method: request.method ?? 'GET',
          url: toBatchUrl(request.url),
          ...(Object.keys(headers).length > 0 ? { headers } : {}),
          ...(request.body !== undefined ? { body: request.body } : {}),
          ...(dependsOn?.length ? { dependsOn } : {}),
        };
      }),
    };
    this.stats.httpRequests++;
    this.stats.innerRequests += wire.length;
    let responses: RawResponse[];
    try {
      const answer = (await this.client.api('/$batch').post(body)) as { responses?: RawResponse[] };
      responses = answer?.responses ?? [];
    } catch (error) {
      // The whole call failed (after the client's own retries): every request in it gets that error.
      const appError = toAppError(error);
      await Promise.all(
        units.map((unit) => unit.onResults(unit.requests.map((r) => ({ id: r.id, status: Number(appError.details.status ?? 0), ok: false, error: appError, headers: {} })))),
      );
      return;
    }
    const byWireId = new Map(responses.map((r) => [String(r.id), r]));
    await Promise.all(
      units.map((unit, u) => this.settle(unit, unit.requests.map((r) => byWireId.get(`${u}-${r.id}`)))),
    );
  }

  private async settle(unit: QueuedUnit, raws: (RawResponse | undefined)[]): Promise<void> {
    const retry = new Set<string>();
    unit.requests.forEach((request, i) => {
      if (RETRYABLE.has(raws[i]?.status ?? 0)) retry.add(request.id);
    });
    // A 424 whose dependency will be re-sent goes along with it.
    for (let grown = true; grown; ) {
      grown = false;
      unit.requests.forEach((request, i) => {
        if (raws[i]?.status === 424 && !retry.has(request.id) && request.dependsOn?.some((d) => retry.has(d))) {
          retry.add(request.id);
          grown = true;
        }
      });
    }
    const results = new Map<string, BatchResult>();
    const errors = new Map<string, AppError>();
    unit.requests.forEach((request, i) => {
      const raw = raws[i];
      if (retry.has(request.id) && unit.attempts < this.maxRetries) return;
      results.set(request.id, this.toResult(request, raw, errors));
    });
    // 424s take the error of the request they depended on, so callers see the real cause.
    unit.requests.forEach((request) => {
      const result = results.get(request.id);
      if (result && !result.ok && result.status === 424) {
        const cause = request.dependsOn?.map((d) => errors.get(d)).find((e) => e !== undefined);
        if (cause) results.set(request.id, { ...result, error: cause });
      }
    });
    const toResend = unit.requests.filter((r) => !results.has(r.id));
    if (toResend.length === 0) {
      await unit.onResults(unit.requests.map((r) => results.get(r.id)!));
      return;
    }
    // Wait as long as the slowest throttled request asks; without Retry-After back off exponentially.
    // 424s have no wait of their own: they only travel along.
    const waitSeconds = Math.max(
      0,
      ...unit.requests.map((r, i) =>
        toResend.includes(r) && RETRYABLE.has(raws[i]?.status ?? 0) ? (parseRetryAfter(headerValue(raws[i]?.headers ?? {}, 'Retry-After')) ?? 2 ** unit.attempts) : 0,
      ),
    );
    this.stats.innerRetries += toResend.length;
    const resendIds = new Set(toResend.map((r) => r.id));
    const requests = toResend.map((r) => ({ ...r, ...(r.dependsOn ? { dependsOn: r.dependsOn.filter((d) => resendIds.has(d)) } : {}) }));
    this.pending.push({
      requests,
      attempts: unit.attempts + 1,
      notBefore: Date.now() + Math.min(waitSeconds * 1000, this.maxDelayMs),
      onResults: async (later) => {
        const laterById = new Map(later.map((r) => [r.id, r]));
        await unit.onResults(unit.requests.map((r) => results.get(r.id) ?? laterById.get(r.id)!));
      },
    });
  }

  private toResult(request: BatchRequest, raw: RawResponse | undefined, errors: Map<string, AppError>): BatchResult {
    const headers = raw?.headers ?? {};
    if (!raw) {
      const error = appErrorFromResponse(0, undefined, { reason: 'missing-batch-response' });
      errors.set(request.id, error);
      return { id: request.id, status: 0, ok: false, error, headers };
    }
    if (raw.status >= 200 && raw.status < 300) return { id: request.id, status: raw.status, ok: true, body: raw.body, headers };
    const error = appErrorFromResponse(raw.status, raw.body);
    errors.set(request.id, error);
    return { id: request.id, status: raw.status, ok: false, error, headers };
  }
}

/**
 * Sends any number of requests through $batch (chunks of <= 20, dependsOn chains kept together) and
 * returns one result per request, in the order given.
 */
export async function batch<T = unknown>(client: GraphClient, requests: BatchRequest[], options: BatchOptions = {}): Promise<BatchResult<T>[]> {
  const ids = new Set<string>();
  for (const r of requests) {
    const key = r.id.toLowerCase();
    if (ids.has(key)) throw new RangeError(`Duplicate batch request id ${r.id}`);
    ids.add(key);
  }
  // Union the dependsOn chains so each travels in one call.
  const parent = new Map(requests.map((r) => [r.id, r.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const r of requests) for (const d of r.dependsOn ?? []) if (parent.has(d)) parent.set(find(r.id), find(d));
  const units = new Map<string, BatchRequest[]>();
  for (const r of requests) {
    const root = find(r.id);
    units.set(root, [...(units.get(root) ?? []), r]);
  }
  const queue = new BatchQueue(client, options);
  const results = new Map<string, BatchResult>();
  for (const unit of units.values()) {
    queue.addUnit(unit, (rs) => rs.forEach((r) => results.set(r.id, r)));
  }
  await queue.drain();
  return requests.map((r) => results.get(r.id) as BatchResult<T>);
}
