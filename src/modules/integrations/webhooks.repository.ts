import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DatabaseService } from '../../platform/database/database.service.js';
import type { TenantId, TenantScope } from '../../platform/database/context.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';
import type { Cursor } from '../../platform/graphql/pagination.js';

export interface EndpointRow {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  secretEnc: string;
  previousSecretEnc: string | null;
  previousSecretUntil: Date | null;
  enabled: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  consecutiveFailures: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveryRow {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  redeliveryOf: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export interface AttemptRow {
  at: Date;
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** A claimed delivery with what sending it needs. */
export interface DueDelivery {
  id: string;
  attempts: number;
  endpointId: string;
  url: string;
  secretEnc: string;
  previousSecretEnc: string | null;
  previousSecretUntil: Date | null;
  eventId: string;
  eventType: string;
  eventData: unknown;
  eventCreatedAt: Date;
}

const ENDPOINT = `id, url, description, events, secret_enc as "secretEnc",
  previous_secret_enc as "previousSecretEnc", previous_secret_until as "previousSecretUntil",
  enabled, disabled_at as "disabledAt", disabled_reason as "disabledReason",
  consecutive_failures as "consecutiveFailures", created_at as "createdAt", updated_at as "updatedAt"`;

const DELIVERY = `d.id, d.endpoint_id as "endpointId", d.event_id as "eventId", e.type as "eventType",
  d.status, d.attempts, d.next_attempt_at as "nextAttemptAt", d.last_status as "lastStatus",
  d.last_error as "lastError", d.redelivery_of as "redeliveryOf", d.delivered_at as "deliveredAt",
  d.created_at as "createdAt"`;

@Injectable()
export class WebhooksRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  insertEndpoint(
    ctx: TenantScope,
    e: {
      id: string;
      url: string;
      description: string | null;
      events: string[];
      secretEnc: string;
      createdBy: string | null;
    },
  ): Promise<EndpointRow> {
    return this.run(ctx, async (m, tenantId) => {
      const [row] = await m.query<EndpointRow[]>(
        `insert into webhook_endpoints (tenant_id, id, url, description, events, secret_enc, created_by)
         values ($1, $2, $3, $4, $5, $6, $7) returning ${ENDPOINT}`,
        [tenantId, e.id, e.url, e.description, e.events, e.secretEnc, e.createdBy],
      );
      return row;
    });
  }

  async endpoint(ctx: TenantScope, id: string): Promise<EndpointRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<EndpointRow[]>(
        `select ${ENDPOINT} from webhook_endpoints where tenant_id = $1 and id = $2`,
        [tenantId, id],
      ),
    );
    return row ?? null;
  }

  endpoints(ctx: TenantScope, after: Cursor | null, limit: number) {
    return this.run(ctx, (m, tenantId) =>
      m.query<EndpointRow[]>(
        `select ${ENDPOINT} from webhook_endpoints
          where tenant_id = $1 and ($2::timestamptz is null or (created_at, id) > ($2, $3::uuid))
          order by created_at, id limit $4`,
        [tenantId, after?.createdAt ?? null, after?.id ?? null, limit],
      ),
    );
  }

  async updateEndpoint(
    ctx: TenantScope,
    id: string,
    p: {
      url?: string;
      description?: string | null;
      events?: string[];
      enabled?: boolean;
      secretEnc?: string;
      previousSecretEnc?: string | null;
      previousSecretUntil?: Date | null;
    },
  ): Promise<EndpointRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<EndpointRow[]>(
        `with u as (
           update webhook_endpoints set
             url = coalesce($3, url),
             description = case when $4::boolean then $5 else description end,
             events = coalesce($6, events),
             enabled = coalesce($7, enabled),
             -- Turning an endpoint back on forgets the failures that turned it off.
             consecutive_failures = case when $7 then 0 else consecutive_failures end,
             disabled_at = case when $7 then null else disabled_at end,
             disabled_reason = case when $7 then null
                                    when $7 = false then 'disabled by an admin'
                                    else disabled_reason end,
             secret_enc = coalesce($8, secret_enc),
             previous_secret_enc = case when $9::boolean then $10 else previous_secret_enc end,
             previous_secret_until = case when $9::boolean then $11 else previous_secret_until end,
             updated_at = now()
           where tenant_id = $1 and id = $2 returning *)
         select ${ENDPOINT} from u`,
        [
          tenantId,
          id,
          p.url ?? null,
          p.description !== undefined,
          p.description ?? null,
          p.events ?? null,
          p.enabled ?? null,
          p.secretEnc ?? null,
          p.previousSecretEnc !== undefined,
          p.previousSecretEnc ?? null,
          p.previousSecretUntil ?? null,
        ],
      ),
    );
    return row ?? null;
  }

  async deleteEndpoint(ctx: TenantScope, id: string): Promise<boolean> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<unknown[]>(
        // In a CTE: TypeORM answers a bare DELETE … RETURNING with [rows, count].
        `with d as (delete from webhook_endpoints where tenant_id = $1 and id = $2 returning id)
         select id from d`,
        [tenantId, id],
      ),
    );
    return rows.length > 0;
  }

  /** Enabled endpoints subscribed to this event type. */
  subscribers(ctx: TenantScope, type: string) {
    return this.run(ctx, (m, tenantId) =>
      m.query<{ id: string }[]>(
        `select id from webhook_endpoints where tenant_id = $1 and enabled and $2 = any(events)`,
        [tenantId, type],
      ),
    );
  }

  /** The event and one pending delivery per endpoint, and the tenant's doorbell rung. */
  insertEvent(
    ctx: TenantScope,
    ev: { id: string; type: string; data: unknown },
    deliveries: { id: string; endpointId: string; redeliveryOf?: string | null }[],
    withEvent = true,
  ): Promise<void> {
    return this.run(ctx, async (m, tenantId) => {
      if (withEvent) {
        await m.query(
          `insert into webhook_events (tenant_id, id, type, data) values ($1, $2, $3, $4::jsonb)`,
          [tenantId, ev.id, ev.type, JSON.stringify(ev.data)],
        );
      }
      await m.query(
        `insert into webhook_deliveries (tenant_id, id, endpoint_id, event_id, next_attempt_at, redelivery_of)
         select $1, r.id, r.endpoint_id, $2, now(), r.redelivery_of
           from jsonb_to_recordset($3::jsonb) as r(id uuid, endpoint_id uuid, redelivery_of uuid)`,
        [
          tenantId,
          ev.id,
          JSON.stringify(
            deliveries.map((d) => ({
              id: d.id,
              endpoint_id: d.endpointId,
              redelivery_of: d.redeliveryOf ?? null,
            })),
          ),
        ],
      );
      await ring(m, tenantId);
    });
  }

  deliveries(
    ctx: TenantScope,
    endpointId: string,
    status: string | null,
    after: Cursor | null,
    limit: number,
  ) {
    return this.run(ctx, (m, tenantId) =>
      m.query<DeliveryRow[]>(
        `select ${DELIVERY} from webhook_deliveries d
           join webhook_events e on e.tenant_id = d.tenant_id and e.id = d.event_id
          where d.tenant_id = $1 and d.endpoint_id = $2 and ($3::text is null or d.status = $3)
            and ($4::timestamptz is null or (d.created_at, d.id) < ($4, $5::uuid))
          order by d.created_at desc, d.id desc limit $6`,
        [tenantId, endpointId, status, after?.createdAt ?? null, after?.id ?? null, limit],
      ),
    );
  }

  async delivery(ctx: TenantScope, id: string): Promise<DeliveryRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<DeliveryRow[]>(
        `select ${DELIVERY} from webhook_deliveries d
           join webhook_events e on e.tenant_id = d.tenant_id and e.id = d.event_id
          where d.tenant_id = $1 and d.id = $2`,
        [tenantId, id],
      ),
    );
    return row ?? null;
  }

  attempts(ctx: TenantScope, deliveryIds: readonly string[]) {
    return this.run(ctx, (m, tenantId) =>
      m.query<(AttemptRow & { deliveryId: string })[]>(
        `select delivery_id as "deliveryId", at, status, error, duration_ms as "durationMs"
           from webhook_attempts where tenant_id = $1 and delivery_id = any($2::uuid[])
          order by at, id`,
        [tenantId, deliveryIds],
      ),
    );
  }

  async eventPayload(ctx: TenantScope, eventId: string) {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<{ type: string; data: unknown; createdAt: Date }[]>(
        `select type, data, created_at as "createdAt" from webhook_events where tenant_id = $1 and id = $2`,
        [tenantId, eventId],
      ),
    );
    return row ?? null;
  }

  // ---- delivery (the worker) ----

  /** Tenants with deliveries due, and the bell each was read at. */
  dueTenants(limit: number) {
    return this.db.global((m) =>
      m.query<{ tenantId: TenantId; bell: string }[]>(
        `select tenant_id as "tenantId", bell::text as bell from webhook_due
          where due_at <= now() order by due_at limit $1`,
        [limit],
      ),
    );
  }

  /**
   * Claims due deliveries of one tenant: their next attempt moves past the lease, so another
   * worker skips them, and a worker that dies mid-send leaves them due again when it ends.
   */
  claim(ctx: TenantScope, limit: number, leaseSeconds: number) {
    return this.run(ctx, (m, tenantId) =>
      m.query<DueDelivery[]>(
        `with c as (
           select id from webhook_deliveries
            where tenant_id = $1 and status = 'pending' and next_attempt_at <= now()
            order by next_attempt_at limit $2 for update skip locked),
         u as (
           update webhook_deliveries d set next_attempt_at = now() + make_interval(secs => $3)
             from c where d.tenant_id = $1 and d.id = c.id returning d.*)
         select u.id, u.attempts, u.endpoint_id as "endpointId", w.url, w.secret_enc as "secretEnc",
                w.previous_secret_enc as "previousSecretEnc",
                w.previous_secret_until as "previousSecretUntil",
                u.event_id as "eventId", e.type as "eventType", e.data as "eventData",
                e.created_at as "eventCreatedAt"
           from u join webhook_endpoints w on w.tenant_id = u.tenant_id and w.id = u.endpoint_id
                  join webhook_events e on e.tenant_id = u.tenant_id and e.id = u.event_id`,
        [tenantId, limit, leaseSeconds],
      ),
    );
  }

  /**
   * One attempt's outcome: the attempt logged, the delivery settled or rescheduled, the
   * endpoint's failure streak moved, and the endpoint disabled once the streak reaches `disableAfter`.
   * Returns whether this attempt disabled it.
   */
  recordAttempt(
    ctx: TenantScope,
    a: {
      id: string;
      deliveryId: string;
      endpointId: string;
      status: number | null;
      error: string | null;
      durationMs: number;
      ok: boolean;
      /** Null: no retry left (the delivery fails). */
      retryInSeconds: number | null;
      disableAfter: number;
    },
  ): Promise<boolean> {
    return this.run(ctx, async (m, tenantId) => {
      await m.query(
        `insert into webhook_attempts (tenant_id, id, delivery_id, status, error, duration_ms)
         values ($1, $2, $3, $4, $5, $6)`,
        [tenantId, a.id, a.deliveryId, a.status, a.error, a.durationMs],
      );
      await m.query(
        `update webhook_deliveries set
           attempts = attempts + 1, last_status = $3, last_error = $4,
           status = case when $5 then 'succeeded' when $6::int is null then 'failed' else 'pending' end,
           delivered_at = case when $5 then now() else delivered_at end,
           next_attempt_at = case when $5 or $6::int is null then null
                                  else now() + make_interval(secs => $6) end
         where tenant_id = $1 and id = $2`,
        [tenantId, a.deliveryId, a.status, a.error, a.ok, a.retryInSeconds],
      );
      const [ep] = await m.query<{ disabled: boolean }[]>(
        `with prev as (
           select enabled from webhook_endpoints where tenant_id = $1 and id = $2 for update),
         u as (
           update webhook_endpoints set
             consecutive_failures = case when $3 then 0 else consecutive_failures + 1 end,
             enabled = enabled and ($3 or consecutive_failures + 1 < $4),
             disabled_at = case when enabled and not $3 and consecutive_failures + 1 >= $4
                                then now() else disabled_at end,
             disabled_reason = case when enabled and not $3 and consecutive_failures + 1 >= $4
                                    then format('%s failed attempts in a row', consecutive_failures + 1)
                                    else disabled_reason end
           where tenant_id = $1 and id = $2
           returning enabled)
         select prev.enabled and not u.enabled as disabled from prev, u`,
        [tenantId, a.endpointId, a.ok, a.disableAfter],
      );
      // A disabled endpoint's queue stops: pending deliveries stay in the log, for replay.
      if (ep?.disabled) await failPending(m, tenantId, a.endpointId);
      return ep?.disabled ?? false;
    });
  }

  /**
   * Successes of one claimed batch in one transaction (the common case, so the cost of a
   * delivery is its HTTP call, not three statements of bookkeeping each).
   */
  recordSuccesses(
    ctx: TenantScope,
    done: {
      id: string;
      deliveryId: string;
      endpointId: string;
      status: number;
      durationMs: number;
    }[],
  ): Promise<void> {
    if (!done.length) return Promise.resolve();
    return this.run(ctx, async (m, tenantId) => {
      const rows = JSON.stringify(
        done.map((d) => ({
          id: d.id,
          delivery_id: d.deliveryId,
          status: d.status,
          duration_ms: d.durationMs,
        })),
      );
      await m.query(
        `insert into webhook_attempts (tenant_id, id, delivery_id, status, duration_ms)
         select $1, r.id, r.delivery_id, r.status, r.duration_ms
           from jsonb_to_recordset($2::jsonb) as r(id uuid, delivery_id uuid, status int, duration_ms int)`,
        [tenantId, rows],
      );
      await m.query(
        `update webhook_deliveries d set attempts = d.attempts + 1, last_status = r.status,
                last_error = null, status = 'succeeded', delivered_at = now(), next_attempt_at = null
           from jsonb_to_recordset($2::jsonb) as r(delivery_id uuid, status int)
          where d.tenant_id = $1 and d.id = r.delivery_id`,
        [tenantId, rows],
      );
      await m.query(
        `update webhook_endpoints set consecutive_failures = 0
          where tenant_id = $1 and id = any($2::uuid[]) and consecutive_failures <> 0`,
        [tenantId, [...new Set(done.map((d) => d.endpointId))]],
      );
    });
  }

  stopQueue(ctx: TenantScope, endpointId: string): Promise<void> {
    return this.run(ctx, (m, tenantId) => failPending(m, tenantId, endpointId));
  }

  /** Lowers the tenant's doorbell to its next due delivery, unless someone rang since `bell`. */
  settleBell(ctx: TenantScope, bell: string): Promise<void> {
    return this.run(ctx, async (m, tenantId) => {
      await m.query(
        `update webhook_due set due_at = coalesce(
           (select min(next_attempt_at) from webhook_deliveries
             where tenant_id = $1 and status = 'pending'), 'infinity')
          where tenant_id = $1 and bell = $2::bigint`,
        [tenantId, bell],
      );
    });
  }
}

async function failPending(m: EntityManager, tenantId: string, endpointId: string) {
  await m.query(
    `update webhook_deliveries set status = 'failed', next_attempt_at = null,
            last_error = coalesce(last_error, 'endpoint disabled')
      where tenant_id = $1 and endpoint_id = $2 and status = 'pending'`,
    [tenantId, endpointId],
  );
}

/** Marks the tenant as having deliveries due now (in the caller's transaction). */
async function ring(m: EntityManager, tenantId: string): Promise<void> {
  await m.query(
    `insert into webhook_due (tenant_id, due_at) values ($1, now())
     on conflict (tenant_id) do update
       set due_at = least(webhook_due.due_at, excluded.due_at), bell = webhook_due.bell + 1`,
    [tenantId],
  );
}
