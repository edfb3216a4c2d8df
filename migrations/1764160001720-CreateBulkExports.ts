import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Bulk exports for integrators: one asynchronous job writing the tenant's seekers, pipelines and
 * outcomes as JSONL (gzip), kept in the database so any api copy can serve the download, behind a
 * secret link (its hash stored) that expires.
 */
export class CreateBulkExports1764160001720 implements MigrationInterface {
  name = 'CreateBulkExports1764160001720';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table bulk_exports (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        requested_by_kind text not null,
        requested_by uuid,
        include text[] not null,
        status text not null default 'created'
          check (status in ('created','running','completed','failed')),
        lease_until timestamptz(3),
        object_count integer not null default 0,
        error text,
        file bytea,
        file_bytes integer,
        sha256 text,
        created_at timestamptz(3) not null default now(),
        started_at timestamptz(3),
        completed_at timestamptz(3),
        expires_at timestamptz(3),
        primary key (tenant_id, id)
      )`);
    await q.query(
      `create index bulk_exports_status_idx on bulk_exports (tenant_id, status, created_at)`,
    );
    for (const s of tenantRls('bulk_exports')) await q.query(s);
    // The doorbell for the worker, as webhook_due: a tenant id and nothing of its data.
    await q.query(`
      create table bulk_export_due (
        tenant_id uuid primary key references tenants(id) on delete cascade,
        since timestamptz(3) not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table bulk_export_due`);
    await q.query(`drop table bulk_exports`);
  }
}
