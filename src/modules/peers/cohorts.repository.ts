import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export interface CohortRow {
  id: string;
  name: string;
  field: string | null;
  termStart: string | null;
  termEnd: string | null;
  hashtag: string | null;
  stage: string | null;
  createdAt: Date;
}

export interface CheckInRow {
  id: string;
  cohortId: string;
  seekerId: string;
  week: string;
  goal: string;
  status: 'on_track' | 'done' | 'blocked' | 'missed';
  note: string | null;
  createdAt: Date;
}

export interface LinkRow {
  canonicalUrl: string;
  url: string;
  title: string | null;
  shares: number;
  sharerIds: string[];
  firstAt: Date;
  lastAt: Date;
}

export interface ActivityRow {
  kind: 'joined' | 'check_in' | 'link';
  seekerId: string | null;
  at: Date;
  detail: string;
}

/** What cohort suggestion and peer views need of a seeker who agreed to peer matching. */
export interface MatchableSeeker {
  id: string;
  name: string;
  careerStage: string;
  targetRoles: string[];
  headline: string | null;
  industries: string[];
  locations: string[];
  xHandle: string | null;
}

const COHORT = `id, name, field, to_char(term_start, 'YYYY-MM-DD') as "termStart",
  to_char(term_end, 'YYYY-MM-DD') as "termEnd", hashtag, stage, created_at as "createdAt"`;
const CHECK_IN = `id, cohort_id as "cohortId", seeker_id as "seekerId", to_char(week, 'YYYY-MM-DD') as week,
  goal, status, note, created_at as "createdAt"`;
const LINK = `canonical_url as "canonicalUrl", url, title, shares, sharer_ids::text[] as "sharerIds",
  first_at as "firstAt", last_at as "lastAt"`;
const MATCHABLE = `s.id, s.name, s.career_stage as "careerStage", s.target_roles as "targetRoles", s.headline,
  s.industries, s.locations, s.x_handle::text as "xHandle"`;

@Injectable()
export class CohortsRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  async insert(
    ctx: TenantScope,
    c: {
      id: string;
      name: string;
      field: string | null;
      termStart: string | null;
      termEnd: string | null;
      hashtag: string | null;
      stage: string | null;
    },
  ): Promise<CohortRow> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<CohortRow[]>(
        `insert into cohorts (tenant_id, id, name, field, term_start, term_end, hashtag, stage)
         values ($1, $2, $3, $4, $5::date, $6::date, $7, $8) returning ${COHORT}`,
        [tenantId, c.id, c.name, c.field, c.termStart, c.termEnd, c.hashtag, c.stage],
      );
      return rows[0];
    });
  }

  async find(ctx: TenantScope, id: string): Promise<CohortRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<CohortRow[]>(`select ${COHORT} from cohorts where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
    return rows[0] ?? null;
  }

  list(
    ctx: TenantScope,
    after: { createdAt: Date; id: string } | null,
    limit: number,
  ): Promise<CohortRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<CohortRow[]>(
        `select ${COHORT} from cohorts
          where tenant_id = $1 and ($2::timestamptz is null or (created_at, id) > ($2, $3::uuid))
          order by created_at, id limit $4`,
        [tenantId, after?.createdAt ?? null, after?.id ?? null, limit],
      ),
    );
  }

  async addMember(ctx: TenantScope, cohortId: string, seekerId: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into cohort_members (tenant_id, cohort_id, seeker_id) values ($1, $2, $3)
         on conflict do nothing`,
        [tenantId, cohortId, seekerId],
      ),
    );
  }

  async removeMember(ctx: TenantScope, cohortId: string, seekerId: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `delete from cohort_members where tenant_id = $1 and cohort_id = $2 and seeker_id = $3`,
        [tenantId, cohortId, seekerId],
      ),
    );
  }

  async memberIds(ctx: TenantScope, cohortId: string): Promise<string[]> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ id: string }[]>(
        `select seeker_id as id from cohort_members where tenant_id = $1 and cohort_id = $2
          order by joined_at, seeker_id`,
        [tenantId, cohortId],
      ),
    );
    return rows.map((r) => r.id);
  }

  /** Cohorts the seeker belongs to (a seeker's own view). */
  cohortsOf(
    ctx: TenantScope,
    seekerId: string,
    after: { createdAt: Date; id: string } | null,
    limit: number,
  ): Promise<CohortRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<CohortRow[]>(
        `select ${COHORT} from cohorts c where tenant_id = $1 and exists (
           select from cohort_members cm where cm.tenant_id = c.tenant_id and cm.cohort_id = c.id
              and cm.seeker_id = $2)
            and ($3::timestamptz is null or (created_at, id) > ($3, $4::uuid))
          order by created_at, id limit $5`,
        [tenantId, seekerId, after?.createdAt ?? null, after?.id ?? null, limit],
      ),
    );
  }

  async isMember(ctx: TenantScope, cohortId: string, seekerId: string): Promise<boolean> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<{ ok: boolean }[]>(
        `select exists (select from cohort_members where tenant_id = $1 and cohort_id = $2
                          and seeker_id = $3) as ok`,
        [tenantId, cohortId, seekerId],
      ),
    );
    return row.ok;
  }

  /** Active seekers with a standing peer_matching consent (optionally only these ids). */
  matchable(ctx: TenantScope, ids: readonly string[] | null = null): Promise<MatchableSeeker[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<MatchableSeeker[]>(
        `select ${MATCHABLE} from seekers s
          where s.tenant_id = $1 and s.status = 'active'
            and ($2::uuid[] is null or s.id = any($2::uuid[]))
            and exists (select from consents c where c.tenant_id = s.tenant_id and c.seeker_id = s.id
                          and c.kind = 'peer_matching' and c.revoked_at is null)
          order by s.id`,
        [tenantId, ids],
      ),
    );
  }

  async upsertCheckIn(ctx: TenantScope, c: Omit<CheckInRow, 'createdAt'>): Promise<CheckInRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<CheckInRow[]>(
        `insert into cohort_checkins (tenant_id, id, cohort_id, seeker_id, week, goal, status, note)
         values ($1, $2, $3, $4, $5::date, $6, $7, $8)
         on conflict (tenant_id, cohort_id, seeker_id, week) do update
           set goal = excluded.goal, status = excluded.status, note = excluded.note
         returning ${CHECK_IN}`,
        [tenantId, c.id, c.cohortId, c.seekerId, c.week, c.goal, c.status, c.note],
      ),
    );
    return row;
  }

  checkIns(ctx: TenantScope, cohortId: string, week: string | null): Promise<CheckInRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<CheckInRow[]>(
        `select ${CHECK_IN} from cohort_checkins
          where tenant_id = $1 and cohort_id = $2 and ($3::date is null or week = $3::date)
          order by week desc, created_at, id`,
        [tenantId, cohortId, week],
      ),
    );
  }

  /** Adds a shared link; the same page shared again (any tracking variant) counts once more. */
  async shareLink(
    ctx: TenantScope,
    l: {
      cohortId: string;
      canonicalUrl: string;
      url: string;
      title: string | null;
      seekerId: string;
    },
  ): Promise<LinkRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<LinkRow[]>(
        `insert into cohort_links (tenant_id, cohort_id, canonical_url, url, title, first_seeker_id, sharer_ids)
         values ($1, $2, $3, $4, $5, $6, array[$6::uuid])
         on conflict (tenant_id, cohort_id, canonical_url) do update
           set shares = cohort_links.shares + 1, last_at = now(),
               title = coalesce(cohort_links.title, excluded.title),
               sharer_ids = case when $6::uuid = any(cohort_links.sharer_ids) then cohort_links.sharer_ids
                                 else cohort_links.sharer_ids || $6::uuid end
         returning ${LINK}`,
        [tenantId, l.cohortId, l.canonicalUrl, l.url, l.title, l.seekerId],
      ),
    );
    return row;
  }

  links(ctx: TenantScope, cohortId: string): Promise<LinkRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<LinkRow[]>(
        `select ${LINK} from cohort_links where tenant_id = $1 and cohort_id = $2
          order by shares desc, last_at desc, canonical_url`,
        [tenantId, cohortId],
      ),
    );
  }

  /** Links in members' own X posts (read with consent or imported), newest first. */
  memberPostLinks(
    ctx: TenantScope,
    cohortId: string,
    since: Date,
  ): Promise<{ seekerId: string; url: string; at: Date }[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<{ seekerId: string; url: string; at: Date }[]>(
        `select p.seeker_id as "seekerId", coalesce(u->>'expandedUrl', u->>'expanded_url', u->>'url') as url,
                p.posted_at as at
           from cohort_members cm
           join seeker_x_posts p on p.tenant_id = cm.tenant_id and p.seeker_id = cm.seeker_id
           cross join jsonb_array_elements(p.urls) u
          where cm.tenant_id = $1 and cm.cohort_id = $2 and p.posted_at >= $3
          order by p.posted_at desc limit 500`,
        [tenantId, cohortId, since],
      ),
    );
  }

  activity(ctx: TenantScope, cohortId: string, limit: number): Promise<ActivityRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<ActivityRow[]>(
        `select * from (
           select 'joined' as kind, seeker_id as "seekerId", joined_at as at, '' as detail
             from cohort_members where tenant_id = $1 and cohort_id = $2
           union all
           select 'check_in', seeker_id, created_at, status || ': ' || goal
             from cohort_checkins where tenant_id = $1 and cohort_id = $2
           union all
           select 'link', first_seeker_id, last_at, coalesce(title, url)
             from cohort_links where tenant_id = $1 and cohort_id = $2
         ) a order by at desc limit $3`,
        [tenantId, cohortId, limit],
      ),
    );
  }
}
