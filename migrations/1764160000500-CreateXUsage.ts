import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * The X cost meter. Every call to X is logged once (global), what it cost is attributed to the
 * tenants it served (tenant rows), and a tenant's monthly budget pauses its X use when spent.
 * X bills a post read twice on one UTC day once, so billed reads are remembered per day.
 */
export class CreateXUsage1764160000500 implements MigrationInterface {
  name = 'CreateXUsage1764160000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table x_calls (
        id uuid primary key,
        endpoint text not null,
        auth text not null check (auth in ('app','user')),
        ok boolean not null,
        status integer,
        attempts integer not null,
        duration_ms integer not null,
        created_at timestamptz(3) not null default now()
      )`);
    await q.query(`create index x_calls_created_idx on x_calls (created_at)`);
    await q.query(`
      create table x_daily_reads (
        day date not null,
        kind text not null,
        object_id text not null,
        primary key (day, kind, object_id)
      )`);
    await q.query(`
      create table x_spend (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        call_id uuid not null references x_calls(id) on delete cascade,
        month date not null,
        capability text not null,
        seeker_id uuid,
        kind text not null,
        units integer not null check (units >= 0),
        cost_micros bigint not null check (cost_micros >= 0),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete set null (seeker_id)
      )`);
    await q.query(`create index x_spend_month_idx on x_spend (tenant_id, month, capability)`);
    await q.query(`
      create table x_budgets (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        monthly_budget_micros bigint not null check (monthly_budget_micros >= 0),
        paused_month date,
        updated_at timestamptz(3) not null default now(),
        primary key (tenant_id, id)
      )`);
    await q.query(`create unique index x_budgets_tenant_uq on x_budgets (tenant_id)`);
    for (const t of ['x_spend', 'x_budgets']) for (const s of tenantRls(t)) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table x_budgets`);
    await q.query(`drop table x_spend`);
    await q.query(`drop table x_daily_reads`);
    await q.query(`drop table x_calls`);
  }
}
