import {
  Args,
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
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Allow, Ctx, STAFF, WRITERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
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

@Resolver(() => CohortModel)
export class CohortsResolver {
  constructor(private readonly service: CohortsService) {}

  @Allow({ roles: STAFF, scopes: ['read'] })
  @Query(() => CohortConnection)
  async cohorts(@Ctx() ctx: TenantScope, @Args() args: PageArgs): Promise<Page<CohortModel>> {
    const page = await this.service.list(ctx, args);
    const nodes = page.nodes.map((n) => CohortModel.of(n));
    return { ...page, nodes, edges: page.edges.map((e, i) => ({ ...e, node: nodes[i] })) };
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => CohortPayload, { description: 'A coach groups seekers into a cohort.' })
  async createCohort(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CreateCohortInput }) input: CreateCohortInput,
  ): Promise<CohortPayload> {
    return Object.assign(new CohortPayload(), {
      cohort: CohortModel.of(await this.service.create(ctx, input)),
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

  @ResolveField(() => [SeekerModel], { description: 'Members you may see.' })
  members(@Parent() c: CohortModel, @Ctx() ctx: TenantScope): Promise<SeekerModel[]> {
    return this.service.members(ctx, c.uuid);
  }
}
