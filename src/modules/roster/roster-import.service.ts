/**
 * Roster CSV imports. The api checks the file whole before anything is stored (encoding, header,
 * row count) and stores it with the import, queued; the worker claims it with a lease and plans
 * and writes its rows in chunks of `chunkRows`, one transaction each, holding the licence lock so
 * seats are counted exactly. Each chunk's transaction also records the progress (rows done,
 * counts, the report so far) and renews the lease, so a worker that dies is taken over at the next
 * chunk, with no row written twice or lost. Per row, all or nothing: a row is created/updated and
 * activated together, or reported and left untouched. Rows beyond the free seats are reported
 * `SEAT_LIMIT`; the rows before them are kept (per-row, not all-or-nothing, so a 50,000-row term
 * roster is not lost to the last few students). Idempotent by external id.
 */
import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { v7 } from 'uuid';
import { systemScope, type TenantScope, type TxScope } from '../../platform/database/context.js';
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
import {
  type ClaimedImport,
  type Progress,
  type ReportRow,
  type RosterImportRow,
  RosterImportsRepository,
  type RowOutcome,
} from './roster-imports.repository.js';

export type { ReportRow, RosterImportRow, RowOutcome } from './roster-imports.repository.js';

/**
 * How long a claimed import stays a worker's without a committed chunk; a worker that dies is
 * replaced after this. A chunk of 1,000 rows takes about a second, and parsing a 32 MB file a few.
 */
const LEASE_SECONDS = 120;
const FAILED = 'The import stopped on an internal error; rows done so far are kept.';
/** Worker deaths an import survives; the next one fails it (see `failAbandoned`). */
export const MAX_TAKEOVERS = 3;
const ABANDONED =
  'The import stopped the worker several times; rows done so far are kept. Upload the rest of the file again, or split it.';

/** RUNNING, COMPLETED or FAILED: a queued import is, to its caller, running (not yet begun). */
export function publicStatus(status: RosterImportRow['status']): string {
  return status === 'queued' ? 'RUNNING' : status.toUpperCase();
}

interface Existing {
  id: string;
  externalId: string | null;
  email: string;
  name: string;
  cohort: string | null;
  status: string;
}

@Injectable()
export class RosterImportService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(RosterImportService.name);
  /** Rows per transaction; tests make it small to stop an import between chunks. */
  chunkRows = 1000;
  private stopping = false;
  private readonly rounds = new Set<Promise<number>>();

  constructor(
    private readonly repo: RosterImportsRepository,
    private readonly db: DatabaseService,
    private readonly tenants: TenantsService,
  ) {}

  /** A running import stops after its current chunk and is handed back for the next worker. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.rounds]);
  }

  /** Checks the file and queues the import; a bad file is refused before anything is stored. */
  async start(ctx: TenantScope, file: Buffer, dryRun: boolean): Promise<RosterImportRow> {
    let checks: RowCheck[];
    try {
      checks = checkRoster(parseRoster(decodeRoster(file)).records);
    } catch (err) {
      if (err instanceof RosterFileError) throw AppError.badInput(err.message, ['file']);
      throw err;
    }
    return this.repo.insert(ctx, {
      id: v7(),
      requestedBy: ctx.principal.kind === 'user' ? ctx.principal.membershipId : null,
      dryRun,
      totalRows: checks.length,
      file,
    });
  }

  find(ctx: TenantScope, id: string): Promise<RosterImportRow | null> {
    return this.repo.one(ctx, id);
  }

  // ---- the worker ----

  /** Runs every waiting import (and resumes those whose worker died); returns how many ran. */
  runDue(): Promise<number> {
    const round = this.runRound().finally(() => this.rounds.delete(round));
    this.rounds.add(round);
    return round;
  }

  private async runRound(): Promise<number> {
    let ran = 0;
    for (const { tenantId } of await this.repo.dueTenants(20)) {
      const ctx = systemScope(tenantId, 'roster import');
      await this.repo.failAbandoned(ctx, MAX_TAKEOVERS, ABANDONED);
      while (!this.stopping) {
        const job = await this.repo.claim(ctx, v7(), LEASE_SECONDS);
        if (!job) break;
        await this.run(ctx, job);
        ran++;
      }
      await this.repo.settle(ctx);
    }
    return ran;
  }

  private async run(ctx: TenantScope, job: ClaimedImport): Promise<void> {
    const token = job.leaseToken;
    try {
      const file = await this.repo.file(ctx, job.id, token);
      // Checked when stored, so a file that no longer reads is damage, not the user's mistake.
      if (!file) throw new Error('the stored file is missing');
      const checks = checkRoster(parseRoster(decodeRoster(file)).records);
      const p: Progress = {
        doneRows: job.doneRows,
        createdCount: job.createdCount,
        updatedCount: job.updatedCount,
        invalidCount: job.invalidCount,
        seatRefusedCount: job.seatRefusedCount,
        drySeatsUsed: job.drySeatsUsed,
      };
      while (p.doneRows < checks.length) {
        if (this.stopping) {
          await this.repo.release(ctx, job.id, token);
          return;
        }
        const chunk = checks.slice(p.doneRows, p.doneRows + this.chunkRows);
        const held = await this.db.tx(ctx, async (tx) => {
          if (!(await this.repo.hold(tx, job.id, token, p.doneRows))) return false;
          const first = p.doneRows;
          const report = await this.chunk(tx, chunk, job.dryRun, p);
          p.doneRows += chunk.length;
          await this.repo.progress(tx, job.id, token, first, p, report, LEASE_SECONDS);
          return true;
        });
        // Another worker took the import over after our lease ran out; it resumes from the
        // last committed chunk.
        if (!held) return;
      }
      await this.repo.complete(ctx, job.id, token);
    } catch (err) {
      this.logger.error(`roster import ${job.id} failed: ${(err as Error).message}`);
      await this.repo.fail(ctx, job.id, token, FAILED);
    }
  }

  /**
   * Plans and (unless a dry run) writes one chunk; advances the counts in `p` and returns the
   * chunk's report. A dry run reserves seats only in `p.drySeatsUsed`, so its SEAT_LIMIT rows
   * match a real run's.
   */
  private async chunk(
    tx: TxScope,
    chunk: RowCheck[],
    dryRun: boolean,
    p: Progress,
  ): Promise<ReportRow[]> {
    const report: ReportRow[] = [];
    const license = await this.tenants.lockLicense(tx);
    let used = (dryRun ? p.drySeatsUsed : null) ?? (await this.tenants.countActiveSeats(tx));
    const ended = licenseEnded(license);
    const rows = chunk.filter((c): c is { ok: true; row: RosterRow } => c.ok).map((c) => c.row);
    const existing = await this.existing(tx, rows);
    const coaches = await this.coaches(tx, rows);
    const creates: RosterRow[] = [];
    const updates: { row: RosterRow; seeker: Existing }[] = [];
    const activate: string[] = [];
    for (const check of chunk) {
      if (!check.ok) {
        p.invalidCount += 1;
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
        if (outcome === 'SEAT_LIMIT') p.seatRefusedCount += 1;
        else p.invalidCount += 1;
        report.push({ line: row.line, externalId: row.externalId, outcome, reason });
      };
      if (byEmail && byEmail.id !== byId?.id && byEmail.externalId) {
        fail('INVALID', `The email belongs to another seeker (external id ${byEmail.externalId}).`);
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
        p.createdCount += 1;
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
        if (!same) p.updatedCount += 1;
        report.push({
          line: row.line,
          externalId: row.externalId,
          outcome: same ? 'UNCHANGED' : 'UPDATE',
          reason: null,
        });
      }
    }
    if (dryRun) {
      p.drySeatsUsed = used;
    } else {
      const newIds = await this.write(tx, creates, updates, activate);
      await this.linkCoaches(tx, creates, newIds, updates, coaches);
    }
    return report;
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
