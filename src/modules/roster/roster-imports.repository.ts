/**
 * The state of roster imports. A worker holds an import through a lease: `claim` gives it a fresh
 * token, and every later write (`hold`, `progress`, `complete`, `fail`, `release`) names that
 * token, so a worker whose lease was taken over by another writes nothing more.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DatabaseService } from '../../platform/database/database.service.js';
import type { TenantId, TenantScope } from '../../platform/database/context.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export type RowOutcome = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'INVALID' | 'DUPLICATE' | 'SEAT_LIMIT';

export interface ReportRow {
  line: number;
  externalId: string | null;
  outcome: RowOutcome;
  reason: string | null;
}

export interface RosterImportRow {
  id: string;
  dryRun: boolean;
  status: 'queued' | 'running' | 'completed' | 'failed';
  totalRows: number;
  doneRows: number;
  createdCount: number;
  updatedCount: number;
  invalidCount: number;
  seatRefusedCount: number;
  /** Filled once completed: the report so far is not shown (and not read on every poll). */
  report: ReportRow[];
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** A claimed import: where to resume and under which lease. */
export interface ClaimedImport extends RosterImportRow {
  leaseToken: string;
  drySeatsUsed: number | null;
}

export interface Progress {
  doneRows: number;
  createdCount: number;
  updatedCount: number;
  invalidCount: number;
  seatRefusedCount: number;
  drySeatsUsed: number | null;
}

const COLUMNS = `id, dry_run as "dryRun", status, total_rows as "totalRows", done_rows as "doneRows",
  created_count as "createdCount", updated_count as "updatedCount", invalid_count as "invalidCount",
  seat_refused_count as "seatRefusedCount",
  case when status = 'completed' then report else '[]'::jsonb end as report, error,
  created_at as "createdAt", finished_at as "finishedAt"`;

@Injectable()
export class RosterImportsRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  /** Stores a checked file as a queued import and rings the worker's doorbell. */
  insert(
    ctx: TenantScope,
    i: { id: string; requestedBy: string | null; dryRun: boolean; totalRows: number; file: Buffer },
  ): Promise<RosterImportRow> {
    return this.run(ctx, async (m, tenantId) => {
      const [row] = await m.query<RosterImportRow[]>(
        `insert into roster_imports (tenant_id, id, requested_by, dry_run, status, total_rows, file)
         values ($1, $2, $3, $4, 'queued', $5, $6) returning ${COLUMNS}`,
        [tenantId, i.id, i.requestedBy, i.dryRun, i.totalRows, i.file],
      );
      await m.query(
        `insert into roster_import_due (tenant_id) values ($1) on conflict (tenant_id) do nothing`,
        [tenantId],
      );
      return row;
    });
  }

  async one(ctx: TenantScope, id: string): Promise<RosterImportRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<RosterImportRow[]>(
        `select ${COLUMNS} from roster_imports where tenant_id = $1 and id = $2`,
        [tenantId, id],
      ),
    );
    return row ?? null;
  }

  // ---- the worker ----

  dueTenants(limit: number) {
    return this.db.global((m) =>
      m.query<{ tenantId: TenantId }[]>(
        `select tenant_id as "tenantId" from roster_import_due order by since limit $1`,
        [limit],
      ),
    );
  }

  /** Claims the oldest queued import, or a running one whose worker stopped renewing its lease. */
  async claim(ctx: TenantScope, token: string, leaseSeconds: number) {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<ClaimedImport[]>(
        `with c as (
           select id from roster_imports
            where tenant_id = $1 and (status = 'queued' or (status = 'running' and lease_until < now()))
            order by created_at, id limit 1 for update skip locked),
         u as (
           update roster_imports r set status = 'running', lease_token = $2,
                  lease_until = now() + make_interval(secs => $3),
                  -- Still running with its lease run out: its worker died (an orderly stop
                  -- hands the import back as queued).
                  takeovers = r.takeovers + case when r.status = 'running' then 1 else 0 end
             from c where r.tenant_id = $1 and r.id = c.id returning r.*)
         select ${COLUMNS}, lease_token as "leaseToken", dry_seats_used as "drySeatsUsed" from u`,
        [tenantId, token, leaseSeconds],
      ),
    );
    return row ?? null;
  }

  /** The stored file of an import this lease holds. */
  async file(ctx: TenantScope, id: string, token: string): Promise<Buffer | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<{ file: Buffer | null }[]>(
        `select file from roster_imports
          where tenant_id = $1 and id = $2 and status = 'running' and lease_token = $3`,
        [tenantId, id, token],
      ),
    );
    return row?.file ?? null;
  }

  /**
   * Locks the import for one chunk's transaction if this lease still holds it at `doneRows`;
   * false when another worker took it over (the caller then writes nothing of the chunk).
   */
  async hold(ctx: TenantScope, id: string, token: string, doneRows: number): Promise<boolean> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<unknown[]>(
        `select 1 from roster_imports
          where tenant_id = $1 and id = $2 and status = 'running' and lease_token = $3
            and done_rows = $4
          for update`,
        [tenantId, id, token, doneRows],
      ),
    );
    return rows.length === 1;
  }

  /** A chunk's progress and report, in the chunk's transaction; renews the lease. */
  async progress(
    ctx: TenantScope,
    id: string,
    token: string,
    firstRow: number,
    p: Progress,
    report: ReportRow[],
    leaseSeconds: number,
  ): Promise<void> {
    await this.run(ctx, async (m, tenantId) => {
      await m.query(
        `insert into roster_import_chunks (tenant_id, import_id, first_row, report)
         values ($1, $2, $3, $4::jsonb)`,
        [tenantId, id, firstRow, JSON.stringify(report)],
      );
      await m.query(
        `update roster_imports
            set done_rows = $4, created_count = $5, updated_count = $6, invalid_count = $7,
                seat_refused_count = $8, dry_seats_used = $9,
                lease_until = now() + make_interval(secs => $10)
          where tenant_id = $1 and id = $2 and lease_token = $3`,
        [
          tenantId,
          id,
          token,
          p.doneRows,
          p.createdCount,
          p.updatedCount,
          p.invalidCount,
          p.seatRefusedCount,
          p.drySeatsUsed,
          leaseSeconds,
        ],
      );
    });
  }

  /** Gathers the chunks' reports, in file order, into the import's report. */
  async complete(ctx: TenantScope, id: string, token: string): Promise<void> {
    await this.run(ctx, async (m, tenantId) => {
      // A CTE, because TypeORM hands back an UPDATE's RETURNING rows with its count, so an
      // update that matched nothing would still look done (and drop a live import's chunks).
      const done = await m.query<unknown[]>(
        `with u as (
           update roster_imports
              set status = 'completed', finished_at = now(), file = null, lease_token = null,
                  lease_until = null,
                  report = coalesce((
                    select jsonb_agg(x.entry order by c.first_row, x.n)
                      from roster_import_chunks c,
                           jsonb_array_elements(c.report) with ordinality as x(entry, n)
                     where c.tenant_id = $1 and c.import_id = $2), '[]'::jsonb)
            where tenant_id = $1 and id = $2 and status = 'running' and lease_token = $3
            returning 1)
         select 1 from u`,
        [tenantId, id, token],
      );
      if (done.length) await this.dropChunks(m, tenantId, id);
    });
  }

  /** A failed import keeps its counts; its partial report goes, as its file does. */
  async fail(ctx: TenantScope, id: string, token: string, error: string): Promise<void> {
    await this.run(ctx, async (m, tenantId) => {
      const done = await m.query<unknown[]>(
        `with u as (
           update roster_imports
              set status = 'failed', error = $4, finished_at = now(), file = null,
                  lease_token = null, lease_until = null
            where tenant_id = $1 and id = $2 and status = 'running' and lease_token = $3
            returning 1)
         select 1 from u`,
        [tenantId, id, token, error],
      );
      if (done.length) await this.dropChunks(m, tenantId, id);
    });
  }

  /**
   * Fails the imports whose worker died `limit` times already instead of claiming them again:
   * a file that kills the worker itself (memory, say) would otherwise be retried forever.
   */
  async failAbandoned(ctx: TenantScope, limit: number, error: string): Promise<number> {
    return this.run(ctx, async (m, tenantId) => {
      const ids = await m.query<{ id: string }[]>(
        `with u as (
           update roster_imports
              set status = 'failed', error = $3, finished_at = now(), file = null,
                  lease_token = null, lease_until = null
            where tenant_id = $1 and status = 'running' and lease_until < now()
              and takeovers >= $2
            returning id)
         select id from u`,
        [tenantId, limit, error],
      );
      for (const { id } of ids) await this.dropChunks(m, tenantId, id);
      return ids.length;
    });
  }

  private async dropChunks(m: EntityManager, tenantId: TenantId, id: string): Promise<void> {
    await m.query(`delete from roster_import_chunks where tenant_id = $1 and import_id = $2`, [
      tenantId,
      id,
    ]);
  }

  /**
   * Hands an import back at once (the worker is stopping), for the next worker to resume; queued
   * again, so the resumption is not counted as a takeover.
   */
  async release(ctx: TenantScope, id: string, token: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update roster_imports set status = 'queued', lease_token = null, lease_until = null
          where tenant_id = $1 and id = $2 and status = 'running' and lease_token = $3`,
        [tenantId, id, token],
      ),
    );
  }

  /** Drops the tenant's doorbell when nothing is left to run. */
  settle(ctx: TenantScope): Promise<void> {
    return this.run(ctx, async (m, tenantId) => {
      await m.query(
        `delete from roster_import_due where tenant_id = $1 and not exists (
           select 1 from roster_imports where tenant_id = $1 and status in ('queued','running'))`,
        [tenantId],
      );
    });
  }
}
