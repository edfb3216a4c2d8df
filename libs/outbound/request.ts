/**
 * The one way Perch fetches a URL that someone else chose. Every hop is checked before a byte is
 * sent: scheme, credentials, port, and every address the name resolves to. The connection then
 * goes to an address that was checked (the resolver is not asked twice), so a name that answers
 * with a public address for the check and a private one for the connect (DNS rebinding) gets
 * nowhere. Redirects are followed by hand so that each one is checked the same way.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import {
  type AllowList,
  allowance,
  isLocalName,
  isPublicAddress,
  parseAllowList,
  stripBrackets,
} from './address.js';
import { OutboundError } from './errors.js';

export interface OutboundOptions {
  /** Default GET. */
  method?: 'GET' | 'HEAD' | 'POST';
  headers?: Record<string, string>;
  /** POST only. */
  body?: string | Buffer;
  /** The whole exchange, redirects included; default 5000. */
  timeoutMs?: number;
  /** Default 5; 0 returns a redirect as it is. */
  maxRedirects?: number;
  /** Response body bytes kept, default 64 KiB; past that the connection is closed. */
  maxBodyBytes?: number;
  /** Default 'PerchBot/1.0 (+https://perch.example/bot)', unless `headers` has a User-Agent. */
  userAgent?: string;
  /** Default [80, 443, 8080, 8443]. */
  allowedPorts?: readonly number[];
  /**
   * Test configuration only: addresses allowed although private/loopback, as 'ip' or 'ip:port'
   * ('[::1]:8080' for IPv6). 'ip' waives the address check on the allowed ports; 'ip:port' allows
   * exactly that endpoint, whatever `allowedPorts` says.
   */
  allowPrivate?: readonly string[];
  /**
   * Development/test only: send every request to this address over plain HTTP, keeping the URL's
   * Host header (like curl --connect-to). The simulator serves a fake web this way. Its address is
   * allowed; URL hosts are still checked (an IP literal or a name like localhost, *.localhost,
   * *.local, *.internal or metadata.google.internal is refused) but real DNS is not consulted.
   */
  connectTo?: { host: string; port: number };
  /** For tests: replaces dns.lookup. */
  lookup?: (hostname: string) => Promise<{ address: string; family: 4 | 6 }[]>;
}

export interface OutboundResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The URL that answered, after redirects. */
  url: string;
  /** Each hop's URL after the first. */
  redirects: string[];
  body: Buffer;
  /** The body was longer than `maxBodyBytes` and was cut there. */
  truncated: boolean;
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_USER_AGENT = 'PerchBot/1.0 (+https://perch.example/bot)';
const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const DEFAULT_PORTS: readonly number[] = [80, 443, 8080, 8443];

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** The caller's own values: sending them to whatever host a redirect names would leak them. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language'];
/** Set from the URL and the body, never by the caller. */
const MANAGED_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection']);

interface Settings {
  method: 'GET' | 'HEAD' | 'POST';
  headers: Record<string, string>;
  body: Buffer | undefined;
  timeoutMs: number;
  maxRedirects: number;
  maxBodyBytes: number;
  allowedPorts: ReadonlySet<number>;
  allow: AllowList;
  connectTo: { host: string; port: number } | undefined;
  lookup: (hostname: string) => Promise<{ address: string; family: number }[]>;
}

/** Where one hop goes and how it introduces itself. */
interface Target {
  url: URL;
  secure: boolean;
  /** What the socket connects to: the URL's host (answered by `pinned`) or `connectTo`. */
  host: string;
  port: number;
  /** Checked addresses for a name; undefined for an IP literal or `connectTo`. */
  addresses?: { address: string; family: number }[];
}

/**
 * Fetches `url` with the SSRF rules of this library (see README). Rejects with an
 * {@link OutboundError} for a refused or failed request; any HTTP status is a response.
 */
export async function safeRequest(
  url: string,
  opts: OutboundOptions = {},
): Promise<OutboundResponse> {
  const s = settings(opts);
  const controller = new AbortController();
  // setTimeout fires at once past 2^31 - 1 ms; nobody means that by a long timeout.
  const timer = setTimeout(() => controller.abort(), Math.min(s.timeoutMs, 2 ** 31 - 1));
  try {
    return await follow(url, s, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Checks a URL as a request to it would be checked (scheme, credentials, port, every address
 * its name resolves to) without sending anything: to refuse a target when it is saved, with the
 * reason, rather than at its first use. The request itself checks again (names can change).
 */
export async function checkTarget(url: string, opts: OutboundOptions = {}): Promise<void> {
  const s = settings(opts);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.min(s.timeoutMs, 2 ** 31 - 1));
  try {
    await resolve(parseUrl(url), s, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

function settings(opts: OutboundOptions): Settings {
  const method = opts.method ?? 'GET';
  if (opts.body !== undefined && method !== 'POST') {
    throw new TypeError(`a body is only sent with POST, not ${method}`);
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.headers ?? {})) {
    if (!MANAGED_HEADERS.has(k.toLowerCase())) headers[k.toLowerCase()] = v;
  }
  headers['user-agent'] ??= opts.userAgent ?? DEFAULT_USER_AGENT;
  return {
    method,
    headers,
    body: opts.body === undefined ? undefined : Buffer.from(opts.body),
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    allowedPorts: new Set(opts.allowedPorts ?? DEFAULT_PORTS),
    allow: parseAllowList(opts.allowPrivate),
    connectTo: opts.connectTo,
    lookup: opts.lookup ?? ((hostname) => dnsLookup(hostname, { all: true, verbatim: true })),
  };
}

async function follow(start: string, s: Settings, signal: AbortSignal): Promise<OutboundResponse> {
  let current = parseUrl(start);
  let method = s.method;
  let body = s.body;
  let headers = s.headers;
  const redirects: string[] = [];
  for (;;) {
    if (signal.aborted) throw timeout(current.href);
    const target = await resolve(current, s, signal);
    const { req, res } = await send(target, method, headers, body, signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (!REDIRECT_STATUSES.has(status) || !location || s.maxRedirects === 0) {
      const read =
        method === 'HEAD'
          ? { body: Buffer.alloc(0), truncated: false }
          : await readBody(req, res, s.maxBodyBytes, current.href, signal);
      req.destroy();
      return { status, headers: { ...res.headers }, url: current.href, redirects, ...read };
    }
    // Nothing of a redirect's own body is wanted, and the socket is not reused.
    req.destroy();
    if (redirects.length >= s.maxRedirects) {
      throw new OutboundError(
        'TOO_MANY_REDIRECTS',
        current.href,
        `more than ${s.maxRedirects} redirects`,
      );
    }
    let next: URL;
    try {
      next = new URL(location, current);
    } catch (cause) {
      throw new OutboundError('BAD_URL', location, 'redirect to an invalid URL', { cause });
    }
    next = parseUrl(next.href);
    const toGet =
      status === 303 ? method !== 'HEAD' : method === 'POST' && (status === 301 || status === 302);
    if (toGet) {
      method = 'GET';
      body = undefined;
      headers = without(headers, BODY_HEADERS);
    }
    if (next.origin !== current.origin) headers = without(headers, CREDENTIAL_HEADERS);
    redirects.push(next.href);
    current = next;
  }
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new OutboundError('BAD_URL', raw, 'not a valid URL', { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OutboundError('BAD_URL', url.href, `only http and https URLs, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new OutboundError('BAD_URL', url.href, 'credentials in the URL');
  }
  return url;
}

function without(headers: Record<string, string>, names: string[]): Record<string, string> {
  const out = { ...headers };
  for (const n of names) delete out[n];
  return out;
}

/** Checks one hop and finds what to connect to; throws the refusal. */
async function resolve(url: URL, s: Settings, signal: AbortSignal): Promise<Target> {
  const secure = url.protocol === 'https:';
  const port = url.port ? Number(url.port) : secure ? 443 : 80;
  const hostname = stripBrackets(url.hostname);
  if (s.connectTo) {
    if (isIP(hostname) !== 0 || isLocalName(hostname)) {
      throw new OutboundError('BLOCKED_ADDRESS', url.href, `${hostname} is not a public host`);
    }
    if (!s.allowedPorts.has(port)) throw blockedPort(url, port);
    return { url, secure: false, host: s.connectTo.host, port: s.connectTo.port };
  }
  if (isIP(hostname) !== 0) {
    checkEndpoint(hostname, port, url, s);
    return { url, secure, host: hostname, port };
  }
  // A port no address could be allowed on is refused before anyone is asked about the name.
  if (!s.allowedPorts.has(port) && !s.allow.ports.has(port)) throw blockedPort(url, port);
  let found: { address: string; family: number }[];
  try {
    found = await abortable(s.lookup(hostname), signal, url.href);
  } catch (err) {
    if (err instanceof OutboundError) throw err;
    throw new OutboundError('DNS', url.href, `cannot resolve ${hostname} (${codeOf(err)})`, {
      cause: err,
    });
  }
  if (found.length === 0) {
    throw new OutboundError('DNS', url.href, `${hostname} has no address`);
  }
  // One bad address refuses the name: the resolver, not this code, would pick which one is used.
  for (const a of found) checkEndpoint(a.address, port, url, s);
  const addresses = found.map((a) => ({ address: a.address, family: isIP(a.address) }));
  return { url, secure, host: hostname, port, addresses };
}

/** The address is judged first: it is the graver reason, and the one an attacker aims at. */
function checkEndpoint(ip: string, port: number, url: URL, s: Settings): void {
  const allowed = allowance(s.allow, ip, port);
  if (allowed === 'exact') return;
  if (allowed === 'none' && !isPublicAddress(ip)) {
    throw new OutboundError('BLOCKED_ADDRESS', url.href, `${ip} is not a public address`);
  }
  if (!s.allowedPorts.has(port)) throw blockedPort(url, port);
}

function blockedPort(url: URL, port: number): OutboundError {
  return new OutboundError('BLOCKED_PORT', url.href, `port ${port} is not allowed`);
}

/** Answers the socket's lookup with the addresses already checked, and nothing else. */
function pinned(addresses: { address: string; family: number }[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  };
}

function send(
  target: Target,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  signal: AbortSignal,
): Promise<{ req: ClientRequest; res: IncomingMessage }> {
  const href = target.url.href;
  return new Promise((resolvePromise, reject) => {
    const options: https.RequestOptions = {
      host: target.host,
      port: target.port,
      method,
      path: `${target.url.pathname}${target.url.search}`,
      headers: {
        ...headers,
        host: target.url.host,
        ...(body ? { 'content-length': String(body.length) } : {}),
      },
      // A fresh socket each time: a pooled one could be connected to an address of another check.
      agent: false,
    };
    if (target.addresses) options.lookup = pinned(target.addresses);
    if (target.secure) {
      // An explicit true also overrides NODE_TLS_REJECT_UNAUTHORIZED=0.
      options.rejectUnauthorized = true;
      if (isIP(target.host) === 0) options.servername = target.host;
    }
    const onAbort = () => {
      req.destroy();
      reject(timeout(href));
    };
    const req = (target.secure ? https : http).request(options, (res) => {
      signal.removeEventListener('abort', onAbort);
      resolvePromise({ req, res });
    });
    req.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(failure(err, href));
    });
    signal.addEventListener('abort', onAbort, { once: true });
    req.end(body);
  });
}

function readBody(
  req: ClientRequest,
  res: IncomingMessage,
  max: number,
  href: string,
  signal: AbortSignal,
): Promise<{ body: Buffer; truncated: boolean }> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      settle(() => reject(timeout(href)));
      req.destroy();
    };
    res.on('data', (chunk: Buffer) => {
      if (settled) return;
      const room = max - size;
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, room));
        settle(() => resolvePromise({ body: Buffer.concat(chunks), truncated: true }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
      size += chunk.length;
    });
    res.on('end', () =>
      settle(() => resolvePromise({ body: Buffer.concat(chunks), truncated: false })),
    );
    res.on('error', (err) => settle(() => reject(failure(err, href))));
    res.on('close', () => {
      if (!res.complete) {
        settle(() =>
          reject(new OutboundError('CONNECTION', href, 'connection closed mid-response')),
        );
      }
    });
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal, href: string): Promise<T> {
  if (signal.aborted) return Promise.reject(timeout(href));
  return new Promise((resolvePromise, reject) => {
    const onAbort = () => reject(timeout(href));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolvePromise(v);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

function timeout(href: string): OutboundError {
  return new OutboundError('TIMEOUT', href, 'timed out');
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'ENODATA']);
/** OpenSSL's certificate verification results, as Node reports them. */
const CERT_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'HOSTNAME_MISMATCH',
]);

function failure(err: unknown, href: string): OutboundError {
  const code = codeOf(err);
  const message = err instanceof Error ? err.message : String(err);
  // Only connectTo's own host is resolved by the socket: every other name is pinned.
  if (DNS_CODES.has(code)) {
    return new OutboundError('DNS', href, `cannot resolve (${code})`, { cause: err });
  }
  if (CERT_CODES.has(code) || /CERT|SSL|TLS/.test(code) || code === 'EPROTO') {
    return new OutboundError('TLS', href, `TLS: ${message}`, { cause: err });
  }
  return new OutboundError('CONNECTION', href, `${code || 'connection failed'}: ${message}`, {
    cause: err,
  });
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}
