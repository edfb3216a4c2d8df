import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export type TopicKind = 'keyword' | 'hashtag' | 'query' | 'list';

export interface TopicRow {
  id: string;
  name: string;
  kind: TopicKind;
  value: string;
  seekerId: string | null;
  cohortId: string | null;
  watchId: string;
  sourceId: string;
  createdAt: Date;
}

export interface DayPost {
  id: string;
  username: string | null;
  createdAt: Date;
  text: string;
  urls: { url: string; expandedUrl: string | null }[];
  likes: number;
  reposts: number;
}

const TOPIC = `t.id, t.name, t.kind, t.value, t.seeker_id as "seekerId", t.cohort_id as "cohortId", t.watch_id as "watchId",
  w.source_id as "sourceId", t.created_at as "createdAt"`;

@Injectable()
export class TrendsRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  async insertTopic(
    ctx: TenantScope,
    t: {
      id: string;
      name: string;
      kind: TopicKind;
      value: string;
      seekerId: string | null;
      cohortId: string | null;
      watchId: string;
    },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into topics (tenant_id, id, name, kind, value, seeker_id, cohort_id, watch_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (tenant_id, kind, value, seeker_id, cohort_id) do update set name = excluded.name`,
        [tenantId, t.id, t.name, t.kind, t.value, t.seekerId, t.cohortId, t.watchId],
      ),
    );
  }

  async findTopic(ctx: TenantScope, id: string): Promise<TopicRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<TopicRow[]>(
        `select ${TOPIC} from topics t join x_watches w on w.tenant_id = t.tenant_id and w.id = t.watch_id
          where t.tenant_id = $1 and t.id = $2`,
        [tenantId, id],
      ),
    );
    return rows[0] ?? null;
  }

  async findTopicByKey(
    ctx: TenantScope,
    key: { kind: TopicKind; value: string; seekerId: string | null; cohortId: string | null },
  ): Promise<TopicRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<TopicRow[]>(
        `select ${TOPIC} from topics t join x_watches w on w.tenant_id = t.tenant_id and w.id = t.watch_id
          where t.tenant_id = $1 and t.kind = $2 and t.value = $3 and t.seeker_id is not distinct from $4
            and t.cohort_id is not distinct from $5`,
        [tenantId, key.kind, key.value, key.seekerId, key.cohortId],
      ),
    );
    return rows[0] ?? null;
  }

  /**
   * Organization-wide topics, those of the given seekers and of the cohorts they are in, and
   * those of the given cohorts.
   */
  topicsFor(
    ctx: TenantScope,
    seekerIds: readonly string[],
    cohortIds: readonly string[] = [],
  ): Promise<TopicRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<TopicRow[]>(
        `select ${TOPIC} from topics t join x_watches w on w.tenant_id = t.tenant_id and w.id = t.watch_id
          where t.tenant_id = $1 and (
                (t.seeker_id is null and t.cohort_id is null)
             or t.seeker_id = any($2::uuid[])
             or t.cohort_id = any($3::uuid[])
             or t.cohort_id in (select cm.cohort_id from cohort_members cm
                                 where cm.tenant_id = $1 and cm.seeker_id = any($2::uuid[])))
          order by t.created_at, t.id`,
        [tenantId, seekerIds, cohortIds],
      ),
    );
  }

  /** Removes the topic, and its watch when no other topic uses it: a watch left behind keeps
   * polling, billed. */
  async deleteTopic(ctx: TenantScope, id: string): Promise<void> {
    await this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<{ watchId: string }[]>(
        `with gone as (delete from topics where tenant_id = $1 and id = $2 returning watch_id)
         select watch_id as "watchId" from gone`,
        [tenantId, id],
      );
      if (!rows.length) return;
      await m.query(
        `delete from x_watches w where w.tenant_id = $1 and w.id = $2
            and not exists (select 1 from topics t where t.tenant_id = $1 and t.watch_id = $2)`,
        [tenantId, rows[0].watchId],
      );
    });
  }

  /** A source's posts per term and UTC day over [from, to). */
  async dailyCounts(
    ctx: TenantScope,
    sourceId: string,
    from: Date,
    to: Date,
  ): Promise<{ day: string; term: string; n: number }[]> {
    return this.run(ctx, (m) =>
      m.query(
        `select to_char(date_trunc('day', bucket at time zone 'UTC'), 'YYYY-MM-DD') as day, term, sum(n)::int as n
           from x_source_term_buckets
          where source_id = $1 and bucket >= $2 and bucket < $3
            and term in (select term from x_source_term_buckets
                          where source_id = $1 and bucket >= $2 and bucket < $3
                          group by term having sum(n) >= 5)
          group by 1, 2`,
        [sourceId, from, to],
      ),
    );
  }

  /** The source's posts of one UTC day (most engaging first), to show behind a burst. */
  postsOfDay(ctx: TenantScope, sourceId: string, day: string, limit = 3000): Promise<DayPost[]> {
    return this.run(ctx, (m) =>
      m.query(
        `select p.id::text as id, a.username, p.created_at as "createdAt", p.text, p.urls,
                coalesce((p.metrics->>'likes')::int, 0) as likes, coalesce((p.metrics->>'reposts')::int, 0) as reposts
           from x_source_posts sp join x_posts p on p.id = sp.post_id
           left join x_accounts a on a.id = p.author_id
          where sp.source_id = $1 and p.created_at >= ($2::date)::timestamp at time zone 'UTC'
            and p.created_at < ($2::date + 1)::timestamp at time zone 'UTC'
          order by coalesce((p.metrics->>'likes')::int, 0) + coalesce((p.metrics->>'reposts')::int, 0) desc, p.id desc
          limit $3`,
        [sourceId, day, limit],
      ),
    );
  }
}
