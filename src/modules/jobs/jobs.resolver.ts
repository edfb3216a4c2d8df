import {
  Args,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Allow, Ctx, STAFF, WRITERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import {
  Connection,
  decodeRowCursor,
  PageArgs,
  pageSize,
  toRowPage,
} from '../../platform/graphql/pagination.js';
import { ACTORS, READERS } from '../mentorship/mentorship.resolver.js';
import { CohortsService } from '../peers/cohorts.service.js';
import { CompanyModel } from '../research/models/research.model.js';
import { ResearchService } from '../research/research.service.js';
import {
  ApplicationEventModel,
  DismissJobMatchInput,
  JobApplicationModel,
  JobApplicationPayload,
  JobFunnelModel,
  JobMatchModel,
  JobMatchPayload,
  JobPostingModel,
  JobPostingsArgs,
  JobPreferencesModel,
  MoveJobApplicationInput,
  PushJobPostingInput,
  PushJobPostingPayload,
  PostingContactModel,
  RecruiterModel,
  SaveJobInput,
  SetJobPreferencesInput,
  SetJobPreferencesPayload,
  UpdateJobApplicationInput,
} from './jobs.models.js';
import type { ApplicationRow } from './jobs.repository.js';
import { JobsService } from './jobs.service.js';
import { nextStages } from './pipeline.js';

@ObjectType()
export class JobMatchConnection extends Connection(JobMatchModel, 'JobMatch') {}

@ObjectType()
export class JobPostingConnection extends Connection(JobPostingModel, 'JobPosting') {}

@ObjectType()
export class JobApplicationConnection extends Connection(JobApplicationModel, 'JobApplication') {}

const app = (a: ApplicationRow) => JobApplicationModel.of(a, nextStages(a.stage));

@Resolver(() => JobMatchModel)
export class JobMatchesResolver {
  constructor(private readonly jobs: JobsService) {}

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => JobMatchConnection, {
    description:
      'Openings matched to the seeker (or sent by a coach), best first, with the reasons. `since` shows only new ones; roles whose apply link is dead (filled) are left out unless `includeClosed`.',
  })
  async jobMatches(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
    @Args() page: PageArgs,
    @Args('since', { type: () => Date, nullable: true }) since?: Date,
    @Args('includeDismissed', { defaultValue: false }) includeDismissed?: boolean,
    @Args('includeClosed', { defaultValue: false }) includeClosed?: boolean,
  ): Promise<JobMatchConnection> {
    const first = pageSize(page);
    const rows = await this.jobs.matches(ctx, fromGlobalId(seekerId, 'Seeker'), {
      since: since ?? null,
      includeDismissed: includeDismissed ?? false,
      includeClosed: includeClosed ?? false,
      limit: first + 1,
      afterId: decodeRowCursor('JobMatch', page.after),
    });
    return toRowPage('JobMatch', rows, first, page.after, (m) => JobMatchModel.of(m));
  }

  @ResolveField(() => JobPostingModel)
  async posting(@Parent() m: JobMatchModel, @Ctx() ctx: TenantScope): Promise<JobPostingModel> {
    const [p] = await this.jobs.postings(ctx, [m.postingId]);
    return JobPostingModel.of(p);
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => JobPreferencesModel)
  async jobPreferences(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
  ): Promise<JobPreferencesModel> {
    return this.jobs.preferences(ctx, fromGlobalId(seekerId, 'Seeker'));
  }

  @Allow({ roles: STAFF, scopes: ['read'] })
  @Query(() => [RecruiterModel], {
    description: 'Recruiters active on X lately, most active first.',
  })
  async recruiters(
    @Ctx() ctx: TenantScope,
    @Args('days', { type: () => Int, defaultValue: 30 }) days: number,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<RecruiterModel[]> {
    const rows = await this.jobs.activeRecruiters(
      ctx,
      Math.min(Math.max(days, 1), 365),
      Math.min(Math.max(first, 1), 100),
    );
    return rows.map((r) => RecruiterModel.of(r));
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => SetJobPreferencesPayload, {
    description: 'Skills and remote preference for matching; the seeker is matched again.',
  })
  async setJobPreferences(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => SetJobPreferencesInput }) input: SetJobPreferencesInput,
  ): Promise<SetJobPreferencesPayload> {
    const seekerId = fromGlobalId(input.seekerId, 'Seeker');
    const newMatches = await this.jobs.setPreferences(ctx, seekerId, input);
    return Object.assign(new SetJobPreferencesPayload(), {
      preferences: await this.jobs.preferences(ctx, seekerId),
      newMatches,
    });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => PushJobPostingPayload, { description: 'A coach sends a posting to seekers.' })
  async pushJobPosting(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => PushJobPostingInput }) input: PushJobPostingInput,
  ): Promise<PushJobPostingPayload> {
    const pushed = await this.jobs.push(
      ctx,
      fromGlobalId(input.postingId, 'JobPosting'),
      input.seekerIds.map((id) => fromGlobalId(id, 'Seeker')),
    );
    return Object.assign(new PushJobPostingPayload(), { pushed });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => JobMatchPayload)
  async dismissJobMatch(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => DismissJobMatchInput }) input: DismissJobMatchInput,
  ): Promise<JobMatchPayload> {
    const m = await this.jobs.dismiss(ctx, fromGlobalId(input.matchId, 'JobMatch'));
    return Object.assign(new JobMatchPayload(), { match: JobMatchModel.of(m) });
  }
}

@Resolver(() => JobPostingModel)
export class JobPostingsResolver {
  constructor(private readonly jobs: JobsService) {}

  @Allow({ roles: STAFF, scopes: ['read'] })
  @Query(() => JobPostingConnection, {
    description:
      'Recent openings to browse or search, newest first, whether or not they matched anyone (a coach can then push one with pushJobPosting).',
  })
  async jobPostings(
    @Ctx() ctx: TenantScope,
    @Args() args: JobPostingsArgs,
  ): Promise<JobPostingConnection> {
    const first = pageSize(args);
    const rows = await this.jobs.searchPostings(ctx, {
      query: args.query ?? null,
      workplace: args.workplace ?? null,
      days: args.days ?? 30,
      limit: first + 1,
      afterId: decodeRowCursor('JobPosting', args.after),
    });
    return toRowPage('JobPosting', rows, first, args.after, (p) => JobPostingModel.of(p));
  }

  @ResolveField(() => [RecruiterModel], { description: 'Recruiters who posted it.' })
  async recruiters(
    @Parent() p: JobPostingModel,
    @Ctx() ctx: TenantScope,
  ): Promise<RecruiterModel[]> {
    return (await this.jobs.recruitersOf(ctx, [p.uuid])).map((r) => RecruiterModel.of(r));
  }

  @ResolveField(() => [PostingContactModel], {
    description:
      'People its posts name to contact (the recruiter or hiring manager), first named first.',
  })
  async contacts(
    @Parent() p: JobPostingModel,
    @Ctx() ctx: TenantScope,
  ): Promise<PostingContactModel[]> {
    const handles = (await this.jobs.postingPosts(ctx, [p.uuid])).flatMap((x) =>
      x.contact ? [x.contact] : [],
    );
    const seen = new Map<string, string>();
    for (const h of handles) if (!seen.has(h.toLowerCase())) seen.set(h.toLowerCase(), h);
    return [...seen.values()].map((h) => PostingContactModel.of(h));
  }

  @ResolveField(() => [String], { description: 'The posts on X that announced it.' })
  async sourcePostUrls(@Parent() p: JobPostingModel, @Ctx() ctx: TenantScope): Promise<string[]> {
    return (await this.jobs.postingPosts(ctx, [p.uuid])).map(
      (x) => `https://x.com/${x.username ?? 'i'}/status/${x.postId}`,
    );
  }
}

@Resolver(() => JobApplicationModel)
export class JobApplicationsResolver {
  constructor(
    private readonly jobs: JobsService,
    private readonly cohorts: CohortsService,
    private readonly research: ResearchService,
  ) {}

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => JobApplicationConnection, {
    description: 'The seeker’s pipeline, latest change first.',
  })
  async jobApplications(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
    @Args() page: PageArgs,
  ): Promise<JobApplicationConnection> {
    const first = pageSize(page);
    const rows = await this.jobs.applications(ctx, fromGlobalId(seekerId, 'Seeker'), {
      limit: first + 1,
      afterId: decodeRowCursor('JobApplication', page.after),
    });
    return toRowPage('JobApplication', rows, first, page.after, app);
  }

  private async seekerIdsFor(
    ctx: TenantScope,
    by: { seekerId?: string; staffMemberId?: string; cohortId?: string },
  ): Promise<string[]> {
    const given = [by.seekerId, by.staffMemberId, by.cohortId].filter(Boolean).length;
    if (given !== 1) {
      throw AppError.badInput('Give exactly one of seekerId, staffMemberId or cohortId.', [
        'seekerId',
      ]);
    }
    if (by.seekerId)
      return [await this.jobs.visibleSeeker(ctx, fromGlobalId(by.seekerId, 'Seeker'))];
    if (by.cohortId) {
      const cohortId = fromGlobalId(by.cohortId, 'Cohort');
      await this.cohorts.cohort(ctx, cohortId);
      return (await this.cohorts.members(ctx, cohortId)).map((m) => m.uuid);
    }
    return this.jobs.seekerIdsOfCoach(ctx, fromGlobalId(by.staffMemberId!, 'StaffMember'));
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => JobFunnelModel, {
    description:
      'Funnel analytics for a seeker, a coach’s caseload (staffMemberId) or a cohort: applications that reached each stage. Only seekers the caller may see count.',
  })
  async jobFunnel(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID, nullable: true }) seekerId?: string,
    @Args('staffMemberId', { type: () => ID, nullable: true }) staffMemberId?: string,
    @Args('cohortId', { type: () => ID, nullable: true }) cohortId?: string,
  ): Promise<JobFunnelModel> {
    return this.jobs.funnel(
      ctx,
      await this.seekerIdsFor(ctx, { seekerId, staffMemberId, cohortId }),
    );
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => String, {
    description: 'Applications as CSV (RFC 4180) for a seeker, a coach’s caseload or a cohort.',
  })
  async jobApplicationsCsv(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID, nullable: true }) seekerId?: string,
    @Args('staffMemberId', { type: () => ID, nullable: true }) staffMemberId?: string,
    @Args('cohortId', { type: () => ID, nullable: true }) cohortId?: string,
  ): Promise<string> {
    return this.jobs.csv(ctx, await this.seekerIdsFor(ctx, { seekerId, staffMemberId, cohortId }));
  }

  @ResolveField(() => [ApplicationEventModel], { description: 'Every stage change, with dates.' })
  events(
    @Parent() a: JobApplicationModel,
    @Ctx() ctx: TenantScope,
  ): Promise<ApplicationEventModel[]> {
    return this.jobs.eventsOf(ctx, [a.uuid]);
  }

  @ResolveField(() => JobPostingModel, { nullable: true })
  async posting(
    @Parent() a: JobApplicationModel,
    @Ctx() ctx: TenantScope,
  ): Promise<JobPostingModel | null> {
    if (!a.postingId) return null;
    const [p] = await this.jobs.postings(ctx, [a.postingId]);
    return p ? JobPostingModel.of(p) : null;
  }

  @ResolveField(() => CompanyModel, {
    nullable: true,
    description: 'The tracked company, with its dossier (research).',
  })
  async trackedCompany(
    @Parent() a: JobApplicationModel,
    @Ctx() ctx: TenantScope,
  ): Promise<CompanyModel | null> {
    if (!a.companyId) return null;
    const c = await this.research.findCompany(ctx, a.companyId);
    return c ? CompanyModel.of(c) : null;
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => JobApplicationPayload, {
    description: 'Puts a job on the seeker’s pipeline (saved).',
  })
  async saveJob(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => SaveJobInput }) input: SaveJobInput,
  ): Promise<JobApplicationPayload> {
    const a = await this.jobs.save(ctx, fromGlobalId(input.seekerId, 'Seeker'), {
      ...input,
      notes: input.notes ?? undefined,
      postingId: input.postingId ? fromGlobalId(input.postingId, 'JobPosting') : null,
      companyId: input.companyId ? fromGlobalId(input.companyId, 'Company') : null,
    });
    return Object.assign(new JobApplicationPayload(), { application: app(a) });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => JobApplicationPayload, {
    description:
      'One stage move, dated and logged; moves the pipeline does not allow are INVALID_STATE.',
  })
  async moveJobApplication(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => MoveJobApplicationInput }) input: MoveJobApplicationInput,
  ): Promise<JobApplicationPayload> {
    const a = await this.jobs.move(
      ctx,
      fromGlobalId(input.applicationId, 'JobApplication'),
      input.stage,
      input.note ?? null,
    );
    return Object.assign(new JobApplicationPayload(), { application: app(a) });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => JobApplicationPayload)
  async updateJobApplication(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => UpdateJobApplicationInput }) input: UpdateJobApplicationInput,
  ): Promise<JobApplicationPayload> {
    // Left out keeps a field; null clears it.
    const patch: { notes?: string | null; contacts?: string[] | null; companyId?: string | null } =
      {};
    if (input.notes !== undefined) patch.notes = input.notes;
    if (input.contacts !== undefined) patch.contacts = input.contacts;
    if (input.companyId !== undefined) {
      patch.companyId = input.companyId === null ? null : fromGlobalId(input.companyId, 'Company');
    }
    const a = await this.jobs.update(
      ctx,
      fromGlobalId(input.applicationId, 'JobApplication'),
      patch,
    );
    return Object.assign(new JobApplicationPayload(), { application: app(a) });
  }
}
