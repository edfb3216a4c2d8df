import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Cost-based rate limits and idempotency keys.
 *
 * `rate_buckets` are leaky buckets (Shopify's model) shared by every api copy: a bucket's level
 * drains at its restore rate and each operation adds its cost; `rate_take` checks and charges all
 * of a request's buckets (its key or person, its tenant) in one call, under row locks taken in
 * key order so two requests never deadlock. The table is global: a bucket is keyed by an opaque
 * id and holds a number and a time, nothing of a tenant's data.
 *
 * `idempotency_keys` keep a mutation's response for 24 hours per tenant, caller and key, with a
 * hash of the request, so a retried request gets the first answer and a reused key with another
 * request is refused.
 */
export class CreateRateLimitsAndIdempotency1764160001730 implements MigrationInterface {
  name = 'CreateRateLimitsAndIdempotency1764160001730';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table rate_buckets (
        key text primary key check (length(key) <= 200),
        level double precision not null default 0,
        updated_at timestamptz not null default now()
      )`);
    await q.query(`create index rate_buckets_updated_idx on rate_buckets (updated_at)`);
    await q.query(`
      create function rate_take(p_keys text[], p_caps double precision[],
                                p_rates double precision[], p_cost double precision)
      returns table (ok boolean, retry_after double precision, available double precision[])
      language plpgsql as $$
      declare
        n int := coalesce(array_length(p_keys, 1), 0);
        lvl double precision;
        at timestamptz;
        drained double precision[] := '{}';
        wait double precision := 0;
        good boolean := true;
      begin
        insert into rate_buckets (key) select unnest(p_keys) on conflict do nothing;
        for i in 1..n loop
          select b.level, b.updated_at into lvl, at from rate_buckets b
           where b.key = p_keys[i] for update;
          lvl := greatest(0, lvl - p_rates[i] * extract(epoch from clock_timestamp() - at));
          drained := drained || lvl;
          if lvl + p_cost > p_caps[i] then
            good := false;
            wait := greatest(wait, (lvl + p_cost - p_caps[i]) / p_rates[i]);
          end if;
        end loop;
        for i in 1..n loop
          update rate_buckets set level = drained[i] + case when good then p_cost else 0 end,
                                  updated_at = clock_timestamp()
           where key = p_keys[i];
        end loop;
        return query select good, wait,
          array(select p_caps[i] - (drained[i] + case when good then p_cost else 0 end)
                  from generate_series(1, n) i);
      end $$`);
    await q.query(`
      create table idempotency_keys (
        tenant_id uuid not null references tenants(id) on delete cascade,
        caller text not null,
        key text not null check (length(key) between 1 and 255),
        request_hash text not null,
        status text not null default 'running' check (status in ('running','done')),
        response jsonb,
        http_status integer,
        created_at timestamptz(3) not null default now(),
        expires_at timestamptz(3) not null,
        primary key (tenant_id, caller, key)
      )`);
    await q.query(
      `create index idempotency_keys_expiry_idx on idempotency_keys (tenant_id, expires_at)`,
    );
    for (const s of tenantRls('idempotency_keys')) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table idempotency_keys`);
    await q.query(
      `drop function rate_take(text[], double precision[], double precision[], double precision)`,
    );
    await q.query(`drop table rate_buckets`);
  }
}
