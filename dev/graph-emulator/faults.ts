// Fault injection: scripted failures per route, added latency, and "someone else saved first".

export type FaultStatus = 400 | 401 | 403 | 404 | 409 | 412 | 429 | 500 | 503 | 504;

export interface FaultRule {
  method?: string;
  /**
   * RegExp: tested against the path without `/v1.0` and without the query (`/planner/plans/x/tasks`).
   * string: that exact path, or a route template such as `/planner/plans/{id}/tasks`.
   */
  path: RegExp | string;
  status: FaultStatus;
  /** Seconds, sent as `Retry-After` (inside the inner response headers for `$batch` requests). */
  retryAfter?: number;
  /** How many matching requests fail; default 1. Use Infinity for "until removed". */
  times?: number;
  code?: string;
  message?: string;
}

export interface FaultPlan {
  rules?: FaultRule[];
  latencyMs?: number;
}

export interface FaultHandle {
  readonly remaining: number;
  remove(): void;
}

export interface StaleWriteRule {
  method?: string;
  path?: RegExp | string;
  times?: number;
  /**
   * What the other writer changed: task properties (title, dueDateTime, percentComplete, priority,
   * bucketId, startDateTime) or list item fields. Without it only the ETag moves.
   */
  changes?: Record<string, unknown>;
}

const DEFAULT_CODES: Record<number, [string, string]> = {
  400: ['BadRequest', 'The request is malformed or incorrect.'],
  401: ['InvalidAuthenticationToken', 'Access token validation failure.'],
  403: ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
  404: ['Request_ResourceNotFound', 'The requested resource does not exist.'],
  409: ['Conflict', 'The request conflicts with the current state of the resource.'],
  412: ['PreconditionFailed', 'The resource has been changed since it was last read.'],
  429: ['TooManyRequests', 'Too many requests. Try again later.'],
  500: ['InternalServerError', 'An internal server error occurred.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable.'],
  504: ['GatewayTimeout', 'The gateway timed out.'],
};

export function defaultFaultText(status: number): [string, string] {
  return DEFAULT_CODES[status] ?? ['UnknownError', 'An error occurred.'];
}

function matches(rule: { method?: string; path?: RegExp | string }, method: string, path: string, template: string | undefined): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (rule.path === undefined) return true;
  if (rule.path instanceof RegExp) return rule.path.test(path);
  return rule.path === path || rule.path === template;
}

export class Faults {
  private rules: { rule: FaultRule; left: number }[] = [];
  private stale: { rule: StaleWriteRule; left: number }[] = [];
  latencyMs = 0;

  constructor(plan?: FaultPlan) {
    for (const r of plan?.rules ?? []) this.add(r);
    this.latencyMs = plan?.latencyMs ?? 0;
  }

  add(rule: FaultRule): FaultHandle {
    const entry = { rule, left: rule.times ?? 1 };
    this.rules.push(entry);
    return {
      get remaining() {
        return entry.left;
      },
      remove: () => {
        this.rules = this.rules.filter((e) => e !== entry);
      },
    };
  }

  /** Adds latency to every HTTP request (not per inner `$batch` request). */
  latency(ms: number): void {
    this.latencyMs = ms;
  }

  /**
   * The next matching write with an If-Match header loses a race: the emulator bumps the
   * resource's ETag first (as if another user saved it), so the write gets a genuine 412 and a
   * re-read returns the new ETag.
   */
  staleNextWrite(rule: StaleWriteRule = {}): void {
    this.stale.push({ rule, left: rule.times ?? 1 });
  }

  clear(): void {
    this.rules = [];
    this.stale = [];
    this.latencyMs = 0;
  }

  /** @internal */
  take(method: string, path: string, template: string | undefined): FaultRule | undefined {
    const hit = this.rules.find((e) => e.left > 0 && matches(e.rule, method, path, template));
    if (!hit) return undefined;
    hit.left--;
    if (hit.left <= 0) this.rules = this.rules.filter((e) => e !== hit);
    return hit.rule;
  }

  /** @internal */
  takeStale(method: string, path: string, template: string | undefined): StaleWriteRule | undefined {
    const hit = this.stale.find((e) => e.left > 0 && matches(e.rule, method, path, template));
    if (!hit) return undefined;
    hit.left--;
    if (hit.left <= 0) this.stale = this.stale.filter((e) => e !== hit);
    return hit.rule;
  }
}
