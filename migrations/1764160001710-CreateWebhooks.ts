import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Webhooks for integrators. An event is written once, in the transaction of the change that
 * caused it (so a rolled-back change sends nothing), with one delivery per subscribed endpoint;
 * each delivery keeps its id across retries and logs every attempt. `webhook_due` is the global
 * doorbell the worker reads to find tenants with deliveries due without scanning every tenant:
 * it holds a tenant id and a time, nothing of the tenant's data.
 */
export class CreateWebhooks1764160001710 implements MigrationInterface {
  name = 'CreateWebhooks1764160001710';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table webhook_endpoints (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        url text not null check (length(url) <= 2048),
        description text check (length(description) <= 500),
        events text[] not null check (cardinality(events) > 0),
        secret_enc text not null,
        previous_secret_enc text,
        previous_secret_until timestamptz(3),
        enabled boolean not null default true,
        disabled_at timestamptz(3),
        disabled_reason text,
        consecutive_failures integer not null default 0,
        created_by uuid,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now(),
        primary key (tenant_id, id)
      )`);
    await q.query(`
      create table webhook_events (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        type text not null,
        data jsonb not null,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id)
      )`);
    await q.query(`
      create table webhook_deliveries (
        tenant_id uuid not null,
        id uuid not null,
        endpoint_id uuid not null,
        event_id uuid not null,
        status text not null default 'pending'
          check (status in ('pending','succeeded','failed')),
        attempts integer not null default 0,
        next_attempt_at timestamptz(3),
        last_status integer,
        last_error text,
        redelivery_of uuid,
        delivered_at timestamptz(3),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, endpoint_id) references webhook_endpoints (tenant_id, id) on delete cascade,
        foreign key (tenant_id, event_id) references webhook_events (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index webhook_deliveries_due_idx on webhook_deliveries (tenant_id, next_attempt_at) where status = 'pending'`,
    );
    await q.query(
      `create index webhook_deliveries_endpoint_idx on webhook_deliveries (tenant_id, endpoint_id, created_at desc, id desc)`,
    );
    await q.query(
      `create index webhook_deliveries_event_idx on webhook_deliveries (tenant_id, event_id)`,
    );
    await q.query(`
      create table webhook_attempts (
        tenant_id uuid not null,
        id uuid not null,
        delivery_id uuid not null,
        at timestamptz(3) not null default now(),
        status integer,
        error text,
        duration_ms integer not null,
        primary key (tenant_id, id),
        foreign key (tenant_id, delivery_id) references webhook_deliveries (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index webhook_attempts_delivery_idx on webhook_attempts (tenant_id, delivery_id, at)`,
    );
    for (const t of [
      'webhook_endpoints',
      'webhook_events',
      'webhook_deliveries',
      'webhook_attempts',
    ])
      for (const s of tenantRls(t)) await q.query(s);
    await q.query(`
      create table webhook_due (
        tenant_id uuid primary key references tenants(id) on delete cascade,
        due_at timestamptz(3) not null,
        -- Rung by every new delivery: the worker lowers the bell only if no one rang meanwhile.
        bell bigint not null default 0
      )`);
    await q.query(`create index webhook_due_at_idx on webhook_due (due_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table webhook_due`);
    await q.query(`drop table webhook_attempts`);
    await q.query(`drop table webhook_deliveries`);
    await q.query(`drop table webhook_events`);
    await q.query(`drop table webhook_endpoints`);
  }
}
