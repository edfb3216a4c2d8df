import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Roster imports run in the worker, durably: the api stores the checked file with the import
 * ('queued'), a worker claims it with a lease and records progress with each chunk's writes, so a
 * worker that dies mid-import is taken over at the next chunk. The file is cleared when the import
 * ends. Each chunk's report is a row of `roster_import_chunks` (one insert a chunk, where appending
 * to one growing document would rewrite it every time), gathered into the import's report when it
 * completes. `roster_import_due` is the worker's doorbell, as `bulk_export_due`: a tenant id and nothing
 * of its data.
 */
export class RosterImportsInWorker1764160002200 implements MigrationInterface {
  name = 'RosterImportsInWorker1764160002200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table roster_imports
        add column file bytea,
        add column lease_token uuid,
        add column lease_until timestamptz(3),
        add column dry_seats_used integer,
        add column takeovers integer not null default 0`);
    await q.query(`
      create table roster_import_chunks (
        tenant_id uuid not null,
        import_id uuid not null,
        first_row integer not null,
        report jsonb not null,
        primary key (tenant_id, import_id, first_row),
        foreign key (tenant_id, import_id) references roster_imports (tenant_id, id) on delete cascade
      )`);
    for (const s of tenantRls('roster_import_chunks')) await q.query(s);
    // Imports the api ran in memory before this have no file to resume from. Tenant by tenant,
    // since forced RLS hides every row from an owner that is not a superuser.
    await q.query(`
      do $$
      declare t uuid;
      begin
        for t in select id from tenants loop
          perform set_config('app.tenant_id', t::text, true);
          update roster_imports
             set status = 'failed', finished_at = now(),
                 error = 'The import stopped on an internal error; rows done so far are kept.'
           where tenant_id = t and status in ('queued','running');
        end loop;
        perform set_config('app.tenant_id', '', true);
      end $$`);
    await q.query(`
      create table roster_import_due (
        tenant_id uuid primary key references tenants(id) on delete cascade,
        since timestamptz(3) not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table roster_import_due`);
    await q.query(`drop table roster_import_chunks`);
    await q.query(`
      alter table roster_imports
        drop column takeovers, drop column dry_seats_used, drop column lease_until, drop column lease_token,
        drop column file`);
  }
}
