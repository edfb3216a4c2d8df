import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export interface SeatEventRow {
  seekerId: string | null;
  kind: 'taken' | 'freed';
  at: Date;
}

export interface CoachSeatRow {
  coachId: string | null;
  coachName: string | null;
  seekers: number;
  activeNow: number;
}

export interface OutcomeRow {
  capability: string;
  metric: string;
  seekers: number;
  events: number;
}

/**
 * Every activity the outcomes report counts: capability, metric, the seeker and the moment.
 * Counts only acts and pipeline stages; nothing about who a seeker is.
 */
const OUTCOME_EVENTS = `
  select 'research' as capability, 'companies targeted' as metric, seeker_id, created_at as at
    from seeker_targets where tenant_id = $1
  union all select 'trends', 'topics followed', seeker_id, created_at
    from topics where tenant_id = $1 and seeker_id is not null
  union all select 'mentorship', 'contacts reached out to', seeker_id, first_contact_at
    from mentor_contacts where tenant_id = $1 and first_contact_at is not null
  union all select 'mentorship', 'informational interviews held', c.seeker_id, i.starts_at
    from info_interviews i join mentor_contacts c on c.tenant_id = i.tenant_id and c.id = i.contact_id
   where i.tenant_id = $1 and i.status = 'held'
  union all select 'peers', 'cohort check-ins', seeker_id, created_at
    from cohort_checkins where tenant_id = $1
  union all select 'orgs', 'events and chats attended', seeker_id, created_at
    from org_attendance where tenant_id = $1
  union all select 'jobs', 'jobs saved', seeker_id, saved_at
    from job_applications where tenant_id = $1
  union all select 'jobs', 'applications sent', seeker_id, applied_at
    from job_applications where tenant_id = $1 and applied_at is not null
  union all select 'voice', 'drafts written', seeker_id, created_at
    from voice_drafts where tenant_id = $1
  union all select 'voice', 'posts published', seeker_id, posted_at
    from voice_drafts where tenant_id = $1 and posted_at is not null
  union all select 'pipeline', 'interviews', seeker_id, interviewing_at
    from job_applications where tenant_id = $1 and interviewing_at is not null
  union all select 'pipeline', 'offers', seeker_id, offer_at
    from job_applications where tenant_id = $1 and offer_at is not null
  union all select 'pipeline', 'offers accepted', seeker_id, coalesce(closed_at, updated_at)
    from job_applications where tenant_id = $1 and stage = 'accepted'`;

@Injectable()
export class ReportsRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  /** Seat events up to (not including) `until`, oldest first. */
  seatEvents(ctx: TenantScope, until: Date): Promise<SeatEventRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select seeker_id as "seekerId", kind, at from seat_events
          where tenant_id = $1 and at < $2 order by at, id`,
        [tenantId, until],
      ),
    );
  }

  /** Seekers per coach among `seekerIds`; a seeker with two coaches counts for both. */
  byCoach(ctx: TenantScope, seekerIds: string[]): Promise<CoachSeatRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select sc.membership_id as "coachId", u.name as "coachName",
                count(distinct s.id)::int as seekers,
                count(distinct s.id) filter (where s.status = 'active')::int as "activeNow"
           from seekers s
           left join seeker_coaches sc on sc.tenant_id = s.tenant_id and sc.seeker_id = s.id
           left join memberships mb on mb.tenant_id = sc.tenant_id and mb.id = sc.membership_id
           left join users u on u.id = mb.user_id
          where s.tenant_id = $1 and s.id = any($2::uuid[])
          group by sc.membership_id, u.name
          order by u.name nulls last`,
        [tenantId, seekerIds],
      ),
    );
  }

  activeSeats(ctx: TenantScope): Promise<number> {
    return this.run(ctx, async (m, tenantId) => {
      const [r] = await m.query<{ n: number }[]>(
        `select count(*)::int as n from seekers where tenant_id = $1 and status = 'active'`,
        [tenantId],
      );
      return r.n;
    });
  }

  cohortExists(ctx: TenantScope, cohortId: string): Promise<boolean> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<unknown[]>(
        `select 1 from cohorts where tenant_id = $1 and id = $2`,
        [tenantId, cohortId],
      );
      return rows.length > 0;
    });
  }

  /** Seekers in the report's population: all of the tenant's, or one cohort's members. */
  population(ctx: TenantScope, cohortId: string | null): Promise<number> {
    return this.run(ctx, async (m, tenantId) => {
      const [r] = await m.query<{ n: number }[]>(
        `select count(*)::int as n from seekers s where s.tenant_id = $1 and s.status <> 'invited'
            and ($2::uuid is null or exists (select 1 from cohort_members cm
                  where cm.tenant_id = s.tenant_id and cm.cohort_id = $2 and cm.seeker_id = s.id))`,
        [tenantId, cohortId],
      );
      return r.n;
    });
  }

  outcomes(
    ctx: TenantScope,
    from: Date,
    until: Date,
    cohortId: string | null,
  ): Promise<OutcomeRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `with ev as (${OUTCOME_EVENTS})
         select ev.capability, ev.metric, count(distinct ev.seeker_id)::int as seekers,
                count(*)::int as events
           from ev
          where ev.at >= $2 and ev.at < $3
            and ($4::uuid is null or exists (select 1 from cohort_members cm
                  where cm.tenant_id = $1 and cm.cohort_id = $4 and cm.seeker_id = ev.seeker_id))
          group by ev.capability, ev.metric`,
        [tenantId, from, until, cohortId],
      ),
    );
  }
}
