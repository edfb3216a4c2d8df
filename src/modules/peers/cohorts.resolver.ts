import {
  Args,
  ArgsType,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Float, Int, registerEnumType } from '@nestjs/graphql';
import { Allow, Ctx, STAFF, WRITERS } from '../../platform/auth/access.decorators.js';
import { ACTORS, READERS } from '../mentorship/mentorship.resolver.js';
import { MentorshipService } from '../mentorship/mentorship.service.js';
import { MentorReach } from '../mentorship/mentorship.models.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/graphql/global-id.js';
import { Node } from '../../platform/graphql/node.js';
import { Connection, PageArgs, type Page } from '../../platform/graphql/pagination.js';
import { Payload } from '../../platform/graphql/user-error.js';
import { SeekerModel } from '../seekers/models/seeker.model.js';
import type { CohortRow } from './cohorts.repository.js';
import { CohortsService } from './cohorts.service.js';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@ObjectType('Cohort', {
  implements: () => [Node],
  description: 'Seekers at the same stage, in the same field, learning together.',
})
export class CohortModel extends Node {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) termStart!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) termEnd!: string | null;
  @Field(() => String, { nullable: true, description: 'The cohort’s hashtag, without #.' })
  hashtag!: string | null;
  @Field(() => String, { nullable: true }) stage!: string | null;
  @Field() createdAt!: Date;
  uuid!: string;

  static of(c: CohortRow): CohortModel {
    return Object.assign(new CohortModel(), { ...c, id: toGlobalId('Cohort', c.id), uuid: c.id });
  }
}

@ObjectType()
export class CohortConnection extends Connection(CohortModel, 'Cohort') {}

@InputType()
export class CreateCohortInput {
  @Field() @IsString() @Length(1, 120) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) field?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, { message: 'Give the date as YYYY-MM-DD.' })
  termStart?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, { message: 'Give the date as YYYY-MM-DD.' })
  termEnd?: string;
  @Field({ nullable: true, description: 'e.g. "#AustinDataCohort" (no spaces).' })
  @IsOptional()
  @IsString()
  @MaxLength(101)
  hashtag?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) stage?: string;
  @Field(() => [ID], { nullable: true, description: 'First members, e.g. a suggestion’s.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  memberIds?: string[];
}

export enum CheckInStatus {
  ON_TRACK = 'on_track',
  DONE = 'done',
  BLOCKED = 'blocked',
  MISSED = 'missed',
}
registerEnumType(CheckInStatus, { name: 'CheckInStatus' });

@ObjectType('CohortCheckIn', { description: 'A member’s goal for a week and how it went.' })
export class CohortCheckInModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) seekerId!: string;
  @Field({ description: 'The Monday of the week, YYYY-MM-DD.' }) week!: string;
  @Field() goal!: string;
  @Field(() => CheckInStatus) status!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('CohortLink', { description: 'A page members shared, counted once per page.' })
export class CohortLinkModel {
  @Field() url!: string;
  @Field({ description: 'Without tracking parameters.' }) canonicalUrl!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => Int) shares!: number;
  @Field(() => [ID]) sharerIds!: string[];
  @Field() lastAt!: Date;
}

@ObjectType('CohortActivity')
export class CohortActivityModel {
  @Field({ description: 'joined, check_in or link' }) kind!: string;
  @Field(() => ID, { nullable: true }) seekerId!: string | null;
  @Field() at!: Date;
  @Field() detail!: string;
}

@ObjectType('CohortPeer', {
  description: 'A member as other members see them (only members who agreed to peer matching).',
})
export class CohortPeerModel {
  @Field(() => ID) seekerId!: string;
  @Field() name!: string;
  @Field() stage!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) xHandle!: string | null;
}

@ObjectType('CohortXList', {
  description:
    'A shared X list to create for the cohort (Perch does not create lists): its name and the members’ handles.',
})
export class CohortXListModel {
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => [String]) usernames!: string[];
  @Field(() => String, { nullable: true }) hashtag!: string | null;
}

@ObjectType('CohortSuggestion', { description: 'A group the clustering found, with why.' })
export class CohortSuggestionModel {
  @Field() suggestedName!: string;
  @Field() suggestedHashtag!: string;
  @Field() stage!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => Float) score!: number;
  @Field(() => [String]) reasons!: string[];
  @Field(() => [SeekerModel]) members!: SeekerModel[];
}

@ObjectType('PeerSuggestion', {
  description: 'Someone on X at a similar stage, in your field, nearby.',
})
export class PeerSuggestionModel {
  @Field() xAccountId!: string;
  @Field() username!: string;
  @Field(() => Float) score!: number;
  @Field(() => Float, { nullable: true }) distanceKm!: number | null;
  @Field(() => [String]) reasons!: string[];
  @Field() profileUrl!: string;
  @Field() followIntentUrl!: string;
}

@InputType()
export class AddCohortCheckInInput {
  @Field(() => ID) @IsString() cohortId!: string;
  @Field(() => ID) @IsString() seekerId!: string;
  @Field({ nullable: true, description: 'Any day of the week (default: this week).' })
  @IsOptional()
  @Matches(DAY, { message: 'Give the date as YYYY-MM-DD.' })
  week?: string;
  @Field() @IsString() @Length(1, 500) goal!: string;
  @Field(() => CheckInStatus) @IsEnum(CheckInStatus) status!: CheckInStatus;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class ShareCohortLinkInput {
  @Field(() => ID) @IsString() cohortId!: string;
  @Field(() => ID) @IsString() seekerId!: string;
  @Field()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Give a full https:// link.' },
  )
  @MaxLength(2000)
  url!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) title?: string;
}

@ObjectType()
export class CohortCheckInPayload extends Payload {
  @Field(() => CohortCheckInModel, { nullable: true }) checkIn?: CohortCheckInModel | null;
}

@ObjectType()
export class CohortLinkPayload extends Payload {
  @Field(() => CohortLinkModel, { nullable: true }) link?: CohortLinkModel | null;
}

@InputType()
export class AddCohortMemberInput {
  @Field(() => ID) @IsString() cohortId!: string;
  @Field(() => ID) @IsString() seekerId!: string;
}

@InputType()
export class RemoveCohortMemberInput {
  @Field(() => ID) @IsString() cohortId!: string;
  @Field(() => ID) @IsString() seekerId!: string;
}

@ObjectType()
export class CohortPayload extends Payload {
  @Field(() => CohortModel, { nullable: true }) cohort?: CohortModel | null;
}

@ArgsType()
class CohortsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the cohorts this seeker is a member of.' })
  @IsOptional()
  @IsString()
  seekerId?: string;
}

@Resolver(() => CohortModel)
export class CohortsResolver {
  constructor(
    private readonly service: CohortsService,
    private readonly mentorship: MentorshipService,
  ) {}

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => CohortConnection, {
    description: 'Staff: every cohort, or one seeker’s. A seeker: their own.',
  })
  async cohorts(@Ctx() ctx: TenantScope, @Args() args: CohortsArgs): Promise<Page<CohortModel>> {
    const seekerId = args.seekerId ? fromGlobalId(args.seekerId, 'Seeker') : undefined;
    const page = await this.service.list(ctx, { ...args, seekerId });
    const nodes = page.nodes.map((n) => CohortModel.of(n));
    return { ...page, nodes, edges: page.edges.map((e, i) => ({ ...e, node: nodes[i] })) };
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => CohortPayload, { description: 'A coach groups seekers into a cohort.' })
  async createCohort(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CreateCohortInput }) input: CreateCohortInput,
  ): Promise<CohortPayload> {
    const memberIds = (input.memberIds ?? []).map((id) => fromGlobalId(id, 'Seeker'));
    return Object.assign(new CohortPayload(), {
      cohort: CohortModel.of(await this.service.create(ctx, { ...input, memberIds })),
    });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => CohortPayload)
  async addCohortMember(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AddCohortMemberInput }) input: AddCohortMemberInput,
  ): Promise<CohortPayload> {
    const c = await this.service.addMember(
      ctx,
      fromGlobalId(input.cohortId, 'Cohort'),
      fromGlobalId(input.seekerId, 'Seeker'),
    );
    return Object.assign(new CohortPayload(), { cohort: CohortModel.of(c) });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => CohortPayload)
  async removeCohortMember(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => RemoveCohortMemberInput }) input: RemoveCohortMemberInput,
  ): Promise<CohortPayload> {
    const c = await this.service.removeMember(
      ctx,
      fromGlobalId(input.cohortId, 'Cohort'),
      fromGlobalId(input.seekerId, 'Seeker'),
    );
    return Object.assign(new CohortPayload(), { cohort: CohortModel.of(c) });
  }

  @ResolveField(() => [SeekerModel], { description: 'Members you may see (staff).' })
  members(@Parent() c: CohortModel, @Ctx() ctx: TenantScope): Promise<SeekerModel[]> {
    return this.service.members(ctx, c.uuid);
  }

  @ResolveField(() => [CohortPeerModel], {
    description: 'Members as peers see them: only those who agreed to peer matching.',
  })
  async peers(@Parent() c: CohortModel, @Ctx() ctx: TenantScope): Promise<CohortPeerModel[]> {
    return (await this.service.peers(ctx, c.uuid)).map((p) => ({
      ...p,
      seekerId: toGlobalId('Seeker', p.seekerId),
    }));
  }

  @ResolveField(() => CohortXListModel)
  async xList(@Parent() c: CohortModel, @Ctx() ctx: TenantScope): Promise<CohortXListModel> {
    const peers = await this.service.peers(ctx, c.uuid);
    return {
      name: c.name.slice(0, 25),
      description:
        `Peers learning together${c.field ? ` in ${c.field}` : ''}${c.hashtag ? ` · #${c.hashtag}` : ''}`.slice(
          0,
          100,
        ),
      usernames: peers.flatMap((p) => (p.xHandle ? [p.xHandle] : [])),
      hashtag: c.hashtag,
    };
  }

  @ResolveField(() => [CohortCheckInModel], { description: 'Newest week first.' })
  async checkIns(
    @Parent() c: CohortModel,
    @Ctx() ctx: TenantScope,
    @Args('week', { type: () => String, nullable: true, description: 'Any day of the week.' })
    week?: string,
  ): Promise<CohortCheckInModel[]> {
    if (week && !DAY.test(week)) {
      throw new AppError('BAD_USER_INPUT', 'Give the week as YYYY-MM-DD.', ['week']);
    }
    return (await this.service.checkIns(ctx, c.uuid, week ?? null)).map((k) => ({
      ...k,
      id: toGlobalId('CohortCheckIn', k.id),
      seekerId: toGlobalId('Seeker', k.seekerId),
    }));
  }

  @ResolveField(() => [CohortLinkModel], { description: 'The links board, most shared first.' })
  async links(@Parent() c: CohortModel, @Ctx() ctx: TenantScope): Promise<CohortLinkModel[]> {
    return (await this.service.links(ctx, c.uuid)).map((l) => ({
      ...l,
      sharerIds: l.sharerIds.map((id) => toGlobalId('Seeker', id)),
    }));
  }

  @ResolveField(() => [CohortActivityModel], { description: 'Newest first.' })
  async activity(
    @Parent() c: CohortModel,
    @Ctx() ctx: TenantScope,
    @Args('first', { type: () => Int, defaultValue: 30 }) first: number,
  ): Promise<CohortActivityModel[]> {
    return (await this.service.activity(ctx, c.uuid, Math.min(Math.max(first, 1), 200))).map(
      (a) => ({ ...a, seekerId: a.seekerId ? toGlobalId('Seeker', a.seekerId) : null }),
    );
  }

  @Allow({ roles: STAFF, scopes: ['read'] })
  @Query(() => [CohortSuggestionModel], {
    description:
      'Cohorts suggested by clustering the seekers who agreed to peer matching (consent PEER_MATCHING): same stage band, same field, near each other. Create one with createCohort(memberIds).',
  })
  async cohortSuggestions(
    @Ctx() ctx: TenantScope,
    @Args('minSize', { type: () => Int, defaultValue: 3 }) minSize: number,
    @Args('maxSize', { type: () => Int, defaultValue: 8 }) maxSize: number,
    @Args('radiusKm', { type: () => Int, defaultValue: 150 }) radiusKm: number,
  ): Promise<CohortSuggestionModel[]> {
    if (minSize < 2 || maxSize < minSize || maxSize > 50) {
      throw new AppError('BAD_USER_INPUT', 'Sizes must satisfy 2 ≤ minSize ≤ maxSize ≤ 50.', [
        'maxSize',
      ]);
    }
    if (radiusKm < 1 || radiusKm > 5000) {
      throw new AppError('BAD_USER_INPUT', 'radiusKm must be between 1 and 5000.', ['radiusKm']);
    }
    const list = await this.service.suggestions(ctx, { minSize, maxSize, radiusKm });
    return list.map(({ suggestion, seekers }) => ({ ...suggestion, members: seekers }));
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [PeerSuggestionModel], {
    description:
      'People on X at an early stage in the seeker’s field, near them, from what the organization’s watches bring in; with reasons and follow links.',
  })
  async peerSuggestions(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
    @Args('reach', { type: () => MentorReach, defaultValue: MentorReach.NEAR }) reach: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<PeerSuggestionModel[]> {
    const peers = await this.mentorship.peerSuggestions(ctx, fromGlobalId(seekerId, 'Seeker'), {
      reach: reach as MentorReach,
      first: Math.min(Math.max(first, 1), 100),
    });
    return peers.map((p) => ({
      xAccountId: p.id,
      username: p.username,
      score: p.score,
      distanceKm: p.distanceKm,
      reasons: p.reasons,
      profileUrl: `https://x.com/${p.username}`,
      followIntentUrl: `https://x.com/intent/follow?screen_name=${p.username}`,
    }));
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => CohortCheckInPayload, {
    description:
      'A member’s weekly goal and status; one per member and week (saving again updates it).',
  })
  async addCohortCheckIn(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AddCohortCheckInInput }) input: AddCohortCheckInInput,
  ): Promise<CohortCheckInPayload> {
    const k = await this.service.checkIn(ctx, {
      ...input,
      cohortId: fromGlobalId(input.cohortId, 'Cohort'),
      seekerId: fromGlobalId(input.seekerId, 'Seeker'),
    });
    return Object.assign(new CohortCheckInPayload(), {
      checkIn: {
        ...k,
        id: toGlobalId('CohortCheckIn', k.id),
        seekerId: toGlobalId('Seeker', k.seekerId),
      },
    });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => CohortLinkPayload, { description: 'Adds a link to the cohort’s board.' })
  async shareCohortLink(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => ShareCohortLinkInput }) input: ShareCohortLinkInput,
  ): Promise<CohortLinkPayload> {
    const l = await this.service.shareLink(ctx, {
      ...input,
      cohortId: fromGlobalId(input.cohortId, 'Cohort'),
      seekerId: fromGlobalId(input.seekerId, 'Seeker'),
    });
    return Object.assign(new CohortLinkPayload(), {
      link: { ...l, sharerIds: l.sharerIds.map((id) => toGlobalId('Seeker', id)) },
    });
  }
}
