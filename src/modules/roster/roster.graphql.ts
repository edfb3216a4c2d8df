import {
  Args,
  ArgsType,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { AppError } from '../../platform/errors.js';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { fromGlobalId, toGlobalId } from '../../platform/graphql/global-id.js';
import { Node } from '../../platform/graphql/node.js';
import {
  Connection,
  decodeCursor,
  PageArgs,
  pageSize,
  toPage,
} from '../../platform/graphql/pagination.js';
import { Payload } from '../../platform/graphql/user-error.js';
import type { ScimTokenRow } from './roster.repository.js';
import type { ReportRow, RosterImportRow } from './roster-import.service.js';
import { publicStatus, RosterImportService } from './roster-import.service.js';
import { ScimService } from './scim.service.js';

@ObjectType('ScimToken', {
  implements: () => [Node],
  description: 'A bearer token a university directory (Entra ID, Okta) provisions students with.',
})
export class ScimTokenModel extends Node {
  @Field() name!: string;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;

  static of(r: ScimTokenRow): ScimTokenModel {
    return Object.assign(new ScimTokenModel(), {
      id: toGlobalId('ScimToken', r.id),
      name: r.name,
      lastUsedAt: r.lastUsedAt,
      revokedAt: r.revokedAt,
      createdAt: r.createdAt,
    });
  }
}

@ObjectType()
export class ScimTokenConnection extends Connection(ScimTokenModel, 'ScimToken') {}

@InputType()
export class CreateScimTokenInput {
  @Field()
  @IsString()
  @Length(1, 100, { message: 'Name the token in 1 to 100 characters.' })
  name!: string;
}

@InputType()
export class RevokeScimTokenInput {
  @Field(() => ID) @IsString() @Length(1, 100) scimTokenId!: string;
}

@ObjectType()
export class CreateScimTokenPayload extends Payload {
  @Field(() => ScimTokenModel, { nullable: true }) scimToken?: ScimTokenModel | null;
  @Field(() => String, { nullable: true, description: 'The token itself, shown only here.' })
  token?: string | null;
}

@ObjectType()
export class RevokeScimTokenPayload extends Payload {
  @Field(() => ScimTokenModel, { nullable: true }) scimToken?: ScimTokenModel | null;
}

@Resolver()
export class ScimTokensResolver {
  constructor(private readonly scim: ScimService) {}

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Query(() => ScimTokenConnection, { name: 'scimTokens' })
  async scimTokens(@Ctx() ctx: TenantScope, @Args() args: PageArgs): Promise<ScimTokenConnection> {
    const first = pageSize(args);
    const rows = await this.scim.tokenPage(ctx, { first, cursor: decodeCursor(args.after) });
    return toPage(rows, first, args.after, (r) => ScimTokenModel.of(r));
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => CreateScimTokenPayload, {
    description: 'A SCIM provisioning token for this workspace; shown only once.',
  })
  async createScimToken(
    @Ctx() ctx: TenantScope,
    @Args('input') input: CreateScimTokenInput,
  ): Promise<CreateScimTokenPayload> {
    const { scimToken, token } = await this.scim.createToken(ctx, input.name);
    return { scimToken: ScimTokenModel.of(scimToken), token, userErrors: [] };
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => RevokeScimTokenPayload, { description: 'Takes effect on the next request.' })
  async revokeScimToken(
    @Ctx() ctx: TenantScope,
    @Args('input') input: RevokeScimTokenInput,
  ): Promise<RevokeScimTokenPayload> {
    const row = await this.scim.revokeToken(ctx, fromGlobalId(input.scimTokenId, 'ScimToken'));
    return { scimToken: ScimTokenModel.of(row), userErrors: [] };
  }
}

@ObjectType('RosterImportRow', { description: 'What the import did, or would do, with one row.' })
export class RosterImportRowModel {
  @Field(() => Int, { description: 'Line in the file; the header is line 1.' }) line!: number;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field({ description: 'CREATE, UPDATE, UNCHANGED, INVALID, DUPLICATE or SEAT_LIMIT.' })
  outcome!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('RosterImport', { implements: () => [Node] })
export class RosterImportModel extends Node {
  @Field() dryRun!: boolean;
  @Field({ description: 'RUNNING, COMPLETED or FAILED.' }) status!: string;
  @Field(() => Int) totalRows!: number;
  @Field(() => Int) doneRows!: number;
  @Field(() => Int) createdCount!: number;
  @Field(() => Int) updatedCount!: number;
  @Field(() => Int) invalidCount!: number;
  @Field(() => Int) seatRefusedCount!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  report!: ReportRow[];

  static of(r: RosterImportRow): RosterImportModel {
    return Object.assign(new RosterImportModel(), {
      id: toGlobalId('RosterImport', r.id),
      dryRun: r.dryRun,
      status: publicStatus(r.status),
      totalRows: r.totalRows,
      doneRows: r.doneRows,
      createdCount: r.createdCount,
      updatedCount: r.updatedCount,
      invalidCount: r.invalidCount,
      seatRefusedCount: r.seatRefusedCount,
      error: r.error,
      createdAt: r.createdAt,
      finishedAt: r.finishedAt,
      report: r.report,
    });
  }
}

@ArgsType()
export class RosterImportRowsArgs {
  @Field(() => [String], { nullable: true, description: 'Only these outcomes.' })
  @IsOptional()
  @IsArray()
  @IsIn(['CREATE', 'UPDATE', 'UNCHANGED', 'INVALID', 'DUPLICATE', 'SEAT_LIMIT'], { each: true })
  outcomes?: string[];

  @Field(() => Int, { defaultValue: 100 }) @IsInt() @Min(1) @Max(1000) first!: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset!: number;
}

@Resolver(() => RosterImportModel)
export class RosterImportResolver {
  constructor(private readonly imports: RosterImportService) {}

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Query(() => RosterImportModel, {
    name: 'rosterImport',
    description: 'A roster CSV import (POST /imports/roster): progress, counts and report.',
  })
  async rosterImport(
    @Ctx() ctx: TenantScope,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RosterImportModel> {
    const row = await this.imports.find(ctx, fromGlobalId(id, 'RosterImport'));
    if (!row) throw AppError.notFound('roster import');
    return RosterImportModel.of(row);
  }

  @ResolveField(() => [RosterImportRowModel], {
    description: 'Per-row report once completed, in file order; at most 1000 a call.',
  })
  rows(
    @Parent() imp: RosterImportModel,
    @Args() args: RosterImportRowsArgs,
  ): RosterImportRowModel[] {
    const wanted = args.outcomes ? new Set(args.outcomes) : null;
    return imp.report
      .filter((r) => !wanted || wanted.has(r.outcome))
      .slice(args.offset, args.offset + args.first);
  }
}
