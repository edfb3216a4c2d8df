import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export interface SeekerActivity {
  seekerId: string;
  companiesTargeted: number;
  companiesResearched: number;
  outreachMoves30d: number;
  checkIns30d: number;
  eventsJoined: number;
  openApplications: number;
  /** Job matches of the last 7 days not dismissed: the openings a coach has yet to look at. */
  newJobMatches: number;
  /** Furthest stage among open applications; null without any. */
  pipelineStage: string | null;
  pipelineChangedAt: Date | null;
  consents: string[];
  xConnected: boolean;
  lastActivityAt: Date | null;
}

export interface TrailPost {
  seekerId: string;
  id: string;
  text: string;
  postedAt: Date | null;
  isReply: boolean;
  isRepost: boolean;
}

const OPEN = `('saved','applied','interviewing','offer')`;

/** One statement per question over the whole caseload: the dashboard must stay fast at 200. */
@Injectable()
export class CaseloadRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  activity(ctx: TenantScope, seekerIds: readonly string[]): Promise<SeekerActivity[]> {
    if (!seekerIds.length) return Promise.resolve([]);
    return this.run(ctx, (m, tenantId) =>
      m.query<SeekerActivity[]>(
        `with s as (select unnest($2::uuid[]) as id),
         ev as (
           select c.seeker_id, count(*) filter (where e.at > now() - interval '30 days')::int as n,
                  max(e.at) as last
             from outreach_events e join mentor_contacts c on c.tenant_id = e.tenant_id and c.id = e.contact_id
            where e.tenant_id = $1 and c.seeker_id = any($2::uuid[]) group by c.seeker_id),
         ck as (
           select seeker_id, count(*) filter (where created_at > now() - interval '30 days')::int as n,
                  max(created_at) as last
             from cohort_checkins where tenant_id = $1 and seeker_id = any($2::uuid[]) group by seeker_id),
         att as (
           select seeker_id, count(*)::int as n, max(created_at) as last
             from org_attendance where tenant_id = $1 and seeker_id = any($2::uuid[]) group by seeker_id),
         tg as (
           select t.seeker_id, count(*)::int as n,
                  count(d.company_id)::int as researched, max(t.created_at) as last
             from seeker_targets t left join company_dossiers d
               on d.tenant_id = t.tenant_id and d.company_id = t.company_id
            where t.tenant_id = $1 and t.seeker_id = any($2::uuid[]) group by t.seeker_id),
         ap as (
           select seeker_id, count(*) filter (where stage in ${OPEN})::int as open,
                  (array_agg(stage order by array_position(array['saved','applied','interviewing','offer'], stage) desc)
                     filter (where stage in ${OPEN}))[1] as stage,
                  max(updated_at) filter (where stage in ${OPEN}) as changed,
                  max(updated_at) as last
             from job_applications where tenant_id = $1 and seeker_id = any($2::uuid[]) group by seeker_id),
         jm as (
           select seeker_id, count(*)::int as n
             from job_matches where tenant_id = $1 and seeker_id = any($2::uuid[])
              and dismissed_at is null and created_at > now() - interval '7 days'
            group by seeker_id),
         vd as (
           select seeker_id, max(updated_at) as last
             from voice_drafts where tenant_id = $1 and seeker_id = any($2::uuid[]) group by seeker_id),
         po as (
           select seeker_id, max(posted_at) as last
             from seeker_x_posts where tenant_id = $1 and seeker_id = any($2::uuid[]) group by seeker_id),
         co as (
           select seeker_id, array_agg(distinct kind) as kinds
             from consents where tenant_id = $1 and seeker_id = any($2::uuid[]) and revoked_at is null
            group by seeker_id),
         xc as (
           select distinct seeker_id from x_connections where tenant_id = $1 and seeker_id = any($2::uuid[]))
         select s.id as "seekerId",
                coalesce(tg.n, 0) as "companiesTargeted", coalesce(tg.researched, 0) as "companiesResearched",
                coalesce(ev.n, 0) as "outreachMoves30d", coalesce(ck.n, 0) as "checkIns30d",
                coalesce(att.n, 0) as "eventsJoined", coalesce(ap.open, 0) as "openApplications",
                coalesce(jm.n, 0) as "newJobMatches",
                ap.stage as "pipelineStage", ap.changed as "pipelineChangedAt",
                coalesce(co.kinds, '{}') as consents, xc.seeker_id is not null as "xConnected",
                nullif(greatest(coalesce(ev.last, '-infinity'), coalesce(ck.last, '-infinity'),
                  coalesce(att.last, '-infinity'), coalesce(tg.last, '-infinity'),
                  coalesce(ap.last, '-infinity'), coalesce(vd.last, '-infinity'),
                  coalesce(po.last, '-infinity')), '-infinity') as "lastActivityAt"
           from s left join ev on ev.seeker_id = s.id left join ck on ck.seeker_id = s.id
           left join att on att.seeker_id = s.id left join tg on tg.seeker_id = s.id
           left join ap on ap.seeker_id = s.id left join vd on vd.seeker_id = s.id
           left join po on po.seeker_id = s.id left join co on co.seeker_id = s.id
           left join xc on xc.seeker_id = s.id left join jm on jm.seeker_id = s.id`,
        [tenantId, seekerIds],
      ),
    );
  }

  /** Own posts of the last half year, for each seeker's voice trend. */
  recentPosts(ctx: TenantScope, seekerIds: readonly string[]): Promise<TrailPost[]> {
    if (!seekerIds.length) return Promise.resolve([]);
    return this.run(ctx, (m, tenantId) =>
      m.query<TrailPost[]>(
        `select seeker_id as "seekerId", post_id::text as id, text, posted_at as "postedAt",
                reply_to_post_id is not null as "isReply", repost_of_post_id is not null as "isRepost"
           from seeker_x_posts
          where tenant_id = $1 and seeker_id = any($2::uuid[]) and posted_at > now() - interval '183 days'`,
        [tenantId, seekerIds],
      ),
    );
  }

  pillars(
    ctx: TenantScope,
    seekerIds: readonly string[],
  ): Promise<{ seekerId: string; name: string; terms: string[] }[]> {
    if (!seekerIds.length) return Promise.resolve([]);
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select seeker_id as "seekerId", name, terms from voice_pillars
          where tenant_id = $1 and seeker_id = any($2::uuid[]) order by seeker_id, position`,
        [tenantId, seekerIds],
      ),
    );
  }
}
