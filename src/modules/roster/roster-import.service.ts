/**
 * Roster CSV imports. The file is checked whole before anything is written (encoding, header,
 * row count); rows are then planned and written in chunks of CHUNK rows, one transaction each,
 * holding the licence lock so seats are counted exactly. Per row, all or nothing: a row is
 * created/updated and activated together, or reported and left untouched. Rows beyond the free
 * seats are reported `SEAT_LIMIT`; the rows before them are kept (per-row, not all-or-nothing,
 * so a 50,000-row term roster is not lost to the last few students). Idempotent by external id.
 */
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { v7 } from 'uuid';
import type { TenantScope, TxScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { licenseEnded, TenantsService } from '../tenants/tenants.service.js';
import {
  checkRoster,
  decodeRoster,
  parseRoster,
  type RosterRow,
  RosterFileError,
  type RowCheck,
} from './roster-csv.js';

const CHUNK = 1000;

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
  report: ReportRow[];
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const COLUMNS = `id, dry_run as "dryRun", status, total_rows as "totalRows", done_rows as "doneRows",
  created_count as "createdCount", updated_count as "updatedCount", invalid_count as "invalidCount",
  seat_refused_count as "seatRefusedCount", report, error, created_at as "createdAt",
  finished_at as "finishedAt"`;

interface Existing {
  id: string;
  externalId: string | null;
  email: string;
  name: string;
  cohort: string | null;
  status: string;
}

@Injectable()
export class RosterImportService implements OnApplicationShutdown {
  /** Imports running in this process, so tests and shutdown can wait for them. */
  readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly db: DatabaseService,
    private readonly tenants: TenantsService,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  /** Checks the file and starts the import; a bad file is refused before any row is stored. */
  async start(ctx: TenantScope, file: Buffer, dryRun: boolean): Promise<RosterImportRow> {
    let checks: RowCheck[];
    try {
      checks = checkRoster(parseRoster(decodeRoster(file)).records);
    } catch (err) {
      if (err instanceof RosterFileError) throw AppError.badInput(err.message, ['file']);
      throw err;
    }
    const id = v7();
    const requestedBy = ctx.principal.kind === 'user' ? ctx.principal.membershipId : null;
    await this.db.tx(ctx, (tx) =>
      tx.manager.query(
        `insert into roster_imports (tenant_id, id, requested_by, dry_run, status, total_rows)
         values ($1, $2, $3, $4, 'running', $5)`,
        [tx.tenantId, id, requestedBy, dryRun, checks.length],
      ),
    );
    const run = this.run(ctx, id, checks, dryRun)
      .catch(async (err: unknown) => {
        await this.db.tx(ctx, (tx) =>
          tx.manager.query(
            `update roster_imports set status = 'failed', error = $3, finished_at = now()
              where tenant_id = $1 and id = $2`,
            [
              tx.tenantId,
              id,
              'The import stopped on an internal error; rows done so far are kept.',
            ],
          ),
        );
        void err;
      })
      .finally(() => this.running.delete(id));
    this.running.set(id, run);
    return (await this.find(ctx, id))!;
  }

  find(ctx: TenantScope, id: string): Promise<RosterImportRow | null> {
    return this.db.tx(ctx, async (tx) => {
      const rows: RosterImportRow[] = await tx.manager.query(
        `select ${COLUMNS} from roster_imports where tenant_id = $1 and id = $2`,
        [tx.tenantId, id],
      );
      return rows[0] ?? null;
    });
  }

  private async run(
    ctx: TenantScope,
    id: string,
    checks: RowCheck[],
    dryRun: boolean,
  ): Promise<void> {
    const report: ReportRow[] = [];
    const counts = { created: 0, updated: 0, invalid: 0, seat: 0 };
    // A dry run reserves seats only in memory, so its SEAT_LIMIT rows match a real run's.
    let dryUsed: number | null = null;
    for (let i = 0; i < checks.length; i += CHUNK) {
      const chunk = checks.slice(i, i + CHUNK);
      await this.db.tx(ctx, async (tx) => {
        const license = await this.tenants.lockLicense(tx);
        let used = dryUsed ?? (await this.tenants.countActiveSeats(tx));
        const ended = licenseEnded(license);
        const rows = chunk.filter((c): c is { ok: true; row: RosterRow } => c.ok).map((c) => c.row);
        const existing = await this.existing(tx, rows);
        const coaches = await this.coaches(tx, rows);
        const creates: RosterRow[] = [];
        const updates: { row: RosterRow; seeker: Existing }[] = [];
        const activate: string[] = [];
        for (const check of chunk) {
          if (!check.ok) {
            counts.invalid += 1;
            const dup = check.reason.startsWith('Duplicate');
            report.push({
              line: check.line,
              externalId: check.externalId,
              outcome: dup ? 'DUPLICATE' : 'INVALID',
              reason: check.reason,
            });
            continue;
          }
          const row = check.row;
          const byId = existing.byExternalId.get(row.externalId);
          const byEmail = existing.byEmail.get(row.email);
          const fail = (outcome: RowOutcome, reason: string) => {
            if (outcome === 'SEAT_LIMIT') counts.seat += 1;
            else counts.invalid += 1;
            report.push({ line: row.line, externalId: row.externalId, outcome, reason });
          };
          if (byEmail && byEmail.id !== byId?.id && byEmail.externalId) {
            fail(
              'INVALID',
              `The email belongs to another seeker (external id ${byEmail.externalId}).`,
            );
            continue;
          }
          const coachId = row.coachEmail ? coaches.get(row.coachEmail) : undefined;
          if (row.coachEmail && !coachId) {
            fail('INVALID', `No owner, admin or coach with the email ${row.coachEmail}.`);
            continue;
          }
          const seeker = byId ?? byEmail;
          const needsSeat = !seeker || seeker.status !== 'active';
          if (needsSeat && (ended || used >= license.seatLimit)) {
            fail(
              'SEAT_LIMIT',
              ended
                ? `The licence term ended on ${license.termEnd}.`
                : `All ${license.seatLimit} seats are in use.`,
            );
            continue;
          }
          if (needsSeat) used += 1;
          if (!seeker) {
            creates.push(row);
            counts.created += 1;
            report.push({
              line: row.line,
              externalId: row.externalId,
              outcome: 'CREATE',
              reason: null,
            });
          } else {
            const same =
              !needsSeat &&
              seeker.externalId === row.externalId &&
              seeker.email === row.email &&
              seeker.name === row.name &&
              (row.cohort === null || seeker.cohort === row.cohort);
            updates.push({ row, seeker });
            if (needsSeat) activate.push(seeker.id);
            if (!same) counts.updated += 1;
            report.push({
              line: row.line,
              externalId: row.externalId,
              outcome: same ? 'UNCHANGED' : 'UPDATE',
              reason: null,
            });
          }
        }
        if (dryRun) {
          dryUsed = used;
        } else {
          const newIds = await this.write(tx, creates, updates, activate);
          await this.linkCoaches(tx, creates, newIds, updates, coaches);
        }
        await tx.manager.query(
          `update roster_imports set done_rows = $3, created_count = $4, updated_count = $5,
              invalid_count = $6, seat_refused_count = $7
            where tenant_id = $1 and id = $2`,
          [
            tx.tenantId,
            id,
            i + chunk.length,
            counts.created,
            counts.updated,
            counts.invalid,
            counts.seat,
          ],
        );
      });
    }
    await this.db.tx(ctx, (tx) =>
      tx.manager.query(
        `update roster_imports set status = 'completed', report = $3::jsonb, finished_at = now()
          where tenant_id = $1 and id = $2`,
        [tx.tenantId, id, JSON.stringify(report)],
      ),
    );
  }

  private async existing(tx: TxScope, rows: RosterRow[]) {
    const found: Existing[] = rows.length
      ? await tx.manager.query(
          `select id, external_id as "externalId", email::text as email, name,
                  roster_cohort as cohort, status
             from seekers
            where tenant_id = $1 and (external_id = any($2::text[]) or email = any($3::citext[]))
            for update`,
          [tx.tenantId, rows.map((r) => r.externalId), rows.map((r) => r.email)],
        )
      : [];
    return {
      byExternalId: new Map(found.filter((s) => s.externalId).map((s) => [s.externalId!, s])),
      byEmail: new Map(found.map((s) => [s.email.toLowerCase(), s])),
    };
  }

  /** Coach emails of the chunk → active owner/admin/coach memberships. */
  private async coaches(tx: TxScope, rows: RosterRow[]): Promise<Map<string, string>> {
    const emails = [...new Set(rows.map((r) => r.coachEmail).filter((e): e is string => !!e))];
    if (!emails.length) return new Map();
    const found: { email: string; id: string }[] = await tx.manager.query(
      `select lower(u.email::text) as email, m.id
         from memberships m join users u on u.id = m.user_id
        where m.tenant_id = $1 and m.status = 'active' and m.role in ('owner','admin','coach')
          and u.email = any($2::citext[])`,
      [tx.tenantId, emails],
    );
    return new Map(found.map((f) => [f.email, f.id]));
  }

  private async write(
    tx: TxScope,
    creates: RosterRow[],
    updates: { row: RosterRow; seeker: Existing }[],
    activate: string[],
  ): Promise<string[]> {
    const m: EntityManager = tx.manager;
    const ids = creates.map(() => v7());
    if (creates.length) {
      await m.query(
        `insert into seekers (tenant_id, id, name, email, career_stage, external_id, roster_cohort,
                              status, activated_at)
         select $1, id, name, email, 'student', external_id, cohort, 'active', now()
           from unnest($2::uuid[], $3::text[], $4::citext[], $5::text[], $6::text[])
             as r(id, name, email, external_id, cohort)`,
        [
          tx.tenantId,
          ids,
          creates.map((r) => r.name),
          creates.map((r) => r.email),
          creates.map((r) => r.externalId),
          creates.map((r) => r.cohort),
        ],
      );
    }
    if (updates.length) {
      await m.query(
        `update seekers s set name = r.name, email = r.email, external_id = r.external_id,
                roster_cohort = coalesce(r.cohort, s.roster_cohort), updated_at = now()
           from unnest($2::uuid[], $3::text[], $4::citext[], $5::text[], $6::text[])
             as r(id, name, email, external_id, cohort)
          where s.tenant_id = $1 and s.id = r.id`,
        [
          tx.tenantId,
          updates.map((u) => u.seeker.id),
          updates.map((u) => u.row.name),
          updates.map((u) => u.row.email),
          updates.map((u) => u.row.externalId),
          updates.map((u) => u.row.cohort),
        ],
      );
    }
    if (activate.length) {
      await m.query(
        `update seekers set status = 'active', activated_at = now(), archived_at = null
          where tenant_id = $1 and id = any($2::uuid[])`,
        [tx.tenantId, activate],
      );
      await m.query(
        `update memberships set status = 'active' where tenant_id = $1 and seeker_id = any($2::uuid[])`,
        [tx.tenantId, activate],
      );
    }
    return ids;
  }

  private async linkCoaches(
    tx: TxScope,
    creates: RosterRow[],
    newIds: string[],
    updates: { row: RosterRow; seeker: Existing }[],
    coaches: Map<string, string>,
  ): Promise<void> {
    const pairs: [string, string][] = [];
    creates.forEach((r, i) => {
      const c = r.coachEmail && coaches.get(r.coachEmail);
      if (c) pairs.push([newIds[i], c]);
    });
    for (const u of updates) {
      const c = u.row.coachEmail && coaches.get(u.row.coachEmail);
      if (c) pairs.push([u.seeker.id, c]);
    }
    if (!pairs.length) return;
    await tx.manager.query(
      `insert into seeker_coaches (tenant_id, seeker_id, membership_id)
       select $1, s, m from unnest($2::uuid[], $3::uuid[]) as r(s, m)
       on conflict do nothing`,
      [tx.tenantId, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
  }
}
