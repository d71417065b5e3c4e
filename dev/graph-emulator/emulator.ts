// buildEmulator: an HTTPS server speaking the Graph v1.0 subset the gateway uses (GRAPH-CONTRACT.md).
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import type { TenantSeed } from './types.ts';
import { Store, type StateSnapshot } from './store.ts';
import { Router, type Caller, type Ctx } from './router.ts';
import { GraphHttpError, parsePrefer, type RouteResult } from './http-util.ts';
import { Faults, defaultFaultText, type FaultPlan } from './faults.ts';
import { signDevToken, verifyDevToken, type DevTokenOptions } from './dev-token.ts';
import { registerDirectoryRoutes } from './routes-directory.ts';
import { registerPlannerRoutes } from './routes-planner.ts';
import { registerCalendarRoutes } from './routes-calendar.ts';
import { registerSiteRoutes } from './routes-sites.ts';
import { registerDriveRoutes } from './routes-drive.ts';
import { enforceDelegatedAccess, enforcePermissions, permissionRow } from './permissions.ts';
import { removeStaleTempFiles, writeFileAtomic } from '../../src/files/index.ts';

export interface TlsMaterial {
  key: string;
  cert: string;
}

export interface EmulatorOptions {
  seed?: TenantSeed;
  faults?: FaultPlan;
  /** JSON state file: loaded on start when present, saved (debounced, atomically) after writes. */
  persistFile?: string;
  /** Clock for created/completed timestamps and token lifetimes. */
  now?: () => Date;
  /** Reuse a certificate (the CLI keeps one in its data dir); default: one generated per process. */
  tls?: TlsMaterial;
  /** HS256 key for dev tokens; default random per emulator. */
  tokenSecret?: string;
  persistDebounceMs?: number;
  /** The request log keeps this many entries (oldest dropped first); default 100,000. */
  maxLogEntries?: number;
}

export interface RequestLogEntry {
  at: string;
  method: string;
  /** Without `/v1.0` and without the query. */
  path: string;
  query: string;
  /** Normalised route template, e.g. `/planner/plans/{id}/tasks`; absent when nothing matched. */
  route?: string;
  status: number;
  requestId: string;
  /** request-id of the `$batch` call this inner request came in. */
  batchedFrom?: string;
  durationMs: number;
}

export interface Emulator {
  server: Server;
  listen(port?: number, host?: string): Promise<{ url: string }>;
  close(): Promise<void>;
  state: Store;
  faults: Faults;
  log: RequestLogEntry[];
  /** Requests per `METHOD /route/{id}` (inner `$batch` requests included, the batch itself as `POST /$batch`). */
  counters: Record<string, number>;
  /** Clears counters and the request log in place. */
  resetCounters(): void;
  /** Outer HTTP requests seen since the last reset (what a client actually sent over the wire). */
  httpRequestCount(): number;
  ca: string;
  issueDevToken(userId?: string, opts?: DevTokenOptions): string;
  /** Writes pending state to persistFile now. */
  flush(): Promise<void>;
}

/** All emulated routes; exported so a test can hold them against the permission table. */
export function buildRouter(): Router {
  const router = new Router();
  registerDirectoryRoutes(router);
  registerPlannerRoutes(router);
  registerCalendarRoutes(router);
  registerSiteRoutes(router);
  registerDriveRoutes(router);
  return router;
}

export async function generateTls(): Promise<TlsMaterial> {
  const pems = await generate([{ name: 'commonName', value: 'Graph emulator (dev)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 825 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

// One certificate per process keeps buildEmulator synchronous and test start-up cheap.
const processTls: TlsMaterial = await generateTls();

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const MAX_BODY = 8 * 1024 * 1024;
const MAX_BATCH = 20;

const CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, Prefer, client-request-id, ConsistencyLevel, SdkVersion, Retry-Attempt',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'Access-Control-Expose-Headers': 'ETag, request-id, client-request-id, Retry-After, Location, Preference-Applied',
};

const graphDate = (d: Date): string => d.toISOString().slice(0, 19);

function errorBody(code: string, message: string, requestId: string, clientRequestId: string, now: Date): Record<string, unknown> {
  return { error: { code, message, innerError: { date: graphDate(now), 'request-id': requestId, 'client-request-id': clientRequestId } } };
}

interface InnerRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: unknown;
  caller: Caller;
  base: string;
  requestId: string;
  clientRequestId: string;
}

export function buildEmulator(options: EmulatorOptions = {}): Emulator {
  const now = options.now ?? (() => new Date());
  const tls = options.tls ?? processTls;
  const secret = options.tokenSecret ? new TextEncoder().encode(options.tokenSecret) : randomBytes(32);
  const persistFile = options.persistFile;
  // Temp files of a process killed while saving.
  if (persistFile) removeStaleTempFiles(persistFile);
  const state =
    persistFile && existsSync(persistFile)
      ? Store.fromSnapshot(JSON.parse(readFileSync(persistFile, 'utf8')) as StateSnapshot)
      : Store.fromSeed(options.seed ?? { users: [], groups: [] }, now());
  const faults = new Faults(options.faults);
  const log: RequestLogEntry[] = [];
  const counters: Record<string, number> = {};
  const router = buildRouter();

  // Persistence: written whole through a temp file (writeFileAtomic) so a crash never leaves half a file;
  // changes are saved before their answer (persistWrites), other saves are debounced.
  let saveTimer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();
  let dirty = false;
  const writeNow = async (): Promise<void> => {
    if (!persistFile || !dirty) return;
    dirty = false;
    const json = JSON.stringify(state.toSnapshot());
    mkdirSync(dirname(persistFile), { recursive: true });
    await writeFileAtomic(persistFile, json, { mode: 0o600 });
  };
  const scheduleSave = (): void => {
    if (!persistFile) return;
    dirty = true;
    if (saveTimer) return;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      saving = saving.then(writeNow, writeNow);
    }, options.persistDebounceMs ?? 150);
  };
  const flush = async (): Promise<void> => {
    if (saveTimer) {
      clearTimeout(saveTimer);
      saveTimer = undefined;
    }
    saving = saving.then(writeNow, writeNow);
    await saving;
  };
  if (persistFile && !existsSync(persistFile)) {
    dirty = true;
    void flush();
  }
  // Graph answers a write once it is stored: with a persist file, a change is on disk before its answer, so a
  // process killed right after answering loses nothing it said it saved.
  const persistWrites = async (): Promise<void> => {
    if (persistFile && dirty) await flush();
  };

  let httpRequests = 0;
  const maxLog = options.maxLogEntries ?? 100_000;
  function record(entry: Omit<RequestLogEntry, 'at'>): void {
    if (!entry.batchedFrom) httpRequests++;
    // A long `npm start` must not grow without bound: drop the oldest tenth when full.
    if (log.length >= maxLog) log.splice(0, Math.ceil(maxLog / 10));
    log.push({ at: now().toISOString(), ...entry });
    const key = `${entry.method} ${entry.route ?? entry.path}`;
    counters[key] = (counters[key] ?? 0) + 1;
  }

  function errorResult(err: GraphHttpError, req: { requestId: string; clientRequestId: string }): RouteResult {
    return { status: err.status, headers: err.headers, body: errorBody(err.code, err.message, req.requestId, req.clientRequestId, now()) };
  }

  async function dispatch(req: InnerRequest, batchedFrom?: string): Promise<RouteResult> {
    const started = performance.now();
    const { route, params, pathMatched } = router.match(req.method, req.path);
    let result: RouteResult;
    const fault = faults.take(req.method, req.path, route?.template);
    if (fault) {
      const [code, message] = defaultFaultText(fault.status);
      result = errorResult(new GraphHttpError(fault.status, fault.code ?? code, fault.message ?? message, fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}), req);
    } else if (!route) {
      const segment = req.path.split('/').filter(Boolean).pop() ?? '';
      result = pathMatched
        ? errorResult(new GraphHttpError(405, 'Request_BadRequest', `The HTTP method '${req.method}' is not allowed for the resource '${req.path}'.`), req)
        : errorResult(new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`), req);
    } else {
      const ctx: Ctx = {
        method: req.method,
        path: req.path,
        params,
        query: req.query,
        headers: req.headers,
        body: req.body,
        base: req.base,
        caller: req.caller,
        store: state,
        now: now(),
        prefer: parsePrefer(req.headers['prefer']),
        takeConcurrentEdit: () => faults.takeStale(req.method, req.path, route.template),
      };
      try {
        const row = permissionRow(route.method, route.template);
        // A route without a row is a bug in the table, not an open door: refuse it loudly.
        if (!row) throw new GraphHttpError(500, 'InternalServerError', `The emulator has no permission row for ${route.method} ${route.template}.`);
        enforcePermissions(row, req.caller, params, state);
        enforceDelegatedAccess(row, req.caller, params, req.body, state);
        result = await route.handler(ctx);
      } catch (err) {
        if (err instanceof GraphHttpError) result = errorResult(err, req);
        else {
          console.error('[graph-emulator] handler failed', err);
          result = errorResult(new GraphHttpError(500, 'InternalServerError', 'The emulator failed to handle this request.'), req);
        }
      }
      if (req.method !== 'GET' && result.status < 400) scheduleSave();
    }
    record({ method: req.method, path: req.path, query: req.query.toString(), route: route?.template, status: result.status, requestId: req.requestId, batchedFrom, durationMs: performance.now() - started });
    return result;
  }

  async function runBatch(outer: InnerRequest): Promise<RouteResult> {
    const bad = (message: string): RouteResult => errorResult(new GraphHttpError(400, 'BadRequest', message), outer);
    const body = outer.body as { requests?: unknown } | undefined;
    if (!body || !Array.isArray(body.requests)) return bad('Invalid batch payload format.');
    const requests = body.requests as Record<string, unknown>[];
    if (requests.length === 0) return bad('Invalid batch payload format: the batch has no requests.');
    if (requests.length > MAX_BATCH) return bad(`The number of batch requests exceeds the limit of ${MAX_BATCH}.`);
    const seen = new Set<string>();
    for (const r of requests) {
      if (!r || typeof r !== 'object' || typeof r.id !== 'string' || !r.id || typeof r.method !== 'string' || typeof r.url !== 'string') return bad('Each batch request needs an id, a method and a url.');
      const id = r.id.toLowerCase();
      if (seen.has(id)) return bad(`Batch request ids must be unique; '${r.id}' is used more than once.`);
      seen.add(id);
      const headers = (r.headers ?? {}) as Record<string, string>;
      if (r.body !== undefined && r.body !== null && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
        return bad(`Request '${r.id}': a request with a body must have a Content-Type header.`);
    }
    for (const r of requests) {
      const deps = r.dependsOn;
      if (deps === undefined) continue;
      if (!Array.isArray(deps) || deps.some((d) => typeof d !== 'string' || !seen.has(d.toLowerCase()) || d.toLowerCase() === (r.id as string).toLowerCase()))
        return bad(`Request '${String(r.id)}' depends on a request that is not in this batch.`);
    }
    const byId = new Map(requests.map((r) => [(r.id as string).toLowerCase(), r]));
    const results = new Map<string, { id: string; status: number; headers: Record<string, string>; body?: unknown }>();
    const running = new Set<string>();
    const run = async (r: Record<string, unknown>): Promise<{ status: number }> => {
      const key = (r.id as string).toLowerCase();
      const done = results.get(key);
      if (done) return done;
      if (running.has(key)) {
        const failed = { id: r.id as string, status: 400, headers: { 'Content-Type': 'application/json' }, body: errorBody('BadRequest', 'Circular dependsOn.', outer.requestId, outer.clientRequestId, now()) };
        results.set(key, failed);
        return failed;
      }
      running.add(key);
      for (const dep of (r.dependsOn as string[] | undefined) ?? []) {
        const depResult = await run(byId.get(dep.toLowerCase())!);
        if (depResult.status >= 400) {
          const failed = {
            id: r.id as string,
            status: 424,
            headers: { 'Content-Type': 'application/json' },
            body: errorBody('FailedDependency', `The request depends on '${dep}', which failed.`, outer.requestId, outer.clientRequestId, now()),
          };
          results.set(key, failed);
          return failed;
        }
      }
      const rawUrl = (r.url as string).replace(/^\/+/, '').replace(/^v1\.0\//, '');
      const u = new URL(`/${rawUrl}`, 'https://batch.invalid');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries((r.headers ?? {}) as Record<string, string>)) headers[k.toLowerCase()] = String(v);
      const res = await dispatch(
        {
          method: (r.method as string).toUpperCase(),
          path: decodeURI(u.pathname),
          query: u.searchParams,
          headers,
          body: r.body,
          caller: outer.caller,
          base: outer.base,
          requestId: randomUUID(),
          clientRequestId: headers['client-request-id'] ?? outer.clientRequestId,
        },
        outer.requestId,
      );
      const outHeaders: Record<string, string> = { ...(res.headers ?? {}) };
      if (res.body !== undefined) outHeaders['Content-Type'] = JSON_TYPE;
      const entry = { id: r.id as string, status: res.status, headers: outHeaders, ...(res.body !== undefined ? { body: res.body } : {}) };
      results.set(key, entry);
      return entry;
    };
    for (const r of requests) await run(r);
    return { status: 200, body: { responses: requests.map((r) => results.get((r.id as string).toLowerCase())) } };
  }

  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) throw new GraphHttpError(413, 'RequestEntityTooLarge', 'The request body is too large.');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  function send(res: ServerResponse, result: RouteResult, base: Record<string, string>): void {
    const headers: Record<string, string> = { ...base, ...(result.headers ?? {}) };
    if (result.body !== undefined && result.status !== 204) {
      headers['Content-Type'] = JSON_TYPE;
      res.writeHead(result.status, headers);
      res.end(JSON.stringify(result.body));
    } else {
      res.writeHead(result.status, headers);
      res.end();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = randomUUID();
    const header = (name: string): string | undefined => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    const clientRequestId = header('client-request-id') ?? requestId;
    const baseHeaders: Record<string, string> = { ...CORS, 'request-id': requestId, 'client-request-id': clientRequestId, 'x-ms-ags-diagnostic': '{"ServerInfo":{"DataCenter":"Local Emulator"}}', 'Cache-Control': 'no-store' };
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'https://emulator.invalid');
    const versioned = /^\/(v1\.0|beta)(\/.*)?$/.exec(url.pathname);
    const path = versioned?.[2] ?? url.pathname;
    const ids = { requestId, clientRequestId };
    const finish = (result: RouteResult, route?: string): void => {
      send(res, result, baseHeaders);
      if (route !== undefined) record({ method, path, query: url.searchParams.toString(), route, status: result.status, requestId, durationMs: performance.now() - started });
    };
    if (method === 'OPTIONS') return send(res, { status: 204 }, { ...baseHeaders, 'Access-Control-Max-Age': '600' });
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch (err) {
      return finish(errorResult(err as GraphHttpError, ids), '(body)');
    }
    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    if (!versioned || versioned[1] !== 'v1.0') return finish(errorResult(new GraphHttpError(400, 'BadRequest', 'Invalid version: only v1.0 is emulated.'), ids), '(version)');
    const auth = await verifyDevToken(secret, header('authorization'), now());
    if (!auth.ok) {
      baseHeaders['WWW-Authenticate'] = 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';
      return finish(errorResult(new GraphHttpError(401, 'InvalidAuthenticationToken', auth.message), ids), '(auth)');
    }
    let body: unknown;
    // A file upload (driveitem-put-content) sends the file's bytes, not JSON; the route gets them as a Buffer.
    const binary = /^application\/(octet-stream|vnd\.)/i.test(header('content-type') ?? '');
    if (raw.length > 0 && binary) body = raw;
    else if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return finish(errorResult(new GraphHttpError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'), ids), '(json)');
      }
    }
    const headers: Record<string, string | undefined> = {};
    for (const k of Object.keys(req.headers)) headers[k] = header(k);
    const inner: InnerRequest = { method, path, query: url.searchParams, headers, body, caller: auth.caller, base: `https://${req.headers.host ?? 'localhost'}/v1.0`, requestId, clientRequestId };
    if (path === '/$batch') {
      if (method !== 'POST') return finish(errorResult(new GraphHttpError(405, 'BadRequest', '$batch only accepts POST.'), ids), '/$batch');
      const fault = faults.take(method, path, '/$batch');
      if (fault) {
        const [code, message] = defaultFaultText(fault.status);
        return finish(errorResult(new GraphHttpError(fault.status, fault.code ?? code, fault.message ?? message, fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}), ids), '/$batch');
      }
      const batched = await runBatch(inner);
      await persistWrites();
      return finish(batched, '/$batch');
    }
    const result = await dispatch(inner);
    await persistWrites();
    send(res, result, baseHeaders);
  }

  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[graph-emulator] request failed', err);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': JSON_TYPE });
      res.end();
    });
  });

  return {
    server,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const addr = server.address() as AddressInfo;
          const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
          resolve({ url: `https://${h}:${addr.port}` });
        });
      });
    },
    async close() {
      await flush();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    state,
    faults,
    log,
    counters,
    resetCounters() {
      log.length = 0;
      httpRequests = 0;
      for (const k of Object.keys(counters)) delete counters[k];
    },
    httpRequestCount: () => httpRequests,
    ca: tls.cert,
    issueDevToken: (userId, opts) => signDevToken(secret, state.tenant.id, userId, { now: now(), ...opts }),
    flush,
  };
}
