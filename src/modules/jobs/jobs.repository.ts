import { Injectable } from '@nestjs/common';
import { simhash } from '@libs/text';
import type { EntityManager } from 'typeorm';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import type { StoredLinkState } from '../links/link-checks.repository.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';
import { dedupePostings, groupingOf, type DedupeItem, type Grouping } from './dedupe.js';

export type Stage =
  'saved' | 'applied' | 'interviewing' | 'offer' | 'accepted' | 'rejected' | 'withdrawn';

export interface PostingRow {
  id: string;
  title: string;
  seniority: string | null;
  company: string | null;
  companyHandle: string | null;
  location: string | null;
  workplace: 'remote' | 'hybrid' | 'on-site' | null;
  employmentType: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
  applyUrl: string | null;
  confidence: number;
  representativePostId: string;
  postCount: number;
  firstSeenAt: Date;
  lastSeenAt: Date;
  /** Null until the link is tracked. */
  applyLinkState: StoredLinkState | null;
  applyLinkHttpStatus: number | null;
  applyLinkFinalUrl: string | null;
  applyLinkReason: string | null;
  applyLinkCheckedAt: Date | null;
  /** The representative post's text (skills are found in it); null if that post is gone. */
  text: string | null;
}

export interface NewPosting {
  id: string;
  title: string;
  seniority: string | null;
  company: string | null;
  companyHandle: string | null;
  location: string | null;
  workplace: string | null;
  employmentType: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
  applyUrl: string | null;
  confidence: number;
  postId: string;
  authorId: string | null;
  recruiterHandle: string | null;
  createdAt: Date;
  /** The post's text, for near-duplicate grouping. */
  text: string;
}

export interface MatchRow {
  id: string;
  seekerId: string;
  postingId: string;
  score: number;
  reasons: string[];
  source: 'matched' | 'coach';
  dismissedAt: Date | null;
  createdAt: Date;
}

export interface ApplicationRow {
  id: string;
  seekerId: string;
  postingId: string | null;
  companyId: string | null;
  title: string;
  company: string | null;
  stage: Stage;
  contacts: string[];
  notes: string | null;
  savedAt: Date;
  appliedAt: Date | null;
  interviewingAt: Date | null;
  offerAt: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
}

export interface RecruiterRow {
  xAccountId: string;
  username: string;
  kind: string | null;
  score: number;
  companies: string[];
  reasons: string[];
  hiringPosts: number;
  lastPostAt: Date | null;
  /** Titles of the openings they posted, most recent first. */
  roles: string[];
}

const POSTING = `p.id, p.title, p.seniority, p.company, p.company_handle as "companyHandle", p.location,
  p.workplace, p.employment_type as "employmentType", p.salary_min::float8 as "salaryMin",
  p.salary_max::float8 as "salaryMax", p.salary_currency as "salaryCurrency",
  p.salary_period as "salaryPeriod", p.apply_url as "applyUrl", p.confidence,
  p.representative_post_id::text as "representativePostId", p.post_count as "postCount",
  p.first_seen_at as "firstSeenAt", p.last_seen_at as "lastSeenAt",
  l.state as "applyLinkState", l.http_status as "applyLinkHttpStatus",
  l.final_url as "applyLinkFinalUrl", l.reason as "applyLinkReason",
  l.checked_at as "applyLinkCheckedAt", rp.text`;
/** Postings with what is known of their apply link, and the text of the post that stands for them. */
const POSTINGS = `job_postings p left join link_checks l on l.url = p.apply_url
  left join x_posts rp on rp.id = p.representative_post_id`;
const MATCH = `m.id, m.seeker_id as "seekerId", m.posting_id as "postingId", m.score, m.reasons, m.source,
  m.dismissed_at as "dismissedAt", m.created_at as "createdAt"`;
const APPLICATION = `id, seeker_id as "seekerId", posting_id as "postingId", company_id as "companyId",
  title, company, stage, contacts, notes, saved_at as "savedAt", applied_at as "appliedAt",
  interviewing_at as "interviewingAt", offer_at as "offerAt", closed_at as "closedAt",
  updated_at as "updatedAt"`;
const RECRUITER = `r.x_account_id::text as "xAccountId", r.username, r.kind, r.score, r.companies,
  r.reasons, r.hiring_posts as "hiringPosts", r.last_post_at as "lastPostAt",
  array(select t.title from (select p.title, max(jp.created_at) as at
                               from job_posting_posts jp join job_postings p on p.id = jp.posting_id
                              where jp.author_id = r.x_account_id
                              group by p.title order by at desc nulls last limit 10) t) as roles`;

@Injectable()
export class JobsRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  // ---- the public layer (global), written inside the fan-out's transaction ----

  /** Posts of a batch with what extraction needs that fan-out does not carry. */
  async postDetails(
    m: EntityManager,
    ids: readonly string[],
  ): Promise<{ id: string; urls: string[]; isRepost: boolean }[]> {
    return m.query(
      `select id::text as id,
              coalesce((select array_agg(coalesce(u->>'expandedUrl', u->>'url'))
                          from jsonb_array_elements(urls) u), '{}') as urls,
              referenced @> '[{"type":"retweeted"}]' as "isRepost"
         from x_posts where id = any($1::bigint[])`,
      [ids],
    );
  }

  /**
   * Files a batch of job posts: each joins the posting of its opening or starts one, by the rules
   * of `dedupePostings` (same apply URL; else same title, company and place and a near-duplicate
   * text) applied to the batch together with the stored posts it could join. Returns the ids of
   * every posting the batch belongs to (to match for this tenant). A post already filed is
   * skipped, so a second tenant's fan-out of the same post changes nothing.
   *
   * Postings are never merged after the fact (tenants' matches and applications point at them):
   * a group that reaches two stored postings adds its new posts to the one with the apply URL,
   * else the oldest. A link-less posting that a linked post joins takes over its URL key.
   */
  async filePostings(m: EntityManager, items: NewPosting[]): Promise<string[]> {
    const touched = new Set<string>();
    const filed = await m.query<{ postId: string; postingId: string }[]>(
      `select post_id::text as "postId", posting_id as "postingId"
         from job_posting_posts where post_id = any($1::bigint[])`,
      [items.map((i) => i.postId)],
    );
    for (const f of filed) touched.add(f.postingId);
    const done = new Set(filed.map((f) => f.postId));
    const fresh = items.filter((i) => !done.has(i.postId));
    if (!fresh.length) return [...touched];

    const groupings = fresh.map((i) => ({ ...groupingOf(i), hash: simhash(i.text) }));
    const urls = [...new Set(groupings.flatMap((g) => (g.url ? [g.url] : [])))];
    const buckets = [...new Set(groupings.map((g) => g.bucket))];
    const stored = await m.query<
      {
        postId: string;
        postingId: string;
        authorId: string | null;
        createdAt: Date | null;
        urlKey: string | null;
        bucket: string;
        simhash: string;
      }[]
    >(
      `select jp.post_id::text as "postId", jp.posting_id as "postingId",
              jp.author_id::text as "authorId", jp.created_at as "createdAt",
              jp.url_key as "urlKey", jp.bucket, jp.simhash::text as simhash
         from job_posting_posts jp
        where jp.bucket = any($1::text[]) or jp.url_key = any($2::text[])`,
      [buckets, urls],
    );
    // Postings filed before posts kept their grouping are still found by their URL key.
    const byKey = new Map(
      (
        await m.query<{ id: string; dedupeKey: string }[]>(
          `select id, dedupe_key as "dedupeKey" from job_postings where dedupe_key = any($1::text[])`,
          [urls.map((u) => `url:${u}`)],
        )
      ).map((r) => [r.dedupeKey, r.id]),
    );

    const dedupeItems: DedupeItem[] = [
      ...stored.map((r) => ({
        postId: r.postId,
        authorId: r.authorId ?? '',
        createdAt: r.createdAt?.getTime() ?? 0,
        text: '',
        posting: { title: '', company: null, companyHandle: null, location: null, applyUrl: null },
        known: { url: r.urlKey, bucket: r.bucket, hash: BigInt.asUintN(64, BigInt(r.simhash)) },
      })),
      ...fresh.map((i, n) => ({
        postId: i.postId,
        authorId: i.authorId ?? '',
        createdAt: i.createdAt.getTime(),
        text: i.text,
        posting: i,
        known: groupings[n],
      })),
    ];
    const storedPosting = new Map(stored.map((r) => [r.postId, r.postingId]));
    const freshById = new Map(fresh.map((i, n) => [i.postId, { item: i, grouping: groupings[n] }]));

    for (const group of dedupePostings(dedupeItems)) {
      const news = group.postIds.flatMap((id) => {
        const f = freshById.get(id);
        return f ? [f] : [];
      });
      if (!news.length) continue;
      const url = group.key.startsWith('url:') ? group.key.slice(4) : null;
      // Stored postings of the group, oldest post first (postIds are in time order).
      const storedIds = [...new Set(group.postIds.flatMap((id) => storedPosting.get(id) ?? []))];
      const urlPosting = url ? byKey.get(`url:${url}`) : undefined;
      const lead = freshById.get(group.representative)?.item ?? news[0].item;
      let postingId: string;
      if (urlPosting) {
        postingId = urlPosting;
      } else if (storedIds.length) {
        postingId = storedIds[0];
        if (url) await this.takeUrlKey(m, postingId, url, lead);
      } else {
        // A link-less group's key names its first post: two openings with one title, company and
        // place whose texts differ are two postings.
        const key = url
          ? `url:${url}`
          : `tc:${group.key.slice(3).replace(/~\d+$/, '')}#${group.postIds[0]}`;
        postingId = await this.upsertPosting(m, key, lead);
        if (url) byKey.set(`url:${url}`, postingId);
      }
      touched.add(postingId);
      for (const { item, grouping } of news) {
        await this.addPost(m, postingId, item, grouping);
        storedPosting.set(item.postId, postingId);
      }
    }
    return [...touched];
  }

  private async upsertPosting(m: EntityManager, key: string, it: NewPosting): Promise<string> {
    const [posting] = await m.query<{ id: string }[]>(
      `insert into job_postings (id, dedupe_key, title, seniority, company, company_handle, location,
              workplace, employment_type, salary_min, salary_max, salary_currency, salary_period,
              apply_url, confidence, representative_post_id, post_count, first_seen_at, last_seen_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 0, $17, $17)
       on conflict (dedupe_key) do update set confidence = job_postings.confidence
       returning id`,
      [
        it.id,
        key,
        it.title,
        it.seniority,
        it.company,
        it.companyHandle,
        it.location,
        it.workplace,
        it.employmentType,
        it.salaryMin,
        it.salaryMax,
        it.salaryCurrency,
        it.salaryPeriod,
        it.applyUrl,
        it.confidence,
        it.postId,
        it.createdAt,
      ],
    );
    return posting.id;
  }

  /** A link-less posting that a linked post joined becomes that link's posting. */
  private async takeUrlKey(
    m: EntityManager,
    postingId: string,
    url: string,
    linked: NewPosting,
  ): Promise<void> {
    await m.query(
      `update job_postings set dedupe_key = $2, representative_post_id = $3
        where id = $1 and dedupe_key like 'tc:%'
          and not exists (select 1 from job_postings where dedupe_key = $2)`,
      [postingId, `url:${url}`, linked.postId],
    );
  }

  /** Adds a post to its posting; what the post states fills what the posting lacks. */
  private async addPost(
    m: EntityManager,
    postingId: string,
    it: NewPosting,
    g: Grouping & { hash: bigint },
  ): Promise<void> {
    const added = await m.query<{ post_id: string }[]>(
      `insert into job_posting_posts (posting_id, post_id, author_id, recruiter_handle, created_at,
              url_key, bucket, simhash)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing returning post_id`,
      [
        postingId,
        it.postId,
        it.authorId,
        it.recruiterHandle,
        it.createdAt,
        g.url,
        g.bucket,
        BigInt.asIntN(64, g.hash).toString(),
      ],
    );
    if (!added.length) return;
    await m.query(
      `update job_postings set
         post_count = post_count + 1,
         first_seen_at = least(first_seen_at, $2), last_seen_at = greatest(last_seen_at, $2),
         company = coalesce(company, $3), company_handle = coalesce(company_handle, $4),
         location = coalesce(location, $5), workplace = coalesce(workplace, $6),
         employment_type = coalesce(employment_type, $7),
         salary_min = coalesce(salary_min, $8), salary_max = coalesce(salary_max, $9),
         salary_currency = coalesce(salary_currency, $10),
         salary_period = coalesce(salary_period, $11),
         apply_url = coalesce(apply_url, $12), confidence = greatest(confidence, $13)
       where id = $1`,
      [
        postingId,
        it.createdAt,
        it.company,
        it.companyHandle,
        it.location,
        it.workplace,
        it.employmentType,
        it.salaryMin,
        it.salaryMax,
        it.salaryCurrency,
        it.salaryPeriod,
        it.applyUrl,
        it.confidence,
      ],
    );
  }

  /** What classification needs to know of the authors of job posts. */
  async authorBehaviour(
    m: EntityManager,
    authorIds: readonly string[],
  ): Promise<
    {
      id: string;
      username: string;
      description: string;
      posts: number;
      hiringPosts: number;
      companies: number;
      mentionsDm: number;
      lastPostAt: Date | null;
    }[]
  > {
    return m.query(
      `select a.id::text as id, a.username, coalesce(a.description, '') as description,
              coalesce((a.metrics->>'posts')::int, 0) as posts,
              (select count(*)::int from job_posting_posts jp where jp.author_id = a.id) as "hiringPosts",
              (select count(distinct coalesce(lower(substring(p.apply_url from '^https?://([^/:]+)')),
                                              lower(p.company), lower(p.company_handle), p.id::text))::int
                 from job_posting_posts jp join job_postings p on p.id = jp.posting_id
                where jp.author_id = a.id) as companies,
              (select count(*)::int from job_posting_posts jp join x_posts xp on xp.id = jp.post_id
                where jp.author_id = a.id
                  and xp.text ~* '\\m(dms?|direct message|message me|inbox me)\\M') as "mentionsDm",
              (select max(jp.created_at) from job_posting_posts jp where jp.author_id = a.id) as "lastPostAt"
         from x_accounts a where a.id = any($1::bigint[])`,
      [authorIds],
    );
  }

  async saveRecruiters(
    m: EntityManager,
    rows: (Omit<RecruiterRow, 'lastPostAt' | 'roles'> & {
      isRecruiter: boolean;
      lastPostAt: Date | null;
    })[],
  ): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `insert into job_recruiters (x_account_id, username, is_recruiter, kind, score, companies, reasons,
              hiring_posts, last_post_at, updated_at)
       select r.x_account_id, r.username, r.is_recruiter, r.kind, r.score, r.companies, r.reasons,
              r.hiring_posts, r.last_post_at, now()
         from jsonb_to_recordset($1::jsonb) as r(x_account_id bigint, username text, is_recruiter boolean,
              kind text, score real, companies text[], reasons text[], hiring_posts int, last_post_at timestamptz)
       on conflict (x_account_id) do update set username = excluded.username,
         is_recruiter = excluded.is_recruiter, kind = excluded.kind, score = excluded.score,
         companies = excluded.companies, reasons = excluded.reasons,
         hiring_posts = excluded.hiring_posts, last_post_at = excluded.last_post_at, updated_at = now()`,
      [
        JSON.stringify(
          rows.map((r) => ({
            x_account_id: r.xAccountId,
            username: r.username,
            is_recruiter: r.isRecruiter,
            kind: r.kind,
            score: r.score,
            companies: r.companies,
            reasons: r.reasons,
            hiring_posts: r.hiringPosts,
            last_post_at: r.lastPostAt,
          })),
        ),
      ],
    );
  }

  async postings(ctx: TenantScope, ids: readonly string[]): Promise<PostingRow[]> {
    if (!ids.length) return [];
    return this.run(ctx, (m) =>
      m.query<PostingRow[]>(`select ${POSTING} from ${POSTINGS} where p.id = any($1::uuid[])`, [
        ids,
      ]),
    );
  }

  /** Postings seen since `since`, newest first (the pool a new seeker is matched against). */
  recentPostings(ctx: TenantScope, since: Date, limit: number): Promise<PostingRow[]> {
    return this.run(ctx, (m) =>
      m.query<PostingRow[]>(
        `select ${POSTING} from ${POSTINGS} where p.last_seen_at >= $1
          order by p.last_seen_at desc limit $2`,
        [since, limit],
      ),
    );
  }

  /**
   * Postings seen since `since`, newest first, whose title, company (or its handle) or place
   * contains every word of the search. The window bounds the scan (`job_postings_seen_idx`),
   * so the text match needs no index of its own. `afterId` continues after that posting.
   */
  searchPostings(
    ctx: TenantScope,
    opts: {
      words: readonly string[];
      workplace: string | null;
      since: Date;
      limit: number;
      afterId: string | null;
    },
  ): Promise<PostingRow[]> {
    // LIKE's own wildcards in a search word are literal characters.
    const patterns = opts.words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return this.run(ctx, (m) =>
      m.query<PostingRow[]>(
        `select ${POSTING} from ${POSTINGS}
          where p.last_seen_at >= $1
            and ($2::text is null or p.workplace = $2)
            and not exists (
                  select 1 from unnest($3::text[]) w(pattern)
                   where concat_ws(' ', p.title, p.company, p.company_handle, p.location)
                         not ilike w.pattern)
            and ($4::uuid is null or (p.last_seen_at, p.id) <
                 (select c.last_seen_at, c.id from job_postings c where c.id = $4))
          order by p.last_seen_at desc, p.id desc limit $5`,
        [opts.since, opts.workplace, patterns, opts.afterId, opts.limit],
      ),
    );
  }

  /** The recruiters who posted these postings. */
  recruitersOf(
    ctx: TenantScope,
    postingIds: readonly string[],
  ): Promise<(RecruiterRow & { postingId: string })[]> {
    if (!postingIds.length) return Promise.resolve([]);
    return this.run(ctx, (m) =>
      m.query<(RecruiterRow & { postingId: string })[]>(
        `select distinct on (jp.posting_id, r.x_account_id) jp.posting_id as "postingId", ${RECRUITER}
           from job_posting_posts jp join job_recruiters r on r.x_account_id = jp.author_id
          where jp.posting_id = any($1::uuid[]) and r.is_recruiter
          order by jp.posting_id, r.x_account_id`,
        [postingIds],
      ),
    );
  }

  /** Recruiters active since `since`, most active first. */
  activeRecruiters(ctx: TenantScope, since: Date, limit: number): Promise<RecruiterRow[]> {
    return this.run(ctx, (m) =>
      m.query<RecruiterRow[]>(
        `select ${RECRUITER} from job_recruiters r
          where r.is_recruiter and r.last_post_at >= $1
          order by r.hiring_posts desc, r.last_post_at desc limit $2`,
        [since, limit],
      ),
    );
  }

  postingPosts(
    ctx: TenantScope,
    postingIds: readonly string[],
  ): Promise<
    { postingId: string; postId: string; username: string | null; contact: string | null }[]
  > {
    if (!postingIds.length) return Promise.resolve([]);
    return this.run(ctx, (m) =>
      m.query(
        `select jp.posting_id as "postingId", jp.post_id::text as "postId", a.username,
                jp.recruiter_handle as contact
           from job_posting_posts jp left join x_accounts a on a.id = jp.author_id
          where jp.posting_id = any($1::uuid[]) order by jp.created_at`,
        [postingIds],
      ),
    );
  }

  // ---- tenant layer ----

  async preferences(
    ctx: TenantScope,
    seekerIds: readonly string[],
  ): Promise<{ seekerId: string; skills: string[]; remote: string }[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select seeker_id as "seekerId", skills, remote from job_preferences
          where tenant_id = $1 and seeker_id = any($2::uuid[])`,
        [tenantId, seekerIds],
      ),
    );
  }

  async savePreferences(
    ctx: TenantScope,
    seekerId: string,
    p: { skills: string[]; remote: string },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into job_preferences (tenant_id, seeker_id, skills, remote) values ($1, $2, $3, $4)
         on conflict (tenant_id, seeker_id) do update set skills = excluded.skills,
           remote = excluded.remote, updated_at = now()`,
        [tenantId, seekerId, p.skills, p.remote],
      ),
    );
  }

  /** Active seekers with what matching reads. */
  activeSeekers(ctx: TenantScope): Promise<
    {
      id: string;
      targetRoles: string[];
      careerStage: string;
      locations: string[];
      skills: string[] | null;
      remote: string | null;
    }[]
  > {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select s.id, s.target_roles as "targetRoles", s.career_stage as "careerStage", s.locations,
                p.skills, p.remote
           from seekers s left join job_preferences p on p.tenant_id = s.tenant_id and p.seeker_id = s.id
          where s.tenant_id = $1 and s.status = 'active'`,
        [tenantId],
      ),
    );
  }

  async insertMatches(
    ctx: TenantScope,
    rows: {
      id: string;
      seekerId: string;
      postingId: string;
      score: number;
      reasons: string[];
      source: 'matched' | 'coach';
      pushedBy: string | null;
    }[],
  ): Promise<{ inserted: number; total: number; insertedIds: string[] }> {
    if (!rows.length) return { inserted: 0, total: 0, insertedIds: [] };
    return this.run(ctx, async (m, tenantId) => {
      const done = await m.query<{ id: string; inserted: boolean }[]>(
        `insert into job_matches (tenant_id, id, seeker_id, posting_id, score, reasons, source, pushed_by)
         select $1, r.id, r.seeker_id, r.posting_id, r.score, r.reasons, r.source, r.pushed_by
           from jsonb_to_recordset($2::jsonb) as r(id uuid, seeker_id uuid, posting_id uuid, score real,
                reasons text[], source text, pushed_by uuid)
         on conflict (tenant_id, seeker_id, posting_id) do update
           set source = case when excluded.source = 'coach' then 'coach' else job_matches.source end,
               pushed_by = coalesce(excluded.pushed_by, job_matches.pushed_by),
               dismissed_at = case when excluded.source = 'coach' then null else job_matches.dismissed_at end,
               -- Fresh reasons (new preferences, a coach's push); a coach's pick keeps its mark.
               score = excluded.score,
               reasons = case
                 when job_matches.source = 'coach' and excluded.source <> 'coach'
                   then array['Sent by your coach'] || array_remove(excluded.reasons, 'Sent by your coach')
                 else excluded.reasons end
         returning id, (xmax = 0) as inserted`,
        [
          tenantId,
          JSON.stringify(
            rows.map((r) => ({
              id: r.id,
              seeker_id: r.seekerId,
              posting_id: r.postingId,
              score: r.score,
              reasons: r.reasons,
              source: r.source,
              pushed_by: r.pushedBy,
            })),
          ),
        ],
      );
      const insertedIds = done.filter((r) => r.inserted).map((r) => r.id);
      return { inserted: insertedIds.length, total: done.length, insertedIds };
    });
  }

  /** Removes a seeker's found matches among `pool` that are no longer in `keep`. */
  async pruneMatches(
    ctx: TenantScope,
    seekerId: string,
    pool: readonly string[],
    keep: readonly string[],
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `delete from job_matches where tenant_id = $1 and seeker_id = $2 and source = 'matched'
            and posting_id = any($3::uuid[]) and not (posting_id = any($4::uuid[]))`,
        [tenantId, seekerId, pool, keep],
      ),
    );
  }

  /**
   * Best first: a coach's picks, then score, then newest. `afterId` continues after that match.
   * A posting whose apply link is known to be dead (the role was filled) is left out unless asked.
   */
  matchesOf(
    ctx: TenantScope,
    seekerId: string,
    opts: {
      since: Date | null;
      includeDismissed: boolean;
      includeClosed: boolean;
      limit: number;
      afterId: string | null;
    },
  ): Promise<MatchRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<MatchRow[]>(
        `select ${MATCH} from job_matches m
          where m.tenant_id = $1 and m.seeker_id = $2
            and ($3::timestamptz is null or m.created_at >= $3)
            and ($4 or m.dismissed_at is null)
            and ($5 or not exists (
                  select 1 from job_postings p join link_checks l on l.url = p.apply_url
                   where p.id = m.posting_id and l.state = 'broken'))
            and ($6::uuid is null or ((m.source = 'coach'), m.score, m.created_at, m.id) <
                 (select (c.source = 'coach'), c.score, c.created_at, c.id from job_matches c
                   where c.tenant_id = $1 and c.id = $6))
          order by (m.source = 'coach') desc, m.score desc, m.created_at desc, m.id desc limit $7`,
        [
          tenantId,
          seekerId,
          opts.since,
          opts.includeDismissed,
          opts.includeClosed,
          opts.afterId,
          opts.limit,
        ],
      ),
    );
  }

  async match(ctx: TenantScope, id: string): Promise<MatchRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<MatchRow[]>(
        `select ${MATCH} from job_matches m where m.tenant_id = $1 and m.id = $2`,
        [tenantId, id],
      ),
    );
    return rows[0] ?? null;
  }

  async dismissMatch(ctx: TenantScope, id: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(`update job_matches set dismissed_at = now() where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
  }

  async insertApplication(
    ctx: TenantScope,
    a: Pick<
      ApplicationRow,
      'id' | 'seekerId' | 'postingId' | 'companyId' | 'title' | 'company' | 'contacts' | 'notes'
    >,
    eventId: string,
    actor: string | null,
  ): Promise<ApplicationRow | null> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<ApplicationRow[]>(
        `insert into job_applications (tenant_id, id, seeker_id, posting_id, company_id, title, company,
                contacts, notes)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict do nothing returning ${APPLICATION}`,
        [
          tenantId,
          a.id,
          a.seekerId,
          a.postingId,
          a.companyId,
          a.title,
          a.company,
          a.contacts,
          a.notes,
        ],
      );
      if (!rows[0]) return null;
      await m.query(
        `insert into job_application_events (tenant_id, id, application_id, from_stage, to_stage, actor_membership_id)
         values ($1, $2, $3, null, 'saved', $4)`,
        [tenantId, eventId, a.id, actor],
      );
      return rows[0];
    });
  }

  async application(ctx: TenantScope, id: string, lock = false): Promise<ApplicationRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<ApplicationRow[]>(
        `select ${APPLICATION} from job_applications where tenant_id = $1 and id = $2 ${lock ? 'for update' : ''}`,
        [tenantId, id],
      ),
    );
    return rows[0] ?? null;
  }

  /** One seeker's pipeline, most recently changed first; `afterId` continues after that one. */
  applicationsPage(
    ctx: TenantScope,
    seekerId: string,
    opts: { limit: number; afterId: string | null },
  ): Promise<ApplicationRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<ApplicationRow[]>(
        `select ${APPLICATION} from job_applications a where tenant_id = $1 and seeker_id = $2
            and ($3::uuid is null or (a.updated_at, a.id) <
                 (select c.updated_at, c.id from job_applications c where c.tenant_id = $1 and c.id = $3))
          order by updated_at desc, id desc limit $4`,
        [tenantId, seekerId, opts.afterId, opts.limit],
      ),
    );
  }

  applicationsOf(ctx: TenantScope, seekerIds: readonly string[]): Promise<ApplicationRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<ApplicationRow[]>(
        `select ${APPLICATION} from job_applications where tenant_id = $1 and seeker_id = any($2::uuid[])
          order by updated_at desc, id`,
        [tenantId, seekerIds],
      ),
    );
  }

  async moveApplication(
    ctx: TenantScope,
    a: { id: string; from: Stage; to: Stage; note: string | null },
    eventId: string,
    actor: string | null,
  ): Promise<ApplicationRow> {
    return this.run(ctx, async (m, tenantId) => {
      const [row] = await m.query<ApplicationRow[]>(
        `with u as (
           update job_applications set stage = $3, updated_at = now(),
                  applied_at = case when $3 = 'applied' then coalesce(applied_at, now()) else applied_at end,
                  interviewing_at = case when $3 = 'interviewing' then coalesce(interviewing_at, now()) else interviewing_at end,
                  offer_at = case when $3 = 'offer' then coalesce(offer_at, now()) else offer_at end,
                  closed_at = case when $3 in ('accepted','rejected','withdrawn') then now() else closed_at end
            where tenant_id = $1 and id = $2 returning *)
         select ${APPLICATION} from u`,
        [tenantId, a.id, a.to],
      );
      await m.query(
        `insert into job_application_events (tenant_id, id, application_id, from_stage, to_stage, note, actor_membership_id)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [tenantId, eventId, a.id, a.from, a.to, a.note, actor],
      );
      return row;
    });
  }

  async updateApplication(
    ctx: TenantScope,
    id: string,
    patch: { notes?: string | null; contacts?: string[] | null; companyId?: string | null },
  ): Promise<ApplicationRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<ApplicationRow[]>(
        `with u as (
           update job_applications set
                  notes = case when $6 then $3 else notes end,
                  contacts = case when $8 then coalesce($4::text[], '{}') else contacts end,
                  company_id = case when $7 then $5::uuid else company_id end, updated_at = now()
            where tenant_id = $1 and id = $2 returning *)
         select ${APPLICATION} from u`,
        [
          tenantId,
          id,
          patch.notes ?? null,
          patch.contacts ?? null,
          patch.companyId ?? null,
          // A field given as null clears it; a field left out keeps its value.
          'notes' in patch,
          'companyId' in patch,
          'contacts' in patch,
        ],
      ),
    );
    return row;
  }

  eventsOf(
    ctx: TenantScope,
    applicationIds: readonly string[],
  ): Promise<
    {
      applicationId: string;
      fromStage: string | null;
      toStage: string;
      note: string | null;
      at: Date;
    }[]
  > {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select application_id as "applicationId", from_stage as "fromStage", to_stage as "toStage", note, at
           from job_application_events where tenant_id = $1 and application_id = any($2::uuid[])
          order by at, id`,
        [tenantId, applicationIds],
      ),
    );
  }

  /**
   * How many applications reached each stage, for the seekers given: a stage counts every
   * application that passed through it (an offer was also applied to), as funnels are read.
   */
  async funnel(
    ctx: TenantScope,
    seekerIds: readonly string[],
  ): Promise<
    Record<
      'saved' | 'applied' | 'interviewing' | 'offer' | 'accepted' | 'rejected' | 'withdrawn',
      number
    >
  > {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<Record<string, number>[]>(
        `select count(*)::int as saved,
                count(*) filter (where applied_at is not null or interviewing_at is not null or offer_at is not null or stage = 'accepted')::int as applied,
                count(*) filter (where interviewing_at is not null or offer_at is not null or stage = 'accepted')::int as interviewing,
                count(*) filter (where offer_at is not null or stage = 'accepted')::int as offer,
                count(*) filter (where stage = 'accepted')::int as accepted,
                count(*) filter (where stage = 'rejected')::int as rejected,
                count(*) filter (where stage = 'withdrawn')::int as withdrawn
           from job_applications where tenant_id = $1 and seeker_id = any($2::uuid[])`,
        [tenantId, seekerIds],
      ),
    );
    return row;
  }

  async seekerIdsOfCoach(ctx: TenantScope, membershipId: string): Promise<string[]> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ id: string }[]>(
        `select seeker_id as id from seeker_coaches where tenant_id = $1 and membership_id = $2`,
        [tenantId, membershipId],
      ),
    );
    return rows.map((r) => r.id);
  }
}
