import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
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
