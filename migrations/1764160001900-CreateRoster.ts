import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Student rosters from a university's directory: SCIM 2.0 provisioning (per-tenant bearer
 * tokens, stored as digests like API keys) and CSV roster imports. A seeker learns the directory's
 * keys (external id, SCIM userName) so a re-sent user or re-imported row updates, never duplicates.
 */
export class CreateRoster1764160001900 implements MigrationInterface {
  name = 'CreateRoster1764160001900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table seekers
        add column external_id text check (length(external_id) between 1 and 200),
        add column scim_user_name citext check (length(scim_user_name) between 1 and 320),
        add column roster_cohort text check (length(roster_cohort) between 1 and 200)`);
    await q.query(
      `create unique index seekers_external_id_uq on seekers (tenant_id, external_id) where external_id is not null`,
    );
    await q.query(
      `create unique index seekers_scim_user_name_uq on seekers (tenant_id, scim_user_name) where scim_user_name is not null`,
    );
    await q.query(`
      create table scim_tokens (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        name text not null check (length(name) between 1 and 100),
        secret_hash bytea not null,
        created_by uuid,
        last_used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, created_by) references memberships (tenant_id, id) on delete set null (created_by)
      )`);
    await q.query(`create index scim_tokens_page_idx on scim_tokens (tenant_id, created_at, id)`);
    await q.query(`
      create table roster_imports (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        requested_by uuid,
        dry_run boolean not null,
        status text not null default 'queued'
          check (status in ('queued','running','completed','failed')),
        total_rows integer not null default 0,
        done_rows integer not null default 0,
        created_count integer not null default 0,
        updated_count integer not null default 0,
        invalid_count integer not null default 0,
        seat_refused_count integer not null default 0,
        report jsonb not null default '[]',
        error text,
        created_at timestamptz(3) not null default now(),
        finished_at timestamptz(3),
        primary key (tenant_id, id),
        foreign key (tenant_id, requested_by) references memberships (tenant_id, id) on delete set null (requested_by)
      )`);
    await q.query(
      `create index roster_imports_page_idx on roster_imports (tenant_id, created_at, id)`,
    );
    for (const t of ['scim_tokens', 'roster_imports'])
      for (const s of tenantRls(t)) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table roster_imports`);
    await q.query(`drop table scim_tokens`);
    await q.query(`drop index seekers_scim_user_name_uq`);
    await q.query(`drop index seekers_external_id_uq`);
    await q.query(
      `alter table seekers drop column roster_cohort, drop column scim_user_name, drop column external_id`,
    );
  }
}
