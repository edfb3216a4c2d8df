import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, STAFF } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { Loaders, type LoaderRegistry } from '../../platform/graphql/loaders.js';
import { UpdateLicenseInput } from './inputs/update-license.input.js';
import { LicenseModel, UpdateLicensePayload } from './models/license.model.js';
import { TenantModel } from './models/tenant.model.js';
import { TenantsService } from './tenants.service.js';

@Resolver(() => TenantModel)
export class TenantsResolver {
  constructor(private readonly tenants: TenantsService) {}

  @Query(() => TenantModel, { description: "The caller's workspace." })
  @Allow({ roles: [...STAFF, 'seeker'], scopes: ['read'] })
  tenant(@Ctx() ctx: TenantScope): Promise<TenantModel> {
    return this.tenants.getTenant(ctx);
  }

  @ResolveField(() => LicenseModel, {
    nullable: true,
    description: 'Seats and term; staff only (null for seekers).',
  })
  async license(
    @Parent() tenant: TenantModel,
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<LicenseModel | null> {
    if (ctx.principal.kind === 'user' && ctx.principal.role === 'seeker') return null;
    return loaders
      .get<string, LicenseModel | null>('tenant.license', async (ids) => {
        const license = await this.tenants.getLicense(ctx);
        // Only the caller's own tenant is ever resolvable, so every key maps to its licence.
        return ids.map((id) => (id === ctx.tenantId ? license : null));
      })
      .load(tenant.uuid);
  }

  @Mutation(() => UpdateLicensePayload, {
    description: 'Replaces the licence terms. Owners only; cannot go below the seats in use.',
  })
  @Allow({ roles: ['owner'] })
  async updateLicense(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => UpdateLicenseInput }) input: UpdateLicenseInput,
  ): Promise<UpdateLicensePayload> {
    const license = await this.tenants.setLicense(ctx, input);
    return Object.assign(new UpdateLicensePayload(), { license });
  }
}
