/**
 * jobs: openings and recruiters from #jobs posts reach the seekers they fit. Posts of jobs
 * watches (shared sources) are extracted into postings in the public layer — one posting per
 * opening however many people posted it — and their authors classified as recruiters; each new
 * posting is scored against the tenant's active seekers, and good matches appear to the seeker
 * and their coaches with the reasons. A seeker tracks applications to an offer.
 */
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { locate } from '@libs/people';
import { extractJobPosting } from '@libs/text';
import { v7 } from 'uuid';
import type { TenantScope, TxScope } from '../../platform/database/context.js';
import { LinkChecksService } from '../links/link-checks.service.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { IdentityService } from '../identity/identity.service.js';
import { FanOutService } from '../ingestion/ingestion.fan-out.js';
import { WebhookEventType } from '../integrations/webhook-events.js';
import { WebhooksService } from '../integrations/webhooks.service.js';
import { ResearchService } from '../research/research.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import {
  JobsRepository,
  type ApplicationRow,
  type MatchRow,
  type NewPosting,
  type PostingRow,
  type Stage,
} from './jobs.repository.js';
import { matchAll, scoreMatch, type MatchSeeker } from './matching.js';
import { applicationMoveProblem, csv } from './pipeline.js';
import { classifyRecruiter } from './recruiters.js';

const DAY = 86_400_000;
/** A match below this is noise for a seeker; the coach can still push any posting. */
export const MATCH_THRESHOLD = 0.5;
const POOL_DAYS = 30;
const POOL_LIMIT = 5000;
/** The best this many of one batch (or of the 30-day pool, after new preferences) per seeker. */
const MATCHES_PER_SEEKER = 100;
const MAX_SEARCH_WORDS = 10;

@Injectable()
export class JobsService implements OnModuleInit {
  constructor(
    private readonly repo: JobsRepository,
    private readonly seekers: SeekersService,
    private readonly research: ResearchService,
    private readonly fanOut: FanOutService,
    private readonly db: DatabaseService,
    private readonly links: LinkChecksService,
    private readonly webhooks: WebhooksService,
    private readonly identity: IdentityService,
  ) {}

  onModuleInit(): void {
    this.fanOut.register({
      name: 'jobs.extract',
      capabilities: ['jobs'],
      handle: async ({ ctx, manager, posts }) => {
        const tx: TxScope = { ...ctx, manager };
        const details = new Map(
          (
            await this.repo.postDetails(
              manager,
              posts.map((p) => p.id),
            )
          ).map((d) => [d.id, d]),
        );
        const items: NewPosting[] = [];
        for (const p of posts) {
          const d = details.get(p.id);
          if (!d || d.isRepost) continue;
          const posting = extractJobPosting(p.text, { urls: d.urls });
          if (!posting) continue;
          items.push({
            id: v7(),
            title: posting.title,
            seniority: posting.seniority,
            company: posting.company,
            companyHandle: posting.companyHandle,
            location: posting.location,
            workplace: posting.workplace,
            employmentType: posting.employmentType,
            salaryMin: posting.salary?.min ?? null,
            salaryMax: posting.salary?.max ?? null,
            salaryCurrency: posting.salary?.currency ?? null,
            salaryPeriod: posting.salary?.period ?? null,
            applyUrl: posting.applyUrl,
            confidence: posting.confidence,
            postId: p.id,
            authorId: p.authorId,
            recruiterHandle: posting.recruiter,
            createdAt: p.createdAt ?? new Date(),
            text: p.text,
          });
        }
        if (!items.length) return;
        const touched = await this.repo.filePostings(manager, items);
        // In the same transaction: a filed posting's apply link is never left unwatched.
        await this.links.track(
          items.flatMap((i) => (i.applyUrl ? [i.applyUrl] : [])),
          manager,
        );
        await this.classifyAuthors(tx, items);
        await this.matchPostings(tx, touched);
      },
    });
  }

  private async classifyAuthors(tx: TxScope, items: NewPosting[]): Promise<void> {
    const ids = [...new Set(items.flatMap((i) => (i.authorId ? [i.authorId] : [])))];
    const rows = await this.repo.authorBehaviour(tx.manager, ids);
    await this.repo.saveRecruiters(
      tx.manager,
      rows.map((a) => {
        const c = classifyRecruiter(
          { username: a.username, description: a.description },
          {
            posts: a.posts,
            hiringPosts: a.hiringPosts,
            distinctCompaniesPosted: a.companies,
            mentionsDm: a.mentionsDm,
          },
        );
        return {
          xAccountId: a.id,
          username: a.username,
          isRecruiter: c.isRecruiter,
          kind: c.kind,
          score: c.score,
          companies: c.companies,
          reasons: c.reasons,
          hiringPosts: a.hiringPosts,
          lastPostAt: a.lastPostAt,
        };
      }),
    );
  }

  private async matchSeekers(ctx: TenantScope, seekerIds: readonly string[] | null) {
    const rows = await this.repo.activeSeekers(ctx);
    const places = new Map<string, ReturnType<typeof locate>>();
    const placeOf = (l: string) => {
      if (!places.has(l)) places.set(l, locate(l));
      return places.get(l) ?? null;
    };
    return rows
      .filter((r) => !seekerIds || seekerIds.includes(r.id))
      .map((r): MatchSeeker => ({
        id: r.id,
        targetRoles: r.targetRoles,
        skills: r.skills ?? [],
        careerStage: r.careerStage as MatchSeeker['careerStage'],
        places: r.locations.flatMap((l) => {
          const p = placeOf(l);
          return p ? [{ name: p.name, lat: p.lat, lng: p.lng }] : [];
        }),
        remote:
          (r.remote as MatchSeeker['remote'] | null) ??
          (r.locations.some((l) => /remote/i.test(l)) ? 'remote_only' : 'open'),
      }));
  }

  /** Scores postings against the tenant's active seekers and keeps the good matches. */
  private async matchPostings(
    ctx: TenantScope,
    postingIds: readonly string[],
    seekerIds: readonly string[] | null = null,
    /** The one seeker whose stale matches among these postings are removed. */
    prune: string | null = null,
  ): Promise<number> {
    if (!postingIds.length) return 0;
    const [postings, seekers] = await Promise.all([
      this.repo.postings(ctx, postingIds),
      this.matchSeekers(ctx, seekerIds),
    ]);
    // The function the quality tests and benchmark J2 measure: related titles through an index,
    // skills read in the representative post's text.
    const found = matchAll(postings, seekers, {
      minScore: MATCH_THRESHOLD,
      perSeeker: MATCHES_PER_SEEKER,
    });
    const rows = found.map((f) => ({
      id: v7(),
      seekerId: f.seekerId,
      postingId: postings[f.postingIndex].id,
      score: f.score,
      reasons: f.reasons,
      source: 'matched' as const,
      pushedBy: null,
    }));
    const { inserted, insertedIds } = await this.repo.insertMatches(ctx, rows);
    await this.announceMatches(ctx, rows, new Set(insertedIds));
    if (prune) {
      // A seeker's new preferences: matches the pool no longer supports go (a coach's picks stay).
      await this.repo.pruneMatches(
        ctx,
        prune,
        postingIds,
        rows.map((r) => r.postingId),
      );
    }
    return inserted;
  }

  /** One `job.matched` event per seeker with new matches (the fan-out's transaction, if any). */
  private async announceMatches(
    ctx: TenantScope,
    rows: { id: string; seekerId: string; postingId: string; score: number }[],
    fresh: ReadonlySet<string>,
  ): Promise<void> {
    const bySeeker = new Map<string, typeof rows>();
    for (const r of rows) {
      if (fresh.has(r.id)) bySeeker.set(r.seekerId, [...(bySeeker.get(r.seekerId) ?? []), r]);
    }
    for (const [seekerId, list] of bySeeker) {
      await this.webhooks.emit(ctx, WebhookEventType.JOB_MATCHED, {
        seekerId: toGlobalId('Seeker', seekerId),
        matches: list.slice(0, 50).map((r) => ({
          matchId: toGlobalId('JobMatch', r.id),
          postingId: toGlobalId('JobPosting', r.postingId),
          score: r.score,
        })),
        more: Math.max(0, list.length - 50),
      });
    }
  }

  /** Matches a seeker against the postings of the last 30 days (after preferences change). */
  async refreshMatches(ctx: TenantScope, seekerId: string): Promise<number> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const pool = await this.repo.recentPostings(
      ctx,
      new Date(Date.now() - POOL_DAYS * DAY),
      POOL_LIMIT,
    );
    return this.matchPostings(
      ctx,
      pool.map((p) => p.id),
      [seeker.uuid],
      seeker.uuid,
    );
  }

  async setPreferences(
    ctx: TenantScope,
    seekerId: string,
    p: { skills: string[]; remote: string },
  ): Promise<number> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const skills = [...new Set(p.skills.map((s) => s.trim()).filter(Boolean))];
    await this.repo.savePreferences(ctx, seeker.uuid, { skills, remote: p.remote });
    return this.refreshMatches(ctx, seekerId);
  }

  async preferences(ctx: TenantScope, seekerId: string) {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const [p] = await this.repo.preferences(ctx, [seeker.uuid]);
    return p ?? { seekerId: seeker.uuid, skills: [], remote: 'open' };
  }

  async matches(
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
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    return this.repo.matchesOf(ctx, seeker.uuid, opts);
  }

  /** For `node(id)`: the match if the caller sees its seeker, else null. */
  async findMatch(ctx: TenantScope, matchId: string): Promise<MatchRow | null> {
    const m = await this.repo.match(ctx, matchId);
    return m && (await this.seekers.findVisible(ctx, m.seekerId)) ? m : null;
  }

  async dismiss(ctx: TenantScope, matchId: string): Promise<MatchRow> {
    const m = await this.repo.match(ctx, matchId);
    if (!m || !(await this.seekers.findVisible(ctx, m.seekerId)))
      throw AppError.notFound('job match');
    await this.repo.dismissMatch(ctx, matchId);
    return { ...m, dismissedAt: new Date() };
  }

  /** A coach sends a posting to seekers: it appears in their matches, with who sent it. */
  async push(ctx: TenantScope, postingId: string, seekerIds: string[]): Promise<number> {
    const [posting] = await this.repo.postings(ctx, [postingId]);
    if (!posting) throw AppError.notFound('job posting');
    const seekers = await this.seekers.visibleByIds(ctx, seekerIds);
    if (seekers.length !== new Set(seekerIds).size) throw AppError.notFound('seeker');
    const bySeeker = new Map(
      (
        await this.matchSeekers(
          ctx,
          seekers.map((s) => s.uuid),
        )
      ).map((s) => [s.id, s]),
    );
    const actor = ctx.principal.kind === 'user' ? ctx.principal.membershipId : null;
    const pushed = await this.repo.insertMatches(
      ctx,
      seekers.map((s) => {
        const ms = bySeeker.get(s.uuid);
        const m = ms ? scoreMatch(posting, ms) : { score: 0, reasons: [] as string[] };
        return {
          id: v7(),
          seekerId: s.uuid,
          postingId,
          score: m.score,
          reasons: ['Sent by your coach', ...m.reasons],
          source: 'coach' as const,
          pushedBy: actor,
        };
      }),
    );
    return pushed.total;
  }

  postings(ctx: TenantScope, ids: readonly string[]): Promise<PostingRow[]> {
    return this.repo.postings(ctx, ids);
  }

  /**
   * Recent postings to browse, newest first: every word of `query` must appear in the title,
   * company or place (any case). Postings are the public layer, so any tenant's staff sees all.
   */
  searchPostings(
    ctx: TenantScope,
    opts: {
      query: string | null;
      workplace: string | null;
      days: number;
      limit: number;
      afterId: string | null;
    },
  ): Promise<PostingRow[]> {
    const words = (opts.query ?? '').trim().split(/\s+/).filter(Boolean);
    if (words.length > MAX_SEARCH_WORDS) {
      throw AppError.badInput(`Search with at most ${MAX_SEARCH_WORDS} words.`, ['query']);
    }
    return this.repo.searchPostings(ctx, {
      words,
      workplace: opts.workplace,
      since: new Date(Date.now() - opts.days * DAY),
      limit: opts.limit,
      afterId: opts.afterId,
    });
  }

  recruitersOf(ctx: TenantScope, postingIds: readonly string[]) {
    return this.repo.recruitersOf(ctx, postingIds);
  }

  activeRecruiters(ctx: TenantScope, days: number, limit: number) {
    return this.repo.activeRecruiters(ctx, new Date(Date.now() - days * DAY), limit);
  }

  postingPosts(ctx: TenantScope, postingIds: readonly string[]) {
    return this.repo.postingPosts(ctx, postingIds);
  }

  // ---- the pipeline ----

  async save(
    ctx: TenantScope,
    seekerId: string,
    input: {
      postingId?: string | null;
      title?: string;
      company?: string;
      companyId?: string | null;
      notes?: string;
    },
  ): Promise<ApplicationRow> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    let title = input.title?.trim() ?? '';
    let company = input.company?.trim() || null;
    if (input.postingId) {
      const [p] = await this.repo.postings(ctx, [input.postingId]);
      if (!p) throw AppError.notFound('job posting');
      title ||= p.title;
      company ??= p.company ?? (p.companyHandle ? `@${p.companyHandle}` : null);
    }
    if (!title) throw AppError.badInput('Give the job title, or a posting to save.', ['title']);
    if (input.companyId) await this.research.company(ctx, input.companyId);
    const row = await this.repo.insertApplication(
      ctx,
      {
        id: v7(),
        seekerId: seeker.uuid,
        postingId: input.postingId ?? null,
        companyId: input.companyId ?? null,
        title,
        company,
        contacts: [],
        notes: input.notes?.trim() || null,
      },
      v7(),
      this.actor(ctx),
    );
    if (!row) {
      throw new AppError('CONFLICT', 'This seeker already saved this posting.', ['postingId']);
    }
    return row;
  }

  async application(ctx: TenantScope, id: string): Promise<ApplicationRow> {
    const a = await this.repo.application(ctx, id);
    if (!a || !(await this.seekers.findVisible(ctx, a.seekerId)))
      throw AppError.notFound('job application');
    return a;
  }

  async findApplication(ctx: TenantScope, id: string): Promise<ApplicationRow | null> {
    const a = await this.repo.application(ctx, id);
    return a && (await this.seekers.findVisible(ctx, a.seekerId)) ? a : null;
  }

  async applications(
    ctx: TenantScope,
    seekerId: string,
    page: { limit: number; afterId: string | null },
  ): Promise<ApplicationRow[]> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    return this.repo.applicationsPage(ctx, seeker.uuid, page);
  }

  async move(
    ctx: TenantScope,
    id: string,
    to: Stage,
    note: string | null,
  ): Promise<ApplicationRow> {
    await this.application(ctx, id);
    return this.db.tx(ctx, async (tx) => {
      const a = await this.repo.application(tx, id, true);
      if (!a) throw AppError.notFound('job application');
      const problem = applicationMoveProblem(a.stage, to);
      if (problem) throw new AppError('INVALID_STATE', problem, ['stage']);
      const moved = await this.repo.moveApplication(
        tx,
        { id, from: a.stage, to, note },
        v7(),
        this.actor(ctx),
      );
      await this.webhooks.emit(tx, WebhookEventType.PIPELINE_STAGE_CHANGED, {
        applicationId: toGlobalId('JobApplication', id),
        seekerId: toGlobalId('Seeker', a.seekerId),
        postingId: a.postingId ? toGlobalId('JobPosting', a.postingId) : null,
        title: a.title,
        company: a.company,
        from: a.stage,
        to,
      });
      return moved;
    });
  }

  async update(
    ctx: TenantScope,
    id: string,
    patch: { notes?: string | null; contacts?: string[] | null; companyId?: string | null },
  ): Promise<ApplicationRow> {
    await this.application(ctx, id);
    if (patch.companyId) await this.research.company(ctx, patch.companyId);
    return this.repo.updateApplication(ctx, id, patch);
  }

  eventsOf(ctx: TenantScope, ids: readonly string[]) {
    return this.repo.eventsOf(ctx, ids);
  }

  /** Funnel for a seeker, a coach's caseload or a cohort: only seekers the caller may see. */
  async funnel(ctx: TenantScope, seekerIds: string[]) {
    const visible = await this.seekers.visibleByIds(ctx, seekerIds);
    const counts = await this.repo.funnel(
      ctx,
      visible.map((s) => s.uuid),
    );
    return { seekers: visible.length, ...counts };
  }

  /** Applications as CSV (RFC 4180), for the seekers the caller may see. */
  async csv(ctx: TenantScope, seekerIds: string[]): Promise<string> {
    const visible = await this.seekers.visibleByIds(ctx, seekerIds);
    const names = new Map(visible.map((s) => [s.uuid, s.name]));
    const rows = await this.repo.applicationsOf(
      ctx,
      visible.map((s) => s.uuid),
    );
    return csv(
      [
        'seeker',
        'title',
        'company',
        'stage',
        'saved_at',
        'applied_at',
        'interviewing_at',
        'offer_at',
        'closed_at',
        'contacts',
        'notes',
      ],
      rows.map((a) => [
        names.get(a.seekerId),
        a.title,
        a.company,
        a.stage,
        a.savedAt,
        a.appliedAt,
        a.interviewingAt,
        a.offerAt,
        a.closedAt,
        a.contacts.join('; '),
        a.notes,
      ]),
    );
  }

  private actor(ctx: TenantScope): string | null {
    return ctx.principal.kind === 'user' ? ctx.principal.membershipId : null;
  }

  /** The seeker's id if the caller may see them; NOT_FOUND otherwise. */
  async visibleSeeker(ctx: TenantScope, seekerId: string): Promise<string> {
    return (await this.seekers.getSeeker(ctx, seekerId)).uuid;
  }

  /**
   * A coach's caseload. The staff member must be one the caller may look up (staff see staff;
   * a seeker sees none): a foreign or random id is NOT_FOUND, never an empty caseload.
   */
  async seekerIdsOfCoach(ctx: TenantScope, membershipId: string): Promise<string[]> {
    const staff =
      ctx.principal.kind === 'user' && ctx.principal.role === 'seeker'
        ? null
        : await this.identity.getStaffMember(ctx, membershipId);
    if (!staff || staff.role === 'seeker') throw AppError.notFound('staff member');
    return this.repo.seekerIdsOfCoach(ctx, membershipId);
  }
}
