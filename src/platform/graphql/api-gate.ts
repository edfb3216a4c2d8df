/**
 * What every operation passes before it runs, beside the static limits: the caller's leaky
 * buckets (Shopify's cost-based rate limits) and, for mutations sent with an `Idempotency-Key`,
 * the store of earlier answers (Stripe's idempotency). Both need to know the caller before any
 * resolver runs, so they identify the request the way the guard does (once per request, shared).
 */
import { createHash } from 'node:crypto';
import type { GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { type DocumentNode, GraphQLError, OperationTypeNode, print } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/app-config.js';
import { ensureIdentified } from '../auth/access.guard.js';
import type { RequestWithPerch } from '../auth/request.js';
import { systemScope, type TenantId, type TenantScope } from '../database/context.js';
import type { DatabaseService } from '../database/database.service.js';
import { PERSISTED_OPERATIONS } from './persisted-operations.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const IDEMPOTENCY_TTL_HOURS = 24;

interface Bucket {
  key: string;
  capacity: number;
  restore: number;
}

export interface Throttle {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface GateContext {
  req?: RequestWithPerch & { ip?: string };
  res?: unknown;
  cost?: {
    requestedQueryCost: number;
    actualQueryCost?: number;
    throttleStatus?: Throttle;
  };
  gate?: { buckets: Bucket[]; idempotency?: { scope: TenantScope; caller: string; key: string } };
}

/** Who is charged: the key or person, and their organization; anonymous callers by address. */
function bucketsFor(cfg: AppConfig, scope: TenantScope | undefined, ip: string): Bucket[] {
  const r = cfg.rateLimits;
  if (!scope) return [{ key: `ip:${ip}`, ...r.anonymous }];
  const who = callerOf(scope);
  const tenant = { key: `tenant:${scope.tenantId}`, ...r.tenant };
  // Sorted: rate_take locks in this order, so two requests never wait on each other in a cycle.
  return (who ? [{ key: who, ...r.key }, tenant] : [tenant]).sort((a, b) =>
    a.key.localeCompare(b.key),
  );
}

function callerOf(scope: TenantScope): string | null {
  const p = scope.principal;
  return p.kind === 'apiKey'
    ? `key:${p.apiKeyId}`
    : p.kind === 'user'
      ? `user:${p.membershipId}`
      : null;
}

/** What a query actually returned, priced like the request: each object 1. */
export function actualCost(data: unknown, mutation: boolean): number {
  let n = 0;
  const walk = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      n++;
      for (const x of Object.values(v)) walk(x);
    }
  };
  if (!data || typeof data !== 'object') return 0;
  for (const v of Object.values(data)) {
    if (mutation) n += 10;
    else walk(v);
  }
  return n;
}

/**
 * An answer instead of running the operation. Apollo treats an error thrown from
 * `responseForOperation` as its own failure, so refusals there are returned, already formatted.
 */
function refusal(status: number, code: string, message: string): GraphQLResponse {
  return {
    http: { status, headers: new Map() } as unknown as GraphQLResponse['http'],
    body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } },
  };
}

export class ApiGate {
  private db: DatabaseService | undefined;

  constructor(
    private readonly cfg: AppConfig,
    private readonly logger: Logger,
  ) {}

  attach(db: DatabaseService): void {
    this.db = db;
  }

  /** Identifies the caller (as the guard will) and charges their buckets; throws THROTTLED. */
  async charge(rc: GraphQLRequestContext<GateContext>, cost: number): Promise<void> {
    const ctx = rc.contextValue;
    const req = ctx.req;
    if (!this.db || !req) return;
    const operation = rc.operation?.operation;
    await ensureIdentified(req, operation, this.db).catch(() => undefined);
    this.safelisted(req.perch, rc.request.query);
    const ip = typeof req.ip === 'string' ? req.ip : 'unknown';
    const buckets = bucketsFor(this.cfg, req.perch, ip);
    ctx.gate = { buckets };
    const [r] = await this.db.global((m) =>
      m.query<{ ok: boolean; retry_after: number; available: number[] }[]>(
        `select ok, retry_after, available from rate_take($1::text[], $2::float8[], $3::float8[], $4)`,
        [
          buckets.map((b) => b.key),
          buckets.map((b) => b.capacity),
          buckets.map((b) => b.restore),
          cost,
        ],
      ),
    );
    const i = r.available.indexOf(Math.min(...r.available));
    const throttle: Throttle = {
      maximumAvailable: buckets[i].capacity,
      currentlyAvailable: Math.max(0, Math.floor(r.available[i])),
      restoreRate: buckets[i].restore,
    };
    ctx.cost = { ...ctx.cost, requestedQueryCost: cost, throttleStatus: throttle };
    if (!r.ok) {
      // Nothing was charged and nothing runs: settled at 0 here, so the response hook gives
      // nothing back (a refund of the requested cost would let refused calls empty the bucket).
      ctx.cost.actualQueryCost = 0;
      const retry = Math.max(1, Math.ceil(r.retry_after));
      throw new GraphQLError(
        `Throttled: this operation costs ${cost} points and ${throttle.currentlyAvailable} are available (they come back at ${throttle.restoreRate} a second). Retry in ${retry} s.`,
        {
          extensions: {
            code: 'THROTTLED',
            cost: ctx.cost,
            retryAfterSeconds: retry,
            http: { status: 429, headers: new Map([['retry-after', String(retry)]]) },
          },
        },
      );
    }
  }

  /**
   * With the safelist on (production), a person's session runs only the console's operations,
   * matched by the SHA-256 of the text as sent; API keys and anonymous calls are not limited.
   */
  private safelisted(scope: TenantScope | undefined, query: string | undefined): void {
    if (!this.cfg.graphql.safelist || scope?.principal.kind !== 'user') return;
    const hash = createHash('sha256')
      .update(query ?? '')
      .digest('hex');
    if (PERSISTED_OPERATIONS[hash]) return;
    throw new GraphQLError(
      'Signed-in sessions may run only the console’s own operations; integrations use an API key (createApiKey).',
      { extensions: { code: 'OPERATION_NOT_ALLOWED', http: { status: 403 } } },
    );
  }

  /** Gives back what an operation was charged beyond what it returned. */
  async refund(ctx: GateContext, amount: number): Promise<void> {
    if (!this.db || !ctx.gate || amount <= 0) return;
    const keys = ctx.gate.buckets.map((b) => b.key);
    await this.db
      .global((m) =>
        m.query(
          `update rate_buckets set level = greatest(0, level - $2) where key = any($1::text[])`,
          [keys, amount],
        ),
      )
      .catch((err: unknown) => this.logger.warn({ err }, 'could not refund rate-limit points'));
    if (ctx.cost?.throttleStatus) {
      const t = ctx.cost.throttleStatus;
      t.currentlyAvailable = Math.min(t.maximumAvailable, t.currentlyAvailable + amount);
    }
  }

  /**
   * Maintenance (the worker): forgets buckets idle long enough to have drained completely (one
   * made again starts empty, which is the same) and idempotency keys past their 24 hours.
   * Returns how many rows of each went.
   */
  async prune(tenantIds: readonly TenantId[]): Promise<{ buckets: number; keys: number }> {
    if (!this.db) return { buckets: 0, keys: 0 };
    const r = this.cfg.rateLimits;
    const drainSeconds = Math.max(
      ...[r.key, r.tenant, r.anonymous].map((b) => Math.ceil(b.capacity / b.restore)),
    );
    // Rows a request holds are skipped; a bucket in use is not idle anyway.
    const [, buckets] = await this.db.global((m) =>
      m.query<[unknown[], number]>(
        `delete from rate_buckets where key in (
           select key from rate_buckets
            where updated_at < now() - make_interval(secs => $1 + 60)
            for update skip locked)`,
        [drainSeconds],
      ),
    );
    let keys = 0;
    for (const tenantId of tenantIds) {
      const [, n] = await this.db.tx(systemScope(tenantId, 'prune idempotency keys'), (tx) =>
        tx.manager.query<[unknown[], number]>(
          `delete from idempotency_keys where tenant_id = $1 and expires_at < now()`,
          [tenantId],
        ),
      );
      keys += n;
    }
    return { buckets, keys };
  }

  // ---- idempotency ----

  private hash(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: unknown,
  ) {
    const canonical = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(canonical)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
            )
          : v;
    return createHash('sha256')
      .update(print(document))
      .update('\0')
      .update(operationName ?? '')
      .update('\0')
      .update(JSON.stringify(canonical(variables ?? {})))
      .digest('hex');
  }

  /**
   * For a mutation with an Idempotency-Key: the stored answer of the same request (a replay),
   * null to run it now (its answer is stored when sent), or an error for a key reused with other
   * input or still in flight.
   */
  async replay(rc: GraphQLRequestContext<GateContext>): Promise<GraphQLResponse | null> {
    const ctx = rc.contextValue;
    const req = ctx.req;
    if (!this.db || !req || rc.operation?.operation !== OperationTypeNode.MUTATION) return null;
    const raw = req.headers[IDEMPOTENCY_HEADER];
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (key === undefined) return null;
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      return refusal(
        400,
        'BAD_USER_INPUT',
        'The Idempotency-Key header is 1 to 255 visible ASCII characters (a UUID is a good choice).',
      );
    }
    const scope = req.perch;
    const caller = scope ? callerOf(scope) : null;
    // Without a caller there is no one to keep the answer for (sign-in); the key is ignored.
    if (!scope || !caller) return null;
    const hash = this.hash(rc.document!, rc.request.operationName, rc.request.variables);
    const row = await this.db.tx(
      { tenantId: scope.tenantId, principal: scope.principal },
      async (tx) => {
        await tx.manager.query(
          // Expired, or abandoned mid-run (the process died before storing the answer).
          `delete from idempotency_keys where tenant_id = $1 and caller = $2 and key = $3
            and (expires_at < now() or (status = 'running' and created_at < now() - interval '5 minutes'))`,
          [scope.tenantId, caller, key],
        );
        const inserted = await tx.manager.query<unknown[]>(
          `insert into idempotency_keys (tenant_id, caller, key, request_hash, expires_at)
         values ($1, $2, $3, $4, now() + make_interval(hours => $5))
         on conflict do nothing returning key`,
          [scope.tenantId, caller, key, hash, IDEMPOTENCY_TTL_HOURS],
        );
        if (inserted.length) return null;
        const [found] = await tx.manager.query<
          { requestHash: string; status: string; response: unknown; httpStatus: number | null }[]
        >(
          `select request_hash as "requestHash", status, response, http_status as "httpStatus"
           from idempotency_keys where tenant_id = $1 and caller = $2 and key = $3`,
          [scope.tenantId, caller, key],
        );
        return found ?? null;
      },
    );
    if (!row) {
      ctx.gate = { ...(ctx.gate ?? { buckets: [] }), idempotency: { scope, caller, key } };
      return null;
    }
    if (row.requestHash !== hash) {
      return refusal(
        422,
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was used for a different request (another operation or other variables); use a new key for a new request.',
      );
    }
    if (row.status !== 'done') {
      return refusal(
        409,
        'CONFLICT',
        'A request with this Idempotency-Key is still running; retry after it finishes.',
      );
    }
    const body = row.response as {
      data?: Record<string, unknown> | null;
      errors?: unknown[];
      extensions?: Record<string, unknown>;
    };
    return {
      http: {
        status: row.httpStatus ?? 200,
        headers: new Map([['idempotent-replayed', 'true']]),
      } as GraphQLResponse['http'],
      body: {
        kind: 'single',
        singleResult: {
          data: body.data,
          errors: body.errors as never,
          extensions: { ...body.extensions, idempotentReplay: true },
        },
      },
    };
  }

  /** Keeps the answer of an idempotent mutation, for replays. */
  async store(ctx: GateContext, response: GraphQLResponse): Promise<void> {
    const idem = ctx.gate?.idempotency;
    if (!this.db || !idem || response.body.kind !== 'single') return;
    const { data, errors } = response.body.singleResult;
    await this.db
      .tx({ tenantId: idem.scope.tenantId, principal: idem.scope.principal }, (tx) =>
        tx.manager.query(
          `update idempotency_keys set status = 'done', response = $4::jsonb, http_status = $5
            where tenant_id = $1 and caller = $2 and key = $3`,
          [
            idem.scope.tenantId,
            idem.caller,
            idem.key,
            JSON.stringify({ data, errors }),
            response.http.status ?? 200,
          ],
        ),
      )
      .catch((err: unknown) =>
        this.logger.error({ err }, 'could not store an idempotent response'),
      );
  }
}
