import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { Payload } from '../../platform/graphql/user-error.js';
import { DataRightsService } from './data-rights.service.js';

@InputType()
export class EraseSeekerInput {
  @Field(() => ID) @IsString() seekerId!: string;

  @Field({ description: 'The seeker’s email, typed again: erasure cannot be undone.' })
  @IsString()
  @MaxLength(320)
  confirmEmail!: string;
}

@InputType()
export class DeleteOrganizationInput {
  @Field({ description: 'The organization’s slug, typed again: deletion cannot be undone.' })
  @IsString()
  @MaxLength(63)
  confirmSlug!: string;
}

@ObjectType()
export class ErasedRows {
  @Field() table!: string;
  @Field(() => Int) rows!: number;
}

@ObjectType()
export class EraseSeekerPayload extends Payload {
  @Field(() => ID, { nullable: true }) erasedSeekerId?: string | null;
  @Field(() => [ErasedRows], {
    nullable: true,
    description: 'What was deleted, table by table (null when refused).',
  })
  deleted?: ErasedRows[] | null;
}

@ObjectType()
export class DeleteOrganizationPayload extends Payload {
  @Field(() => Boolean, {
    nullable: true,
    description: 'True once the organization and everything in it are gone (null when refused).',
  })
  deleted?: boolean | null;
}

@Resolver()
export class DataRightsResolver {
  constructor(private readonly rights: DataRightsService) {}

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => EraseSeekerPayload, {
    description:
      'Erases a seeker: every row about them and everything derived, their X tokens revoked at X, their sign-in removed. The audit log keeps its records, naming them only by an id that no longer resolves. Export first (GET /data-exports/seekers/<id>.zip) if they asked for their data.',
  })
  async eraseSeeker(
    @Ctx() ctx: TenantScope,
    @Args('input') input: EraseSeekerInput,
  ): Promise<EraseSeekerPayload> {
    const r = await this.rights.eraseSeeker(
      ctx,
      fromGlobalId(input.seekerId, 'Seeker'),
      input.confirmEmail,
    );
    return {
      erasedSeekerId: r.seekerId,
      deleted: Object.entries(r.deleted)
        .filter(([, n]) => n > 0)
        .map(([table, rows]) => ({ table, rows })),
      userErrors: [],
    };
  }

  @Allow({ roles: ['owner'] })
  @Mutation(() => DeleteOrganizationPayload, {
    description:
      'Deletes the organization and everything in it, its audit log included, and revokes every seeker’s X tokens. Owners only, signed in; export first (GET /data-exports/organization.zip).',
  })
  async deleteOrganization(
    @Ctx() ctx: TenantScope,
    @Args('input') input: DeleteOrganizationInput,
  ): Promise<DeleteOrganizationPayload> {
    await this.rights.deleteTenant(ctx, input.confirmSlug);
    return { deleted: true, userErrors: [] };
  }
}
