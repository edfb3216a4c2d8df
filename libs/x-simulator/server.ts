/**
 * The loopback HTTP server that speaks X API v2 over a generated world.
 *
 * A request goes: sim admin paths (`/__sim/…`) aside, it is logged, a pending fault may delay,
 * cut or replace it, OAuth endpoints are answered by {@link OAuthServer}, then the route is found
 * (404 otherwise), the bearer token resolved (401), the auth type and scopes checked (403), the
 * rate limit counted (429), and the handler validates parameters (400) before answering.
 * Every /2/ answer after routing carries `x-rate-limit-*` headers.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { json, XApi, type Route, type SimulatorPolicy } from './api.js';
import {
  FAULT_STATUSES,
  FaultInjector,
  FaultSpecError,
  type AppliedFault,
  type FaultSpec,
  type FaultStatus,
  type Faults,
} from './faults.js';
import { DEFAULT_OAUTH_CLIENT, OAuthServer, PERCH_SCOPES, type OAuthClient } from './oauth.js';
import {
  clientForbidden,
  creditsDepleted,
  invalidRequest,
  missingScopes,
  paramError,
  routeNotFound,
  serverError,
  tooManyRequests,
  unauthorized,
  unsupportedAuthentication,
  type Reply,
} from './problems.js';
import { RateLimiter, type Identity, type Tier } from './rate-limits.js';
import { isNumericId } from './snowflake.js';
import { SimWeb, webKey, type WebRequestRecord } from './web.js';
import { WorldStore, type World } from './world.js';
import { generateWorldData, type WorldOptions } from './world-generator.js';

export type { SimulatorPolicy } from './api.js';

export interface XSimulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** World seed. Default 1. */
  seed?: number;
  world?: WorldOptions;
  /** Rate-limit profile. Default pay_per_use. */
  tier?: Tier;
  /**
   * The simulator's clock (ms): rate-limit windows, token and code lifetimes, the 7-day search
   * window and `x-rate-limit-reset` all use it. Default: the world's reference time plus the real
   * time elapsed since start, so the demo data always looks fresh. A process that compares reset
   * headers with its own `Date.now()` should pass `clock: Date.now` and `world: { now: Date.now() }`.
   */
  clock?: () => number;
  /** Registered OAuth apps. Default [{@link DEFAULT_OAUTH_CLIENT}]. */
  clients?: OAuthClient[];
  policy?: SimulatorPolicy;
}

/** How a logged request authenticated. */
export type AuthKind = 'app' | 'user' | 'basic' | 'none' | 'invalid';

/** One received request, for asserting call counts. */
export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  auth: AuthKind;
  /** The user of a user token. */
  userId?: string;
  /** The matched endpoint, e.g. `GET /2/users/:id/tweets`. */
  endpoint?: string;
  /** 0 while in flight and for a cut connection. */
  status: number;
  /** The id of the fault applied, if any. */
  fault?: string;
  /** Simulator clock when it arrived. */
  at: number;
}

/** A running simulator. */
export interface XSimulator {
  /** Base URL, e.g. `http://127.0.0.1:4010` (API paths are under `/2/`). */
  readonly url: string;
  /** The world it serves, including posts made and deleted through the API. */
  readonly world: World;
  readonly faults: Faults;
  /** A valid app-only bearer token. */
  readonly appBearerToken: string;
  /**
   * Requests received since start or the last reset, oldest first (admin `/__sim/` calls
   * excluded; a long-running server keeps about the latest 10,000).
   */
  readonly requests: readonly RequestRecord[];
  /** The clock the simulator runs on. */
  readonly clock: () => number;
  /** A valid OAuth 2.0 user access token for `userId` (default scopes: Perch's). */
  issueUserToken(
    userId: string,
    scopes?: readonly string[],
    options?: { expiresInMs?: number },
  ): string;
  /** Like issueUserToken, with the refresh token too when `offline.access` is granted. */
  issueUserTokens(
    userId: string,
    scopes?: readonly string[],
    options?: { expiresInMs?: number },
  ): { accessToken: string; refreshToken?: string };
  /**
   * The web the world's posts link to, answered for requests whose Host is not the simulator's
   * own (see web.ts). `set` overrides a URL's answer until reset.
   */
  readonly web: Pick<SimWeb, 'answer' | 'set'>;
  /** Requests the web received since start or the last reset, oldest first. */
  readonly webRequests: readonly WebRequestRecord[];
  /** Clears rate-limit windows, faults, web overrides and the request logs (not tokens or posts). */
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;
const MAX_LOG = 10_000;

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
const FaultJson = z
  .object({
    path: z.string().optional(),
    method: z.string().optional(),
    times: z.union([z.number(), z.literal('Infinity')]).optional(),
    latencyMs: z.number().optional(),
    status: z.number().optional(),
    body: z.unknown().optional(),
    cut: z.boolean().optional(),
    malformed: z.boolean().optional(),
  })
  .strict();

const WebJson = z
  .object({
    url: z.url(),
    status: z.number().int().min(100).max(599),
    location: z.string().optional(),
    delayMs: z.number().int().min(0).max(600_000).optional(),
  })
  .strict();

const TokenJson = z.object({ userId: z.string(), scopes: z.array(z.string()).optional() }).strict();

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else {
        chunks.push(c);
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** OAuth bodies come as JSON (twitter-api-v2) or form-encoded (the docs); only strings count. */
function parseFormOrJson(raw: string, contentType: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const trimmed = raw.trim();
  if (contentType?.includes('json') || trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed || '{}');
      if (parsed && typeof parsed === 'object') {
        for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
      }
      return out;
    } catch {
      // Not JSON after all: fall through to form decoding.
    }
  }
  for (const [k, v] of new URLSearchParams(raw)) out[k] = v;
  return out;
}

export class SimulatorServer implements XSimulator {
  readonly world: WorldStore;
  readonly clock: () => number;
  readonly faults: FaultInjector = new FaultInjector();
  readonly web: SimWeb;
  readonly webRequests: WebRequestRecord[] = [];
  private readonly oauth: OAuthServer;
  private readonly limiter: RateLimiter;
  private readonly log: RequestRecord[] = [];
  private readonly routes: Route[];
  private readonly sleepers = new Set<() => void>();
  private readonly server: Server;
  private closed = false;
  private address = '';

  constructor(private readonly opts: XSimulatorOptions) {
    this.world = new WorldStore(generateWorldData(opts.seed ?? 1, opts.world ?? {}));
    const started = Date.now();
    const worldNow = this.world.now;
    this.clock = opts.clock ?? (() => worldNow + (Date.now() - started));
    this.web = new SimWeb(this.world);
    this.limiter = new RateLimiter(opts.tier ?? 'pay_per_use', this.clock);
    this.oauth = new OAuthServer(
      opts.clients ?? [DEFAULT_OAUTH_CLIENT],
      this.clock,
      (key) =>
        (isNumericId(key) ? this.world.user(key) : undefined) ?? this.world.userByUsername(key),
      () => this.world.accountsByKind('seeker')[0],
    );
    const policy: Required<SimulatorPolicy> = {
      searchIncludesRetweets: opts.policy?.searchIncludesRetweets ?? false,
      repliesRequireMention: opts.policy?.repliesRequireMention ?? true,
      allowQuotePosts: opts.policy?.allowQuotePosts ?? false,
    };
    this.routes = new XApi(this.world, policy).routes();
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) this.send(res, serverError(500), {}, false);
        else res.destroy(e instanceof Error ? e : undefined);
      });
    });
  }

  get url(): string {
    return this.address;
  }

  get appBearerToken(): string {
    return this.oauth.appBearerToken;
  }

  get requests(): readonly RequestRecord[] {
    return this.log;
  }

  async listen(): Promise<void> {
    const host = this.opts.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.port ?? 0, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const { port } = this.server.address() as AddressInfo;
    this.address = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  }

  issueUserToken(
    userId: string,
    scopes?: readonly string[],
    options?: { expiresInMs?: number },
  ): string {
    return this.issueUserTokens(userId, scopes, options).accessToken;
  }

  issueUserTokens(
    userId: string,
    scopes: readonly string[] = PERCH_SCOPES,
    options: { expiresInMs?: number } = {},
  ): { accessToken: string; refreshToken?: string } {
    const clientId = (this.opts.clients ?? [DEFAULT_OAUTH_CLIENT])[0]?.clientId ?? 'sim';
    return this.oauth.issue(userId, scopes, clientId, options.expiresInMs);
  }

  reset(): void {
    this.limiter.reset();
    this.faults.clear();
    this.web.clear();
    this.log.length = 0;
    this.webRequests.length = 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const wake of this.sleepers) wake();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }

  /* ------------------------------ transport ------------------------------ */

  private send(
    res: ServerResponse,
    reply: Reply,
    rateHeaders: Record<string, string>,
    malformed: boolean,
  ): void {
    const headers: Record<string, string | number> = {
      ...rateHeaders,
      ...reply.headers,
      'x-transaction-id': randomBytes(8).toString('hex'),
    };
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    let text = JSON.stringify(reply.body);
    let status = reply.status;
    if (malformed) {
      text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
      status = 200;
    }
    headers['content-type'] =
      reply.problem && !malformed
        ? 'application/problem+json; charset=utf-8'
        : 'application/json; charset=utf-8';
    headers['content-length'] = Buffer.byteLength(text);
    res.writeHead(status, headers);
    res.end(text);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    let raw: string;
    try {
      raw = await readBody(req);
    } catch {
      this.send(res, json(413, { error: 'request body too large' }), {}, false);
      return;
    }
    if (!this.isOwnHost(req.headers.host)) {
      await this.serveWeb(req, res, method, url);
      return;
    }
    if (path.startsWith('/__sim/')) {
      this.send(res, this.admin(method, path, raw), {}, false);
      return;
    }
    const record: RequestRecord = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      auth: 'none',
      status: 0,
      at: this.clock(),
    };
    this.log.push(record);
    // A long-running demo server must not grow without bound; tests never get near this.
    if (this.log.length > MAX_LOG + 1000) this.log.splice(0, this.log.length - MAX_LOG);
    const fault = this.faults.take(method, path);
    if (fault) {
      record.fault = fault.id;
      if (fault.latencyMs) await this.sleep(fault.latencyMs);
      if (this.closed) return;
      if (fault.cut) {
        req.socket.destroy();
        return;
      }
    }
    const { reply, headers } = this.dispatch(
      method,
      path,
      url.searchParams,
      raw,
      req,
      record,
      fault,
    );
    record.status = fault?.malformed ? 200 : reply.status;
    this.send(res, reply, headers, fault?.malformed ?? false);
  }

  /** The API answers at the address it listens on (and localhost); any other Host is the web. */
  private isOwnHost(host: string | undefined): boolean {
    if (!host) return true;
    const name = host
      .replace(/:\d+$/, '')
      .replace(/^\[|\]$/g, '')
      .toLowerCase();
    const own = (this.opts.host ?? '127.0.0.1').toLowerCase();
    return name === own || name === 'localhost' || name === '127.0.0.1' || name === '::1';
  }

  private async serveWeb(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    url: URL,
  ): Promise<void> {
    const target = `https://${req.headers.host ?? ''}${url.pathname}${url.search}`;
    const answer = this.web.answer(target);
    const record: WebRequestRecord = { method, url: webKey(target), status: 0, at: this.clock() };
    this.webRequests.push(record);
    if (this.webRequests.length > MAX_LOG + 1000)
      this.webRequests.splice(0, this.webRequests.length - MAX_LOG);
    if (answer.delayMs) await this.sleep(answer.delayMs);
    if (this.closed || res.destroyed) return;
    record.status = answer.status;
    const body =
      method === 'HEAD'
        ? ''
        : `<!doctype html><title>${answer.status === 200 ? 'Page' : `HTTP ${answer.status}`}</title>`;
    const headers: Record<string, string | number> = {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    };
    if (answer.location) headers.location = answer.location;
    res.writeHead(answer.status, headers);
    res.end(method === 'HEAD' ? undefined : body);
  }

  private forcedReply(status: FaultStatus, body: unknown): Reply {
    if (body !== undefined) return { status, body, problem: true };
    switch (status) {
      case 401:
        return unauthorized();
      case 402:
        return creditsDepleted();
      case 403:
        return clientForbidden();
      case 429:
        return tooManyRequests();
      case 500:
      case 502:
      case 503:
        return serverError(status);
    }
  }

  private dispatch(
    method: string,
    path: string,
    q: URLSearchParams,
    raw: string,
    req: IncomingMessage,
    record: RequestRecord,
    fault: AppliedFault | undefined,
  ): { reply: Reply; headers: Record<string, string> } {
    const authorization = req.headers.authorization;
    const oauthPath =
      (method === 'GET' && path === '/i/oauth2/authorize') ||
      (method === 'POST' && (path === '/2/oauth2/token' || path === '/2/oauth2/revoke'));
    if (oauthPath) {
      record.auth = /^Basic\s/i.test(authorization ?? '') ? 'basic' : 'none';
      if (fault?.status) return { reply: this.forcedReply(fault.status, fault.body), headers: {} };
      const body = parseFormOrJson(raw, req.headers['content-type']);
      if (path === '/i/oauth2/authorize') return { reply: this.oauth.authorize(q), headers: {} };
      if (path === '/2/oauth2/token')
        return { reply: this.oauth.token(authorization, body), headers: {} };
      return { reply: this.oauth.revoke(authorization, body), headers: {} };
    }
    const found = this.findRoute(method, path);
    if (!found) return { reply: routeNotFound(), headers: {} };
    const { route, match } = found;
    record.endpoint = route.endpoint;

    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const caller = bearer ? this.oauth.authenticate(bearer) : undefined;
    record.auth = caller ? caller.kind : bearer ? 'invalid' : 'none';
    if (caller?.kind === 'user') record.userId = caller.userId;
    const identity: Identity =
      caller?.kind === 'user' ? { kind: 'user', userId: caller.userId } : { kind: 'app' };

    if (fault?.status) {
      const headers =
        fault.status === 429
          ? this.limiter.exhausted(route.endpoint, identity)
          : this.limiter.peek(route.endpoint, identity);
      return { reply: this.forcedReply(fault.status, fault.body), headers };
    }
    const peek = () => this.limiter.peek(route.endpoint, identity);
    if (!caller) return { reply: unauthorized(), headers: peek() };
    if (route.userContext && caller.kind === 'app') {
      return { reply: unsupportedAuthentication(), headers: peek() };
    }
    if (caller.kind === 'user') {
      const missing = route.scopes.filter((s) => !caller.scopes.has(s));
      if (missing.length) return { reply: missingScopes(missing), headers: peek() };
    }
    const decision = this.limiter.take(route.endpoint, identity);
    if (!decision.allowed) return { reply: tooManyRequests(), headers: decision.headers };

    const params: Record<string, string> = {};
    route.keys.forEach((k, i) => {
      params[k] = safeDecode(match[i + 1]);
    });
    const unknown = [...new Set(q.keys())].filter((k) => !route.query.includes(k));
    if (unknown.length) {
      const errors = unknown.map((k) =>
        paramError(
          k,
          q.get(k) ?? '',
          `The query parameter [${k}] is not one of [${route.query.join(',')}]`,
        ),
      );
      return { reply: invalidRequest(errors), headers: decision.headers };
    }
    let body: unknown;
    if (method === 'POST') {
      try {
        body = raw.trim() ? JSON.parse(raw) : undefined;
      } catch {
        const error = { parameters: {}, message: 'The request body is not valid JSON.' };
        return { reply: invalidRequest([error]), headers: decision.headers };
      }
    }
    const reply = route.run({ q, params, caller, now: this.clock(), body });
    return { reply, headers: decision.headers };
  }

  private findRoute(
    method: string,
    path: string,
  ): { route: Route; match: RegExpExecArray } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.re.exec(path);
      if (match) return { route, match };
    }
    return undefined;
  }

  /* --------------------------------- admin -------------------------------- */

  private admin(method: string, path: string, raw: string): Reply {
    const parse = (): unknown => {
      try {
        return raw.trim() ? JSON.parse(raw) : undefined;
      } catch {
        return Symbol.for('invalid');
      }
    };
    if (method === 'GET' && path === '/__sim/health') {
      return json(200, {
        status: 'ok',
        url: this.url,
        seed: this.world.seed,
        worldNow: new Date(this.world.now).toISOString(),
        clock: new Date(this.clock()).toISOString(),
        tier: this.opts.tier ?? 'pay_per_use',
        users: this.world.users.length,
        tweets: this.world.tweets.length,
      });
    }
    if (path === '/__sim/faults') {
      if (method === 'GET') return json(200, { data: this.faults.list() });
      if (method === 'DELETE') return json(200, { cleared: this.faults.clear() });
      if (method === 'POST') {
        const body = parse();
        const specs = Array.isArray(body) ? body : [body];
        const added = [];
        try {
          for (const item of specs) {
            const parsed = FaultJson.safeParse(item);
            if (!parsed.success)
              throw new FaultSpecError(parsed.error.issues.map((i) => i.message).join('; '));
            const { status, times, ...rest } = parsed.data;
            if (status !== undefined && !FAULT_STATUSES.includes(status as FaultStatus)) {
              throw new FaultSpecError(`status must be one of ${FAULT_STATUSES.join(', ')}`);
            }
            const spec: FaultSpec = { ...rest };
            if (status !== undefined) spec.status = status as FaultStatus;
            if (times !== undefined) spec.times = times === 'Infinity' ? Infinity : times;
            added.push(this.faults.inject(spec));
          }
        } catch (e) {
          if (e instanceof FaultSpecError) return json(400, { error: e.message });
          throw e;
        }
        return json(201, { data: added });
      }
    }
    const one = /^\/__sim\/faults\/([\w-]+)$/.exec(path);
    if (one && method === 'DELETE') return json(200, { removed: this.faults.remove(one[1]) });
    if (method === 'POST' && path === '/__sim/reset') {
      this.reset();
      return json(200, { reset: true });
    }
    if (method === 'GET' && path === '/__sim/requests') return json(200, { data: this.log });
    if (method === 'GET' && path === '/__sim/web/requests')
      return json(200, { data: this.webRequests });
    if (method === 'POST' && path === '/__sim/web') {
      const parsed = WebJson.safeParse(parse());
      if (!parsed.success)
        return json(400, {
          error: 'expected {"url": "…", "status": 404, "location"?, "delayMs"?}',
        });
      const { url, ...answer } = parsed.data;
      this.web.set(url, answer);
      return json(201, { data: { url: webKey(url), ...answer } });
    }
    if (method === 'POST' && path === '/__sim/tokens') {
      const parsed = TokenJson.safeParse(parse());
      if (!parsed.success) return json(400, { error: 'expected {"userId": "…", "scopes": ["…"]}' });
      try {
        const t = this.issueUserTokens(parsed.data.userId, parsed.data.scopes);
        return json(201, { access_token: t.accessToken, refresh_token: t.refreshToken });
      } catch (e) {
        return json(400, { error: (e as Error).message });
      }
    }
    return json(404, { error: `no simulator endpoint ${method} ${path}` });
  }
}

/**
 * Starts a simulator on loopback and resolves once it listens. Generating the default world takes
 * well under two seconds.
 */
export async function startXSimulator(opts: XSimulatorOptions = {}): Promise<XSimulator> {
  const sim = new SimulatorServer(opts);
  await sim.listen();
  return sim;
}
