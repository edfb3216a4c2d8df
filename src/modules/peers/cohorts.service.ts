/**
 * peers: cohorts of seekers at the same stage, in the same field, nearby — made by coaches or
 * suggested by clustering the seekers who agreed to peer matching — with weekly check-ins, a
 * board of the links members shared and an activity feed. Topics can belong to a cohort, so
 * every member's briefing includes them. Seekers see each other only with consent.
 */
import { Injectable } from '@nestjs/common';
import { fieldOf, locate } from '@libs/people';
import { canonicalUrl } from '@libs/text';
import { v7 } from 'uuid';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { decodeCursor, pageSize, toPage } from '../../platform/graphql/pagination.js';
import { normalizeHashtag } from '../orgs/hashtags.js';
import type { SeekerModel } from '../seekers/models/seeker.model.js';
import { SeekersService } from '../seekers/seekers.service.js';
import {
  type CohortSeeker,
  type CohortStage,
  type SuggestedCohort,
  suggestCohorts,
} from './cohort-suggestion.js';
import {
  CohortsRepository,
  type ActivityRow,
  type CheckInRow,
  type CohortRow,
  type LinkRow,
  type MatchableSeeker,
} from './cohorts.repository.js';

const DAY = 86_400_000;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday (UTC) of the ISO week containing the day. */
export function weekOf(day: Date): string {
  const d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  const offset = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - offset * DAY).toISOString().slice(0, 10);
}

/** The Monday of the week of a YYYY-MM-DD day; a day that does not exist is BAD_USER_INPUT. */
function parseDay(day: string, field: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (!DATE_RE.test(day) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day) {
    throw AppError.badInput(`"${day}" is not a date; give the week as YYYY-MM-DD.`, [field]);
  }
  return weekOf(d);
}

export function asCohortSeeker(s: MatchableSeeker): CohortSeeker {
  const field = fieldOf([...s.targetRoles, s.headline ?? '', ...s.industries].join('. '));
  const place = s.locations.map((l) => locate(l)).find((p) => p !== null) ?? null;
  return {
    id: s.id,
    stage: s.careerStage as CohortStage,
    fields: field ? [field] : [],
    place: place ? { name: place.name, lat: place.lat, lng: place.lng } : null,
  };
}

export interface CohortPeer {
  seekerId: string;
  name: string;
  stage: string;
  field: string | null;
  city: string | null;
  xHandle: string | null;
}

@Injectable()
export class CohortsService {
  constructor(
    private readonly repo: CohortsRepository,
    private readonly seekers: SeekersService,
    private readonly db: DatabaseService,
  ) {}

  /** A cohort with its first members, in one transaction: a bad member adds nothing. */
  async create(
    ctx: TenantScope,
    input: {
      name: string;
      field?: string;
      termStart?: string;
      termEnd?: string;
      hashtag?: string;
      stage?: string;
      memberIds?: string[];
    },
  ): Promise<CohortRow> {
    if (input.termStart && input.termEnd && input.termEnd < input.termStart) {
      throw AppError.badInput('The term ends before it starts.', ['termEnd']);
    }
    const hashtag = input.hashtag ? normalizeHashtag(input.hashtag, ['hashtag']) : null;
    const members = [...new Set(input.memberIds ?? [])];
    for (const [i, id] of members.entries()) {
      if (!(await this.seekers.findVisible(ctx, id))) {
        throw new AppError('NOT_FOUND', 'No seeker with that id in this organization.', [
          'memberIds',
          String(i),
        ]);
      }
    }
    return this.db.tx(ctx, async (tx) => {
      const c = await this.repo.insert(tx, {
        id: v7(),
        name: input.name.trim(),
        field: input.field?.trim() || null,
        termStart: input.termStart ?? null,
        termEnd: input.termEnd ?? null,
        hashtag,
        stage: input.stage?.trim() || null,
      });
      for (const id of members) await this.repo.addMember(tx, c.id, id);
      return c;
    });
  }

  find(ctx: TenantScope, id: string): Promise<CohortRow | null> {
    return this.visibleCohort(ctx, id);
  }

  async cohort(ctx: TenantScope, id: string): Promise<CohortRow> {
    const c = await this.visibleCohort(ctx, id);
    if (!c) throw AppError.notFound('cohort');
    return c;
  }

  /** Staff see every cohort; a seeker sees the cohorts they belong to. */
  private async visibleCohort(ctx: TenantScope, id: string): Promise<CohortRow | null> {
    const c = await this.repo.find(ctx, id);
    if (!c) return null;
    const self = this.selfSeeker(ctx);
    if (self && !(await this.repo.isMember(ctx, id, self))) return null;
    return c;
  }

  private selfSeeker(ctx: TenantScope): string | null {
    const p = ctx.principal;
    return p.kind === 'user' && p.role === 'seeker' ? p.seekerId : null;
  }

  async list(ctx: TenantScope, args: { first?: number; after?: string; seekerId?: string }) {
    const first = pageSize(args);
    const self = this.selfSeeker(ctx);
    if (args.seekerId && args.seekerId !== self) {
      // A seeker asking for someone else, or staff for a seeker they may not see: one answer.
      if (self || !(await this.seekers.findVisible(ctx, args.seekerId))) {
        throw AppError.notFound('seeker');
      }
    }
    const whose = self ?? args.seekerId ?? null;
    const rows = whose
      ? await this.repo.cohortsOf(ctx, whose, decodeCursor(args.after), first + 1)
      : await this.repo.list(ctx, decodeCursor(args.after), first + 1);
    return toPage(rows, first, args.after, (r) => r);
  }

  async addMember(ctx: TenantScope, cohortId: string, seekerId: string): Promise<CohortRow> {
    const c = await this.cohort(ctx, cohortId);
    if (!(await this.seekers.findVisible(ctx, seekerId))) throw AppError.notFound('seeker');
    await this.repo.addMember(ctx, cohortId, seekerId);
    return c;
  }

  async removeMember(ctx: TenantScope, cohortId: string, seekerId: string): Promise<CohortRow> {
    const c = await this.cohort(ctx, cohortId);
    if (!(await this.seekers.findVisible(ctx, seekerId))) throw AppError.notFound('seeker');
    await this.repo.removeMember(ctx, cohortId, seekerId);
    return c;
  }

  /** The members the caller may see (a coach: those they coach). */
  async members(ctx: TenantScope, cohortId: string): Promise<SeekerModel[]> {
    const ids = await this.repo.memberIds(ctx, cohortId);
    return this.seekers.visibleByIds(ctx, ids);
  }

  /**
   * Whose check-ins, links and activity the caller may see: staff, the members they may see; a
   * seeker, themselves and the members who agreed to peer matching.
   */
  private async shownMembers(ctx: TenantScope, cohortId: string): Promise<Set<string>> {
    const ids = await this.repo.memberIds(ctx, cohortId);
    const self = this.selfSeeker(ctx);
    if (!self) return new Set((await this.seekers.visibleByIds(ctx, ids)).map((s) => s.uuid));
    const consenting = await this.repo.matchable(ctx, ids);
    return new Set([self, ...consenting.map((s) => s.id)]);
  }

  /**
   * Members as peers see them: only those who agreed to peer matching, and only what a peer
   * needs (name, stage, field, city, X handle).
   */
  async peers(ctx: TenantScope, cohortId: string): Promise<CohortPeer[]> {
    const ids = await this.repo.memberIds(ctx, cohortId);
    const rows = await this.repo.matchable(ctx, ids);
    return rows.map((s) => {
      const c = asCohortSeeker(s);
      return {
        seekerId: s.id,
        name: s.name,
        stage: s.careerStage,
        field: c.fields[0] ?? null,
        city: c.place?.name ?? null,
        xHandle: s.xHandle,
      };
    });
  }

  /**
   * Suggested cohorts from the seekers who agreed to peer matching (and whom the caller sees):
   * same stage band, same field, near each other.
   */
  async suggestions(
    ctx: TenantScope,
    opts: { minSize?: number; maxSize?: number; radiusKm?: number },
  ): Promise<{ suggestion: SuggestedCohort; seekers: SeekerModel[] }[]> {
    const rows = await this.repo.matchable(ctx);
    const visible = new Map(
      (
        await this.seekers.visibleByIds(
          ctx,
          rows.map((r) => r.id),
        )
      ).map((s) => [s.uuid, s]),
    );
    const suggestions = suggestCohorts(
      rows.filter((r) => visible.has(r.id)).map(asCohortSeeker),
      opts,
    );
    return suggestions.map((s) => ({
      suggestion: s,
      seekers: s.memberIds.flatMap((id) => visible.get(id) ?? []),
    }));
  }

  // ---- check-ins, links, activity ----

  private async memberOf(ctx: TenantScope, cohortId: string, seekerId: string, field: string) {
    await this.cohort(ctx, cohortId);
    if (!(await this.seekers.findVisible(ctx, seekerId))) throw AppError.notFound('seeker');
    if (!(await this.repo.isMember(ctx, cohortId, seekerId))) {
      throw AppError.badInput('This seeker is not a member of the cohort; add them first.', [
        field,
      ]);
    }
  }

  async checkIn(
    ctx: TenantScope,
    input: {
      cohortId: string;
      seekerId: string;
      week?: string;
      goal: string;
      status: CheckInRow['status'];
      note?: string;
    },
  ): Promise<CheckInRow> {
    await this.memberOf(ctx, input.cohortId, input.seekerId, 'seekerId');
    const week = input.week ? parseDay(input.week, 'week') : weekOf(new Date());
    return this.repo.upsertCheckIn(ctx, {
      id: v7(),
      cohortId: input.cohortId,
      seekerId: input.seekerId,
      week,
      goal: input.goal.trim(),
      status: input.status,
      note: input.note?.trim() || null,
    });
  }

  async checkIns(ctx: TenantScope, cohortId: string, week: string | null): Promise<CheckInRow[]> {
    const shown = await this.shownMembers(ctx, cohortId);
    const rows = await this.repo.checkIns(ctx, cohortId, week ? parseDay(week, 'week') : null);
    return rows.filter((r) => shown.has(r.seekerId));
  }

  async shareLink(
    ctx: TenantScope,
    input: { cohortId: string; seekerId: string; url: string; title?: string },
  ): Promise<LinkRow> {
    await this.memberOf(ctx, input.cohortId, input.seekerId, 'seekerId');
    const canonical = canonicalUrl(input.url);
    if (!canonical) throw AppError.badInput('Give a full http(s) link.', ['url']);
    return this.repo.shareLink(ctx, {
      cohortId: input.cohortId,
      canonicalUrl: canonical,
      url: input.url.trim(),
      title: input.title?.trim() || null,
      seekerId: input.seekerId,
    });
  }

  /**
   * The links board: what members shared here, and links in members' own X posts of the last
   * 30 days, one entry per page (tracking parameters and t.co wrappers folded).
   */
  async links(ctx: TenantScope, cohortId: string): Promise<LinkRow[]> {
    const shown = await this.shownMembers(ctx, cohortId);
    const shared = (await this.repo.links(ctx, cohortId))
      .map((l) => ({ ...l, sharerIds: l.sharerIds.filter((id) => shown.has(id)) }))
      .filter((l) => l.sharerIds.length > 0);
    const byUrl = new Map(shared.map((l) => [l.canonicalUrl, l]));
    const fromPosts = (
      await this.repo.memberPostLinks(ctx, cohortId, new Date(Date.now() - 30 * DAY))
    ).filter((p) => shown.has(p.seekerId));
    for (const p of fromPosts) {
      const canonical = canonicalUrl(p.url);
      if (!canonical || canonical.startsWith('https://t.co/')) continue;
      const at = new Date(p.at);
      const l = byUrl.get(canonical);
      if (l) {
        l.shares++;
        if (!l.sharerIds.includes(p.seekerId)) l.sharerIds.push(p.seekerId);
        if (at > l.lastAt) l.lastAt = at;
      } else {
        byUrl.set(canonical, {
          canonicalUrl: canonical,
          url: p.url,
          title: null,
          shares: 1,
          sharerIds: [p.seekerId],
          firstAt: at,
          lastAt: at,
        });
      }
    }
    return [...byUrl.values()].sort(
      (a, b) =>
        b.shares - a.shares ||
        b.lastAt.getTime() - a.lastAt.getTime() ||
        a.canonicalUrl.localeCompare(b.canonicalUrl),
    );
  }

  async activity(ctx: TenantScope, cohortId: string, limit: number): Promise<ActivityRow[]> {
    const shown = await this.shownMembers(ctx, cohortId);
    // Read more than asked, as hidden members' entries are dropped after the query.
    const rows = await this.repo.activity(ctx, cohortId, Math.min(limit * 4, 1000));
    return rows.filter((a) => a.seekerId === null || shown.has(a.seekerId)).slice(0, limit);
  }
}
