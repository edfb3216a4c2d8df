/**
 * trends: topics (keywords, hashtags, X queries, lists) owned by a seeker or the organization,
 * each followed through shared ingestion; bursts against each term's own baseline, from counts
 * ingestion already keeps per source and hour (so a report never rescans history); a seeker's
 * daily briefing; and feed pruning, which only ever suggests — with an X link for the seeker to
 * act on — and never follows or unfollows by itself.
 */
import { Injectable } from '@nestjs/common';
import { canonicalUrl, hamming, simhash, terms } from '@libs/text';
import { XError, type XUser } from '@libs/x-client';
import { v7 } from 'uuid';
import { systemScope, type TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { IngestionRepository, postTerms } from '../ingestion/ingestion.repository.js';
import { XCapability, XWatchKind } from '../ingestion/inputs/x-watch.inputs.js';
import { WatchesService } from '../ingestion/watches.service.js';
import type { SeekerModel } from '../seekers/models/seeker.model.js';
import { CohortsService } from '../peers/cohorts.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { XConnectService } from '../x-connect/x-connect.service.js';
import { XUsageService } from '../x-usage/x-usage.service.js';
import { daysBetween, findBursts, type TrendBurst } from './trend-detection.js';
import {
  TrendsRepository,
  type DayPost,
  type TopicKind,
  type TopicRow,
} from './trends.repository.js';
import { QueryProblem, validateXQuery } from './x-query.js';

const DAY = 86_400_000;
/** A topic's first poll reads this much history, so bursts have a baseline to stand out from. */
const TOPIC_BACKFILL = 1000;
/** Well under X's 400 follows a day: suggestions a person can weigh, not a bot's quota. */
export const DAILY_CAPS = { unfollowOrConsider: 20, follow: 10 };
const PRUNE_ANALYZE = 200;
const TIMELINE_FETCHES = 20;
/** Share of a term's posts that, belonging to a stronger burst, make it part of that story. */
const FOLD_SHARE = 0.6;

export interface PostRef {
  id: string;
  url: string;
  author: string | null;
  createdAt: Date;
  text: string;
}

export interface BurstItem extends TrendBurst {
  topic: TopicRow;
  /** Terms of the same story (their posts are mostly this burst's), folded into it. */
  related: string[];
  posts: PostRef[];
  links: { url: string; count: number }[];
}

export interface PruneItem {
  user: XUser;
  lastActivity: Date | null;
  postsPerWeek: number | null;
  repostShare: number | null;
  duplicateShare: number | null;
  relevance: number | null;
  suggestion: 'keep' | 'consider' | 'unfollow';
  reason: string;
  link: string;
}

const ref = (p: DayPost): PostRef => ({
  id: p.id,
  url: `https://x.com/${p.username ?? 'i'}/status/${p.id}`,
  author: p.username,
  createdAt: p.createdAt,
  text: p.text,
});

@Injectable()
export class TrendsService {
  constructor(
    private readonly repo: TrendsRepository,
    private readonly watches: WatchesService,
    private readonly seekers: SeekersService,
    private readonly connect: XConnectService,
    private readonly ingestion: IngestionRepository,
    private readonly db: DatabaseService,
    private readonly usage: XUsageService,
    private readonly cohorts: CohortsService,
  ) {}

  // ---- topics ----

  async addTopic(
    ctx: TenantScope,
    input: {
      name?: string;
      kind: TopicKind;
      value: string;
      seekerId?: string | null;
      cohortId?: string | null;
    },
  ): Promise<TopicRow> {
    const seekerId = input.seekerId ?? null;
    const cohortId = input.cohortId ?? null;
    if (seekerId && cohortId) {
      throw AppError.badInput('A topic belongs to a seeker or a cohort, not both.', ['cohortId']);
    }
    if (seekerId && !(await this.seekers.findVisible(ctx, seekerId))) {
      throw AppError.notFound('seeker');
    }
    if (cohortId && !(await this.cohorts.find(ctx, cohortId))) throw AppError.notFound('cohort');
    const { kind, value, target } = this.toQuery(input.kind, input.value);
    const existing = await this.repo.findTopicByKey(ctx, { kind, value, seekerId, cohortId });
    if (existing) return existing;
    const watch = await this.watches
      .add(
        ctx,
        {
          capability: XCapability.TRENDS,
          kind: kind === 'list' ? XWatchKind.LIST : XWatchKind.QUERY,
          target,
          seekerId: seekerId ? toGlobalId('Seeker', seekerId) : undefined,
          label: input.name,
          cadenceMinutes: 15,
        },
        { backfillPosts: TOPIC_BACKFILL },
      )
      .catch((err: unknown) => {
        if (err instanceof AppError && err.field?.[0] === 'target') {
          throw new AppError(err.code, err.message, ['value']);
        }
        throw err;
      });
    const id = v7();
    await this.repo.insertTopic(ctx, {
      id,
      name: input.name?.trim() || (kind === 'list' ? watch.label : value),
      kind,
      value,
      seekerId,
      cohortId,
      watchId: watch.uuid,
    });
    return (await this.repo.findTopicByKey(ctx, { kind, value, seekerId, cohortId }))!;
  }

  /** The X query (or list) a topic follows; bad input is a BAD_USER_INPUT naming the bad part. */
  private toQuery(
    kind: TopicKind,
    raw: string,
  ): { kind: TopicKind; value: string; target: string } {
    const value = raw.trim();
    const bad = (message: string) => AppError.badInput(message, ['value']);
    switch (kind) {
      case 'keyword': {
        if (!/^[\p{L}\p{N}][\p{L}\p{N} '&.+-]{0,60}$/u.test(value) || /^(OR|AND)$/.test(value)) {
          throw bad(
            'A keyword is a word or a short phrase (letters, digits, spaces), up to 60 characters.',
          );
        }
        const target = value.includes(' ') ? `"${value}"` : value;
        return { kind, value, target: `${target} -is:retweet` };
      }
      case 'hashtag': {
        const tag = value.replace(/^#/, '');
        if (!/^[\p{L}\p{N}_]{1,100}$/u.test(tag) || /^\d+$/.test(tag)) {
          throw bad('A hashtag is letters, digits and _ (not only digits), with or without #.');
        }
        return { kind, value: tag.toLowerCase(), target: `#${tag} -is:retweet` };
      }
      case 'query':
        try {
          return { kind, value, target: validateXQuery(value) };
        } catch (err) {
          if (err instanceof QueryProblem)
            throw bad(`This X query would be refused: ${err.message}`);
          throw err;
        }
      case 'list':
        if (!/^[0-9]{1,19}$/.test(value)) throw bad('Give the numeric id of an X list.');
        return { kind, value, target: value };
    }
  }

  async topic(ctx: TenantScope, id: string): Promise<TopicRow | null> {
    const t = await this.repo.findTopic(ctx, id);
    if (!t) return null;
    if (t.seekerId && !(await this.seekers.findVisible(ctx, t.seekerId))) return null;
    return t;
  }

  async topicsFor(
    ctx: TenantScope,
    seekerIds: string[],
    cohortIds: string[] = [],
  ): Promise<TopicRow[]> {
    return this.repo.topicsFor(ctx, seekerIds, cohortIds);
  }

  async removeTopic(ctx: TenantScope, id: string): Promise<void> {
    const t = await this.topic(ctx, id);
    if (!t) throw AppError.notFound('topic');
    await this.repo.deleteTopic(ctx, id);
  }

  // ---- bursts ----

  /** A topic's bursts over the `days` days ending `day` (UTC), with the posts and links behind them. */
  async bursts(ctx: TenantScope, topic: TopicRow, day: string, days = 14): Promise<BurstItem[]> {
    const list = daysBetween(
      new Date(Date.parse(`${day}T00:00:00Z`) - (days - 1) * DAY).toISOString().slice(0, 10),
      day,
    );
    const counts = await this.counts(ctx, topic.sourceId, list);
    return this.explain(ctx, topic, findBursts(list, counts));
  }

  /** What broke on `day` in the seeker's topics and the organization's. */
  async briefing(
    ctx: TenantScope,
    seekerId: string,
    day: string,
  ): Promise<{ seeker: SeekerModel; topics: TopicRow[]; items: BurstItem[] }> {
    const seeker = await this.seekers.findVisible(ctx, seekerId);
    if (!seeker) throw AppError.notFound('seeker');
    const topics = await this.repo.topicsFor(ctx, [seekerId]);
    const items: BurstItem[] = [];
    const list = daysBetween(
      new Date(Date.parse(`${day}T00:00:00Z`) - 13 * DAY).toISOString().slice(0, 10),
      day,
    );
    for (const topic of topics) {
      const counts = await this.counts(ctx, topic.sourceId, list);
      items.push(...(await this.explain(ctx, topic, findBursts(list, counts, { onlyDay: day }))));
    }
    items.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
    return { seeker, topics, items: items.slice(0, 12) };
  }

  private async counts(
    ctx: TenantScope,
    sourceId: string,
    days: string[],
  ): Promise<Map<string, number[]>> {
    const index = new Map(days.map((d, i) => [d, i]));
    const rows = await this.repo.dailyCounts(
      ctx,
      sourceId,
      new Date(`${days[0]}T00:00:00Z`),
      new Date(Date.parse(`${days.at(-1)}T00:00:00Z`) + DAY),
    );
    const out = new Map<string, number[]>();
    for (const r of rows) {
      const i = index.get(r.day);
      if (i === undefined) continue;
      const series = out.get(r.term) ?? new Array<number>(days.length).fill(0);
      series[i] += r.n;
      out.set(r.term, series);
    }
    return out;
  }

  /** The top posts and links behind each burst, from the source's posts of that day. */
  /**
   * The top posts and links behind each burst, from the source's posts of that day. A story
   * lifts every word it uses: a term whose posts are mostly those of a stronger burst the same
   * day is folded into it (as `related`) rather than listed as news of its own.
   */
  private async explain(
    ctx: TenantScope,
    topic: TopicRow,
    bursts: TrendBurst[],
  ): Promise<BurstItem[]> {
    const byDay = new Map<string, DayPost[]>();
    const out: (BurstItem & { ids: Set<string> })[] = [];
    for (const b of bursts.slice(0, 40)) {
      if (!byDay.has(b.day))
        byDay.set(b.day, await this.repo.postsOfDay(ctx, topic.sourceId, b.day));
      const posts = byDay.get(b.day)!.filter((p) => this.mentions(p, b.term));
      const ids = new Set(posts.map((p) => p.id));
      const story = out.find(
        (o) =>
          o.day === b.day &&
          ids.size > 0 &&
          [...ids].filter((id) => o.ids.has(id)).length >= FOLD_SHARE * ids.size,
      );
      if (story) {
        story.related.push(b.term);
        continue;
      }
      const links = new Map<string, number>();
      for (const p of posts) {
        for (const u of new Set(p.urls.map((x) => canonicalUrl(x.expandedUrl ?? x.url)))) {
          if (u && !u.startsWith('https://t.co/')) links.set(u, (links.get(u) ?? 0) + 1);
        }
      }
      out.push({
        ...b,
        topic,
        ids,
        related: [],
        posts: posts.slice(0, 3).map(ref),
        links: [...links]
          .map(([url, count]) => ({ url, count }))
          .sort((x, y) => y.count - x.count || x.url.localeCompare(y.url))
          .slice(0, 5),
      });
    }
    return out.map(({ ids: _ids, ...item }) => item);
  }

  private mentions(p: DayPost, term: string): boolean {
    return postTerms(p).has(term);
  }

  // ---- feed pruning ----

  /**
   * For each account the seeker follows (their X connection, else their archive): last activity,
   * volume, share of reposts and near-duplicates, relevance to the seeker's interests, and a
   * keep / consider / unfollow suggestion with the reason and a link to act on X. Plus accounts
   * worth following from the seeker's topics. Capped per day; Perch itself changes nothing.
   */
  async pruning(
    ctx: TenantScope,
    seekerId: string,
    now = new Date(),
  ): Promise<{
    source: 'x' | 'archive';
    items: PruneItem[];
    follow: { user: XUser; reason: string; link: string }[];
    analyzed: number;
    following: number;
  }> {
    const seeker = await this.seekers.findVisible(ctx, seekerId);
    if (!seeker) throw AppError.notFound('seeker');
    await this.seekers.requireXDataConsent(ctx, seekerId, ['seekerId']);
    // Reading the following list is billed too: a spent organization stops here.
    await this.usage.assertCanSpend(ctx);
    const { ids, source } = await this.followingOf(ctx, seekerId);
    const interests = await this.interestTerms(ctx, seeker);
    const analyzed = [...ids].sort().slice(0, PRUNE_ANALYZE);
    const users = await this.users(ctx, analyzed);
    const posts = await this.recentPosts(ctx, [...users.values()], now);
    const items: PruneItem[] = [];
    for (const id of analyzed) {
      const user = users.get(id);
      if (!user) continue;
      items.push(judge(user, posts.get(id) ?? null, interests, now));
    }
    const order = { unfollow: 0, consider: 1, keep: 2 };
    items.sort(
      (a, b) =>
        order[a.suggestion] - order[b.suggestion] || a.user.username.localeCompare(b.user.username),
    );
    let shown = 0;
    const capped = items.filter(
      (i) => i.suggestion === 'keep' || shown++ < DAILY_CAPS.unfollowOrConsider,
    );
    return {
      source,
      items: capped,
      follow: await this.toFollow(ctx, seekerId, new Set(ids), interests, now),
      analyzed: analyzed.length,
      following: ids.length,
    };
  }

  private async followingOf(
    ctx: TenantScope,
    seekerId: string,
  ): Promise<{ ids: string[]; source: 'x' | 'archive' }> {
    const sys = systemScope(ctx.tenantId, 'feed pruning');
    try {
      const client = await this.connect.userClient(sys, seekerId);
      const me = await client.me();
      const ids: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.following(me.id, { maxResults: 1000, pageToken: token });
        ids.push(...page.items.map((u) => u.id));
        await this.ingestion.saveAccounts(page.items);
        token = page.nextToken ?? undefined;
      } while (token && ids.length < 5000);
      return { ids, source: 'x' };
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'INVALID_STATE')) {
        if (err instanceof XError) {
          throw new AppError(
            'X_UNAVAILABLE',
            `X could not give the seeker's following list: ${err.message}`,
          );
        }
        throw err;
      }
    }
    const rows = await this.db.tx(sys, (tx) =>
      tx.manager.query<{ id: string }[]>(
        `select x_account_id as id from seeker_x_follows
          where tenant_id = $1 and seeker_id = $2 and direction = 'following'`,
        [tx.tenantId, seekerId],
      ),
    );
    if (!rows.length) {
      throw new AppError(
        'INVALID_STATE',
        'Perch has no following list for this seeker: connect their X account (createXConnectLink) or import their X archive (POST /imports/x-archive).',
      );
    }
    // An archive is the seeker's file: keep only ids X could have issued.
    const ids = rows
      .map((r) => r.id)
      .filter((id) => /^\d{1,19}$/.test(id) && BigInt(id) < 2n ** 63n);
    return { ids, source: 'archive' };
  }

  /** What the seeker cares about: target roles, industries, and their topics' words. */
  private async interestTerms(ctx: TenantScope, seeker: SeekerModel): Promise<Set<string>> {
    const topics = await this.repo.topicsFor(ctx, [seeker.uuid]);
    const text = [
      ...seeker.targetRoles,
      ...seeker.industries,
      ...topics.map((t) => (t.kind === 'hashtag' ? `#${t.value} ${t.value}` : t.value)),
    ].join(' ');
    const out = new Set<string>();
    for (const t of terms(text)) {
      out.add(t);
      if (t.startsWith('#')) out.add(t.slice(1));
      else out.add(`#${t}`);
    }
    return out;
  }

  /** Profiles from the shared layer, the rest from X (billed to trends). */
  private async users(ctx: TenantScope, ids: string[]): Promise<Map<string, XUser>> {
    const out = new Map<string, XUser>(
      (await this.ingestion.accountsById(ids)).map((u) => [u.id, u]),
    );
    const missing = ids.filter((id) => !out.has(id));
    if (missing.length) {
      const { reader, settle } = await this.watches.meteredReader(ctx, 'trends');
      try {
        for (let i = 0; i < missing.length; i += 100) {
          const { users } = await reader.usersByIds(missing.slice(i, i + 100));
          for (const u of users) out.set(u.id, u);
          await this.ingestion.saveAccounts(users);
        }
      } catch (err) {
        if (err instanceof XError) {
          throw new AppError(
            'X_UNAVAILABLE',
            `X could not describe the followed accounts: ${err.message}`,
          );
        }
        throw err;
      } finally {
        await settle();
      }
    }
    return out;
  }

  /** Their last 30 days from the shared layer; a few unknown accounts read from X. */
  private async recentPosts(
    ctx: TenantScope,
    users: XUser[],
    now: Date,
  ): Promise<Map<string, { text: string; createdAt: Date; repost: boolean }[]>> {
    const rows = await this.db.tx(ctx, ({ manager: m }) =>
      m.query<{ authorId: string; text: string; createdAt: Date; repost: boolean }[]>(
        `select "authorId", text, "createdAt", repost from (
           select author_id::text as "authorId", text, created_at as "createdAt",
                  referenced @> '[{"type":"retweeted"}]' as repost,
                  row_number() over (partition by author_id order by id desc) as k
             from x_posts where author_id = any($1::bigint[]) and created_at >= $2) recent
          where k <= 50 order by "authorId", k`,
        [users.map((u) => u.id), new Date(now.getTime() - 90 * DAY)],
      ),
    );
    const out = new Map<string, { text: string; createdAt: Date; repost: boolean }[]>();
    for (const r of rows) out.set(r.authorId, [...(out.get(r.authorId) ?? []), r]);
    const unknown = users.filter((u) => !out.has(u.id)).slice(0, TIMELINE_FETCHES);
    if (unknown.length) {
      const { reader, settle } = await this.watches.meteredReader(ctx, 'trends');
      try {
        for (const u of unknown) {
          const page = await reader.userTimeline(u.id, { maxResults: 20 });
          // Kept in the shared layer: the next request (any tenant's) reads them from there.
          await this.ingestion.savePublic(
            [...page.items, ...page.posts.values()],
            [...page.users.values()],
          );
          out.set(
            u.id,
            page.items.map((p) => ({
              text: p.text,
              createdAt: new Date(p.createdAt ?? 0),
              repost: p.referenced.some((r) => r.type === 'retweeted'),
            })),
          );
        }
      } catch (err) {
        if (!(err instanceof XError)) throw err;
      } finally {
        await settle();
      }
    }
    return out;
  }

  /** Active authors in the seeker's topics whom they do not follow yet. */
  private async toFollow(
    ctx: TenantScope,
    seekerId: string,
    following: Set<string>,
    interests: Set<string>,
    now: Date,
  ): Promise<{ user: XUser; reason: string; link: string }[]> {
    const topics = await this.repo.topicsFor(ctx, [seekerId]);
    if (!topics.length) return [];
    const rows = await this.db.tx(ctx, ({ manager: m }) =>
      m.query<
        { id: string; username: string; name: string; description: string | null; n: number }[]
      >(
        `select a.id::text as id, a.username, a.name, a.description, count(*)::int as n
           from x_source_posts sp join x_posts p on p.id = sp.post_id join x_accounts a on a.id = p.author_id
          where sp.source_id = any($1::uuid[]) and p.created_at >= $2
            and not (p.referenced @> '[{"type":"retweeted"}]')
          group by a.id order by n desc, a.username limit 200`,
        [topics.map((t) => t.sourceId), new Date(now.getTime() - 14 * DAY)],
      ),
    );
    return rows
      .filter((r) => !following.has(r.id) && r.n >= 2)
      .slice(0, DAILY_CAPS.follow)
      .map((r) => ({
        user: {
          ...r,
          location: null,
          createdAt: null,
          url: null,
          pinnedPostId: null,
          metrics: null,
        },
        reason: `${r.n} original posts in your topics over the last 14 days${
          r.description && terms(r.description).some((t) => interests.has(t))
            ? '; their bio matches your interests'
            : ''
        }.`,
        link: `https://x.com/intent/follow?screen_name=${encodeURIComponent(r.username)}`,
      }));
  }
}

/** The suggestion for one followed account, with the reason a person can check. */
export function judge(
  user: XUser,
  posts: { text: string; createdAt: Date; repost: boolean }[] | null,
  interests: Set<string>,
  now: Date,
): PruneItem {
  const link = `https://x.com/${encodeURIComponent(user.username)}`;
  if (!posts) {
    return {
      user,
      lastActivity: null,
      postsPerWeek: null,
      repostShare: null,
      duplicateShare: null,
      relevance: null,
      suggestion: 'consider',
      reason: 'Perch could not see their recent posts; look at the profile before deciding.',
      link,
    };
  }
  const last = posts.reduce<Date | null>((a, p) => (!a || p.createdAt > a ? p.createdAt : a), null);
  const month = posts.filter((p) => p.createdAt.getTime() >= now.getTime() - 30 * DAY);
  const perWeek = Math.round((month.length / (30 / 7)) * 10) / 10;
  const reposts = posts.length ? posts.filter((p) => p.repost).length / posts.length : 0;
  const hashes = posts.map((p) => simhash(p.text));
  let dup = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (hashes.some((h, j) => j !== i && hamming(hashes[i], h) <= 3)) dup++;
  }
  const duplicates = posts.length ? dup / posts.length : 0;
  const relevant = posts.filter((p) => terms(p.text).some((t) => interests.has(t))).length;
  const relevance = posts.length ? relevant / posts.length : 0;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const base = {
    user,
    lastActivity: last,
    postsPerWeek: perWeek,
    repostShare: r2(reposts),
    duplicateShare: r2(duplicates),
    relevance: r2(relevance),
    link,
  };
  const idleDays = last ? Math.floor((now.getTime() - last.getTime()) / DAY) : null;
  if (idleDays === null || idleDays > 90) {
    return {
      ...base,
      suggestion: 'unfollow',
      reason:
        idleDays === null ? 'No posts in the last 90 days.' : `Inactive for ${idleDays} days.`,
    };
  }
  if (reposts >= 0.8 && relevance < 0.1) {
    return {
      ...base,
      suggestion: 'unfollow',
      reason: `${Math.round(reposts * 100)}% of their posts are reposts, and few touch your interests.`,
    };
  }
  if (duplicates >= 0.5) {
    return {
      ...base,
      suggestion: 'unfollow',
      reason: `${Math.round(duplicates * 100)}% of their posts repeat each other.`,
    };
  }
  if (relevance < 0.05 && perWeek >= 20) {
    return {
      ...base,
      suggestion: 'consider',
      reason: `About ${perWeek} posts a week, almost none about your interests.`,
    };
  }
  if (relevance < 0.05) {
    return {
      ...base,
      suggestion: 'consider',
      reason: 'Active, but rarely about your target roles, industries or topics.',
    };
  }
  return {
    ...base,
    suggestion: 'keep',
    reason: `${Math.round(relevance * 100)}% of their recent posts touch your interests.`,
  };
}
