import { GraphError } from '@microsoft/microsoft-graph-client';
import { AppError } from '../text/index.ts';
import type { ErrorCode } from '../text/index.ts';

export type GraphErrorCode = Extract<ErrorCode, `GRAPH.${string}`>;

/** The facts worth logging about a failed call; never the response body (it may hold personal data). */
interface GraphFailure {
  status: number;
  graphCode: string;
  message: string;
  requestId: string;
}

/** Graph error body `{ error: { code, message, innerError } }` from a batch response or a GraphError. */
function readErrorBody(body: unknown): { code: string; message: string; requestId: string } {
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
  }
  const error = (parsed as { error?: { code?: unknown; message?: unknown; innerError?: Record<string, unknown> } } | undefined)?.error;
  return {
    code: typeof error?.code === 'string' ? error.code : '',
    message: typeof error?.message === 'string' ? error.message : '',
    requestId: typeof error?.innerError?.['request-id'] === 'string' ? (error.innerError['request-id'] as string) : '',
  };
}

/** The AppError code for an HTTP status (and the Graph error code, for expired tokens). */
export function codeForStatus(status: number, graphCode = '', message = ''): GraphErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'GRAPH.BAD_REQUEST';
    case 401:
      return /expired|lifetime/i.test(`${graphCode} ${message}`) ? 'GRAPH.TOKEN_EXPIRED' : 'GRAPH.UNAUTHORIZED';
    case 403:
      return 'GRAPH.FORBIDDEN';
    case 404:
    case 410:
      return 'GRAPH.NOT_FOUND';
    case 409:
      return 'GRAPH.CONFLICT';
    case 412:
      return 'GRAPH.PRECONDITION_FAILED';
    case 429:
      return 'GRAPH.THROTTLED';
    case 0:
    case -1:
      return 'GRAPH.NETWORK';
    default:
      return status >= 500 ? 'GRAPH.UNAVAILABLE' : 'GRAPH.BAD_REQUEST';
  }
}

function failureDetails(failure: GraphFailure, extra: Record<string, string | number> = {}): Record<string, string | number> {
  const details: Record<string, string | number> = { status: failure.status, ...extra };
  if (failure.graphCode) details.graphCode = failure.graphCode;
  if (failure.requestId) details.requestId = failure.requestId;
  return details;
}

/** An AppError for one failed response inside a $batch. */
export function appErrorFromResponse(status: number, body: unknown, extra: Record<string, string | number> = {}): AppError {
  const { code, message, requestId } = readErrorBody(body);
  const failure = { status, graphCode: code, message, requestId };
  return new AppError(codeForStatus(status, code, message), { cause: new Error(`Graph ${status} ${code}: ${message}`), details: failureDetails(failure, extra) });
}

/** Turns whatever a Graph call threw into an AppError with a GRAPH.* code. AppErrors pass through. */
export function toAppError(error: unknown, extra: Record<string, string | number> = {}): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof GraphError) {
    const fromBody = readErrorBody(error.body);
    const graphCode = error.code ?? fromBody.code;
    const failure = { status: error.statusCode, graphCode, message: error.message || fromBody.message, requestId: error.requestId ?? fromBody.requestId };
    return new AppError(codeForStatus(error.statusCode, graphCode, failure.message), { cause: error, details: failureDetails(failure, extra) });
  }
  // fetch rejects with a TypeError when the connection fails (refused, TLS, reset).
  return new AppError('GRAPH.NETWORK', { cause: error, details: extra });
}

/** Runs one Graph call and rethrows its failure as an AppError. */
export async function graphCall<T>(call: () => Promise<T>, extra: Record<string, string | number> = {}): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toAppError(error, extra);
  }
}

/** True when the error is an AppError with one of the codes. */
export function hasCode(error: unknown, ...codes: GraphErrorCode[]): error is AppError {
  return error instanceof AppError && (codes as string[]).includes(error.code);
}

/**
 * A change could not be applied because someone else changed the same fields. Carries the current
 * server version so the UI can show what changed and let the user decide.
 */
export class GraphConflictError<T> extends AppError {
  readonly server: T;
  readonly fields: readonly string[];

  constructor(server: T, fields: readonly string[], options: { cause?: unknown; details?: Record<string, string | number> } = {}) {
    super('GRAPH.CONFLICT', { ...options, details: { ...options.details, fields: fields.join(',') } });
    this.name = 'GraphConflictError';
    this.server = server;
    this.fields = fields;
  }
}
