import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import {
  DataExportLinkPayload,
  DeleteTenantInput,
  DeleteTenantPayload,
  EraseSeekerInput,
  EraseSeekerPayload,
  ExportSeekerDataInput,
  ExportTenantDataInput,
} from './data-rights.models.js';
import { DataRightsService } from './data-rights.service.js';

/**
 * Owners and admins; for one seeker also admin API keys (a CRM passing on a student's request).
 * The whole tenant's export and deletion are for people only.
 */
@Resolver()
export class DataRightsResolver {
  constructor(private readonly rights: DataRightsService) {}

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => DataExportLinkPayload, {
    description: 'A link (15 minutes) to a zip of every row about one seeker. Owners and admins.',
  })
  async exportSeekerData(
    @Ctx() ctx: TenantScope,
    @Args('input') input: ExportSeekerDataInput,
  ): Promise<DataExportLinkPayload> {
    const link = await this.rights.seekerExportLink(ctx, input.seekerId);
    return { ...link, userErrors: [] };
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => EraseSeekerPayload, {
    description:
      'Erases a seeker: their rows and derived data in every table, their X tokens (revoked at X) and their login. The audit keeps only ids. Owners and admins.',
  })
  async eraseSeeker(
    @Ctx() ctx: TenantScope,
    @Args('input') input: EraseSeekerInput,
  ): Promise<EraseSeekerPayload> {
    return { ...(await this.rights.eraseSeeker(ctx, input.seekerId)), userErrors: [] };
  }

  @Allow({ roles: MANAGERS })
  @Mutation(() => DataExportLinkPayload, {
    description:
      'A link (15 minutes) to a zip of every table’s rows of this tenant. Owners and admins.',
  })
  exportTenantData(
    @Ctx() ctx: TenantScope,
    @Args('input', { nullable: true }) input?: ExportTenantDataInput,
  ): DataExportLinkPayload {
    return { ...this.rights.tenantExportLink(ctx, input?.reason ?? null), userErrors: [] };
  }

  @Allow({ roles: ['owner'] })
  @Mutation(() => DeleteTenantPayload, {
    description: 'Deletes the tenant and all its data; confirmSlug must be its slug. Owners only.',
  })
  async deleteTenant(
    @Ctx() ctx: TenantScope,
    @Args('input') input: DeleteTenantInput,
  ): Promise<DeleteTenantPayload> {
    await this.rights.deleteTenant(ctx, input.confirmSlug);
    return { deleted: true, userErrors: [] };
  }
}
