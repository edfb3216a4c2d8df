import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/** A tenant's job seekers and their licence (seats). */
export class CreateSeekers1764160000200 implements MigrationInterface {
  name = 'CreateSeekers1764160000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table licenses (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        plan text not null,
        seat_limit integer not null check (seat_limit >= 0),
        term_start date not null,
        term_end date not null check (term_end > term_start),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id)
      )`);
    // One licence per tenant; the unique key leads with tenant_id like every other.
    await q.query(`create unique index licenses_tenant_uq on licenses (tenant_id)`);
    await q.query(`
      create table seekers (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        name text not null,
        email citext not null,
        x_handle citext,
        headline text,
        target_roles text[] not null default '{}',
        industries text[] not null default '{}',
        locations text[] not null default '{}',
        career_stage text not null default 'exploring'
          check (career_stage in ('student','exploring','early_career','mid_career','senior','career_change','returning')),
        status text not null default 'invited' check (status in ('invited','active','archived')),
        activated_at timestamptz,
        archived_at timestamptz,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await q.query(`create unique index seekers_email_uq on seekers (tenant_id, email)`);
    await q.query(
      `create unique index seekers_x_handle_uq on seekers (tenant_id, x_handle) where x_handle is not null`,
    );
    await q.query(`create index seekers_page_idx on seekers (tenant_id, created_at, id)`);
    await q.query(`create index seekers_status_idx on seekers (tenant_id, status)`);
    for (const t of ['licenses', 'seekers']) for (const s of tenantRls(t)) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table seekers`);
    await q.query(`drop table licenses`);
  }
}
