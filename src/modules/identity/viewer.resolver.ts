import { Field, ID, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { Allow, Ctx, STAFF } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { ApiKeysService } from './api-keys.service.js';
import { IdentityService } from './identity.service.js';
import { ApiKeyModel } from './models/api-key.model.js';
import { RoleEnum, StaffMemberModel } from './models/staff-member.model.js';

export enum PrincipalKind {
  USER = 'user',
  API_KEY = 'apiKey',
}
registerEnumType(PrincipalKind, { name: 'PrincipalKind' });

@ObjectType('OrganizationChoice')
export class OrganizationChoice {
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
}

@ObjectType('Viewer', { description: 'Who is calling.' })
export class ViewerModel {
  @Field(() => PrincipalKind) kind!: PrincipalKind;
  @Field(() => StaffMemberModel, { nullable: true }) member!: StaffMemberModel | null;
  @Field(() => RoleEnum, { nullable: true }) role!: RoleEnum | null;
  @Field(() => ID, { nullable: true, description: 'For role seeker: your own seeker record.' })
  seekerId!: string | null;
  @Field(() => ApiKeyModel, { nullable: true }) apiKey!: ApiKeyModel | null;
  @Field(() => [OrganizationChoice], { description: 'Organizations you can switch to.' })
  organizations!: OrganizationChoice[];
}

@Resolver()
export class ViewerResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  @Allow({ roles: [...STAFF, 'seeker'], scopes: ['read'] })
  @Query(() => ViewerModel)
  async viewer(@Ctx() ctx: TenantScope): Promise<ViewerModel> {
    const p = ctx.principal;
    if (p.kind === 'apiKey') {
      const key = await this.apiKeys.find(ctx, p.apiKeyId);
      return {
        kind: PrincipalKind.API_KEY,
        member: null,
        role: null,
        seekerId: null,
        apiKey: key ? ApiKeyModel.of(key) : null,
        organizations: [],
      };
    }
    const me = await this.identity.me(ctx);
    const orgs = me ? await this.identity.tenantsOf(me.userId) : [];
    return {
      kind: PrincipalKind.USER,
      member: me ? StaffMemberModel.of(me) : null,
      role: (me?.role as RoleEnum | undefined) ?? null,
      seekerId: me?.seekerId ? toGlobalId('Seeker', me.seekerId) : null,
      apiKey: null,
      organizations: orgs.map((o) => ({
        slug: o.tenantSlug,
        name: o.tenantName,
        role: o.role as RoleEnum,
      })),
    };
  }
}
