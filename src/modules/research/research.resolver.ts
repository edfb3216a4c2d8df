import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, STAFF, WRITERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { PageArgs, type Page } from '../../platform/graphql/pagination.js';
import { SeekerModel } from '../seekers/models/seeker.model.js';
import { SeekersService } from '../seekers/seekers.service.js';
import type { DossierBody, PostRef } from './dossier.js';
import {
  AddCompanyInput,
  DiscoverCompanyAccountsInput,
  RemoveSeekerTargetInput,
  ReviewCompanyAccountInput,
  SetSeekerTargetInput,
} from './inputs/research.inputs.js';
import {
  AddCompanyPayload,
  CompanyAccountModel,
  CompanyConnection,
  CompanyModel,
  DiscoverCompanyAccountsPayload,
  DossierModel,
  InterviewBriefModel,
  RemoveSeekerTargetPayload,
  ReviewCompanyAccountPayload,
  SeekerTargetModel,
  SetSeekerTargetPayload,
  type DossierPostModel,
} from './models/research.model.js';
import { ResearchService, briefMarkdown } from './research.service.js';

const post = (p: PostRef): DossierPostModel => ({
  xId: p.id,
  url: p.url,
  author: p.author,
  createdAt: new Date(p.createdAt),
  text: p.text,
});
const claims = <T extends { posts: PostRef[] }>(xs: T[]) =>
  xs.map((x) => ({ ...x, posts: x.posts.map(post) }));

export function toDossierModel(b: DossierBody, computedAt: Date): DossierModel {
  return {
    computedAt,
    windowFrom: new Date(b.window.from),
    windowTo: new Date(b.window.to),
    posts: b.window.posts,
    brandPosts: b.window.brandPosts,
    employeePosts: b.window.employeePosts,
    emptyReason: b.window.posts
      ? null
      : "No posts from this company's confirmed accounts in the last 30 days yet. They arrive as the accounts are polled (see xWatches); confirm employees with discoverCompanyAccounts to widen the picture.",
    themes: claims(b.themes),
    values: claims(b.values),
    tone: b.tone,
    cadence: {
      ...b.cadence,
      lastPostAt: b.cadence.lastPostAt ? new Date(b.cadence.lastPostAt) : null,
    },
    hiring: {
      posts: b.hiring.posts,
      roles: claims(b.hiring.roles),
      teams: claims(b.hiring.teams),
      locations: claims(b.hiring.locations),
      workplace: claims(b.hiring.workplace),
    },
    voices: b.voices,
    changes: {
      newThemes: claims(b.changes.newThemes),
      rising: claims(b.changes.rising),
      falling: claims(b.changes.falling),
    },
  };
}

@Resolver(() => CompanyModel)
export class ResearchResolver {
  constructor(private readonly research: ResearchService) {}

  @Allow({ roles: STAFF, scopes: ['read'] })
  @Query(() => CompanyConnection, { description: 'Companies the organization tracks.' })
  async companies(@Ctx() ctx: TenantScope, @Args() args: PageArgs): Promise<Page<CompanyModel>> {
    const page = await this.research.companies(ctx, args);
    return {
      ...page,
      edges: page.edges.map((e) => ({ ...e, node: CompanyModel.of(e.node) })),
      nodes: page.nodes.map((n) => CompanyModel.of(n)),
    };
  }

  @Allow({ roles: STAFF, scopes: ['read'] })
  @Query(() => CompanyModel)
  async company(
    @Ctx() ctx: TenantScope,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CompanyModel> {
    return CompanyModel.of(await this.research.company(ctx, fromGlobalId(id, 'Company')));
  }

  @Allow({ roles: STAFF, scopes: ['read'] })
  @Query(() => InterviewBriefModel, {
    description: 'What a seeker should know for an interview at the company, also as Markdown.',
  })
  async interviewBrief(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
    @Args('companyId', { type: () => ID }) companyId: string,
  ): Promise<InterviewBriefModel> {
    const b = await this.research.brief(
      ctx,
      fromGlobalId(seekerId, 'Seeker'),
      fromGlobalId(companyId, 'Company'),
    );
    return {
      company: b.company,
      generatedAt: new Date(b.generatedAt),
      talkingPoints: b.talkingPoints.map((t) => ({ point: t.point, posts: t.posts.map(post) })),
      people: b.people.map((p) => ({ ...p, recentPosts: p.posts })),
      readFirst: b.readFirst.map(post),
      markdown: briefMarkdown(b),
    };
  }

  @ResolveField(() => [CompanyAccountModel], {
    description: 'Accounts that speak for the company: the brand, and what discovery found.',
  })
  async accounts(
    @Parent() c: CompanyModel,
    @Ctx() ctx: TenantScope,
  ): Promise<CompanyAccountModel[]> {
    return (await this.research.accountsOf(ctx, [c.uuid])).map((a) => CompanyAccountModel.of(a));
  }

  @ResolveField(() => DossierModel, {
    description: 'The culture dossier; every claim links to posts.',
  })
  async dossier(@Parent() c: CompanyModel, @Ctx() ctx: TenantScope): Promise<DossierModel> {
    const d = await this.research.dossier(ctx, c.uuid);
    return toDossierModel(d.body, d.computedAt);
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => AddCompanyPayload, {
    description:
      'Track a company by its brand account on X (checked with X); its posts are then read.',
  })
  async addCompany(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AddCompanyInput }) input: AddCompanyInput,
  ): Promise<AddCompanyPayload> {
    const company = await this.research.addCompany(ctx, input).catch((err: unknown) => {
      // The watch's field is `target`; here the caller gave a `handle`.
      if (err instanceof AppError && err.field?.[0] === 'target') {
        throw new AppError(err.code, err.message, ['handle']);
      }
      throw err;
    });
    return Object.assign(new AddCompanyPayload(), { company: CompanyModel.of(company) });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => DiscoverCompanyAccountsPayload, {
    description:
      "Look for the company's careers, executive and employee accounts, with evidence (X reads are billed).",
  })
  async discoverCompanyAccounts(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => DiscoverCompanyAccountsInput })
    input: DiscoverCompanyAccountsInput,
  ): Promise<DiscoverCompanyAccountsPayload> {
    const id = fromGlobalId(input.companyId, 'Company');
    const accounts = await this.research.discoverAccounts(ctx, id);
    return Object.assign(new DiscoverCompanyAccountsPayload(), {
      company: CompanyModel.of(await this.research.company(ctx, id)),
      accounts: accounts.map((a) => CompanyAccountModel.of(a)),
    });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => ReviewCompanyAccountPayload, {
    description: 'Confirm (Perch then reads its posts) or reject an account discovery suggested.',
  })
  async reviewCompanyAccount(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => ReviewCompanyAccountInput }) input: ReviewCompanyAccountInput,
  ): Promise<ReviewCompanyAccountPayload> {
    const account = await this.research.reviewAccount(
      ctx,
      fromGlobalId(input.companyId, 'Company'),
      input.xAccountId,
      input.decision,
      input.kind,
    );
    return Object.assign(new ReviewCompanyAccountPayload(), {
      account: CompanyAccountModel.of(account),
    });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => SetSeekerTargetPayload, {
    description: "Add a company to a seeker's targets, or change its priority and status.",
  })
  async setSeekerTarget(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => SetSeekerTargetInput }) input: SetSeekerTargetInput,
  ): Promise<SetSeekerTargetPayload> {
    const target = await this.research.setTarget(ctx, {
      seekerId: fromGlobalId(input.seekerId, 'Seeker'),
      companyId: fromGlobalId(input.companyId, 'Company'),
      priority: input.priority,
      status: input.status,
    });
    return Object.assign(new SetSeekerTargetPayload(), { target: SeekerTargetModel.of(target) });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => RemoveSeekerTargetPayload)
  async removeSeekerTarget(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => RemoveSeekerTargetInput }) input: RemoveSeekerTargetInput,
  ): Promise<RemoveSeekerTargetPayload> {
    await this.research.removeTarget(ctx, fromGlobalId(input.targetId, 'SeekerTarget'));
    return Object.assign(new RemoveSeekerTargetPayload(), { removedTargetId: input.targetId });
  }
}

@Resolver(() => SeekerTargetModel)
export class SeekerTargetFieldsResolver {
  constructor(
    private readonly research: ResearchService,
    private readonly seekers: SeekersService,
  ) {}

  @ResolveField(() => CompanyModel)
  async company(@Parent() t: SeekerTargetModel, @Ctx() ctx: TenantScope): Promise<CompanyModel> {
    return CompanyModel.of(await this.research.company(ctx, t.companyId));
  }

  @ResolveField(() => SeekerModel, { nullable: true })
  seeker(@Parent() t: SeekerTargetModel, @Ctx() ctx: TenantScope): Promise<SeekerModel | null> {
    return this.seekers.findVisible(ctx, t.seekerId);
  }
}

@Resolver(() => SeekerModel)
export class SeekerTargetsResolver {
  constructor(private readonly research: ResearchService) {}

  @ResolveField(() => [SeekerTargetModel], {
    description: 'Companies the seeker is aiming for, highest priority first.',
  })
  async targets(@Parent() s: SeekerModel, @Ctx() ctx: TenantScope): Promise<SeekerTargetModel[]> {
    return (await this.research.targetsOf(ctx, [s.uuid])).map((t) => SeekerTargetModel.of(t));
  }
}
