/**
 * Whether a link still leads somewhere, in four answers a person can act on: `ok`, `broken`,
 * `blocked` (Perch will not fetch it) and `unknown` (a failure that may pass: ask again later).
 */
import { parseAllowList } from './address.js';
import { OutboundError } from './errors.js';
import { DEFAULT_TIMEOUT_MS, type OutboundOptions, safeRequest } from './request.js';

export type LinkState = 'ok' | 'broken' | 'blocked' | 'unknown';

export interface LinkCheck {
  /** The link as given. */
  url: string;
  state: LinkState;
  httpStatus: number | null;
  /** Where the link ended up after redirects, when known. */
  finalUrl: string | null;
  reason: string;
}

/** Servers that refuse HEAD, or refuse robots only on HEAD, answer GET properly. */
const RETRY_WITH_GET = new Set([403, 405, 501]);
/** Client errors that say "not now" rather than "not there". */
const TEMPORARY_4XX = new Set([408, 425, 429]);

/**
 * Checks a link with HEAD, then GET when the server will not answer HEAD. `timeoutMs` bounds the
 * whole check, both requests together. Returns a {@link LinkCheck} for any URL string; throws only
 * for invalid options (an `allowPrivate` entry that is not an address).
 */
export async function checkLink(
  url: string,
  opts: Omit<OutboundOptions, 'method' | 'body'> = {},
): Promise<LinkCheck> {
  parseAllowList(opts.allowPrivate);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  // The body says nothing about whether the page exists; closing early spares both sides.
  const base = { ...opts, maxBodyBytes: opts.maxBodyBytes ?? 0 };
  try {
    let res = await safeRequest(url, { ...base, method: 'HEAD' });
    if (RETRY_WITH_GET.has(res.status)) {
      res = await safeRequest(url, {
        ...base,
        method: 'GET',
        timeoutMs: Math.max(0, deadline - Date.now()),
      });
    }
    return { url, ...classify(res.status), httpStatus: res.status, finalUrl: res.url };
  } catch (err) {
    if (!(err instanceof OutboundError)) {
      const message = err instanceof Error ? err.message : String(err);
      return { url, state: 'unknown', httpStatus: null, finalUrl: null, reason: message };
    }
    return { url, ...classifyError(err), httpStatus: null, finalUrl: finalUrlOf(url, err) };
  }
}

function classify(status: number): { state: LinkState; reason: string } {
  const http = `HTTP ${status}`;
  if (status >= 200 && status < 300) return { state: 'ok', reason: http };
  // 403 only reaches here from the GET retry.
  if (status === 401 || status === 403) return { state: 'ok', reason: 'exists but needs sign-in' };
  if (TEMPORARY_4XX.has(status)) return { state: 'unknown', reason: `${http} (temporary)` };
  if (status >= 400 && status < 500) return { state: 'broken', reason: http };
  if (status >= 500) return { state: 'unknown', reason: `${http} (server error)` };
  // A redirect with no usable Location, or one not followed (maxRedirects 0).
  return { state: 'unknown', reason: `${http} (not followed)` };
}

function classifyError(err: OutboundError): { state: LinkState; reason: string } {
  switch (err.code) {
    case 'BAD_URL':
      return { state: 'broken', reason: `invalid URL: ${err.message}` };
    case 'DNS':
      // A resolver that did not answer says nothing about the host; try again later.
      return /EAI_AGAIN/.test(err.message)
        ? { state: 'unknown', reason: 'DNS did not answer' }
        : { state: 'broken', reason: 'no such host' };
    case 'TOO_MANY_REDIRECTS':
      return { state: 'broken', reason: 'too many redirects' };
    case 'BLOCKED_ADDRESS':
      return { state: 'blocked', reason: 'private or reserved address' };
    case 'BLOCKED_PORT':
      return { state: 'blocked', reason: 'port not allowed' };
    case 'TIMEOUT':
      return { state: 'unknown', reason: 'timed out' };
    case 'CONNECTION':
      return { state: 'unknown', reason: 'connection failed' };
    case 'TLS':
      return { state: 'unknown', reason: 'TLS error' };
  }
}

/** The hop that failed, when a redirect led there; the link itself says nothing new. */
function finalUrlOf(url: string, err: OutboundError): string | null {
  try {
    return err.url !== new URL(url).href ? err.url : null;
  } catch {
    return null;
  }
}
