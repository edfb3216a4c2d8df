import { Injectable } from '@nestjs/common';
import { DatabaseService } from '../../platform/database/database.service.js';
import type { TenantId, TenantScope } from '../../platform/database/context.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';
import type { Cursor } from '../../platform/graphql/pagination.js';

export interface ExportRow {
  id: string;
  requestedByKind: string;
  requestedBy: string | null;
  include: string[];
  status: 'created' | 'running' | 'completed' | 'failed';
  objectCount: number;
  error: string | null;
  fileBytes: number | null;
  sha256: string | null;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  expiresAt: Date | null;
}

const COLUMNS = `id, requested_by_kind as "requestedByKind", requested_by as "requestedBy", include,
  status, object_count as "objectCount", error, file_bytes as "fileBytes", sha256,
  created_at as "createdAt", started_at as "startedAt", completed_at as "completedAt",
  expires_at as "expiresAt"`;

/** Rows streamed into an export, read a page at a time in id order. */
export interface SeekerExportRow {
  id: string;
  name: string;
  email: string;
  status: string;
  careerStage: string;
  targetRoles: string[];
  industries: string[];
  locations: string[];
  activatedAt: Date | null;
  createdAt: Date;
  coachIds: string[];
  applications: number;
  interviewing: number;
  offers: number;
  accepted: number;
  infoInterviewsHeld: number;
  postsPublished: number;
}

export interface ApplicationExportRow {
  id: string;
  seekerId: string;
  postingId: string | null;
  title: string;
  company: string | null;
  stage: string;
  savedAt: Date;
  appliedAt: Date | null;
  interviewingAt: Date | null;
  offerAt: Date | null;
  closedAt: Date | null;
  events: { from: string | null; to: string; at: string }[];
}

@Injectable()
export class BulkExportsRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  /** Creates an export unless the same client already has one queued or running. */
  insert(
    ctx: TenantScope,
    e: { id: string; kind: string; by: string | null; include: string[] },
  ): Promise<ExportRow | null> {
    return this.run(ctx, async (m, tenantId) => {
      // One at a time per client: the lock orders concurrent requests of one tenant.
      await m.query(`select pg_advisory_xact_lock(hashtext('bulk_export:' || $1::text))`, [
        tenantId,
      ]);
      const [busy] = await m.query<{ id: string }[]>(
        `select id from bulk_exports where tenant_id = $1 and status in ('created','running')
            and requested_by_kind = $2 and requested_by is not distinct from $3 limit 1`,
        [tenantId, e.kind, e.by],
      );
      if (busy) return null;
      const [row] = await m.query<ExportRow[]>(
        `insert into bulk_exports (tenant_id, id, requested_by_kind, requested_by, include)
         values ($1, $2, $3, $4, $5) returning ${COLUMNS}`,
        [tenantId, e.id, e.kind, e.by, e.include],
      );
      await m.query(
        `insert into bulk_export_due (tenant_id) values ($1) on conflict (tenant_id) do nothing`,
        [tenantId],
      );
      return row;
    });
  }

  async one(ctx: TenantScope, id: string): Promise<ExportRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<ExportRow[]>(`select ${COLUMNS} from bulk_exports where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
    return row ?? null;
  }

  list(ctx: TenantScope, after: Cursor | null, limit: number) {
    return this.run(ctx, (m, tenantId) =>
      m.query<ExportRow[]>(
        `select ${COLUMNS} from bulk_exports where tenant_id = $1
            and ($2::timestamptz is null or (created_at, id) < ($2, $3::uuid))
          order by created_at desc, id desc limit $4`,
        [tenantId, after?.createdAt ?? null, after?.id ?? null, limit],
      ),
    );
  }

  async file(ctx: TenantScope, id: string): Promise<{ file: Buffer; expiresAt: Date } | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<{ file: Buffer; expiresAt: Date }[]>(
        `select file, expires_at as "expiresAt" from bulk_exports
          where tenant_id = $1 and id = $2 and status = 'completed' and file is not null`,
        [tenantId, id],
      ),
    );
    return row ?? null;
  }

  // ---- the worker ----

  dueTenants(limit: number) {
    return this.db.global((m) =>
      m.query<{ tenantId: TenantId }[]>(
        `select tenant_id as "tenantId" from bulk_export_due order by since limit $1`,
        [limit],
      ),
    );
  }

  /** Claims the oldest waiting export (or one whose worker died) with a lease. */
  async claim(ctx: TenantScope, leaseSeconds: number): Promise<ExportRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<ExportRow[]>(
        `with c as (
           select id from bulk_exports
            where tenant_id = $1 and (status = 'created' or (status = 'running' and lease_until < now()))
            order by created_at limit 1 for update skip locked),
         u as (
           update bulk_exports b set status = 'running', started_at = coalesce(started_at, now()),
                  lease_until = now() + make_interval(secs => $2)
             from c where b.tenant_id = $1 and b.id = c.id returning b.*)
         select ${COLUMNS} from u`,
        [tenantId, leaseSeconds],
      ),
    );
    return row ?? null;
  }

  /** Drops the tenant's doorbell when nothing is left to run. */
  settle(ctx: TenantScope): Promise<void> {
    return this.run(ctx, async (m, tenantId) => {
      await m.query(
        `delete from bulk_export_due where tenant_id = $1 and not exists (
           select 1 from bulk_exports where tenant_id = $1 and status in ('created','running'))`,
        [tenantId],
      );
    });
  }

  async complete(
    ctx: TenantScope,
    id: string,
    r: { file: Buffer; count: number; sha256: string; expiresAt: Date },
  ): Promise<ExportRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<ExportRow[]>(
        `with u as (
           update bulk_exports set status = 'completed', file = $3, file_bytes = $4, sha256 = $5,
                  object_count = $6, completed_at = now(), expires_at = $7, lease_until = null
            where tenant_id = $1 and id = $2 and status = 'running' returning *)
         select ${COLUMNS} from u`,
        [tenantId, id, r.file, r.file.length, r.sha256, r.count, r.expiresAt],
      ),
    );
    return row ?? null;
  }

  async fail(ctx: TenantScope, id: string, error: string): Promise<ExportRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<ExportRow[]>(
        `with u as (
           update bulk_exports set status = 'failed', error = $3, completed_at = now(), lease_until = null
            where tenant_id = $1 and id = $2 and status = 'running' returning *)
         select ${COLUMNS} from u`,
        [tenantId, id, error.slice(0, 500)],
      ),
    );
    return row ?? null;
  }

  /** Frees the space of expired files (the row stays, as history). */
  purgeExpired(ctx: TenantScope): Promise<void> {
    return this.run(ctx, async (m, tenantId) => {
      await m.query(
        `update bulk_exports set file = null where tenant_id = $1 and expires_at < now() and file is not null`,
        [tenantId],
      );
    });
  }

  seekers(ctx: TenantScope, afterId: string | null, limit: number) {
    return this.run(ctx, (m, tenantId) =>
      m.query<SeekerExportRow[]>(
        `select s.id, s.name, s.email, s.status, s.career_stage as "careerStage",
                s.target_roles as "targetRoles", s.industries, s.locations,
                s.activated_at as "activatedAt", s.created_at as "createdAt",
                coalesce((select array_agg(sc.membership_id order by sc.membership_id) from seeker_coaches sc
                           where sc.tenant_id = s.tenant_id and sc.seeker_id = s.id), '{}') as "coachIds",
                (select count(*)::int from job_applications a where a.tenant_id = s.tenant_id and a.seeker_id = s.id) as applications,
                (select count(*)::int from job_applications a where a.tenant_id = s.tenant_id and a.seeker_id = s.id and a.interviewing_at is not null) as interviewing,
                (select count(*)::int from job_applications a where a.tenant_id = s.tenant_id and a.seeker_id = s.id and a.offer_at is not null) as offers,
                (select count(*)::int from job_applications a where a.tenant_id = s.tenant_id and a.seeker_id = s.id and a.stage = 'accepted') as accepted,
                (select count(*)::int from info_interviews i join mentor_contacts c on c.tenant_id = i.tenant_id and c.id = i.contact_id
                  where i.tenant_id = s.tenant_id and c.seeker_id = s.id and i.status = 'held') as "infoInterviewsHeld",
                (select count(*)::int from voice_drafts d where d.tenant_id = s.tenant_id and d.seeker_id = s.id and d.status = 'posted') as "postsPublished"
           from seekers s
          where s.tenant_id = $1 and ($2::uuid is null or s.id > $2)
          order by s.id limit $3`,
        [tenantId, afterId, limit],
      ),
    );
  }

  applications(ctx: TenantScope, seekerIds: readonly string[]) {
    return this.run(ctx, (m, tenantId) =>
      m.query<ApplicationExportRow[]>(
        `select a.id, a.seeker_id as "seekerId", a.posting_id as "postingId", a.title, a.company, a.stage,
                a.saved_at as "savedAt", a.applied_at as "appliedAt", a.interviewing_at as "interviewingAt",
                a.offer_at as "offerAt", a.closed_at as "closedAt",
                coalesce((select jsonb_agg(jsonb_build_object('from', e.from_stage, 'to', e.to_stage, 'at', e.at) order by e.at, e.id)
                            from job_application_events e
                           where e.tenant_id = a.tenant_id and e.application_id = a.id), '[]') as events
           from job_applications a
          where a.tenant_id = $1 and a.seeker_id = any($2::uuid[])
          order by a.seeker_id, a.saved_at, a.id`,
        [tenantId, seekerIds],
      ),
    );
  }
}
