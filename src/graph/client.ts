import { AuthenticationHandler, Client, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import type { Context, FetchOptions, Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from './auth.ts';

export type GraphClient = Client;

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/';
export const GRAPH_DEFAULT_SCOPES = ['https://graph.microsoft.com/.default'];

export interface RetryOptions {
  /** Attempts after the first one. */
  maxRetries: number;
  /** Base delay in seconds for the exponential backoff when the server sends no Retry-After. */
  delaySeconds: number;
  /** Upper bound for any single wait, Retry-After included, in seconds. */
  maxDelaySeconds?: number;
}

export interface GraphRequestInfo {
  method: string;
  url: string;
  status: number;
  attempt: number;
}

export interface GraphClientOptions {
  tokenProvider: TokenProvider;
  scopes?: string[];
  /** `https://host[:port]/`; the SDK appends `v1.0/...`. */
  baseUrl?: string;
  /** Non-Graph hosts that may receive the token (the emulator). Derived from baseUrl when omitted. */
  customHosts?: string[];
  /** Passed to fetch on every request; in Node put an undici `dispatcher` here to trust a private CA. */
  fetchOptions?: FetchOptions & { dispatcher?: unknown };
  /** Shorthand for `fetchOptions.dispatcher`. */
  dispatcher?: unknown;
  retry?: Partial<RetryOptions>;
  /** Observes every HTTP exchange (one call per attempt), e.g. for metrics. */
  onResponse?: (info: GraphRequestInfo) => void;
  /** Replaceable for tests that must not wait. */
  sleep?: (ms: number) => Promise<void>;
}

const RETRY_STATUSES = new Set([429, 503, 504]);
const DEFAULT_RETRY: Required<RetryOptions> = { maxRetries: 3, delaySeconds: 1, maxDelaySeconds: 60 };

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

function requestMethod(context: Context): string {
  if (typeof context.request !== 'string') return context.request.method;
  return (context.options?.method ?? 'GET').toUpperCase();
}

/** Seconds to wait from a Retry-After header (seconds or HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - nowMs) / 1000);
}

/** Backoff for attempt n (1-based): Retry-After wins; otherwise base·2^(n-1) with jitter; always capped. */
export function retryDelaySeconds(attempt: number, retryAfter: number | undefined, retry: Required<RetryOptions>): number {
  const wait = retryAfter ?? retry.delaySeconds * 2 ** (attempt - 1) * (1 + Math.random() * 0.2);
  return Math.min(wait, retry.maxDelaySeconds);
}

/**
 * Retries 429/503/504 honouring Retry-After, and network failures of reads. Sits between the auth handler
 * and the HTTP handler so each attempt is re-sent with a token; request bodies are JSON strings, so
 * they can be sent again as they are.
 */
class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly retry: Required<RetryOptions>,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly onResponse?: (info: GraphRequestInfo) => void,
  ) {}

  async execute(context: Context): Promise<void> {
    const method = requestMethod(context);
    for (let attempt = 0; ; attempt++) {
      let networkError: unknown;
      try {
        await this.next!.execute(context);
      } catch (error) {
        networkError = error;
      }
      const status = networkError === undefined ? (context.response?.status ?? 0) : 0;
      this.onResponse?.({ method, url: requestUrl(context), status, attempt });
      const canRetry = attempt < this.retry.maxRetries;
      if (networkError !== undefined) {
        // A write that failed in transit may have landed; only reads are safe to repeat blindly.
        if (!canRetry || method !== 'GET') throw networkError;
        await this.sleep(retryDelaySeconds(attempt + 1, undefined, this.retry) * 1000);
        continue;
      }
      if (!canRetry || !RETRY_STATUSES.has(status)) return;
      const retryAfter = parseRetryAfter(context.response!.headers.get('Retry-After'));
      // Free the connection before waiting; the body of a throttled answer is not used.
      await context.response!.body?.cancel().catch(() => undefined);
      await this.sleep(retryDelaySeconds(attempt + 1, retryAfter, this.retry) * 1000);
      context.options = { ...context.options, headers: { ...(context.options?.headers as Record<string, string>), 'Retry-Attempt': String(attempt + 1) } };
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase();
}

/**
 * The Graph client used everywhere: the real SDK with our own chain
 * (auth from a TokenProvider → retry with backoff → HTTP).
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = options.baseUrl ?? GRAPH_BASE_URL;
  const scopes = options.scopes ?? GRAPH_DEFAULT_SCOPES;
  const retry: Required<RetryOptions> = { ...DEFAULT_RETRY, ...options.retry };
  const baseHost = hostOf(baseUrl);
  const customHosts = new Set((options.customHosts ?? (baseHost === 'graph.microsoft.com' ? [] : [baseHost])).map((h) => h.toLowerCase()));

  const auth = new AuthenticationHandler({ getAccessToken: () => options.tokenProvider.getToken(scopes) });
  const retryMiddleware = new RetryMiddleware(retry, options.sleep ?? defaultSleep, options.onResponse);
  const http = new HTTPMessageHandler();
  auth.setNext(retryMiddleware);
  retryMiddleware.setNext(http);

  const dispatcher = options.dispatcher ?? options.fetchOptions?.dispatcher;
  const fetchOptions = { ...options.fetchOptions, ...(dispatcher === undefined ? {} : { dispatcher }) } as FetchOptions;

  return Client.initWithMiddleware({
    middleware: auth,
    baseUrl,
    customHosts,
    fetchOptions,
    defaultVersion: 'v1.0',
  });
}

/**
 * An undici dispatcher that trusts exactly the given CA (PEM), for Node talking to the emulator.
 * Loaded lazily so browser bundles that import this folder never pull in undici.
 */
export async function createTrustingDispatcher(ca: string): Promise<unknown> {
  const { Agent } = await import('undici');
  return new Agent({ connect: { ca }, keepAliveTimeout: 10_000, connections: 16 });
}
