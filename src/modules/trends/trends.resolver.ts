import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, STAFF, WRITERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { SeekerModel } from '../seekers/models/seeker.model.js';
import { CohortModel } from '../peers/cohorts.resolver.js';
import { CohortsService } from '../peers/cohorts.service.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { AddTopicInput, RemoveTopicInput } from './inputs/trends.inputs.js';
import {
  AddTopicPayload,
  DailyBriefingModel,
  FeedPruningModel,
  FollowingSource,
  PruneSuggestionKind,
  RemoveTopicPayload,
  TopicModel,
  TrendBurstModel,
} from './models/trends.model.js';
import { TrendsService, type BurstItem } from './trends.service.js';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

function dayArg(day: string | null | undefined): string {
  // An explicit null (an empty variable) means today, as a left-out argument does.
  if (day === undefined || day === null) return new Date().toISOString().slice(0, 10);
  const t = Date.parse(`${day}T00:00:00Z`);
  if (!DAY_RE.test(day) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day) {
    throw AppError.badInput('Give the day as YYYY-MM-DD.', ['day']);
  }
  return day;
}

const burst = (b: BurstItem): TrendBurstModel => ({
  term: b.term,
  day: b.day,
  count: b.count,
  baseline: b.baseline,
  score: b.score,
  emerging: b.emerging,
  related: b.related,
  topic: TopicModel.of(b.topic),
  posts: b.posts.map((p) => ({
    xId: p.id,
    url: p.url,
    author: p.author,
    createdAt: p.createdAt,
    text: p.text,
  })),
  links: b.links,
});

@Resolver(() => TopicModel)
export class TrendsResolver {
  constructor(
    private readonly trends: TrendsService,
    private readonly seekers: SeekersService,
    private readonly cohorts: CohortsService,
  ) {}

  // Seekers read their own topics and briefing; visibility keeps them to their own record.
  @Allow({ roles: [...STAFF, 'seeker'], scopes: ['read'] })
  @Query(() => [TopicModel], {
    description: "The organization's topics, and with seekerId that seeker's too.",
  })
  async topics(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID, nullable: true }) seekerId?: string,
    @Args('cohortId', { type: () => ID, nullable: true }) cohortId?: string,
  ): Promise<TopicModel[]> {
    const ids = seekerId ? [await this.visibleSeeker(ctx, seekerId)] : [];
    const cohorts = cohortId
      ? [(await this.cohorts.cohort(ctx, fromGlobalId(cohortId, 'Cohort'))).id]
      : [];
    return (await this.trends.topicsFor(ctx, ids, cohorts)).map((t) => TopicModel.of(t));
  }

  @Allow({ roles: [...STAFF, 'seeker'], scopes: ['read'] })
  @Query(() => DailyBriefingModel, {
    description:
      "The freshest bursts in a seeker's topics and the organization's, for any day (default today, UTC).",
  })
  async dailyBriefing(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
    @Args('day', { nullable: true, description: 'YYYY-MM-DD' }) day?: string,
  ): Promise<DailyBriefingModel> {
    const d = dayArg(day);
    const b = await this.trends.briefing(ctx, fromGlobalId(seekerId, 'Seeker'), d);
    return {
      day: d,
      topics: b.topics.length,
      items: b.items.map(burst),
      emptyReason: b.items.length
        ? null
        : b.topics.length
          ? `Nothing broke on ${d} in ${b.topics.length} topic(s): every term stayed near its own normal.`
          : 'No topics yet for this seeker or the organization: add some with addTopic.',
    };
  }

  // It reads X (billed) for accounts Perch has not seen: those who may spend, not viewers.
  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Query(() => FeedPruningModel, {
    description:
      'Which accounts the seeker follows are worth keeping, with reasons and X links to act on; plus accounts to follow from their topics. Reads X (billed) for accounts Perch has not seen.',
  })
  async feedPruning(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
  ): Promise<FeedPruningModel> {
    const r = await this.trends.pruning(ctx, fromGlobalId(seekerId, 'Seeker'));
    return {
      source: r.source as FollowingSource,
      following: r.following,
      analyzed: r.analyzed,
      suggestions: r.items.map((i) => ({
        account: { xId: i.user.id, username: i.user.username, name: i.user.name },
        lastActivity: i.lastActivity,
        postsPerWeek: i.postsPerWeek,
        repostShare: i.repostShare,
        duplicateShare: i.duplicateShare,
        relevance: i.relevance,
        suggestion: i.suggestion as PruneSuggestionKind,
        reason: i.reason,
        link: i.link,
      })),
      toFollow: r.follow.map((f) => ({
        account: { xId: f.user.id, username: f.user.username, name: f.user.name },
        reason: f.reason,
        link: f.link,
      })),
    };
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => AddTopicPayload, {
    description:
      'Follow a keyword, hashtag, X query or list for trends (a bad query is refused with what is wrong).',
  })
  async addTopic(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AddTopicInput }) input: AddTopicInput,
  ): Promise<AddTopicPayload> {
    const p = ctx.principal;
    if (!input.seekerId && !input.cohortId && p.kind === 'user' && p.role === 'coach') {
      throw new AppError(
        'FORBIDDEN',
        'Organization-wide topics are managed by owners and admins; a coach adds topics for a seeker.',
      );
    }
    const topic = await this.trends.addTopic(ctx, {
      name: input.name,
      kind: input.kind,
      value: input.value,
      seekerId: input.seekerId ? fromGlobalId(input.seekerId, 'Seeker') : null,
      cohortId: input.cohortId ? fromGlobalId(input.cohortId, 'Cohort') : null,
    });
    return Object.assign(new AddTopicPayload(), { topic: TopicModel.of(topic) });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => RemoveTopicPayload)
  async removeTopic(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => RemoveTopicInput }) input: RemoveTopicInput,
  ): Promise<RemoveTopicPayload> {
    const id = fromGlobalId(input.topicId, 'Topic');
    const t = await this.trends.topic(ctx, id);
    const p = ctx.principal;
    if (t && !t.seekerId && p.kind === 'user' && p.role === 'coach') {
      throw new AppError('FORBIDDEN', 'Organization-wide topics are managed by owners and admins.');
    }
    await this.trends.removeTopic(ctx, id);
    return Object.assign(new RemoveTopicPayload(), { removedTopicId: input.topicId });
  }

  @ResolveField(() => CohortModel, { nullable: true, description: 'The cohort it is for.' })
  async cohort(@Parent() t: TopicModel, @Ctx() ctx: TenantScope): Promise<CohortModel | null> {
    const c = t.row.cohortId ? await this.cohorts.find(ctx, t.row.cohortId) : null;
    return c ? CohortModel.of(c) : null;
  }

  @ResolveField(() => SeekerModel, { nullable: true })
  seeker(@Parent() t: TopicModel, @Ctx() ctx: TenantScope): Promise<SeekerModel | null> {
    return t.row.seekerId ? this.seekers.findVisible(ctx, t.row.seekerId) : Promise.resolve(null);
  }

  @ResolveField(() => [TrendBurstModel], {
    description:
      'Bursts over the `days` days (1–30, default 14) ending `day` (default today, UTC).',
  })
  async bursts(
    @Parent() t: TopicModel,
    @Ctx() ctx: TenantScope,
    @Args('day', { nullable: true }) day?: string,
    @Args('days', { type: () => Int, nullable: true }) days?: number,
  ): Promise<TrendBurstModel[]> {
    if (days !== undefined && (days < 1 || days > 30)) {
      throw AppError.badInput('`days` is 1 to 30.', ['days']);
    }
    return (await this.trends.bursts(ctx, t.row, dayArg(day), days ?? 14)).map(burst);
  }

  private async visibleSeeker(ctx: TenantScope, globalId: string): Promise<string> {
    const id = fromGlobalId(globalId, 'Seeker');
    if (!(await this.seekers.findVisible(ctx, id))) throw AppError.notFound('seeker');
    return id;
  }
}
