import { Injectable } from '@nestjs/common';
import { canonicalUrl, terms } from '@libs/text';
import type { XPost, XUser } from '@libs/x-client';
import type { EntityManager } from 'typeorm';
import { v7 } from 'uuid';
import type { TenantId, TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export type SourceKind = 'timeline' | 'query' | 'list';
export type SourceStatus =
  'pending' | 'ok' | 'running' | 'rate_limited' | 'retrying' | 'failed' | 'paused';

export interface SourceRow {
  id: string;
  kind: SourceKind;
  target: string;
  label: string;
  sinceId: string | null;
  runNewestId: string | null;
  runOldestId: string | null;
  runToken: string | null;
  status: SourceStatus;
  nextPollAt: Date;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  failures: number;
  postsIngested: number;
  backfillPosts: number | null;
}

const SOURCE = `id, kind, target, label, since_id::text as "sinceId", run_newest_id::text as "runNewestId",
  run_oldest_id::text as "runOldestId", run_token as "runToken", status, next_poll_at as "nextPollAt",
  last_polled_at as "lastPolledAt", last_success_at as "lastSuccessAt", last_error_code as "lastErrorCode",
  last_error_message as "lastErrorMessage", failures, posts_ingested::float8 as "postsIngested",
  backfill_posts as "backfillPosts"`;

/** Who a source serves, from the x_source_watches definer function (across tenants). */
export interface SourceWatch {
  tenantId: TenantId;
  watchId: string;
  capability: string;
  seekerId: string | null;
  cadenceSeconds: number;
}

/** Where a run stands after a page; null fields clear the run (caught up). */
export interface RunState {
  sinceId: string | null;
  runNewestId: string | null;
  runOldestId: string | null;
  runToken: string | null;
}

export interface WatchRow {
  id: string;
  sourceId: string;
  capability: string;
  seekerId: string | null;
  label: string | null;
  cadenceSeconds: number;
  fannedSeq: string;
  postsSeen: number;
  lastPostAt: Date | null;
  createdAt: Date;
  source: SourceRow;
}

export interface StoredPost {
  seq: string;
  id: string;
  authorId: string | null;
  createdAt: Date | null;
  text: string;
  lang: string | null;
  hashtags: string[];
  mentions: string[];
  authorUsername: string | null;
  authorName: string | null;
}

const POST = `p.id::text as id, p.author_id::text as "authorId", p.created_at as "createdAt", p.text, p.lang,
  p.hashtags, p.mentions, a.username as "authorUsername", a.name as "authorName"`;

/** Thrown inside a page transaction when another worker took the source: the page rolls back. */
export class LeaseLost extends Error {
  constructor(sourceId: string) {
    super(`lease on source ${sourceId} was taken over; this worker's page is discarded`);
  }
}

function postRecord(p: XPost) {
  return {
    id: p.id,
    author_id: p.authorId,
    created_at: p.createdAt,
    text: p.text,
    lang: p.lang,
    conversation_id: p.conversationId,
    in_reply_to_user_id: p.inReplyToUserId,
    referenced: p.referenced,
    hashtags: p.hashtags,
    mentions: p.mentions,
    urls: p.urls,
    metrics: p.metrics,
  };
}

function accountRecord(u: XUser) {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    description: u.description,
    location: u.location,
    url: u.url,
    created_at: u.createdAt,
    metrics: u.metrics,
  };
}

/** The distinct terms of a post: words and hashtags, plus its links, canonicalized. */
export function postTerms(p: Pick<XPost, 'text' | 'urls'>): Set<string> {
  const out = new Set(terms(p.text));
  for (const u of p.urls) {
    const canonical = canonicalUrl(u.expandedUrl ?? u.url);
    if (canonical && !/^https:\/\/t\.co\//.test(canonical)) out.add(`link:${canonical}`);
  }
  return out;
}

const byId = (a: { id: string }, b: { id: string }) =>
  BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0;

@Injectable()
export class IngestionRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  // ---- the public layer (global tables) ----

  /** The one source for this kind and target, made on first use. */
  async sourceFor(
    m: EntityManager,
    kind: SourceKind,
    target: string,
    label: string,
    backfillPosts: number | null = null,
  ) {
    const [row] = await m.query<{ id: string }[]>(
      `insert into x_sources (id, kind, target, label, backfill_posts) values ($1, $2, $3, $4, $5)
       on conflict (kind, target) do update set label = excluded.label,
         backfill_posts = nullif(greatest(coalesce(x_sources.backfill_posts, 0), coalesce(excluded.backfill_posts, 0)), 0)
       returning id`,
      [v7(), kind, target, label, backfillPosts],
    );
    return row.id;
  }

  /** An account the public layer saw recently under this handle (handles can change hands). */
  async recentAccount(username: string, maxAgeDays: number): Promise<XUser | null> {
    const rows = await this.db.global((m) =>
      m.query<{ id: string; username: string }[]>(
        `select id::text as id, username from x_accounts
          where lower(username) = lower($1) and updated_at > now() - make_interval(days => $2)
          order by updated_at desc limit 1`,
        [username, maxAgeDays],
      ),
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          username: row.username,
          name: row.username,
          description: null,
          location: null,
          createdAt: null,
          url: null,
          pinnedPostId: null,
          metrics: null,
        }
      : null;
  }

  /** Accounts the public layer knows, by X id (what Perch keeps of them). */
  async accountsById(ids: readonly string[]): Promise<XUser[]> {
    if (!ids.length) return [];
    const rows = await this.db.global((m) =>
      m.query<
        {
          id: string;
          username: string;
          name: string;
          description: string | null;
          location: string | null;
        }[]
      >(
        `select id::text as id, username, name, description, location from x_accounts where id = any($1::bigint[])`,
        [ids],
      ),
    );
    return rows.map((r) => ({
      ...r,
      createdAt: null,
      url: null,
      pinnedPostId: null,
      metrics: null,
    }));
  }

  /** Remembers accounts X described, so the next lookup of the handle costs nothing. */
  async saveAccounts(users: XUser[]): Promise<void> {
    if (!users.length) return;
    await this.db.global((m) =>
      m.query(
        `insert into x_accounts (id, username, name, description, location, url, created_at, metrics)
         select id, username, name, description, location, url, created_at, metrics
           from jsonb_to_recordset($1::jsonb) as r(id bigint, username text, name text, description text,
                location text, url text, created_at timestamptz, metrics jsonb)
         on conflict (id) do update set username = excluded.username, name = excluded.name,
           description = excluded.description, location = excluded.location, url = excluded.url,
           metrics = excluded.metrics, updated_at = now()`,
        [JSON.stringify([...users].sort(byId).map(accountRecord))],
      ),
    );
  }

  async source(id: string): Promise<SourceRow | null> {
    const rows = await this.db.global((m) =>
      m.query<SourceRow[]>(`select ${SOURCE} from x_sources where id = $1`, [id]),
    );
    return rows[0] ?? null;
  }

  /**
   * Takes the source for `ttlSeconds` unless another worker holds it; a dead worker's lease simply
   * runs out. A failed source is left alone until someone retries it.
   */
  async acquire(id: string, owner: string, ttlSeconds: number): Promise<SourceRow | null> {
    const rows = await this.db.global((m) =>
      m.query<SourceRow[]>(
        // TypeORM answers UPDATE … RETURNING with [rows, count]; a CTE makes it a plain SELECT.
        `with taken as (
           update x_sources set lease_owner = $2, lease_until = now() + make_interval(secs => $3),
                  status = 'running', last_polled_at = now()
            where id = $1 and status <> 'failed' and (lease_until is null or lease_until < now() or lease_owner = $2)
            returning *)
         select ${SOURCE} from taken`,
        [id, owner, ttlSeconds],
      ),
    );
    return rows[0] ?? null;
  }

  async watchesOf(sourceId: string): Promise<SourceWatch[]> {
    return this.db.global((m) =>
      m.query<SourceWatch[]>(
        `select tenant_id as "tenantId", watch_id as "watchId", capability, seeker_id as "seekerId",
                cadence_seconds as "cadenceSeconds"
           from x_source_watches($1)`,
        [sourceId],
      ),
    );
  }

  async dueSources(limit: number): Promise<string[]> {
    const rows = await this.db.global((m) =>
      m.query<{ id: string }[]>(`select x_due_sources as id from x_due_sources($1)`, [limit]),
    );
    return rows.map((r) => r.id);
  }

  /**
   * One page in one transaction: authors and posts upserted in id order (so concurrent pages never
   * deadlock), the source's posts recorded, and the run state moved — only while this worker still
   * holds the lease. Returns how many posts were new to the source.
   */
  async savePage(
    sourceId: string,
    owner: string,
    ttlSeconds: number,
    page: { posts: XPost[]; included: XPost[]; users: XUser[] },
    state: RunState,
  ): Promise<number> {
    const all = new Map<string, XPost>();
    for (const p of [...page.included, ...page.posts]) all.set(p.id, p);
    const posts = [...all.values()];
    const users = page.users;
    const sourcePosts = [...new Set(page.posts.map((p) => p.id))].sort((a, b) =>
      byId({ id: a }, { id: b }),
    );
    return this.db.global(async (m) => {
      const fresh = await this.upsertPublic(m, posts, users);
      let added = 0;
      if (sourcePosts.length) {
        const inserted = await m.query<{ post_id: string }[]>(
          `insert into x_source_posts (source_id, post_id)
           select $1, p from unnest($2::bigint[]) as p
           on conflict do nothing returning post_id`,
          [sourceId, sourcePosts],
        );
        added = inserted.length;
        await this.countBuckets(
          m,
          sourceId,
          inserted.map((r) => all.get(String(r.post_id))!),
        );
      }
      await this.countDocuments(
        m,
        fresh.map((id) => all.get(id)!),
      );
      const moved = await m.query<{ id: string }[]>(
        `with moved as (
           update x_sources set since_id = $3, run_newest_id = $4, run_oldest_id = $5, run_token = $6,
                  posts_ingested = posts_ingested + $7, lease_until = now() + make_interval(secs => $8)
            where id = $1 and lease_owner = $2 returning id)
         select id from moved`,
        [
          sourceId,
          owner,
          state.sinceId,
          state.runNewestId,
          state.runOldestId,
          state.runToken,
          added,
          ttlSeconds,
        ],
      );
      if (!moved.length) throw new LeaseLost(sourceId);
      return added;
    });
  }

  /**
   * Public posts read outside a poll (a seeker's followed accounts, say) kept in the shared
   * layer, so the next reader need not pay X for them again. Counted in the background corpus,
   * attached to no source.
   */
  async savePublic(posts: XPost[], users: XUser[]): Promise<void> {
    await this.db.global(async (m) => {
      const fresh = new Set(await this.upsertPublic(m, posts, users));
      await this.countDocuments(
        m,
        posts.filter((p) => fresh.has(p.id)),
      );
    });
  }

  /** Authors and posts, upserted in id order (so concurrent writers never deadlock); returns the
   * ids of posts that were new. */
  private async upsertPublic(m: EntityManager, posts: XPost[], users: XUser[]): Promise<string[]> {
    if (users.length) {
      await m.query(
        `insert into x_accounts (id, username, name, description, location, url, created_at, metrics)
         select id, username, name, description, location, url, created_at, metrics
           from jsonb_to_recordset($1::jsonb) as r(id bigint, username text, name text, description text,
                location text, url text, created_at timestamptz, metrics jsonb)
         on conflict (id) do update set username = excluded.username, name = excluded.name,
           description = excluded.description, location = excluded.location, url = excluded.url,
           metrics = excluded.metrics, updated_at = now()
         where (x_accounts.username, x_accounts.name, x_accounts.description, x_accounts.location, x_accounts.metrics)
           is distinct from (excluded.username, excluded.name, excluded.description, excluded.location, excluded.metrics)`,
        [JSON.stringify([...users].sort(byId).map(accountRecord))],
      );
    }
    if (!posts.length) return [];
    const rows = await m.query<{ id: string }[]>(
      `insert into x_posts (id, author_id, created_at, text, lang, conversation_id, in_reply_to_user_id,
                            referenced, hashtags, mentions, urls, metrics)
       select id, author_id, created_at, text, lang, conversation_id, in_reply_to_user_id,
              coalesce(referenced, '[]'), coalesce(hashtags, '{}'), coalesce(mentions, '{}'), coalesce(urls, '[]'), metrics
         from jsonb_to_recordset($1::jsonb) as r(id bigint, author_id bigint, created_at timestamptz, text text,
              lang text, conversation_id bigint, in_reply_to_user_id bigint, referenced jsonb,
              hashtags text[], mentions text[], urls jsonb, metrics jsonb)
       on conflict (id) do nothing returning id::text as id`,
      [JSON.stringify([...posts].sort(byId).map(postRecord))],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Term statistics, counted once as posts arrive so trends never rescan history: per source and
   * hour, the posts using each term (hashtags as `#tag`, links canonicalized as `link:<url>`).
   * Rows are written in key order, so concurrent pages wait for each other but never deadlock.
   */
  private async countBuckets(
    m: EntityManager,
    sourceId: string,
    sourcePosts: XPost[],
  ): Promise<void> {
    const buckets = new Map<string, number>();
    for (const p of sourcePosts) {
      if (!p.createdAt) continue;
      const hour = `${p.createdAt.slice(0, 13)}:00:00Z`;
      for (const term of postTerms(p)) {
        const key = `${hour}\u0000${term}`;
        buckets.set(key, (buckets.get(key) ?? 0) + 1);
      }
    }
    if (!buckets.size) return;
    const rows = [...buckets]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, n]) => {
        const [bucket, term] = key.split('\u0000');
        return { bucket, term, n };
      });
    await m.query(
      `insert into x_source_term_buckets (source_id, bucket, term, n)
       select $1, bucket, term, n from jsonb_to_recordset($2::jsonb) as r(bucket timestamptz, term text, n int)
       on conflict (source_id, bucket, term) do update set n = x_source_term_buckets.n + excluded.n`,
      [sourceId, JSON.stringify(rows)],
    );
  }

  /**
   * The background document frequency over every post ever ingested, which dossiers compare
   * against. No running total of posts here: one row every page updates would serialize all
   * pages; the corpus size comes from the table's statistics instead.
   */
  private async countDocuments(m: EntityManager, newPosts: XPost[]): Promise<void> {
    if (!newPosts.length) return;
    const df = new Map<string, number>();
    for (const p of newPosts)
      for (const term of postTerms(p)) df.set(term, (df.get(term) ?? 0) + 1);
    if (!df.size) return;
    const rows = [...df].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    await m.query(
      `insert into x_term_df (term, docs)
       select term, docs from jsonb_to_recordset($1::jsonb) as r(term text, docs bigint)
       on conflict (term) do update set docs = x_term_df.docs + excluded.docs`,
      [JSON.stringify(rows.map(([term, docs]) => ({ term, docs })))],
    );
  }

  /** Ends this worker's hold on the source with its outcome. */
  async release(
    id: string,
    owner: string,
    outcome: {
      status: SourceStatus;
      nextPollAt: Date;
      errorCode?: string | null;
      errorMessage?: string | null;
      failed?: boolean;
    },
  ): Promise<void> {
    await this.db.global((m) =>
      m.query(
        `update x_sources set status = $3, next_poll_at = $4, lease_owner = null, lease_until = null,
                last_error_code = $5, last_error_message = $6,
                failures = case when $7 then failures + 1 else 0 end,
                last_success_at = case when $7 or $3 = 'paused' then last_success_at else now() end
          where id = $1 and lease_owner = $2`,
        [
          id,
          owner,
          outcome.status,
          outcome.nextPollAt,
          outcome.errorCode ?? null,
          outcome.errorMessage ?? null,
          outcome.failed ?? false,
        ],
      ),
    );
  }

  /**
   * After the queue gave up on a source: visible as failed until someone retries it. Only a
   * source still failing: one that a later poll brought back keeps going.
   */
  async markFailed(id: string): Promise<void> {
    await this.db.global((m) =>
      m.query(
        `update x_sources set status = 'failed',
                last_error_code = coalesce(last_error_code, 'INTERNAL'),
                last_error_message = coalesce(last_error_message, 'Polling failed after its retries.')
          where id = $1 and status = 'retrying' and (lease_until is null or lease_until < now())`,
        [id],
      ),
    );
  }

  /** Due now, out of any failure; the poll's run state is kept, so nothing is read twice. */
  async pollSoon(m: EntityManager, id: string, clearFailure: boolean): Promise<void> {
    await m.query(
      `update x_sources set next_poll_at = least(next_poll_at, now()),
              status = case when $2 and status = 'failed' then 'pending' else status end,
              failures = case when $2 then 0 else failures end
        where id = $1`,
      [id, clearFailure],
    );
  }

  async maxSeq(sourceId: string): Promise<string> {
    const [row] = await this.db.global((m) =>
      m.query<{ seq: string }[]>(
        `select coalesce(max(seq), 0)::text as seq from x_source_posts where source_id = $1`,
        [sourceId],
      ),
    );
    return row.seq;
  }

  /** The source's posts that arrived after `afterSeq`, in arrival order. */
  newPosts(m: EntityManager, sourceId: string, afterSeq: string, limit: number) {
    return m.query<StoredPost[]>(
      `select sp.seq::text as seq, ${POST}
         from x_source_posts sp join x_posts p on p.id = sp.post_id
         left join x_accounts a on a.id = p.author_id
        where sp.source_id = $1 and sp.seq > $2
        order by sp.seq limit $3`,
      [sourceId, afterSeq, limit],
    );
  }

  // ---- a tenant's watches (tenant table) ----

  async insertWatch(
    ctx: TenantScope,
    w: {
      id: string;
      kind: SourceKind;
      target: string;
      sourceLabel: string;
      capability: string;
      seekerId: string | null;
      label: string | null;
      cadenceSeconds: number;
      backfillPosts?: number | null;
    },
  ): Promise<'created' | 'exists'> {
    return this.run(ctx, async (m, tenantId) => {
      const sourceId = await this.sourceFor(
        m,
        w.kind,
        w.target,
        w.sourceLabel,
        w.backfillPosts ?? null,
      );
      const rows = await m.query<{ id: string }[]>(
        `insert into x_watches (tenant_id, id, source_id, capability, seeker_id, label, cadence_seconds)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (tenant_id, source_id, capability, seeker_id) do nothing returning id`,
        [tenantId, w.id, sourceId, w.capability, w.seekerId, w.label, w.cadenceSeconds],
      );
      if (rows.length) await this.pollSoon(m, sourceId, false);
      return rows.length ? 'created' : 'exists';
    });
  }

  private watchSelect(where: string): string {
    return `select w.id, w.source_id as "sourceId", w.capability, w.seeker_id as "seekerId", w.label,
                   w.cadence_seconds as "cadenceSeconds", w.fanned_seq::text as "fannedSeq",
                   w.posts_seen::float8 as "postsSeen", w.last_post_at as "lastPostAt", w.created_at as "createdAt",
                   json_build_object('id', s.id, 'kind', s.kind, 'target', s.target, 'label', s.label,
                     'status', s.status, 'nextPollAt', s.next_poll_at, 'lastPolledAt', s.last_polled_at,
                     'lastSuccessAt', s.last_success_at, 'lastErrorCode', s.last_error_code,
                     'lastErrorMessage', s.last_error_message, 'failures', s.failures,
                     'postsIngested', s.posts_ingested) as source
              from x_watches w join x_sources s on s.id = w.source_id
             where w.tenant_id = $1 ${where}`;
  }

  private static revive(r: WatchRow): WatchRow {
    const s = r.source as unknown as Record<string, unknown>;
    const date = (v: unknown) => (v ? new Date(v as string) : null);
    return {
      ...r,
      source: {
        ...(s as unknown as SourceRow),
        nextPollAt: new Date(s.nextPollAt as string),
        lastPolledAt: date(s.lastPolledAt),
        lastSuccessAt: date(s.lastSuccessAt),
        postsIngested: Number(s.postsIngested),
      },
    };
  }

  async findWatch(ctx: TenantScope, id: string): Promise<WatchRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<WatchRow[]>(this.watchSelect('and w.id = $2'), [tenantId, id]),
    );
    return row ? IngestionRepository.revive(row) : null;
  }

  async findWatchByKey(
    ctx: TenantScope,
    key: { kind: SourceKind; target: string; capability: string; seekerId: string | null },
  ): Promise<WatchRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<WatchRow[]>(
        this.watchSelect(
          'and s.kind = $2 and s.target = $3 and w.capability = $4 and w.seeker_id is not distinct from $5',
        ),
        [tenantId, key.kind, key.target, key.capability, key.seekerId],
      ),
    );
    return row ? IngestionRepository.revive(row) : null;
  }

  async listWatches(
    ctx: TenantScope,
    f: {
      capability?: string;
      seekerId?: string;
      /** Set for a coach: watches of seekers they are not assigned to are left out. */
      coachMembershipId: string | null;
      after: { createdAt: Date; id: string } | null;
      limit: number;
    },
  ): Promise<WatchRow[]> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<WatchRow[]>(
        `${this.watchSelect(`and ($2::text is null or w.capability = $2)
             and ($3::uuid is null or w.seeker_id = $3)
             and ($4::uuid is null or w.seeker_id is null or exists (
                   select 1 from seeker_coaches sc
                    where sc.tenant_id = $1 and sc.seeker_id = w.seeker_id and sc.membership_id = $4))
             and ($5::timestamptz is null or (w.created_at, w.id) > ($5, $6::uuid))`)}
          order by w.created_at, w.id limit $7`,
        [
          tenantId,
          f.capability ?? null,
          f.seekerId ?? null,
          f.coachMembershipId,
          f.after?.createdAt ?? null,
          f.after?.id ?? null,
          f.limit,
        ],
      ),
    );
    return rows.map((r) => IngestionRepository.revive(r));
  }

  async deleteWatch(ctx: TenantScope, id: string): Promise<boolean> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ id: string }[]>(
        `with gone as (delete from x_watches where tenant_id = $1 and id = $2 returning id)
         select id from gone`,
        [tenantId, id],
      ),
    );
    return rows.length > 0;
  }

  async retrySource(ctx: TenantScope, watchId: string): Promise<boolean> {
    return this.run(ctx, async (m, tenantId) => {
      const [w] = await m.query<{ sourceId: string }[]>(
        `select source_id as "sourceId" from x_watches where tenant_id = $1 and id = $2`,
        [tenantId, watchId],
      );
      if (!w) return false;
      await this.pollSoon(m, w.sourceId, true);
      return true;
    });
  }

  /** The posts a watch has seen, newest first, keyset over the post id. */
  async watchPosts(
    ctx: TenantScope,
    watchId: string,
    beforeId: string | null,
    limit: number,
  ): Promise<StoredPost[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<StoredPost[]>(
        `select sp.seq::text as seq, ${POST}
           from x_watches w
           join x_source_posts sp on sp.source_id = w.source_id and sp.seq <= w.fanned_seq
           join x_posts p on p.id = sp.post_id
           left join x_accounts a on a.id = p.author_id
          where w.tenant_id = $1 and w.id = $2 and ($3::bigint is null or p.id < $3)
          order by p.id desc limit $4`,
        [tenantId, watchId, beforeId, limit],
      ),
    );
  }

  /**
   * Fan-out for one watch: locks it, hands the posts after its watermark to `deliver` in the same
   * transaction, and moves the watermark. A second fan-out of the same watch waits for the lock
   * and then finds nothing new, so each post reaches each watch once.
   */
  async fanOutWatch(
    ctx: TenantScope,
    watchId: string,
    batch: number,
    deliver: (m: EntityManager, posts: StoredPost[]) => Promise<void>,
  ): Promise<number> {
    return this.run(ctx, async (m, tenantId) => {
      const [w] = await m.query<{ sourceId: string; fannedSeq: string }[]>(
        `select source_id as "sourceId", fanned_seq::text as "fannedSeq"
           from x_watches where tenant_id = $1 and id = $2 for update`,
        [tenantId, watchId],
      );
      if (!w) return 0;
      const posts = await this.newPosts(m, w.sourceId, w.fannedSeq, batch);
      if (!posts.length) return 0;
      await deliver(m, posts);
      const newest = posts.reduce<Date | null>(
        (acc, p) => (p.createdAt && (!acc || p.createdAt > acc) ? p.createdAt : acc),
        null,
      );
      await m.query(
        `update x_watches set fanned_seq = $3, posts_seen = posts_seen + $4,
                last_post_at = greatest(last_post_at, $5)
          where tenant_id = $1 and id = $2`,
        [tenantId, watchId, posts.at(-1)!.seq, posts.length, newest],
      );
      return posts.length;
    });
  }
}
