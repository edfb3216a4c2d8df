/**
 * X failures as values with codes. twitter-api-v2 raises three error classes (response, request,
 * partial response); `toXError` maps each to one code Perch understands, keeping the rate-limit
 * reset when X sent one.
 */
import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';

export type XErrorCode =
  | 'X_BAD_REQUEST'
  | 'X_UNAUTHORIZED'
  | 'X_PAYMENT_REQUIRED'
  | 'X_FORBIDDEN'
  | 'X_NOT_FOUND'
  | 'X_RATE_LIMITED'
  | 'X_UNAVAILABLE'
  | 'X_TIMEOUT'
  | 'X_NETWORK'
  | 'X_MALFORMED_RESPONSE';

/** A failed call to X, after the governor's retries. */
export class XError extends Error {
  constructor(
    readonly code: XErrorCode,
    message: string,
    /** HTTP status, when X answered. */
    readonly status: number | null = null,
    /** Epoch milliseconds at which the rate window reopens, for X_RATE_LIMITED. */
    readonly retryAt: number | null = null,
  ) {
    super(message);
    this.name = 'XError';
  }

  /** Worth another attempt later (the same call may succeed); the rest need a change first. */
  get transient(): boolean {
    return [
      'X_RATE_LIMITED',
      'X_UNAVAILABLE',
      'X_TIMEOUT',
      'X_NETWORK',
      'X_MALFORMED_RESPONSE',
    ].includes(this.code);
  }
}

function problemText(e: ApiResponseError): string {
  const d = e.data;
  const general = d.detail ?? d.title ?? d.error ?? `X answered ${e.code}`;
  // A 400 says what was wrong only in errors[] ("There were errors processing your request: …").
  const specific = (d.errors as { message?: string }[] | undefined)?.[0]?.message;
  return specific && specific !== general ? `${general} ${specific}` : general;
}

/** Maps anything twitter-api-v2 (or a timeout) throws to an XError. */
export function toXError(err: unknown): XError {
  if (err instanceof XError) return err;
  if (err instanceof ApiResponseError) {
    const s = err.code;
    const reset = err.rateLimit?.reset ? err.rateLimit.reset * 1000 : null;
    if (s === 429) return new XError('X_RATE_LIMITED', problemText(err), s, reset);
    if (s === 401) return new XError('X_UNAUTHORIZED', problemText(err), s);
    if (s === 402) return new XError('X_PAYMENT_REQUIRED', problemText(err), s);
    if (s === 403) return new XError('X_FORBIDDEN', problemText(err), s);
    if (s === 404) return new XError('X_NOT_FOUND', problemText(err), s);
    if (s >= 500) return new XError('X_UNAVAILABLE', problemText(err), s);
    return new XError('X_BAD_REQUEST', problemText(err), s);
  }
  if (err instanceof ApiPartialResponseError) {
    return new XError('X_MALFORMED_RESPONSE', `X sent an unreadable response: ${err.message}`);
  }
  if (err instanceof ApiRequestError) {
    // The library's requestError getter is undefined in 1.29; the cause sits in _options.
    const cause = (err as unknown as { _options?: { error?: Error } })._options?.error;
    const message = cause?.message ?? err.message;
    if (/timeout/i.test(message))
      return new XError('X_TIMEOUT', `X did not answer in time: ${message}`);
    return new XError('X_NETWORK', `Could not reach X: ${message}`);
  }
  return new XError('X_NETWORK', err instanceof Error ? err.message : 'Unknown failure calling X');
}
